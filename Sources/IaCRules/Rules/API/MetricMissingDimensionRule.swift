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

  static let methodNames: Set<String> = ["metric_successful_request_latency", "metricSuccessfulRequestLatency"]

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard file.usesCDK else { return }
    // A helper of the file's own with the same name is not the CDK method.
    if file.functions.contains(where: { Self.methodNames.contains($0.name) }) { return }
    let reader = ValueReader(file)
    let python = file.language == .python
    for call in file.calls {
      guard let callee = call.callee, callee.parts.count >= 2 || callee.hasReceiverExpression,
        Self.methodNames.contains(callee.last.name), call.isClosed else { continue }
      if call.arguments.contains(where: \.isSpread) || call.properties.contains(where: \.isSpread) { continue }
      let positional = call.positional
      let names = ["dimensions_map", "dimensionsMap", "dimensions"]
      let dimensions: Argument?
      var inlineProps = true
      if python {
        guard positional.isEmpty else { continue }
        dimensions = call.keyword(anyOf: names)
      } else {
        guard positional.count <= 1 else { continue }
        if let props = positional.first, file.objectProperties(tokens: props.valueTokens) == nil {
          // Options passed by name: judge them only when the name is bound to an object literal here.
          guard let properties = reader.properties(props.valueTokens) else { continue }
          if properties.contains(where: \.isSpread) { continue }
          inlineProps = false
        }
        dimensions = reader.argument(call, names)
      }
      var fix: Fix?
      if let dimensions {
        if let properties = reader.properties(dimensions.valueTokens) {
          if properties.contains(where: { $0.isSpread || $0.label?.name == "Operation" }) { continue }
          if reader.resolve(dimensions.valueTokens) == dimensions.valueTokens, inlineProps {
            let open = dimensions.valueTokens.lowerBound
            let entry = python ? "\"Operation\": \"GetItem\"" : "Operation: 'GetItem'"
            if let edit = ArgumentInserter(file).insert(entry, intoListOpenedAt: open, closedAt: dimensions.valueTokens.upperBound - 1,
              spacedBraces: !python) {
              fix = Fix(title: "Add the `Operation` dimension (`GetItem`)", applicability: .unsafe, edits: [edit])
            }
          }
        } else if let dictCall = reader.call(dimensions.valueTokens), dictCall.callee?.dotted == "dict" {
          if dictCall.keyword("Operation") != nil || dictCall.arguments.contains(where: \.isSpread) { continue }
        } else {
          // Dimensions the checker cannot see.
          continue
        }
      } else if inlineProps {
        let name = python ? "dimensions_map" : "dimensionsMap"
        let value = python ? "{\"Operation\": \"GetItem\"}" : "{ Operation: 'GetItem' }"
        if let edit = ArgumentInserter(file).edit(adding: name, value: value, to: call) {
          fix = Fix(title: "Add `\(name)=\(value)`".replacingOccurrences(of: "dimensionsMap=", with: "dimensionsMap: "),
            applicability: .unsafe, edits: [edit])
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
}
