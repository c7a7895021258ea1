import IaCModel
import IaCSyntax

/// Reading the nested struct props of CloudFormation (L1) constructs the way CloudFormation receives them, for the
/// analytics and media rules of the AWS Solutions pack (MSK, EMR, Glue, Kinesis Analytics, QuickSight, MediaStore,
/// Lex).
///
/// A generated struct (`msk.CfnCluster.EncryptionInfoProperty(encryption_in_transit=...)`) takes its fields in either
/// spelling. A plain dictionary or object literal reaches CloudFormation with its keys as written, and an L1 reads
/// only the jsii (camelCase) names from it: a Python dict's `"encryption_in_transit"` key is dropped.
enum CfnStructs {
  /// What a path below a value leads to.
  enum Field {
    /// The field is certainly not written (or written as `None`/`null`/`undefined`).
    case absent
    /// It may be written: something on the way cannot be evaluated, or the object spreads other entries.
    case unknown
    case value(Value)

    /// The value, when it is known to be written.
    var value: Value? {
      if case .value(let value) = self { return value }
      return nil
    }
  }

  /// The field at `path` (jsii names, `encryptionInTransit.clientBroker`) below `value`.
  static func field(_ value: Value, _ path: String) -> Field {
    var current = value
    for name in path.split(separator: ".") {
      switch step(current, String(name)) {
      case .value(let next): current = next
      case let other: return other
      }
    }
    if case .null = current.kind { return .absent }
    return .value(current)
  }

  /// The field at `path` below a prop of `resource`, the first part of the path the prop (`encryptionInfo`); absent
  /// when the prop certainly is not set.
  static func field(of resource: Resource, _ path: String) -> Field {
    let parts = path.split(separator: ".", maxSplits: 1).map(String.init)
    guard let prop = resource.prop(parts[0]) else { return resource.hasHiddenProps ? .unknown : .absent }
    return parts.count == 1 ? field(prop.value, "") : field(prop.value, parts[1])
  }

  /// One step down: the entry `name` of an object value.
  static func step(_ value: Value, _ name: String) -> Field {
    guard case .object(let type, let entries) = value.kind else {
      if case .null = value.kind { return .absent }
      return .unknown
    }
    let complete = !entries.contains { $0.name == nil }
    let entry: Value.Entry?
    if type == nil {
      entry = entries.first { $0.label?.name == name }
    } else {
      entry = value.entry(name)
    }
    guard let entry else { return complete ? .absent : .unknown }
    if case .null = entry.value.kind { return .absent }
    return .value(entry.value)
  }

  /// A literal string, case-insensitively compared by callers; nil when the value is not a plain string.
  static func string(_ field: Field) -> String? { field.value?.string }

  /// Passes when the field is written (whatever its value), fails when it is certainly absent, unknown otherwise.
  static func isWritten(_ field: Field) -> Bool? {
    switch field {
    case .absent: return false
    case .unknown: return nil
    case .value: return true
    }
  }

  /// Whether an object or list inside `value` spreads entries iaclsp cannot see (`**options`, `...base`): the model
  /// leaves them out, so a field that looks absent may be written there.
  static func hasSpread(_ value: Value, in file: SourceFile) -> Bool {
    switch value.kind {
    case .object(_, let entries):
      if value.resolvedTokens.contains(where: { file.isOp($0, "...") || file.isOp($0, "**") }) { return true }
      return entries.contains { hasSpread($0.value, in: file) }
    case .list(let values):
      return values.contains { hasSpread($0, in: file) }
    default:
      return false
    }
  }

  /// A ``SolutionsPropCheck/applies`` that leaves out resources whose `prop` spreads entries somewhere inside.
  static func withoutSpreads(in prop: String) -> @Sendable (Resource, FileModel) -> Bool {
    { resource, model in
      guard let value = resource.prop(prop)?.value else { return true }
      return !hasSpread(value, in: model.file)
    }
  }

  /// The resource of the file `value` refers to (the resource, or one of its attributes such as `config.ref`).
  static func referredResource(_ value: Value, types: Set<String>, in model: FileModel) -> Resource? {
    if let index = value.resource, types.contains(model.resources[index].type.fqn) { return model.resources[index] }
    return model.resources.first { types.contains($0.type.fqn) && SolutionsSecondConstruct.refers(value, to: $0) }
  }
}
