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

        gpu = codebuild.BuildEnvironment(build_image=codebuild.LinuxGpuBuildImage.DLC_PYTORCH_1_5_0_TRAINING)
        codebuild.PipelineProject(self, "GpuProject", build_spec=spec, encryption_key=key, environment=gpu)
        codebuild.PipelineProject(
            self,
            "ByIdProject",
            build_spec=spec,
            encryption_key=key,
            environment=codebuild.BuildEnvironment(
                build_image=codebuild.LinuxBuildImage.from_code_build_image_id("aws/codebuild/standard:7.0")
            ),
        )
        codebuild.PipelineProject(
            self,
            "WindowsProject",
            build_spec=spec,
            encryption_key=key,
            environment=codebuild.BuildEnvironment(build_image=codebuild.WindowsBuildImage.WIN_SERVER_CORE_2019_BASE_3_0),
        )
        role_arn = "arn:aws:iam::123456789012:role/build"
        codebuild.CfnProject(
            self,
            "RawCustomProject",
            artifacts=codebuild.CfnProject.ArtifactsProperty(type="NO_ARTIFACTS"),
            service_role=role_arn,
            encryption_key=key.key_arn,
            source=codebuild.CfnProject.SourceProperty(type="NO_SOURCE", build_spec="version: 0.2"),
            environment=codebuild.CfnProject.EnvironmentProperty(
                compute_type="BUILD_GENERAL1_SMALL", image="node:22", type="LINUX_CONTAINER"
            ),
        )
        managed = "aws/codebuild/standard:7.0"
        codebuild.CfnProject(
            self,
            "RawManagedProject",
            artifacts=codebuild.CfnProject.ArtifactsProperty(type="NO_ARTIFACTS"),
            service_role=role_arn,
            encryption_key=key.key_arn,
            source=codebuild.CfnProject.SourceProperty(type="NO_SOURCE", build_spec="version: 0.2"),
            environment=codebuild.CfnProject.EnvironmentProperty(
                compute_type="BUILD_GENERAL1_SMALL", image=managed, type="LINUX_CONTAINER"
            ),
        )

app = cdk.App()
BuildStack(app, "BuildStack")
app.synth()
