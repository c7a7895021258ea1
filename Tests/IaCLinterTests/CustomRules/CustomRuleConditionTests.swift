import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// Every condition on set, unset, defaulted and unknown values.
@Suite("Custom rule conditions")
struct CustomRuleConditionTests {
  /// One rule with conditions on one prop.
  static func rule(_ resources: [String], prop: String, _ conditions: String) -> String {
    """
    [[rule]]
    code = "ACME001"
    name = "team-policy"
    message = "Team policy"
    resources = [\(resources.map { "\"\($0)\"" }.joined(separator: ", "))]
    [rule.props.\(prop)]
    \(conditions)

    """
  }

  static let bucket = ["aws-cdk-lib.aws_s3.Bucket"]

  /// The lines (1-based) with findings.
  func lines(_ toml: String, _ code: String, path: String = "app/stack.py") throws -> [Int] {
    let file = SourceFile(path: path, text: code)
    return try CustomRuleSupport.linter(toml).check(file).filter { $0.code == "ACME001" }.map { file.line(of: $0.range.start) + 1 }
  }

  static let buckets = """
    from aws_cdk import aws_s3 as s3, RemovalPolicy

    def build(self, flag, props):
        s3.Bucket(self, "Unset")
        s3.Bucket(self, "True", versioned=True)
        s3.Bucket(self, "False", versioned=False)
        s3.Bucket(self, "Unknown", versioned=flag)
        s3.Bucket(self, "Hidden", **props)
        s3.Bucket(self, "Null", versioned=None)
    """

  @Test func presentOnSetUnsetAndHiddenProps() throws {
    #expect(try lines(Self.rule(Self.bucket, prop: "versioned", "present = true"), Self.buckets) == [4, 9])
    // An unknown value is still a written prop.
    #expect(try lines(Self.rule(Self.bucket, prop: "versioned", "present = false"), Self.buckets) == [5, 6, 7])
  }

  @Test func equalsAndNotEquals() throws {
    // Unset fails `equals`; an unknown value and hidden props are never reported.
    #expect(try lines(Self.rule(Self.bucket, prop: "versioned", "equals = true"), Self.buckets) == [4, 6, 9])
    // Unset passes the negative forms.
    #expect(try lines(Self.rule(Self.bucket, prop: "versioned", "not-equals = false"), Self.buckets) == [6])
  }

  @Test func inAndNotIn() throws {
    let code = """
      from aws_cdk import aws_lambda as lambda_

      def build(self, runtime, code):
          lambda_.Function(self, "Old", runtime=lambda_.Runtime.PYTHON_3_9, handler="index.handler", code=code)
          lambda_.Function(self, "New", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)
          lambda_.Function(self, "Param", runtime=runtime, handler="index.handler", code=code)
          lambda_.Function(self, "Unset", handler="index.handler", code=code)
      """
    let function = ["aws-cdk-lib.aws_lambda.Function"]
    #expect(try lines(Self.rule(function, prop: "runtime", #"not-in = ["PYTHON_3_8", "PYTHON_3_9"]"#), code) == [4])
    #expect(try lines(Self.rule(function, prop: "runtime", #"in = ["PYTHON_3_12", "Runtime.PYTHON_3_13"]"#), code) == [4, 7])
  }

  @Test func enumMembersMatchByNameOrTypeAndName() throws {
    let code = """
      from aws_cdk import aws_s3 as s3, RemovalPolicy

      def build(self):
          s3.Bucket(self, "A", removal_policy=RemovalPolicy.DESTROY)
          s3.Bucket(self, "B", removal_policy=RemovalPolicy.RETAIN)
      """
    #expect(try lines(Self.rule(Self.bucket, prop: "removal_policy", #"not-equals = "RemovalPolicy.DESTROY""#), code) == [4])
    #expect(try lines(Self.rule(Self.bucket, prop: "removalPolicy", #"not-equals = "DESTROY""#), code) == [4])
    #expect(try lines(Self.rule(Self.bucket, prop: "removalPolicy", #"equals = "RETAIN""#), code) == [4])
  }

  @Test func matchesOverLiteralsAndTheKnownPartsOfTemplates() throws {
    let code = """
      from aws_cdk import aws_s3 as s3

      def build(self, env, prefix):
          s3.Bucket(self, "A", bucket_name="team-logs")
          s3.Bucket(self, "B", bucket_name="other-logs")
          s3.Bucket(self, "C", bucket_name=f"team-{env}-logs")
          s3.Bucket(self, "D", bucket_name=f"{prefix}-logs")
          s3.Bucket(self, "E", bucket_name=f"other-{env}")
          s3.Bucket(self, "F")
      """
    // A template whose known parts match passes; one whose match could involve its unknown parts is not reported.
    #expect(try lines(Self.rule(Self.bucket, prop: "bucket_name", #"matches = "^team-""#), code) == [5, 9])
    #expect(try lines(Self.rule(Self.bucket, prop: "bucketName", #"not-matches = "^other-""#), code) == [5, 8])
    #expect(try lines(Self.rule(Self.bucket, prop: "bucketName", #"not-matches = "logs$""#), code) == [4, 5, 6, 7])
  }

  @Test func minAndMaxOnNumbersDurationsAndRetentionDays() throws {
    let code = """
      from aws_cdk import Duration, aws_lambda as lambda_, aws_logs as logs

      def build(self, code, timeout):
          lambda_.Function(self, "A", timeout=Duration.minutes(1), memory_size=128, handler="h", code=code)
          lambda_.Function(self, "B", timeout=Duration.minutes(20), memory_size=4096, handler="h", code=code)
          lambda_.Function(self, "C", timeout=timeout, handler="h", code=code)
          logs.LogGroup(self, "Week", retention=logs.RetentionDays.ONE_WEEK)
          logs.LogGroup(self, "Year", retention=logs.RetentionDays.ONE_YEAR)
      """
    let function = ["aws-cdk-lib.aws_lambda.Function"]
    #expect(try lines(Self.rule(function, prop: "timeout", #"max = "15m""#), code) == [5])
    #expect(try lines(Self.rule(function, prop: "timeout", #"min = "90s""#), code) == [4])
    #expect(try lines(Self.rule(function, prop: "memory_size", "min = 256\nmax = 2048"), code) == [4, 5, 6])
    #expect(try lines(Self.rule(["aws-cdk-lib.aws_logs.LogGroup"], prop: "retention", #"min = "30d""#), code) == [7])
    #expect(try lines(Self.rule(["aws-cdk-lib.aws_logs.LogGroup"], prop: "retention", "min = 90"), code) == [7])
  }

  @Test func plainNumbersTakeTheUnitOfTheirPropName() throws {
    let code = """
      import pulumi_aws as aws

      aws.cloudwatch.LogGroup("short", retention_in_days=7)
      aws.cloudwatch.LogGroup("long", retention_in_days=365)
      """
    let toml = Self.rule(["aws:cloudwatch/logGroup:LogGroup"], prop: "retention_in_days", #"min = "30d""#)
    #expect(try lines(toml, code) == [3])
  }

  @Test func nestedPropsAreDottedPaths() throws {
    let code = """
      from aws_cdk import aws_s3 as s3

      def build(self):
          s3.Bucket(self, "A", block_public_access=s3.BlockPublicAccess(block_public_acls=True))
          s3.Bucket(self, "B", block_public_access=s3.BlockPublicAccess(block_public_acls=False))
          s3.Bucket(self, "C", block_public_access=s3.BlockPublicAccess(ignore_public_acls=True))
          s3.Bucket(self, "D", block_public_access=s3.BlockPublicAccess.BLOCK_ALL)
          s3.Bucket(self, "E")
      """
    let toml = Self.rule(Self.bucket, prop: #""block_public_access.block_public_acls""#, "equals = true")
    // An enum constant in place of the struct cannot be read entry by entry: not reported.
    #expect(try lines(toml, code) == [5, 6, 8])
  }

  @Test func theFirstFailingPropIsReportedOnItsValueAndAbsentPropsOnTheCall() throws {
    let toml = """
      [[rule]]
      code = "ACME001"
      name = "team-policy"
      message = "Team policy"
      resources = ["aws-cdk-lib.aws_s3.Bucket"]
      [rule.props.versioned]
      equals = true
      [rule.props.enforce_ssl]
      equals = true
      """
    let code = """
      from aws_cdk import aws_s3 as s3

      s3.Bucket(self, "A", versioned=False)
      s3.Bucket(self, "B", versioned=True)
      """
    let file = SourceFile(path: "app/stack.py", text: code)
    let findings = try CustomRuleSupport.linter(toml).check(file).filter { $0.code == "ACME001" }
    #expect(findings.count == 2)
    #expect(file.text(findings[0].range) == "False")
    #expect(findings[0].message == "Team policy (`versioned` must be `true`)")
    #expect(file.text(findings[1].range) == "s3.Bucket")
    // aws-cdk-lib documents `enforceSSL` as `false` when unset.
    #expect(findings[1].message == "Team policy (`enforce_ssl` is not set and defaults to `false`; it must be `true`)")
  }

  @Test func documentedDefaultsAreJudgedWhenTheCatalogueHasThem() throws {
    // The catalogue's defaults are read from the jsii `@default` tags; until a table carries them the unset rules
    // apply, which the other tests cover.
    let code = """
      from aws_cdk import aws_s3 as s3

      s3.Bucket(self, "A")
      """
    let model = FileModel(SourceFile(path: "app/stack.py", text: code))
    guard let resource = model.resources.first, let text = model.documentedDefault(of: "versioned", for: resource) else {
      print("skipped: the catalogue records no documented default for Bucket.versioned")
      return
    }
    // A default written with a condition ("false (unless object lock is enabled, then true)") is not a value: the
    // unset rules apply to it, and `equals` fails.
    let observed = ObservedValueProbe.holds("equals", text) ?? false
    #expect(try lines(Self.rule(Self.bucket, prop: "versioned", "equals = true"), code) == (observed ? [] : [3]))
  }

  @Test func unsetPropsAreJudgedOnTheirDocumentedDefaultByEveryOperator() throws {
    // aws-cdk-lib documents `enforceSSL` as `false` and `accessControl` as `BucketAccessControl.PRIVATE`.
    let code = """
      from aws_cdk import aws_s3 as s3

      s3.Bucket(self, "Unset")
      s3.Bucket(self, "Set", enforce_ssl=True, access_control=s3.BucketAccessControl.PUBLIC_READ)
      """
    let model = FileModel(SourceFile(path: "app/stack.py", text: code))
    guard let resource = model.resources.first, model.documentedDefault(of: "enforceSSL", for: resource) == "false",
      model.documentedDefault(of: "accessControl", for: resource) == "BucketAccessControl.PRIVATE"
    else {
      print("skipped: the catalogue records other defaults for Bucket.enforceSSL and Bucket.accessControl")
      return
    }
    let cases: [(prop: String, condition: String, lines: [Int])] = [
      // A negative form fails when the default is the forbidden value (it would pass an unset prop without one).
      ("enforce_ssl", "not-equals = false", [3]),
      ("enforce_ssl", "equals = true", [3]),
      ("enforceSSL", "in = [true]", [3]),
      ("enforceSSL", "not-in = [false]", [3]),
      ("access_control", #"not-equals = "PRIVATE""#, [3]),
      ("access_control", #"equals = "BucketAccessControl.PRIVATE""#, [4]),
      ("accessControl", #"in = ["PUBLIC_READ", "PUBLIC_READ_WRITE"]"#, [3]),
      ("accessControl", #"not-in = ["PUBLIC_READ", "PUBLIC_READ_WRITE"]"#, [4]),
      ("accessControl", #"matches = "^PUBLIC_""#, [3]),
      ("accessControl", #"not-matches = "^PRIV""#, [3]),
    ]
    for (prop, condition, expected) in cases {
      #expect(try lines(Self.rule(Self.bucket, prop: prop, condition), code) == expected, "\(prop): \(condition)")
    }
    let findings = try CustomRuleSupport.linter(Self.rule(Self.bucket, prop: "accessControl", #"not-equals = "PRIVATE""#))
      .check(SourceFile(path: "app/stack.py", text: code)).filter { $0.code == "ACME001" }
    #expect(findings.map(\.message) == [
      "Team policy (`access_control` is not set and defaults to `BucketAccessControl.PRIVATE`; it must not be `\"PRIVATE\"`)"
    ])
  }

  @Test func minAndMaxOnADocumentedDurationDefault() throws {
    // aws-cdk-lib documents a Lambda function's `timeout` as `Duration.seconds(3)`.
    let code = """
      from aws_cdk import aws_lambda as lambda_

      def build(self, code):
          lambda_.Function(self, "Unset", handler="h", code=code)
      """
    let model = FileModel(SourceFile(path: "app/stack.py", text: code))
    guard let resource = model.resources.first, model.documentedDefault(of: "timeout", for: resource) == "Duration.seconds(3)"
    else {
      print("skipped: the catalogue records another default for Function.timeout")
      return
    }
    let function = ["aws-cdk-lib.aws_lambda.Function"]
    #expect(try lines(Self.rule(function, prop: "timeout", #"min = "10s""#), code) == [4])
    #expect(try lines(Self.rule(function, prop: "timeout", #"max = "15m""#), code) == [])
    #expect(try lines(Self.rule(function, prop: "timeout", #"max = "2s""#), code) == [4])
  }

  @Test func unknownValuesAreNeverReported() throws {
    let code = """
      from aws_cdk import aws_s3 as s3

      def build(self, name, policy, flag):
          s3.Bucket(self, "A", bucket_name=name, removal_policy=policy, versioned=flag, auto_delete_objects=make())
      """
    let conditions = [
      ("bucket_name", #"matches = "^team-""#), ("bucket_name", #"not-matches = "test""#),
      ("removal_policy", #"equals = "RETAIN""#), ("removal_policy", #"not-equals = "DESTROY""#),
      ("removal_policy", #"in = ["RETAIN"]"#), ("removal_policy", #"not-in = ["DESTROY"]"#),
      ("versioned", "equals = true"), ("versioned", "not-equals = false"), ("auto_delete_objects", "equals = false"),
      ("bucket_name", "min = 3"), ("bucket_name", #"max = "7d""#),
    ]
    for (prop, condition) in conditions {
      #expect(try lines(Self.rule(Self.bucket, prop: prop, condition), code) == [], "\(prop): \(condition)")
    }
  }

  @Test func defaultsAsTheCatalogueWritesThem() {
    #expect(ObservedValueProbe.holds("equals", "false") == false)
    #expect(ObservedValueProbe.holds("equals", "true") == true)
    #expect(ObservedValueProbe.holds("equals", "- no versioning") == nil)
  }
}

/// Judges `equals = true` on a documented default's text, as unset props are judged.
enum ObservedValueProbe {
  static func holds(_ key: String, _ defaultText: String) -> Bool? {
    CustomRuleCondition.equals(.bool(true)).holds(forDefault: defaultText, prop: "versioned")
  }
}
