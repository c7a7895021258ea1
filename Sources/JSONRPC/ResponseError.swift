/// The `error` member of a response.
public struct ResponseError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
  public var code: Int
  public var message: String
  public var data: JSONAny?

  public init(code: Int, message: String, data: JSONAny? = nil) {
    self.code = code
    self.message = message
    self.data = data
  }

  public var description: String { "error \(code): \(message)" }

  // JSON-RPC 2.0.
  public static let parseErrorCode = -32700
  public static let invalidRequestCode = -32600
  public static let methodNotFoundCode = -32601
  public static let invalidParamsCode = -32602
  public static let internalErrorCode = -32603
  // LSP.
  public static let serverNotInitializedCode = -32002
  public static let unknownErrorCode = -32001
  public static let requestFailedCode = -32803
  public static let serverCancelledCode = -32802
  public static let contentModifiedCode = -32801
  public static let requestCancelledCode = -32800

  /// The body was not JSON.
  public static func parseError(_ detail: String) -> ResponseError {
    ResponseError(code: parseErrorCode, message: "Parse error: \(detail)")
  }

  /// The JSON is not a JSON-RPC message.
  public static func invalidRequest(_ detail: String) -> ResponseError {
    ResponseError(code: invalidRequestCode, message: "Invalid request: \(detail)")
  }

  public static func methodNotFound(_ method: String) -> ResponseError {
    ResponseError(code: methodNotFoundCode, message: "Method not found: \(method)")
  }

  public static func invalidParams(_ detail: String) -> ResponseError {
    ResponseError(code: invalidParamsCode, message: "Invalid params: \(detail)")
  }

  public static func internalError(_ detail: String) -> ResponseError {
    ResponseError(code: internalErrorCode, message: "Internal error: \(detail)")
  }

  public static let serverNotInitialized = ResponseError(
    code: serverNotInitializedCode, message: "The server has not been initialized; send `initialize` first")
  public static let cancelled = ResponseError(code: requestCancelledCode, message: "The request was cancelled")
  public static let contentModified = ResponseError(
    code: contentModifiedCode, message: "The document changed before the request could be answered")
}
