import Foundation
import Testing

/// Runs the workflows of `Docs/ci.md` as far as a local run can: the `iaclsp` commands of the GitHub Actions
/// workflow and the GitLab job, as written, in a temporary repository with a pull-request branch.
@Suite("Docs/ci.md")
struct CIDocumentationTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The fenced `yaml` blocks of `Docs/ci.md`.
  static func yamlBlocks() throws -> [String] {
    let text = try String(contentsOf: packageRoot.appendingPathComponent("Docs/ci.md"), encoding: .utf8)
    var blocks: [String] = []
    var current: [Substring]?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == nil, line == "```yaml" {
        current = []
      } else if current != nil, line == "```" {
        blocks.append(current!.joined(separator: "\n"))
        current = nil
      } else {
        current?.append(line)
      }
    }
    return blocks
  }

  /// The `iaclsp` commands in a block, from `run:` values and `script:` items, in order.
  static func commands(in block: String) -> [String] {
    block.split(separator: "\n").compactMap { line -> String? in
      var text = line.trimmingCharacters(in: .whitespaces)
      for prefix in ["run: ", "- "] where text.hasPrefix(prefix) { text = String(text.dropFirst(prefix.count)) }
      return text.hasPrefix("iaclsp --check") ? text : nil
    }
  }

  /// Splits a command line as a shell would for the simple commands in the docs (double quotes, no expansion).
  static func words(_ command: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    var inWord = false
    for character in command {
      if character == "\"" {
        quoted.toggle()
        inWord = true
      } else if character == " " && !quoted {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }

  @Test func blocksAreWellFormed() async throws {
    let blocks = try Self.yamlBlocks()
    #expect(blocks.count == 3)
    for block in blocks {
      #expect(!block.contains("\t"), "YAML must not be indented with tabs")
      for line in block.split(separator: "\n") {
        let indent = line.prefix { $0 == " " }.count
        #expect(indent % 2 == 0, "odd indentation: \(line)")
      }
    }
  }

  @Test func everyOptionExists() async throws {
    let help = try await ToolRunner.run(["--help"]).stdout
    let documented = try Self.yamlBlocks().flatMap(Self.commands).flatMap(Self.words).filter { $0.hasPrefix("--") }
    #expect(!documented.isEmpty)
    for option in Set(documented) {
      #expect(help.contains(option), "`iaclsp --help` does not list \(option)")
    }
  }

  func git(_ arguments: [String], in directory: String) async throws {
    try await CICommandTests().git(arguments, in: directory)
  }

  /// A repository whose `main` (also `origin/main`) has an old finding, and a pull-request commit that adds one.
  func pullRequest() async throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try directory.write("cdk.json", #"{"app": "python3 app.py"}"#)
    try directory.write("app.py", "import aws_cdk as cdk\nfrom lib.stack import TapStack\napp = cdk.App()\nTapStack(app, 'T')\napp.synth()\n")
    let stack = "from aws_cdk import Stack, aws_cloudfront_origins as origins\n\nclass TapStack(Stack):\n    def build(self, bucket):\n        origins.S3Origin(bucket)\n"
    try directory.write("lib/stack.py", stack)
    try await git(["init", "-q", "-b", "main"], in: directory.path)
    try await git(["add", "."], in: directory.path)
    try await git(["commit", "-q", "-m", "main"], in: directory.path)
    try await git(["update-ref", "refs/remotes/origin/main", "HEAD"], in: directory.path)
    try await git(["checkout", "-q", "-b", "feature"], in: directory.path)
    try directory.write("lib/stack.py", stack + "        origins.S3Origin(self.other)\n")
    try await git(["commit", "-q", "-am", "feature"], in: directory.path)
    return directory
  }

  func run(_ command: String, in directory: TemporaryDirectory, environment: [String: String]) async throws -> ToolRunner.Result {
    let expanded = command.replacingOccurrences(of: "${{ github.base_ref }}", with: "main")
    let arguments = Array(Self.words(expanded).dropFirst())
    var env = environment
    env["GIT_CONFIG_NOSYSTEM"] = "1"
    env["GIT_CONFIG_GLOBAL"] = "/dev/null"
    return try await ToolRunner.run(arguments, in: directory.path, environment: env)
  }

  @Test func gitHubWorkflowSteps() async throws {
    let commands = Self.commands(in: try Self.yamlBlocks()[0])
    #expect(commands.count == 2)
    let directory = try await pullRequest()
    let environment = [
      "GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": directory.path + "/step-summary.md", "GITHUB_BASE_REF": "main",
    ]

    // Annotate changed lines: only the pull request's finding, and the job fails.
    let annotate = try await run(commands[0], in: directory, environment: environment)
    #expect(annotate.status == 1, "\(annotate.stderr)")
    #expect(annotate.stdout == "::warning file=lib/stack.py,line=6,col=9,endLine=6,endColumn=25,title=IAC101 deprecated-s3-origin::"
      + "`S3Origin` is deprecated: it grants access through a legacy origin access identity (OAI)\n")
    #expect(try directory.read("step-summary.md").contains("Found 1 finding (1 warning)"))

    // SARIF for code scanning: every finding, and the step succeeds.
    let sarif = try await run(commands[1], in: directory, environment: environment)
    #expect(sarif.status == 0)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(try directory.read("iaclsp.sarif").utf8)) as? [String: Any])
    #expect(log["version"] as? String == "2.1.0")
    let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    #expect(results.count == 2)
  }

  @Test func gitLabJob() async throws {
    let commands = Self.commands(in: try Self.yamlBlocks()[1])
    #expect(commands.count == 3)
    let directory = try await pullRequest()
    let environment = ["GITLAB_CI": "true", "GITHUB_ACTIONS": ""]
    var statuses: [Int32] = []
    for command in commands { statuses.append(try await run(command, in: directory, environment: environment).status) }
    #expect(statuses == [0, 0, 1])
    let report = try #require(try JSONSerialization.jsonObject(with: Data(try directory.read("gl-code-quality-report.json").utf8)) as? [[String: Any]])
    #expect(report.count == 2)
    #expect(Set(report.compactMap { $0["fingerprint"] as? String }).count == 2)
    let junit = try directory.read("iaclsp-junit.xml")
    #expect(junit.contains("<failure type=\"IAC101\" message=\"2 findings\">"))
  }
}
