import IaCModel
import IaCSyntax

/// IAC303: an RDS or Aurora database placed in subnets that reach the internet, or made publicly accessible.
public struct DatabaseNotIsolatedRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC303",
    name: "database-not-isolated",
    summary: "A database is placed in public or NAT-routed subnets, or is publicly accessible",
    severity: .warning,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.Scenarios.html",
    documentation: DatabaseNotIsolatedRule.documentation,
    triggeringExamples: DatabaseNotIsolatedRule.triggering,
    nonTriggeringExamples: DatabaseNotIsolatedRule.nonTriggering,
    resourceTypes: DatabaseNotIsolatedRule.databaseTypes,
    testFiles: .exclude
  )

  /// aws-cdk-lib `aws_rds` constructs that take `vpc_subnets` or `publicly_accessible`; Pulumi and CDK for
  /// Terraform instances with `publicly_accessible`.
  static let databaseTypes: [String] = [
    "aws-cdk-lib.aws_rds.DatabaseCluster",
    "aws-cdk-lib.aws_rds.DatabaseClusterFromSnapshot",
    "aws-cdk-lib.aws_rds.DatabaseInstance",
    "aws-cdk-lib.aws_rds.DatabaseInstanceFromSnapshot",
    "aws-cdk-lib.aws_rds.DatabaseInstanceReadReplica",
    "aws-cdk-lib.aws_rds.ServerlessCluster",
    "aws-cdk-lib.aws_rds.ServerlessClusterFromSnapshot",
    "aws-cdk-lib.aws_rds.SubnetGroup",
    "aws:rds/instance:Instance",
    "aws:rds/clusterInstance:ClusterInstance",
    "@cdktf/provider-aws.dbInstance.DbInstance",
    "@cdktf/provider-aws.rdsClusterInstance.RdsClusterInstance",
  ]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let path = model.file.path
    if let prop = resource.prop("publiclyAccessible"), prop.value.bool == true {
      reportPublic(at: prop.argument.range, path: path, into: &diagnostics)
    }
    guard resource.type.framework == .cdk else { return }
    checkSubnets(resource.prop("vpcSubnets")?.value, path: path, into: &diagnostics)
    // `instance_props=rds.InstanceProps(...)` (older clusters) and `writer=` / `readers=` cluster instances.
    if let instanceProps = resource.prop("instanceProps")?.value {
      if let entry = instanceProps.entry("publiclyAccessible"), entry.value.bool == true {
        reportPublic(at: entry.range, path: path, into: &diagnostics)
      }
      checkSubnets(instanceProps.entry("vpcSubnets")?.value, path: path, into: &diagnostics)
    }
    var instances: [Value] = []
    if let writer = resource.prop("writer")?.value { instances.append(writer) }
    instances += resource.prop("readers")?.value.elements ?? []
    for instance in instances {
      guard let (_, arguments) = instance.factory(of: "ClusterInstance") else { continue }
      for argument in arguments {
        for entry in argument.name == nil ? argument.value.entries ?? [] : [argument]
        where entry.name.map(PropName.fold) == "publiclyaccessible" && entry.value.bool == true {
          reportPublic(at: entry.range, path: path, into: &diagnostics)
        }
      }
    }
  }

  func reportPublic(at range: TextRange, path: String, into diagnostics: inout [Diagnostic]) {
    var diagnostic = Self.description.diagnostic(
      path: path,
      range: range,
      message: "The database is publicly accessible: it gets a public IP address and can be reached from the internet"
    )
    diagnostic.severity = .error
    diagnostics.append(diagnostic)
  }

  /// Judges a subnet selection (`ec2.SubnetSelection(subnet_type=...)` or `{ subnetType: ... }`).
  func checkSubnets(_ selection: Value?, path: String, into diagnostics: inout [Diagnostic]) {
    guard let subnetType = selection?.entry("subnetType")?.value, let name = subnetType.enumMember(of: "SubnetType") else { return }
    switch name {
    case "PUBLIC":
      var diagnostic = Self.description.diagnostic(
        path: path,
        range: subnetType.range,
        message: "The database is placed in `PUBLIC` subnets, which route to the internet gateway; CDK also makes it publicly accessible there"
      )
      diagnostic.severity = .error
      diagnostics.append(diagnostic)
    case "PRIVATE_WITH_EGRESS", "PRIVATE_WITH_NAT", "PRIVATE":
      diagnostics.append(Self.description.diagnostic(
        path: path,
        range: subnetType.range,
        message: "The database is placed in `\(name)` subnets, which reach the internet through a NAT gateway; databases belong in `PRIVATE_ISOLATED` subnets"
      ))
    default:
      return
    }
  }
}
