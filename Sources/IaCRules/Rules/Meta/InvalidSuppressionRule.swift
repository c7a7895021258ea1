import IaCModel
/// IAC001: a suppression comment names something that is not a rule. The linter reports it while reading
/// suppressions; the rule value carries its documentation and examples.
public struct InvalidSuppressionRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC001",
    name: "invalid-suppression",
    summary: "A suppression comment names a rule that does not exist",
    severity: .warning,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/cdk/v2/guide/best-practices.html",
    documentation: """
      ## What it does
      Checks that every code or name in an `iaclsp: ignore[...]` or `iaclsp: ignore-file[...]` comment is an
      iaclsp rule.

      ## Why is this bad?
      A misspelt code silences nothing. The finding it was meant to hide still appears, or worse, the comment
      suggests a review happened when the finding it names never existed. Keeping suppressions exact keeps them
      meaningful when rules are renamed or removed.

      ## Example
      ```python
      origin = origins.S3Origin(bucket)  # iaclsp: ignore[IAC1O1]
      ```

      Use instead:
      ```python
      origin = origins.S3Origin(bucket)  # iaclsp: ignore[IAC101]
      ```

      Suppression comments are described in iaclsp's README ("Suppressing a finding").

      ## References
      - [AWS CDK best practices: keep configuration and exceptions reviewable](https://docs.aws.amazon.com/cdk/v2/guide/best-practices.html)
      """,
    triggeringExamples: [
      Example("""
        from aws_cdk import aws_s3 as s3
        bucket = s3.Bucket(self, "B")  # iaclsp: ignore[↓IAC9999]
        """),
      Example("""
        import * as s3 from 'aws-cdk-lib/aws-s3';
        // iaclsp: ignore[IAC101, ↓no-such-rule]
        const bucket = new s3.Bucket(this, 'B');
        """),
    ],
    nonTriggeringExamples: [
      Example("""
        from aws_cdk import aws_s3 as s3
        bucket = s3.Bucket(self, "B")  # iaclsp: ignore[IAC101, deprecated-s3-origin]
        """),
      Example("""
        import * as s3 from 'aws-cdk-lib/aws-s3';
        // Strings are not comments, so this is no suppression:
        const note = "iaclsp: ignore[IAC9999]";
        """),
    ]
  )
}
