import IaCModel
import IaCSyntax

/// IAC815: an IAM role, user or group has an AWS managed policy attached.
public struct IamAwsManagedPolicyRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC815",
    summary: "An IAM role, user or group uses an AWS managed policy",
    url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html",
    resourceTypes: types,
    documentation: SolutionsDocumentation.page(
      code: "IAC815",
      whatItDoes: """
        Finds AWS managed policies attached to the roles, users and groups the source creates: each
        `iam.ManagedPolicy.from_aws_managed_policy_name(...)`, and each policy ARN written as text that names an AWS
        managed policy (`arn:aws:iam::aws:policy/...`, through `from_managed_policy_arn` or a `Cfn*` resource's
        `managed_policy_arns`), in `managed_policies` or in an `add_managed_policy(...)` call. Each policy is one
        finding, on the policy itself. Policies iaclsp cannot evaluate (a variable holding a parameter, a helper
        call) are not reported, nor are the service roles CDK creates for functions and other constructs, which
        cdk-nag reports on the implicit role.
        """,
      why: """
        AWS managed policies are written for every customer, so they grant broad permissions (often every resource
        of a service) and change when AWS updates them. A customer managed or inline policy that names the
        project's own resources keeps the role at least privilege.
        """,
      example: """
        iam.Role(
            self,
            "Reader",
            assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("AmazonS3ReadOnlyAccess")],
        )
        """,
      useInstead: """
        role = iam.Role(self, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
        bucket.grant_read(role)
        """,
      references: [
        (
          title: "Managed policies and inline policies",
          url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html"
        ),
        (
          title: "Security best practices in IAM: least privilege",
          url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let types = [
    "aws-cdk-lib.aws_iam.Role",
    "aws-cdk-lib.aws_iam.User",
    "aws-cdk-lib.aws_iam.Group",
    "aws-cdk-lib.aws_iam.CfnRole",
    "aws-cdk-lib.aws_iam.CfnUser",
    "aws-cdk-lib.aws_iam.CfnGroup",
  ]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1, Self.types.contains(resource.type.fqn) else { return }
    var policies: [Value] = []
    if let prop = resource.prop(anyOf: ["managedPolicies", "managedPolicyArns"]) {
      policies += prop.value.elements ?? []
    }
    let file = model.file
    for call in resource.methodCalls("addManagedPolicy") {
      if let first = file.calls[call.call].positional.first { policies.append(model.value(of: first)) }
    }
    for policy in policies {
      guard let name = Self.awsManagedPolicy(policy) else { continue }
      let named = name.isEmpty ? "an AWS managed policy" : "the AWS managed policy `\(name)`"
      let message = "The \(Self.kind(of: resource)) uses \(named): grant only the permissions it needs"
      diagnostics.append(Self.description.diagnostic(path: file.path, range: policy.range, message: message))
    }
  }

  static func kind(of resource: Resource) -> String {
    let name = resource.type.name.hasPrefix("Cfn") ? String(resource.type.name.dropFirst(3)) : resource.type.name
    return name.lowercased()
  }

  /// The name of the AWS managed policy a value names ("" when the name is not literal), or nil: `from_aws_managed_policy_name("X")`, or an ARN text
  /// (literal, template or `from_managed_policy_arn` argument) containing `:iam::aws:`.
  static func awsManagedPolicy(_ value: Value) -> String? {
    if let (method, arguments) = value.factory(of: "ManagedPolicy") {
      switch method {
      case "fromAwsManagedPolicyName":
        guard let first = arguments.first else { return nil }
        return first.value.string ?? ""
      case "fromManagedPolicyArn":
        return arguments.count >= 3 ? awsManagedArn(arguments[2].value) : nil
      default:
        return nil
      }
    }
    return awsManagedArn(value)
  }

  /// The policy name of an ARN text that names an AWS managed policy (`arn:aws:iam::aws:policy/ReadOnlyAccess`).
  static func awsManagedArn(_ value: Value) -> String? {
    guard let text = value.string ?? value.template?.literalText, let range = text.range(of: ":iam::aws:policy/")
    else { return nil }
    return String(text[range.upperBound...])
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_iam as iam

      admin = iam.ManagedPolicy.from_aws_managed_policy_name("AdministratorAccess")
      role = iam.Role(self, "Deployer", assumed_by=principal, managed_policies=[↓admin])
      role.add_managed_policy(↓iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSLambdaBasicExecutionRole"))
      iam.CfnRole(
          self,
          "Raw",
          assume_role_policy_document=document,
          managed_policy_arns=[↓"arn:aws:iam::aws:policy/ReadOnlyAccess"],
      )
      """
    ),
    Example(
      """
      import * as iam from 'aws-cdk-lib/aws-iam';

      const group = new iam.Group(this, 'Ops', {
        managedPolicies: [↓iam.ManagedPolicy.fromManagedPolicyArn(this, 'Ro', `arn:${partition}:iam::aws:policy/ReadOnlyAccess`)],
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_iam as iam

      custom = iam.ManagedPolicy(self, "Custom", statements=[statement])
      role = iam.Role(self, "Worker", assumed_by=principal, managed_policies=[custom])
      role.add_managed_policy(iam.ManagedPolicy.from_managed_policy_arn(self, "Own", own_policy_arn))
      role.add_managed_policy(iam.ManagedPolicy.from_managed_policy_name(self, "Named", "team-policy"))
      iam.Role(self, "Configured", assumed_by=principal, managed_policies=policies_from_config)
      """
    ),
    Example(
      """
      import * as iam from 'aws-cdk-lib/aws-iam';

      new iam.User(this, 'Ci', {
        managedPolicies: [iam.ManagedPolicy.fromManagedPolicyArn(this, 'Own', 'arn:aws:iam::123456789012:policy/ci')],
      });
      """
    ),
  ]
}
