import IaCModel

/// What the OpenSearch rules of the AWS Solutions pack share: the domain constructs they judge.
enum OpenSearchDomains {
  /// `opensearchservice.Domain` and the older `elasticsearch.Domain`, which take the same props.
  static let types = ["aws-cdk-lib.aws_opensearchservice.Domain", "aws-cdk-lib.aws_elasticsearch.Domain"]

  /// Passes any written value but `None`/`null`/`undefined`; unknown for values iaclsp cannot evaluate.
  static let isWritten: SolutionsPropCheck.Verdict = { value in
    if case .null = value.kind { return false }
    return value.isKnown ? true : nil
  }
}
