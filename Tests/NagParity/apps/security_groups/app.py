import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class BastionAccess(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, vpc: ec2.IVpc) -> None:
        super().__init__(scope, construct_id)
        group = ec2.SecurityGroup(self, "Bastion", vpc=vpc, description="bastion ssh")
        group.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.tcp(22), "ssh from the vpc")


class PublicEdge(Construct):
    """A group open to the world from inside a custom construct."""

    def __init__(self, scope: Construct, construct_id: str, *, vpc: ec2.IVpc) -> None:
        super().__init__(scope, construct_id)
        edge = ec2.SecurityGroup(self, "Edge", vpc=vpc, description="edge proxies")
        edge.connections.allow_from(ec2.Peer.any_ipv6(), ec2.Port.tcp(443), "https over ipv6")


class GroupsStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "GroupsVpc", max_azs=2, nat_gateways=0, flow_logs={"All": ec2.FlowLogOptions()})

        web = ec2.SecurityGroup(self, "WebGroup", vpc=vpc, description="web")
        web.add_ingress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443), "https from anywhere")

        v6 = ec2.SecurityGroup(self, "Ipv6Group", vpc=vpc, description="ipv6")
        v6.add_ingress_rule(ec2.Peer.any_ipv6(), ec2.Port.tcp(443))

        world = "0.0.0.0/0"
        literal = ec2.SecurityGroup(self, "LiteralCidrGroup", vpc=vpc, description="literal")
        literal.add_ingress_rule(ec2.Peer.ipv4(world), ec2.Port.tcp(80))

        closed = ec2.SecurityGroup(self, "ClosedGroup", vpc=vpc, description="internal only")
        closed.add_ingress_rule(ec2.Peer.ipv4("10.1.0.0/16"), ec2.Port.tcp(5432))

        via_connections = ec2.SecurityGroup(self, "ConnectionsGroup", vpc=vpc, description="connections")
        via_connections.connections.allow_from_any_ipv4(ec2.Port.tcp(8080))

        # A one-character description fails EC27.
        ec2.SecurityGroup(self, "TerseGroup", vpc=vpc, description="x")

        # L1 ingress resources.
        base = ec2.CfnSecurityGroup(self, "RawGroup", group_description="raw group", vpc_id=vpc.vpc_id)
        ec2.CfnSecurityGroupIngress(
            self, "RawOpenIngress", group_id=base.attr_group_id, ip_protocol="tcp", from_port=22, to_port=22,
            cidr_ip="0.0.0.0/0",
        )
        ec2.CfnSecurityGroupIngress(
            self, "RawClosedIngress", group_id=base.attr_group_id, ip_protocol="tcp", from_port=22, to_port=22,
            cidr_ip="192.168.0.0/24",
        )

        BastionAccess(self, "Access", vpc=vpc)
        PublicEdge(self, "Public", vpc=vpc)

        # Inline L1 ingress, one open and one closed; a terse description bound first (EC27).
        anywhere = "0.0.0.0/0"
        terse = "-"
        ec2.CfnSecurityGroup(
            self, "RawWorldGroup", group_description=terse, vpc_id=vpc.vpc_id,
            security_group_ingress=[
                ec2.CfnSecurityGroup.IngressProperty(ip_protocol="tcp", from_port=443, to_port=443, cidr_ip=anywhere),
            ],
        )
        ec2.CfnSecurityGroup(
            self, "RawClosedGroup", group_description="closed raw group", vpc_id=vpc.vpc_id,
            security_group_ingress=[{"ipProtocol": "tcp", "fromPort": 443, "toPort": 443, "cidrIp": "10.0.0.0/8"}],
        )
        ec2.CfnSecurityGroupIngress(
            self, "RawOpenV6Ingress", group_id=base.attr_group_id, ip_protocol="-1", cidr_ipv6="::/0",
        )

        # Rules as separate resources (disable_inline_rules), all traffic from the world.
        separate = ec2.SecurityGroup(self, "SeparateRulesGroup", vpc=vpc, description="separate", disable_inline_rules=True)
        separate.add_ingress_rule(peer=ec2.Peer.any_ipv4(), connection=ec2.Port.all_traffic())

        # Egress to the world and ingress from another group are fine.
        egress_only = ec2.SecurityGroup(self, "EgressOnlyGroup", vpc=vpc, description="egress only", allow_all_outbound=False)
        egress_only.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.tcp(443))
        egress_only.add_ingress_rule(web, ec2.Port.tcp(8443), "from the web tier")


app = cdk.App()
GroupsStack(app, "GroupsStack")
app.synth()
