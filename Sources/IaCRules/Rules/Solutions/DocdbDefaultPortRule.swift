import IaCModel
import IaCSyntax

/// IAC766: a DocumentDB cluster listens on the default port, 27017.
public struct DocdbDefaultPortRule: SolutionsPropRule {
  public init() {}

  static let types = ["aws-cdk-lib.aws_docdb.DatabaseCluster", "aws-cdk-lib.aws_docdb.CfnDBCluster"]

  public static let description = RuleDescription.solutions(
    code: "IAC766",
    summary: "A DocumentDB cluster listens on the default port",
    url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/db-cluster-parameters.html",
    resourceTypes: types,
    documentation: SolutionsDocumentation.page(
      code: "IAC766",
      whatItDoes: """
        Finds `docdb.DatabaseCluster` and `docdb.CfnDBCluster` constructs without a `port`, or with `port=27017`,
        DocumentDB's default (`DatabaseCluster` writes 27017 when the prop is unset). A port held in a variable is
        followed; one iaclsp cannot evaluate is not reported, nor is a cluster whose props come from `**kwargs`.
        """,
      why: """
        Scanners look for MongoDB-compatible databases on 27017. A port of your own does not protect the cluster,
        but it keeps it out of the cheapest sweeps; this is a house rule that cdk-nag reports as an error.
        """,
      example: """
        docdb.DatabaseCluster(self, "Docs", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc)
        """,
      useInstead: """
        docdb.DatabaseCluster(self, "Docs", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc,
            port=27018)
        """,
      references: [
        (
          title: "Modifying Amazon DocumentDB clusters (the port)",
          url: "https://docs.aws.amazon.com/documentdb/latest/developerguide/db-cluster-modify.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: types,
      prop: "port",
      verdict: { value in
        if case .null = value.kind { return false }
        return value.number.map { $0 != 27017 }
      },
      unsetFails: true,
      unsetMessage: "The cluster listens on the default port 27017: `port` is not set",
      valueMessage: "The cluster listens on the default port: `port` is 27017"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_docdb as docdb

      ↓docdb.DatabaseCluster(self, "Docs", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc)
      mongo_port = 27017
      docdb.CfnDBCluster(self, "Raw", master_username=user, master_user_password=password, ↓port=mongo_port)
      """
    ),
    Example(
      """
      import * as docdb from 'aws-cdk-lib/aws-docdb';

      ↓new docdb.CfnDBCluster(this, 'Raw', { masterUsername: user, masterUserPassword: password });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_docdb as docdb

      # Not the default port 27017.
      docdb.DatabaseCluster(self, "Docs", master_user=docdb.Login(username="docadmin"), instance_type=size, vpc=vpc,
          port=27018)
      docdb.CfnDBCluster(self, "Raw", master_username=user, master_user_password=password, port=settings.port)
      docdb.DatabaseCluster(self, "Props", **cluster_props)
      """
    ),
    Example(
      """
      import * as docdb from 'aws-cdk-lib/aws-docdb';

      new docdb.DatabaseCluster(this, 'Docs', { masterUser: { username: 'docadmin' }, instanceType: size, vpc, port: 27020 });
      new docdb.CfnDBCluster(this, 'Spread', { ...clusterProps });
      """
    ),
  ]
}
