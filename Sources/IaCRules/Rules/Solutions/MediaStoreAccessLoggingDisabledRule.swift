import IaCModel
import IaCSyntax

/// IAC870: a MediaStore container does not send access logs to CloudWatch Logs.
public struct MediaStoreAccessLoggingDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC870",
    summary: "A MediaStore container does not log access requests",
    url: "https://docs.aws.amazon.com/mediastore/latest/ug/monitoring-cloudwatch-logs.html",
    resourceTypes: ["aws-cdk-lib.aws_mediastore.CfnContainer"],
    fixAvailability: .sometimes,
    documentation: SolutionsDocumentation.page(
      code: "IAC870",
      whatItDoes: """
        Finds `mediastore.CfnContainer` constructs that do not set `access_logging_enabled=True`.
        """,
      why: """
        Without access logs there is no record of who read, wrote or deleted objects in the container, which an
        investigation of leaked or tampered media needs.
        """,
      example: """
        mediastore.CfnContainer(self, "Media", container_name="media")
        """,
      useInstead: """
        mediastore.CfnContainer(self, "Media", container_name="media", access_logging_enabled=True)
        """,
      fixSafety: """
        Access logging is changed in place; the logs go to CloudWatch Logs, which charges for what they store.
        """,
      references: [
        (
          title: "Access logging for AWS Elemental MediaStore",
          url: "https://docs.aws.amazon.com/mediastore/latest/ug/monitoring-cloudwatch-logs.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
    corrections: corrections,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_mediastore.CfnContainer"],
      prop: "accessLoggingEnabled",
      verdict: SolutionsPropCheck.mustBeTrue,
      unsetFails: true,
      unsetMessage: "The container logs no access requests: `access_logging_enabled` is not set",
      valueMessage: "The container logs no access requests: `access_logging_enabled` is false",
      fixValue: true
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_mediastore as mediastore

      ↓mediastore.CfnContainer(self, "Media", container_name="media")
      logging = False
      mediastore.CfnContainer(self, "Quiet", container_name="quiet", ↓access_logging_enabled=logging)
      """
    ),
    Example(
      """
      import * as mediastore from 'aws-cdk-lib/aws-mediastore';

      ↓new mediastore.CfnContainer(this, 'Media', { containerName: 'media' });
      new mediastore.CfnContainer(this, 'Quiet', { containerName: 'quiet', ↓accessLoggingEnabled: false });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_mediastore as mediastore

      # access_logging_enabled=False would be reported
      mediastore.CfnContainer(self, "Media", container_name="media", access_logging_enabled=True)
      mediastore.CfnContainer(self, "Chosen", container_name="chosen", access_logging_enabled=flag)
      mediastore.CfnContainer(self, "Hidden", **container_props)
      """
    ),
    Example(
      """
      import * as mediastore from 'aws-cdk-lib/aws-mediastore';

      const logged = true;
      new mediastore.CfnContainer(this, 'Media', { containerName: 'media', accessLoggingEnabled: logged });
      new mediastore.CfnContainer(this, 'Hidden', { ...props });
      """
    ),
  ]

  static let corrections: [Correction] = [
    Correction(
      Example(
        """
        from aws_cdk import aws_mediastore as mediastore

        mediastore.CfnContainer(self, "Media", container_name="media")
        """
      ),
      """
      from aws_cdk import aws_mediastore as mediastore

      mediastore.CfnContainer(self, "Media", container_name="media", access_logging_enabled=True)
      """
    ),
  ]
}
