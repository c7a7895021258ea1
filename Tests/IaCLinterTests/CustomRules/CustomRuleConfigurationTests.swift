import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// Custom rules as configuration: errors with their lines, rules files, and the settings built-in rules obey.
@Suite("Custom rule configuration")
struct CustomRuleConfigurationTests {
  static let versioned = """
    [[rule]]
    code = "ACME001"
    name = "versioned-buckets"
    severity = "warning"
    message = "Every bucket is versioned"
    url = "https://wiki.example.com/s3"
    resources = ["aws-cdk-lib.aws_s3.Bucket"]
    [rule.props.versioned]
    equals = true
    fix = true

    """

  func expectError(_ toml: String, line: Int, containing text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    guard let error = CustomRuleSupport.error(toml) else {
      Issue.record("expected an error containing \(text)", sourceLocation: sourceLocation)
      return
    }
    #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
    #expect(error.message.contains(text), "\(error)", sourceLocation: sourceLocation)
    #expect(error.description.hasPrefix("iaclsp.toml:\(line): "), sourceLocation: sourceLocation)
  }

  @Test func aWellFormedRuleParses() throws {
    let configuration = try CustomRuleSupport.configuration(Self.versioned)
    let rule = try #require(configuration.customRules.first)
    #expect(rule.code == "ACME001" && rule.name == "versioned-buckets" && rule.severity == .warning)
    #expect(rule.url == "https://wiki.example.com/s3")
    #expect(rule.line == 1 && rule.props.first?.line == 8)
    #expect(configuration.registry.rule(forCodeOrName: "versioned-buckets")?.description.code == "ACME001")
  }

  @Test func everyErrorNamesItsLine() {
    expectError(Self.versioned + "colour = \"red\"\n", line: 11, containing: "unknown key `colour` in the conditions on `versioned`")
    expectError(Self.versioned.replacingOccurrences(of: "url =", with: "link ="), line: 6, containing: "unknown key `link` in `[[rule]]`")
    expectError(
      Self.versioned + "[rule.props.bucket_name]\nmatches = \"team-(\"\n", line: 12, containing: "not a valid regular expression")
    expectError(Self.versioned.replacingOccurrences(of: "ACME001", with: "IAC901"), line: 2, containing: "belong to iaclsp's own rules")
    expectError(Self.versioned.replacingOccurrences(of: "ACME001", with: "acme1"), line: 2, containing: "2-6 capital letters")
    expectError(Self.versioned.replacingOccurrences(of: "ACME001", with: "ACMECORP1"), line: 2, containing: "2-6 capital letters")
    expectError(
      Self.versioned + Self.versioned.replacingOccurrences(of: "versioned-buckets", with: "other"), line: 12,
      containing: "the code `ACME001` is taken twice (also at iaclsp.toml:2)")
    expectError(
      Self.versioned.replacingOccurrences(of: "aws-cdk-lib.aws_s3.Bucket", with: "aws-cdk-lib.aws_s3.Bukcet"), line: 7,
      containing: "the catalogue knows no resource type `aws-cdk-lib.aws_s3.Bukcet`; did you mean `aws-cdk-lib.aws_s3.Bucket`")
    expectError(
      Self.versioned.replacingOccurrences(of: "[rule.props.versioned]", with: "[rule.props.versiond]"), line: 8,
      containing: "no resource type of `ACME001` has a prop `versiond`; did you mean `versioned`")
    expectError(Self.versioned + "[[rule.examples]]\ntriggering = \"x\"\nlang = \"python\"\n", line: 13, containing: "unknown key `lang`")
    expectError(Self.versioned.replacingOccurrences(of: "\"warning\"", with: "\"loud\""), line: 4, containing: "the severity must be")
    expectError("[[banned-api]]\nname = \"aws-cdk-lib.aws_ec2.Vcp\"\nmessage = \"no\"\n", line: 2, containing: "knows no module, type or member")
  }

  @Test func errorsInPyprojectNameTheirLine() {
    let text = "[project]\nname = \"x\"\n\n[[tool.iaclsp.rule]]\ncode = \"ACME001\"\nname = \"a\"\nmessage = \"m\"\n"
      + "resources = [\"aws-cdk-lib.aws_s3.Bucket\"]\n[tool.iaclsp.rule.props.versioned]\nequal = true\n"
    do {
      _ = try Configuration.parse(text, path: "pyproject.toml", directory: ".", table: ["tool", "iaclsp"])
      Issue.record("a misspelt condition must fail")
    } catch {
      #expect(error.line == 10)
      #expect(error.message.contains("unknown key `equal`"))
    }
  }

  @Test func aPropJudgesOnlyTheMatchedTypesThatHaveIt() throws {
    // `versioned` is a prop of the L2 `Bucket`, not of Pulumi's `BucketV2`: one rule covers both, and the Pulumi
    // resource is not judged on it.
    let toml = Self.versioned.replacingOccurrences(
      of: #"["aws-cdk-lib.aws_s3.Bucket"]"#, with: #"["aws-cdk-lib.aws_s3.Bucket", "aws:s3/bucketV2:BucketV2"]"#)
    let code = """
      import pulumi_aws as aws
      from aws_cdk import aws_s3 as s3

      aws.s3.BucketV2("logs")
      s3.Bucket(self, "Logs")
      """
    let findings = try CustomRuleSupport.findings(toml, code).filter { $0.code == "ACME001" }
    #expect(findings.count == 1)
  }

  @Test func rulesFilesAreReadAndTheirErrorsNameThem() throws {
    let directory = try TemporaryDirectory()
    try directory.write("policies/s3.toml", Self.versioned)
    try directory.write("policies/lambda.toml", Self.versioned.replacingOccurrences(of: "versioned-buckets", with: "other"))
    try directory.write("policies/notes.txt", "not a rules file")
    let toml = "extend-rules = [\"policies/s3.toml\"]\nselect = [\"ACME001\"]\n"
    let configuration = try CustomRuleSupport.configuration(toml, directory: directory.path)
    #expect(configuration.customRules.map(\.code) == ["ACME001"])
    #expect(configuration.ruleFiles == [directory.path + "/policies/s3.toml"])
    do {
      _ = try CustomRuleSupport.configuration("extend-rules = [\"policies/*.toml\"]\n", directory: directory.path)
      Issue.record("a code defined in two rules files must fail")
    } catch let error as ConfigurationError {
      #expect(error.path == directory.path + "/policies/s3.toml")
      #expect(error.line == 2)
      #expect(error.message.contains("taken twice (also at \(directory.path)/policies/lambda.toml:2)"))
    }
    do {
      _ = try CustomRuleSupport.configuration("\nextend-rules = [\"policies/missing.toml\"]\n", directory: directory.path)
      Issue.record("a missing rules file must fail")
    } catch let error as ConfigurationError {
      #expect(error.line == 2)
    }
  }

  static let code = """
    from aws_cdk import aws_s3 as s3

    s3.Bucket(self, "A")
    s3.Bucket(self, "B")  # iaclsp: ignore[ACME001]
    s3.Bucket(self, "C")  # iaclsp: ignore[versioned-buckets]
    """

  func findings(_ toml: String, path: String = "app/stack.py", commandLine: LinterSettings? = nil) throws -> [Diagnostic] {
    let configuration = try CustomRuleSupport.configuration(toml)
    let linter = Linter(settings: configuration.settings(overriding: commandLine))
    return linter.check(SourceFile(path: path, text: Self.code)).filter { !$0.code.hasPrefix("IAC5") }
  }

  @Test func selectIgnoreSeverityPerFileIgnoresAndSuppressions() throws {
    // Suppression comments by code and by name; no finding for an unknown suppression name.
    let all = try findings(Self.versioned)
    #expect(all.map(\.code) == ["ACME001"])
    #expect(all.first?.severity == .warning && all.first?.url == "https://wiki.example.com/s3")
    #expect(try findings(Self.versioned + "[severity]\nACME001 = \"error\"\n").first?.severity == .error)
    #expect(try findings("select = [\"ACME\"]\n" + Self.versioned).map(\.code) == ["ACME001"])
    #expect(try findings("select = [\"versioned-buckets\"]\n" + Self.versioned).map(\.code) == ["ACME001"])
    #expect(try findings("ignore = [\"ACME001\"]\n" + Self.versioned).isEmpty)
    #expect(try findings(Self.versioned, commandLine: LinterSettings(select: ["IAC1"])).isEmpty)
    #expect(try findings("[per-file-ignores]\n\"app/*\" = [\"ACME001\"]\n" + Self.versioned).isEmpty)
    #expect(try findings("[per-file-ignores]\n\"tests/*\" = [\"ACME001\"]\n" + Self.versioned).count == 1)
  }

  @Test func customRulesCarryTheirDocumentation() throws {
    let toml = Self.versioned + "[[rule.examples]]\ntriggering = \"\"\"\nfrom aws_cdk import aws_s3 as s3\ns3.Bucket(self, 'B')\n\"\"\"\n"
    let rule = try #require(try CustomRuleSupport.configuration(toml).registry.rule(forCodeOrName: "ACME001"))
    let description = rule.description
    #expect(description.summary == "Every bucket is versioned")
    #expect(description.documentation.contains("- `versioned` equals `true` (an unsafe fix sets it)"))
    #expect(description.documentation.contains("- `aws-cdk-lib.aws_s3.Bucket`"))
    #expect(description.documentation.contains("<https://wiki.example.com/s3>"))
    #expect(description.triggeringExamples.count == 1 && description.triggeringExamples[0].path.hasSuffix(".py"))
    #expect(description.fixAvailability == .sometimes)
  }
}
