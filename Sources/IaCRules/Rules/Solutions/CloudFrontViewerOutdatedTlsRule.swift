import IaCModel
import IaCSyntax

/// IAC783: a CloudFront distribution lets viewers connect with SSLv3 or TLSv1.
public struct CloudFrontViewerOutdatedTlsRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC783",
    summary: "A CloudFront distribution lets viewers connect with SSLv3 or TLSv1",
    url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html",
    resourceTypes: CloudFrontDistributions.types,
    documentation: SolutionsDocumentation.page(
      code: "IAC783",
      whatItDoes: """
        Finds CloudFront distributions whose viewer connections accept outdated protocols:
        - a `cloudfront.Distribution` without `certificate`, which serves the default `*.cloudfront.net`
          certificate, whose security policy is TLSv1 whatever `minimum_protocol_version` says;
        - a `cloudfront.Distribution` with a certificate and `minimum_protocol_version` `SSL_V3`, `TLS_V1` or
          `TLS_V1_2016`, or `ssl_support_method=SSLMethod.VIP`;
        - a `CloudFrontWebDistribution` without `viewer_certificate`, or with
          `ViewerCertificate.from_cloud_front_default_certificate(...)`;
        - a `CloudFrontWebDistribution` whose `ViewerCertificate.from_acm_certificate(...)` or
          `from_iam_certificate(...)` has no `security_policy` (CDK then writes no minimum protocol, and CloudFront
          applies TLSv1), an outdated one, or `ssl_method=SSLMethod.VIP`.

        A `cloudfront.Distribution` with a certificate and no `minimum_protocol_version` passes: CDK writes
        `TLSv1.2_2021` (`TLSv1.2_2019` without the feature flag). Values iaclsp cannot evaluate give no finding, nor
        do props hidden behind `**kwargs` or a spread, nor a `CloudFrontWebDistribution` with the deprecated
        `alias_configuration`.
        """,
      why: """
        SSLv3 and TLSv1 have known attacks (POODLE, BEAST) that let an attacker on the network read or tamper with
        traffic. A security policy of TLSv1.2 keeps old, broken clients and protocols out.
        """,
      example: """
        cloudfront.Distribution(self, "Cdn", default_behavior=behavior)
        """,
      useInstead: """
        cloudfront.Distribution(
            self,
            "Cdn",
            default_behavior=behavior,
            certificate=certificate,
            domain_names=["cdn.example.org"],
            minimum_protocol_version=cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
        )
        """,
      references: [
        (
          title: "Supported protocols and ciphers between viewers and CloudFront",
          url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  /// The `SecurityPolicyProtocol` members that allow SSLv3 or TLSv1.
  static let outdated: Set<String> = ["SSL_V3", "TLS_V1", "TLS_V1_2016"]

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: [CloudFrontDistributions.distribution],
      prop: "certificate",
      verdict: OpenSearchDomains.isWritten,
      unsetFails: true,
      unsetMessage: "Viewers may connect with TLSv1: without `certificate`, the default CloudFront certificate is used",
      valueMessage: "Viewers may connect with TLSv1: without a certificate, the default CloudFront certificate is used"
    ),
    SolutionsPropCheck(
      types: [CloudFrontDistributions.distribution],
      prop: "minimumProtocolVersion",
      verdict: SolutionsPropCheck.mustNotBe("SecurityPolicyProtocol", outdated),
      unsetFails: false,
      applies: { resource, _ in hasCertificate(resource) },
      unsetMessage: "",
      valueMessage: "Viewers may connect with an outdated protocol: `minimum_protocol_version` allows SSLv3 or TLSv1"
    ),
    SolutionsPropCheck(
      types: [CloudFrontDistributions.distribution],
      prop: "sslSupportMethod",
      verdict: SolutionsPropCheck.mustNotBe("SSLMethod", ["VIP"]),
      unsetFails: false,
      applies: { resource, _ in hasCertificate(resource) },
      unsetMessage: "",
      valueMessage: "Viewers may connect with TLSv1: a dedicated-IP (`VIP`) certificate always allows it"
    ),
    SolutionsPropCheck(
      types: [CloudFrontDistributions.webDistribution],
      prop: "viewerCertificate",
      verdict: { value in webCertificate(value).map { $0 != .defaultCertificate } },
      unsetFails: true,
      applies: { resource, _ in !resource.isSet("aliasConfiguration") },
      unsetMessage: """
        Viewers may connect with TLSv1: without `viewer_certificate`, the default CloudFront certificate is used
        """,
      valueMessage: "Viewers may connect with TLSv1: the default CloudFront certificate allows it"
    ),
    SolutionsPropCheck(
      types: [CloudFrontDistributions.webDistribution],
      prop: "viewerCertificate",
      verdict: { value in webCertificate(value).map { $0 != .outdatedPolicy } },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: """
        Viewers may connect with an outdated protocol: the certificate's `security_policy` is unset or allows SSLv3 \
        or TLSv1, or its `ssl_method` is `VIP`
        """
    ),
  ]

  /// Whether a `cloudfront.Distribution` is given a certificate (not `None`).
  static func hasCertificate(_ resource: Resource) -> Bool {
    guard let certificate = resource.prop("certificate") else { return false }
    if case .null = certificate.value.kind { return false }
    return true
  }

  enum WebCertificate { case defaultCertificate, outdatedPolicy, current }

  /// What a `ViewerCertificate.from_...(...)` value gives viewers; nil when iaclsp cannot tell.
  static func webCertificate(_ value: Value) -> WebCertificate? {
    guard let (method, arguments) = value.factory(of: "ViewerCertificate") else { return nil }
    switch method {
    case "fromCloudFrontDefaultCertificate":
      return .defaultCertificate
    case "fromAcmCertificate", "fromIamCertificate":
      // The options: keyword arguments (Python) or an object after the certificate (TypeScript).
      var options: [Value.Entry] = arguments.filter { $0.name != nil }
      for argument in arguments.dropFirst() where argument.name == nil {
        guard case .object(_, let entries) = argument.value.kind else { return nil }
        options += entries
      }
      func option(_ name: String) -> Value? {
        options.first { $0.name.map(PropName.fold) == PropName.fold(name) }?.value
      }
      if let method = option("sslMethod") {
        guard let member = method.enumMember(of: "SSLMethod") else { return nil }
        if member == "VIP" { return .outdatedPolicy }
      }
      guard let policy = option("securityPolicy") else { return .outdatedPolicy }
      guard let member = policy.enumMember(of: "SecurityPolicyProtocol") else { return nil }
      return outdated.contains(member) ? .outdatedPolicy : .current
    default:
      return nil
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront

      ↓cloudfront.Distribution(self, "Cdn", default_behavior=behavior)
      old = cloudfront.SecurityPolicyProtocol.TLS_V1_2016
      cloudfront.Distribution(
          self, "Custom", default_behavior=behavior, certificate=cert, ↓minimum_protocol_version=old
      )
      cloudfront.CloudFrontWebDistribution(
          self,
          "Legacy",
          origin_configs=configs,
          ↓viewer_certificate=cloudfront.ViewerCertificate.from_acm_certificate(cert, aliases=["cdn.example.org"]),
      )
      """
    ),
    Example(
      """
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

      new cloudfront.Distribution(this, 'Vip', {
        defaultBehavior: { origin },
        certificate: cert,
        ↓sslSupportMethod: cloudfront.SSLMethod.VIP,
      });
      ↓new cloudfront.CloudFrontWebDistribution(this, 'Legacy', { originConfigs: configs });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cloudfront as cloudfront

      # cloudfront.Distribution without a certificate allows TLSv1
      cloudfront.Distribution(self, "Cdn", default_behavior=behavior, certificate=cert, domain_names=["cdn.example.org"])
      cloudfront.Distribution(
          self,
          "Pinned",
          default_behavior=behavior,
          certificate=cert,
          minimum_protocol_version=cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
      )
      cloudfront.Distribution(self, "Chosen", default_behavior=behavior, certificate=cert, minimum_protocol_version=policy)
      cloudfront.CloudFrontWebDistribution(
          self,
          "Legacy",
          origin_configs=configs,
          viewer_certificate=cloudfront.ViewerCertificate.from_acm_certificate(
              cert, security_policy=cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021
          ),
      )
      cloudfront.Distribution(self, "Hidden", **distribution_props)
      """
    ),
    Example(
      """
      import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';

      new cloudfront.CloudFrontWebDistribution(this, 'Legacy', {
        originConfigs: configs,
        viewerCertificate: cloudfront.ViewerCertificate.fromAcmCertificate(cert, {
          securityPolicy: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2019,
        }),
      });
      new cloudfront.CloudFrontWebDistribution(this, 'Given', { originConfigs: configs, viewerCertificate: props.cert });
      """
    ),
  ]
}
