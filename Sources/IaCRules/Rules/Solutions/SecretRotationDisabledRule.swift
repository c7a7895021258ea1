import IaCModel
import IaCSyntax

/// IAC773: a Secrets Manager secret is never rotated.
public struct SecretRotationDisabledRule: Rule {
  public init() {}

  static let secretTypes: Set<String> = [
    "aws-cdk-lib.aws_secretsmanager.Secret",
    "aws-cdk-lib.aws_secretsmanager.CfnSecret",
  ]
  /// Resources whose reference to a secret rotates it, or may: rotation schedules, target attachments, and the
  /// databases whose `add_rotation_single_user()` rotates the secret they were given.
  static let rotatingModules = ["aws-cdk-lib.aws_rds.", "aws-cdk-lib.aws_docdb.", "aws-cdk-lib.aws_redshift"]
  static let rotatingTypes: Set<String> = [
    "aws-cdk-lib.aws_secretsmanager.RotationSchedule",
    "aws-cdk-lib.aws_secretsmanager.CfnRotationSchedule",
    "aws-cdk-lib.aws_secretsmanager.SecretTargetAttachment",
    "aws-cdk-lib.aws_secretsmanager.CfnSecretTargetAttachment",
  ]
  static let rotatingMethods: Set<String> = [
    "addRotationSchedule",
    "addRotationSingleUser",
    "addRotationMultiUser",
    "attach",
  ]

  /// Whether a resource of this type that refers to a secret rotates it, or may.
  @Sendable static func rotates(_ fqn: String) -> Bool {
    rotatingTypes.contains(fqn) || rotatingModules.contains { fqn.hasPrefix($0) }
  }

  public static let description = RuleDescription.solutions(
    code: "IAC773",
    summary: "A Secrets Manager secret is never rotated",
    url: "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html",
    resourceTypes: Array(secretTypes) + Array(rotatingTypes),
    documentation: SolutionsDocumentation.page(
      code: "IAC773",
      whatItDoes: """
        Finds `secretsmanager.Secret` and `secretsmanager.CfnSecret` constructs that nothing rotates. A secret
        passes when `secret.add_rotation_schedule(...)` is called on it, when a `RotationSchedule` (or
        `CfnRotationSchedule`) of the file refers to it, or when it is attached to a target (`secret.attach(...)`,
        a `SecretTargetAttachment`, a database given it through `rds.Credentials.from_secret(secret)`), whose rotation
        iaclsp leaves to the target.

        A secret handed to a custom construct or a helper function defined in the same file is judged by what that
        code does: it passes when the code may rotate it (a rotation schedule, a database, `add_rotation_*`) or calls
        code iaclsp cannot read. A secret handed to code defined elsewhere may be rotated there, and is not
        reported; nor is a secret whose props come from `**kwargs`. Secrets that CDK makes for a database are not in the source and
        are not judged.
        """,
      why: """
        A secret that never changes stays valid for as long as it exists: a copy leaked into a log, a laptop or a
        former employee's notes keeps working. Rotation limits how long a leaked credential is useful.
        """,
      example: """
        secretsmanager.Secret(self, "ApiKey")
        """,
      useInstead: """
        secret = secretsmanager.Secret(self, "ApiKey")
        secret.add_rotation_schedule("Rotation", rotation_lambda=rotator, automatically_after=Duration.days(30))
        """,
      references: [
        (
          title: "Rotate AWS Secrets Manager secrets",
          url: "https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  public func check(
    _ resource: Resource,
    in model: FileModel,
    context: RuleContext,
    into diagnostics: inout [Diagnostic]
  ) {
    guard !resource.isCDKv1, Self.secretTypes.contains(resource.type.fqn), !resource.hasHiddenProps else { return }
    if !resource.methodCalls("addRotationSchedule").isEmpty || !resource.methodCalls("attach").isEmpty { return }
    // A reference to the secret or to one of its attributes (`secret.secret_arn`, `raw.ref`).
    let rotated = model.resources.contains { other in
      Self.rotates(other.type.fqn) && other.props.contains { SolutionsSecondConstruct.refers($0.value, to: resource) }
    }
    if rotated || SolutionsSecondConstruct.mayBeCompletedElsewhere(
      resource, in: model, creates: Self.rotates, calls: Self.rotatingMethods
    ) { return }
    let message = "Nothing rotates the secret: call `\(model.spelling(of: "add_rotation_schedule", for: resource))`"
    let finding = Self.description.diagnostic(path: model.file.path, range: resource.calleeRange, message: message)
    diagnostics.append(finding)
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_secretsmanager as secretsmanager

      api_key = ↓secretsmanager.Secret(self, "ApiKey")
      api_key.grant_read(function)
      ↓secretsmanager.CfnSecret(self, "Raw", generate_secret_string=template)
      """
    ),
    Example(
      """
      import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

      const apiKey = ↓new secretsmanager.Secret(this, 'ApiKey');
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import Duration, aws_rds as rds, aws_secretsmanager as secretsmanager

      rotated = secretsmanager.Secret(self, "Rotated")
      rotated.add_rotation_schedule("Rotation", hosted_rotation=secretsmanager.HostedRotation.mysql_single_user())
      separate = secretsmanager.Secret(self, "Separate")
      secretsmanager.RotationSchedule(self, "SeparateRotation", secret=separate, rotation_lambda=fn,
          automatically_after=Duration.days(7))
      credentials = secretsmanager.Secret(self, "DbCredentials")
      db = rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, credentials=rds.Credentials.from_secret(credentials))
      db.add_rotation_single_user()
      attached = secretsmanager.Secret(self, "Attached")
      secretsmanager.CfnSecretTargetAttachment(self, "Attachment", secret_id=attached.secret_arn, target_id=cluster.ref,
          target_type="AWS::RDS::DBCluster")
      handed = secretsmanager.Secret(self, "Handed")
      RotatedSecret(self, "Rotator", secret=handed)
      secretsmanager.Secret(self, "Props", **secret_props)
      """
    ),
    Example(
      """
      import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

      const secret = new secretsmanager.Secret(this, 'Secret');
      secret.addRotationSchedule('Rotation', { rotationLambda: fn });
      """
    ),
  ]
}
