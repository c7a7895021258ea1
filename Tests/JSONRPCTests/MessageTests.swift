import Foundation
import JSONRPC
import Testing

@Suite struct MessageTests {
  func decode(_ text: String) throws(ResponseError) -> Message {
    try Message.decode(Data(text.utf8))
  }

  @Test func decodesRequestsNotificationsAndResponses() throws {
    #expect(try decode(#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#).kind == .request(id: .number(1), method: "shutdown"))
    #expect(try decode(#"{"jsonrpc":"2.0","id":"a","method":"x","params":{}}"#).kind == .request(id: .string("a"), method: "x"))
    #expect(try decode(#"{"jsonrpc":"2.0","method":"exit"}"#).kind == .notification(method: "exit"))
    #expect(try decode(#"{"jsonrpc":"2.0","id":3,"result":null}"#).kind == .response(id: .number(3), error: nil))
    let failed = try decode(#"{"jsonrpc":"2.0","id":4,"error":{"code":-1,"message":"no"}}"#)
    #expect(failed.kind == .response(id: .number(4), error: ResponseError(code: -1, message: "no")))
  }

  @Test func notJSONIsAParseError() {
    #expect(throws: ResponseError.self) { try decode("{bad") }
    do {
      _ = try decode("{bad")
    } catch {
      #expect(error.code == ResponseError.parseErrorCode)
    }
  }

  @Test func jsonThatIsNotAMessageIsAnInvalidRequestWithItsID() {
    do {
      _ = try decode(#"{"jsonrpc":"2.0","id":7,"method":42}"#)
      Issue.record("decoded")
    } catch {
      #expect(error.code == ResponseError.invalidRequestCode)
      #expect(error.data?["id"] == .int(7))
    }
  }

  @Test func anIDWithoutMethodResultOrErrorIsAnInvalidRequestWithItsID() {
    // Found by ServerRobustnessTests: the error went out with `"id": null` and the client waited for ever.
    do {
      _ = try decode(#"{"jsonrpc":"2.0","id":3,"params":{}}"#)
      Issue.record("decoded")
    } catch {
      #expect(error.code == ResponseError.invalidRequestCode)
      #expect(error.data?["id"] == .int(3))
    }
  }

  @Test func paramsDecodeLazilyAndMissingParamsDecodeFromAnEmptyObject() throws {
    struct Params: Decodable, Equatable {
      var name: String?
    }
    #expect(try decode(#"{"jsonrpc":"2.0","method":"m","params":{"name":"x"}}"#).params(Params.self) == Params(name: "x"))
    #expect(try decode(#"{"jsonrpc":"2.0","method":"m"}"#).params(Params.self) == Params(name: nil))
    struct Strict: Decodable {
      var count: Int
    }
    #expect(throws: ResponseError.self) { try decode(#"{"jsonrpc":"2.0","method":"m","params":{"count":"x"}}"#).params(Strict.self) }
  }

  @Test func responsesWriteNullResultsAndNullIDs() throws {
    let response = String(decoding: MessageEncoder.response(id: .number(1), result: JSONNull()), as: UTF8.self)
    #expect(response.contains(#""result":null"#))
    let optional: String? = nil
    #expect(String(decoding: MessageEncoder.response(id: .number(2), result: optional), as: UTF8.self).contains(#""result":null"#))
    let error = String(decoding: MessageEncoder.error(id: nil, .parseError("x")), as: UTF8.self)
    #expect(error.contains(#""id":null"#))
    #expect(error.contains("-32700"))
  }

  @Test func jsonAnyRoundTrips() throws {
    let text = #"{"a":[1,2.5,"s",true,null,{"b":{}}]}"#
    let value = try JSONDecoder().decode(JSONAny.self, from: Data(text.utf8))
    #expect(value["a"].arrayValue?.count == 6)
    #expect(value["a"].arrayValue?[0] == .int(1))
    #expect(value["a"].arrayValue?[3] == .bool(true))
    let again = try JSONDecoder().decode(JSONAny.self, from: JSONEncoder().encode(value))
    #expect(again == value)
  }
}
