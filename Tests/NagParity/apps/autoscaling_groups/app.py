import aws_cdk as cdk
from aws_cdk import aws_autoscaling as autoscaling
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_sns as sns
from constructs import Construct


class ScalingStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "AsgVpc", max_azs=1, nat_gateways=0)
        topic = sns.Topic(self, "ScalingTopic", enforce_ssl=True)
        common = dict(
            vpc=vpc,
            instance_type=ec2.InstanceType("t3.micro"),
            machine_image=ec2.MachineImage.latest_amazon_linux2023(),
        )

        autoscaling.AutoScalingGroup(self, "PlainAsg", **common)

        autoscaling.AutoScalingGroup(
            self,
            "ZeroCooldownAsg",
            cooldown=cdk.Duration.seconds(0),
            notifications=[autoscaling.NotificationConfiguration(topic=topic)],
            **common,
        )

        events = autoscaling.ScalingEvents.ERRORS
        autoscaling.AutoScalingGroup(
            self,
            "ErrorsOnlyAsg",
            notifications=[autoscaling.NotificationConfiguration(topic=topic, scaling_events=events)],
            health_check=autoscaling.HealthCheck.elb(grace=cdk.Duration.minutes(5)),
            **common,
        )

        autoscaling.CfnAutoScalingGroup(
            self,
            "RawAsg",
            max_size="2",
            min_size="1",
            health_check_type="ELB",
            availability_zones=["us-east-1a"],
            launch_template=autoscaling.CfnAutoScalingGroup.LaunchTemplateSpecificationProperty(
                version="1", launch_template_id="lt-0123456789abcdef0"
            ),
        )


app = cdk.App()
ScalingStack(app, "ScalingStack")
app.synth()
