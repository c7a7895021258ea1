import IaCLinter
import IaCModel
import IaCRules
import IaCSyntax
import Testing

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
}
