import IaCModel
import IaCSyntax

/// The parameter group a Redshift cluster names, as RS1 (`require_ssl`) and RS11 (`enable_user_activity_logging`)
/// read it: the cluster fails when it names none (the default group sets neither), or names a
/// `CfnClusterParameterGroup` of the same file whose `parameters` certainly do not turn the setting on.
enum RedshiftParameterGroups {
  static let clusterType = "aws-cdk-lib.aws_redshift.CfnCluster"
  static let groupType = "aws-cdk-lib.aws_redshift.CfnClusterParameterGroup"

  /// Whether a parameter, by name and value as written, turns the setting on.
  typealias Turns = @Sendable (_ name: String, _ value: String) -> Bool

  /// Appends the finding on `cluster` for the setting `parameter`, if any.
  static func check(
    _ cluster: Resource,
    in model: FileModel,
    description: RuleDescription,
    parameter: String,
    turnsOn: Turns,
    into diagnostics: inout [Diagnostic]
  ) {
    guard !cluster.isCDKv1, cluster.type.fqn == clusterType else { return }
    let path = model.file.path
    let propName = model.spelling(of: "clusterParameterGroupName", for: cluster)
    guard let prop = cluster.prop("clusterParameterGroupName") else {
      guard !cluster.hasHiddenProps else { return }
      let message = "The cluster uses the default parameter group, which does not set `\(parameter)`: "
        + "`\(propName)` is not set"
      diagnostics.append(description.diagnostic(path: path, range: cluster.calleeRange, message: message))
      return
    }
    if case .null = prop.value.kind {
      let message = "The cluster uses the default parameter group, which does not set `\(parameter)`: "
        + "`\(propName)` names no group"
      diagnostics.append(description.diagnostic(path: path, range: prop.argument.range, message: message))
      return
    }
    // A group named by a literal lives outside the file (cdk-nag fails it, since no group of the stack matches):
    // iaclsp cannot see its parameters and makes no finding; nor for a group it cannot find.
    guard
      let group = model.resources.first(where: {
        $0.type.fqn == groupType && SolutionsSecondConstruct.refers(prop.value, to: $0)
      }),
      RedshiftParameterGroups.turnsOn(group, turnsOn) == false
    else { return }
    let name = group.idText.map { "`\($0)` " } ?? ""
    let message = "The cluster's parameter group \(name)does not set `\(parameter)` to `true`"
    diagnostics.append(description.diagnostic(path: path, range: prop.argument.range, message: message))
  }

  /// Whether the group's parameters turn the setting on: nil when iaclsp cannot tell (hidden props, a parameter it
  /// cannot evaluate, a method call that may change the group).
  static func turnsOn(_ group: Resource, _ turns: Turns) -> Bool? {
    if group.hasHiddenProps { return nil }
    if group.calls.contains(where: { if case .method = $0.role { return true } else { return false } }) { return nil }
    guard let parameters = group.prop("parameters") else { return false }
    if case .null = parameters.value.kind { return false }
    guard let elements = parameters.value.elements else { return nil }
    var unknown = false
    for element in elements {
      guard let parameter = nameAndValue(element), let name = parameter.name else {
        unknown = true
        continue
      }
      guard let value = parameter.value else {
        // The setting itself, with a value iaclsp cannot read; another parameter does not matter.
        if turns(name, "true") { unknown = true }
        continue
      }
      if turns(name, value) { return true }
    }
    return unknown ? nil : false
  }

  /// A parameter's name and value, each when it is a string literal; nil when the element is not an object. A
  /// plain dict or object literal reaches CloudFormation with its keys unchanged, so only the camelCase keys count
  /// there; a `ParameterProperty(...)` takes either spelling.
  static func nameAndValue(_ element: Value) -> (name: String?, value: String?)? {
    guard case .object(let type, let entries) = element.kind else { return nil }
    func entry(_ key: String) -> Value? {
      if type == nil { return entries.first { $0.label?.name == key }?.value }
      return element.entry(key)?.value
    }
    return (entry("parameterName")?.string, entry("parameterValue")?.string)
  }
}
