import IaCModel
import IaCSyntax

/// IAC710: a security group allows inbound traffic from the whole internet (`0.0.0.0/0`, `::/0`).
public struct SecurityGroupWorldOpenIngressRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC710",
    summary: "A security group allows inbound traffic from the whole internet",
    url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html",
    resourceTypes: SecurityGroupIngress.resourceTypes,
    frameworks: [.cdk, .pulumi, .cdktf],
    documentation: SolutionsDocumentation.page(
      code: "IAC710",
      whatItDoes: """
        Finds security group ingress rules whose source is the whole internet: a CIDR of prefix length 0
        (`0.0.0.0/0`, `::/0`) written in the source. In CDK that is `sg.add_ingress_rule(ec2.Peer.any_ipv4(), ...)`,
        `ec2.Peer.any_ipv6()`, `ec2.Peer.ipv4("0.0.0.0/0")`, `x.connections.allow_from_any_ipv4(...)`,
        `x.connections.allow_from(ec2.Peer.any_ipv4(), ...)`, `x.connections.allow_default_port_from_any_ipv4()`, an
        ingress entry of `ec2.CfnSecurityGroup(security_group_ingress=[...])` and `ec2.CfnSecurityGroupIngress`.
        In Pulumi and CDK for Terraform it is an `ingress` entry of `aws.ec2.SecurityGroup`, an
        `aws.ec2.SecurityGroupRule(type="ingress", ...)` and an `aws.vpc.SecurityGroupIngressRule`, with
        `cidr_blocks`, `ipv6_cidr_blocks`, `cidr_ipv4` or `cidr_ipv6`. Every port counts, as in cdk-nag, but TCP
        port 80 or 443 alone, which a public web service opens to the world on purpose, is reported at `info`
        severity, so it neither fails `--check` nor stands out in the editor.

        The finding sits on the source (`ec2.Peer.any_ipv4()`, the `"0.0.0.0/0"` literal) or, for
        `allow_from_any_ipv4`, on the method. A CIDR held in a variable is followed; one computed at deploy time, a
        prefix list or another security group is not reported. Egress rules are never reported.

        This rule and `open-security-group` (IAC301) read ingress rules the same way and split them: a rule open to
        the internet is reported here only, and its message says when it opens every port; `open-security-group`
        reports the rules that open every port to a narrower source.

        A load balancer listener opens its port to the world unless `open=False` (`alb.add_listener(...)`), and so
        do the `aws_ecs_patterns` load-balanced services: cdk-nag reports the load balancer's own security group,
        which the source does not write, and this rule does not report the listener. A source CIDR that only a
        deploy resolves (a parameter, `Fn.import_value`) is not judged either.
        """,
      why: """
        A group open to the internet lets anyone reach the ports it allows: they are scanned within minutes of
        creation, and every weakness of the service behind them is exposed. Most services need only a load balancer
        or a known network range in front of them.
        """,
      example: """
        web = ec2.SecurityGroup(self, "Web", vpc=vpc)
        web.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22), "ssh")
        """,
      useInstead: """
        web = ec2.SecurityGroup(self, "Web", vpc=vpc)
        web.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.tcp(22), "ssh from the VPC")
        """,
      references: [
        (
          title: "Security group rules (Amazon VPC User Guide)",
          url: "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html"
        ),
        (
          title: "Security best practices for your VPC",
          url: "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-best-practices.html"
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
    guard !resource.isCDKv1 else { return }
    for rule in SecurityGroupIngress.rules(of: resource, in: model) {
      guard let world = rule.worldSource else { continue }
      let ports: String
      switch rule.ports {
      case .allTraffic: ports = "all protocols and ports"
      case .allPorts(let transport): ports = "every \(transport) port"
      case .some(let range): ports = range
      case .unknown: ports = "traffic"
      }
      // A public web service opens 80 or 443 to the world on purpose: still reported, as cdk-nag does, but as info.
      let web = rule.ports.isWebPort
      let message = "The ingress rule allows \(ports) from anywhere on the internet (`\(world.cidr)`)"
        + (web ? "; if this is a public web service, that is intended" : "")
      var diagnostic = Self.description.diagnostic(path: model.file.path, range: world.range, message: message)
      if web { diagnostic.severity = .info }
      diagnostics.append(diagnostic)
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ec2 as ec2

      web = ec2.SecurityGroup(self, "Web", vpc=vpc, description="web")
      web.add_ingress_rule(↓ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "https")
      web.add_ingress_rule(peer=↓ec2.Peer.any_ipv6(), connection=ec2.Port.tcp(443))
      world = "0.0.0.0/0"
      anywhere = ec2.Peer.ipv4(world)
      web.add_ingress_rule(↓anywhere, ec2.Port.all_traffic())
      web.connections.↓allow_from_any_ipv4(ec2.Port.tcp(80))
      """
    ),
    Example(
      """
      from aws_cdk import aws_ec2 as ec2, aws_rds as rds

      db = rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc)
      db.connections.↓allow_default_port_from_any_ipv4("open")
      db.connections.allow_from(↓ec2.Peer.any_ipv4(), ec2.Port.tcp(5432))
      """
    ),
    Example(
      """
      from aws_cdk import aws_ec2 as ec2

      group = ec2.CfnSecurityGroup(
          self, "Raw", group_description="raw", vpc_id=vpc_id,
          security_group_ingress=[
              ec2.CfnSecurityGroup.IngressProperty(ip_protocol="tcp", from_port=22, to_port=22, cidr_ip=↓"0.0.0.0/0"),
          ],
      )
      ec2.CfnSecurityGroupIngress(self, "V6", group_id=group.attr_group_id, ip_protocol="-1", cidr_ipv6=↓"::/0")
      """
    ),
    Example(
      """
      import * as ec2 from 'aws-cdk-lib/aws-ec2';

      const web = new ec2.SecurityGroup(this, 'Web', { vpc });
      web.addIngressRule(↓ec2.Peer.anyIpv4(), ec2.Port.tcp(22), 'ssh');
      new ec2.CfnSecurityGroupIngress(this, 'In', { groupId: web.securityGroupId, ipProtocol: 'tcp', cidrIp: ↓'0.0.0.0/0' });
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      web = aws.ec2.SecurityGroup(
          "web",
          ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=80, to_port=80, cidr_blocks=[↓"0.0.0.0/0"])],
      )
      aws.ec2.SecurityGroupRule("ssh", type="ingress", security_group_id=web.id, protocol="tcp", from_port=22,
          to_port=22, ipv6_cidr_blocks=[↓"::/0"])
      aws.vpc.SecurityGroupIngressRule("https", security_group_id=web.id, ip_protocol="tcp", from_port=443,
          to_port=443, cidr_ipv4=↓"0.0.0.0/0")
      """
    ),
    Example(
      """
      import * as aws from "@pulumi/aws";

      const web = new aws.ec2.SecurityGroup("web", {
        ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: [↓"0.0.0.0/0"] }],
      });
      """
    ),
    Example(
      """
      import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";

      new SecurityGroup(this, "web", {
        ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [↓"0.0.0.0/0"] }],
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_ec2 as ec2

      web = ec2.SecurityGroup(self, "Web", vpc=vpc, allow_all_outbound=True, allow_all_ipv6_outbound=True)
      web.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443))
      web.connections.allow_to_any_ipv4(ec2.Port.tcp(443))
      web.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.tcp(22), "from the vpc, not 0.0.0.0/0")
      web.add_ingress_rule(ec2.Peer.ipv4(vpc.vpc_cidr_block), ec2.Port.tcp(22))
      web.add_ingress_rule(ec2.Peer.prefix_list(prefix_list_id), ec2.Port.tcp(443))
      web.add_ingress_rule(alb_group, ec2.Port.tcp(8080))
      web.connections.allow_from(alb, ec2.Port.tcp(8080))
      # web.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(22))
      """
    ),
    Example(
      """
      import pulumi_aws as aws

      sg = aws.ec2.SecurityGroup(
          "app",
          ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=443, to_port=443, cidr_blocks=[vpc_cidr])],
          egress=[aws.ec2.SecurityGroupEgressArgs(protocol="-1", from_port=0, to_port=0, cidr_blocks=["0.0.0.0/0"])],
      )
      aws.ec2.SecurityGroupRule("out", type="egress", protocol="-1", from_port=0, to_port=0,
          cidr_blocks=["0.0.0.0/0"], security_group_id=sg.id)
      aws.vpc.SecurityGroupEgressRule("out6", security_group_id=sg.id, ip_protocol="-1", cidr_ipv6="::/0")
      """
    ),
    Example(
      """
      import * as ec2 from 'aws-cdk-lib/aws-ec2';

      const web = new ec2.SecurityGroup(this, 'Web', { vpc, allowAllOutbound: true });
      web.addIngressRule(ec2.Peer.ipv4('192.168.0.0/24'), ec2.Port.tcp(22));
      """
    ),
  ]
}
