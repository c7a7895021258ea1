import IaCModel
import IaCSyntax

/// IAC833: a CodeBuild project encrypts its artifacts with the AWS-managed S3 key.
public struct CodeBuildProjectWithoutCustomerKeyRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC833",
    summary: "A CodeBuild project encrypts its artifacts with the AWS-managed S3 key",
    url: "https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html",
    resourceTypes: [
      "aws-cdk-lib.aws_codebuild.Project",
      "aws-cdk-lib.aws_codebuild.PipelineProject",
    ],
    fixAvailability: .none,
    documentation: SolutionsDocumentation.page(
      code: "IAC833",
      whatItDoes: """
        Finds `codebuild.Project` and `codebuild.PipelineProject` constructs without an `encryption_key`.
        """,
      why: """
        With the AWS-managed key, anyone who can read the artifact bucket can decrypt the artifacts; a
        customer-managed key lets the key policy decide who can.
        """,
      example: """
        codebuild.PipelineProject(self, "Build", build_spec=spec)
        """,
      useInstead: """
        codebuild.PipelineProject(self, "Build", build_spec=spec, encryption_key=key)
        """,
      references: [
        (
          title: "Data encryption in AWS CodeBuild",
          url: "https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_codebuild.Project", "aws-cdk-lib.aws_codebuild.PipelineProject"],
      prop: "encryptionKey",
      verdict: { _ in true },
      unsetFails: true,
      unsetMessage: "The project's artifacts use the AWS-managed S3 key: `encryption_key` is not set",
      valueMessage: ""
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_codebuild as codebuild

      ↓codebuild.PipelineProject(self, "Build", build_spec=spec)
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_codebuild as codebuild

      codebuild.PipelineProject(self, "Build", build_spec=spec, encryption_key=key)
      """
    ),
  ]
}
