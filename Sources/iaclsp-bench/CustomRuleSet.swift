import IaCLinter
import IaCSyntax

/// `--custom-rules N`: a configuration of N custom rules over the resource types the corpus creates, with every
/// kind of condition, to measure what custom rules cost the check.
enum CustomRuleSet {
  /// Resource types of the corpus and a prop of each, with a condition that judges it.
  static let templates: [(resource: String, prop: String, condition: String)] = [
    ("aws-cdk-lib.aws_s3.Bucket", "versioned", "equals = true"),
    ("aws-cdk-lib.aws_s3.Bucket", "bucketName", #"matches = "^acme-[a-z0-9-]+$""#),
    ("aws-cdk-lib.aws_s3.Bucket", "removalPolicy", #"not-in = ["RemovalPolicy.DESTROY", "RemovalPolicy.SNAPSHOT"]"#),
    ("aws-cdk-lib.aws_lambda.Function", "runtime", #"not-in = ["PYTHON_3_8", "PYTHON_3_9", "NODEJS_16_X"]"#),
    ("aws-cdk-lib.aws_lambda.Function", "timeout", #"max = "5m""#),
    ("aws-cdk-lib.aws_lambda.Function", "memorySize", "min = 256"),
    ("aws-cdk-lib.aws_dynamodb.Table", "removalPolicy", #"not-equals = "DESTROY""#),
    ("aws-cdk-lib.aws_dynamodb.Table", "tableName", #"not-matches = "test""#),
    ("aws-cdk-lib.aws_sns.Topic", "masterKey", "present = true"),
    ("aws-cdk-lib.aws_iam.Role", "roleName", #"in = ["deploy", "runtime"]"#),
  ]

  /// The TOML of `count` rules, cycling through the templates.
  static func toml(count: Int) -> String {
    var text = ""
    for index in 0..<count {
      let template = templates[index % templates.count]
      text += """
        [[rule]]
        code = "BENCH\(index + 1)"
        name = "bench-rule-\(index + 1)"
        message = "Benchmark policy \(index + 1)"
        resources = ["\(template.resource)"]
        [rule.props.\(template.prop)]
        \(template.condition)


        """
    }
    return text
  }

  /// The findings of `linter` on every file: the paired rows' two tasks, kept as functions of their own so that a
  /// profile (`callgrind --toggle-collect`) can count each.
  @inline(never)
  static func checkWithoutCustomRules(_ files: [SourceFile], _ linter: Linter) -> Int {
    files.reduce(0) { $0 + linter.check($1).count }
  }

  @inline(never)
  static func checkWithCustomRules(_ files: [SourceFile], _ linter: Linter) -> Int {
    files.reduce(0) { $0 + linter.check($1).count }
  }

  /// Linter settings with every built-in rule and `count` custom rules.
  static func settings(count: Int) throws -> LinterSettings {
    guard let configuration = try Configuration.parse(toml(count: count), path: "bench.toml", directory: ".") else {
      return LinterSettings()
    }
    return configuration.settings()
  }
}
