import IaCModel
import IaCSyntax

/// IAC866: a QuickSight data source turns off SSL to the database.
public struct QuickSightDataSourceSslDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC866",
    summary: "A QuickSight data source connects to its database without SSL",
    url: "https://docs.aws.amazon.com/quicksight/latest/user/data-source-ssl.html",
    resourceTypes: ["aws-cdk-lib.aws_quicksight.CfnDataSource"],
    documentation: SolutionsDocumentation.page(
      code: "IAC866",
      whatItDoes: """
        Finds `quicksight.CfnDataSource` constructs with `ssl_properties.disable_ssl=True`. A data source that
        leaves `ssl_properties` unset is not reported: QuickSight then uses SSL.
        """,
      why: """
        Without SSL, the queries QuickSight sends and the rows the database returns, often business data, cross the
        network in plaintext.
        """,
      example: """
        quicksight.CfnDataSource(
            self, "Sales", aws_account_id=account, data_source_id="sales", name="sales", type="POSTGRESQL",
            ssl_properties=quicksight.CfnDataSource.SslPropertiesProperty(disable_ssl=True),
        )
        """,
      useInstead: """
        quicksight.CfnDataSource(
            self, "Sales", aws_account_id=account, data_source_id="sales", name="sales", type="POSTGRESQL",
        )
        """,
      references: [
        (
          title: "Using SSL with data sources in Amazon QuickSight",
          url: "https://docs.aws.amazon.com/quicksight/latest/user/data-source-ssl.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_quicksight.CfnDataSource"],
      prop: "sslProperties",
      verdict: { value in
        guard case .value(let flag) = CfnStructs.field(value, "disableSsl") else { return nil }
        return flag.bool.map { !$0 }
      },
      unsetFails: false,
      applies: CfnStructs.withoutSpreads(in: "sslProperties"),
      unsetMessage: "",
      valueMessage: "The data source connects without SSL: `disable_ssl` is true"
    ),
  ]

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_quicksight as quicksight

      no_ssl = quicksight.CfnDataSource.SslPropertiesProperty(disable_ssl=True)
      quicksight.CfnDataSource(
          self, "Sales", aws_account_id=account, data_source_id="sales", name="sales", type="POSTGRESQL",
          ↓ssl_properties=no_ssl,
      )
      """
    ),
    Example(
      """
      import * as quicksight from 'aws-cdk-lib/aws-quicksight';

      new quicksight.CfnDataSource(this, 'Sales', {
        awsAccountId: account,
        dataSourceId: 'sales',
        name: 'sales',
        type: 'MYSQL',
        ↓sslProperties: { disableSsl: true },
      });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_quicksight as quicksight

      quicksight.CfnDataSource(self, "Sales", aws_account_id=account, data_source_id="sales", name="sales", type="POSTGRESQL")
      quicksight.CfnDataSource(
          self, "Kept", aws_account_id=account, data_source_id="kept", name="kept", type="POSTGRESQL",
          ssl_properties=quicksight.CfnDataSource.SslPropertiesProperty(disable_ssl=False),
      )
      quicksight.CfnDataSource(
          self, "Chosen", aws_account_id=account, data_source_id="chosen", name="chosen", type="POSTGRESQL",
          ssl_properties=quicksight.CfnDataSource.SslPropertiesProperty(disable_ssl=flag),
      )
      # disable_ssl=True would be reported
      """
    ),
    Example(
      """
      import * as quicksight from 'aws-cdk-lib/aws-quicksight';

      new quicksight.CfnDataSource(this, 'Sales', { awsAccountId: account, dataSourceId: 'sales', name: 'sales', type: 'MYSQL', ...rest });
      """
    ),
  ]
}
