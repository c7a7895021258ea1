import IaCModel
import IaCSyntax

/// IAC802: no AWS WAF web ACL is associated with an API Gateway stage.
public struct ApiGatewayStageWithoutWafRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC802",
    summary: "An API Gateway stage has no AWS WAF web ACL",
    url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html",
    resourceTypes: types,
    documentation: SolutionsDocumentation.page(
      code: "IAC802",
      whatItDoes: """
        Finds REST API stages that no `wafv2.CfnWebACLAssociation` of the file names: the stage a REST API
        (`RestApi`, `LambdaRestApi`, `SpecRestApi`, `StepFunctionsRestApi`) deploys unless `deploy=False`, and each
        `apigateway.Stage` and `CfnStage`. An association whose `resource_arn` refers to the API or the stage (its
        `deployment_stage.stage_arn`, its `stage_arn`, an ARN built from its id) satisfies the check. Nothing is
        reported when the file has an association iaclsp cannot tie to a resource, when the API or stage is handed to
        code of the project iaclsp does not read, or when its props are hidden behind `**kwargs` or a spread.
        """,
      why: """
        A web ACL filters requests before they reach the API: injection attempts, known bad addresses, floods from
        one client. Without one, API Gateway's throttling is the only guard and every request reaches the backend.
        """,
      example: """
        api = apigateway.RestApi(self, "Api")
        """,
      useInstead: """
        api = apigateway.RestApi(self, "Api")
        wafv2.CfnWebACLAssociation(
            self, "ApiWaf", resource_arn=api.deployment_stage.stage_arn, web_acl_arn=web_acl.attr_arn
        )
        """,
      references: [
        (
          title: "Use AWS WAF to protect your REST APIs in API Gateway",
          url: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let cfnStage = "aws-cdk-lib.aws_apigateway.CfnStage"
  static let types = ApiGatewayStages.restApis.sorted() + [ApiGatewayStages.restStage, cfnStage]
  static let association = "aws-cdk-lib.aws_wafv2.CfnWebACLAssociation"

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let type = resource.type.fqn
    guard !resource.isCDKv1, Self.types.contains(type), !resource.hasHiddenProps else { return }
    if ApiGatewayStages.restApis.contains(type) && !ApiGatewayStages.deploys(resource) { return }
    for other in model.resources where other.type.fqn == Self.association {
      guard let arn = other.prop("resourceArn")?.value else { return }
      if SolutionsSecondConstruct.refers(arn, to: resource) { return }
      // An association for another resource of the file does not protect this one; one iaclsp cannot tie to a
      // resource may.
      let forAnother = model.resources.contains { $0.index != resource.index && SolutionsSecondConstruct.refers(arn, to: $0) }
      if !forAnother { return }
    }
    if SolutionsSecondConstruct.mayBeCompletedElsewhere(
      resource, in: model, creates: { $0 == Self.association }, calls: []
    ) { return }
    let message = type == ApiGatewayStages.restStage || type == Self.cfnStage
      ? "No AWS WAF web ACL is associated with the stage"
      : "No AWS WAF web ACL is associated with the API's stage"
    diagnostics.append(Self.description.diagnostic(path: model.file.path, range: resource.calleeRange, message: message))
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_apigateway as apigateway
      from aws_cdk import aws_wafv2 as wafv2

      api = ↓apigateway.RestApi(self, "Api")
      api.root.add_method("GET", integration)
      guarded = apigateway.RestApi(self, "Guarded")
      wafv2.CfnWebACLAssociation(
          self, "GuardedWaf", resource_arn=guarded.deployment_stage.stage_arn, web_acl_arn=acl.attr_arn
      )
      """
    ),
    Example(
      """
      import * as apigw from 'aws-cdk-lib/aws-apigateway';

      const deployment = new apigw.Deployment(this, 'Deployment', { api });
      ↓new apigw.Stage(this, 'Beta', { deployment, stageName: 'beta' });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_apigateway as apigateway
      from aws_cdk import aws_wafv2 as wafv2

      # apigateway.RestApi without a web ACL association
      api = apigateway.RestApi(self, "Api")
      wafv2.CfnWebACLAssociation(self, "Waf", resource_arn=api.deployment_stage.stage_arn, web_acl_arn=acl.attr_arn)
      apigateway.RestApi(self, "Undeployed", deploy=False)
      apigateway.RestApi(self, "Hidden", **api_props)
      """
    ),
    Example(
      """
      import * as apigw from 'aws-cdk-lib/aws-apigateway';
      import * as wafv2 from 'aws-cdk-lib/aws-wafv2';

      const api = new apigw.RestApi(this, 'Api');
      new wafv2.CfnWebACLAssociation(this, 'Waf', { resourceArn: props.stageArn, webAclArn: acl.attrArn });
      """
    ),
  ]
}
