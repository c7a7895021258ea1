import IaCModel

extension UnusedSuppressionRule {
  static let documentation = """
    ## What it does
    Finds codes in `iaclsp: ignore[...]` and `iaclsp: ignore-file[...]` comments that silence no finding: the
    rule they name ran on the file and found nothing there.

    A code is judged only when its rule ran on the file. A code whose rule is turned off (by `select`, `ignore`
    or `per-file-ignores`), a rule for another language, a rule about the whole project (such as
    `missing-cdk-json` or the region rules, which run apart from the file's rules) and a bare `iaclsp: ignore`
    are never reported, so narrowing a run with `--select` never makes a needed suppression look unused.

    ## Why is this bad?
    A suppression outlives the finding it was written for: the code is fixed, the finding goes away, and the
    comment stays. It then hides the next real finding of that rule on that line, and it tells readers a review
    happened for a problem that is no longer there. Removing stale suppressions keeps the remaining ones
    meaningful.

    ## Example
    ```python
    origin = origins.S3BucketOrigin.with_origin_access_control(bucket)  # iaclsp: ignore[IAC101]
    ```

    Use instead:
    ```python
    origin = origins.S3BucketOrigin.with_origin_access_control(bucket)
    ```

    ## Fix
    The safe fix deletes the comment (the whole line when the comment stands alone on it), or, when other codes
    in the same comment are still needed, removes just the unused codes.

    ## References
    - [AWS CDK best practices: keep configuration and exceptions reviewable](https://docs.aws.amazon.com/cdk/v2/guide/best-practices.html)
    - [Ruff: unused-noqa (RUF100)](https://docs.astral.sh/ruff/rules/unused-noqa/)
    - [cdk-nag: reporting unused suppressions (issue 800)](https://github.com/cdklabs/cdk-nag/issues/800)
    """

  static let triggeringExamples = [
    Example("""
      from aws_cdk import aws_s3 as s3
      bucket = s3.Bucket(self, "B")  # ↓iaclsp: ignore[IAC101]
      """),
    Example("""
      import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
      // ↓iaclsp: ignore[IAC101] -- the OAI origin goes away next sprint
      const origin = origins.S3BucketOrigin.withOriginAccessControl(bucket);
      """),
    Example("""
      from aws_cdk import aws_cloudfront_origins as origins
      origin = origins.S3Origin(bucket)  # iaclsp: ignore[IAC101, ↓IAC102]
      """),
  ]

  static let nonTriggeringExamples = [
    Example("""
      from aws_cdk import aws_cloudfront_origins as origins
      origin = origins.S3Origin(bucket)  # iaclsp: ignore[IAC101] -- legacy distribution, migrating
      """),
    Example("""
      from aws_cdk import aws_cloudfront_origins as origins
      # iaclsp: ignore[deprecated-s3-origin]
      origin = origins.S3Origin(bucket)
      """),
    Example("""
      # A bare ignore may silence project findings, which run apart from the file's rules: never judged.
      x = 1  # iaclsp: ignore
      """),
    Example("""
      import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
      // Turned off in this project, so the rule never ran here:
      const origin = origins.S3BucketOrigin.withOriginAccessControl(bucket); // iaclsp: ignore[IAC101]
      """, files: ["iaclsp.toml": "ignore = [\"IAC101\"]\n"]),
    Example("""
      # Not a comment, so not a suppression:
      note = "iaclsp: ignore[IAC101]"
      """),
  ]

  static let corrections = [
    Correction(
      Example("""
        from aws_cdk import Duration
        ttl = Duration.days(7)  # iaclsp: ignore[IAC101]
        """),
      """
        from aws_cdk import Duration
        ttl = Duration.days(7)
        """),
    Correction(
      Example("""
        x = 1
        # iaclsp: ignore[IAC101] -- stale
        y = 2
        """),
      """
        x = 1
        y = 2
        """),
    Correction(
      Example("""
        from aws_cdk import aws_cloudfront_origins as origins
        origin = origins.S3Origin(bucket)  # iaclsp: ignore[IAC102, IAC101] -- legacy
        """),
      """
        from aws_cdk import aws_cloudfront_origins as origins
        origin = origins.S3Origin(bucket)  # iaclsp: ignore[IAC101] -- legacy
        """),
  ]
}
