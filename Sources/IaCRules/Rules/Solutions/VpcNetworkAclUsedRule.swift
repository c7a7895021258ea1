import IaCModel
import IaCSyntax

/// IAC715: a network ACL or network ACL entry is defined, where security groups are preferred.
public struct VpcNetworkAclUsedRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC715",
    summary: "A network ACL is defined; security groups are preferred",
    url: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html",
    resourceTypes: types,
    documentation: SolutionsDocumentation.page(
      code: "IAC715",
      whatItDoes: """
        Finds the network ACLs and ACL entries the source defines: `ec2.NetworkAcl`, `ec2.NetworkAclEntry`,
        `ec2.CfnNetworkAcl`, `ec2.CfnNetworkAclEntry`, and each entry added with `acl.add_entry(...)`. The default
        network ACL of a VPC, which `ec2.Vpc` does not write, is not reported.

        cdk-nag reports an entry added with `add_entry` as a construct below the ACL; iaclsp reports it on the
        `add_entry` call, and a suppression on the ACL silences it.
        """,
      why: """
        Network ACLs are stateless and apply to whole subnets: return traffic needs rules of its own, the rules are
        evaluated by number, and a mistake cuts off every instance of the subnet. Security groups, which are
        stateful and attach to each resource, are easier to get right and to review.
        """,
      example: """
        acl = ec2.NetworkAcl(self, "Private", vpc=vpc)
        acl.add_entry("AllowHttps", rule_number=100, cidr=ec2.AclCidr.any_ipv4(), traffic=ec2.AclTraffic.tcp_port(443))
        """,
      useInstead: """
        web = ec2.SecurityGroup(self, "Web", vpc=vpc)
        web.add_ingress_rule(ec2.Peer.ipv4(vpc.vpc_cidr_block), ec2.Port.tcp(443))
        """,
      references: [
        (
          title: "Control subnet traffic with network access control lists",
          url: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html"
        ),
        (
          title: "Compare security groups and network ACLs",
          url: "https://docs.aws.amazon.com/vpc/latest/userguide/infrastructure-security.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let acls: Set<String> = ["aws-cdk-lib.aws_ec2.NetworkAcl", "aws-cdk-lib.aws_ec2.CfnNetworkAcl"]
  static let entries: Set<String> = ["aws-cdk-lib.aws_ec2.NetworkAclEntry", "aws-cdk-lib.aws_ec2.CfnNetworkAclEntry"]
  static let types = (acls.union(entries)).sorted()

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let path = model.file.path
    let type = resource.type.fqn
    if Self.entries.contains(type) {
      let message = "A network ACL entry is defined: prefer security groups, which are stateful, to network ACLs"
      diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
      return
    }
    guard Self.acls.contains(type) else { return }
    let message = "A network ACL is defined: prefer security groups, which are stateful, to network ACLs"
    diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
    guard type == "aws-cdk-lib.aws_ec2.NetworkAcl" else { return }
    for entry in resource.methodCalls("addEntry") {
      let call = model.file.calls[entry.call]
      let range = call.callee?.parts.last?.range ?? call.range
      let message = "A network ACL entry is added: prefer security groups, which are stateful, to network ACLs"
      diagnostics.append(Self.description.diagnostic(path: path, range: range, message: message))
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ec2 as ec2

      acl = ↓ec2.NetworkAcl(self, "Private", vpc=vpc)
      acl.↓add_entry("AllowHttps", rule_number=100, cidr=ec2.AclCidr.any_ipv4(), traffic=ec2.AclTraffic.tcp_port(443))
      ↓ec2.NetworkAclEntry(self, "Deny", network_acl=acl, rule_number=200, cidr=ec2.AclCidr.any_ipv4(),
          traffic=ec2.AclTraffic.all_traffic(), rule_action=ec2.Action.DENY)
      ↓ec2.CfnNetworkAcl(self, "Raw", vpc_id=vpc.vpc_id)
      """
    ),
    Example(
      """
      import * as ec2 from 'aws-cdk-lib/aws-ec2';

      const acl = ↓new ec2.NetworkAcl(this, 'Private', { vpc });
      acl.↓addEntry('AllowHttps', { ruleNumber: 100, cidr: ec2.AclCidr.anyIpv4(), traffic: ec2.AclTraffic.tcpPort(443) });
      ↓new ec2.CfnNetworkAclEntry(this, 'Raw', { networkAclId: 'acl-1', protocol: -1, ruleAction: 'allow', ruleNumber: 1, cidrBlock: '10.0.0.0/8' });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ec2 as ec2

      # ec2.NetworkAcl(self, "Private", vpc=vpc) is not needed: security groups do the job.
      vpc = ec2.Vpc(self, "Vpc", max_azs=2)
      default_acl = ec2.NetworkAcl.from_network_acl_id(self, "Default", "acl-12345678")
      web = ec2.SecurityGroup(self, "Web", vpc=vpc, description="NetworkAcl replaced by this group")
      """
    ),
    Example(
      """
      import * as ec2 from 'aws-cdk-lib/aws-ec2';

      const vpc = new ec2.Vpc(this, 'Vpc', { subnetConfiguration: [{ name: 'acl', subnetType: ec2.SubnetType.PUBLIC }] });
      """
    ),
  ]
}
