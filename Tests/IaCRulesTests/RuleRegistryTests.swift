import Foundation
import IaCModel
import IaCRules
import Testing

@Suite("Rule registry")
struct RuleRegistryTests {
  let rules = RuleRegistry.shared.rules

  @Test func codesAreSortedAndUnique() {
    let codes = rules.map { $0.description.code }
    #expect(codes == codes.sorted())
    #expect(Set(codes).count == codes.count)
    #expect(Set(rules.map { $0.description.name }).count == rules.count)
  }

  @Test func codesAndNamesHaveTheirShape() {
    for rule in rules {
      let description = rule.description
      #expect(description.code.count == 6 && description.code.hasPrefix("IAC") && Int(description.code.dropFirst(3)) != nil)
      #expect(description.name == description.name.lowercased() && !description.name.contains(" ") && !description.name.contains("_"))
      #expect(description.url.hasPrefix("https://"))
      #expect(!description.summary.hasSuffix("."))
    }
  }

  @Test func lookupByCodeOrName() {
    #expect(RuleRegistry.shared.code(forCodeOrName: "iac101") == "IAC101")
    #expect(RuleRegistry.shared.code(forCodeOrName: "deprecated-s3-origin") == "IAC101")
    #expect(RuleRegistry.shared.code(forCodeOrName: "IAC999") == nil)
    let prefixed = RuleRegistry.shared.codes(matching: "IAC10")
    #expect(prefixed.allSatisfy { $0.hasPrefix("IAC10") })
    #expect(Set(["IAC101", "IAC102", "IAC103"]).isSubset(of: Set(prefixed)))
    #expect(!prefixed.contains("IAC401"))
    #expect(RuleRegistry.shared.codes(matching: "ALL").count == rules.count)
    #expect(RuleRegistry.shared.codes(matching: "nonsense").isEmpty)
  }

  /// A rule file that is not listed in `RuleRegistry.all` would never run.
  @Test func everyRuleFileIsRegistered() throws {
    let rulesDirectory = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/IaCRules/Rules")
    let enumerator = try #require(FileManager.default.enumerator(atPath: rulesDirectory.path))
    var typeNames = Set<String>()
    for case let path as String in enumerator where path.hasSuffix("Rule.swift") {
      typeNames.insert(String(path.split(separator: "/").last!.dropLast(".swift".count)))
    }
    let registered = Set(rules.map { String(describing: type(of: $0)) })
    #expect(!typeNames.isEmpty)
    #expect(typeNames == registered, "rule files not in RuleRegistry.all: \(typeNames.subtracting(registered))")
  }
}
