import Foundation

/// Every resource type the catalogue knows (CDK constructs L1 and L2, Pulumi resources, CDKTF resources), by the
/// names a policy can give it: the fully qualified name, the CloudFormation type and the Terraform type.
///
/// Built on first use by scanning the type lines of the three tables; configuration loading uses it to check the
/// resource types of custom rules and to find the types a CloudFormation or Terraform type names.
package final class CatalogueResourceTypes: Sendable {
  /// One catalogued resource type.
  package struct Entry: Sendable {
    package var type: ResourceType
    /// The catalogue module key and type name, to decode the type's props on demand.
    package var package: APIPackage
  }

  package static let shared = CatalogueResourceTypes()

  package let entries: [Entry]
  let byFQN: [String: Int]

  init() {
    var entries: [Entry] = []
    for package in APIPackage.allCases {
      let index = APIPackageIndex.index(for: package)
      for key in index.modules.keys where !key.hasPrefix("~") {
        guard let module = index.modules[key] else { continue }
        for name in index.typeNames(of: module).sorted() where !name.contains(".") {
          guard let record = index.type(name, module: key), CatalogueResourceTypes.isResource(record, package: package)
          else { continue }
          let resolution = APIResolution(index: index, module: module, type: record, member: nil)
          let fqn = CatalogueNames.fqn(of: record, in: resolution)
          var type = ResourceType(fqn: fqn, framework: package.framework, module: key, name: name)
          let deployed = record.resourceType
          if deployed.contains("::") {
            type.cloudFormationType = deployed
          } else if !deployed.isEmpty {
            type.terraformType = deployed
          } else if package == .cdktfProviderAws, record.registryPath.hasPrefix("resources/") {
            // The provider's registry page of `aws_s3_bucket` is `resources/s3_bucket`.
            type.terraformType = "aws_" + record.registryPath.dropFirst("resources/".count)
          }
          entries.append(Entry(type: type, package: package))
        }
      }
    }
    self.entries = entries
    var byFQN: [String: Int] = [:]
    for (offset, entry) in entries.enumerated() {
      byFQN[entry.type.fqn] = offset
      // Until the catalogue records Pulumi type tokens, a module key escaped for Python (`lambda_`) stands in the
      // token; the real token (`aws:lambda/function:Function`) names the same type.
      if entry.package == .pulumiAws, entry.type.module.hasSuffix("_"), entry.type.fqn.contains("_/") {
        byFQN[entry.type.fqn.replacingOccurrences(of: "_/", with: "/"), default: offset] = offset
      }
    }
    self.byFQN = byFQN
  }

  /// Whether a type is a resource: a Pulumi resource, or a CDK or CDKTF class constructed with a scope and an id
  /// (CDKTF data sources, whose registry page is under `data-sources/`, are not resources).
  static func isResource(_ record: APITypeRecord, package: APIPackage) -> Bool {
    switch package {
    case .pulumiAws:
      return record.kind == .resource
    case .awsCdkLib, .cdktfProviderAws:
      guard record.kind == .class, let parameters = record.parameters, parameters.count >= 2, parameters[0] == "scope",
        parameters[1] == "id" else { return false }
      return package == .awsCdkLib || !record.registryPath.hasPrefix("data-sources/")
    }
  }

  /// Whether any entry has a CloudFormation type (the catalogue was generated with resource types).
  package var knowsCloudFormationTypes: Bool { entries.contains { $0.type.cloudFormationType != nil } }

  /// Whether any entry has a Terraform type.
  package var knowsTerraformTypes: Bool { entries.contains { $0.type.terraformType != nil } }

  /// The entry of a fully qualified name.
  package func entry(fqn: String) -> Entry? {
    byFQN[fqn].map { entries[$0] }
  }

  /// The entries a policy's resource pattern names: a fully qualified name, a CloudFormation type (the L1 and the
  /// L2 constructs deploying it), a Terraform type, or any of these ending in `*` (a prefix). Empty when none.
  package func entries(matching pattern: String) -> [Entry] {
    if !pattern.hasSuffix("*"), let entry = entry(fqn: pattern) { return [entry] }
    return entries.filter { CatalogueResourceTypes.matches(pattern, $0.type) }
  }

  /// Whether a resource type matches a pattern by any of its names.
  package static func matches(_ pattern: String, _ type: ResourceType) -> Bool {
    let unescaped = type.framework == .pulumi && type.fqn.contains("_/") ? type.fqn.replacingOccurrences(of: "_/", with: "/") : nil
    for key in [type.fqn, unescaped, type.cloudFormationType, type.terraformType] {
      guard let key else { continue }
      if pattern.hasSuffix("*") ? key.hasPrefix(pattern.dropLast()) : key == pattern { return true }
    }
    return false
  }

  /// Every name a pattern could be written with (fqns, CloudFormation and Terraform types), for suggestions.
  package var names: [String] {
    var names = Set<String>()
    for entry in entries {
      names.insert(entry.type.fqn)
      if let cloudFormation = entry.type.cloudFormationType { names.insert(cloudFormation) }
      if let terraform = entry.type.terraformType { names.insert(terraform) }
    }
    return names.sorted()
  }

  /// The props of a catalogued resource type in TypeScript (jsii) spelling, and whether the list is complete; nil
  /// when the type is not catalogued.
  package func props(of fqn: String) -> (names: [String], isComplete: Bool)? {
    guard let entry = entry(fqn: fqn) else { return nil }
    let index = APIPackageIndex.index(for: entry.package)
    guard let module = index.modules[entry.type.module], let record = index.type(entry.type.name, module: entry.type.module)
    else { return nil }
    let resolution = APIResolution(index: index, module: module, type: record, member: nil)
    let constructor = APIConstructor(resolution: resolution, type: record, language: .typescript)
    return (constructor.props.map(\.name), !constructor.isOpen)
  }
}
