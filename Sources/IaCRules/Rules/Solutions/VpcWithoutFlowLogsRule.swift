import IaCModel
import IaCSyntax

/// IAC716: a VPC has no flow log.
public struct VpcWithoutFlowLogsRule: Rule {
  public init() {}

  static let vpcTypes: Set<String> = ["aws-cdk-lib.aws_ec2.Vpc", "aws-cdk-lib.aws_ec2.CfnVPC"]
  static let flowLogTypes: Set<String> = ["aws-cdk-lib.aws_ec2.FlowLog", "aws-cdk-lib.aws_ec2.CfnFlowLog"]

  public static let description = RuleDescription.solutions(
    code: "IAC716",
    summary: "A VPC has no flow log",
    url: "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
    resourceTypes: Array(vpcTypes) + Array(flowLogTypes),
    documentation: SolutionsDocumentation.page(
      code: "IAC716",
      whatItDoes: """
        Finds `ec2.Vpc` and `ec2.CfnVPC` constructs that no flow log records. A VPC passes when it sets `flow_logs`,
        when `vpc.add_flow_log(...)` is called on it, or when an `ec2.FlowLog` or `ec2.CfnFlowLog` of the same file
        refers to it (`resource_type=ec2.FlowLogResourceType.from_vpc(vpc)`, `resource_id=vpc.ref`).

        A VPC handed to a custom construct or a helper function defined in the same file is judged by what that
        code does: it passes when the code may make a flow log (or calls code iaclsp cannot read). A VPC handed to
        a construct or function defined elsewhere may get its flow log there, and one whose
        CloudFormation resource is edited through `node.default_child` may be changed in ways iaclsp does not read:
        neither is reported, and neither is a VPC whose props come from `**kwargs`. cdk-nag, which sees the whole
        stack, reports such a VPC when no flow log is made for it.
        """,
      why: """
        Flow logs record which connections a VPC accepted and rejected. Without them, there is nothing to
        investigate a suspected intrusion or exfiltration with, and no way to find why traffic does not arrive.
        """,
      example: """
        vpc = ec2.Vpc(self, "Vpc", max_azs=2)
        """,
      useInstead: """
        vpc = ec2.Vpc(self, "Vpc", max_azs=2)
        vpc.add_flow_log("FlowLog")
        """,
      references: [
        (
          title: "Logging IP traffic using VPC Flow Logs (Amazon VPC User Guide)",
          url: "https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  public func check(
    _ resource: Resource,
    in model: FileModel,
    context: RuleContext,
    into diagnostics: inout [Diagnostic]
  ) {
    guard !resource.isCDKv1, Self.vpcTypes.contains(resource.type.fqn), !resource.hasHiddenProps else { return }
    if let flowLogs = resource.prop("flowLogs") {
      // `flow_logs={}` makes none; any other value may.
      guard let entries = flowLogs.value.entries, entries.isEmpty else { return }
    }
    if !resource.methodCalls("addFlowLog").isEmpty { return }
    if !SolutionsSecondConstruct.referrers(of: resource, types: Self.flowLogTypes, in: model).isEmpty { return }
    if SolutionsSecondConstruct.mayBeCompletedElsewhere(
      resource, in: model, creates: Self.flowLogTypes.contains, calls: ["addFlowLog"]
    ) { return }
    let message = "No flow log records the VPC's traffic: set `flow_logs` or call `add_flow_log`"
    let finding = Self.description.diagnostic(path: model.file.path, range: resource.calleeRange, message: message)
    diagnostics.append(finding)
  }

  static let triggering: [Example] = [
    // A construct of the same file that only places a database in the VPC.
    Example(
      """
      from aws_cdk import aws_ec2 as ec2, aws_rds as rds
      from constructs import Construct

      class Database(Construct):
          def __init__(self, scope, construct_id, *, vpc):
              super().__init__(scope, construct_id)
              rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc,
                  vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED))

      vpc = ↓ec2.Vpc(self, "Vpc")
      Database(self, "Database", vpc=vpc)
      """
    ),
    Example(
      """
      from aws_cdk import Tags, aws_ec2 as ec2

      vpc = ↓ec2.Vpc(self, "Vpc", max_azs=2, nat_gateways=1)
      Tags.of(vpc).add("team", "network")
      ec2.SecurityGroup(self, "Web", vpc=vpc)
      ↓ec2.Vpc(self, "Empty", flow_logs={})
      ↓ec2.CfnVPC(self, "Raw", cidr_block="10.0.0.0/16")
      """
    ),
    Example(
      """
      import * as ec2 from 'aws-cdk-lib/aws-ec2';

      const vpc = ↓new ec2.Vpc(this, 'Vpc', { maxAzs: 2 });
      """
    ),
    Example(
      """
      from aws_cdk import aws_ec2 as ec2

      vpc = ↓ec2.Vpc(self, "Network", max_azs=1)
      common = dict(vpc=vpc, instance_type=ec2.InstanceType("t3.micro"))
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    // A construct of the same file that adds the flow log.
    Example(
      """
      from aws_cdk import aws_ec2 as ec2
      from constructs import Construct

      class Monitored(Construct):
          def __init__(self, scope, construct_id, *, vpc):
              super().__init__(scope, construct_id)
              vpc.add_flow_log("FlowLog")

      vpc = ec2.Vpc(self, "Vpc")
      Monitored(self, "Monitoring", vpc=vpc)
      """
    ),
    Example(
      """
      from aws_cdk import aws_ec2 as ec2

      ec2.Vpc(self, "Logged", flow_logs={"All": ec2.FlowLogOptions()})
      method = ec2.Vpc(self, "Method")
      method.add_flow_log("FlowLog")
      separate = ec2.Vpc(self, "Separate")
      ec2.FlowLog(self, "SeparateLog", resource_type=ec2.FlowLogResourceType.from_vpc(separate))
      raw = ec2.CfnVPC(self, "Raw", cidr_block="10.0.0.0/16")
      ec2.CfnFlowLog(self, "RawLog", resource_id=raw.ref, resource_type="VPC", traffic_type="ALL")
      self.network = ec2.Vpc(self, "Network")
      ec2.CfnFlowLog(self, "NetworkLog", resource_id=self.network.vpc_id, resource_type="VPC", traffic_type="ALL")
      """
    ),
    Example(
      """
      from aws_cdk import aws_ec2 as ec2

      shared = ec2.Vpc(self, "Shared")
      NetworkMonitoring(self, "Monitoring", vpc=shared)
      helper_vpc = ec2.Vpc(self, "Helper")
      add_standard_flow_logs(helper_vpc)
      ec2.Vpc(self, "Props", **vpc_props)
      """
    ),
    Example(
      """
      import * as ec2 from 'aws-cdk-lib/aws-ec2';

      const vpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 2 });
      vpc.addFlowLog('FlowLog');
      """
    ),
  ]
}
