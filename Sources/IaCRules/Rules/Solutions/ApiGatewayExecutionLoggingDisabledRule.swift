import IaCModel
import IaCSyntax

/// IAC804: a REST API stage does not log the execution of every method.
public struct ApiGatewayExecutionLoggingDisabledRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC804",
    summary: "A REST API stage does not log method execution",
    url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
    resourceTypes: types,
    documentation: SolutionsDocumentation.page(
      code: "IAC804",
      whatItDoes: """
        Finds REST API stages whose execution logging is off: a REST API (`RestApi`, `LambdaRestApi`,
        `SpecRestApi`, `StepFunctionsRestApi`) whose `deploy_options` set no `logging_level` of `ERROR` or `INFO`,
        or an `apigateway.Stage` without one. CDK writes these common options as the stage's method setting for
        every method and path (`*`, `/*`), which is the setting cdk-nag reads. A stage with `method_options`
        (per-path settings, one of which may cover every path), a REST API with `deploy=False`, and options iaclsp
        cannot see are not reported.

        No fix is offered: execution logging needs the account's API Gateway CloudWatch Logs role, and a stage that
        turns logging on in an account without one fails to deploy (`cloud_watch_role=True` on the API creates it).
        """,
      why: """
        Execution logs show how API Gateway handled each request: authorizer results, integration errors and
        latency. Without them, failed requests cannot be traced to their cause.
        """,
      example: """
        apigateway.RestApi(self, "Api")
        """,
      useInstead: """
        apigateway.RestApi(
            self, "Api", deploy_options=apigateway.StageOptions(logging_level=apigateway.MethodLoggingLevel.ERROR)
        )
        """,
      references: [
        (
          title: "Setting up CloudWatch logging for REST APIs",
          url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let types = ApiGatewayStages.restApis.sorted() + [ApiGatewayStages.restStage]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let path = model.file.path
    switch ApiGatewayStages.restOptions(of: resource, in: model) {
    case .unknown:
      return
    case .unset:
      let message = "The API's stage does not log method execution: `deploy_options` is not set"
      diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
    case .written(let options, let prop):
      if ApiGatewayStages.option("methodOptions", of: options, on: resource) != nil { return }
      let range: TextRange
      let message: String
      if let level = ApiGatewayStages.option("loggingLevel", of: options, on: resource) {
        guard let member = level.enumMember(of: "MethodLoggingLevel"), member != "ERROR", member != "INFO" else { return }
        range = options == nil ? (resource.prop("loggingLevel")?.argument.range ?? resource.calleeRange)
          : (options?.entry("loggingLevel")?.range ?? prop?.argument.range ?? resource.calleeRange)
        message = "The stage does not log method execution: `logging_level` is `\(member)`"
      } else {
        if options == nil && resource.hasHiddenProps { return }
        range = prop?.argument.range ?? resource.calleeRange
        message = "The stage does not log method execution: `logging_level` is not set"
      }
      diagnostics.append(Self.description.diagnostic(path: path, range: range, message: message))
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_apigateway as apigateway

      ↓apigateway.LambdaRestApi(self, "Api", handler=handler)
      apigateway.RestApi(self, "Traced", ↓deploy_options=apigateway.StageOptions(tracing_enabled=True))
      apigateway.RestApi(
          self, "Off", deploy_options=apigateway.StageOptions(↓logging_level=apigateway.MethodLoggingLevel.OFF)
      )
      """
    ),
    Example(
      """
      import * as apigw from 'aws-cdk-lib/aws-apigateway';

      new apigw.RestApi(this, 'Api', { ↓deployOptions: { stageName: 'v1', metricsEnabled: true } });
      ↓new apigw.Stage(this, 'Beta', { deployment });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_apigateway as apigateway

      level = apigateway.MethodLoggingLevel.INFO
      apigateway.RestApi(self, "Api", deploy_options=apigateway.StageOptions(logging_level=level))
      apigateway.RestApi(self, "Undeployed", deploy=False)
      apigateway.RestApi(self, "Opaque", deploy_options=stage_options)
      apigateway.RestApi(
          self,
          "PerPath",
          deploy_options=apigateway.StageOptions(method_options={"/*/*": apigateway.MethodDeploymentOptions()}),
      )
      """
    ),
    Example(
      """
      import * as apigw from 'aws-cdk-lib/aws-apigateway';

      new apigw.Stage(this, 'Beta', { deployment, loggingLevel: apigw.MethodLoggingLevel.ERROR });
      new apigw.RestApi(this, 'Spread', { deployOptions: { ...common, stageName: 'v1' } });
      """
    ),
  ]
}
