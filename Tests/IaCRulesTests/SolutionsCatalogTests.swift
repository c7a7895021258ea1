import IaCLinter
import IaCModel
@testable import IaCRules
import Testing

/// The AWS Solutions facts table and the rules built on it agree, and the pack is selected as documented.
@Suite("AWS Solutions pack")
struct SolutionsCatalogTests {
  let rows = SolutionsCatalog.rules

  @Test func codesNamesAndNagIDsAreUnique() {
    #expect(Set(rows.map(\.code)).count == rows.count)
    #expect(Set(rows.map(\.name)).count == rows.count)
    #expect(Set(rows.map(\.nagID)).count == rows.count)
    #expect(rows.map(\.code) == rows.map(\.code).sorted())
  }

  @Test func codesStayInThePackBlocksAndNamesAreKebabCase() {
    for row in rows {
      #expect(row.code.hasPrefix("IAC7") || row.code.hasPrefix("IAC8"), "\(row.code) is outside IAC7xx/IAC8xx")
      let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
      #expect(row.name.allSatisfy { allowed.contains($0) } && !row.name.hasPrefix("-"), "\(row.name)")
      #expect(!row.resourceTypes.isEmpty && !row.constructs.isEmpty && !row.inputs.isEmpty, "\(row.code)")
    }
  }

  @Test func everyPackRuleMatchesItsRow() throws {
    let packRules = RuleRegistry.shared.rules.filter { SolutionsCatalog.facts(code: $0.description.code) != nil }
    #expect(!packRules.isEmpty)
    for rule in packRules {
      let description = rule.description
      let row = try #require(SolutionsCatalog.facts(code: description.code))
      #expect(description.name == row.name)
      #expect(description.severity == row.severity)
      #expect(description.equivalents.first == row.nagRuleID)
      #expect(!description.resourceTypes.isEmpty)
      // A rule offers a fix only where the facts name a one-prop remedy (some remedies are not offered yet).
      if description.fixAvailability != .none {
        #expect(row.fix != nil, "\(description.code) offers a fix the facts table does not name")
      }
    }
  }

  @Test func thePackIsSelectedByNameAndOffByDefaultExceptItsHighConfidenceRules() {
    let registry = RuleRegistry.shared
    let pack = Set(registry.codes(matching: "aws-solutions"))
    #expect(pack == Set(registry.codes(matching: "AWS-Solutions")))
    #expect(pack.allSatisfy { SolutionsCatalog.facts(code: $0) != nil })
    let byDefault = LinterSettings().enabledCodes(in: registry)
    for code in pack {
      let on = SolutionsCatalog.facts(code: code)?.onByDefault ?? false
      #expect(byDefault.contains(code) == on, "\(code) on by default: \(byDefault.contains(code)), expected \(on)")
    }
    #expect(byDefault.contains("IAC101"))
    #expect(LinterSettings(select: ["aws-solutions"]).enabledCodes(in: registry) == pack)
  }
}
