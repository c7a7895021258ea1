import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

/// The shipped catalogue: the versions it records, a sample of its entries, and the hover lookup.
@Suite("API catalogue")
struct APICatalogTests {
  let catalog = APICatalog.shared

  @Test func recordsThePackageVersions() {
    let versions = Dictionary(uniqueKeysWithValues: APICatalog.packageVersions.map { ($0.package, $0.version) })
    #expect(versions["aws-cdk-lib"] == "2.275.0")
    #expect(versions["pulumi-aws"] == "7.51.1")
    #expect(versions["@cdktf/provider-aws"] == "21.22.1")
    #expect(CDKModules.version == "2.275.0")
  }

  @Test func cdkTypesMembersAndURLs() throws {
    let bucket = try #require(catalog.symbol(qualifiedName: "aws_cdk.aws_s3.Bucket", language: .python))
    #expect(bucket.kind == .class)
    #expect(bucket.qualifiedName == "aws_cdk.aws_s3.Bucket")
    #expect(bucket.summary?.contains("S3 bucket") == true)
    #expect(bucket.deprecation == nil)
    #expect(bucket.referenceURL == "https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_s3/Bucket.html")
    let typescript = try #require(catalog.symbol(qualifiedName: "aws-cdk-lib/aws-s3.Bucket", language: .typescript))
    #expect(typescript.qualifiedName == "aws-cdk-lib.aws_s3.Bucket")
    #expect(typescript.referenceURL == "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_s3.Bucket.html")

    let runtime = try #require(catalog.symbol(qualifiedName: "aws_cdk.aws_lambda.Runtime.PYTHON_3_7", language: .python))
    #expect(runtime.kind == .constant)
    #expect(runtime.deprecation?.contains("no longer supported") == true)
    let current = try #require(catalog.symbol(qualifiedName: "aws_cdk.aws_lambda.Runtime.PYTHON_3_12", language: .python))
    #expect(current.deprecation == nil)

    let subnet = try #require(catalog.symbol(qualifiedName: "aws_cdk.aws_ec2.SubnetType.PRIVATE_WITH_NAT", language: .python))
    #expect(subnet.kind == .enumMember)
    #expect(subnet.replacement == "PRIVATE_WITH_EGRESS")

    let module = try #require(catalog.symbol(qualifiedName: "aws_cdk.aws_s3", language: .python))
    #expect(module.kind == .module)
    #expect(module.referenceURL == "https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_s3/README.html")
    let origin = try #require(catalog.symbol(qualifiedName: "aws_cdk.aws_cloudfront_origins.S3Origin", language: .python))
    #expect(origin.deprecation?.contains("S3BucketOrigin") == true)
    let nested = try #require(catalog.symbol(qualifiedName: "aws_cdk.aws_s3.CfnBucket.CorsRuleProperty", language: .python))
    #expect(nested.kind == .struct)
    #expect(catalog.symbol(qualifiedName: "aws_cdk.aws_lambda.LogGroup", language: .python) == nil)
    #expect(catalog.symbol(qualifiedName: "my_package.Bucket", language: .python) == nil)
  }

  @Test func propsAreFlattenedThroughStructInheritance() throws {
    // `log_retention` is declared on `FunctionOptions`, a parent of `FunctionProps`.
    let file = SourceFile(path: "stack.py", text: """
      from aws_cdk import aws_lambda as lambda_
      fn = lambda_.Function(self, "Fn", log_retention=x)
      """)
    let labelStart = APICatalogTests.offset(of: "log_retention", in: file)
    let symbol = try #require(catalog.symbol(at: labelStart + 2, in: file))
    #expect(symbol.kind == .prop)
    #expect(symbol.name == "log_retention")
    #expect(symbol.deprecation == "use `log_group` instead")
    #expect(symbol.referenceURL == "https://docs.aws.amazon.com/cdk/api/v2/python/aws_cdk.aws_lambda/Function.html")
  }

  @Test func pulumiResourcesInBothLanguages() throws {
    let python = try #require(catalog.symbol(qualifiedName: "pulumi_aws.s3.BucketV2", language: .python))
    #expect(python.kind == .resource)
    #expect(python.deprecatedSince == 7)
    #expect(python.deprecation?.contains("s3.Bucket") == true)
    #expect(python.referenceURL == "https://www.pulumi.com/registry/packages/aws/api-docs/s3/bucketv2/")
    let typescript = try #require(catalog.symbol(qualifiedName: "@pulumi/aws.s3.BucketV2", language: .typescript))
    #expect(typescript.qualifiedName == "aws.s3.BucketV2")
    let bucket = try #require(catalog.symbol(qualifiedName: "pulumi_aws.s3.Bucket", language: .python))
    #expect(bucket.deprecation == nil)
  }

  @Test func cdktfResources() throws {
    let key = try #require(catalog.symbol(qualifiedName: "@cdktf/provider-aws/lib/kms-key.KmsKey", language: .typescript))
    #expect(key.kind == .class)
    #expect(key.referenceURL == "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/kms_key")
    let python = try #require(catalog.symbol(qualifiedName: "cdktf_cdktf_provider_aws.kms_key.KmsKey", language: .python))
    #expect(python.qualifiedName == "cdktf_cdktf_provider_aws.kms_key.KmsKey")
  }

  @Test func hoverOnReferencesAndModules() throws {
    let text = """
      import * as lambda from 'aws-cdk-lib/aws-lambda';
      const runtime = lambda.Runtime.NODEJS_14_X;
      """
    let file = SourceFile(path: "stack.ts", text: text)
    func offset(of needle: String) -> Int { APICatalogTests.offset(of: needle, in: file) }
    let constant = try #require(catalog.symbol(at: offset(of: "NODEJS_14_X") + 1, in: file))
    #expect(constant.qualifiedName == "aws-cdk-lib.aws_lambda.Runtime.NODEJS_14_X")
    #expect(constant.deprecation != nil)
    let type = try #require(catalog.symbol(at: offset(of: "Runtime.") + 1, in: file))
    #expect(type.kind == .class)
    let module = try #require(catalog.symbol(at: offset(of: "lambda.Runtime") + 1, in: file))
    #expect(module.kind == .module)
    #expect(module.referenceURL == "https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_lambda-readme.html")
  }

  /// The byte offset of the first occurrence of `needle`.
  static func offset(of needle: String, in file: SourceFile) -> Int {
    let target = Array(needle.utf8)
    var index = 0
    while index + target.count <= file.bytes.count && Array(file.bytes[index..<(index + target.count)]) != target {
      index += 1
    }
    return index
  }

  @Test func snakeCaseMatchesJsii() {
    #expect(Casing.snakeCase("logRetention") == "log_retention")
    #expect(Casing.snakeCase("ipv6CidrBlock") == "ipv6_cidr_block")
    #expect(Casing.snakeCase("s3Bucket") == "s3_bucket")
    #expect(Casing.snakeCase("PYTHON_3_7") == "PYTHON_3_7")
    #expect(Casing.snakeCase("Bucket") == "Bucket")
  }
}
