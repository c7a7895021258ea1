import Foundation

/// A message received: a request, a notification or a response, with its body kept so that `params` and `result`
/// are decoded only into the type the handler wants.
public struct Message: Sendable {
  /// What the message is.
  public enum Kind: Sendable, Equatable {
    case request(id: RequestID, method: String)
    case notification(method: String)
    /// A response to a request this side sent; `error` is set when it failed.
    case response(id: RequestID, error: ResponseError?)
  }

  public var kind: Kind
  /// The message's JSON text.
  public let body: Data

  /// The method of a request or notification; nil for a response.
  public var method: String? {
    switch kind {
    case .request(_, let method), .notification(let method): return method
    case .response: return nil
    }
  }

  /// The id of a request or response.
  public var id: RequestID? {
    switch kind {
    case .request(let id, _), .response(let id, _): return id
    case .notification: return nil
    }
  }

  /// Decodes a message body. Throws ``ResponseError/parseError(_:)`` when the body is not JSON and
  /// ``ResponseError/invalidRequest(_:)`` when it is JSON but not a JSON-RPC message; `id` in the error's `data` is
  /// the request id when one could be read, so the caller can answer it.
  public static func decode(_ body: Data) throws(ResponseError) -> Message {
    let envelope: Envelope
    do {
      envelope = try JSONDecoder().decode(Envelope.self, from: body)
    } catch let error as DecodingError {
      if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
        throw .parseError(String(describing: context.debugDescription))
      }
      // Valid JSON of the wrong shape: find an id to answer if there is one.
      let id = (try? JSONDecoder().decode(IDOnly.self, from: body))?.id
      var invalid = ResponseError.invalidRequest(Message.describe(error))
      if let id { invalid.data = .object(["id": id.json]) }
      throw invalid
    } catch {
      throw .parseError(String(describing: error))
    }
    if let method = envelope.method {
      if let id = envelope.id { return Message(kind: .request(id: id, method: method), body: body) }
      return Message(kind: .notification(method: method), body: body)
    }
    if let id = envelope.id, envelope.hasResult || envelope.error != nil {
      return Message(kind: .response(id: id, error: envelope.error), body: body)
    }
    if envelope.error != nil {
      // An error response without an id (the other side could not read our message): nothing to route it to.
      throw .invalidRequest("an error response with no id")
    }
    // An id without `method`, `result` or `error`: answer it, so a client waiting on that id is not left waiting.
    var invalid = ResponseError.invalidRequest("a message needs `method` or `id` with `result` or `error`")
    if let id = envelope.id { invalid.data = .object(["id": id.json]) }
    throw invalid
  }

  /// The `params` member decoded as `P`; a missing or null `params` decodes from `{}`. Throws
  /// ``ResponseError/invalidParams(_:)`` when they do not fit.
  public func params<P: Decodable>(_ type: P.Type) throws(ResponseError) -> P {
    do {
      let box = try JSONDecoder().decode(ParamsBox<P>.self, from: body)
      if let params = box.params { return params }
      return try JSONDecoder().decode(P.self, from: Data("{}".utf8))
    } catch {
      throw .invalidParams(Message.describe(error))
    }
  }

  /// The `result` member of a response decoded as `R`. Throws the response's error, or
  /// ``ResponseError/invalidParams(_:)`` when the result does not fit.
  public func result<R: Decodable>(_ type: R.Type) throws(ResponseError) -> R {
    if case .response(_, let error?) = kind { throw error }
    do {
      return try JSONDecoder().decode(ResultBox<R>.self, from: body).result
    } catch {
      throw .invalidParams(Message.describe(error))
    }
  }

  static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return String(describing: error) }
    func path(_ context: DecodingError.Context) -> String {
      context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
    switch error {
    case .keyNotFound(let key, let context):
      let prefix = path(context)
      return "missing `\(prefix.isEmpty ? "" : prefix + ".")\(key.stringValue)`"
    case .typeMismatch(let type, let context):
      return "`\(path(context))` is not \(type)"
    case .valueNotFound(let type, let context):
      return "`\(path(context))` is null where \(type) is needed"
    case .dataCorrupted(let context):
      return "`\(path(context))`: \(context.debugDescription)"
    @unknown default:
      return String(describing: error)
    }
  }

  struct Envelope: Decodable {
    var id: RequestID?
    var method: String?
    var error: ResponseError?
    var hasResult: Bool

    enum CodingKeys: String, CodingKey {
      case jsonrpc, id, method, error, result
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      id = try? container.decodeIfPresent(RequestID.self, forKey: .id)
      method = try container.decodeIfPresent(String.self, forKey: .method)
      error = try container.decodeIfPresent(ResponseError.self, forKey: .error)
      hasResult = container.contains(.result)
    }
  }

  struct IDOnly: Decodable {
    var id: RequestID?
  }

  struct ParamsBox<P: Decodable>: Decodable {
    var params: P?
  }

  struct ResultBox<R: Decodable>: Decodable {
    var result: R

    enum CodingKeys: String, CodingKey {
      case result
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      if !container.contains(.result) || (try? container.decodeNil(forKey: .result)) == true {
        // A null result: decode R from null (works for optionals).
        result = try R(from: NullDecoder())
      } else {
        result = try container.decode(R.self, forKey: .result)
      }
    }
  }
}

extension RequestID {
  /// The id as a JSON value.
  public var json: JSONAny {
    switch self {
    case .number(let value): return .int(value)
    case .string(let value): return .string(value)
    }
  }
}

/// A decoder that holds only `null`, to decode optionals from a missing result.
struct NullDecoder: Decoder, SingleValueDecodingContainer {
  var codingPath: [any CodingKey] = []
  var userInfo: [CodingUserInfoKey: Any] = [:]

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    throw DecodingError.valueNotFound(type, .init(codingPath: [], debugDescription: "null"))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    throw DecodingError.valueNotFound([Any].self, .init(codingPath: [], debugDescription: "null"))
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

  func decodeNil() -> Bool { true }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    throw DecodingError.valueNotFound(type, .init(codingPath: [], debugDescription: "null"))
  }
}

/// Encodes outgoing messages.
public enum MessageEncoder {
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    return encoder
  }

  /// A request body.
  public static func request<P: Encodable>(id: RequestID, method: String, params: P) -> Data {
    encode(Request(id: id, method: method, params: params))
  }

  /// A notification body.
  public static func notification<P: Encodable>(method: String, params: P) -> Data {
    encode(Notification(method: method, params: params))
  }

  /// A successful response body; a nil optional result is sent as `null`.
  public static func response<R: Encodable>(id: RequestID, result: R) -> Data {
    encode(Response(id: id, result: result))
  }

  /// An error response body; `id` is null when the request's id could not be read.
  public static func error(id: RequestID?, _ error: ResponseError) -> Data {
    encode(ErrorResponse(id: id, error: error))
  }

  static func encode<T: Encodable>(_ value: T) -> Data {
    do {
      return try encoder().encode(value)
    } catch {
      // Our own types always encode; if one does not, say so rather than send nothing.
      let message = "cannot encode a message: \(error)".replacingOccurrences(of: "\"", with: "'")
      return Data("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32603,\"message\":\"\(message)\"}}".utf8)
    }
  }

  struct Request<P: Encodable>: Encodable {
    var jsonrpc = "2.0"
    var id: RequestID
    var method: String
    var params: P
  }

  struct Notification<P: Encodable>: Encodable {
    var jsonrpc = "2.0"
    var method: String
    var params: P
  }

  struct Response<R: Encodable>: Encodable {
    var id: RequestID
    var result: R

    enum CodingKeys: String, CodingKey {
      case jsonrpc, id, result
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode("2.0", forKey: .jsonrpc)
      try container.encode(id, forKey: .id)
      // `encode` (not `encodeIfPresent`) so that a nil optional is written as `null`, as the protocol requires.
      try container.encode(result, forKey: .result)
    }
  }

  struct ErrorResponse: Encodable {
    var id: RequestID?
    var error: ResponseError

    enum CodingKeys: String, CodingKey {
      case jsonrpc, id, error
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode("2.0", forKey: .jsonrpc)
      if let id { try container.encode(id, forKey: .id) } else { try container.encodeNil(forKey: .id) }
      try container.encode(error, forKey: .error)
    }
  }
}

/// An empty `params` or `result` object: `{}`.
public struct EmptyObject: Codable, Sendable, Hashable {
  public init() {}
}

/// A `null` result or params.
public struct JSONNull: Codable, Sendable, Hashable {
  public init() {}

  public init(from decoder: any Decoder) throws {}

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encodeNil()
  }
}
