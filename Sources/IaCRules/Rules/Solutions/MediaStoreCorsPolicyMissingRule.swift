import IaCModel
import IaCSyntax

/// IAC874: a MediaStore container has no CORS policy.
public struct MediaStoreCorsPolicyMissingRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC874",
    summary: "A MediaStore container has no CORS policy",
    url: "https://docs.aws.amazon.com/mediastore/latest/ug/cors-policy.html",
    resourceTypes: ["aws-cdk-lib.aws_mediastore.CfnContainer"],
    documentation: SolutionsDocumentation.page(
      code: "IAC874",
      whatItDoes: """
        Finds `mediastore.CfnContainer` constructs without a `cors_policy`, or with an empty one.
        """,
      why: """
        A CORS policy states which web origins may fetch media from the container in a browser; without one, the
        question is left to whatever sits in front of the container.
        """,
      example: """
        mediastore.CfnContainer(self, "Media", container_name="media")
        """,
      useInstead: """
        mediastore.CfnContainer(
            self,
            "Media",
            container_name="media",
            cors_policy=[mediastore.CfnContainer.CorsRuleProperty(allowed_origins=["https://example.com"])],
        )
        """,
      references: [
        (
          title: "CORS policies in AWS Elemental MediaStore",
          url: "https://docs.aws.amazon.com/mediastore/latest/ug/cors-policy.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_mediastore.CfnContainer"],
      prop: "corsPolicy",
      verdict: { value in
        if let rules = value.elements { return !rules.isEmpty }
        return CfnStructs.isWritten(CfnStructs.field(value, "")) == false ? false : nil
      },
      unsetFails: true,
      unsetMessage: "The container has no CORS policy: `cors_policy` is not set",
      valueMessage: "The container has no CORS policy: `cors_policy` is empty"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_mediastore as mediastore

      ↓mediastore.CfnContainer(self, "Media", container_name="media")
      no_rules = []
      mediastore.CfnContainer(self, "Closed", container_name="closed", ↓cors_policy=no_rules)
      """
    ),
    Example(
      """
      import * as mediastore from 'aws-cdk-lib/aws-mediastore';

      ↓new mediastore.CfnContainer(this, 'Media', { containerName: 'media' });
      new mediastore.CfnContainer(this, 'Closed', { containerName: 'closed', ↓corsPolicy: [] });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_mediastore as mediastore

      rule = mediastore.CfnContainer.CorsRuleProperty(allowed_origins=["https://example.com"])
      mediastore.CfnContainer(self, "Media", container_name="media", cors_policy=[rule])
      mediastore.CfnContainer(self, "Built", container_name="built", cors_policy=build_rules())
      mediastore.CfnContainer(self, "Hidden", **container_props)
      """
    ),
    Example(
      """
      import * as mediastore from 'aws-cdk-lib/aws-mediastore';

      new mediastore.CfnContainer(this, 'Media', { containerName: 'media', corsPolicy: [{ allowedOrigins: ['*'] }] });
      new mediastore.CfnContainer(this, 'Given', { containerName: 'given', corsPolicy: props.cors });
      """
    ),
  ]
}
