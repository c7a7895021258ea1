import IaCModel
import IaCSyntax

/// IAC712: a security group's description is too short to say anything (fewer than two characters).
public struct SecurityGroupWithoutDescriptionRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC712",
    summary: "A security group has no meaningful description",
    url: "https://docs.aws.amazon.com/vpc/latest/userguide/creating-security-groups.html",
    resourceTypes: ["aws-cdk-lib.aws_ec2.SecurityGroup", "aws-cdk-lib.aws_ec2.CfnSecurityGroup"],
    documentation: SolutionsDocumentation.page(
      code: "IAC712",
      whatItDoes: """
        Finds security groups whose description has fewer than two characters: `ec2.SecurityGroup(description="x")`
        and `ec2.CfnSecurityGroup(group_description="")`. `ec2.SecurityGroup` without a description, or with an empty
        one, gets its construct path as the description from CDK and passes. A description held in a variable is
        followed; one iaclsp cannot evaluate is not reported.
        """,
      why: """
        The description is the only text an operator sees next to a group's id in the console and in findings.
        A placeholder such as `"x"` hides what the group protects and invites mistakes when rules are changed.
        The description cannot be changed later without replacing the group.
        """,
      example: """
        ec2.SecurityGroup(self, "Db", vpc=vpc, description="-")
        """,
      useInstead: """
        ec2.SecurityGroup(self, "Db", vpc=vpc, description="PostgreSQL for the orders service")
        """,
      references: [
        (
          title: "Create a security group (Amazon VPC User Guide)",
          url: "https://docs.aws.amazon.com/vpc/latest/userguide/creating-security-groups.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_ec2.SecurityGroup"],
      prop: "description",
      // An empty description falls back to the construct path.
      verdict: { value in value.string.map { $0.isEmpty || $0.count >= 2 } },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The security group's description is shorter than two characters"
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_ec2.CfnSecurityGroup"],
      prop: "groupDescription",
      verdict: { value in value.string.map { $0.count >= 2 } },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The security group's description is shorter than two characters"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ec2 as ec2

      ec2.SecurityGroup(self, "Terse", vpc=vpc, ↓description="x")
      terse = "-"
      ec2.CfnSecurityGroup(self, "Raw", vpc_id=vpc.vpc_id, ↓group_description=terse)
      """
    ),
    Example(
      """
      import * as ec2 from 'aws-cdk-lib/aws-ec2';

      new ec2.CfnSecurityGroup(this, 'Raw', { vpcId, ↓groupDescription: '' });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ec2 as ec2

      ec2.SecurityGroup(self, "Default", vpc=vpc)
      ec2.SecurityGroup(self, "Empty", vpc=vpc, description="")
      ec2.SecurityGroup(self, "Web", vpc=vpc, description="web tier")
      ec2.SecurityGroup(self, "Named", vpc=vpc, description=f"{name}")
      ec2.CfnSecurityGroup(self, "Raw", vpc_id=vpc.vpc_id, group_description="raw group")
      """
    ),
  ]
}
