import IaCModel
import IaCSyntax

/// IAC873: a MediaStore container has no container policy.
public struct MediaStoreContainerPolicyMissingRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC873",
    summary: "A MediaStore container has no container policy",
    url: "https://docs.aws.amazon.com/mediastore/latest/ug/policies.html",
    resourceTypes: ["aws-cdk-lib.aws_mediastore.CfnContainer"],
    documentation: SolutionsDocumentation.page(
      code: "IAC873",
      whatItDoes: """
        Finds `mediastore.CfnContainer` constructs without a `policy`.
        """,
      why: """
        Without a container policy, MediaStore applies its default one, which lets the account's principals do
        anything in the container; a policy of your own states who may read and write media, and over which
        transport.
        """,
      example: """
        mediastore.CfnContainer(self, "Media", container_name="media")
        """,
      useInstead: """
        mediastore.CfnContainer(self, "Media", container_name="media", policy=json.dumps(container_policy))
        """,
      references: [
        (
          title: "Container policies in AWS Elemental MediaStore",
          url: "https://docs.aws.amazon.com/mediastore/latest/ug/policies.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_mediastore.CfnContainer"],
      prop: "policy",
      verdict: { CfnStructs.isWritten(CfnStructs.field($0, "")) },
      unsetFails: true,
      unsetMessage: "The container has no container policy: `policy` is not set",
      valueMessage: "The container has no container policy: `policy` is `None`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_mediastore as mediastore

      ↓mediastore.CfnContainer(self, "Media", container_name="media")
      mediastore.CfnContainer(self, "Empty", container_name="empty", ↓policy=None)
      """
    ),
    Example(
      """
      import * as mediastore from 'aws-cdk-lib/aws-mediastore';

      ↓new mediastore.CfnContainer(this, 'Media', { containerName: 'media' });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      import json
      from aws_cdk import aws_mediastore as mediastore

      policy = json.dumps(statements)
      mediastore.CfnContainer(self, "Media", container_name="media", policy=policy)
      mediastore.CfnContainer(self, "Given", container_name="given", policy=props.policy)
      mediastore.CfnContainer(self, "Hidden", **container_props)
      label = "a container without a policy"
      """
    ),
    Example(
      """
      import * as mediastore from 'aws-cdk-lib/aws-mediastore';

      new mediastore.CfnContainer(this, 'Media', { containerName: 'media', policy: JSON.stringify(doc) });
      new mediastore.CfnContainer(this, 'Hidden', { containerName: 'hidden', ...rest });
      """
    ),
  ]
}
