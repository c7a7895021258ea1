import IaCModel
import IaCSyntax

/// IAC738: an Aurora Serverless v1 MySQL cluster does not export all of its logs.
public struct AuroraMysqlServerlessLogExportsMissingRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC738",
    summary: "An Aurora Serverless MySQL cluster does not export its audit, error, general and slow query logs",
    url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Integrating.CloudWatch.html",
    resourceTypes: [cfnCluster, serverlessCluster],
    documentation: SolutionsDocumentation.page(
      code: "IAC738",
      whatItDoes: """
        Finds Aurora Serverless v1 clusters of the MySQL engine that do not export the `audit`, `error`,
        `general` and `slowquery` logs to CloudWatch Logs: an `rds.CfnDBCluster` with `engine_mode="serverless"` and
        the `aurora` or `aurora-mysql` engine whose `enable_cloudwatch_logs_exports` misses one of them, and every
        `rds.ServerlessCluster` of an Aurora MySQL engine, which cannot export logs. Provisioned and Serverless v2
        clusters are not judged, as in cdk-nag.
        """,
      why: """
        Without the exported logs there is no record of who connected and what ran, and errors and slow queries
        are lost when the cluster scales or is replaced.
        """,
      example: """
        rds.CfnDBCluster(self, "Db", engine="aurora-mysql", engine_mode="serverless", enable_cloudwatch_logs_exports=["error"])
        """,
      useInstead: """
        rds.CfnDBCluster(self, "Db", engine="aurora-mysql", engine_mode="serverless",
            enable_cloudwatch_logs_exports=["audit", "error", "general", "slowquery"])
        """,
      references: [
        (
          title: "Publishing Amazon Aurora MySQL logs to Amazon CloudWatch Logs",
          url: "https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/AuroraMySQL.Integrating.CloudWatch.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let cfnCluster = "aws-cdk-lib.aws_rds.CfnDBCluster"
  static let serverlessCluster = "aws-cdk-lib.aws_rds.ServerlessCluster"
  static let needed = ["audit", "error", "general", "slowquery"]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1, RdsEngine.isAuroraMysql(RdsEngine.name(of: resource, in: model)) else { return }
    let path = model.file.path
    switch resource.type.fqn {
    case Self.serverlessCluster:
      let escapes = SolutionsEscapeHatches.mayChange(resource, in: model)
      guard !escapes else { return }
      let message = "The serverless cluster exports no logs: `rds.ServerlessCluster` cannot export the audit, error, general and slowquery logs"
      diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
    case Self.cfnCluster:
      guard resource.prop("engineMode")?.value.string?.lowercased() == "serverless" else { return }
      guard let exports = resource.prop("enableCloudwatchLogsExports") else {
        guard !resource.hasHiddenProps else { return }
        let message = "The serverless cluster exports no logs: `enable_cloudwatch_logs_exports` is not set"
        diagnostics.append(Self.description.diagnostic(path: path, range: resource.calleeRange, message: message))
        return
      }
      guard let elements = exports.value.elements else { return }
      let names = elements.map(\.string)
      guard !names.contains(where: { $0 == nil }) else { return }
      let missing = Self.needed.filter { !names.contains($0) }
      guard !missing.isEmpty else { return }
      let list = missing.map { "`\($0)`" }.joined(separator: ", ")
      let message = "The serverless cluster does not export every log: \(list) missing from `enable_cloudwatch_logs_exports`"
      diagnostics.append(Self.description.diagnostic(path: path, range: exports.argument.range, message: message))
    default:
      return
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_rds as rds

      rds.CfnDBCluster(self, "Db", engine="aurora-mysql", engine_mode="serverless",
          ↓enable_cloudwatch_logs_exports=["error"])
      ↓rds.CfnDBCluster(self, "Quiet", engine="aurora", engine_mode="serverless")
      ↓rds.ServerlessCluster(self, "Serverless", engine=rds.DatabaseClusterEngine.AURORA_MYSQL, vpc=vpc)
      """
    ),
    Example(
      """
      import * as rds from 'aws-cdk-lib/aws-rds';

      const logs = ['audit', 'error'];
      new rds.CfnDBCluster(this, 'Db', { engine: 'aurora-mysql', engineMode: 'serverless', ↓enableCloudwatchLogsExports: logs });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_rds as rds

      exports = ["audit", "error", "general", "slowquery"]
      rds.CfnDBCluster(self, "Db", engine="aurora-mysql", engine_mode="serverless", enable_cloudwatch_logs_exports=exports)
      rds.CfnDBCluster(self, "Provisioned", engine="aurora-mysql")
      rds.CfnDBCluster(self, "Postgres", engine="aurora-postgresql", engine_mode="serverless")
      rds.CfnDBCluster(self, "Chosen", engine="aurora-mysql", engine_mode=mode)
      rds.CfnDBCluster(self, "Hidden", engine="aurora-mysql", engine_mode="serverless", **more)
      rds.ServerlessCluster(self, "Pg", engine=rds.DatabaseClusterEngine.AURORA_POSTGRESQL, vpc=vpc)
      """
    ),
  ]
}
