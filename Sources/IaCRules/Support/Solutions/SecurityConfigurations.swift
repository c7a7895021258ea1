import IaCModel
import IaCSyntax

/// What the EMR and Glue rules of the AWS Solutions pack share: a cluster, job or crawler names a security
/// configuration, a second L1 construct whose settings decide the check.
///
/// The configuration is found in the same file, through the value of the naming prop: the configuration itself or
/// one of its attributes (`config.ref`, which is its name), or a literal equal to the configuration's `name`. A
/// configuration iaclsp cannot find (made in another file or outside the app) gives no finding.
struct SecurityConfigurationCheck: Sendable {
  /// The resources judged, by fully qualified type, with the prop that names their configuration.
  var namingProps: [String: String]
  /// The configuration's type and the prop that holds its settings.
  var configurationType: String
  var settingsProp: String
  /// Whether the settings pass: true, false, or nil when they cannot be evaluated.
  var verdict: @Sendable (Value) -> Bool?
  /// The message when the naming prop is unset, and when the named configuration fails.
  var unsetMessage: String
  var failMessage: String

  func check(_ resource: Resource, in model: FileModel, description: RuleDescription, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1, let propName = namingProps[resource.type.fqn] else { return }
    let path = model.file.path
    guard let prop = resource.prop(propName) else {
      if resource.hasHiddenProps { return }
      diagnostics.append(description.diagnostic(path: path, range: resource.calleeRange, message: unsetMessage))
      return
    }
    guard let configuration = configuration(named: prop.value, in: model),
      let settings = configuration.prop(settingsProp)?.value,
      !CfnStructs.hasSpread(settings, in: model.file),
      verdict(settings) == false
    else { return }
    diagnostics.append(description.diagnostic(path: path, range: prop.argument.range, message: failMessage))
  }

  /// The configuration of this file that `value` names, or nil.
  func configuration(named value: Value, in model: FileModel) -> Resource? {
    if case .null = value.kind { return nil }
    let types: Set<String> = [configurationType]
    if let found = CfnStructs.referredResource(value, types: types, in: model) { return found }
    guard let name = value.string else { return nil }
    let named = model.resources.filter { $0.type.fqn == configurationType && $0.prop("name")?.value.string == name }
    return named.count == 1 ? named[0] : nil
  }
}
