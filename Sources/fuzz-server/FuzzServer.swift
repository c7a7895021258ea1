// Fuzzes the language server in process: the input is read as a program of valid-looking LSP messages (open,
// change with random ranges, hover, code action, close, cancel) over several documents, sent to a fresh
// ``ServerConnection``. Built with `-sanitize=fuzzer -D FUZZING` (see Scripts/fuzz), this is a libFuzzer target;
// built normally, `swift run fuzz-server FILE_OR_DIRECTORY...` replays inputs.
//
// Invariants: no crash and no hang; every request gets an answer (a result or an error); with pull diagnostics,
// the diagnostics of each open document at the end equal those a second, fresh server gives when it opens the
// final texts.
import Foundation
import FuzzSupport
import JSONRPC
import LanguageServer

/// A client that talks to an in-process server over an in-memory sink, answers the server's own requests, and
/// records the responses it gets.
final class FuzzClient: MessageSink, @unchecked Sendable {
  let condition = NSCondition()
  var responses: [Int: [String: Any]] = [:]
  var nextID = 0
  var connection: ServerConnection!

  init() {
    connection = ServerConnection(sink: self, options: ServerOptions())
  }

  func send(_ body: Data) {
    guard let object = try? JSONSerialization.jsonObject(with: body) as? [String: Any] else {
      fatalError("fuzz-server: the server sent something that is not a JSON object: \(String(decoding: body, as: UTF8.self))")
    }
    if let method = object["method"] as? String, let id = object["id"] {
      // A request from the server: answer like an editor does.
      let result: Any
      if method == "workspace/configuration" {
        let items = ((object["params"] as? [String: Any])?["items"] as? [Any])?.count ?? 1
        result = Array(repeating: [String: Any](), count: items)
      } else {
        result = NSNull()
      }
      let answer = try! JSONSerialization.data(withJSONObject: ["jsonrpc": "2.0", "id": id, "result": result])
      let connection = self.connection!
      DispatchQueue.global().async { connection.receive(answer) }
      return
    }
    if object["method"] == nil, let id = object["id"] as? Int {
      condition.lock()
      responses[id] = object
      condition.broadcast()
      condition.unlock()
    }
  }

  func message(_ fields: [String: Any]) {
    var fields = fields
    fields["jsonrpc"] = "2.0"
    connection.receive(try! JSONSerialization.data(withJSONObject: fields))
  }

  func notify(_ method: String, _ params: [String: Any]) {
    message(["method": method, "params": params])
  }

  /// Sends a request and returns its id.
  @discardableResult
  func request(_ method: String, _ params: [String: Any]) -> Int {
    condition.lock()
    nextID += 1
    let id = nextID
    condition.unlock()
    message(["id": id, "method": method, "params": params])
    return id
  }

  /// Waits for the answer to `id`; traps after a minute (the server must answer every request).
  func answer(_ id: Int, _ what: @autoclosure () -> String) -> [String: Any] {
    let deadline = Date().addingTimeInterval(60)
    condition.lock()
    defer { condition.unlock() }
    while responses[id] == nil {
      if !condition.wait(until: deadline) {
        fatalError("fuzz-server: no answer to request \(id) (\(what()))")
      }
    }
    return responses[id]!
  }

  func initialize(root: String, pull: Bool, utf8: Bool) {
    var textDocument: [String: Any] = [
      "hover": ["contentFormat": ["markdown", "plaintext"]],
      "publishDiagnostics": ["versionSupport": true, "relatedInformation": true],
      "codeAction": ["isPreferredSupport": true],
    ]
    if pull { textDocument["diagnostic"] = ["dynamicRegistration": false] }
    let capabilities: [String: Any] = [
      "general": ["positionEncodings": utf8 ? ["utf-8", "utf-16"] : ["utf-16"]],
      "textDocument": textDocument,
      "workspace": ["configuration": true, "workspaceEdit": ["documentChanges": true]],
    ]
    let id = request("initialize", [
      "processId": NSNull(), "rootUri": "file://" + root, "capabilities": capabilities,
      "workspaceFolders": [["uri": "file://" + root, "name": "fuzz"]],
    ])
    let result = answer(id, "initialize")
    let encoding = ((result["result"] as? [String: Any])?["capabilities"] as? [String: Any])?["positionEncoding"] as? String
    require((encoding ?? "utf-16") == (utf8 ? "utf-8" : "utf-16"), "the server chose \(encoding ?? "no") position encoding")
    notify("initialized", [:])
  }

  func shutdown() {
    _ = answer(request("shutdown", [:]), "shutdown")
    notify("exit", [:])
  }

  /// The diagnostics the server reports for `uri` now (pull), without their `data`, in a stable order.
  func diagnostics(_ uri: String) -> [String] {
    let response = answer(request("textDocument/diagnostic", ["textDocument": ["uri": uri]]), "diagnostics of \(uri)")
    guard let result = response["result"] as? [String: Any] else {
      fatalError("fuzz-server: textDocument/diagnostic for \(uri) failed: \(response)")
    }
    let items = result["items"] as? [[String: Any]] ?? []
    return items.map { item in
      var item = item
      item["data"] = nil
      return String(decoding: try! JSONSerialization.data(withJSONObject: item, options: [.sortedKeys]), as: UTF8.self)
    }.sorted()
  }
}

/// The client's copy of one document's text, kept as the LSP specification says the server must keep it.
struct DocumentModel {
  var uri: String
  var languageId: String
  var bytes: [UInt8]
  var version = 1
  var isOpen = false

  /// The byte offsets at which lines start: `\n`, `\r\n` and a lone `\r` end a line.
  var lineStarts: [Int] {
    var starts = [0]
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
      if bytes[index] == UInt8(ascii: "\n") || bytes[index] == UInt8(ascii: "\r") { starts.append(index + 1) }
      index += 1
    }
    return starts
  }

  /// Whether an edit may start or end at `offset`: not inside a UTF-8 sequence, not between `\r` and `\n`.
  func isBoundary(_ offset: Int) -> Bool {
    guard offset > 0 && offset < bytes.count else { return true }
    if bytes[offset] & 0xC0 == 0x80 { return false }
    return !(bytes[offset - 1] == UInt8(ascii: "\r") && bytes[offset] == UInt8(ascii: "\n"))
  }

  /// A boundary at or after `offset`.
  func boundary(atOrAfter offset: Int) -> Int {
    var offset = min(offset, bytes.count)
    while !isBoundary(offset) { offset += 1 }
    return offset
  }

  /// The LSP position of `offset` (a boundary), counting characters in UTF-8 or UTF-16 code units.
  func position(of offset: Int, utf8: Bool) -> [String: Any] {
    let starts = lineStarts
    let line = starts.lastIndex { $0 <= offset }!
    let prefix = bytes[starts[line]..<offset]
    let character = utf8 ? prefix.count : String(decoding: prefix, as: UTF8.self).utf16.count
    return ["line": line, "character": character]
  }
}

/// The program one input describes.
enum FuzzServer {
  /// A project folder with a `cdk.json`, which the documents pretend to live in (they are never on disk).
  static let root: String = {
    let path = NSTemporaryDirectory() + "iaclsp-fuzz-server-\(getpid())"
    try? FileManager.default.createDirectory(atPath: path + "/lib", withIntermediateDirectories: true)
    try? Data(#"{"app": "python3 app.py"}"#.utf8).write(to: URL(fileURLWithPath: path + "/cdk.json"))
    atexit { try? FileManager.default.removeItem(atPath: FuzzServer.root) }
    return path
  }()

  static let documents: [(name: String, languageId: String)] = [
    ("app.py", "python"), ("lib/stack.ts", "typescript"), ("lib/other_stack.py", "python"), ("lib/other.ts", "typescript"),
  ]

  static let startingTexts = [
    "",
    """
    from aws_cdk import RemovalPolicy, aws_s3 as s3, aws_kms as kms
    from aws_cdk import aws_cloudfront_origins as origins

    class Stack:
        def __init__(self, scope):
            bucket = s3.Bucket(self, "Logs", auto_delete_objects=True,
                removal_policy=RemovalPolicy.DESTROY,)
            key = kms.Key(self, "Key")
            origins.S3Origin(bucket)  # iaclsp: ignore[IAC101]

    """,
    """
    import * as cdk from 'aws-cdk-lib';
    import * as s3 from 'aws-cdk-lib/aws-s3';
    import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';

    export class Stack extends cdk.Stack {
      constructor(scope: cdk.App, id: string) {
        super(scope, id);
        new s3.Bucket(this, 'Logs', { autoDeleteObjects: true, removalPolicy: cdk.RemovalPolicy.DESTROY });
        const table = new dynamodb.Table(this, 'Table', {
          partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
        });
      }
    }

    """,
    "x = (\"unterminated\r\ny = f\"{a!r:>{w}}\" \\\r",
    "const t = `${a + `${b}`}` + /re[/]x/g; // é 🎉\r\n",
  ]

  static let pieces = [
    "", "a", " ", "\n", "\r\n", "\r", "(", ")", "{", "}", "[", "]", ",", "'", "\"", "`", "#", "//", "é", "🎉", "𝒜",
    "s3.Bucket(self, \"B\")", "new s3.Bucket(this, 'B', {})", "kms.Key(self, \"K\")\n", "removal_policy=",
    "import aws_cdk as cdk\n", "from aws_cdk import aws_s3 as s3\n", "import * as s3 from 'aws-cdk-lib/aws-s3';\n",
    "# iaclsp: ignore\n", "    ", "\t", "${", "\"\"\"",
  ]

  /// Replays print what each input did (`IACLSP_FUZZ_VERBOSE=1`).
  static let verbose = ProcessInfo.processInfo.environment["IACLSP_FUZZ_VERBOSE"] == "1"

  static func run(_ bytes: [UInt8]) {
    var input = FuzzInput(bytes)
    let flags = input.byte()
    let pull = flags & 1 == 0
    let utf8 = flags & 2 == 0
    let client = FuzzClient()
    client.initialize(root: root, pull: pull, utf8: utf8)
    var models = documents.map { DocumentModel(uri: "file://\(root)/\($0.name)", languageId: $0.languageId, bytes: []) }
    var requests: [(id: Int, what: String)] = []
    var operations = 0
    while input.hasMore && operations < 64 {
      operations += 1
      let index = input.int(below: models.count)
      var model = models[index]
      let textDocument: [String: Any] = ["uri": model.uri]
      switch input.int(below: 8) {
      case 0:
        // Open (again, when open: the server must take the new text).
        model.bytes = Array(input.pick(startingTexts).utf8)
        model.version += 1
        model.isOpen = true
        client.notify("textDocument/didOpen", ["textDocument": [
          "uri": model.uri, "languageId": model.languageId, "version": model.version,
          "text": String(decoding: model.bytes, as: UTF8.self),
        ]])
      case 1, 2, 3:
        guard model.isOpen else { continue }
        let start = model.boundary(atOrAfter: input.int(below: model.bytes.count + 1))
        let end = input.byte() & 1 == 0 ? start : model.boundary(atOrAfter: start + input.int(below: 16))
        var text = input.pick(pieces)
        if text.isEmpty { text = String(decoding: input.take(input.int(below: 8)), as: UTF8.self) }
        let range: [String: Any] = ["start": model.position(of: start, utf8: utf8), "end": model.position(of: end, utf8: utf8)]
        model.bytes.replaceSubrange(start..<end, with: Array(text.utf8))
        model.version += 1
        client.notify("textDocument/didChange", [
          "textDocument": ["uri": model.uri, "version": model.version],
          "contentChanges": [["range": range, "text": text]],
        ])
      case 4:
        let offset = model.boundary(atOrAfter: input.int(below: model.bytes.count + 1))
        let id = client.request("textDocument/hover", ["textDocument": textDocument, "position": model.position(of: offset, utf8: utf8)])
        requests.append((id, "hover"))
      case 5:
        let start = model.boundary(atOrAfter: input.int(below: model.bytes.count + 1))
        let end = model.boundary(atOrAfter: start + input.int(below: 64))
        let id = client.request("textDocument/codeAction", [
          "textDocument": textDocument,
          "range": ["start": model.position(of: start, utf8: utf8), "end": model.position(of: end, utf8: utf8)],
          "context": ["diagnostics": [Any]()],
        ])
        requests.append((id, "codeAction"))
        if input.byte() & 3 == 0 { client.notify("$/cancelRequest", ["id": id]) }
      case 6:
        guard model.isOpen else { continue }
        model.isOpen = false
        client.notify("textDocument/didClose", ["textDocument": textDocument])
      default:
        if pull {
          requests.append((client.request("textDocument/diagnostic", ["textDocument": textDocument]), "diagnostic"))
        } else {
          requests.append((client.request("textDocument/hover", [
            "textDocument": textDocument, "position": ["line": input.int(below: 300), "character": input.int(below: 300)],
          ]), "hover out of range"))
        }
      }
      models[index] = model
    }
    for (id, what) in requests { _ = client.answer(id, what) }
    if verbose { print("\(operations) operation(s), \(requests.count) request(s) answered, \(pull ? "pull" : "push"), \(utf8 ? "utf-8" : "utf-16")") }
    if pull {
      // The final state: what a fresh server says about the final texts.
      let fresh = FuzzClient()
      fresh.initialize(root: root, pull: true, utf8: utf8)
      for model in models where model.isOpen {
        fresh.notify("textDocument/didOpen", ["textDocument": [
          "uri": model.uri, "languageId": model.languageId, "version": 1, "text": String(decoding: model.bytes, as: UTF8.self),
        ]])
      }
      for model in models where model.isOpen {
        let edited = client.diagnostics(model.uri)
        let opened = fresh.diagnostics(model.uri)
        if verbose { print("\(model.uri): \(edited.count) diagnostic(s), \(model.bytes.count) bytes, version \(model.version)") }
        require(edited == opened, """
          the diagnostics of \(model.uri) after the edits differ from a fresh open of its final text:
          \(String(reflecting: String(decoding: model.bytes, as: UTF8.self)))
          after edits: \(edited)
          fresh open:  \(opened)
          """)
      }
      fresh.shutdown()
    }
    client.shutdown()
  }
}

func require(_ condition: Bool, _ message: @autoclosure () -> String) {
  if !condition { fatalError("fuzz-server: \(message())") }
}

/// One fuzz input (also exported as `LLVMFuzzerTestOneInput`, for drivers that link libFuzzer's own `main`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzServerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzServer.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

@main
struct FuzzServerMain {
  /// With libFuzzer linked in (`-D FUZZING`), hands the command line to its driver; otherwise replays each file
  /// (or every file under each directory) named on the command line.
  static func main() {
    #if FUZZING
    exit(FuzzerDriver.run(fuzzServerTestOneInput))
    #else
    let count = FuzzReplay.run(arguments: Array(CommandLine.arguments.dropFirst()), FuzzServer.run)
    print("fuzz-server: replayed \(count) input(s)")
    #endif
  }
}
