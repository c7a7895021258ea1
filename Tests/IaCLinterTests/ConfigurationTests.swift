import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

@Suite("Configuration files")
struct ConfigurationTests {
  func parse(_ text: String, table: [String]? = nil) throws(ConfigurationError) -> Configuration? {
    try Configuration.parse(text, path: "iaclsp.toml", directory: ".", table: table)
  }

  @Test func readsEverySetting() throws {
    let configuration = try #require(try parse("""
      select = ["IAC1", "placeholder-test"]
      ignore = ["IAC103"]
      required-tags = ["Environment", "Team"]
      disallowed-services = ["aws_config"]
      sensitive-data = true

      [severity]
      IAC101 = "error"
      placeholder-test = "info"

      [per-file-ignores]
      "tests/**" = ["IAC401"]
      """))
    #expect(configuration.select == ["IAC1", "placeholder-test"])
    #expect(configuration.ignore == ["IAC103"])
    #expect(configuration.severities == ["IAC101": .error, "IAC401": .info])
    #expect(configuration.perFileIgnores == [Configuration.PerFileIgnore(pattern: "tests/**", selectors: ["IAC401"])])
    #expect(configuration.options == RuleOptions(requiredTags: ["Environment", "Team"], disallowedServices: ["aws_config"], sensitiveData: true))
  }

  @Test func pyprojectTable() throws {
    #expect(try parse("[project]\nname = 'x'\n", table: ["tool", "iaclsp"]) == nil)
    let configuration = try parse("[project]\nname = 'x'\n\n[tool.iaclsp]\nignore = ['IAC103']\n", table: ["tool", "iaclsp"])
    #expect(configuration?.ignore == ["IAC103"])
  }

  @Test func errorsNameTheLine() {
    #expect(throws: ConfigurationError.self) { try parse("select = [\"IAC1\",\n") }
    do {
      _ = try parse("select = [\"IAC1\"]\nignore = [\"IAC9\"]\n")
      Issue.record("an unknown selector must fail")
    } catch {
      #expect(error.line == 2)
      #expect(error.description.hasPrefix("iaclsp.toml:2: "))
    }
    do {
      _ = try parse("\nstrict = true\n")
      Issue.record("an unknown key must fail")
    } catch {
      #expect(error.line == 2)
      #expect(error.message.contains("unknown setting `strict`"))
    }
    do {
      _ = try parse("[severity]\nIAC101 = \"loud\"\n")
      Issue.record("an unknown severity must fail")
    } catch {
      #expect(error.line == 2)
    }
    #expect(throws: ConfigurationError.self) { try parse("ignore = \"IAC101\"\n") }
    #expect(throws: ConfigurationError.self) { try parse("sensitive-data = \"yes\"\n") }
  }

  @Test func perFileIgnoresMatchRelativeToTheConfiguration() throws {
    let configuration = Configuration(
      path: "proj/iaclsp.toml", directory: "proj",
      perFileIgnores: [
        .init(pattern: "tests/**", selectors: ["IAC401"]),
        .init(pattern: "*_legacy.py", selectors: ["ALL"]),
      ])
    let settings = configuration.settings()
    #expect(settings.perFileIgnoredCodes(for: "proj/tests/unit/test_a.py", in: RuleRegistry.shared) == ["IAC401"])
    #expect(settings.perFileIgnoredCodes(for: "proj/lib/old_legacy.py", in: RuleRegistry.shared).count == RuleRegistry.shared.rules.count)
    #expect(settings.perFileIgnoredCodes(for: "proj/lib/stack.py", in: RuleRegistry.shared).isEmpty)
    #expect(settings.perFileIgnoredCodes(for: "other/tests/a.py", in: RuleRegistry.shared).isEmpty)
  }

  @Test func commandLineOverridesTheFile() {
    let configuration = Configuration(select: ["IAC1"], ignore: ["IAC103"], severities: ["IAC101": .error])
    let settings = configuration.settings(overriding: LinterSettings(select: ["IAC4"], ignore: ["IAC401"]))
    #expect(settings.select == ["IAC4"])
    #expect(settings.ignore == ["IAC103", "IAC401"])
    #expect(settings.severities == ["IAC101": .error])
  }

  @Test func nearestFileWinsAndIsApplied() throws {
    let directory = try TemporaryDirectory()
    let stack = "from aws_cdk import aws_cloudfront_origins as origins\norigins.S3Origin(b)\n"
    try directory.write("a/lib/stack.py", stack)
    try directory.write("b/lib/stack.py", stack)
    try directory.write("a/iaclsp.toml", "[severity]\nIAC101 = \"error\"\n")
    try directory.write("b/pyproject.toml", "[tool.iaclsp]\nignore = [\"IAC101\"]\n")
    let report = CheckRunner(commandLine: LinterSettings()).run(paths: [directory.path])
    #expect(report.configurationErrors.isEmpty)
    #expect(report.diagnostics.count == 1)
    #expect(report.diagnostics.first?.severity == .error)
    #expect(report.diagnostics.first?.path.hasSuffix("a/lib/stack.py") == true)
  }

  @Test func filesOfOneDirectoryShareItsConfigurationAndOnlyThose() throws {
    let directory = try TemporaryDirectory()
    let stack = "from aws_cdk import aws_cloudfront_origins as origins\norigins.S3Origin(b)\n"
    try directory.write("lib/stack.py", stack)
    try directory.write("lib/other.py", stack)
    try directory.write("lib/inner/stack.py", stack)
    try directory.write("lib2/stack.py", stack)
    try directory.write("iaclsp.toml", "[severity]\nIAC101 = \"error\"\n")
    try directory.write("lib/inner/iaclsp.toml", "ignore = [\"IAC101\"]\n")
    try directory.write("lib2/iaclsp.toml", "[severity]\nIAC101 = \"info\"\n")
    // The walk finds them all; one is also named, and a named file is judged as one the walk did not find.
    let named = directory.path + "/lib/other.py"
    let report = CheckRunner(commandLine: LinterSettings()).run(paths: [directory.path, named])
    #expect(report.configurationErrors.isEmpty)
    let severities = Dictionary(report.diagnostics.map { ($0.path.split(separator: "/").suffix(2).joined(separator: "/"), $0.severity) }) { a, _ in a }
    #expect(severities == ["lib/stack.py": .error, "lib/other.py": .error, "lib2/stack.py": .info])
  }

  @Test func malformedFileIsReportedNotIgnored() throws {
    let directory = try TemporaryDirectory()
    try directory.write("lib/stack.py", "from aws_cdk import aws_cloudfront_origins as origins\norigins.S3Origin(b)\n")
    try directory.write("iaclsp.toml", "select = [\n")
    let report = CheckRunner(commandLine: LinterSettings()).run(paths: [directory.path])
    #expect(report.configurationErrors.count == 1)
    #expect(report.diagnostics.isEmpty)
  }
}
