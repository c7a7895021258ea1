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
    corrections: UnknownPropertyRule.corrections
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard !file.frameworks.isDisjoint(with: [.cdk, .pulumi, .cdktf]) else { return }
    let catalog = APICatalog.shared
    let shadowed = APICatalog.shadowedNames(in: file)
    for call in file.calls {
      guard let callee = call.callee, file.importBindings[callee.parts[0].name] != nil,
        let constructor = catalog.constructor(of: call, in: file, shadowed: shadowed), !constructor.isOpen,
        !call.arguments.contains(where: \.isSpread) else { continue }
      let arguments = UnknownPropertyRule.propArguments(of: call, constructor: constructor, in: file)
      guard !arguments.contains(where: \.isSpread) else { continue }
      for argument in arguments {
        guard let label = argument.label, constructor.prop(named: label.name) == nil,
          !constructor.parameters.contains(label.name) || file.language != .python, isIdentifier(label.name)
        else { continue }
        let valid = constructor.validNames
        let present = Set(arguments.compactMap { $0.label?.name })
        let candidates = UnknownPropertyRule.nearest(label.name, in: valid)
        let symbol = catalog.symbol(for: callee, in: file)
        let owner = symbol?.name ?? callee.last.name
        var message = "`\(owner)` has no prop `\(label.name)`"
        if !candidates.isEmpty {
          message += "; did you mean " + candidates.map { "`\($0)`" }.joined(separator: ", ") + "?"
        }
        var fix: Fix?
        let close = candidates.filter { UnknownPropertyRule.distance(label.name, $0) <= 2 }
        if close.count == 1, candidates.count == 1 || UnknownPropertyRule.distance(label.name, candidates[1]) > 2,
          !present.contains(close[0]) {
          fix = Fix(title: "Rename to `\(close[0])`", applicability: .safe, edits: [.replace(label.range, with: close[0])])
        }
        var diagnostic = Self.description.diagnostic(path: file.path, range: label.range, message: message, fix: fix)
        if let symbol { diagnostic.url = symbol.referenceURL }
        diagnostics.append(diagnostic)
      }
    }
  }

  func isIdentifier(_ name: String) -> Bool {
    guard let first = name.utf8.first else { return false }
    return name.utf8.allSatisfy { Casing.isLower($0) || Casing.isUpper($0) || Casing.isDigit($0) || $0 == UInt8(ascii: "_") }
      && !Casing.isDigit(first)
  }

  /// The arguments of a call that are props: Python keyword arguments, or the keys of the TypeScript object literal
  /// in the props position. Spreads are included so that callers can tell the list is incomplete.
  static func propArguments(of call: Call, constructor: APIConstructor, in file: SourceFile) -> [Argument] {
    switch file.language {
    case .python:
      return call.arguments.filter { $0.label != nil || $0.isSpread }
    case .typescript:
      guard let position = constructor.propsPosition, !call.arguments.contains(where: \.isSpread) else { return [] }
      let positional = call.positional
      guard position < positional.count else { return [] }
      let literal = positional[position]
      guard !literal.valueTokens.isEmpty, file.isOp(literal.valueTokens.lowerBound, "{") else { return [] }
      return call.properties.filter { literal.value.start <= $0.range.start && $0.range.end <= literal.value.end }
    }
  }

  /// Up to three valid names nearest `name`, nearest first, within an edit distance that grows with its length.
  package static func nearest(_ name: String, in valid: [String]) -> [String] {
    let limit = max(2, name.count / 3)
    let scored = Set(valid).map { ($0, distance(name, $0)) }.filter { $0.1 <= limit }
    return scored.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }.prefix(3).map(\.0)
  }

  /// The optimal-string-alignment distance between two names (an adjacent swap counts as one edit), ignoring case:
  /// `bucket_nmae` is 1 from `bucket_name`, `maxAzs` is 1 from `max_azs`.
  package static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a.lowercased().utf8)
    let y = Array(b.lowercased().utf8)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous2 = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      previous2 = previous
      previous = current
    }
    return previous[y.count]
  }
}
