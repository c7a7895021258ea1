import IaCModel
import IaCSyntax

/// IAC805: an AppSync GraphQL API does not log its requests in full.
public struct AppSyncRequestLoggingDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC805",
    summary: "An AppSync GraphQL API does not log its requests",
    url: "https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html",
    resourceTypes: types,
    documentation: SolutionsDocumentation.page(
      code: "IAC805",
      whatItDoes: """
        Finds AppSync GraphQL APIs without request logging: an `appsync.GraphqlApi` without `log_config`, or whose
        `log_config` sets `exclude_verbose_content=True`, and an `appsync.CfnGraphQLApi` whose `log_config` is
        missing, has no `cloud_watch_logs_role_arn`, or excludes verbose content. An `appsync.GraphqlApi` with a
        `log_config` passes otherwise: CDK creates the CloudWatch Logs role for it. A value iaclsp cannot evaluate
        gives no finding, nor do props hidden behind `**kwargs` or a spread.
        """,
      why: """
        AppSync's logs record each request with its resolvers' inputs and outputs. Without them, failed or abusive
        queries leave no trace; excluding verbose content drops the headers, context and mapping templates that an
        investigation needs.
        """,
      example: """
        appsync.GraphqlApi(self, "Api", name="api", definition=definition)
        """,
      useInstead: """
        appsync.GraphqlApi(
            self,
            "Api",
            name="api",
            definition=definition,
            log_config=appsync.LogConfig(field_log_level=appsync.FieldLogLevel.ERROR),
        )
        """,
      references: [
        (
          title: "Using CloudWatch to monitor and log GraphQL API data",
          url: "https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let l2 = "aws-cdk-lib.aws_appsync.GraphqlApi"
  static let l1 = "aws-cdk-lib.aws_appsync.CfnGraphQLApi"
  static let types = [l2, l1]

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: [l2],
      prop: "logConfig",
      verdict: { logs($0, needsRole: false) },
      unsetFails: true,
      unsetMessage: "The API logs no requests: `log_config` is not set",
      valueMessage: "The API does not log its requests in full: `log_config` excludes verbose content"
    ),
    SolutionsPropCheck(
      types: [l1],
      prop: "logConfig",
      verdict: { logs($0, needsRole: true) },
      unsetFails: true,
      unsetMessage: "The API logs no requests: `log_config` is not set",
      valueMessage: """
        The API does not log its requests in full: `log_config` has no `cloud_watch_logs_role_arn` or excludes \
        verbose content
        """
    ),
  ]

  /// Whether a log configuration logs requests in full: it is an object that does not exclude verbose content
  /// (and, for the L1, names the CloudWatch Logs role); nil when iaclsp cannot tell.
  static func logs(_ value: Value, needsRole: Bool) -> Bool? {
    if case .null = value.kind { return false }
    guard case .object = value.kind else { return nil }
    if needsRole && value.entry("cloudWatchLogsRoleArn") == nil { return false }
    guard let exclude = value.entry("excludeVerboseContent")?.value else { return true }
    return exclude.bool.map { !$0 }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_appsync as appsync

      ↓appsync.GraphqlApi(self, "Api", name="api", definition=definition)
      quiet = appsync.LogConfig(field_log_level=appsync.FieldLogLevel.ALL, exclude_verbose_content=True)
      appsync.GraphqlApi(self, "Quiet", name="quiet", definition=definition, ↓log_config=quiet)
      appsync.CfnGraphQLApi(
          self, "Raw", name="raw", authentication_type="API_KEY", ↓log_config={"fieldLogLevel": "ALL"}
      )
      """
    ),
    Example(
      """
      import * as appsync from 'aws-cdk-lib/aws-appsync';

      ↓new appsync.GraphqlApi(this, 'Api', { name: 'api', definition });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_appsync as appsync

      # appsync.GraphqlApi without log_config logs nothing
      appsync.GraphqlApi(
          self,
          "Api",
          name="api",
          definition=definition,
          log_config=appsync.LogConfig(field_log_level=appsync.FieldLogLevel.ERROR),
      )
      appsync.GraphqlApi(self, "Given", name="given", definition=definition, log_config=props.log_config)
      appsync.CfnGraphQLApi(
          self,
          "Raw",
          name="raw",
          authentication_type="API_KEY",
          log_config=appsync.CfnGraphQLApi.LogConfigProperty(
              cloud_watch_logs_role_arn=role.role_arn, field_log_level="ERROR"
          ),
      )
      appsync.GraphqlApi(self, "Hidden", **api_props)
      """
    ),
    Example(
      """
      import * as appsync from 'aws-cdk-lib/aws-appsync';

      const logConfig = { fieldLogLevel: appsync.FieldLogLevel.ALL, excludeVerboseContent: false };
      new appsync.GraphqlApi(this, 'Api', { name: 'api', definition, logConfig });
      """
    ),
  ]
}
