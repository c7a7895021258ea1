import Foundation
import IaCModel
import IaCSyntax

/// Everything iaclsp knows about a rule, as a value: identity, default severity, scope, documentation and the
/// examples that test it.
public struct RuleDescription: Sendable {
  /// Whether a rule checks one file at a time, or a project once.
  public enum Scope: String, Sendable {
    case file
    case project
  }

  /// Which files a rule reads, as far as test code goes.
  public enum TestFiles: String, Sendable {
    /// Every file.
    case include
    /// Files that are not tests (the linter skips test files before the rule runs).
    case exclude
    /// Test files only.
    case only
  }

  /// Whether the rule can offer a fix.
  public enum FixAvailability: String, Sendable {
    case none
    case sometimes
    case always
  }

  /// The stable code, `IAC101`. Other tools and suppressions refer to it.
  public var code: String
  /// The stable kebab-case name, `deprecated-s3-origin`.
  public var name: String
  /// One line: what the rule finds.
  public var summary: String
  public var severity: Severity
  public var languages: [Language]
  public var frameworks: [Framework]
  public var scope: Scope
  public var fixAvailability: FixAvailability
  /// The reference a finding links to.
  public var url: String
  /// The rule documentation in Markdown, with the sections `## What it does`, `## Why is this bad?`,
  /// `## Example`, `Use instead:` and `## References`. Examples are added from the lists below when rendered.
  public var documentation: String {
    get { pages.value.documentation }
    set { pages = Deferred(Pages(pages.value, documentation: newValue)) }
  }
  public var triggeringExamples: [Example] {
    get { pages.value.triggeringExamples }
    set { pages = Deferred(Pages(pages.value, triggeringExamples: newValue)) }
  }
  public var nonTriggeringExamples: [Example] {
    get { pages.value.nonTriggeringExamples }
    set { pages = Deferred(Pages(pages.value, nonTriggeringExamples: newValue)) }
  }
  public var corrections: [Correction] {
    get { pages.value.corrections }
    set { pages = Deferred(Pages(pages.value, corrections: newValue)) }
  }
  /// The documentation and examples, built when first read: every run builds every rule's description, and few
  /// read more than its code, name, severity and what it applies to.
  private var pages: Deferred<Pages>
  /// Tags every finding of the rule carries.
  public var tags: Set<DiagnosticTag>
  /// The resource types the rule judges with ``Rule/check(_:in:context:into:)``: fully qualified names
  /// (`aws-cdk-lib.aws_s3.Bucket`, `aws:s3/bucketV2:BucketV2`), CloudFormation types (`AWS::S3::Bucket`) or
  /// Terraform types (`aws_s3_bucket`), each possibly ending in `*` (`AWS::S3::*`). The linter calls the rule once
  /// for each resource of these types, in one pass over the file's resources.
  public var resourceTypes: [String]
  /// Test files, non-test files, or both; the linter skips the others before the rule runs.
  public var testFiles: TestFiles
  /// Whether the rule only reads files that import one of its ``frameworks`` (the linter skips the others).
  public var requiresFrameworkImport: Bool
  /// The ids of other tools' checks the rule corresponds to (`AwsSolutions-S1`, `HIPAA.Security-S3BucketLoggingEnabled`).
  public var equivalents: [String]
  /// Whether the rule's messages name props and methods in Python's spelling (`enforce_ssl`, `add_flow_log`); the
  /// linter respells them for a TypeScript or JavaScript file (``respelled(_:as:)``).
  package var messagesUsePythonNames = false

  public init(
    code: String,
    name: String,
    summary: String,
    severity: Severity,
    languages: [Language] = [.python, .typescript],
    frameworks: [Framework],
    scope: Scope = .file,
    fixAvailability: FixAvailability,
    url: String,
    documentation: @autoclosure @escaping @Sendable () -> String,
    triggeringExamples: @autoclosure @escaping @Sendable () -> [Example],
    nonTriggeringExamples: @autoclosure @escaping @Sendable () -> [Example],
    corrections: @autoclosure @escaping @Sendable () -> [Correction] = [],
    tags: Set<DiagnosticTag> = [],
    resourceTypes: [String] = [],
    testFiles: TestFiles = .include,
    requiresFrameworkImport: Bool = true,
    equivalents: [String] = []
  ) {
    self.code = code
    self.name = name
    self.summary = summary
    self.severity = severity
    self.languages = languages
    self.frameworks = frameworks
    self.scope = scope
    self.fixAvailability = fixAvailability
    self.url = url
    self.pages = Deferred {
      Pages(
        documentation: documentation(), triggeringExamples: triggeringExamples(),
        nonTriggeringExamples: nonTriggeringExamples(), corrections: corrections())
    }
    self.tags = tags
    self.resourceTypes = resourceTypes
    self.testFiles = testFiles
    self.requiresFrameworkImport = requiresFrameworkImport
    self.equivalents = equivalents
  }

  /// A diagnostic of this rule at the default severity.
  public func diagnostic(
    path: String,
    range: TextRange,
    message: String,
    fix: Fix? = nil,
    related: [RelatedLocation] = []
  ) -> Diagnostic {
    Diagnostic(
      code: code,
      name: name,
      severity: severity,
      path: path,
      range: range,
      message: message,
      url: url,
      fix: fix,
      tags: tags,
      related: related
    )
  }
}

extension RuleDescription {
  /// A message with each code span that holds a snake_case name (`` `enforce_ssl` ``, `` `add_flow_log` ``) spelled
  /// as `spelling` gives it (the TypeScript names `enforceSSL`, `addFlowLog`); other spans (`` `PUBLIC_AND_PRIVATE` ``,
  /// `` `0.0.0.0/0` ``, `` `Bucket` ``) are kept.
  package static func respelled(_ message: String, as spelling: (String) -> String) -> String {
    let bytes = Array(message.utf8)
    guard bytes.contains(UInt8(ascii: "_")) else { return message }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "`"), let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "`")) else {
        output.append(bytes[index])
        index += 1
        continue
      }
      let span = bytes[(index + 1)..<close]
      let isSnakeName = span.first.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") } == true
        && span.contains(UInt8(ascii: "_"))
        && span.allSatisfy { byte in
          (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "_")
        }
      output.append(UInt8(ascii: "`"))
      output += isSnakeName ? Array(spelling(String(decoding: span, as: UTF8.self)).utf8) : Array(span)
      output.append(UInt8(ascii: "`"))
      index = close + 1
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// What a rule's documentation page is made of.
  struct Pages: Sendable {
    var documentation: String
    var triggeringExamples: [Example]
    var nonTriggeringExamples: [Example]
    var corrections: [Correction]

    init(documentation: String, triggeringExamples: [Example], nonTriggeringExamples: [Example], corrections: [Correction]) {
      self.documentation = documentation
      self.triggeringExamples = triggeringExamples
      self.nonTriggeringExamples = nonTriggeringExamples
      self.corrections = corrections
    }

    /// These pages with some parts replaced.
    init(
      _ pages: Pages, documentation: String? = nil, triggeringExamples: [Example]? = nil,
      nonTriggeringExamples: [Example]? = nil, corrections: [Correction]? = nil
    ) {
      self.documentation = documentation ?? pages.documentation
      self.triggeringExamples = triggeringExamples ?? pages.triggeringExamples
      self.nonTriggeringExamples = nonTriggeringExamples ?? pages.nonTriggeringExamples
      self.corrections = corrections ?? pages.corrections
    }
  }
}

/// A value worked out once, when first read, by whichever thread reads it first.
final class Deferred<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var make: (@Sendable () -> Value)?
  private var made: Value?

  init(_ make: @escaping @Sendable () -> Value) {
    self.make = make
  }

  init(_ value: Value) {
    self.made = value
  }

  var value: Value {
    lock.lock()
    defer { lock.unlock() }
    if let made { return made }
    let value = make!()
    made = value
    make = nil
    return value
  }
}
