import IaCModel
extension OpenSecurityGroupRule {
  static let documentation = """
    ## What it does
    Finds security group ingress rules that allow every protocol and port: Pulumi
    `aws.ec2.SecurityGroupIngressArgs(protocol="-1", ...)`, `ingress=[{"protocol": "-1", ...}]`,
    `aws.ec2.SecurityGroupRule(type="ingress", protocol="-1", ...)` and `aws.vpc.SecurityGroupIngressRule`
    (and the same resources in CDK for Terraform); CDK `sg.add_ingress_rule(peer, ec2.Port.all_traffic())`,
    `x.connections.allow_from(peer, ec2.Port.all_traffic())` (`Port.allTraffic()` in TypeScript) and
    `ec2.CfnSecurityGroupIngress(ip_protocol="-1", ...)`. Rules that open every TCP or UDP port (`0`–`65535`,
    `ec2.Port.all_tcp()`) are reported the same way.

    This rule reports rules limited to a network range or another security group. A rule open to the whole
    internet (`0.0.0.0/0`, `::/0`, `ec2.Peer.any_ipv4()`) is reported, whatever its ports, by
    `security-group-world-open-ingress` (IAC710), an error on by default, so that one rule gets one finding. A group
    that only allows itself (`self=True`, `sg.connections.allow_from(sg, ...)`) is not reported, and neither are
    egress rules.

    ## Why is this bad?
    An ingress rule for all protocols exposes every port a host or endpoint listens on — databases, admin
    ports, debugging endpoints — not just the one the service needs. Open to the internet, it invites scanning
    and exploitation; even inside a VPC, it lets any compromised workload reach everything in the group, and it
    fails least-privilege reviews.

    ## Example
    ```python
    self.vpc_endpoint_sg = aws.ec2.SecurityGroup(
        f"vpc-endpoint-sg-{environment_suffix}",
        vpc_id=self.vpc.id,
        ingress=[
            aws.ec2.SecurityGroupIngressArgs(
                protocol="-1",
                from_port=0,
                to_port=0,
                cidr_blocks=["10.0.0.0/16"],
            )
        ],
    )
    ```

    Use instead:
    ```python
    self.vpc_endpoint_sg = aws.ec2.SecurityGroup(
        f"vpc-endpoint-sg-{environment_suffix}",
        vpc_id=self.vpc.id,
        ingress=[
            aws.ec2.SecurityGroupIngressArgs(
                protocol="tcp",
                from_port=443,
                to_port=443,
                source_security_group_id=self.lambda_sg.id,
            )
        ],
    )
    ```

    ## References
    - [Security group rules (Amazon VPC User Guide)](https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html)
    - [Security best practices for your VPC (Amazon VPC User Guide)](https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-best-practices.html)
    - [`aws.ec2.SecurityGroup` (Pulumi Registry)](https://www.pulumi.com/registry/packages/aws/api-docs/ec2/securitygroup/)
    """

  static let triggering: [Example] = [
    // An ingress rule written with the egress class inside `ingress=[...]` is still an ingress rule.
    Example("""
      import pulumi_aws as aws

      sg = aws.ec2.SecurityGroup(
          "app",
          ingress=[aws.ec2.SecurityGroupEgressArgs(protocol=↓"-1", from_port=0, to_port=0, cidr_blocks=["10.0.0.0/8"])],
      )
      """),
    Example("""
      import pulumi_aws as aws

      self.vpc_endpoint_sg = aws.ec2.SecurityGroup(
          f"vpc-endpoint-sg-{environment_suffix}",
          vpc_id=self.vpc.id,
          description="Security group for VPC endpoints",
          ingress=[
              aws.ec2.SecurityGroupIngressArgs(
                  protocol=↓"-1",
                  from_port=0,
                  to_port=0,
                  cidr_blocks=["10.0.0.0/16"],
              )
          ],
      )
      """),
    Example("""
      import pulumi_aws as aws

      office = "198.51.100.0/24"
      sg = aws.ec2.SecurityGroup(
          "web",
          ingress=[{"cidr_blocks": [office], "from_port": 0, "to_port": 0, "protocol": ↓"-1"}],
      )
      rule = aws.ec2.SecurityGroupRule("all-in", type="ingress", security_group_id=sg.id, protocol=↓"all",
          from_port=0, to_port=0, source_security_group_id=bastion.id)
      """),
    Example("""
      from pulumi_aws import vpc

      vpc.SecurityGroupIngressRule("everything", security_group_id=sg.id, cidr_ipv6="fd00::/8", ip_protocol=↓"-1")
      tcp_everything = vpc.SecurityGroupIngressRule("tcp", security_group_id=sg.id, cidr_ipv4="10.0.0.0/8",
          ip_protocol=↓"tcp", from_port=0, to_port=65535)
      """),
    Example("""
      import * as aws from "@pulumi/aws";

      const sg = new aws.ec2.SecurityGroup("web", {
        vpcId: vpc.id,
        ingress: [{ protocol: ↓"-1", fromPort: 0, toPort: 0, cidrBlocks: ["10.0.0.0/16"] }],
      });
      """),
    Example("""
      from aws_cdk import aws_ec2 as ec2, aws_elasticache as elasticache, aws_rds as rds

      alb_sg = ec2.SecurityGroup(self, "Alb", vpc=vpc)
      web_sg = ec2.SecurityGroup(self, "Web", vpc=vpc)
      db = rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc)
      cache = ec2.Instance(self, "Cache", vpc=vpc, instance_type=t, machine_image=m)
      alb_sg.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/8"), ↓ec2.Port.all_traffic(), "Allow everything")
      office = ec2.Peer.ipv4("198.51.100.0/24")
      web_sg.add_ingress_rule(peer=office, connection=↓ec2.Port.all_tcp())
      db.connections.allow_from(app_sg, ↓ec2.Port.all_traffic())
      """),
    Example("""
      import * as ec2 from 'aws-cdk-lib/aws-ec2';

      const albSg = new ec2.SecurityGroup(this, 'Alb', { vpc });
      albSg.addIngressRule(ec2.Peer.ipv4('10.0.0.0/8'), ↓ec2.Port.allTraffic(), 'everything');
      new ec2.CfnSecurityGroupIngress(this, 'In', { groupId: sg.securityGroupId, ipProtocol: ↓'-1', sourceSecurityGroupId: other });
      """),
    Example("""
      from aws_cdk import aws_ec2 as ec2

      ec2.CfnSecurityGroupIngress(self, "In", group_id=sg.security_group_id, ip_protocol=↓"-1", cidr_ip="10.0.0.0/16")
      """),
    Example("""
      import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";

      new SecurityGroup(this, "sg", {
        ingress: [{ protocol: ↓"-1", fromPort: 0, toPort: 0, cidrBlocks: ["10.0.0.0/16"] }],
      });
      """),
  ]

  static let nonTriggering: [Example] = [
    // Open to the whole internet: `security-group-world-open-ingress` reports these, whatever their ports.
    Example("""
      from aws_cdk import aws_ec2 as ec2
      import pulumi_aws as aws

      alb_sg = ec2.SecurityGroup(self, "Alb", vpc=vpc)
      web_sg = ec2.SecurityGroup(self, "Web", vpc=vpc)
      cache = ec2.Instance(self, "Cache", vpc=vpc, instance_type=t, machine_image=m)
      alb_sg.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.all_traffic(), "Allow everything")
      cache.connections.allow_from_any_ipv4(ec2.Port.all_traffic())
      web_sg.add_ingress_rule(peer=ec2.Peer.ipv4("0.0.0.0/0"), connection=ec2.Port.all_tcp())
      sg = aws.ec2.SecurityGroup("web", ingress=[{"cidr_blocks": ["0.0.0.0/0"], "from_port": 0, "to_port": 0, "protocol": "-1"}])
      """),
    Example("""
      import pulumi_aws as aws
      from pulumi import ResourceOptions

      self.lambda_sg = aws.ec2.SecurityGroup(
          f"lambda-sg-{environment_suffix}",
          vpc_id=self.vpc.id,
          description="Security group for Lambda functions",
          egress=[
              aws.ec2.SecurityGroupEgressArgs(
                  protocol="tcp",
                  from_port=443,
                  to_port=443,
                  cidr_blocks=["0.0.0.0/0"],
                  description="Allow HTTPS outbound for AWS API calls"
              )
          ],
          tags={**tags, "Name": f"lambda-sg-{environment_suffix}"},
          opts=ResourceOptions(parent=self)
      )

      self.vpc_endpoint_sg = aws.ec2.SecurityGroup(
          f"vpc-endpoint-sg-{environment_suffix}",
          vpc_id=self.vpc.id,
          description="Security group for VPC endpoints",
          ingress=[
              aws.ec2.SecurityGroupIngressArgs(
                  protocol="tcp",
                  from_port=443,
                  to_port=443,
                  source_security_group_id=self.lambda_sg.id,
                  description="Allow HTTPS from Lambda functions"
              )
          ],
          tags={**tags, "Name": f"vpc-endpoint-sg-{environment_suffix}"},
          opts=ResourceOptions(parent=self)
      )
      """),
    Example("""
      from aws_cdk import aws_ec2 as ec2

      alb_security_group = ec2.SecurityGroup(
          self, f"AlbSecurityGroup{environment_suffix}",
          vpc=vpc,
          description="Security group for Application Load Balancer",
          allow_all_outbound=False
      )
      alb_security_group.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(80), "Allow HTTP")
      alb_security_group.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "Allow HTTPS")
      ecs_security_group.add_ingress_rule(
          alb_security_group,  # Only from ALB
          ec2.Port.tcp(80),
          "Allow traffic from ALB"
      )
      """),
    Example("""
      import pulumi_aws as aws

      # protocol="-1" would open every port, so this group allows only itself and egress.
      cluster_sg = aws.ec2.SecurityGroup(
          "cluster",
          ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="-1", from_port=0, to_port=0, self=True)],
          egress=[aws.ec2.SecurityGroupEgressArgs(protocol="-1", from_port=0, to_port=0, cidr_blocks=["0.0.0.0/0"])],
      )
      egress_rule = aws.ec2.SecurityGroupRule("out", type="egress", protocol="-1", from_port=0, to_port=0,
          cidr_blocks=["0.0.0.0/0"], security_group_id=cluster_sg.id)
      note = 'protocol="-1"'
      """),
    Example("""
      from aws_cdk import aws_ec2 as ec2

      sg = ec2.SecurityGroup(self, "Sg", vpc=vpc)
      web = ec2.Instance(self, "Web", vpc=vpc, instance_type=t, machine_image=m)
      sg.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.all_traffic())
      sg.connections.allow_to(db, ec2.Port.all_traffic())
      sg.connections.allow_from(sg, ec2.Port.all_traffic())
      sg.connections.allow_internally(ec2.Port.all_traffic())
      web.connections.allow_from_any_ipv4(ec2.Port.tcp(443))
      """),
    Example("""
      from aws_cdk import Stack

      class Port:
          @staticmethod
          def all_traffic():
              return "all"

      firewall.add_ingress_rule("0.0.0.0/0", Port.all_traffic())
      """),
    Example("""
      import * as aws from "@pulumi/aws";

      const sg = new aws.ec2.SecurityGroup("web", {
        ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }],
        egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
      });
      """),
  ]
}
