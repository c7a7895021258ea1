import IaCModel
import IaCSyntax

/// IAC702: a website bucket's policy does not limit access to a CloudFront origin access identity.
public struct S3WebsiteBucketWithoutOaiPolicyRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC702",
    summary: "A static website bucket is not read through a CloudFront origin access identity only",
    url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html",
    resourceTypes: [bucket, cfnBucket],
    documentation: SolutionsDocumentation.page(
      code: "IAC702",
      whatItDoes: """
        Finds S3 buckets configured for static website hosting (`website_index_document`,
        `website_error_document`, `website_redirect`, `website_routing_rules`, or an `s3.CfnBucket` with
        `website_configuration`) whose bucket policy does not grant `s3:GetObject` or `s3:PutObject` to a CloudFront
        origin access identity, or that also allows everyone: `public_read_access=True`, `grant_public_access()`,
        or an `add_to_resource_policy` statement with a `*` principal. A statement for an origin access identity
        comes from `add_to_resource_policy(iam.PolicyStatement(...))` with `oai.grant_principal` or
        `iam.CanonicalUserPrincipal(...)`, or from `origins.S3BucketOrigin.with_origin_access_identity(bucket)`;
        one that grants other actions to the identity fails, as in cdk-nag.

        What iaclsp cannot read gives no finding: a statement or principal it cannot evaluate, a `grant_*` call,
        a separate `s3.BucketPolicy`, a `cloudfront.CloudFrontWebDistribution` that reads the bucket (it adds an
        identity's statement), or the bucket handed to code of your own. Buckets without website hosting are not
        judged.
        """,
      why: """
        A website endpoint serves the bucket to anyone over plain HTTP; a public bucket policy lets anyone read
        every object, not only the published pages. Serving through CloudFront with an origin access identity (or
        an origin access control) keeps the bucket private and gives HTTPS, caching and a WAF in front of it.
        """,
      example: """
        s3.Bucket(self, "Site", website_index_document="index.html", public_read_access=True)
        """,
      useInstead: """
        site = s3.Bucket(self, "Site")
        cloudfront.Distribution(self, "Cdn", default_root_object="index.html",
            default_behavior=cloudfront.BehaviorOptions(origin=origins.S3BucketOrigin.with_origin_access_identity(site)))
        """,
      references: [
        (
          title: "Restrict access to an Amazon S3 origin (CloudFront)",
          url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html"
        ),
        (
          title: "Hosting a static website using Amazon S3",
          url: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteHosting.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let bucket = "aws-cdk-lib.aws_s3.Bucket"
  static let cfnBucket = "aws-cdk-lib.aws_s3.CfnBucket"
  static let websiteProps = ["websiteIndexDocument", "websiteErrorDocument", "websiteRedirect", "websiteRoutingRules"]
  /// Resources that, referring to the bucket, may add a statement for an origin access identity.
  static let policyReferrers: Set<String> = [
    "aws-cdk-lib.aws_s3.BucketPolicy",
    "aws-cdk-lib.aws_s3.CfnBucketPolicy",
    "aws-cdk-lib.aws_cloudfront.CloudFrontWebDistribution",
  ]

  /// What one statement of the bucket's policy means for the check.
  enum Grant {
    /// Allows a `*` principal: the policy fails whatever else it holds.
    case everyone
    /// Allows an origin access identity more than `s3:GetObject` and `s3:PutObject`: the policy fails.
    case identityTooMuch
    /// Allows an origin access identity only `s3:GetObject` and `s3:PutObject`.
    case identity
    /// Anything else (a Deny, another principal).
    case other
    case unknown
  }

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let isL2 = resource.type.fqn == Self.bucket
    guard isL2 || resource.type.fqn == Self.cfnBucket else { return }
    let website = isL2 ? resource.prop(anyOf: Self.websiteProps) : resource.prop("websiteConfiguration")
    guard website != nil else { return }
    let referrers = resource.referencedBy.map { model.resources[$0].type.fqn }
    guard !referrers.contains(where: { Self.policyReferrers.contains($0) || !$0.hasPrefix("aws-cdk-lib.") }) else { return }
    let escapes = SolutionsSecondConstruct.mayBeCompletedElsewhere(
      resource,
      in: model,
      creates: { Self.policyReferrers.contains($0) },
      calls: ["addToResourcePolicy", "grantRead", "grantReadWrite", "grantPublicAccess", "grantPut", "grantWrite"]
    )
    var grants: [(grant: Grant, range: TextRange)] = []
    if let publicRead = resource.prop("publicReadAccess") {
      switch publicRead.value.bool {
      case true?: grants.append((.everyone, publicRead.argument.range))
      case false?: break
      case nil: grants.append((.unknown, publicRead.argument.range))
      }
    }
    for resourceCall in resource.calls {
      let call = model.file.calls[resourceCall.call]
      grants.append((Self.grant(of: resourceCall, call: call, in: model), call.range))
    }
    let path = model.file.path
    if let everyone = grants.first(where: { $0.grant == .everyone }) {
      let message = "The website bucket's policy allows everyone: serve it through CloudFront with an origin access identity instead"
      let range = resource.prop("publicReadAccess")?.argument.range ?? everyone.range
      diagnostics.append(Self.description.diagnostic(path: path, range: range, message: message))
      return
    }
    if let tooMuch = grants.first(where: { $0.grant == .identityTooMuch }) {
      let message = "The website bucket's policy grants the origin access identity more than `s3:GetObject` and `s3:PutObject`"
      diagnostics.append(Self.description.diagnostic(path: path, range: tooMuch.range, message: message))
      return
    }
    guard !escapes, !grants.contains(where: { $0.grant == .unknown || $0.grant == .identity }) else { return }
    let message = "The website bucket has no policy that limits reads to a CloudFront origin access identity"
    diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
  }

  /// What a call on or with the bucket adds to its policy.
  static func grant(of resourceCall: ResourceCall, call: Call, in model: FileModel) -> Grant {
    switch resourceCall.role {
    case .aspect:
      return .other
    case .argument:
      guard let callee = call.callee, model.file.cdkSymbol(of: callee) != nil else {
        // NagSuppressions and code of the project: `mayBeCompletedElsewhere` judges the latter.
        return .other
      }
      let name = PropName.fold(callee.parts.last?.name ?? "")
      if name == "withoriginaccessidentity" { return .identity }
      return .other
    case .method(let method):
      switch PropName.fold(method) {
      case "addtoresourcepolicy":
        guard let first = call.arguments.first(where: { $0.label == nil && !$0.isSpread }) else { return .unknown }
        return statementGrant(model.value(of: first), argument: first, in: model)
      case "grantpublicaccess":
        return .everyone
      case let name where name.hasPrefix("grant"):
        return .unknown
      default:
        return .other
      }
    }
  }

  /// What one `iam.PolicyStatement` allows.
  static func statementGrant(_ statement: Value, argument: Argument, in model: FileModel) -> Grant {
    guard case .object(let type, _) = statement.kind, type?.hasSuffix("PolicyStatement") == true else { return .unknown }
    // A statement bound to a name may get principals or actions through its methods later.
    if statement.resolvedTokens != statement.tokens {
      let name = model.file.text(tokens: statement.tokens)
      if model.file.calls.contains(where: { $0.callee?.dotted.hasPrefix(name + ".") == true }) { return .unknown }
    }
    if let effect = statement.entry("effect")?.value {
      guard let member = effect.enumMember(of: "Effect") else { return .unknown }
      if member == "DENY" { return .other }
    }
    guard let principals = statement.entry("principals")?.value.elements else { return .unknown }
    var identity = false
    for principal in principals {
      switch principalKind(principal, in: model) {
      case .everyone: return .everyone
      case .identity: identity = true
      case .other: continue
      case .unknown: return .unknown
      }
    }
    guard identity else { return .other }
    guard let actions = statement.entry("actions")?.value.elements else { return .unknown }
    let names = actions.map { $0.string?.lowercased() }
    if names.contains(where: { $0 == nil }) { return .unknown }
    let allowed: Set<String?> = ["s3:getobject", "s3:putobject"]
    return names.allSatisfy { allowed.contains($0) } ? .identity : .identityTooMuch
  }

  enum PrincipalKind { case everyone, identity, other, unknown }

  static func principalKind(_ principal: Value, in model: FileModel) -> PrincipalKind {
    switch principal.kind {
    case .object(let type, let entries):
      let name = type.flatMap { $0.split(separator: ".").last.map(String.init) } ?? ""
      switch name {
      case "AnyPrincipal", "StarPrincipal": return .everyone
      case "CanonicalUserPrincipal": return .identity
      case "ArnPrincipal":
        guard let arn = entries.first?.value.string else { return .unknown }
        return arn.contains("*") ? .everyone : (arn.contains("CloudFront Origin Access Identity") ? .identity : .other)
      case "ServicePrincipal", "AccountRootPrincipal", "AccountPrincipal", "OrganizationPrincipal": return .other
      default: return .unknown
      }
    case .reference(let text):
      // `oai.grant_principal` of an `cloudfront.OriginAccessIdentity` the file creates.
      let parts = text.split(separator: ".")
      guard let last = parts.last, PropName.fold(String(last)) == "grantprincipal" else { return .unknown }
      let base = parts.dropLast().joined(separator: ".")
      let identity = model.resources.contains { resource in
        resource.binding == base && resource.type.fqn == "aws-cdk-lib.aws_cloudfront.OriginAccessIdentity"
      }
      return identity ? .identity : .unknown
    default:
      return .unknown
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_s3 as s3

      s3.Bucket(self, "Site", website_index_document="index.html", ↓public_read_access=True,
          block_public_access=s3.BlockPublicAccess.BLOCK_ACLS)
      ↓s3.Bucket(self, "Errors", website_index_document="index.html", website_error_document="error.html")
      """
    ),
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront
      from aws_cdk import aws_iam as iam
      from aws_cdk import aws_s3 as s3

      oai = cloudfront.OriginAccessIdentity(self, "Identity")
      site = s3.Bucket(self, "Site", website_index_document="index.html")
      ↓site.add_to_resource_policy(iam.PolicyStatement(actions=["s3:GetObject", "s3:ListBucket"],
          resources=[site.bucket_arn, site.arn_for_objects("*")], principals=[oai.grant_principal]))
      """
    ),
    Example(
      """
      import * as s3 from 'aws-cdk-lib/aws-s3';

      const site = ↓new s3.Bucket(this, 'Site', { websiteIndexDocument: 'index.html' });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront
      from aws_cdk import aws_iam as iam
      from aws_cdk import aws_s3 as s3

      # public_read_access=True would open the bucket to everyone.
      oai = cloudfront.OriginAccessIdentity(self, "Identity")
      site = s3.Bucket(self, "Site", website_index_document="index.html", enforce_ssl=True)
      site.add_to_resource_policy(iam.PolicyStatement(actions=["s3:GetObject"],
          resources=[site.arn_for_objects("*")], principals=[oai.grant_principal]))
      s3.Bucket(self, "Assets")
      granted = s3.Bucket(self, "Granted", website_index_document="index.html")
      granted.grant_read(reader)
      shared = s3.Bucket(self, "Shared", website_index_document="index.html")
      attach_policy(shared)
      s3.Bucket(self, "Chosen", website_index_document="index.html", public_read_access=settings.public)
      """
    ),
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront
      from aws_cdk import aws_cloudfront_origins as origins
      from aws_cdk import aws_s3 as s3

      site = s3.Bucket(self, "Site", website_index_document="index.html")
      cloudfront.Distribution(self, "Cdn",
          default_behavior=cloudfront.BehaviorOptions(origin=origins.S3BucketOrigin.with_origin_access_identity(site)))
      """
    ),
  ]
}
