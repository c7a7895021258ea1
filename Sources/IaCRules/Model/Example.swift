import IaCModel
import Foundation
/// A code example attached to a rule: it documents the rule and is run as a test.
///
/// In triggering examples, `↓` marks where each finding must start; the harness strips the markers before
/// checking. An example is one file (`code` at `path`) and optionally more files of the same project (`files`),
/// where markers may stand as well (a finding on `cdk.json`, say).
public struct Example: Sendable {
  /// The main file's text, with `↓` markers in triggering examples.
  public var code: String
  /// Where the main file sits in the example project; its extension picks the language.
  public var path: String {
    get { givenPath ?? Example.defaultPath(for: code) }
    set { givenPath = newValue }
  }
  /// The path given when the example was made. Without one, ``path`` is worked out from the code when it is read,
  /// not when the rule's description is built, since every run builds every description and few read an example.
  var givenPath: String?
  /// Other files of the project, by path relative to the project root.
  public var files: [String: String]
  /// The severity every finding of a triggering example must have, when the rule reports at more than one (a
  /// finding downgraded to info where the code shows it matters less); nil leaves the severity unchecked.
  public var severity: Severity?
  /// Where the example is written, so a failing example points at its own line.
  public var sourceFile: StaticString
  public var sourceLine: UInt

  /// Creates an example. `path` defaults to a CDK-style stack module in the language `code` looks like; `severity`
  /// is the severity a triggering example's findings must have.
  public init(
    _ code: String,
    path: String? = nil,
    files: [String: String] = [:],
    severity: Severity? = nil,
    file: StaticString = #filePath,
    line: UInt = #line
  ) {
    self.code = code
    self.givenPath = path
    self.files = files
    self.severity = severity
    self.sourceFile = file
    self.sourceLine = line
  }

  /// The marker that stands where a finding must start.
  public static let marker = "↓"

  /// `lib/stack.ts` for code that reads as TypeScript, `lib/stack.py` otherwise.
  static func defaultPath(for code: String) -> String {
    let looksLikeTypeScript = code.contains("import {") || code.contains("from '") || code.contains("new ")
      || code.contains("const ") || code.contains("export ") || code.contains("=> {") || code.contains("expect(")
      || code.contains("import * as")
    return looksLikeTypeScript ? "lib/stack.ts" : "lib/stack.py"
  }

  /// The code without markers.
  public var strippedCode: String { code.replacingOccurrences(of: Example.marker, with: "") }
}

/// A before/after pair: fixing `before` (with `--unsafe-fixes` when the rule's fix is unsafe) must give `after`.
public struct Correction: Sendable {
  public var before: Example
  public var after: String

  public init(_ before: Example, _ after: String) {
    self.before = before
    self.after = after
  }
}
