import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class Worker(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, vpc: ec2.IVpc) -> None:
        super().__init__(scope, construct_id)
        ec2.Instance(
            self,
            "Node",
            vpc=vpc,
            instance_type=ec2.InstanceType("t3.micro"),
            machine_image=ec2.MachineImage.latest_amazon_linux2023(),
            detailed_monitoring=True,
            disable_api_termination=True,
            block_devices=[
                ec2.BlockDevice(device_name="/dev/xvda", volume=ec2.BlockDeviceVolume.ebs(20, encrypted=True))
            ],
        )


class InstancesStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "HostVpc", max_azs=1, nat_gateways=0, flow_logs={"All": ec2.FlowLogOptions()})
        image = ec2.MachineImage.latest_amazon_linux2023()
        small = ec2.InstanceType("t3.micro")

        # Every default: EC26 (AMI mappings), EC28, EC29.
        ec2.Instance(self, "PlainHost", vpc=vpc, instance_type=small, machine_image=image)

        # An unencrypted block device.
        plain_volume = ec2.BlockDeviceVolume.ebs(30)
        ec2.Instance(
            self,
            "UnencryptedHost",
            vpc=vpc,
            instance_type=small,
            machine_image=image,
            detailed_monitoring=True,
            block_devices=[ec2.BlockDevice(device_name="/dev/xvda", volume=plain_volume)],
        )

        ec2.Volume(self, "PlainVolume", availability_zone="us-east-1a", size=cdk.Size.gibibytes(10))
        ec2.Volume(self, "EncryptedVolume", availability_zone="us-east-1a", size=cdk.Size.gibibytes(10), encrypted=True)

        Worker(self, "Batch", vpc=vpc)


app = cdk.App()
InstancesStack(app, "HostsStack")
app.synth()
