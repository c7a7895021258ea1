"""VPC, subnets, NAT gateway and endpoint security group."""
import pulumi
import pulumi_aws as aws
from pulumi import ResourceOptions


class VpcStack(pulumi.ComponentResource):
    def __init__(self, name: str, environment_suffix: str, tags: dict, opts: ResourceOptions = None):
        super().__init__("tap:vpc:VpcStack", name, None, opts)

        self.vpc = aws.ec2.Vpc(
            f"vpc-{environment_suffix}",
            cidr_block="10.0.0.0/16",
            enable_dns_hostnames=True,
            tags={**tags, "Name": f"vpc-{environment_suffix}"},
            opts=ResourceOptions(parent=self),
        )

        self.public_subnet = aws.ec2.Subnet(
            f"public-subnet-{environment_suffix}",
            vpc_id=self.vpc.id,
            cidr_block="10.0.1.0/24",
            map_public_ip_on_launch=True,
            tags={**tags, "Name": f"public-subnet-{environment_suffix}"},
            opts=ResourceOptions(parent=self),
        )

        self.private_subnet = aws.ec2.Subnet(
            f"private-subnet-{environment_suffix}",
            vpc_id=self.vpc.id,
            cidr_block="10.0.2.0/24",
            tags={**tags, "Name": f"private-subnet-{environment_suffix}"},
            opts=ResourceOptions(parent=self),
        )

        # A NAT gateway in every environment, dev included.
        self.eip = aws.ec2.Eip(f"nat-eip-{environment_suffix}", domain="vpc", opts=ResourceOptions(parent=self))
        self.nat_gateway = aws.ec2.NatGateway(
            f"nat-{environment_suffix}",
            allocation_id=self.eip.id,
            subnet_id=self.public_subnet.id,
            opts=ResourceOptions(parent=self),
        )

        self.vpc_endpoint_sg = aws.ec2.SecurityGroup(
            f"vpc-endpoint-sg-{environment_suffix}",
            vpc_id=self.vpc.id,
            description="Security group for VPC endpoints",
            ingress=[
                aws.ec2.SecurityGroupIngressArgs(
                    protocol="-1",
                    from_port=0,
                    to_port=0,
                    cidr_blocks=["10.0.0.0/16"],
                )
            ],
            tags={**tags, "Name": f"vpc-endpoint-sg-{environment_suffix}"},
            opts=ResourceOptions(parent=self),
        )

        self.register_outputs({"vpc_id": self.vpc.id})
