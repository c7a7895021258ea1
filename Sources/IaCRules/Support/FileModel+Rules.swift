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
