import IaCModel

/// The CloudFormation engine name (`aurora-mysql`, `postgres`) of an RDS database in the source, for the rules that
/// depend on the engine. Nil when iaclsp cannot tell the engine.
enum RdsEngine {
  /// The engine of `resource`: the `engine` prop of an L2 construct (`rds.DatabaseClusterEngine.aurora_mysql(...)`,
  /// `rds.DatabaseInstanceEngine.POSTGRES`) or the engine string of an L1 (`CfnDBCluster(engine="aurora-mysql")`).
  /// Nil when the engine is a name the file assigns more than once (`engine = postgres` then, under an `if`,
  /// `engine = mysql`): which assignment holds depends on how the program runs.
  static func name(of resource: Resource, in model: FileModel) -> String? {
    guard let value = resource.prop("engine")?.value else { return nil }
    if value.resolvedTokens != value.tokens {
      let name = model.file.text(tokens: value.tokens)
      if model.file.assignments.filter({ $0.target == name }).count > 1 { return nil }
    }
    if let text = value.string { return text.lowercased() }
    for type in ["DatabaseClusterEngine", "DatabaseInstanceEngine"] {
      if let (method, _) = value.factory(of: type) { return cloudFormationName(method) }
      if let member = value.enumMember(of: type) { return cloudFormationName(member) }
    }
    return nil
  }

  /// `auroraMysql`, `AURORA_MYSQL` → `aurora-mysql`; `oracleSe2` → `oracle-se2`; `sqlServerEx` → `sqlserver-ex`.
  static func cloudFormationName(_ member: String) -> String? {
    let folded = member.lowercased().filter { $0 != "_" }
    let names: [String: String] = [
      "aurora": "aurora",
      "auroramysql": "aurora-mysql",
      "aurorapostgres": "aurora-postgresql",
      "mysql": "mysql",
      "mariadb": "mariadb",
      "postgres": "postgres",
      "oraclese2": "oracle-se2",
      "oraclese1": "oracle-se1",
      "oraclese": "oracle-se",
      "oracleee": "oracle-ee",
      "oracleeecdb": "oracle-ee-cdb",
      "oraclese2cdb": "oracle-se2-cdb",
      "sqlserveree": "sqlserver-ee",
      "sqlserverse": "sqlserver-se",
      "sqlserverex": "sqlserver-ex",
      "sqlserverweb": "sqlserver-web",
    ]
    return names[folded]
  }

  /// Whether the engine is Aurora MySQL (`aurora`, the MySQL 5.6-compatible engine, included).
  static func isAuroraMysql(_ name: String?) -> Bool {
    name == "aurora" || name == "aurora-mysql"
  }

  /// Whether an L1 database is created empty, not restored from a snapshot or made a replica of another database,
  /// whose storage settings it inherits.
  static func isCreatedEmpty(_ resource: Resource) -> Bool {
    let sources = ["snapshotIdentifier", "dbSnapshotIdentifier", "sourceDbInstanceIdentifier", "sourceDbClusterIdentifier"]
    return !sources.contains(where: { resource.isSet($0) })
  }

  /// Whether an `rds.CfnDBInstance` stands alone: created empty, of an engine iaclsp reads that is not Aurora (an
  /// Aurora instance's storage and availability are its cluster's).
  static func isStandaloneInstance(_ resource: Resource, in model: FileModel) -> Bool {
    guard isCreatedEmpty(resource), !resource.isSet("dbClusterIdentifier") else { return false }
    guard let engine = name(of: resource, in: model) else { return false }
    return !engine.contains("aurora")
  }
}
