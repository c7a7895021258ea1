import Foundation
import IaCModel
import IaCRules
import IaCSyntax

/// SARIF 2.1.0, as GitHub code scanning accepts it: one run whose `tool.driver` lists the rules that have results
/// (sorted by code, with each rule's documentation as `help.markdown`), and one result per finding with a repository-relative location under the
/// `%SRCROOT%` base, a fingerprint that survives unrelated edits (`partialFingerprints["iaclsp/v1"]`, see
/// ``FindingFingerprint``) and, for findings with a fix, the fix as `fixes`. Findings that a suppression comment
/// silences follow the others as results with an in-source suppression (SARIF §3.27.23, §3.35), whose
/// `justification` is the comment's reason when it gives one.
///
/// Columns count Unicode code points (`columnKind: unicodeCodePoints`) and end columns are exclusive, as SARIF
/// defines them.
public struct SARIFReporter: Sendable {
  /// What the report says about the tool.
  public struct Tool: Sendable {
    public var name: String
    /// The version, `0.1.0`.
    public var version: String
    /// The tool's home page.
    public var informationURI: String
    /// The rule's page in Markdown, for `help.markdown`.
    public var helpMarkdown: @Sendable (RuleDescription) -> String
    /// The address of the rule's documentation, for `helpUri`.
    public var helpURI: @Sendable (RuleDescription) -> String

    public init(
      name: String = "iaclsp",
      version: String,
      informationURI: String,
      helpMarkdown: @escaping @Sendable (RuleDescription) -> String = { $0.documentation },
      helpURI: @escaping @Sendable (RuleDescription) -> String = { $0.url }
    ) {
      self.name = name
      self.version = version
      self.informationURI = informationURI
      self.helpMarkdown = helpMarkdown
      self.helpURI = helpURI
    }
  }

  /// The key of iaclsp's fingerprint in `partialFingerprints`.
  public static let fingerprintKey = "iaclsp/v1"
  /// The base the result URIs are relative to.
  public static let uriBaseID = "%SRCROOT%"

  public let tool: Tool
  /// The catalogue; those with results are listed in `tool.driver.rules`, and `ruleIndex` points into that list.
  public let rules: [RuleDescription]
  public let paths: ReportPaths

  public init(tool: Tool, rules: [RuleDescription] = RuleRegistry.shared.rules.map(\.description), paths: ReportPaths) {
    self.tool = tool
    self.rules = rules
    self.paths = paths
  }

  /// The SARIF log as JSON text, followed by a newline: the results of `diagnostics`, then those of `suppressed`.
  public func render(
    _ diagnostics: [Diagnostic], suppressed: [SuppressedDiagnostic] = [], documents: [String: [UInt8]]
  ) -> String {
    let converter = PositionConverter(documents: documents)
    let all = diagnostics + suppressed.map(\.diagnostic)
    let used = Set(all.map(\.code))
    let listed = rules.filter { used.contains($0.code) }.sorted { $0.code < $1.code }
    var ruleIndex: [String: Int] = [:]
    for (index, rule) in listed.enumerated() { ruleIndex[rule.code] = index }
    // One computation over both lists, so that an active finding's fingerprint is the same with or without them.
    let fingerprints = FindingFingerprint.compute(all, documents: documents, paths: paths)
    let results = all.indices.map { index in
      let diagnostic = all[index]
      var members = result(diagnostic, fingerprint: fingerprints[index], ruleIndex: ruleIndex[diagnostic.code], converter: converter)
      if index >= diagnostics.count {
        members.append(("suppressions", JSONText.array([Self.suppression(reason: suppressed[index - diagnostics.count].reason)])))
      }
      return JSONText.object(members)
    }
    let driver = JSONText.object([
      ("name", JSONText.string(tool.name)),
      ("version", JSONText.string(tool.version)),
      ("semanticVersion", JSONText.string(tool.version)),
      ("informationUri", JSONText.string(tool.informationURI)),
      ("rules", JSONText.array(listed.map(ruleObject))),
    ])
    let run = JSONText.object([
      ("tool", JSONText.object([("driver", driver)])),
      ("originalUriBaseIds", JSONText.object([
        (Self.uriBaseID, JSONText.object([("uri", JSONText.string(Self.fileURI(directory: paths.base)))])),
      ])),
      ("columnKind", JSONText.string("unicodeCodePoints")),
      ("results", JSONText.array(results)),
    ])
    return JSONText.object([
      ("$schema", JSONText.string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", JSONText.string("2.1.0")),
      ("runs", JSONText.array([run])),
    ]) + "\n"
  }

  func ruleObject(_ rule: RuleDescription) -> String {
    var tags = ["iac"] + rule.frameworks.map(\.rawValue) + rule.languages.map(\.rawValue)
    if rule.tags.contains(.deprecated) { tags.append("deprecated") }
    // A rule with no documentation address (a custom rule without `url`) has no `helpUri`: SARIF requires a URI.
    let helpURI = tool.helpURI(rule)
    var members = [
      ("id", JSONText.string(rule.code)),
      ("name", JSONText.string(rule.name)),
      ("shortDescription", JSONText.object([("text", JSONText.string(rule.summary))])),
      ("fullDescription", JSONText.object([("text", JSONText.string(Self.whatItDoes(rule)))])),
    ]
    if !helpURI.isEmpty { members.append(("helpUri", JSONText.string(helpURI))) }
    members += [
      ("help", JSONText.object([
        ("text", JSONText.string(helpURI.isEmpty ? "\(rule.summary)." : "\(rule.summary). See \(helpURI)")),
        ("markdown", JSONText.string(tool.helpMarkdown(rule))),
      ])),
      ("defaultConfiguration", JSONText.object([("level", JSONText.string(Self.level(rule.severity)))])),
      ("properties", JSONText.object([("tags", JSONText.array(tags.map(JSONText.string)))])),
    ]
    return JSONText.object(members)
  }

  /// An in-source suppression object, with the reason as its `justification` when there is one.
  static func suppression(reason: String?) -> String {
    var members = [("kind", JSONText.string("inSource"))]
    if let reason { members.append(("justification", JSONText.string(reason))) }
    return JSONText.object(members)
  }

  /// The members of a result object.
  func result(
    _ diagnostic: Diagnostic, fingerprint: FindingFingerprint, ruleIndex: Int?, converter: PositionConverter
  ) -> [(String, String)] {
    var members: [(String, String)] = [("ruleId", JSONText.string(diagnostic.code))]
    if let ruleIndex { members.append(("ruleIndex", String(ruleIndex))) }
    members += [
      ("level", JSONText.string(Self.level(diagnostic.severity))),
      ("message", JSONText.object([("text", JSONText.string(diagnostic.message))])),
      ("locations", JSONText.array([JSONText.object(location(diagnostic, converter: converter))])),
      ("partialFingerprints", JSONText.object([(Self.fingerprintKey, JSONText.string(fingerprint.unique))])),
    ]
    if let fix = diagnostic.fix, !fix.edits.isEmpty {
      members.append(("fixes", JSONText.array([fixObject(fix, path: diagnostic.path, converter: converter)])))
    }
    return members
  }

  /// The physical location, and for a finding about one resource its logical location: the construct path.
  func location(_ diagnostic: Diagnostic, converter: PositionConverter) -> [(String, String)] {
    var members: [(String, String)] = [
      ("physicalLocation", JSONText.object([
        ("artifactLocation", artifactLocation(diagnostic.path)),
        ("region", region(diagnostic.path, diagnostic.range, converter: converter)),
      ])),
    ]
    if let resource = diagnostic.resource {
      members.append(("logicalLocations", JSONText.array([JSONText.object([
        ("name", JSONText.string(resource.id ?? resource.path)),
        ("fullyQualifiedName", JSONText.string(resource.path)),
        ("kind", JSONText.string("resource")),
        ("properties", JSONText.object([("type", JSONText.string(resource.type))])),
      ])])))
    }
    return members
  }

  func fixObject(_ fix: Fix, path: String, converter: PositionConverter) -> String {
    // One artifactChange per file, in the order the files first appear.
    var order: [String] = []
    var replacements: [String: [String]] = [:]
    for edit in fix.edits {
      let editPath = edit.path ?? path
      if replacements[editPath] == nil { order.append(editPath) }
      let deleted = edit.createsFile
        ? JSONText.object([("charOffset", "0"), ("charLength", "0")])
        : region(editPath, edit.range, converter: converter)
      replacements[editPath, default: []].append(JSONText.object([
        ("deletedRegion", deleted),
        ("insertedContent", JSONText.object([("text", JSONText.string(edit.newText))])),
      ]))
    }
    let changes = order.map { editPath in
      JSONText.object([
        ("artifactLocation", artifactLocation(editPath)),
        ("replacements", JSONText.array(replacements[editPath]!)),
      ])
    }
    return JSONText.object([
      ("description", JSONText.object([("text", JSONText.string("\(fix.title) (\(fix.applicability.rawValue) fix)"))])),
      ("artifactChanges", JSONText.array(changes)),
    ])
  }

  func artifactLocation(_ path: String) -> String {
    let relative = paths.relative(path)
    if relative.hasPrefix("/") {
      return JSONText.object([("uri", JSONText.string(Self.fileURI(path: relative)))])
    }
    return JSONText.object([
      ("uri", JSONText.string(Self.percentEncode(relative))),
      ("uriBaseId", JSONText.string(Self.uriBaseID)),
    ])
  }

  func region(_ path: String, _ range: TextRange, converter: PositionConverter) -> String {
    let (start, end) = converter.positions(path, range)
    return JSONText.object([
      ("startLine", String(start.line)),
      ("startColumn", String(start.column)),
      ("endLine", String(end.line)),
      ("endColumn", String(end.column)),
    ])
  }

  /// SARIF's level for a severity: `error`, `warning` or `note`.
  public static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .info, .hint: return "note"
    }
  }

  /// The first paragraph of the rule's `## What it does` section, or its summary.
  static func whatItDoes(_ rule: RuleDescription) -> String {
    let lines = rule.documentation.split(separator: "\n", omittingEmptySubsequences: false)
    guard let heading = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "## What it does" }) else {
      return rule.summary + "."
    }
    var paragraph: [String] = []
    for line in lines[(heading + 1)...] {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("#") { break }
      if trimmed.isEmpty {
        if paragraph.isEmpty { continue }
        break
      }
      paragraph.append(trimmed)
    }
    return paragraph.isEmpty ? rule.summary + "." : paragraph.joined(separator: " ")
  }

  /// A relative path as a URI reference: each byte outside RFC 3986's unreserved set and `/` is percent-encoded.
  public static func percentEncode(_ path: String) -> String {
    var result = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
        UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return result
  }

  /// `file://` and the percent-encoded absolute path.
  static func fileURI(path: String) -> String {
    "file://" + percentEncode(path)
  }

  /// The `file://` URI of a directory, ending in `/` as SARIF requires of base URIs.
  static func fileURI(directory: String) -> String {
    fileURI(path: directory.hasSuffix("/") ? directory : directory + "/")
  }
}
