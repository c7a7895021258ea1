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

  /// Rule folders follow the code groups, and hold only rules and their examples: shared helpers live in `Support/`.
  @Test func ruleFoldersFollowCodeGroupsAndHoldOnlyRules() throws {
    let rulesDirectory = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/IaCRules/Rules")
    let folders: [Character: String] = [
      "0": "Meta", "1": "API", "2": "Deployment", "3": "Security", "4": "Testing", "5": "Project", "6": "Operations",
      "7": "Solutions", "8": "Solutions",
    ]
    let codes = Dictionary(uniqueKeysWithValues: rules.map { (String(describing: type(of: $0)), $0.description.code) })
    let enumerator = try #require(FileManager.default.enumerator(atPath: rulesDirectory.path))
    var checked = 0
    for case let path as String in enumerator where path.hasSuffix(".swift") {
      let parts = path.split(separator: "/")
      let name = String(parts.last!.dropLast(".swift".count))
      let typeName = name.hasSuffix("RuleExamples") ? String(name.dropLast("Examples".count))
        : String(name.split(separator: "+").first!)
      guard let code = codes[typeName] else {
        Issue.record("\(path) is no rule, rule part or rule examples: shared helpers belong in Support/")
        continue
      }
      let group = code.dropFirst(3).first!
      #expect(parts.count == 2 && String(parts[0]) == folders[group], "\(path) (\(code)) belongs in \(folders[group] ?? "?")/")
      checked += 1
    }
    #expect(checked >= rules.count)
  }
}
