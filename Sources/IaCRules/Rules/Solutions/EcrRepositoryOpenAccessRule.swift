import IaCModel
import IaCSyntax

/// IAC821: an ECR repository or registry policy allows a principal written with `*`.
public struct EcrRepositoryOpenAccessRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC821",
    summary: "An ECR repository policy allows every principal",
    url: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html",
    resourceTypes: [repository, l1Repository, registryPolicy],
    documentation: SolutionsDocumentation.page(
      code: "IAC821",
      whatItDoes: """
        Finds ECR repository and registry policies with an Allow statement whose principal contains `*`: a
        statement added with `repository.add_to_resource_policy(...)`, a grant to such a principal
        (`repository.grant_pull(iam.AnyPrincipal())`), and the `repository_policy_text` of an `ecr.CfnRepository` or
        the `policy_text` of an `ecr.CfnRegistryPolicy` written as a policy document or JSON. `iam.AnyPrincipal()`,
        `iam.StarPrincipal()`, `iam.OrganizationPrincipal(...)` (which is `*` with a condition) and ARNs with a `*`
        are all reported, as cdk-nag does: it judges the principal alone, not the statement's conditions.

        Only literal principals are judged: a principal iaclsp cannot evaluate, a statement built elsewhere, and
        principals added later (`statement.add_any_principal()`) are not reported.
        """,
      why: """
        A repository policy that allows `*` lets any AWS account, or any account that meets a condition, pull the
        images (or, with write actions, replace them). Images often carry code, configuration and credentials baked
        in by mistake.
        """,
      example: """
        repository.add_to_resource_policy(
            iam.PolicyStatement(principals=[iam.AnyPrincipal()], actions=["ecr:BatchGetImage"])
        )
        """,
      useInstead: """
        repository.add_to_resource_policy(
            iam.PolicyStatement(principals=[iam.AccountPrincipal("123456789012")], actions=["ecr:BatchGetImage"])
        )
        """,
      references: [
        (
          title: "Private repository policies in Amazon ECR",
          url: "https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let repository = "aws-cdk-lib.aws_ecr.Repository"
  static let l1Repository = "aws-cdk-lib.aws_ecr.CfnRepository"
  static let registryPolicy = "aws-cdk-lib.aws_ecr.CfnRegistryPolicy"
  static let grants: Set<String> = ["grant", "grantpull", "grantpullpush", "grantpush", "grantread"]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let principals = PolicyPrincipals(model: model)
    var ranges: [TextRange] = []
    switch resource.type.fqn {
    case Self.repository:
      let methods = Self.grants.union(["addtoresourcepolicy"])
      for (method, value) in principals.firstArguments(of: resource, methods: methods) {
        if method == "addtoresourcepolicy" {
          if let statement = principals.statement(value), Self.isOpen(statement.star) { ranges.append(statement.range) }
        } else if Self.isOpen(principals.star(value)) {
          ranges.append(value.range)
        }
      }
    case Self.l1Repository, Self.registryPolicy:
      let name = resource.type.fqn == Self.l1Repository ? "repositoryPolicyText" : "policyText"
      guard let prop = resource.prop(name), let statements = principals.documentStatements(prop.value) else { return }
      ranges += statements.filter { Self.isOpen($0.star) }.map(\.range)
    default:
      return
    }
    let message = "The policy allows every principal: an Allow statement's principal contains `*`"
    for range in ranges {
      diagnostics.append(Self.description.diagnostic(path: model.file.path, range: range, message: message))
    }
  }

  static func isOpen(_ star: PolicyPrincipals.Star?) -> Bool {
    star == .everyone || star == .wildcard
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ecr as ecr
      from aws_cdk import aws_iam as iam

      repository = ecr.Repository(self, "Images")
      repository.add_to_resource_policy(
          iam.PolicyStatement(principals=[↓iam.AnyPrincipal()], actions=["ecr:BatchGetImage"])
      )
      org = iam.OrganizationPrincipal("o-abc123")
      repository.grant_pull(↓org)
      ecr.CfnRepository(
          self,
          "Raw",
          repository_policy_text={
              "Version": "2012-10-17",
              "Statement": [{"Effect": "Allow", ↓"Principal": {"AWS": "*"}, "Action": "ecr:BatchGetImage"}],
          },
      )
      """
    ),
    Example(
      """
      import * as ecr from 'aws-cdk-lib/aws-ecr';
      import * as iam from 'aws-cdk-lib/aws-iam';

      const repository = new ecr.Repository(this, 'Images');
      const statement = new iam.PolicyStatement({
        principals: [↓new iam.ArnPrincipal('*')],
        actions: ['ecr:BatchGetImage'],
      });
      repository.addToResourcePolicy(statement);
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ecr as ecr
      from aws_cdk import aws_iam as iam

      repository = ecr.Repository(self, "Images")
      # iam.AnyPrincipal() would open the repository
      repository.add_to_resource_policy(
          iam.PolicyStatement(principals=[iam.AccountPrincipal("123456789012")], actions=["ecr:BatchGetImage"])
      )
      repository.add_to_resource_policy(
          iam.PolicyStatement(effect=iam.Effect.DENY, principals=[iam.AnyPrincipal()], actions=["ecr:DeleteRepository"])
      )
      repository.add_to_resource_policy(iam.PolicyStatement(principals=[consumer], actions=["ecr:BatchGetImage"]))
      repository.add_to_resource_policy(build_statement("*"))
      repository.grant_pull(role)
      ecr.CfnRepository(
          self,
          "Raw",
          repository_policy_text={
              "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "ecr:*"}]
          },
      )
      """
    ),
    Example(
      """
      import * as ecr from 'aws-cdk-lib/aws-ecr';
      import * as iam from 'aws-cdk-lib/aws-iam';

      const repository = new ecr.Repository(this, 'Images', { repositoryName: 'open-*' });
      repository.addToResourcePolicy(new iam.PolicyStatement({
        principals: [new iam.ServicePrincipal('lambda.amazonaws.com')],
        actions: ['ecr:BatchGetImage'],
      }));
      """
    ),
  ]
}
