import IaCModel
import IaCSyntax

/// IAC735: an RDS instance or Aurora cluster listens on its engine's default port.
public struct RdsDefaultPortRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC735",
    summary: "An RDS instance or Aurora cluster listens on its engine's default port",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_BestPractices.Security.html",
    resourceTypes: instances + clusters + [serverlessCluster, cfnInstance, cfnCluster],
    documentation: SolutionsDocumentation.page(
      code: "IAC735",
      whatItDoes: """
        Finds databases that listen on their engine's default port, as cdk-nag decides it:

        - an `rds.DatabaseInstance` or `rds.DatabaseInstanceFromSnapshot` without `port` (aws-cdk-lib writes none,
          so the engine's default applies), or whose `port` is the default of its engine (3306 for MySQL and
          MariaDB, 5432 for PostgreSQL, 1521 for Oracle, 1433 for SQL Server);
        - an `rds.DatabaseCluster` or `rds.DatabaseClusterFromSnapshot` of an Aurora MySQL engine without `port`
          (aws-cdk-lib writes 3306), or any of them with `port=3306`;
        - every `rds.ServerlessCluster`, for which aws-cdk-lib writes no port;
        - an `rds.CfnDBCluster` without `port`, or whose port is 3306 on an Aurora engine (and, for a serverless
          engine mode, 5432 on Aurora PostgreSQL);
        - an `rds.CfnDBInstance` of a non-Aurora engine without `port`, or whose port is its engine's default.

        Where the engine decides and iaclsp cannot tell it (a variable bound twice, a parameter), nothing is
        reported. As in cdk-nag, a provisioned Aurora PostgreSQL cluster on 5432 is not reported, and neither is
        an instance in an Aurora cluster, whose port is the cluster's. cdk-nag also reports an `rds.CfnDBInstance`
        without `engine` (a read replica, a restore from a snapshot); iaclsp does not, since its port is the
        source's.
        """,
      why: """
        Scanners try the well-known database ports first; a non-default port takes a database out of the most
        common automated attacks and adds a step to reaching it. It is defence in depth, not a substitute for
        keeping the database off the internet.
        """,
      example: """
        rds.DatabaseInstance(self, "Db", engine=rds.DatabaseInstanceEngine.POSTGRES, vpc=vpc)
        """,
      useInstead: """
        rds.DatabaseInstance(self, "Db", engine=rds.DatabaseInstanceEngine.POSTGRES, vpc=vpc, port=15432)
        """,
      references: [
        (
          title: "Security best practices for Amazon RDS",
          url: "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_BestPractices.Security.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let instances = ["aws-cdk-lib.aws_rds.DatabaseInstance", "aws-cdk-lib.aws_rds.DatabaseInstanceFromSnapshot"]
  static let clusters = ["aws-cdk-lib.aws_rds.DatabaseCluster", "aws-cdk-lib.aws_rds.DatabaseClusterFromSnapshot"]
  static let serverlessCluster = "aws-cdk-lib.aws_rds.ServerlessCluster"
  static let cfnInstance = "aws-cdk-lib.aws_rds.CfnDBInstance"
  static let cfnCluster = "aws-cdk-lib.aws_rds.CfnDBCluster"

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1 else { return }
    let path = model.file.path
    let type = resource.type.fqn
    if type == Self.serverlessCluster {
      let escapes = SolutionsEscapeHatches.mayChange(resource, in: model)
      guard !escapes else { return }
      let message = "The cluster listens on its engine's default port: `rds.ServerlessCluster` cannot set a port"
      diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
      return
    }
    guard let verdict = Self.verdict(resource, type: type, in: model), verdict.fails else { return }
    if let port = resource.prop("port") {
      let message = "The database listens on its engine's default port (\(verdict.port.map(String.init) ?? "?"))"
      diagnostics.append(Self.description.diagnostic(path: path, range: port.argument.range, message: message))
    } else {
      let message = "The database listens on its engine's default port: `port` is not set"
      diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
    }
  }

  /// Whether the resource fails, and the port it listens on when known; nil when iaclsp cannot tell.
  static func verdict(_ resource: Resource, type: String, in model: FileModel) -> (fails: Bool, port: Int?)? {
    let portProp = resource.prop("port")
    if portProp == nil && resource.hasHiddenProps { return nil }
    var port: Int?
    if let portProp {
      guard let literal = number(portProp.value) else { return nil }
      port = literal
    }
    let engine = RdsEngine.name(of: resource, in: model)
    switch type {
    case _ where instances.contains(type):
      guard let port else { return (true, nil) }
      guard let engine else { return nil }
      return (defaultPort(ofInstanceEngine: engine) == port, port)
    case _ where clusters.contains(type):
      if let port { return (port == 3306, port) }
      guard let engine else { return nil }
      return (RdsEngine.isAuroraMysql(engine), 3306)
    case cfnCluster:
      guard let port else { return (true, nil) }
      guard let engine else { return nil }
      let mode = resource.prop("engineMode")
      guard let modeName = mode.map({ $0.value.string?.lowercased() }) ?? "provisioned" else { return nil }
      if modeName == "provisioned" { return (engine.contains("aurora") && port == 3306, port) }
      if RdsEngine.isAuroraMysql(engine) { return (port == 3306, port) }
      return (engine == "aurora-postgresql" && port == 5432, port)
    case cfnInstance:
      guard let engine else { return nil }
      guard let port else { return (!engine.contains("aurora"), nil) }
      return (defaultPort(ofInstanceEngine: engine) == port, port)
    default:
      return nil
    }
  }

  /// The default port of an instance engine, by CloudFormation engine name, as cdk-nag compares them.
  static func defaultPort(ofInstanceEngine engine: String) -> Int? {
    if engine == "mysql" || engine == "mariadb" { return 3306 }
    if engine == "postgres" { return 5432 }
    if engine.contains("oracle") { return 1521 }
    if engine.contains("sqlserver") { return 1433 }
    return nil
  }

  /// A port written as a number or, on the L1 instance, a string of digits.
  static func number(_ value: Value) -> Int? {
    if let number = value.integer { return number }
    guard let text = value.string, !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
    return Int(text)
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_rds as rds

      ↓rds.DatabaseInstance(self, "Db", engine=rds.DatabaseInstanceEngine.POSTGRES, vpc=vpc)
      default_port = 3306
      rds.DatabaseInstance(self, "Mysql", engine=rds.DatabaseInstanceEngine.mysql(version=version), vpc=vpc,
          ↓port=default_port)
      ↓rds.DatabaseCluster(self, "Aurora", engine=rds.DatabaseClusterEngine.aurora_mysql(version=version),
          writer=writer, vpc=vpc)
      ↓rds.CfnDBCluster(self, "Raw", engine="aurora-postgresql")
      rds.CfnDBInstance(self, "RawInstance", engine="sqlserver-ex", db_instance_class="db.t3.micro", ↓port="1433")
      """
    ),
    Example(
      """
      import * as rds from 'aws-cdk-lib/aws-rds';

      ↓new rds.ServerlessCluster(this, 'Serverless', { engine: rds.DatabaseClusterEngine.AURORA_MYSQL, vpc });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_rds as rds

      # port=5432 is the PostgreSQL default.
      rds.DatabaseInstance(self, "Db", engine=rds.DatabaseInstanceEngine.POSTGRES, vpc=vpc, port=15432)
      rds.DatabaseInstance(self, "Chosen", engine=rds.DatabaseInstanceEngine.POSTGRES, vpc=vpc, port=settings.port)
      rds.DatabaseInstance(self, "Unknown", engine=engine, vpc=vpc, port=3306)
      rds.DatabaseInstance(self, "Hidden", **database_props)
      rds.DatabaseCluster(self, "Pg", engine=rds.DatabaseClusterEngine.aurora_postgres(version=version),
          writer=writer, vpc=vpc)
      rds.DatabaseCluster(self, "Moved", engine=rds.DatabaseClusterEngine.aurora_mysql(version=version),
          writer=writer, vpc=vpc, port=13306)
      rds.CfnDBCluster(self, "Raw", engine="aurora-mysql", port=13306)
      rds.CfnDBInstance(self, "Member", engine="aurora-mysql", db_instance_class="db.r6g.large", db_cluster_identifier=raw.ref)
      rds.CfnDBInstance(self, "Replica", source_db_instance_identifier=source.ref, db_instance_class="db.t3.micro")
      """
    ),
  ]
}
