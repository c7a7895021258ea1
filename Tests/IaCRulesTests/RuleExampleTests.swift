import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing
import TestSupport

/// Every rule's examples, run as tests: triggering examples fire exactly at their markers, non-triggering ones
/// stay silent, corrections produce the expected text; all again with a line of emoji put before the code.
@Suite("Rule examples")
struct RuleExampleTests {
  static let codes = RuleRegistry.shared.rules.map { $0.description.code }

  @Test("Triggering examples fire at their markers", arguments: codes)
  func triggering(code: String) {
    let harness = ExampleHarness(code: code)
    let examples = harness.rule.description.triggeringExamples
    #expect(!examples.isEmpty, "\(code) has no triggering example")
    for example in examples {
      harness.expectTriggers(example)
      if let prefix = ExampleHarness.emojiPrefix(for: example.path) {
        harness.expectTriggers(example, prefix: prefix)
      }
    }
  }

  @Test("Non-triggering examples stay silent", arguments: codes)
  func nonTriggering(code: String) {
    let harness = ExampleHarness(code: code)
    let examples = harness.rule.description.nonTriggeringExamples
    #expect(!examples.isEmpty, "\(code) has no non-triggering example")
    for example in examples {
      harness.expectSilent(example)
      if let prefix = ExampleHarness.emojiPrefix(for: example.path) {
        harness.expectSilent(example, prefix: prefix)
      }
    }
  }

  @Test("Corrections give the expected text", arguments: codes)
  func corrections(code: String) {
    let harness = ExampleHarness(code: code)
    let description = harness.rule.description
    if description.fixAvailability != .none && description.scope == .file {
      #expect(!description.corrections.isEmpty, "\(code) offers fixes but has no correction example")
    }
    for correction in description.corrections {
      harness.expectCorrection(correction)
    }
  }

  /// Every fix of every triggering example, applied alone and all together, and every correction's expected text
  /// parse with the language's real parser (CPython `ast`, the TypeScript compiler) whenever the example did.
  @Test(.enabled(if: ParserOracle.isAvailable, Comment(rawValue: ParserOracle.skipMessage)))
  func fixedExamplesParse() async throws {
    var changes: [ParserOracle.Change] = []
    for code in Self.codes {
      let harness = ExampleHarness(code: code)
      let description = harness.rule.description
      for (number, example) in description.triggeringExamples.enumerated() {
        let project = harness.project(for: example)
        let diagnostics = harness.check(project)
        for (path, bytes) in project.files where Language(path: path) != nil {
          let name = "\(code) example \(number + 1) \(path)"
          let before = ParserOracle.Input(name: name, path: path, text: String(decoding: bytes, as: UTF8.self))
          let own = diagnostics.filter { $0.path == path && $0.fix != nil }
          var variants = own.map { ("fix `\($0.fix!.title)`", [$0]) }
          if own.count > 1 { variants.append(("all fixes", own)) }
          for (label, chosen) in variants {
            let result = FixApplier.apply(chosen, to: bytes, path: path, allowing: [.safe, .unsafe])
            guard result.bytes != bytes else { continue }
            let after = ParserOracle.Input(name: name + " after " + label, path: path, text: String(decoding: result.bytes, as: UTF8.self))
            changes.append(ParserOracle.Change(before: before, after: after))
          }
        }
      }
      for (number, correction) in description.corrections.enumerated() where Language(path: correction.before.path) != nil {
        let name = "\(code) correction \(number + 1) \(correction.before.path)"
        changes.append(ParserOracle.Change(
          before: ParserOracle.Input(name: name, path: correction.before.path, text: ExampleHarness.strip(correction.before.code).0),
          after: ParserOracle.Input(name: name + " after the correction", path: correction.before.path, text: correction.after)))
      }
    }
    #expect(changes.count > 20, "too few fixed examples to check: \(changes.count)")
    for failure in try await ParserOracle.broken(by: changes) {
      Issue.record("the fixed text does not parse: \(failure)")
    }
  }
}
