"""VPC, subnets, NAT gateway (staging and prod only) and security groups."""
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

        # For dev environment, use VPC endpoints only (no NAT Gateway)
        if environment_suffix == "dev":
            # Lambda functions can access DynamoDB and S3 via VPC endpoints
            pulumi.log.info("Skipping NAT Gateway for dev environment (cost optimization)")
        else:
            self.eip = aws.ec2.Eip(f"nat-eip-{environment_suffix}", domain="vpc", opts=ResourceOptions(parent=self))
            self.nat_gateway = aws.ec2.NatGateway(
                f"nat-{environment_suffix}",
                allocation_id=self.eip.id,
                subnet_id=self.public_subnet.id,
                opts=ResourceOptions(parent=self),
            )

        # Create dedicated security group for Lambda functions
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

        # VPC endpoint security group should allow traffic FROM Lambda SG
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

        self.register_outputs({"vpc_id": self.vpc.id})
