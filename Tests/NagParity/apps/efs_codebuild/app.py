import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_efs as efs
from aws_cdk import aws_kms as kms
from constructs import Construct


class BuildStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc(self, "FsVpc", max_azs=1, nat_gateways=0)

        efs.FileSystem(self, "DefaultFs", vpc=vpc)
        efs.FileSystem(self, "EncryptedFs", vpc=vpc, encrypted=True)
        encrypt = False
        efs.FileSystem(self, "UnencryptedFs", vpc=vpc, encrypted=encrypt)

        spec = codebuild.BuildSpec.from_object({"version": "0.2", "phases": {"build": {"commands": ["echo hi"]}}})
        codebuild.PipelineProject(self, "PlainProject", build_spec=spec)

        key = kms.Key(self, "BuildKey", enable_key_rotation=True)
        codebuild.PipelineProject(
            self,
            "KeyedProject",
            build_spec=spec,
            encryption_key=key,
            environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxBuildImage.STANDARD_7_0),
        )

        codebuild.PipelineProject(
            self,
            "CustomImageProject",
            build_spec=spec,
            encryption_key=key,
            environment=codebuild.BuildEnvironment(
                build_image=codebuild.LinuxBuildImage.from_docker_registry("public.ecr.aws/docker/library/python:3.12")
            ),
        )


app = cdk.App()
BuildStack(app, "BuildStack")
app.synth()
