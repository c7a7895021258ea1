import IaCModel
import IaCSyntax

/// IAC104: `metric_successful_request_latency()` on a DynamoDB table without the `Operation` dimension it needs.
public struct MetricMissingDimensionRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC104",
    name: "metric-missing-dimension",
    summary: "A DynamoDB `SuccessfulRequestLatency` metric is built without its required `Operation` dimension",
    severity: .error,
    frameworks: [.cdk],
    fixAvailability: .sometimes,
    url: "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/metrics-dimensions.html",
    documentation: MetricMissingDimensionRule.documentation,
    triggeringExamples: MetricMissingDimensionRule.triggering,
    nonTriggeringExamples: MetricMissingDimensionRule.nonTriggering,
    corrections: MetricMissingDimensionRule.corrections
  )

  /// The method, in the key both spellings share (`metric_successful_request_latency`, `metricSuccessfulRequestLatency`).
  static let method = PropName.fold("metricSuccessfulRequestLatency")

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    // A helper of the file's own with the same name is not the CDK method.
    if file.functions.contains(where: { PropName.matches($0.name, Self.method) }) { return }
    let python = file.language == .python
    for call in file.calls {
      guard let callee = call.callee, callee.parts.count >= 2 || callee.hasReceiverExpression,
        PropName.matches(callee.last.name, Self.method), call.isClosed else { continue }
      if call.arguments.contains(where: \.isSpread) { continue }
      // A resource of the file that is not a DynamoDB table has another method of that name.
      if !callee.hasReceiverExpression, let receiver = receiverTokens(callee),
        let resource = model.resource(denotedBy: receiver), resource.type.module != "aws_dynamodb" { continue }
      let positional = call.positional
      var entries: [Value.Entry]
      var inlineProps = true
      if python {
        guard positional.isEmpty else { continue }
        entries = call.arguments.map { argument in
          Value.Entry(name: argument.label.map { PropName.camelCase($0.name) }, label: argument.label,
            value: model.value(of: argument), range: argument.range)
        }
      } else {
        guard positional.count <= 1 else { continue }
        entries = []
        if let props = positional.first {
          // Options passed by name are judged only when the name is bound to an object literal here.
          let value = model.value(of: props)
          guard let found = value.entries else { continue }
          if let properties = file.objectProperties(tokens: value.resolvedTokens), properties.contains(where: \.isSpread) {
            continue
          }
          entries = found
          inlineProps = value.resolvedTokens == value.tokens
        }
      }
      let dimensions = entries.first { entry in
        entry.name.map { PropName.matches($0, "dimensionsmap") || PropName.matches($0, "dimensions") } ?? false
      }
      var fix: Fix?
      if let dimensions {
        let value = dimensions.value
        if let map = value.entries {
          if map.contains(where: { $0.label?.name == "Operation" }) { continue }
          if let properties = file.objectProperties(tokens: value.resolvedTokens), properties.contains(where: \.isSpread) {
            continue
          }
          if value.resolvedTokens == value.tokens, inlineProps {
            let entry = python ? "\"Operation\": \"GetItem\"" : "Operation: 'GetItem'"
            if let edit = ArgumentInserter(file).insert(entry, intoListOpenedAt: value.tokens.lowerBound,
              closedAt: value.tokens.upperBound - 1, spacedBraces: !python) {
              fix = Fix(title: "Add the `Operation` dimension (`GetItem`)", applicability: .unsafe, edits: [edit])
            }
          }
        } else if let index = file.callIndex(spanning: value.resolvedTokens), file.calls[index].callee?.dotted == "dict" {
          let dict = file.calls[index]
          if dict.keyword("Operation") != nil || dict.arguments.contains(where: \.isSpread) { continue }
        } else {
          // Dimensions the checker cannot see.
          continue
        }
      } else if inlineProps {
        let name = python ? "dimensions_map" : "dimensionsMap"
        let value = python ? "{\"Operation\": \"GetItem\"}" : "{ Operation: 'GetItem' }"
        if let edit = ArgumentInserter(file).edit(adding: name, value: value, to: call) {
          let shown = python ? "\(name)=\(value)" : "\(name): \(value)"
          fix = Fix(title: "Add `\(shown)`", applicability: .unsafe, edits: [edit])
        }
      }
      diagnostics.append(Self.description.diagnostic(
        path: file.path,
        range: callee.last.range,
        message: "`\(callee.last.name)()` needs an `Operation` dimension: CDK refuses to build the `SuccessfulRequestLatency` metric without one",
        fix: fix
      ))
    }
  }

  /// The tokens of the receiver of a method call written as a dotted name (`self.table` in `self.table.metric…`).
  func receiverTokens(_ callee: Reference) -> Range<Int>? {
    guard callee.parts.count >= 2 else { return nil }
    return callee.parts[0].token..<(callee.parts[callee.parts.count - 2].token + 1)
  }
}
