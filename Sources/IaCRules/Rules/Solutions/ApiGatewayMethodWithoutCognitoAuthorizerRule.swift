import IaCModel
import IaCSyntax

/// IAC812: a REST API method is not authorized by a Cognito user pool.
public struct ApiGatewayMethodWithoutCognitoAuthorizerRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC812",
    summary: "An API Gateway method does not use a Cognito user pool authorizer",
    url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html",
    resourceTypes: ApiGatewayMethods.apiTypes.sorted(),
    documentation: SolutionsDocumentation.page(
      code: "IAC812",
      whatItDoes: """
        Finds REST API methods that a Cognito user pool does not authorize: an `add_method(...)` on `api.root` or on
        a resource made with `add_resource(...)`, and the `ANY` methods a `LambdaRestApi` adds as a proxy, whose
        options and `default_method_options` give no `CognitoUserPoolsAuthorizer` and no
        `authorization_type=AuthorizationType.COGNITO` — whether they are open, use IAM or a Lambda authorizer.
        `OPTIONS` methods are not reported, as in cdk-nag. An authorizer iaclsp cannot identify (a parameter, a
        name it cannot follow), options it cannot read, and methods added in other ways give no finding. A
        `LambdaRestApi`'s two proxy methods get one finding, on the construct, where cdk-nag reports each.
        """,
      why: """
        A Cognito user pool authorizer checks each request's token against the pool, so only signed-in users of the
        application reach the method. This is a house rule for APIs that serve the users of a pool; APIs called by
        services authorize with IAM instead and may leave the pack's rule unselected or suppressed.
        """,
      example: """
        api.root.add_method("GET", integration, authorization_type=apigateway.AuthorizationType.IAM)
        """,
      useInstead: """
        authorizer = apigateway.CognitoUserPoolsAuthorizer(self, "Authorizer", cognito_user_pools=[pool])
        api.root.add_method("GET", integration, authorizer=authorizer)
        """,
      references: [
        (
          title: "Control access to REST APIs using Amazon Cognito user pools as an authorizer",
          url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    for method in ApiGatewayMethods.methods(of: resource, in: model) where method.httpMethod != "OPTIONS" {
      let how: String
      switch method.authorization {
      case .none: how = "no authorization at all"
      case .other: how = "IAM or a Lambda authorizer instead"
      case .cognito, .someAuthorizer, .unknown: continue
      }
      let message = "\(method.name) \(method.isProxy ? "are" : "is") not authorized by a Cognito user pool: \(how)"
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
      iam_only = apigateway.AuthorizationType.IAM
      api.root.add_resource("items").↓add_method("POST", integration, authorization_type=iam_only)
      """
    ),
    Example(
      """
      import * as apigw from 'aws-cdk-lib/aws-apigateway';

      const api = new apigw.RestApi(this, 'Api');
      const token = new apigw.TokenAuthorizer(this, 'Token', { handler });
      ↓api.root.addMethod('GET', integration, { authorizer: token });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_apigateway as apigateway

      # api.root.add_method("GET", integration) is not behind the user pool
      pool_authorizer = apigateway.CognitoUserPoolsAuthorizer(self, "Authorizer", cognito_user_pools=[pool])
      api = apigateway.RestApi(self, "Api")
      api.root.add_method("GET", integration, authorizer=pool_authorizer)
      api.root.add_method("PUT", integration, authorizer=props.authorizer)
      api.root.add_method("OPTIONS", integration)
      secured = apigateway.RestApi(
          self, "Secured", default_method_options=apigateway.MethodOptions(authorizer=pool_authorizer)
      )
      secured.root.add_method("GET", integration)
      """
    ),
  ]
}
