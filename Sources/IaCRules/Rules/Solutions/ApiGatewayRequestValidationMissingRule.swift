import IaCModel
import IaCSyntax

/// IAC801: a REST API has no request validator that checks both the body and the parameters.
public struct ApiGatewayRequestValidationMissingRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC801",
    summary: "A REST API does not validate requests",
    url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html",
    resourceTypes: types,
    documentation: SolutionsDocumentation.page(
      code: "IAC801",
      whatItDoes: """
        Finds REST APIs (`RestApi`, `LambdaRestApi`, `StepFunctionsRestApi`, `CfnRestApi`) for which no request
        validator checks both the body and the parameters: no `api.add_request_validator(...)` with
        `validate_request_body=True` and `validate_request_parameters=True`. Nothing is reported when the file may
        create a validator iaclsp does not follow: a `RequestValidator` or `CfnRequestValidator` construct, or
        `request_validator` or `request_validator_options` given to a method, a resource or `default_method_options`;
        nor when the API is passed to other code, or its props are hidden behind `**kwargs` or a spread.
        A `SpecRestApi` is not judged: its OpenAPI definition may declare validators.
        """,
      why: """
        Without validation, API Gateway passes malformed or incomplete requests on to the backend, which pays for
        them and must defend against them itself. A basic validator rejects them at the edge with a 400.
        """,
      example: """
        api = apigateway.RestApi(self, "Api")
        """,
      useInstead: """
        api = apigateway.RestApi(self, "Api")
        api.add_request_validator("Validator", validate_request_body=True, validate_request_parameters=True)
        """,
      references: [
        (
          title: "Use request validation in API Gateway",
          url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-request-validation.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let types = [
    "aws-cdk-lib.aws_apigateway.RestApi",
    "aws-cdk-lib.aws_apigateway.LambdaRestApi",
    "aws-cdk-lib.aws_apigateway.StepFunctionsRestApi",
    "aws-cdk-lib.aws_apigateway.CfnRestApi",
  ]
  static let validatorTypes: Set<String> = [
    "aws-cdk-lib.aws_apigateway.RequestValidator",
    "aws-cdk-lib.aws_apigateway.CfnRequestValidator",
  ]
  /// The names that create or choose a validator elsewhere in the file.
  static let validatorNames: Set<String> = ["requestvalidator", "requestvalidatoroptions"]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1, Self.types.contains(resource.type.fqn), !resource.hasHiddenProps,
      !SolutionsSecondConstruct.mayBeCompletedElsewhere(
        resource, in: model, creates: Self.validatorTypes.contains, calls: ["addRequestValidator"]
      ), !Self.mayValidateElsewhere(model) else { return }
    var partial = false
    for call in resource.methodCalls("addRequestValidator") {
      let arguments = model.file.calls[call.call].arguments + model.file.calls[call.call].properties
      if arguments.contains(where: \.isSpread) { return }
      var flags: [Bool?] = []
      for name in ["validateRequestBody", "validateRequestParameters"] {
        let argument = arguments.first { $0.label.map { PropName.fold($0.name) } == PropName.fold(name) }
        flags.append(argument.map { model.value(of: $0).bool } ?? false)
      }
      if flags.contains(where: { $0 == nil }) { return }
      if flags.allSatisfy({ $0 == true }) { return }
      partial = true
    }
    let message = partial
      ? "No request validator of the API checks both the body and the parameters"
      : "The API has no request validator"
    diagnostics.append(Self.description.diagnostic(path: model.file.path, range: resource.calleeRange, message: message))
  }

  /// Whether the file may create or choose a validator by other means than `add_request_validator`.
  static func mayValidateElsewhere(_ model: FileModel) -> Bool {
    if model.resources.contains(where: { validatorTypes.contains($0.type.fqn) }) { return true }
    let file = model.file
    for call in file.calls {
      for argument in call.arguments + call.properties {
        if let label = argument.label, validatorNames.contains(PropName.fold(label.name)) { return true }
      }
    }
    // An object literal's keys (`defaultMethodOptions: { requestValidatorOptions: ... }`).
    for index in file.tokens.indices where file.tokens[index].kind == .name {
      if validatorNames.contains(PropName.fold(file.text(token: index))) { return true }
    }
    return false
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_apigateway as apigateway

      plain = ↓apigateway.RestApi(self, "Api")
      plain.root.add_method("GET", integration)
      body = ↓apigateway.LambdaRestApi(self, "Fn", handler=handler)
      body.add_request_validator("Body", validate_request_body=True)
      """
    ),
    Example(
      """
      import * as apigw from 'aws-cdk-lib/aws-apigateway';

      const api = ↓new apigw.RestApi(this, 'Api');
      api.addRequestValidator('Params', { validateRequestParameters: true, validateRequestBody: false });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_apigateway as apigateway

      # apigateway.RestApi without a validator passes bad requests on
      api = apigateway.RestApi(self, "Api")
      both = True
      api.add_request_validator("Basic", validate_request_body=both, validate_request_parameters=True)
      given = apigateway.RestApi(self, "Given")
      given.add_request_validator("Chosen", validate_request_body=flag, validate_request_parameters=True)
      apigateway.RestApi(self, "Hidden", **api_props)
      shared = apigateway.RestApi(self, "Shared")
      add_validators(shared)
      """
    ),
    Example(
      """
      import * as apigw from 'aws-cdk-lib/aws-apigateway';

      const api = new apigw.RestApi(this, 'Api', {
        defaultMethodOptions: { requestValidatorOptions: { validateRequestBody: true, validateRequestParameters: true } },
      });
      """
    ),
  ]
}
