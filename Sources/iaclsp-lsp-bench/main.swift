// Measures the language server over pipes, as an editor uses it: the `initialize` round trip, the latency from a
// `didChange` to the `publishDiagnostics` of that version on a 5,000-line stack file, resident memory with 200
// open documents, and a long session: 1,000 open documents of a 94-line stack, 3,000 edits and hovers, then every
// document closed, with resident memory at the start, at its peak and after closing.
//
// With `ruff` on the PATH (or `--ruff PATH`), the didChange measurement runs side by side against `ruff server` on
// the same file: both servers are open at once and each edit goes to iaclsp and then to Ruff, so that the machine's
// noise falls on both. `--no-ruff` skips it.
//
//   swift build -c release --scratch-path .build-bench --product iaclsp --product iaclsp-lsp-bench
//   .build-bench/release/iaclsp-lsp-bench [--server PATH] [--edits N] [--documents N] [--lines N]
//     [--session-documents N] [--session-operations N] [--only-session] [--session-on-disk] [--ruff PATH | --no-ruff]
//   .build-bench/release/iaclsp-lsp-bench --write-stack PATH [--lines N]   # only write the large stack, then stop
import Foundation
import JSONRPC
import LanguageServer

struct Options {
  var server: String
  var edits = 500
  var documents = 200
  var lines = 5000
  var initializeRuns = 20
  var sessionDocuments = 1000
  var sessionOperations = 3000
  var onlySession = false
  /// Whether the long session's documents are also files on disk (the project then holds them).
  var sessionOnDisk = false
  /// `ruff`, for the side-by-side latency run; nil to skip it.
  var ruff: String?
  /// Where to write the large stack instead of measuring (`Scripts/profile-server-edits` opens it).
  var writeStack: String?

  init(arguments: [String]) {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
      .appendingPathComponent("iaclsp").path
    server = beside
    ruff = Options.onPath("ruff")
    var rest = arguments[...]
    while let flag = rest.popFirst() {
      if flag == "--only-session" {
        onlySession = true
        continue
      }
      if flag == "--session-on-disk" {
        sessionOnDisk = true
        continue
      }
      if flag == "--no-ruff" {
        ruff = nil
        continue
      }
      let value = rest.popFirst() ?? ""
      switch flag {
      case "--server": server = value
      case "--ruff": ruff = value
      case "--write-stack": writeStack = value
      case "--edits": edits = Int(value) ?? edits
      case "--documents": documents = Int(value) ?? documents
      case "--lines": lines = Int(value) ?? lines
      case "--initialize-runs": initializeRuns = Int(value) ?? initializeRuns
      case "--session-documents": sessionDocuments = Int(value) ?? sessionDocuments
      case "--session-operations": sessionOperations = Int(value) ?? sessionOperations
      default:
        FileHandle.standardError.write(Data("unknown option \(flag)\n".utf8))
        exit(2)
      }
    }
  }

  /// The executable `name` in a directory of `PATH`.
  static func onPath(_ name: String) -> String? {
    let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}

/// A server process and a blocking, framed connection to it.
final class ServerProcess {
  let process = Process()
  let input = Pipe()
  let output = Pipe()
  var reader = MessageReader()
  var pending: [Message] = []
  var nextID = 0

  init(_ path: String, arguments: [String] = []) throws {
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
  }

  func write(_ body: Data) {
    input.fileHandleForWriting.write(Data(MessageFraming.frame(body)))
  }

  func notify<N: NotificationType>(_ params: N) {
    write(MessageEncoder.notification(method: N.method, params: params))
  }

  @discardableResult
  func request<R: RequestType>(_ params: R) throws -> R.Response {
    nextID += 1
    let id = RequestID.number(nextID)
    write(MessageEncoder.request(id: id, method: R.method, params: params))
    return try next { if case .response(id, _) = $0.kind { true } else { false } }.result(R.Response.self)
  }

  func next(_ matches: (Message) -> Bool) throws -> Message {
    while true {
      if let index = pending.firstIndex(where: matches) { return pending.remove(at: index) }
      while let event = reader.next() {
        guard case .message(let body) = event, let message = try? Message.decode(Data(body)) else { continue }
        if case .request(let id, _) = message.kind {
          write(MessageEncoder.response(id: id, result: [JSONAny.object([:])]))
          continue
        }
        if matches(message) { return message }
        pending.append(message)
      }
      let data = output.fileHandleForReading.availableData
      if data.isEmpty { throw CocoaError(.fileReadUnknown) }
      reader.append(data)
    }
  }

  func diagnostics(_ uri: String, version: Int) throws -> PublishDiagnosticsNotification {
    let message = try next { message in
      guard case .notification(PublishDiagnosticsNotification.method) = message.kind,
        let params = try? message.params(PublishDiagnosticsNotification.self) else { return false }
      return params.uri == uri && params.version == version
    }
    return try message.params(PublishDiagnosticsNotification.self)
  }

  func initialize(root: String) throws {
    // The answer is not decoded: other servers (`ruff server`) leave out capabilities iaclsp's type requires.
    nextID += 1
    let id = RequestID.number(nextID)
    write(MessageEncoder.request(id: id, method: InitializeRequest.method, params: InitializeRequest(
      processId: Int(ProcessInfo.processInfo.processIdentifier), rootUri: DocumentURI.uri(forPath: root),
      capabilities: .object(["general": .object(["positionEncodings": .array([.string("utf-16")])])]))))
    _ = try next { if case .response(id, _) = $0.kind { true } else { false } }
    notify(InitializedNotification())
  }

  func stop() {
    _ = try? request(ShutdownRequest())
    notify(ExitNotification())
    process.waitUntilExit()
  }

  /// Resident memory in MiB, from /proc (Linux).
  var residentMiB: Double? {
    guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
      let kib = Double(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
    return kib / 1024
  }
}

/// A CDK Python stack of about `lines` lines, with a few findings.
func stackFile(lines: Int, seed: Int) -> String {
  var text = """
    import aws_cdk as cdk
    from aws_cdk import aws_s3 as s3, aws_lambda as lambda_, aws_cloudfront as cloudfront
    import aws_cdk.aws_cloudfront_origins as origins
    from constructs import Construct


    class Stack\(seed)(cdk.Stack):
        def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
            super().__init__(scope, construct_id, **kwargs)

    """
  var block = 0
  while text.utf8.reduce(0, { $0 + ($1 == 10 ? 1 : 0) }) < lines {
    text += """
              # Bucket \(block) — 🪣 logs for team \(block % 7)
              bucket_\(block) = s3.Bucket(
                  self,
                  "Bucket\(block)",
                  versioned=True,
                  encryption=s3.BucketEncryption.S3_MANAGED,
                  block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
                  removal_policy=cdk.RemovalPolicy.RETAIN,
              )
              fn_\(block) = lambda_.Function(
                  self,
                  "Fn\(block)",
                  runtime=lambda_.Runtime.PYTHON_3_12,
                  handler="index.handler",
                  code=lambda_.Code.from_asset("lambda"),
                  environment={"BUCKET": bucket_\(block).bucket_name},
              )
              bucket_\(block).grant_read(fn_\(block))

      """
    if block % 50 == 0 {
      text += "        origin_\(block) = origins.S3Origin(bucket_\(block))\n"
    }
    block += 1
  }
  return text
}

func percentile(_ values: [Double], _ p: Double) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return .nan }
  let index = min(sorted.count - 1, max(0, Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1))
  return sorted[index]
}

func milliseconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func format(_ value: Double) -> String { String(format: "%.2f", value) }

let options = Options(arguments: Array(CommandLine.arguments.dropFirst()))
if let path = options.writeStack {
  try stackFile(lines: options.lines, seed: 0).write(toFile: path, atomically: true, encoding: .utf8)
  exit(0)
}
guard FileManager.default.isExecutableFile(atPath: options.server) else {
  FileHandle.standardError.write(Data("iaclsp-lsp-bench: no server at \(options.server); pass --server PATH\n".utf8))
  exit(2)
}
let root = FileManager.default.temporaryDirectory.appendingPathComponent("iaclsp-lsp-bench-\(UUID().uuidString)").path
try FileManager.default.createDirectory(atPath: root + "/lib", withIntermediateDirectories: true)
try "{\"app\": \"python3 app.py\"}\n".write(toFile: root + "/cdk.json", atomically: true, encoding: .utf8)
try "import aws_cdk as cdk\napp = cdk.App()\napp.synth()\n".write(toFile: root + "/app.py", atomically: true, encoding: .utf8)
defer { try? FileManager.default.removeItem(atPath: root) }
let clock = ContinuousClock()
print("server: \(options.server)")

/// 4. A long session: many small documents open, edits and hovers, then every document closed.
func longSession() throws {
  let server = try ServerProcess(options.server)
  try server.initialize(root: root)
  _ = try server.request(HoverRequest(textDocument: .init(uri: DocumentURI.uri(forPath: root + "/app.py")), position: Position(line: 0, character: 0)))
  let start = server.residentMiB ?? .nan
  var peak = start
  let count = options.sessionDocuments
  let uris = (0..<count).map { DocumentURI.uri(forPath: root + "/lib/session_\($0).py") }
  let text = stackFile(lines: 94, seed: 1)
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
  if options.sessionOnDisk {
    for index in 0..<count { try text.write(toFile: root + "/lib/session_\(index).py", atomically: true, encoding: .utf8) }
  }
  for uri in uris {
    server.notify(DidOpenTextDocumentNotification(textDocument: TextDocumentItem(uri: uri, languageId: "python", version: 1, text: text)))
  }
  for uri in uris { _ = try server.diagnostics(uri, version: 1) }
  let opened = server.residentMiB ?? .nan
  peak = max(peak, opened)
  var versions = Array(repeating: 1, count: count)
  var generator = SystemRandomNumberGenerator()
  for operation in 0..<options.sessionOperations {
    let index = Int.random(in: 0..<count, using: &generator)
    if operation % 2 == 0 {
      versions[index] += 1
      let change = TextDocumentContentChangeEvent(
        range: LSPRange(start: Position(line: 11, character: 10), end: Position(line: 11, character: 10)), text: "x")
      server.notify(DidChangeTextDocumentNotification(
        textDocument: VersionedTextDocumentIdentifier(uri: uris[index], version: versions[index]), contentChanges: [change]))
    } else {
      _ = try server.request(HoverRequest(textDocument: .init(uri: uris[index]), position: Position(line: 13, character: 16)))
    }
    if operation % 500 == 499 { peak = max(peak, server.residentMiB ?? .nan) }
  }
  for (index, uri) in uris.enumerated() where versions[index] > 1 { _ = try server.diagnostics(uri, version: versions[index]) }
  peak = max(peak, server.residentMiB ?? .nan)
  let closeStart = clock.now
  for uri in uris { server.notify(DidCloseTextDocumentNotification(textDocument: .init(uri: uri))) }
  // A request answered after every close was handled; then a moment for checks still running to end.
  _ = try server.request(HoverRequest(textDocument: .init(uri: uris[0]), position: Position(line: 0, character: 0)))
  let closing = milliseconds(clock.now - closeStart)
  Thread.sleep(forTimeInterval: 2)
  let closed = server.residentMiB ?? .nan
  print("long session, \(count) open \(lines)-line stacks (\(text.utf8.count / 1024) KiB each), \(options.sessionOperations) edits and hovers: resident memory \(format(start)) MiB at the start, \(format(opened)) MiB once all were checked, \(format(peak)) MiB at the peak, \(format(closed)) MiB after closing every document, closed in \(format(closing)) ms (targets: peak ≤ 150 MiB, closed ≤ \(format(start * 1.3 + 50)) MiB)")
  server.stop()
}

if options.onlySession {
  try longSession()
  try? FileManager.default.removeItem(atPath: root)
  exit(0)
}

// 1. initialize round trip, on fresh processes.
var initializeTimes: [Double] = []
for _ in 0..<options.initializeRuns {
  let server = try ServerProcess(options.server)
  let start = clock.now
  try server.initialize(root: root)
  initializeTimes.append(milliseconds(clock.now - start))
  server.stop()
}
print("initialize round trip (\(options.initializeRuns) fresh processes): p50 \(format(percentile(initializeTimes, 50))) ms, p99 \(format(percentile(initializeTimes, 99))) ms")

// 2. didChange → publishDiagnostics on a large stack file, side by side with `ruff server` when there is one.
let big = stackFile(lines: options.lines, seed: 0)
let bigURI = DocumentURI.uri(forPath: root + "/lib/big_stack.py")
let bigLines = big.split(separator: "\n", omittingEmptySubsequences: false).count

/// Opens the big stack in `server` and returns how many findings it has.
func openBig(_ server: ServerProcess) throws -> Int {
  try server.initialize(root: root)
  server.notify(DidOpenTextDocumentNotification(textDocument: TextDocumentItem(uri: bigURI, languageId: "python", version: 1, text: big)))
  return try server.diagnostics(bigURI, version: 1).diagnostics.count
}

/// Sends edit `edit` (typing a character into a comment line, then deleting it: an edit that changes no finding) and
/// returns the milliseconds until the diagnostics of that version arrive.
func timedEdit(_ server: ServerProcess, _ edit: Int) throws -> Double {
  let version = edit + 2
  let line = 11 + (edit / 2 % 100) * 19
  let change = edit % 2 == 0
    ? TextDocumentContentChangeEvent(range: LSPRange(start: Position(line: line, character: 10), end: Position(line: line, character: 10)), text: "x")
    : TextDocumentContentChangeEvent(range: LSPRange(start: Position(line: line, character: 10), end: Position(line: line, character: 11)), text: "")
  let start = clock.now
  server.notify(DidChangeTextDocumentNotification(textDocument: VersionedTextDocumentIdentifier(uri: bigURI, version: version), contentChanges: [change]))
  _ = try server.diagnostics(bigURI, version: version)
  return milliseconds(clock.now - start)
}

func summary(_ latencies: [Double]) -> String {
  "p50 \(format(percentile(latencies, 50))) ms, p99 \(format(percentile(latencies, 99))) ms, max \(format(latencies.max() ?? .nan)) ms"
}

let server = try ServerProcess(options.server)
let findings = try openBig(server)
let ruff = try options.ruff.map { try ServerProcess($0, arguments: ["server"]) }
let ruffFindings = try ruff.map(openBig)
var latencies: [Double] = []
var ruffLatencies: [Double] = []
for edit in 0..<options.edits {
  latencies.append(try timedEdit(server, edit))
  if let ruff { ruffLatencies.append(try timedEdit(ruff, edit)) }
}
print("didChange → publishDiagnostics, \(bigLines)-line stack (\(big.utf8.count / 1024) KiB, \(findings) findings), \(options.edits) edits: \(summary(latencies))")
if let ruff, let ruffFindings {
  print("  ruff server, the same file and edits, interleaved (\(ruffFindings) findings): \(summary(ruffLatencies))")
  print("  iaclsp / ruff: p50 \(format(percentile(latencies, 50) / percentile(ruffLatencies, 50)))×, p99 \(format(percentile(latencies, 99) / percentile(ruffLatencies, 99)))×")
  ruff.stop()
}

// 3. Resident memory with many open documents.
let before = server.residentMiB
for index in 0..<options.documents {
  let uri = DocumentURI.uri(forPath: root + "/lib/stack_\(index).py")
  server.notify(DidOpenTextDocumentNotification(textDocument: TextDocumentItem(uri: uri, languageId: "python", version: 1, text: stackFile(lines: 300, seed: index + 1))))
}
for index in 0..<options.documents {
  _ = try server.diagnostics(DocumentURI.uri(forPath: root + "/lib/stack_\(index).py"), version: 1)
}
if let after = server.residentMiB {
  print("resident memory: \(format(before ?? .nan)) MiB with 1 document, \(format(after)) MiB with \(options.documents + 1) open documents (300-line stacks, plus the big one)")
}
server.stop()

try longSession()
