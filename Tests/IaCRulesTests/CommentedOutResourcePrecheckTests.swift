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

  /// On any text the pre-check lets through every line the character search would report.
  @Test(arguments: [
    "Désactivé", "Bucket 3 — 🪣 logs for team 3", "Ünçomment to enable — GuardDuty", "— uncomment to enable GuardDuty",
    "🔒 must be enabled MANUALLY", "ENABLE İT", "enable \u{212A}", "by hand\u{301}", "日本語のコメント", "ＵＮＣＯＭＭＥＮＴ",
    "enable\u{00A0}it", "Manuellement — manually",
  ])
  func otherLinesNeverHoldBackAReport(_ line: String) {
    if CommentedOutResourceRule.asksForManualStep(line.lowercased()) {
      #expect(CommentedOutResourceRule.mayAskForManualStep(ArraySlice(line.utf8)))
    }
  }

  /// Comments with an emoji or a dash but no phrase are turned down on their bytes, before any string work.
  @Test(arguments: ["Bucket 3 — 🪣 logs for team 3", "Désactivé", "日本語のコメント", "ＵＮＣＯＭＭＥＮＴ"])
  func nonASCIILinesWithoutAPhraseAreTurnedDown(_ line: String) {
    #expect(!CommentedOutResourceRule.asksForManualStep(line.lowercased()))
    #expect(!CommentedOutResourceRule.mayAskForManualStep(ArraySlice(line.utf8)))
  }

  /// Lines whose phrase is in ASCII letters are let through whatever else they hold.
  @Test(arguments: ["— uncomment to enable GuardDuty", "🔒 must be enabled MANUALLY", "Manuellement — manually"])
  func nonASCIILinesWithAPhraseAreLetThrough(_ line: String) {
    #expect(CommentedOutResourceRule.asksForManualStep(line.lowercased()))
    #expect(CommentedOutResourceRule.mayAskForManualStep(ArraySlice(line.utf8)))
  }
}
