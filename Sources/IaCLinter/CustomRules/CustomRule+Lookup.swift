import IaCModel

/// A prop requirement made ready for checking when the rule is read: its path's names folded once
/// (``PropName/fold(_:)``), so that finding the prop on each resource compares bytes and allocates nothing.
struct CompiledRequirement: Sendable {
  var requirement: CustomRuleDefinition.PropRequirement
  /// The folded names of the path's components: `["blockpublicaccess", "blockpublicacls"]`.
  var keys: [String]
  /// The last component as written, whose unit suffix (`retention_in_days`) gives plain numbers their unit.
  var lastComponent: String

  init(_ requirement: CustomRuleDefinition.PropRequirement) {
    self.requirement = requirement
    let components = requirement.path.split(separator: ".").map(String.init)
    keys = components.map(PropName.fold)
    lastComponent = components.last ?? requirement.path
  }

  var isNested: Bool { keys.count > 1 }

  /// The resource's prop named by the path's first component, in any casing.
  func prop(of resource: Resource) -> Prop? {
    guard let key = keys.first else { return nil }
    return resource.props.first { CompiledRequirement.name($0.name, folds: key) }
  }

  /// The value at the path: the prop, then the entries of its object values.
  func value(of resource: Resource) -> Value? {
    guard var current = prop(of: resource)?.value else { return nil }
    for key in keys.dropFirst() {
      guard let next = current.entries?.first(where: { $0.name.map { CompiledRequirement.name($0, folds: key) } ?? false })?.value
      else { return nil }
      current = next
    }
    return current
  }

  /// The documented default of the (top-level) prop on the resource's catalogued constructor, as
  /// ``FileModel/documentedDefault(of:for:)`` finds it.
  func documentedDefault(for resource: Resource, in model: FileModel) -> String? {
    guard !isNested, let key = keys.first, !resource.isCDKv1, let constructor = model.catalogueConstructor(of: resource),
      let member = constructor.props.first(where: { CompiledRequirement.name($0.name, folds: key) }),
      !member.defaultValue.isEmpty
    else { return nil }
    return member.defaultValue
  }

  /// Whether `name` folds to `key` (`PropName.fold(name) == key`), without building the folded string.
  static func name(_ name: String, folds key: String) -> Bool {
    var expected = key.utf8.makeIterator()
    for byte in name.utf8 where byte != UInt8(ascii: "_") {
      let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
      guard expected.next() == lower else { return false }
    }
    return expected.next() == nil
  }
}
