import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class BastionAccess(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, vpc: ec2.IVpc) -> None:
        super().__init__(scope, construct_id)
        group = ec2.SecurityGroup(self, "Bastion", vpc=vpc, description="bastion ssh")
        group.add_ingress_rule(ec2.Peer.ipv4("10.0.0.0/16"), ec2.Port.tcp(22), "ssh from the vpc")


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


app = cdk.App()
GroupsStack(app, "GroupsStack")
app.synth()
