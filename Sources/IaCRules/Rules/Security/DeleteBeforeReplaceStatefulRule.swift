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
    corrections: DeleteBeforeReplaceStatefulRule.corrections,
    resourceTypes: Array(DeleteBeforeReplaceStatefulRule.statefulTypes.keys).sorted(),
    testFiles: .exclude
  )

  /// Pulumi AWS types (type tokens) whose replacement loses data: tables, databases, buckets, file systems, queues,
  /// keys.
  static let statefulTypes: [String: String] = [
    "aws:dynamodb/table:Table": "DynamoDB table",
    "aws:dynamodb/globalTable:GlobalTable": "DynamoDB global table",
    "aws:rds/instance:Instance": "RDS instance",
    "aws:rds/cluster:Cluster": "RDS cluster",
    "aws:rds/clusterInstance:ClusterInstance": "RDS cluster instance",
    "aws:rds/globalCluster:GlobalCluster": "RDS global cluster",
    "aws:s3/bucket:Bucket": "S3 bucket",
    "aws:s3/bucketV2:BucketV2": "S3 bucket",
    "aws:efs/fileSystem:FileSystem": "EFS file system",
    "aws:elasticache/cluster:Cluster": "ElastiCache cluster",
    "aws:elasticache/replicationGroup:ReplicationGroup": "ElastiCache replication group",
    "aws:elasticache/serverlessCache:ServerlessCache": "ElastiCache serverless cache",
    "aws:memorydb/cluster:Cluster": "MemoryDB cluster",
    "aws:docdb/cluster:Cluster": "DocumentDB cluster",
    "aws:neptune/cluster:Cluster": "Neptune cluster",
    "aws:redshift/cluster:Cluster": "Redshift cluster",
    "aws:redshiftserverless/namespace:Namespace": "Redshift Serverless namespace",
    "aws:opensearch/domain:Domain": "OpenSearch domain",
    "aws:elasticsearch/domain:Domain": "Elasticsearch domain",
    "aws:kinesis/stream:Stream": "Kinesis stream",
    "aws:sqs/queue:Queue": "SQS queue",
    "aws:kms/key:Key": "KMS key",
    "aws:ebs/volume:Volume": "EBS volume",
    "aws:ecr/repository:Repository": "ECR repository",
    "aws:cognito/userPool:UserPool": "Cognito user pool",
    "aws:secretsmanager/secret:Secret": "Secrets Manager secret",
    "aws:backup/vault:Vault": "Backup vault",
    "aws:keyspaces/table:Table": "Keyspaces table",
    "aws:timestreamwrite/table:Table": "Timestream table",
    "aws:qldb/ledger:Ledger": "QLDB ledger",
    "aws:glacier/vault:Vault": "Glacier vault",
    "aws:fsx/lustreFileSystem:LustreFileSystem": "FSx file system",
    "aws:fsx/ontapFileSystem:OntapFileSystem": "FSx file system",
    "aws:fsx/openZfsFileSystem:OpenZfsFileSystem": "FSx file system",
    "aws:fsx/windowsFileSystem:WindowsFileSystem": "FSx file system",
    "aws:cloudwatch/logGroup:LogGroup": "CloudWatch log group",
  ]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard let kind = Self.statefulTypes[resource.type.fqn] else { return }
    let file = model.file
    guard let (option, inline) = deleteBeforeReplace(of: file.calls[resource.call], in: model),
      model.value(of: option).bool == true else { return }
    diagnostics.append(Self.description.diagnostic(
      path: file.path,
      range: option.range,
      message: "`\(option.label?.name ?? "delete_before_replace")` on a \(kind): a replacement deletes it, and its data, before the new one exists",
      fix: inline.map { removalFix(of: option, in: $0, file: file) }
    ))
  }

  /// The `delete_before_replace` option of a resource call, and the options call or object it is written in when
  /// that is written in the resource call itself (the only place a fix may edit).
  func deleteBeforeReplace(of call: Call, in model: FileModel) -> (Argument, OptionsSite?)? {
    let file = model.file
    guard let opts = ResourceOptions.argument(of: call, framework: .pulumi, in: file) else { return nil }
    let value = model.value(of: opts)
    let inline = value.tokens == value.resolvedTokens
    switch file.language {
    case .python:
      // `ResourceOptions(...)` / `pulumi.ResourceOptions(...)`, inline or bound to a name.
      guard let index = file.callIndex(spanning: value.resolvedTokens), file.calls[index].callee?.last.name == "ResourceOptions",
        let option = file.calls[index].keyword("delete_before_replace") else { return nil }
      let options = file.calls[index]
      return (option, inline ? OptionsSite(open: options.openToken, close: options.closeToken) : nil)
    case .typescript:
      // `new aws.dynamodb.Table(name, args, opts)`: the options are the third argument.
      let tokens = value.resolvedTokens
      guard let properties = file.objectProperties(tokens: tokens),
        let option = properties.first(where: { $0.label?.name == "deleteBeforeReplace" }) else { return nil }
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
