import IaCModel
import IaCSyntax

extension FileModel {
  /// The resource and attribute path a value reads (`fn.current_version` → the function and `currentVersion`,
  /// `key.arn` → the key and `arn`), following names the way the model does; nil when the value is not an attribute
  /// of a resource of the file. The path is in TypeScript (jsii) spelling.
  func attribute(_ value: Value) -> (resource: Resource, path: String)? {
    guard case .reference = value.kind else { return nil }
    let tokens = value.resolvedTokens
    // `a.b.c`: try `a.b`, then `a`, as the resource.
    var end = tokens.upperBound - 2
    while end > tokens.lowerBound {
      guard file.isOp(end, ".") || file.isOp(end, "?.") else { return nil }
      if let resource = resource(denotedBy: tokens.lowerBound..<end) {
        let path = stride(from: end + 1, to: tokens.upperBound, by: 2).map { PropName.camelCase(file.text(token: $0)) }
        return (resource, path.joined(separator: "."))
      }
      end -= 2
    }
    return nil
  }

  /// The resource a method call's receiver is (`mf.metric()` → the metric filter), with the method in TypeScript
  /// spelling; nil when the value is not a call of a method of a resource of the file.
  func methodCall(_ value: Value) -> (resource: Resource, method: String)? {
    guard let index = file.callIndex(spanning: value.resolvedTokens) else { return nil }
    for resource in resources {
      for call in resource.calls where call.call == index {
        if case .method(let method) = call.role { return (resource, method) }
      }
    }
    return nil
  }
}

extension FileModel {
  /// Where a finding about a whole resource goes: its callee as written (`s3.Bucket`, without `new`).
  func findingRange(of resource: Resource) -> TextRange {
    file.calls[resource.call].callee?.range ?? resource.calleeRange
  }
}

/// The options a method call passes (`alb.add_listener("Id", port=80)`, `metric.createAlarm(this, 'Id', { ... })`),
/// under canonical names.
struct MethodOptions {
  var entries: [(name: String, value: Value)]
  /// No spread (`**kwargs`, `...defaults`) may hide more options.
  var isComplete: Bool

  /// The option named `name`, in any casing.
  func option(_ name: String) -> Value? {
    entries.first { PropName.matches($0.name, name) }?.value
  }
}

extension FileModel {
  /// The options of call `index`: its Python keyword arguments, or the entries of the TypeScript object literal that
  /// is positional argument `position` (names followed). Nil in TypeScript when that argument is missing or is not
  /// an object literal.
  func methodOptions(ofCall index: Int, position: Int) -> MethodOptions? {
    let call = file.calls[index]
    switch file.language {
    case .python:
      let entries = call.arguments.compactMap { argument in
        argument.label.map { (name: PropName.camelCase($0.name), value: value(of: argument)) }
      }
      return MethodOptions(entries: entries, isComplete: !call.arguments.contains(where: \.isSpread))
    case .typescript:
      guard call.positional.count > position else { return nil }
      let options = value(of: call.positional[position])
      guard let entries = options.entries else { return nil }
      let spread = file.objectProperties(tokens: options.resolvedTokens)?.contains(where: \.isSpread) ?? true
      return MethodOptions(entries: entries.compactMap { entry in entry.name.map { (name: $0, value: entry.value) } }, isComplete: !spread)
    }
  }
}
