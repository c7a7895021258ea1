import IaCModel

/// IAC003: with `require-reason = true` in the configuration, a suppression comment without a reason after
/// ` -- `. The linter reports it while reading suppressions; the rule value carries its documentation and examples.
public struct SuppressionWithoutReasonRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC003",
    name: "suppression-without-reason",
    summary: "A suppression comment gives no reason (with `require-reason = true`)",
    severity: .warning,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/cdk/v2/guide/best-practices.html",
    documentation: """
      ## What it does
      When the configuration sets `require-reason = true`, checks that every `iaclsp: ignore` and
      `iaclsp: ignore-file` comment says why, after ` -- `:

      ```python
      origin = origins.S3Origin(bucket)  # iaclsp: ignore[IAC101] -- legacy distribution, migrating in Q3
      ```

      Without `require-reason`, the rule finds nothing.

      ## Why is this bad?
      A suppression is an exception to a review rule. Without a reason, the next reader cannot tell a deliberate,
      reviewed exception from a quick way to make CI pass, and nobody knows when it may go. The reason is shown in
      editor hovers and as the justification of the suppressed result in SARIF.

      ## Example
      ```python
      origin = origins.S3Origin(bucket)  # iaclsp: ignore[IAC101]
      ```

      Use instead:
      ```python
      origin = origins.S3Origin(bucket)  # iaclsp: ignore[IAC101] -- legacy distribution, migrating in Q3
      ```

      ## References
      - [AWS CDK best practices: keep configuration and exceptions reviewable](https://docs.aws.amazon.com/cdk/v2/guide/best-practices.html)
      """,
    triggeringExamples: [
      Example("""
        from aws_cdk import aws_cloudfront_origins as origins
        origin = origins.S3Origin(bucket)  # ↓iaclsp: ignore[IAC101]
        """, files: ["iaclsp.toml": "require-reason = true\n"]),
      Example("""
        // ↓iaclsp: ignore-file[IAC401] --
        import * as s3 from 'aws-cdk-lib/aws-s3';
        """, files: ["iaclsp.toml": "require-reason = true\n"]),
    ],
    nonTriggeringExamples: [
      Example("""
        from aws_cdk import aws_cloudfront_origins as origins
        origin = origins.S3Origin(bucket)  # iaclsp: ignore[IAC101] -- legacy distribution, migrating in Q3
        """, files: ["iaclsp.toml": "require-reason = true\n"]),
      Example("""
        from aws_cdk import aws_cloudfront_origins as origins
        origin = origins.S3Origin(bucket)  # iaclsp: ignore[IAC101]
        """),
    ]
  )
}
