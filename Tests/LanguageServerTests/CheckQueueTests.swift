import Foundation
import JSONRPC
@testable import LanguageServer
import Testing

/// Holds every check at its start until opened, and records which document versions started, in order.
actor CheckGate {
  private(set) var started: [String] = []
  private var isOpen = false
  private var held: [CheckedContinuation<Void, Never>] = []
  private var startWaiters: [(count: Int, waiter: CheckedContinuation<Void, Never>)] = []

  /// Where a check waits: records it, and returns once the gate is open.
  func enter(_ input: LintInput) async {
    let name = input.uri.split(separator: "/").last.map(String.init) ?? input.uri
    started.append("\(name)@\(input.version ?? -1)")
    let ready = startWaiters.filter { $0.count <= started.count }
    startWaiters.removeAll { $0.count <= started.count }
    for entry in ready { entry.waiter.resume() }
    guard !isOpen else { return }
    await withCheckedContinuation { held.append($0) }
  }

  /// Returns once `count` checks have started.
  func waitForStarts(_ count: Int) async {
    guard started.count < count else { return }
    await withCheckedContinuation { startWaiters.append((count, $0)) }
  }

  /// Lets every held check and every later one go on.
  func open() {
    isOpen = true
    let waiting = held
    held.removeAll()
    for waiter in waiting { waiter.resume() }
  }
}

/// Checks take turns: at most ``ServerOptions/maximumConcurrentChecks`` run, a check whose document changed before
/// its turn never starts, one a request waits for goes first, and the newest version is always published.
@Suite struct CheckQueueTests {
  static let text = "from aws_cdk import aws_cloudfront_origins as origins\norigins.S3Origin(bucket)\n"

  /// A session whose server runs one check at a time, each held at the gate first, with `lib/a.py` open and its
  /// check running, and `lib/b.py` and `lib/c.py` open and waiting for their turn.
  struct Session {
    let project: TemporaryProject
    let gate: CheckGate
    let client: TestClient
    let a: String, b: String, c: String

    init() async throws {
      project = try Fixtures.project()
      let gate = CheckGate()
      self.gate = gate
      client = TestClient(encoding: .utf16) { options in
        options.maximumConcurrentChecks = 1
        options.beforeCheck = { await gate.enter($0) }
      }
      (a, b, c) = (project.uri("lib/a.py"), project.uri("lib/b.py"), project.uri("lib/c.py"))
      try await client.initialize(root: project.path)
      client.open(CheckQueueTests.text, uri: a)
      await gate.waitForStarts(1)
      client.open(CheckQueueTests.text, uri: b)
      client.open(CheckQueueTests.text, uri: c)
    }
  }

  @Test func staleChecksNeverStartAndRequestedOnesGoFirst() async throws {
    let session = try await Session()
    let (gate, client, a, b, c) = (session.gate, session.client, session.a, session.b, session.c)
    client.replaceAll(Self.text + "# 2\n", uri: b, version: 2)
    client.replaceAll(Self.text + "# 3\n", uri: b, version: 3)
    let hover = client.send(HoverRequest(textDocument: .init(uri: c), position: Position(line: 1, character: 3)))
    try await client.sync()
    let server = client.connection.server
    #expect(await server.checksRunning == 1)
    #expect(await server.queuedChecks.count == 2)
    await gate.open()
    for (uri, version) in [(a, 1), (b, 3), (c, 1)] {
      let published = try await client.diagnostics(uri, version: version)
      #expect(!published.diagnostics.isEmpty, "\(uri)")
    }
    let answer = try await client.response(to: hover)
    guard case .response(_, let error) = answer.kind else { return }
    #expect(error == nil)
    // `b` was checked once, at its newest version; the hovered `c` went before it.
    #expect(await gate.started == ["a.py@1", "c.py@1", "b.py@3"])
    #expect(await server.peakChecksRunning == 1)
    #expect(await server.checksRunning == 0)
    #expect(await server.queuedChecks.isEmpty)
  }

  @Test func closingOrShuttingDownEndsWaitingChecksAndAnswersTheirRequests() async throws {
    let session = try await Session()
    let (gate, client, b, c) = (session.gate, session.client, session.b, session.c)
    let hoverB = client.send(HoverRequest(textDocument: .init(uri: b), position: Position(line: 1, character: 3)))
    client.notify(DidCloseTextDocumentNotification(textDocument: .init(uri: c)))
    try await client.sync()
    let server = client.connection.server
    #expect(await server.queuedChecks.keys.sorted() == [b])
    let shutdown = client.send(ShutdownRequest())
    // The hover waited for a check that never got its turn: it is answered, before `shutdown`.
    let answers = try await client.wait("answers to the hover and to shutdown") { messages in
      let ids = messages.compactMap { message -> RequestID? in
        if case .response(let id, _) = message.kind, id == hoverB || id == shutdown { return id }
        return nil
      }
      return ids.count == 2 ? ids : nil
    }
    #expect(answers == [hoverB, shutdown])
    #expect(await server.queuedChecks.isEmpty)
    // Only the check that was running when the others were dropped ever started.
    #expect(await gate.started == ["a.py@1"])
    await gate.open()
  }

  @Test func freedMemoryGoesBackEveryHundredChecksOnceNoneIsLeft() async throws {
    let project = try Fixtures.project()
    let client = TestClient(encoding: .utf16)
    try await client.initialize(root: project.path)
    let uri = project.uri("lib/a.py")
    let server = client.connection.server
    client.open(Self.text, uri: uri)
    _ = try await client.diagnostics(uri, version: 1)
    try await client.sync()
    let checked = await server.checksSinceTrim
    #expect(checked >= 1)
    // Each change is checked alone: its diagnostics arrive before the next change is sent.
    let last = LanguageServer.checksBetweenTrims - checked + 1
    for version in 2..<last {
      client.replaceAll(Self.text + "# \(version)\n", uri: uri, version: version)
      _ = try await client.diagnostics(uri, version: version)
    }
    #expect(await server.allocatorTrims == 0)
    client.replaceAll(Self.text + "# \(last)\n", uri: uri, version: last)
    _ = try await client.diagnostics(uri, version: last)
    #expect(await server.allocatorTrims == 1)
    #expect(await server.checksSinceTrim == 0)
  }
}
