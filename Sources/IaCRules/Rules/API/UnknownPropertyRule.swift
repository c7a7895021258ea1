import IaCModel
import IaCSyntax

/// IAC106: a keyword argument or object-literal key that the construct's props do not have.
public struct UnknownPropertyRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC106",
    name: "unknown-property",
    summary: "A keyword argument or object-literal key that the construct's props do not have",
    severity: .error,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .sometimes,
    url: "https://docs.aws.amazon.com/cdk/api/v2/python/modules.html",
    documentation: UnknownPropertyRule.documentation,
    triggeringExamples: UnknownPropertyRule.triggering,
    nonTriggeringExamples: UnknownPropertyRule.nonTriggering,
    corrections: UnknownPropertyRule.corrections,
    resourceTypes: ["*"]
  )

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    // CDK v1 props differ from aws-cdk-lib's (`period=` on an `Alarm`): stay silent.
    guard !resource.isCDKv1, !resource.hasHiddenProps, let constructor = model.catalogueConstructor(of: resource)
    else { return }
    judge(resource.props.map(\.argument), constructor: constructor, owner: resource.type.name, model: model,
      context: context, into: &diagnostics)
  }

  /// Catalogued classes and structs built from props that are not resources: `cloudwatch.Metric(...)`,
  /// `ec2.SubnetConfiguration(...)`, Pulumi's `XArgs(...)`.
  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    let catalog = APICatalog.shared
    let shadowed = model.shadowedNames
    for (index, call) in file.calls.enumerated() {
      // Only a call that names props can be reported: skip the others before resolving anything.
      let namesProps = file.language == .python ? call.arguments.contains { $0.label != nil } : !call.properties.isEmpty
      guard namesProps, model.resource(createdBy: index) == nil, let callee = call.callee, file.importBindings[callee.parts[0].name] != nil,
        !call.arguments.contains(where: \.isSpread) else { continue }
      guard let constructor = catalog.constructor(of: call, in: file, shadowed: shadowed),
        !(model.isCDKv1 && constructor.resolution.package == .awsCdkLib) else { continue }
      let arguments = file.propArguments(of: call, constructor: constructor)
      guard !arguments.contains(where: \.isSpread) else { continue }
      judge(arguments, constructor: constructor, owner: catalog.symbol(for: callee, in: file)?.name ?? callee.last.name,
        model: model, context: context, into: &diagnostics)
    }
  }

  /// Reports the arguments whose names the constructor's props do not have. Silent when the catalogue's list of
  /// props is empty or incomplete, or when the project pins another major version than the catalogue describes.
  func judge(
    _ arguments: [Argument], constructor: APIConstructor, owner: @autoclosure () -> String, model: FileModel,
    context: RuleContext,
    into diagnostics: inout [Diagnostic]
  ) {
    guard !constructor.isOpen, !constructor.props.isEmpty else { return }
    let file = model.file
    let unknown = arguments.filter { argument in
      guard let label = argument.label else { return false }
      return !Self.hasProp(named: label.name, in: constructor) && isIdentifier(label.name)
        && (!constructor.parameters.contains(label.name) || file.language != .python)
    }
    guard !unknown.isEmpty,
      LibraryVersions.catalogueApplies(to: constructor.resolution.package, pins: LibraryVersions.pins(for: context))
    else { return }
    let owner = owner()
    let valid = constructor.validNames
    let present = Set(arguments.compactMap { $0.label?.name })
    let url = APIResolution.typeURL(
      module: constructor.resolution.module, type: constructor.type, package: constructor.resolution.package,
      language: file.language)
    for argument in unknown {
      guard let label = argument.label else { continue }
      let candidates = NameDistance.nearest(label.name, in: valid)
      var message = "`\(owner)` has no prop `\(label.name)`"
      if !candidates.isEmpty {
        message += "; did you mean " + candidates.map { "`\($0)`" }.joined(separator: ", ") + "?"
      }
      var fix: Fix?
      let close = candidates.filter { NameDistance.distance(label.name, $0) <= 2 }
      if close.count == 1, candidates.count == 1 || NameDistance.distance(label.name, candidates[1]) > 2,
        !present.contains(close[0]) {
        fix = Fix(title: "Rename to `\(close[0])`", applicability: .safe, edits: [.replace(label.range, with: close[0])])
      }
      var diagnostic = Self.description.diagnostic(path: file.path, range: label.range, message: message, fix: fix)
      diagnostic.url = url
      diagnostics.append(diagnostic)
    }
  }

  /// Whether the constructor's props have one spelled `name` in its language (``APIConstructor/prop(named:)``, which
  /// looks it up in the constructor's table of spellings).
  static func hasProp(named name: String, in constructor: APIConstructor) -> Bool {
    constructor.prop(named: name) != nil
  }

  func isIdentifier(_ name: String) -> Bool {
    guard let first = name.utf8.first else { return false }
    return name.utf8.allSatisfy { Casing.isLower($0) || Casing.isUpper($0) || Casing.isDigit($0) || $0 == UInt8(ascii: "_") }
      && !Casing.isDigit(first)
  }
}
