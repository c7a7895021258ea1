import IaCModel
import IaCSyntax

/// IAC875: a MediaStore container has no object lifecycle policy.
public struct MediaStoreLifecyclePolicyMissingRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC875",
    summary: "A MediaStore container has no object lifecycle policy",
    url: "https://docs.aws.amazon.com/mediastore/latest/ug/policies-object-lifecycle.html",
    resourceTypes: ["aws-cdk-lib.aws_mediastore.CfnContainer"],
    documentation: SolutionsDocumentation.page(
      code: "IAC875",
      whatItDoes: """
        Finds `mediastore.CfnContainer` constructs without a `lifecycle_policy`.
        """,
      why: """
        Without a lifecycle policy, every object stays in the container until someone deletes it: live-stream
        segments and stale renditions pile up, and so does the bill.
        """,
      example: """
        mediastore.CfnContainer(self, "Media", container_name="media")
        """,
      useInstead: """
        mediastore.CfnContainer(self, "Media", container_name="media", lifecycle_policy=json.dumps(lifecycle))
        """,
      references: [
        (
          title: "Object lifecycle policies in AWS Elemental MediaStore",
          url: "https://docs.aws.amazon.com/mediastore/latest/ug/policies-object-lifecycle.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_mediastore.CfnContainer"],
      prop: "lifecyclePolicy",
      verdict: { CfnStructs.isWritten(CfnStructs.field($0, "")) },
      unsetFails: true,
      unsetMessage: "The container keeps every object forever: `lifecycle_policy` is not set",
      valueMessage: "The container keeps every object forever: `lifecycle_policy` is `None`"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_mediastore as mediastore

      ↓mediastore.CfnContainer(self, "Media", container_name="media", access_logging_enabled=True)
      """
    ),
    Example(
      """
      import * as mediastore from 'aws-cdk-lib/aws-mediastore';

      const none = undefined;
      ↓new mediastore.CfnContainer(this, 'Media', { containerName: 'media' });
      new mediastore.CfnContainer(this, 'Unset', { containerName: 'unset', ↓lifecyclePolicy: none });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      import json
      from aws_cdk import aws_mediastore as mediastore

      rules = json.dumps({"rules": [{"definition": {"path": [{"wildcard": "live/*"}]}, "action": "EXPIRE"}]})
      mediastore.CfnContainer(self, "Media", container_name="media", lifecycle_policy=rules)
      mediastore.CfnContainer(self, "Hidden", **container_props)
      # mediastore.CfnContainer(self, "Old", container_name="old")
      """
    ),
    Example(
      """
      import * as mediastore from 'aws-cdk-lib/aws-mediastore';

      new mediastore.CfnContainer(this, 'Media', { containerName: 'media', lifecyclePolicy: props.lifecycle });
      """
    ),
  ]
}
