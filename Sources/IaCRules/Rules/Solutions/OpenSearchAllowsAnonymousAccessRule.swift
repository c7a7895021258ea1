import IaCModel
import IaCSyntax

/// IAC794: an OpenSearch domain's access policy allows any principal.
public struct OpenSearchAllowsAnonymousAccessRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC794",
    summary: "An OpenSearch domain allows anonymous access",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html",
    resourceTypes: OpenSearchDomains.types,
    documentation: SolutionsDocumentation.page(
      code: "IAC794",
      whatItDoes: """
        Finds OpenSearch domains (`opensearchservice.Domain`, and the older `elasticsearch.Domain`) that may accept
        unsigned or anonymous requests: a domain with no access policy at all (no `access_policies`, no
        `add_access_policies(...)`), one with an Allow statement for `iam.AnyPrincipal()` or `iam.StarPrincipal()`,
        and one with `use_unsigned_basic_auth=True`, for which CDK adds an Allow for any principal. Statements iaclsp
        cannot read (built elsewhere, changed later with `add_any_principal`), a domain passed to other code, and
        props hidden behind `**kwargs` or a spread give no finding. cdk-nag also reports any principal whose text
        holds a `*` (`iam.ArnPrincipal("*")`); iaclsp reports the two principal classes that mean anyone.
        """,
      why: """
        A policy that allows `*` lets anyone who can reach the endpoint read and write the indices without signing
        requests. Domains outside a VPC are reachable from the whole internet.
        """,
      example: """
        domain.add_access_policies(
            iam.PolicyStatement(principals=[iam.AnyPrincipal()], actions=["es:ESHttp*"], resources=["*"])
        )
        """,
      useInstead: """
        domain.add_access_policies(
            iam.PolicyStatement(principals=[search_role], actions=["es:ESHttp*"], resources=["*"])
        )
        """,
      references: [
        (
          title: "Identity and Access Management in Amazon OpenSearch Service",
          url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  /// The principal classes that stand for anyone.
  static let anyone: Set<String> = ["AnyPrincipal", "StarPrincipal"]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1, OpenSearchDomains.types.contains(resource.type.fqn),
      let statements = OpenSearchAccessPolicies.statements(of: resource, in: model) else { return }
    let path = model.file.path
    if statements.isEmpty {
      let message = "The domain has no access policy, so it may accept unsigned requests"
      diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
      return
    }
    for statement in statements {
      if statement.isUnsignedBasicAuth {
        let message = "`use_unsigned_basic_auth` adds an access policy that allows any principal"
        diagnostics.append(Self.description.diagnostic(path: path, range: statement.range, message: message))
        return
      }
      guard let value = statement.value, OpenSearchAccessPolicies.allows(value) == true,
        let principal = Self.anonymousPrincipal(value) else { continue }
      let message = "The statement allows any principal (`\(principal)`)"
      diagnostics.append(Self.description.diagnostic(path: path, range: statement.range, message: message))
      return
    }
  }

  /// The class name of a principal of the statement that stands for anyone.
  static func anonymousPrincipal(_ statement: Value) -> String? {
    guard let principals = statement.entry("principals")?.value.elements else { return nil }
    for principal in principals {
      guard case .object(let type, _) = principal.kind, let type else { continue }
      let name = type.split(separator: ".").last.map(String.init) ?? type
      if anyone.contains(name) { return name }
    }
    return nil
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_iam as iam
      from aws_cdk import aws_opensearchservice as opensearch

      ↓opensearch.Domain(self, "Search", version=version)
      anyone = iam.PolicyStatement(principals=[iam.AnyPrincipal()], actions=["es:ESHttpGet"], resources=["*"])
      opensearch.Domain(self, "Open", version=version, access_policies=[↓anyone])
      """
    ),
    Example(
      """
      import * as iam from 'aws-cdk-lib/aws-iam';
      import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';

      const domain = new opensearch.Domain(this, 'Search', { version });
      domain.addAccessPolicies(
        ↓new iam.PolicyStatement({ principals: [new iam.StarPrincipal()], actions: ['es:*'], resources: ['*'] }),
      );
      new opensearch.Domain(this, 'Basic', { version, ↓useUnsignedBasicAuth: true });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_iam as iam
      from aws_cdk import aws_opensearchservice as opensearch

      # iam.AnyPrincipal() would allow anonymous access
      account = iam.PolicyStatement(principals=[iam.AccountRootPrincipal()], actions=["es:ESHttp*"], resources=["*"])
      opensearch.Domain(self, "Search", version=version, access_policies=[account])
      deny = iam.PolicyStatement(effect=iam.Effect.DENY, principals=[iam.AnyPrincipal()], actions=["es:*"])
      opensearch.Domain(self, "Closed", version=version, access_policies=[deny, account])
      opensearch.Domain(self, "Given", version=version, access_policies=props.policies)
      opensearch.Domain(self, "Hidden", **domain_props)
      """
    ),
    Example(
      """
      import * as iam from 'aws-cdk-lib/aws-iam';
      import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';

      new opensearch.Domain(this, 'Search', {
        version,
        accessPolicies: [new iam.PolicyStatement({ principals: [role], actions: ['es:ESHttpGet'], resources: ['*'] })],
      });
      new opensearch.Domain(this, 'Spread', { ...domainProps });
      """
    ),
  ]
}
