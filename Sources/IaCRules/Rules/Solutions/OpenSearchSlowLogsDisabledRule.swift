import IaCModel
import IaCSyntax

/// IAC797: an OpenSearch domain does not publish its slow logs.
public struct OpenSearchSlowLogsDisabledRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC797",
    summary: "An OpenSearch domain does not publish its search and index slow logs",
    url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html",
    resourceTypes: OpenSearchDomains.types,
    documentation: SolutionsDocumentation.page(
      code: "IAC797",
      whatItDoes: """
        Finds OpenSearch domains whose `logging` does not publish both the search and the index slow logs
        (`slow_search_log_enabled=True` and `slow_index_log_enabled=True`) to CloudWatch Logs. cdk-nag reports each missing
        log separately; iaclsp reports the domain once.
        """,
      why: """
        Slow logs show which queries and indexing requests take too long; without them, performance problems and abusive
        queries are hard to find.
        """,
      example: """
        opensearch.Domain(self, "Search", version=version)
        """,
      useInstead: """
        opensearch.Domain(
            self,
            "Search",
            version=version,
            logging=opensearch.LoggingOptions(slow_search_log_enabled=True, slow_index_log_enabled=True),
        )
        """,
      references: [
        (
          title: "Monitoring OpenSearch logs with Amazon CloudWatch Logs",
          url: "https://docs.aws.amazon.com/opensearch-service/latest/developerguide/createdomain-configure-slow-logs.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: OpenSearchDomains.types,
      prop: "logging",
      verdict: OpenSearchSlowLogsDisabledRule.publishesSlowLogs,
      unsetFails: true,
      unsetMessage: "The domain publishes no slow logs: `logging` is not set",
      valueMessage: "The domain does not publish both slow logs: `slow_search_log_enabled` and `slow_index_log_enabled` must be true"
    ),
  ]

  /// Passes when both slow logs are literally enabled; fails when one is certainly not; unknown otherwise.
  static let publishesSlowLogs: SolutionsPropCheck.Verdict = { value in
    SolutionsVerdicts.allTrue(value, ["slowSearchLogEnabled", "slowIndexLogEnabled"])
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_opensearchservice as opensearch

      ↓opensearch.Domain(self, "Search", version=version)
      opensearch.Domain(self, "Half", version=version, ↓logging=opensearch.LoggingOptions(slow_search_log_enabled=True))
      """
    ),
    Example(
      """
      import * as opensearch from 'aws-cdk-lib/aws-opensearchservice';

      const logging = { appLogEnabled: true };
      new opensearch.Domain(this, 'Search', { version, ↓logging });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_opensearchservice as opensearch

      opensearch.Domain(
          self,
          "Search",
          version=version,
          logging=opensearch.LoggingOptions(slow_search_log_enabled=True, slow_index_log_enabled=True),
      )
      opensearch.Domain(self, "Chosen", version=version, logging=logging_options)
      opensearch.Domain(self, "Hidden", **domain_props)
      """
    ),
  ]
}
