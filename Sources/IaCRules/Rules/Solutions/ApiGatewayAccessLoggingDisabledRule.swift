import IaCModel
import IaCSyntax

/// IAC800: an API Gateway stage writes no access logs.
public struct ApiGatewayAccessLoggingDisabledRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC800",
    summary: "An API Gateway stage writes no access logs",
    url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
    resourceTypes: types,
    documentation: SolutionsDocumentation.page(
      code: "IAC800",
      whatItDoes: """
        Finds API Gateway stages without an access log destination: a REST API (`RestApi`, `LambdaRestApi`,
        `SpecRestApi`, `StepFunctionsRestApi`) whose `deploy_options` give no `access_log_destination`, a
        `apigateway.Stage` without one, an `HttpStage` or `WebSocketStage` without `access_log_settings`, and an
        `HttpApi` that creates its default stage (which has no access log props). A REST API with `deploy=False`
        deploys no stage and is not reported; nor is a construct whose stage the source changes by other means
        (`api.deployment_stage`, `api.default_stage`, `node.default_child` overrides), or whose options iaclsp
        cannot see. A destination without a format passes: CDK writes the Common Log Format then.
        """,
      why: """
        Access logs record who called the API, when, from where and with what result. Without them, abuse, failed
        clients and security incidents leave no trace to investigate.
        """,
      example: """
        apigateway.RestApi(self, "Api")
        """,
      useInstead: """
        apigateway.RestApi(
            self,
            "Api",
            deploy_options=apigateway.StageOptions(
                access_log_destination=apigateway.LogGroupLogDestination(log_group),
                access_log_format=apigateway.AccessLogFormat.json_with_standard_fields(...),
            ),
        )
        """,
      references: [
        (
          title: "Setting up CloudWatch logging for REST APIs",
          url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html"
        ),
        (
          title: "Configuring logging for HTTP APIs",
          url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let types = ApiGatewayStages.restApis.sorted() + [ApiGatewayStages.restStage, ApiGatewayStages.httpApi]
    + ApiGatewayStages.httpStages.sorted()

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let path = model.file.path
    let type = resource.type.fqn
    if type == ApiGatewayStages.httpApi {
      // The default stage of an HTTP API takes no access log settings.
      guard !ApiGatewayStages.mayChangeStage(resource, in: model), resource.prop("createDefaultStage").map({ $0.value.bool == true })
        ?? !resource.hasHiddenProps else { return }
      let message = "The HTTP API's default stage writes no access logs; it takes no access log settings"
      diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
      return
    }
    if ApiGatewayStages.httpStages.contains(type) {
      guard resource.isCertainlyUnset("accessLogSettings"), !ApiGatewayStages.mayChangeStage(resource, in: model) else { return }
      let message = "The stage writes no access logs: `access_log_settings` is not set"
      diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
      return
    }
    switch ApiGatewayStages.restOptions(of: resource, in: model) {
    case .unknown:
      return
    case .unset:
      let message = "The API's stage writes no access logs: `deploy_options` is not set"
      diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
    case .written(let options, let prop):
      guard ApiGatewayStages.option("accessLogDestination", of: options, on: resource) == nil else { return }
      if options == nil && resource.hasHiddenProps { return }
      let message = "The stage writes no access logs: `access_log_destination` is not set"
      let range = prop?.argument.range ?? resource.calleeRange
      diagnostics.append(Self.description.diagnostic(path: path, range: range, message: message))
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_apigateway as apigateway

      ↓apigateway.LambdaRestApi(self, "Api", handler=handler)
      apigateway.RestApi(self, "Traced", ↓deploy_options=apigateway.StageOptions(tracing_enabled=True))
      guarded = ↓apigateway.RestApi(self, "Guarded")
      wafv2.CfnWebACLAssociation(self, "Waf", resource_arn=guarded.deployment_stage.stage_arn, web_acl_arn=acl_arn)
      """
    ),
    Example(
      """
      import * as apigw from 'aws-cdk-lib/aws-apigateway';
      import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';

      const options = { stageName: 'v1' };
      new apigw.RestApi(this, 'Api', { ↓deployOptions: options });
      ↓new apigwv2.HttpApi(this, 'Http');
      ↓new apigw.Stage(this, 'Beta', { deployment });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_apigateway as apigateway

      apigateway.RestApi(
          self,
          "Api",
          deploy_options=apigateway.StageOptions(
              access_log_destination=apigateway.LogGroupLogDestination(log_group),
          ),
      )
      apigateway.RestApi(self, "Undeployed", deploy=False)
      apigateway.RestApi(self, "Opaque", deploy_options=stage_options)
      apigateway.RestApi(self, "Hidden", **api_props)
      """
    ),
    Example(
      """
      import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';

      new apigwv2.HttpApi(this, 'Http', { createDefaultStage: false });
      new apigwv2.HttpStage(this, 'Stage', { httpApi, accessLogSettings: { destination } });
      const api = new apigwv2.HttpApi(this, 'Patched');
      (api.defaultStage?.node.defaultChild as apigwv2.CfnStage).accessLogSettings = settings;
      """
    ),
  ]
}
