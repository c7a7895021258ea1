import IaCModel
import IaCSyntax

/// IAC844: an EventBridge event bus policy allows every principal without a condition.
public struct EventBusOpenAccessRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC844",
    summary: "An event bus policy allows every principal without a condition",
    url: "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html",
    resourceTypes: [bus, busPolicy, l1Policy],
    documentation: SolutionsDocumentation.page(
      code: "IAC844",
      whatItDoes: """
        Finds event bus policies that allow every principal and set no condition: an `events.CfnEventBusPolicy`
        with `principal="*"` and no complete `condition` (key, type and value), or whose `statement` allows `*`
        without a `Condition`; an `events.EventBusPolicy` whose `statement` does; and a statement added with
        `bus.add_to_resource_policy(...)` whose principals include `iam.AnyPrincipal()`, `iam.StarPrincipal()` or
        `iam.ArnPrincipal("*")` and that has no `conditions`. `iam.OrganizationPrincipal(...)` brings its own
        condition and passes.

        Only literal principals are judged: a principal or statement iaclsp cannot evaluate is not reported. A grant
        (`bus.grant_put_events_to(iam.AnyPrincipal())`) writes no bus policy and is not reported, by cdk-nag either.
        """,
      why: """
        A bus that any account can put events on will accept forged events, which reach every rule and target of
        the bus: a way to trigger your functions and workflows with input of an attacker's choosing.
        """,
      example: """
        events.CfnEventBusPolicy(self, "Open", statement_id="open", action="events:PutEvents", principal="*")
        """,
      useInstead: """
        events.CfnEventBusPolicy(
            self,
            "Org",
            statement_id="org",
            action="events:PutEvents",
            principal="*",
            condition=events.CfnEventBusPolicy.ConditionProperty(
                key="aws:PrincipalOrgID", type="StringEquals", value="o-abc123"
            ),
        )
        """,
      references: [
        (
          title: "Permissions for event buses in Amazon EventBridge",
          url: "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-bus-perms.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let bus = "aws-cdk-lib.aws_events.EventBus"
  static let busPolicy = "aws-cdk-lib.aws_events.EventBusPolicy"
  static let l1Policy = "aws-cdk-lib.aws_events.CfnEventBusPolicy"

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let principals = PolicyPrincipals(model: model)
    var ranges: [TextRange] = []
    switch resource.type.fqn {
    case Self.bus:
      for (_, value) in principals.firstArguments(of: resource, methods: ["addtoresourcepolicy"]) {
        if let statement = principals.statement(value), Self.isOpen(statement) { ranges.append(statement.range) }
      }
    case Self.busPolicy:
      if let prop = resource.prop("statement"), let statement = principals.statement(prop.value),
        Self.isOpen(statement) {
        ranges.append(statement.range)
      }
    case Self.l1Policy:
      if let principal = resource.prop("principal"), principal.value.string == "*", Self.lacksCondition(resource) {
        ranges.append(principal.argument.range)
      }
      if let prop = resource.prop("statement"), let statement = principals.jsonStatement(prop.value),
        Self.isOpen(statement) {
        ranges.append(statement.range)
      }
    default:
      return
    }
    let message = "The bus accepts events from every principal: the policy allows `*` without a condition"
    for range in ranges {
      diagnostics.append(Self.description.diagnostic(path: model.file.path, range: range, message: message))
    }
  }

  static func isOpen(_ statement: PolicyPrincipals.Statement) -> Bool {
    statement.star == .everyone && statement.conditioned == false
  }

  /// Whether an L1 policy with `principal="*"` certainly lacks a complete condition (key, type and value).
  static func lacksCondition(_ resource: Resource) -> Bool {
    guard let condition = resource.prop("condition") else { return !resource.hasHiddenProps }
    switch condition.value.kind {
    case .null: return true
    case .object: return ["key", "type", "value"].contains { condition.value.entry($0) == nil }
    default: return false
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_events as events
      from aws_cdk import aws_iam as iam

      events.CfnEventBusPolicy(self, "Open", statement_id="open", action="events:PutEvents", ↓principal="*")
      bus = events.EventBus(self, "Bus")
      bus.add_to_resource_policy(
          iam.PolicyStatement(sid="Anyone", principals=[↓iam.AnyPrincipal()], actions=["events:PutEvents"])
      )
      events.CfnEventBusPolicy(
          self,
          "Raw",
          statement_id="raw",
          statement={"Effect": "Allow", ↓"Principal": "*", "Action": "events:PutEvents", "Resource": bus.event_bus_arn},
      )
      """
    ),
    Example(
      """
      import * as events from 'aws-cdk-lib/aws-events';
      import * as iam from 'aws-cdk-lib/aws-iam';

      const everyone = '*';
      new events.CfnEventBusPolicy(this, 'Open', {
        statementId: 'open',
        action: 'events:PutEvents',
        ↓principal: everyone,
        condition: { key: 'aws:PrincipalOrgID', type: 'StringEquals' },
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_events as events
      from aws_cdk import aws_iam as iam

      # principal="*" is fine with a condition
      events.CfnEventBusPolicy(
          self,
          "Org",
          statement_id="org",
          action="events:PutEvents",
          principal="*",
          condition=events.CfnEventBusPolicy.ConditionProperty(key="aws:PrincipalOrgID", type="StringEquals", value="o-1"),
      )
      events.CfnEventBusPolicy(self, "Account", statement_id="acct", action="events:PutEvents", principal="123456789012")
      events.CfnEventBusPolicy(self, "Chosen", statement_id="chosen", action="events:PutEvents", principal=partner)
      bus = events.EventBus(self, "Bus")
      bus.add_to_resource_policy(
          iam.PolicyStatement(sid="Org", principals=[iam.OrganizationPrincipal("o-abc123")], actions=["events:PutEvents"])
      )
      bus.add_to_resource_policy(
          iam.PolicyStatement(
              sid="Conditioned",
              principals=[iam.AnyPrincipal()],
              actions=["events:PutEvents"],
              conditions={"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}},
          )
      )
      bus.grant_put_events_to(iam.AnyPrincipal(), "AnyoneGrant")
      """
    ),
    Example(
      """
      import * as events from 'aws-cdk-lib/aws-events';
      import * as iam from 'aws-cdk-lib/aws-iam';

      new events.EventBusPolicy(this, 'Policy', {
        eventBus: bus,
        statementId: 'acct',
        statement: new iam.PolicyStatement({ principals: [new iam.AccountPrincipal('123456789012')], actions: ['events:PutEvents'] }),
      });
      """
    ),
  ]
}
