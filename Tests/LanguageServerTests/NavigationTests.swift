import Foundation
import JSONRPC
import LanguageServer
import Testing

/// The outline, construct paths as workspace symbols, and default inlay hints, under both encodings.
@Suite struct NavigationTests {
  static let app = "import aws_cdk as cdk\nfrom stacks.data import DataStack\napp = cdk.App()\nDataStack(app, \"Data-prod\")\napp.synth()\n"
  static let stack = """
    from aws_cdk import Stack, aws_s3 as s3, aws_dynamodb as dynamodb
    from constructs import Construct

    class Web(Construct):
        pass

    class DataStack(Stack):
        def __init__(self, scope, construct_id, **kwargs):
            super().__init__(scope, construct_id, **kwargs)
            self.bucket = 1️⃣s3.Bucket(self, "Assets", versioned=True2️⃣)
            tables = ["Zürich → ✓", 3️⃣dynamodb.Table(self, "Orders", partition_key=key)]
            4️⃣Web(scope=self, construct_id="Web")
    """

  func project() throws -> TemporaryProject {
    try TemporaryProject(["cdk.json": #"{"app": "python3 app.py"}"#, "app.py": Self.app, "stacks/__init__.py": ""])
  }

  @Test(arguments: PositionEncoding.allCases)
  func outlineListsClassesThenConstructs(_ encoding: PositionEncoding) async throws {
    let project = try project()
    let client = TestClient(encoding: encoding)
    let result = try await client.initialize(root: project.path)
    #expect(result.capabilities.documentSymbolProvider)
    let uri = project.uri("stacks/data.py")
    try project.write("stacks/data.py", DocumentPositions(markedText: Self.stack, encoding: encoding).text)
    let positions = client.open(Self.stack, uri: uri)
    let symbols = try await client.request(DocumentSymbolRequest(textDocument: .init(uri: uri)))
    #expect(symbols.map(\.name) == ["Web", "DataStack"])
    let children = try #require(symbols.last?.children)
    // Resources and the project's own constructs, in source order.
    #expect(children.map(\.name) == ["Assets", "Orders", "Web"])
    #expect(children.map(\.detail) == ["aws-cdk-lib.aws_s3.Bucket", "aws-cdk-lib.aws_dynamodb.Table", "Web"])
    #expect(children[0].selectionRange.start == positions["1️⃣"])
    #expect(children[1].selectionRange.start == positions["3️⃣"])
    #expect(children[2].selectionRange.start == positions["4️⃣"])
    // The entry point instantiates a stack class another file declares.
    let appURI = project.uri("app.py")
    _ = client.open(Self.app, uri: appURI)
    let app = try await client.request(DocumentSymbolRequest(textDocument: .init(uri: appURI)))
    #expect(app.map(\.name) == ["Data-prod"])
    #expect(app.map(\.detail) == ["DataStack"])
  }

  @Test(arguments: PositionEncoding.allCases)
  func workspaceSymbolsTakeConstructPathsAndLogicalIDs(_ encoding: PositionEncoding) async throws {
    let project = try project()
    try project.write("stacks/data.py", DocumentPositions(markedText: Self.stack, encoding: encoding).text)
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("stacks/data.py")
    let positions = client.open(Self.stack, uri: uri)
    let byPath = try await client.request(WorkspaceSymbolRequest(query: "Data-prod/Assets/Policy/Resource"))
    #expect(byPath.map(\.name) == ["Data-prod/Assets"])
    #expect(byPath.first?.location.uri == uri)
    #expect(byPath.first?.location.range.start == positions["1️⃣"])
    #expect(byPath.first?.containerName == "aws-cdk-lib.aws_s3.Bucket")
    // The logical id aws-cdk-lib gives `Assets/Resource`.
    let logicalID = try #require(ConstructTreeExpectations.assetsLogicalID)
    let byID = try await client.request(WorkspaceSymbolRequest(query: logicalID))
    #expect(byID.map(\.name) == ["Data-prod/Assets"])
    // After non-ASCII text on the line, the position counts in the client's encoding.
    let orders = try await client.request(WorkspaceSymbolRequest(query: "Data-prod/Orders"))
    #expect(orders.first?.location.range.start == positions["3️⃣"])
    let web = try await client.request(WorkspaceSymbolRequest(query: "Data-prod/Web"))
    #expect(web.map(\.containerName) == ["Web"])
    #expect(web.first?.location.range.start == positions["4️⃣"])
    #expect(try await client.request(WorkspaceSymbolRequest(query: "Nothing/Here")).isEmpty)
  }

  @Test(arguments: PositionEncoding.allCases)
  func hoverOnAConstructShowsItsPathAndLogicalID(_ encoding: PositionEncoding) async throws {
    let project = try project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("stacks/data.py")
    let positions = client.open(Self.stack, uri: uri)
    var inside = positions["1️⃣"]
    inside.character += 4
    let hover = try #require(try await client.request(HoverRequest(textDocument: .init(uri: uri), position: inside)))
    #expect(hover.contents.value.contains("Construct path: `Data-prod/Assets`, logical id `Assets9A31D427`"))
    var afterText = positions["3️⃣"]
    afterText.character += 2
    let table = try #require(try await client.request(HoverRequest(textDocument: .init(uri: uri), position: afterText)))
    #expect(table.contents.value.contains("Construct path: `Data-prod/Orders`"))
    // The project's own construct: its class and path.
    var onWeb = positions["4️⃣"]
    onWeb.character += 1
    let web = try #require(try await client.request(HoverRequest(textDocument: .init(uri: uri), position: onWeb)))
    #expect(web.contents.value.contains("**`Web`** — a construct of this project"))
    #expect(web.contents.value.contains("Construct path: `Data-prod/Web`"))
    #expect(web.range?.start == positions["4️⃣"])
  }

  @Test(arguments: PositionEncoding.allCases)
  func inlayHintsShowDocumentedDefaultsOfUnsetProps(_ encoding: PositionEncoding) async throws {
    let project = try project()
    let client = TestClient(encoding: encoding)
    try await client.initialize(root: project.path)
    let uri = project.uri("stacks/data.py")
    let positions = client.open(Self.stack, uri: uri)
    let whole = LSPRange(start: Position(line: 0, character: 0), end: Position(line: 100, character: 0))
    let hints = try await client.request(InlayHintRequest(textDocument: .init(uri: uri), range: whole))
    let bucketHints = hints.filter { $0.position == positions["2️⃣"] }
    #expect(!bucketHints.isEmpty)
    #expect(!bucketHints.contains { $0.label.hasPrefix("versioned") }, "a prop the call sets gets no hint")
    #expect(hints.allSatisfy { !$0.label.isEmpty && $0.label.contains(": ") })

    let off = TestClient(encoding: encoding)
    try await off.initialize(root: project.path, options: .object(["inlayHints": .object(["defaults": .bool(false)])]))
    _ = off.open(Self.stack, uri: uri)
    #expect(try await off.request(InlayHintRequest(textDocument: .init(uri: uri), range: whole)).isEmpty)
  }
}

/// What a synth of `DataStack` (aws-cdk-lib 2.275.0) printed for the bucket: `Assets/Resource` below the stack.
enum ConstructTreeExpectations {
  static let assetsLogicalID: String? = "Assets9A31D427"
}
