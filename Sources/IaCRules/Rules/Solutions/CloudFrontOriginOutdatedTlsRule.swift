import IaCModel
import IaCSyntax

/// IAC784: a CloudFront distribution reaches a custom origin over HTTP, SSLv3 or TLSv1.
public struct CloudFrontOriginOutdatedTlsRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC784",
    summary: "A CloudFront distribution connects to an origin with HTTP, SSLv3 or TLSv1",
    url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-ciphers-cloudfront-to-origin.html",
    resourceTypes: CloudFrontDistributions.types,
    documentation: SolutionsDocumentation.page(
      code: "IAC784",
      whatItDoes: """
        Finds CloudFront distributions with a custom origin that is not reached over HTTPS with TLSv1.1 or newer:
        - an `origins.HttpOrigin` or `origins.LoadBalancerV2Origin` whose `protocol_policy` is not `HTTPS_ONLY`, or
          whose `origin_ssl_protocols` include `SSL_V3` or `TLS_V1`;
        - an `origins.S3StaticWebsiteOrigin`, which CDK reaches over `HTTP_ONLY` (S3 website endpoints have no HTTPS)
          unless `protocol_policy` says otherwise;
        - in a `CloudFrontWebDistribution`, a `CustomOriginConfig` whose `origin_protocol_policy` is not `HTTPS_ONLY`
          or whose `allowed_origin_ssl_versions` include `SSL_V3` or `TLS_V1`.

        The origins are read from `default_behavior`, `additional_behaviors` and `origins.OriginGroup`s (and a
        `CloudFrontWebDistribution`'s `origin_configs`), also through variables. Without `protocol_policy` and
        `origin_ssl_protocols`, an `HttpOrigin` passes: CDK writes `HTTPS_ONLY` and `TLSv1.2`. Function URL and REST
        API origins are always HTTPS with TLSv1.2; bucket origins are not custom origins. Origins iaclsp cannot read
        give no finding; the deprecated `origins.S3Origin` is left to `deprecated-s3-origin` (IAC101), whose fix
        chooses the right replacement.
        """,
      why: """
        Between CloudFront and the origin, HTTP or an outdated TLS version lets anyone on the path read or change the
        content and the viewers' requests, although viewers see a padlock.
        """,
      example: """
        origins.HttpOrigin("api.example.org", protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY)
        """,
      useInstead: """
        origins.HttpOrigin("api.example.org")  # HTTPS_ONLY with TLSv1.2
        """,
      references: [
        (
          title: "Supported protocols and ciphers between CloudFront and the origin",
          url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-ciphers-cloudfront-to-origin.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let outdatedProtocols: Set<String> = ["SSL_V3", "TLS_V1"]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    var origins: [Value] = []
    switch resource.type.fqn {
    case CloudFrontDistributions.distribution:
      if let origin = resource.value(at: "defaultBehavior.origin") { origins.append(origin) }
      for entry in resource.prop("additionalBehaviors")?.value.entries ?? [] {
        if let origin = entry.value.entry("origin")?.value { origins.append(origin) }
      }
    case CloudFrontDistributions.webDistribution:
      for config in resource.prop("originConfigs")?.value.elements ?? [] {
        guard let custom = config.entry("customOriginSource")?.value else { continue }
        judge(custom, policy: "originProtocolPolicy", protocols: "allowedOriginSslVersions", into: &diagnostics, model)
      }
      return
    default:
      return
    }
    var seen: Set<Int> = []
    while let origin = origins.popLast() {
      guard seen.insert(origin.resolvedTokens.lowerBound).inserted else { continue }
      guard case .object(let type?, _) = origin.kind else { continue }
      switch type.split(separator: ".").last.map(String.init) ?? type {
      case "OriginGroup":
        for name in ["primaryOrigin", "fallbackOrigin"] {
          if let member = origin.entry(name)?.value { origins.append(member) }
        }
      case "HttpOrigin", "LoadBalancerV2Origin":
        judge(origin, policy: "protocolPolicy", protocols: "originSslProtocols", into: &diagnostics, model)
      case "S3StaticWebsiteOrigin":
        judge(origin, policy: "protocolPolicy", protocols: "originSslProtocols", httpByDefault: true, into: &diagnostics, model)
      default:
        continue
      }
    }
  }

  /// Appends a finding when a custom origin's props certainly allow HTTP or an outdated protocol.
  func judge(
    _ origin: Value,
    policy: String,
    protocols: String,
    httpByDefault: Bool = false,
    into diagnostics: inout [Diagnostic],
    _ model: FileModel
  ) {
    guard case .object = origin.kind, !ApiGatewayStages.mayHideEntries(origin, in: model) else { return }
    let path = model.file.path
    if let entry = origin.entry(policy) {
      guard let member = entry.value.enumMember(of: "OriginProtocolPolicy") else { return }
      if member != "HTTPS_ONLY" {
        let message = "CloudFront may reach the origin over plain HTTP: the protocol policy is `\(member)`"
        diagnostics.append(Self.description.diagnostic(path: path, range: entry.range, message: message))
        return
      }
    } else if httpByDefault {
      let message = "CloudFront reaches the S3 website origin over plain HTTP (`HTTP_ONLY`)"
      diagnostics.append(Self.description.diagnostic(path: path, range: origin.range, message: message))
      return
    }
    guard let entry = origin.entry(protocols), let elements = entry.value.elements else { return }
    for element in elements {
      guard let member = element.enumMember(of: "OriginSslPolicy"), Self.outdatedProtocols.contains(member) else { continue }
      let message = "CloudFront may reach the origin with an outdated protocol: `\(member)` is allowed"
      diagnostics.append(Self.description.diagnostic(path: path, range: entry.range, message: message))
      return
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront
      from aws_cdk import aws_cloudfront_origins as origins

      plain = origins.HttpOrigin("origin.example.org", ↓protocol_policy=cloudfront.OriginProtocolPolicy.HTTP_ONLY)
      cloudfront.Distribution(self, "Cdn", default_behavior=cloudfront.BehaviorOptions(origin=plain))
      cloudfront.Distribution(
          self,
          "Site",
          default_behavior=cloudfront.BehaviorOptions(origin=↓origins.S3StaticWebsiteOrigin(site)),
      )
      """
    ),
    Example(
      """
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
      import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';

      new cloudfront.Distribution(this, 'Cdn', {
        defaultBehavior: { origin: new origins.HttpOrigin('api.example.org') },
        additionalBehaviors: {
          '/old/*': {
            origin: new origins.HttpOrigin('old.example.org', {
              ↓originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1, cloudfront.OriginSslPolicy.TLS_V1_2],
            }),
          },
        },
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront
      from aws_cdk import aws_cloudfront_origins as origins

      # origins.HttpOrigin(protocol_policy=HTTP_ONLY) would send traffic in the clear
      cloudfront.Distribution(
          self, "Cdn", default_behavior=cloudfront.BehaviorOptions(origin=origins.HttpOrigin("api.example.org"))
      )
      secure = origins.HttpOrigin(
          "origin.example.org",
          protocol_policy=cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
          origin_ssl_protocols=[cloudfront.OriginSslPolicy.TLS_V1_2],
      )
      cloudfront.Distribution(self, "Secure", default_behavior=cloudfront.BehaviorOptions(origin=secure))
      chosen = origins.HttpOrigin("origin.example.org", protocol_policy=props.policy)
      cloudfront.Distribution(self, "Chosen", default_behavior=cloudfront.BehaviorOptions(origin=chosen))
      cloudfront.Distribution(
          self,
          "Bucket",
          default_behavior=cloudfront.BehaviorOptions(origin=origins.S3BucketOrigin.with_origin_access_control(bucket)),
      )
      """
    ),
    Example(
      """
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
      import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';

      new cloudfront.Distribution(this, 'Cdn', {
        defaultBehavior: { origin: new origins.LoadBalancerV2Origin(alb) },
      });
      new cloudfront.Distribution(this, 'Given', { defaultBehavior: { origin: props.origin } });
      """
    ),
  ]
}
