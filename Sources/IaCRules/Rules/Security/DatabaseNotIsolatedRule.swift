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
    nonTriggeringExamples: DatabaseNotIsolatedRule.nonTriggering
  )

  /// aws-cdk-lib `aws_rds` constructs that take `vpc_subnets` or `publicly_accessible`.
  static let cdkDatabases: Set<String> = [
    "DatabaseCluster", "DatabaseClusterFromSnapshot", "DatabaseInstance", "DatabaseInstanceFromSnapshot",
    "DatabaseInstanceReadReplica", "ServerlessCluster", "ServerlessClusterFromSnapshot", "SubnetGroup", "InstanceProps",
  ]

  /// Pulumi AWS types with `publicly_accessible`.
  static let pulumiDatabases: Set<String> = ["rds.Instance", "rds.ClusterInstance"]

  /// CDK for Terraform AWS provider classes with `publiclyAccessible`.
  static let cdktfDatabases: Set<String> = ["DbInstance", "RdsClusterInstance"]

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard !file.frameworks.isEmpty, !file.isTestFile else { return }
    let reader = ValueReader(file)
    for call in file.calls {
      guard let callee = call.callee else { continue }
      if let symbol = file.cdkSymbol(of: callee), symbol.module == "aws_rds" {
        let isDatabase = symbol.members.count == 1 && Self.cdkDatabases.contains(symbol.members[0])
        let isClusterInstance = symbol.members.count == 2 && symbol.members[0] == "ClusterInstance"
        guard isDatabase || isClusterInstance else { continue }
        checkPubliclyAccessible(call, reader: reader, file: file, into: &diagnostics)
        if isDatabase { checkSubnets(call, reader: reader, file: file, into: &diagnostics) }
      } else if let type = reader.pulumiAWSType(callee), Self.pulumiDatabases.contains(type) {
        checkPubliclyAccessible(call, reader: reader, file: file, into: &diagnostics)
      } else if let type = reader.cdktfAWSType(callee), Self.cdktfDatabases.contains(type) {
        checkPubliclyAccessible(call, reader: reader, file: file, into: &diagnostics)
      }
    }
  }

  func checkPubliclyAccessible(_ call: Call, reader: ValueReader, file: SourceFile, into diagnostics: inout [Diagnostic]) {
    guard let argument = reader.argument(call, ["publicly_accessible", "publiclyAccessible"]),
      reader.bool(argument.valueTokens) == true else { return }
    var diagnostic = Self.description.diagnostic(
      path: file.path,
      range: argument.range,
      message: "The database is publicly accessible: it gets a public IP address and can be reached from the internet"
    )
    diagnostic.severity = .error
    diagnostics.append(diagnostic)
  }

  func checkSubnets(_ call: Call, reader: ValueReader, file: SourceFile, into diagnostics: inout [Diagnostic]) {
    guard let selection = reader.argument(call, ["vpc_subnets", "vpcSubnets"]) else { return }
    let subnetType: Argument?
    if let selectionCall = reader.call(selection.valueTokens) {
      guard let symbol = selectionCall.callee.flatMap({ file.cdkSymbol(of: $0) }), symbol.module == "aws_ec2",
        symbol.members == ["SubnetSelection"] else { return }
      subnetType = selectionCall.keyword(anyOf: ["subnet_type", "subnetType"])
    } else if let properties = reader.properties(selection.valueTokens) {
      subnetType = properties.first { $0.label?.name == "subnetType" || $0.label?.name == "subnet_type" }
    } else {
      return
    }
    guard let subnetType, let symbol = reader.cdkMember(subnetType.valueTokens), symbol.module == "aws_ec2",
      symbol.members.count == 2, symbol.members[0] == "SubnetType" else { return }
    let name = symbol.members[1]
    switch name {
    case "PUBLIC":
      var diagnostic = Self.description.diagnostic(
        path: file.path,
        range: subnetType.value,
        message: "The database is placed in `PUBLIC` subnets, which route to the internet gateway; CDK also makes it publicly accessible there"
      )
      diagnostic.severity = .error
      diagnostics.append(diagnostic)
    case "PRIVATE_WITH_EGRESS", "PRIVATE_WITH_NAT", "PRIVATE":
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: subnetType.value,
        message: "The database is placed in `\(name)` subnets, which reach the internet through a NAT gateway; databases belong in `PRIVATE_ISOLATED` subnets"
      ))
    default:
      return
    }
  }
}
