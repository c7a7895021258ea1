import IaCModel
import IaCSyntax

/// IAC733: an EC2-Classic DB security group admits a CIDR of prefix length 0.
public struct RdsDbSecurityGroupWorldOpenRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC733",
    summary: "A DB security group admits the whole internet",
    url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbsecuritygroup.html",
    resourceTypes: [group, ingress],
    documentation: SolutionsDocumentation.page(
      code: "IAC733",
      whatItDoes: """
        Finds the legacy DB security groups (`rds.CfnDBSecurityGroup`, `rds.CfnDBSecurityGroupIngress`) whose
        ingress `cidrip` is a CIDR of prefix length 0 (`0.0.0.0/0`, `::/0`) written in the source. The finding
        sits on the CIDR; one held in a variable is followed, one computed at deploy time is not judged.
        """,
      why: """
        A DB security group open to every address lets anyone on the internet try to connect to the database; only
        the networks of the applications that use it should be admitted.
        """,
      example: """
        rds.CfnDBSecurityGroupIngress(self, "Office", db_security_group_name=group.ref, cidrip="0.0.0.0/0")
        """,
      useInstead: """
        rds.CfnDBSecurityGroupIngress(self, "Office", db_security_group_name=group.ref, cidrip="203.0.113.0/24")
        """,
      references: [
        (
          title: "AWS::RDS::DBSecurityGroup (CloudFormation)",
          url: "https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbsecuritygroup.html"
        ),
        (
          title: "Controlling access with security groups (Amazon RDS)",
          url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.RDSSecurityGroups.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let group = "aws-cdk-lib.aws_rds.CfnDBSecurityGroup"
  static let ingress = "aws-cdk-lib.aws_rds.CfnDBSecurityGroupIngress"

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    var cidrs: [Value] = []
    switch resource.type.fqn {
    case Self.group:
      for rule in resource.prop("dbSecurityGroupIngress")?.value.elements ?? [] {
        if let cidr = rule.entry("cidrip")?.value { cidrs.append(cidr) }
      }
    case Self.ingress:
      if let cidr = resource.prop("cidrip")?.value { cidrs.append(cidr) }
    default:
      return
    }
    for cidr in cidrs {
      guard let text = cidr.string, text.hasSuffix("/0") else { continue }
      let message = "The DB security group admits every address on the internet (`\(text)`)"
      diagnostics.append(Self.description.diagnostic(path: model.file.path, range: cidr.range, message: message))
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_rds as rds

      rds.CfnDBSecurityGroup(
          self,
          "Legacy",
          group_description="legacy",
          db_security_group_ingress=[rds.CfnDBSecurityGroup.IngressProperty(cidrip=↓"0.0.0.0/0")],
      )
      anywhere = "::/0"
      rds.CfnDBSecurityGroupIngress(self, "V6", db_security_group_name="legacy", cidrip=↓anywhere)
      """
    ),
    Example(
      """
      import * as rds from 'aws-cdk-lib/aws-rds';

      new rds.CfnDBSecurityGroup(this, 'Legacy', { groupDescription: 'legacy', dbSecurityGroupIngress: [{ cidrip: ↓'0.0.0.0/0' }] });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_rds as rds

      # cidrip="0.0.0.0/0" would admit everyone.
      rds.CfnDBSecurityGroup(
          self,
          "Legacy",
          group_description="open to 0.0.0.0/0 in the past",
          db_security_group_ingress=[rds.CfnDBSecurityGroup.IngressProperty(cidrip="10.0.0.0/8")],
      )
      rds.CfnDBSecurityGroupIngress(self, "Param", db_security_group_name="legacy", cidrip=office_cidr.value_as_string)
      rds.CfnDBSecurityGroupIngress(self, "Group", db_security_group_name="legacy", ec2_security_group_id=web.security_group_id)
      """
    ),
  ]
}
