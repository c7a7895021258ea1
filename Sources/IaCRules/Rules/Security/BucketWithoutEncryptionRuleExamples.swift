import IaCModel
extension BucketWithoutEncryptionRule {
  static let documentation = """
    ## What it does
    Finds S3 buckets (`s3.Bucket`) that set neither `encryption` nor `block_public_access`, in a stack that
    handles sensitive data: the words of its identifiers, construct ids, resource names or module docstring
    mention payments, transactions, financial, healthcare or personal data, or the configuration says so
    (`sensitive-data = true` in `iaclsp.toml`; `sensitive-data = false` turns the rule off). Other strings and
    comments are not read: rule descriptions and SQL mention transactions without the stack storing any. It is
    an info finding by default.

    ## Why is this bad?
    S3 now encrypts new objects with S3-managed keys and blocks public access on new buckets by default, so
    such a bucket is not open by itself. But a stack that processes payment or personal data is reviewed
    against baselines (PCI DSS, internal policies) that expect the choice to be explicit — and a later change
    to the bucket policy or ACLs is easier to get wrong when nothing in the code states the intent.

    ## Example
    ```python
    assets_bucket = s3.Bucket(
        self, f"AssetsBucket{environment_suffix}",
        versioned=True,
        removal_policy=RemovalPolicy.DESTROY,
        auto_delete_objects=True,
    )
    ```

    Use instead:
    ```python
    assets_bucket = s3.Bucket(
        self, f"AssetsBucket{environment_suffix}",
        versioned=True,
        removal_policy=RemovalPolicy.DESTROY,
        auto_delete_objects=True,
        encryption=s3.BucketEncryption.S3_MANAGED,
        block_public_access=s3.BlockPublicAccess.BLOCK_ALL,
    )
    ```

    ## Options
    `sensitive-data = true | false` in `iaclsp.toml` overrides the guess from the code.

    ## References
    - [Security best practices for Amazon S3](https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html)
    - [Blocking public access to your Amazon S3 storage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html)
    """

  static let triggering: [Example] = [
    Example("""
      \"\"\"Financial transaction processing web application.\"\"\"
      from aws_cdk import RemovalPolicy, aws_s3 as s3

      assets_bucket = ↓s3.Bucket(
          self, f"AssetsBucket{environment_suffix}",
          versioned=True,
          removal_policy=RemovalPolicy.DESTROY,
          auto_delete_objects=True,
          # MISSING: encryption and public access blocking
      )
      """),
    Example("""
      import * as s3 from 'aws-cdk-lib/aws-s3';
      const receipts = new ↓s3.Bucket(this, 'PaymentReceipts', { versioned: true });
      """),
    Example("""
      from aws_cdk import aws_s3 as s3
      bucket = ↓s3.Bucket(self, "Reports")
      """, files: ["iaclsp.toml": "sensitive-data = true\n"]),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      import * as s3 from 'aws-cdk-lib/aws-s3';
      import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
      // Keys of an API's props are its vocabulary (a WAF bot-control setting, aws-samples/serverless-patterns).
      const content = new s3.Bucket(this, 'ContentBucket');
      new wafv2.CfnWebACL(this, 'Acl', { rules: [{ monetization: { PaymentNetworks: ['x402'] } }] });
      """),
    Example("""
      from aws_cdk import aws_s3 as s3
      # A keyword argument's name is the API's too.
      bucket = s3.Bucket(self, "Content")
      configure(bucket, payment_networks=["x402"])
      """),
    Example("""
      from aws_cdk import aws_events as events, aws_s3 as s3
      # Words in strings (rule descriptions, SQL) say nothing about what the bucket stores.
      rule = events.Rule(self, "Approved", description="Approved Transactions", event_pattern=pattern)
      query = "SELECT transactionid, userid FROM payments"
      bucket = s3.Bucket(self, "Results")
      """),
    Example("""
      import * as s3 from 'aws-cdk-lib/aws-s3';
      // `healthCheck` and `className` are not health records or social security numbers.
      const healthCheck = { path: '/health' };
      const className = 'app';
      const bucket = new s3.Bucket(this, 'Artifacts');
      """),
    Example("""
      \"\"\"Financial transaction processing web application.\"\"\"
      from aws_cdk import RemovalPolicy, aws_s3 as s3

      assets_bucket = s3.Bucket(
          self, f"AssetsBucket{environment_suffix}",
          versioned=True,
          removal_policy=RemovalPolicy.DESTROY,
          auto_delete_objects=True,
          encryption=s3.BucketEncryption.S3_MANAGED,  # ADDED
          block_public_access=s3.BlockPublicAccess.BLOCK_ALL,  # ADDED
      )
      """),
    Example("""
      from aws_cdk import aws_s3 as s3
      # A static site; nothing sensitive. (The word payment in a comment does not count.)
      site = s3.Bucket(self, "Site")
      """),
    Example("""
      import * as s3 from 'aws-cdk-lib/aws-s3';
      const receipts = new s3.Bucket(this, 'PaymentReceipts', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
      const copy = new s3.Bucket(this, 'PaymentCopy', { ...sharedBucketProps });
      """),
    Example("""
      from aws_cdk import aws_s3 as s3
      bucket = s3.Bucket(self, "PaymentReports")
      """, files: ["iaclsp.toml": "sensitive-data = false\n"]),
  ]
}
