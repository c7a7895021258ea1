import IaCModel
import IaCSyntax

/// IAC792: an OpenSearch domain's access policy does not limit callers to IP addresses.
public struct OpenSearchAccessNotIpRestrictedRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC792",
    summary: "An OpenSearch domain's access policy does not restrict source IP addresses",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html#ac-types-ip",
    resourceTypes: OpenSearchDomains.types,
    documentation: SolutionsDocumentation.page(
      code: "IAC792",
      whatItDoes: """
        Finds OpenSearch domains (`opensearchservice.Domain`, and the older `elasticsearch.Domain`) whose access
        policy does not limit callers to known addresses: a domain with no access policy at all (no
        `access_policies`, no `add_access_policies(...)`), or one with an Allow statement without an `IpAddress`
        condition on `aws:SourceIp`. `use_unsigned_basic_auth=True` counts as such a statement: CDK adds an open
        Allow for it. Statements iaclsp cannot read (built elsewhere, changed later with `add_condition`), a domain
        passed to other code, and props hidden behind `**kwargs` or a spread give no finding.

        cdk-nag looks the condition key up as `aws:sourceIp` exactly; IAM condition keys are case-insensitive, so
        iaclsp accepts any casing, and the usual `aws:SourceIp` passes here where cdk-nag reports it.
        """,
      why: """
        A domain outside a VPC answers anyone on the internet whom its policy allows. An IP condition keeps requests
        from unknown networks out even when credentials leak or a principal is too broad.
        """,
      example: """
        opensearch.Domain(self, "Search", version=version)
        """,
      useInstead: """
        opensearch.Domain(
            self,
            "Search",
            version=version,
            access_policies=[
                iam.PolicyStatement(
                    principals=[iam.AccountRootPrincipal()],
                    actions=["es:ESHttp*"],
                    resources=["*"],
                    conditions={"IpAddress": {"aws:SourceIp": ["10.0.0.0/16"]}},
                )
            ],
        )
        """,
      references: [
        (
          title: "IP-based policies",
          url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html#ac-types-ip"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1, OpenSearchDomains.types.contains(resource.type.fqn),
      let statements = OpenSearchAccessPolicies.statements(of: resource, in: model) else { return }
    let path = model.file.path
    if statements.isEmpty {
      let message = "The domain has no access policy, so nothing limits callers to known IP addresses"
      diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
      return
    }
    for statement in statements {
      if statement.isUnsignedBasicAuth {
        let message = "`use_unsigned_basic_auth` adds an access policy that allows any caller from any address"
        diagnostics.append(Self.description.diagnostic(path: path, range: statement.range, message: message))
        return
      }
      guard let value = statement.value, OpenSearchAccessPolicies.allows(value) == true,
        Self.restrictsSourceIp(value) == false else { continue }
      let message = "The statement allows access without an `IpAddress` condition on `aws:SourceIp`"
      diagnostics.append(Self.description.diagnostic(path: path, range: statement.range, message: message))
      return
    }
  }

  /// Whether a statement's conditions hold a non-empty `IpAddress` → `aws:SourceIp`; nil when iaclsp cannot tell.
  static func restrictsSourceIp(_ statement: Value) -> Bool? {
    guard let conditions = statement.entry("conditions")?.value else { return false }
    guard case .object(_, let operators) = conditions.kind else { return nil }
    var unknown = false
    for entry in operators {
      guard let name = entry.label?.name ?? entry.name else {
        unknown = true
        continue
      }
      guard PropName.fold(name) == PropName.fold("IpAddress") else { continue }
      guard case .object(_, let keys) = entry.value.kind else { return nil }
      for key in keys {
        guard let keyName = key.label?.name ?? key.name else {
          unknown = true
          continue
        }
        guard PropName.fold(keyName) == PropName.fold("aws:SourceIp") else { continue }
        if let addresses = key.value.elements { return addresses.isEmpty ? false : true }
        if key.value.string != nil { return true }
        return nil
      }
    }
    return unknown ? nil : false
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_iam as iam
      from aws_cdk import aws_opensearchservice as opensearch

      ↓opensearch.Domain(self, "Search", version=version)
      team = opensearch.Domain(self, "Team", version=version)
      team.add_access_policies(
          ↓iam.PolicyStatement(principals=[iam.AccountRootPrincipal()], actions=["es:ESHttpGet"], resources=["*"])
      )
      """
    ),
    Example(
      """
      import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';

      new opensearch.Domain(this, 'Search', {
        version,
        fineGrainedAccessControl: { masterUserName: 'admin' },
        ↓useUnsignedBasicAuth: true,
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_iam as iam
      from aws_cdk import aws_opensearchservice as opensearch

      office = iam.PolicyStatement(
          principals=[iam.AccountRootPrincipal()],
          actions=["es:ESHttp*"],
          resources=["*"],
          conditions={"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}},
      )
      opensearch.Domain(self, "Search", version=version, access_policies=[office])
      deny = iam.PolicyStatement(effect=iam.Effect.DENY, principals=[iam.AnyPrincipal()], actions=["es:*"])
      opensearch.Domain(self, "Closed", version=version, access_policies=[deny])
      opensearch.Domain(self, "Given", version=version, access_policies=props.policies)
      later = iam.PolicyStatement(actions=["es:ESHttpGet"], resources=["*"])
      later.add_condition("IpAddress", {"aws:SourceIp": cidrs})
      opensearch.Domain(self, "Later", version=version, access_policies=[later])
      shared = opensearch.Domain(self, "Shared", version=version)
      grant_search_access(shared)
      opensearch.Domain(self, "Hidden", **domain_props)
      """
    ),
    Example(
      """
      import * as iam from 'aws-cdk-lib/aws-iam';
      import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';

      // new opensearch.Domain(this, 'Old', { version }) had no access policy
      const domain = new opensearch.Domain(this, 'Search', { version });
      domain.addAccessPolicies(new iam.PolicyStatement({
        actions: ['es:ESHttpGet'],
        resources: ['*'],
        conditions: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } },
      }));
      """
    ),
  ]
}
