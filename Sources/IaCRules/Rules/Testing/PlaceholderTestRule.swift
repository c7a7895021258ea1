import IaCModel
import IaCSyntax

/// IAC401: tests that cannot pass or that check nothing.
public struct PlaceholderTestRule: Rule {
  public init() {}

  public static let description = RuleDescription(
    code: "IAC401",
    name: "placeholder-test",
    summary: "A test always fails, checks nothing, or is commented out",
    severity: .warning,
    frameworks: [.cdk, .pulumi, .cdktf],
    fixAvailability: .none,
    url: "https://docs.aws.amazon.com/cdk/v2/guide/testing.html",
    documentation: PlaceholderTestRule.documentation,
    triggeringExamples: PlaceholderTestRule.triggering,
    nonTriggeringExamples: PlaceholderTestRule.nonTriggering,
    testFiles: .only,
    requiresFrameworkImport: false
  )

  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    let file = model.file
    guard file.isTestFile, belongsToInfrastructureProject(file, context: context) else { return }
    switch file.language {
    case .python: checkPython(file, into: &diagnostics)
    case .typescript: checkTypeScript(file, into: &diagnostics)
    }
  }

  /// Tests are judged only in infrastructure projects: the file imports a framework, or its project has a
  /// `cdk.json`, `cdktf.json` or `Pulumi.yaml` (a framework's own test suite, with no marker, is left alone).
  func belongsToInfrastructureProject(_ file: SourceFile, context: RuleContext) -> Bool {
    if !file.frameworks.isEmpty { return true }
    guard let project = context.project else { return false }
    return !project.markers.isEmpty
  }

  func report(
    _ file: SourceFile, _ range: TextRange, _ message: String, severity: Severity? = nil, into diagnostics: inout [Diagnostic]
  ) {
    var diagnostic = Self.description.diagnostic(path: file.path, range: range, message: message)
    if let severity { diagnostic.severity = severity }
    diagnostics.append(diagnostic)
  }

  /// A test with no assertion that still synthesizes its stack (`Template.from_stack(stack)`, `app.synth()`, as
  /// `cdk init` writes it): it checks that much, so it is reported at info with what it does check.
  func reportUnasserted(
    _ file: SourceFile, body: Range<Int>, range: TextRange, name: String, into diagnostics: inout [Diagnostic]
  ) {
    let synthesizes = file.calls.contains { call in
      guard body.contains(call.openToken), let callee = call.callee else { return false }
      let last = callee.last.name
      return last == "from_stack" || last == "fromStack" || (last == "synth" && callee.parts.count >= 2)
    }
    let name = name.isEmpty ? "" : " " + name
    // The body is comments (and `pass`), as `cdk init` writes its example test: say so, since the code is there.
    let commentedOut = body.contains { file.tokens[$0].kind == .comment } && body.allSatisfy { index in
      let kind = file.tokens[index].kind
      return kind == .comment || kind == .newline || file.isName(index, "pass") || file.isOp(index, "{") || file.isOp(index, "}")
    }
    if synthesizes {
      report(file, range, "Test\(name) only checks that the stack synthesizes: it has no assertion", severity: .info, into: &diagnostics)
    } else if commentedOut {
      report(file, range, "Test\(name) checks nothing: its body is commented out", into: &diagnostics)
    } else {
      report(file, range, "Test\(name) checks nothing: it has no assertion", into: &diagnostics)
    }
  }

  /// Whether a test's name says it checks that the code under test does not raise or throw; then calling it is the
  /// check.
  static func namesADoesNotRaiseTest(_ name: String) -> Bool {
    let words = name.lowercased().replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "'", with: "")
    return ["not raise", "no raise", "doesnt raise", "not throw", "doesnt throw", "no error", "no exception",
            "without error", "without throwing", "without raising", "does not fail", "doesnt fail"].contains { words.contains($0) }
  }

  // MARK: Literals

  /// The literal a token range is, normalised (`True` and `true` both give `true`), or nil.
  static func literal(_ file: SourceFile, _ tokens: Range<Int>) -> String? {
    guard tokens.count == 1 || (tokens.count == 2 && file.isOp(tokens.lowerBound, "-")) else { return nil }
    let index = tokens.upperBound - 1
    let token = file.tokens[index]
    switch token.kind {
    case .number:
      return (tokens.count == 2 ? "-" : "") + file.text(token: index)
    case .string:
      guard tokens.count == 1, !token.flags.contains(.interpolated) else { return nil }
      return "'" + (file.stringContents(token: index) ?? "") + "'"
    case .name:
      guard tokens.count == 1 else { return nil }
      switch file.text(token: index) {
      case "True", "true": return "true"
      case "False", "false": return "false"
      case "None", "null", "undefined": return "null"
      default: return nil
      }
    default:
      return nil
    }
  }

  static func isFalsy(_ literal: String) -> Bool {
    literal == "false" || literal == "null" || literal == "0" || literal == "''"
  }
}
