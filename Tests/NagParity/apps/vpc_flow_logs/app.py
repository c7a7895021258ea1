import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class Network(Construct):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        self.vpc = ec2.Vpc(self, "Inner", max_azs=1, nat_gateways=0)
        self.vpc.add_flow_log("InnerFlowLog")


class EdgeNetwork(Construct):
    """A VPC without flow logs inside a custom construct (VPC7)."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        ec2.Vpc(self, "EdgeVpc", max_azs=1, nat_gateways=0)


class NetworksStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        ec2.Vpc(self, "PlainVpc", max_azs=1, nat_gateways=0)

        logs = {"Everything": ec2.FlowLogOptions(traffic_type=ec2.FlowLogTrafficType.ALL)}
        ec2.Vpc(self, "LoggedVpc", max_azs=1, nat_gateways=0, flow_logs=logs)

        separate = ec2.Vpc(self, "SeparateLogVpc", max_azs=1, nat_gateways=0)
        ec2.FlowLog(self, "SeparateFlowLog", resource_type=ec2.FlowLogResourceType.from_vpc(separate))

        acl_vpc = ec2.Vpc(self, "AclVpc", max_azs=1, nat_gateways=0)
        acl_vpc.add_flow_log("AclFlowLog")
        acl = ec2.NetworkAcl(self, "PrivateAcl", vpc=acl_vpc)
        acl.add_entry(
            "AllowHttps",
            cidr=ec2.AclCidr.any_ipv4(),
            rule_number=100,
            traffic=ec2.AclTraffic.tcp_port(443),
            direction=ec2.TrafficDirection.INGRESS,
        )

        Network(self, "Core")
        EdgeNetwork(self, "Edge")

        # L1 VPCs: one logged by a CfnFlowLog through its ref, one not.
        raw = ec2.CfnVPC(self, "RawVpc", cidr_block="10.9.0.0/16")
        ec2.CfnFlowLog(self, "RawFlowLog", resource_id=raw.ref, resource_type="VPC", traffic_type="ALL",
                       log_destination_type="s3", log_destination="arn:aws:s3:::flow-log-bucket")
        ec2.CfnVPC(self, "UnloggedRawVpc", cidr_block="10.8.0.0/16")


app = cdk.App()
NetworksStack(app, "NetworksStack")
app.synth()
