import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_elasticloadbalancing as elb
from aws_cdk import aws_elasticloadbalancingv2 as elbv2
from aws_cdk import aws_s3 as s3
from constructs import Construct


class BalancersStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "LbVpc", max_azs=2, nat_gateways=1)
        logs = s3.Bucket(self, "LbLogs", enforce_ssl=True, server_access_logs_prefix="self/")

        # A classic load balancer serving HTTP: ELB1, ELB2, ELB3.
        elb.LoadBalancer(
            self,
            "HttpClb",
            vpc=vpc,
            listeners=[elb.LoadBalancerListener(external_port=80, external_protocol=elb.LoadBalancingProtocol.HTTP)],
        )

        # TCP, logged: ELB1 and ELB2 pass; ELB3 still fails.
        tcp = elb.LoadBalancer(
            self,
            "TcpClb",
            vpc=vpc,
            access_logging_policy=elb.CfnLoadBalancer.AccessLoggingPolicyProperty(
                enabled=True, s3_bucket_name=logs.bucket_name
            ),
        )
        tcp.add_listener(external_port=9000, external_protocol=elb.LoadBalancingProtocol.TCP)

        # SSL outside, TCP inside: ELB5 fails.
        elb.LoadBalancer(
            self,
            "SslClb",
            vpc=vpc,
            listeners=[
                elb.LoadBalancerListener(
                    external_port=443,
                    external_protocol=elb.LoadBalancingProtocol.SSL,
                    internal_port=8443,
                    internal_protocol=elb.LoadBalancingProtocol.TCP,
                    ssl_certificate_arn="arn:aws:acm:us-east-1:123456789012:certificate/abc",
                )
            ],
        )

        # Application load balancers: no access logs (ELB2), then logs through a method.
        elbv2.ApplicationLoadBalancer(self, "PlainAlb", vpc=vpc)
        logged = elbv2.ApplicationLoadBalancer(self, "LoggedAlb", vpc=vpc)
        logged.log_access_logs(logs, prefix="alb")


app = cdk.App(context={"@aws-cdk/aws-elasticloadbalancingv2:albDualstackWithoutPublicIpv4SecurityGroupRulesDefault": True})
BalancersStack(app, "BalancersStack", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
