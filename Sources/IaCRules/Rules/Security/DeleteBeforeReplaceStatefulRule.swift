import IaCModel
import IaCSyntax

/// IAC305: `delete_before_replace=True` on a Pulumi resource that holds data.
public struct DeleteBeforeReplaceStatefulRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC305",
    name: "delete-before-replace-stateful",
    summary: "A Pulumi resource that holds data is deleted before its replacement is created",
    severity: .warning,
    frameworks: [.pulumi],
    fixAvailability: .sometimes,
    url: "https://www.pulumi.com/docs/iac/concepts/options/deletebeforereplace/",
    documentation: DeleteBeforeReplaceStatefulRule.documentation,
    triggeringExamples: DeleteBeforeReplaceStatefulRule.triggering,
    nonTriggeringExamples: DeleteBeforeReplaceStatefulRule.nonTriggering,
    corrections: DeleteBeforeReplaceStatefulRule.corrections
  )

  /// Pulumi AWS types whose replacement loses data: tables, databases, buckets, file systems, queues, keys.
  static let statefulTypes: [String: String] = [
    "dynamodb.Table": "DynamoDB table",
    "dynamodb.GlobalTable": "DynamoDB global table",
    "rds.Instance": "RDS instance",
    "rds.Cluster": "RDS cluster",
    "rds.ClusterInstance": "RDS cluster instance",
    "rds.GlobalCluster": "RDS global cluster",
    "s3.Bucket": "S3 bucket",
    "s3.BucketV2": "S3 bucket",
    "efs.FileSystem": "EFS file system",
    "elasticache.Cluster": "ElastiCache cluster",
    "elasticache.ReplicationGroup": "ElastiCache replication group",
    "elasticache.ServerlessCache": "ElastiCache serverless cache",
    "memorydb.Cluster": "MemoryDB cluster",
    "docdb.Cluster": "DocumentDB cluster",
    "neptune.Cluster": "Neptune cluster",
    "redshift.Cluster": "Redshift cluster",
    "redshiftserverless.Namespace": "Redshift Serverless namespace",
    "opensearch.Domain": "OpenSearch domain",
    "elasticsearch.Domain": "Elasticsearch domain",
    "kinesis.Stream": "Kinesis stream",
    "sqs.Queue": "SQS queue",
    "kms.Key": "KMS key",
    "ebs.Volume": "EBS volume",
    "ecr.Repository": "ECR repository",
    "cognito.UserPool": "Cognito user pool",
    "secretsmanager.Secret": "Secrets Manager secret",
    "backup.Vault": "Backup vault",
    "keyspaces.Table": "Keyspaces table",
    "timestreamwrite.Table": "Timestream table",
    "qldb.Ledger": "QLDB ledger",
    "glacier.Vault": "Glacier vault",
    "fsx.LustreFileSystem": "FSx file system",
    "fsx.OntapFileSystem": "FSx file system",
    "fsx.OpenZfsFileSystem": "FSx file system",
    "fsx.WindowsFileSystem": "FSx file system",
    "cloudwatch.LogGroup": "CloudWatch log group",
  ]

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard file.frameworks.contains(.pulumi), !file.isTestFile else { return }
    let reader = ValueReader(file)
    for call in file.calls {
      guard let callee = call.callee, let type = reader.pulumiAWSType(callee),
        let kind = Self.statefulTypes[type] else { continue }
      guard let (option, inline) = deleteBeforeReplace(of: call, reader: reader),
        reader.bool(option.valueTokens) == true else { continue }
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: option.range,
        message: "`\(option.label?.name ?? "delete_before_replace")` on a \(kind): a replacement deletes it, and its data, before the new one exists",
        fix: inline.map { removalFix(of: option, in: $0, file: file) }
      ))
    }
  }

  /// The `delete_before_replace` option of a resource call, and the options call or object it is written in when
  /// that is written in the resource call itself (the only place a fix may edit).
  func deleteBeforeReplace(of call: Call, reader: ValueReader) -> (Argument, OptionsSite?)? {
    let file = reader.file
    switch file.language {
    case .python:
      guard let opts = call.keyword("opts"), let options = reader.call(opts.valueTokens),
        options.callee?.last.name == "ResourceOptions",
        let option = options.keyword("delete_before_replace") else { return nil }
      let inline = file.callIndex(spanning: opts.valueTokens) != nil
      return (option, inline ? OptionsSite(open: options.openToken, close: options.closeToken) : nil)
    case .typescript:
      // `new aws.dynamodb.Table(name, args, opts)`: the options are the third argument.
      let positional = call.positional
      guard positional.count >= 3 else { return nil }
      let tokens = positional[2].valueTokens
      guard let properties = reader.properties(tokens),
        let option = properties.first(where: { $0.label?.name == "deleteBeforeReplace" }) else { return nil }
      let inline = file.objectProperties(tokens: tokens) != nil
      return (option, inline ? OptionsSite(open: tokens.lowerBound, close: tokens.upperBound - 1) : nil)
    }
  }

  /// The brackets of the options call or object literal that holds the option.
  struct OptionsSite {
    var open: Int
    var close: Int
  }

  /// Removes the option and one separating comma, keeping the layout of what remains.
  func removalFix(of option: Argument, in site: OptionsSite, file: SourceFile) -> Fix {
    let title = "Remove `\(option.label?.name ?? "delete_before_replace")`"
    let tokens = file.tokens
    // The tokens of the option: its label to the end of its value.
    guard let first = tokens.firstIndex(where: { Int($0.start) == option.range.start }),
      let last = tokens.lastIndex(where: { Int($0.end) == option.range.end }) else {
      return Fix(title: title, applicability: .unsafe, edits: [])
    }
    var next = last + 1
    while next < site.close && tokens[next].kind == .comment { next += 1 }
    let hasFollowingComma = next < site.close && file.isOp(next, ",")
    var previous = first - 1
    while previous > site.open && tokens[previous].kind == .comment { previous -= 1 }
    let hasPrecedingComma = previous > site.open && file.isOp(previous, ",")

    // Alone on its line(s): remove the whole lines.
    let startLine = file.line(of: option.range.start)
    let lineStart = file.lineTable.lineStarts[startLine]
    let afterEnd = hasFollowingComma ? Int(tokens[next].end) : option.range.end
    let endLine = file.line(of: afterEnd)
    let aloneAtStart = file.bytes[lineStart..<option.range.start].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
    let nextLineStart = endLine + 1 < file.lineTable.lineCount ? file.lineTable.lineStarts[endLine + 1] : file.bytes.count
    let restOfLine = file.bytes[afterEnd..<nextLineStart]
    let aloneAtEnd = restOfLine.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
    if aloneAtStart && aloneAtEnd && file.line(of: Int(tokens[site.open].start)) != startLine
      && file.line(of: Int(tokens[site.close].start)) != endLine {
      return Fix(title: title, applicability: .unsafe, edits: [.delete(TextRange(start: lineStart, end: nextLineStart))])
    }
    let isOnlyOption = !hasPrecedingComma && (!hasFollowingComma || next + 1 >= site.close)
    if isOnlyOption {
      // The only option: empty the brackets (`ResourceOptions()`, `{}`).
      let interior = TextRange(start: Int(tokens[site.open].end), end: Int(tokens[site.close].start))
      return Fix(title: title, applicability: .unsafe, edits: [.delete(interior)])
    }
    if hasFollowingComma {
      return Fix(title: title, applicability: .unsafe, edits: [.delete(TextRange(start: option.range.start, end: Int(tokens[next + 1].start)))])
    }
    if hasPrecedingComma {
      return Fix(title: title, applicability: .unsafe, edits: [.delete(TextRange(start: Int(tokens[previous].start), end: option.range.end))])
    }
    return Fix(title: title, applicability: .unsafe, edits: [.delete(option.range)])
  }
}
