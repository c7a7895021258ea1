import IaCModel
import IaCSyntax

/// IAC767: a DocumentDB cluster's master credentials are not read from Secrets Manager.
public struct DocdbCredentialsNotInSecretsManagerRule: SolutionsFirstFindingRule {
  public init() {}

  /// What CloudFormation resolves from Secrets Manager at deploy time.
  static let dynamicReference = "{{resolve:secretsmanager"

  public static let description = RuleDescription.solutions(
    code: "IAC767",
    summary: "A DocumentDB cluster's master credentials are not in Secrets Manager",
    url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/docdb-secrets-manager.html",
    resourceTypes: ["aws-cdk-lib.aws_docdb.DatabaseCluster", "aws-cdk-lib.aws_docdb.CfnDBCluster"],
    documentation: SolutionsDocumentation.page(
      code: "IAC767",
      whatItDoes: """
        Finds DocumentDB clusters whose master user name or password is written into the template instead of being
        resolved from Secrets Manager:

        - a `docdb.DatabaseCluster` whose `master_user` gives a `password`: CDK then writes the user name as plain
          text (and the password as given) instead of generating a secret for both;
        - a `docdb.CfnDBCluster` whose `master_username` or `master_user_password` is a string literal without a
          `{{resolve:secretsmanager:...}}` dynamic reference.

        A `DatabaseCluster` without a password passes: CDK generates a secret and references it. Values iaclsp
        cannot evaluate (`secret.secret_value_from_json("password").unsafe_unwrap()`, a parameter) are not
        reported.

        **Difference from cdk-nag.** CDK writes the generated secret's reference as a CloudFormation `Fn::Join`
        around the secret's `Ref`. cdk-nag 3.0.2 reads the user name and password only when they are plain strings,
        fails on the join, and reports a rule that fails as a finding, so it reports every `DatabaseCluster` whose
        credentials CDK keeps in Secrets Manager, and every `CfnDBCluster` whose credentials come from a secret's
        attributes. iaclsp passes those clusters: their credentials are in Secrets Manager.
        """,
      why: """
        Credentials in the template are readable to anyone who can read the template, the stack's history or the
        repository, and cannot be rotated without a deployment.
        """,
      example: """
        docdb.CfnDBCluster(self, "Docs", master_username="admin", master_user_password="hunter22hunter22")
        """,
      useInstead: """
        docdb.DatabaseCluster(self, "Docs", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc)
        """,
      references: [
        (
          title: "Password management with Amazon DocumentDB and AWS Secrets Manager",
          url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/docdb-secrets-manager.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  /// A literal credential passes only when it holds a Secrets Manager dynamic reference.
  static let resolvedFromSecretsManager: SolutionsPropCheck.Verdict = { value in
    if let text = value.string { return text.contains(dynamicReference) }
    if let template = value.template, template.literalText.contains(dynamicReference) { return true }
    return nil
  }

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_docdb.DatabaseCluster"],
      prop: "masterUser",
      verdict: { value in
        guard case .object = value.kind else { return nil }
        guard let password = value.entry("password")?.value else { return true }
        if case .null = password.kind { return true }
        return false
      },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The master user name is written into the template: `master_user` gives a password, so CDK "
        + "generates no secret"
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_docdb.CfnDBCluster"],
      prop: "masterUsername",
      verdict: resolvedFromSecretsManager,
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The master user name is written into the template: `master_username` is not resolved from "
        + "Secrets Manager"
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_docdb.CfnDBCluster"],
      prop: "masterUserPassword",
      verdict: resolvedFromSecretsManager,
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The master password is written into the template: `master_user_password` is not resolved "
        + "from Secrets Manager"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import SecretValue, aws_docdb as docdb

      docdb.DatabaseCluster(self, "Docs", instance_type=size, vpc=vpc,
          ↓master_user=docdb.Login(username="docadmin", password=SecretValue.unsafe_plain_text("hunter22hunter22")))
      docdb.CfnDBCluster(self, "Raw", ↓master_username="admin", master_user_password="hunter22hunter22")
      secret_ref = "{{resolve:secretsmanager:docs:SecretString:password}}"
      docdb.CfnDBCluster(self, "Half", ↓master_username="admin", master_user_password=secret_ref)
      """
    ),
    Example(
      """
      import * as docdb from 'aws-cdk-lib/aws-docdb';

      new docdb.CfnDBCluster(this, 'Raw', {
        masterUsername: '{{resolve:secretsmanager:docs:SecretString:username}}', ↓masterUserPassword: 'hunter22hunter22',
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_docdb as docdb

      # CDK generates a secret; a plain master_user_password would be in the template.
      docdb.DatabaseCluster(self, "Docs", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc)
      login = docdb.Login(username="docadmin", secret_name="docs/admin")
      docdb.DatabaseCluster(self, "Named", master_user=login, instance_type=size, vpc=vpc)
      docdb.CfnDBCluster(self, "Resolved",
          master_username="{{resolve:secretsmanager:docs:SecretString:username}}",
          master_user_password=f"{{{{resolve:secretsmanager:{secret.secret_name}:SecretString:password}}}}")
      docdb.CfnDBCluster(self, "FromSecret",
          master_username=secret.secret_value_from_json("username").unsafe_unwrap(),
          master_user_password=secret.secret_value_from_json("password").unsafe_unwrap())
      docdb.DatabaseCluster(self, "Given", master_user=admin_login, instance_type=size, vpc=vpc)
      docdb.CfnDBCluster(self, "Props", **cluster_props)
      """
    ),
    Example(
      """
      import * as docdb from 'aws-cdk-lib/aws-docdb';

      new docdb.DatabaseCluster(this, 'Docs', { masterUser: { username: 'docadmin' }, instanceType: size, vpc });
      new docdb.CfnDBCluster(this, 'Raw', {
        masterUsername: secret.secretValueFromJson('username').unsafeUnwrap(),
        masterUserPassword: secret.secretValueFromJson('password').unsafeUnwrap(),
      });
      """
    ),
  ]
}
