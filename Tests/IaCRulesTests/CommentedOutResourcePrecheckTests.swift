@testable import IaCRules
import Testing

@Suite("commented-out-resource: the byte pre-check")
struct CommentedOutResourcePrecheckTests {
  /// The pre-check on bytes may let through lines that do not ask for a manual step, never hold back one that does.
  @Test(arguments: [
    "Uncomment to enable GuardDuty", "enable THIS by hand", "must be enabled manually", "nothing to see here",
    "guardduty.CfnDetector(self, \"Detector\", enable=True)", "ENABLE IT", "manual Setup", "un-comment", "",
  ])
  func asciiLinesAgreeWithTheCharacterSearch(_ line: String) {
    let asks = CommentedOutResourceRule.asksForManualStep(line.lowercased())
    #expect(CommentedOutResourceRule.mayAskForManualStep(ArraySlice(line.utf8)) == asks)
  }

  @Test func otherLinesAreLeftToTheCharacterSearch() {
    #expect(CommentedOutResourceRule.mayAskForManualStep(ArraySlice("Désactivé".utf8)))
  }
}
