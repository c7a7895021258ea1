import IaCModel
import IaCSyntax

/// IAC803: a REST API method is open to anyone.
public struct ApiGatewayMethodWithoutAuthorizationRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC803",
    summary: "An API Gateway method has no authorization",
    url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html",
    resourceTypes: ApiGatewayMethods.apiTypes.sorted(),
    documentation: SolutionsDocumentation.page(
      code: "IAC803",
      whatItDoes: """
        Finds REST API methods without authorization: an `add_method(...)` on `api.root` or on a resource made with
        `add_resource(...)` (chained or bound to a name first) whose options, and the `default_method_options` of
        its resources and API, give neither an `authorizer` nor an `authorization_type` other than `NONE`; and the
        `ANY` methods a `LambdaRestApi` adds as a proxy (`proxy` not `False`) without such defaults. `OPTIONS`
        methods are not reported: CORS preflight requests carry no credentials, and cdk-nag exempts them. Methods
        whose options iaclsp cannot read (a spread, a name it cannot follow) give no finding; methods added in other
        ways (`add_proxy`, `resource_for_path`, another file) are not judged. HTTP API routes are not judged yet.
        A `LambdaRestApi`'s two proxy methods get one finding, on the construct, where cdk-nag reports each.
        """,
      why: """
        A method without authorization answers anyone who knows the URL. Data, side effects and the backend's cost
        are then open to the internet.
        """,
      example: """
        api.root.add_method("GET", integration)
        """,
      useInstead: """
        api.root.add_method("GET", integration, authorization_type=apigateway.AuthorizationType.IAM)
        """,
      references: [
        (
          title: "Control and manage access to REST APIs in API Gateway",
          url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    for method in ApiGatewayMethods.methods(of: resource, in: model)
    where method.authorization == .none && method.httpMethod != "OPTIONS" {
      let message = "\(method.name) \(method.isProxy ? "are" : "is") open to anyone: no authorizer or authorization type"
      var finding = Self.description.diagnostic(path: model.file.path, range: method.range, message: message)
      finding.resource = ApiGatewayMethods.reference(of: method, on: resource, in: model)
      diagnostics.append(finding)
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_apigateway as apigateway

      api = apigateway.RestApi(self, "Api")
      ↓api.root.add_method("GET", integration)
      items = api.root.add_resource("items")
      ↓items.add_method("POST", integration, authorization_type=apigateway.AuthorizationType.NONE)
      ↓apigateway.LambdaRestApi(self, "Proxy", handler=handler)
      """
    ),
    Example(
      """
      import * as apigw from 'aws-cdk-lib/aws-apigateway';

      const api = new apigw.RestApi(this, 'Api');
      api.root.addResource('orders').↓addMethod('DELETE', integration, {});
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_apigateway as apigateway

      # api.root.add_method("GET", integration) would be open to anyone
      api = apigateway.RestApi(self, "Api")
      api.root.add_method("GET", integration, authorization_type=apigateway.AuthorizationType.IAM)
      api.root.add_method("PUT", integration, authorizer=authorizer)
      api.root.add_method("OPTIONS", integration)
      api.root.add_method("PATCH", integration, **method_options)
      guarded = apigateway.RestApi(
          self,
          "Guarded",
          default_method_options=apigateway.MethodOptions(authorization_type=apigateway.AuthorizationType.IAM),
      )
      guarded.root.add_resource("items").add_method("GET", integration)
      apigateway.LambdaRestApi(self, "Fn", handler=handler, proxy=False)
      """
    ),
    Example(
      """
      import * as apigw from 'aws-cdk-lib/aws-apigateway';

      const api = new apigw.RestApi(this, 'Api');
      const admin = api.root.addResource('admin', { defaultMethodOptions: { authorizer } });
      admin.addMethod('GET', integration);
      api.root.addMethod('POST', integration, options);
      """
    ),
  ]
}
