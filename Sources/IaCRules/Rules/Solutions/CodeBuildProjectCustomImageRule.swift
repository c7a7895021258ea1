import IaCModel
import IaCSyntax

/// IAC834: a CodeBuild project builds in an image that CodeBuild does not manage.
public struct CodeBuildProjectCustomImageRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC834",
    summary: "A CodeBuild project builds in an image CodeBuild does not manage",
    url: "https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-available.html",
    resourceTypes: projects + ["aws-cdk-lib.aws_codebuild.CfnProject"],
    documentation: SolutionsDocumentation.page(
      code: "IAC834",
      whatItDoes: """
        Finds CodeBuild projects whose build image is not one CodeBuild provides (an image named
        `aws/codebuild/...`): a `codebuild.Project` or `PipelineProject` whose `environment` has a `build_image` made
        with `from_docker_registry(...)`, `from_ecr_repository(...)`, `from_asset(...)`, a `LinuxGpuBuildImage` (Deep
        Learning Containers images live in an AWS account's ECR registry, not in CodeBuild), or
        `from_code_build_image_id(...)` with an id outside `aws/codebuild/`; and a `codebuild.CfnProject` whose
        `environment` image does not start with `aws/codebuild/`. A project without `environment` or `build_image`
        uses `LinuxBuildImage.STANDARD_7_0` and passes; an image iaclsp cannot evaluate is not reported.
        """,
      why: """
        A custom image is yours to patch: its operating system and tools age unless someone rebuilds it, and
        whoever can push to its repository can change what runs with the project's role and sees its secrets.
        CodeBuild's managed images are kept up to date and cached on the build hosts.
        """,
      example: """
        codebuild.Project(
            self,
            "Build",
            build_spec=spec,
            environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxBuildImage.from_docker_registry("node:22")),
        )
        """,
      useInstead: """
        codebuild.Project(
            self,
            "Build",
            build_spec=spec,
            environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxBuildImage.STANDARD_7_0),
        )
        """,
      references: [
        (
          title: "Docker images provided by CodeBuild",
          url: "https://docs.aws.amazon.com/codebuild/latest/userguide/build-env-ref-available.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let projects = ["aws-cdk-lib.aws_codebuild.Project", "aws-cdk-lib.aws_codebuild.PipelineProject"]
  /// The build image classes whose constants are all CodeBuild-managed images.
  static let managedImageClasses: Set<String> = [
    "LinuxBuildImage", "LinuxArmBuildImage", "LinuxLambdaBuildImage", "LinuxArmLambdaBuildImage",
    "WindowsBuildImage", "MacBuildImage",
  ]
  static let prefix = "aws/codebuild/"

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: projects,
      prop: "environment",
      verdict: { environment in
        if case .null = environment.kind { return true }
        guard case .object = environment.kind else { return nil }
        guard let image = environment.entry("buildImage")?.value else { return true }
        return isManaged(image)
      },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The project builds in an image CodeBuild does not manage: the build image is not `aws/codebuild/`"
    ),
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_codebuild.CfnProject"],
      prop: "environment",
      verdict: { environment in
        guard case .object = environment.kind, let image = environment.entry("image")?.value else { return nil }
        return image.string.map { $0.hasPrefix(prefix) }
      },
      unsetFails: false,
      unsetMessage: "",
      valueMessage: "The project builds in an image CodeBuild does not manage: `image` is not `aws/codebuild/`"
    ),
  ]

  /// Whether a `build_image` value is a CodeBuild-managed image; nil when it cannot be told.
  static func isManaged(_ image: Value) -> Bool? {
    switch image.kind {
    case .enumMember(let type, _):
      let name = String(type.split(separator: ".").last ?? "")
      if managedImageClasses.contains(name) { return true }
      return name == "LinuxGpuBuildImage" ? false : nil
    case .factory(let type, let method, let arguments):
      let name = String(type.split(separator: ".").last ?? "")
      guard managedImageClasses.contains(name) || name == "LinuxGpuBuildImage" else { return nil }
      if method == "fromCodeBuildImageId" {
        return arguments.first?.value.string.map { $0.hasPrefix(prefix) }
      }
      return ["fromDockerRegistry", "fromEcrRepository", "fromAsset", "awsDeepLearningContainersImage"]
        .contains(method) ? false : nil
    default:
      return nil
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_codebuild as codebuild

      image = codebuild.LinuxBuildImage.from_docker_registry("public.ecr.aws/docker/library/python:3.12")
      codebuild.PipelineProject(self, "Build", build_spec=spec, ↓environment=codebuild.BuildEnvironment(build_image=image))
      codebuild.Project(
          self,
          "Gpu",
          build_spec=spec,
          ↓environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxGpuBuildImage.DLC_PYTORCH_1_5_0_TRAINING),
      )
      codebuild.CfnProject(
          self,
          "Raw",
          artifacts=artifacts,
          service_role=role_arn,
          source=source,
          ↓environment=codebuild.CfnProject.EnvironmentProperty(
              compute_type="BUILD_GENERAL1_SMALL", image="node:22", type="LINUX_CONTAINER"
          ),
      )
      """
    ),
    Example(
      """
      import * as codebuild from 'aws-cdk-lib/aws-codebuild';

      new codebuild.Project(this, 'Build', {
        buildSpec,
        ↓environment: { buildImage: codebuild.LinuxBuildImage.fromEcrRepository(repository, 'v1') },
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_codebuild as codebuild

      codebuild.PipelineProject(self, "Default", build_spec=spec)
      codebuild.PipelineProject(self, "Privileged", build_spec=spec, environment=codebuild.BuildEnvironment(privileged=True))
      # build_image=codebuild.LinuxBuildImage.from_docker_registry("node:22")
      standard = codebuild.LinuxBuildImage.STANDARD_7_0
      codebuild.Project(self, "Standard", build_spec=spec, environment=codebuild.BuildEnvironment(build_image=standard))
      codebuild.Project(
          self,
          "ById",
          build_spec=spec,
          environment=codebuild.BuildEnvironment(
              build_image=codebuild.LinuxBuildImage.from_code_build_image_id("aws/codebuild/standard:7.0")
          ),
      )
      codebuild.Project(self, "Configured", build_spec=spec, environment=build_environment)
      codebuild.CfnProject(
          self,
          "Raw",
          artifacts=artifacts,
          service_role=role_arn,
          source=source,
          environment=codebuild.CfnProject.EnvironmentProperty(
              compute_type="BUILD_GENERAL1_SMALL", image="aws/codebuild/standard:7.0", type="LINUX_CONTAINER"
          ),
      )
      """
    ),
    Example(
      """
      import * as codebuild from 'aws-cdk-lib/aws-codebuild';

      new codebuild.Project(this, 'Build', { buildSpec, environment: { buildImage: codebuild.WindowsBuildImage.WIN_SERVER_CORE_2019_BASE_3_0 } });
      new codebuild.Project(this, 'Chosen', { buildSpec, environment: { buildImage: props.image } });
      """
    ),
  ]
}
