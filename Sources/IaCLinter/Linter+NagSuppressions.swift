import IaCModel
import IaCRules
import IaCSyntax

/// A finding a cdk-nag suppression silenced, with the suppression's reason: the justification reporters can show.
package struct NagSuppressedFinding: Sendable {
  package var diagnostic: Diagnostic
  /// The file and range of the suppression call.
  package var suppressionPath: String
  package var suppressionRange: TextRange
  /// The reason the suppression gives, when it is a literal.
  package var justification: String?
}

extension Linter {
  /// The iaclsp codes of the AWS Solutions pack by the cdk-nag ids that name them: each rule's `AwsSolutions-` id
  /// and its HIPAA, NIST 800-53 and PCI equivalents.
  static let codesByNagID: [String: [String]] = {
    var result: [String: [String]] = [:]
    for facts in SolutionsCatalog.rules {
      for id in [facts.nagRuleID] + facts.equivalents where !(result[id]?.contains(facts.code) ?? false) {
        result[id, default: []].append(facts.code)
      }
    }
    return result
  }()

  /// The pack's codes that a cdk-nag id can name.
  static let nagSuppressibleCodes: Set<String> = Set(codesByNagID.values.flatMap { $0 })

  /// The suppression index for a checked file and the file's model in it: the one the context carries when it was
  /// built from this very file, else one built from the project's sources with this file in place of its copy.
  func nagSuppressionIndex(for model: FileModel, context: RuleContext) -> (index: NagSuppressionIndex, model: Int)? {
    let file = model.file
    if let index = context.nagSuppressions {
      guard !index.isEmpty else { return nil }
      if let position = index.model(path: file.path), index.models[position].file.bytes == file.bytes {
        return (index, position)
      }
    }
    let others = (context.project?.sources ?? []).filter { $0.path != file.path }
    let index = NagSuppressionIndex(sources: others + [file])
    guard !index.isEmpty, let position = index.model(path: file.path) else { return nil }
    return (index, position)
  }

  /// Splits a file's findings into those no cdk-nag suppression covers and those one does, with its reason.
  package func applyNagSuppressions(
    _ diagnostics: [Diagnostic],
    model: FileModel,
    context: RuleContext
  ) -> (kept: [Diagnostic], suppressed: [NagSuppressedFinding]) {
    guard diagnostics.contains(where: { Linter.nagSuppressibleCodes.contains($0.code) }),
      let (index, position) = nagSuppressionIndex(for: model, context: context) else { return (diagnostics, []) }
    var kept: [Diagnostic] = []
    var suppressed: [NagSuppressedFinding] = []
    for diagnostic in diagnostics {
      guard Linter.nagSuppressibleCodes.contains(diagnostic.code),
        let resource = Linter.resource(of: diagnostic, in: index.models[position]),
        let (suppression, rule) = nagSuppression(covering: diagnostic.code, model: position, resource: resource, in: index)
      else {
        kept.append(diagnostic)
        continue
      }
      suppressed.append(NagSuppressedFinding(
        diagnostic: diagnostic, suppressionPath: suppression.path, suppressionRange: rule.range,
        justification: rule.reason))
    }
    return (kept, suppressed)
  }

  /// The first suppression, and its rule entry, that silences `code` on a resource.
  func nagSuppression(
    covering code: String,
    model: Int,
    resource: Int,
    in index: NagSuppressionIndex
  ) -> (NagSuppressionIndex.Suppression, NagSuppressionIndex.Rule)? {
    for suppression in index.suppressions {
      guard let rule = suppression.rules.first(where: { Linter.codesByNagID[$0.id]?.contains(code) ?? false }) else { continue }
      if index.covers(suppression, model: model, resource: resource) { return (suppression, rule) }
    }
    return nil
  }

  /// The resource a finding is about: the one its resource reference names when only one has that type and path,
  /// else the innermost resource whose call holds the finding's start.
  static func resource(of diagnostic: Diagnostic, in model: FileModel) -> Int? {
    if let reference = diagnostic.resource {
      let named = model.resources.filter { resource in
        resource.type.fqn == reference.type && model.constructPath(of: resource).joined(separator: "/") == reference.path
      }
      if named.count == 1 { return named[0].index }
      // A finding on a child the source does not create as a resource of its own (a REST API's method,
      // `Api/Default/items/GET`) is about the construct whose path is the longest prefix of the child's.
      if named.isEmpty {
        var owner: (index: Int, length: Int)?
        for resource in model.resources {
          let path = model.constructPath(of: resource).joined(separator: "/")
          guard !path.isEmpty, reference.path.hasPrefix(path + "/"), path.count > (owner?.length ?? 0) else { continue }
          owner = (resource.index, path.count)
        }
        if let owner { return owner.index }
      }
    }
    var best: Resource?
    for resource in model.resources where resource.range.contains(diagnostic.range.start) {
      if let current = best, current.range.length <= resource.range.length { continue }
      best = resource
    }
    return best?.index
  }

  // MARK: Unused suppressions

  /// IAC002 for the cdk-nag suppressions written in a file: a rule id that silences nothing on the constructs the
  /// suppression names although the pack rule it maps to is enabled and judges them. A rule id iaclsp does not
  /// implement, a rule that is not enabled, a granular id and a suppression whose constructs are not resolved are
  /// never judged; nor is a suppression that reaches children iaclsp may not see (see ``seesEverything``).
  func unusedNagSuppressions(in model: FileModel, context: RuleContext) -> [Diagnostic] {
    guard enabledCodes.contains(UnusedSuppressionRule.description.code), NagSuppressionIndex.maySuppress(model.file),
      let (index, position) = nagSuppressionIndex(for: model, context: context) else { return [] }
    let turnedOff = settings.perFileIgnoredCodes(for: model.file.path, in: registry)
    var result: [Diagnostic] = []
    for suppression in index.suppressions where suppression.model == position && !suppression.targets.isEmpty {
      var covered: [(model: Int, resource: Int)]?
      for rule in suppression.rules where !rule.isGranular {
        let codes = (Linter.codesByNagID[rule.id] ?? []).filter { code in
          enabledCodes.contains(code) && !turnedOff.contains(code)
            && registry.rule(forCodeOrName: code).map { !$0.description.resourceTypes.isEmpty } == true
        }
        guard !codes.isEmpty else { continue }
        if covered == nil { covered = index.coveredResources(suppression) }
        guard codes.allSatisfy({ seesEverything(suppression, covered: covered!, for: $0, in: index) }) else { continue }
        let found = codes.contains { code in finds(code, onAnyOf: covered!, in: index, context: context) }
        guard !found else { continue }
        let names = codes.map { code in "`\(registry.rule(forCodeOrName: code)?.description.name ?? code)` (\(code))" }
        result.append(UnusedSuppressionRule.description.diagnostic(
          path: model.file.path, range: rule.range,
          message: "Unused suppression: `\(rule.id)` silences nothing; \(names.joined(separator: ", ")) finds nothing on the constructs it names"))
      }
    }
    return result
  }

  /// Whether iaclsp sees every resource a suppression may silence `code` on. Without children it does: the
  /// suppression covers only resources the source writes. With children, the constructs it covers may create
  /// resources of their own that the source never shows (a function's service role, the provider functions and
  /// buckets CDK adds at a stack's root), and cdk-nag may use the suppression on those: so it is judged only when it
  /// names resources, and each resource it covers is an L1 or of a type the rule judges itself.
  func seesEverything(
    _ suppression: NagSuppressionIndex.Suppression,
    covered: [(model: Int, resource: Int)],
    for code: String,
    in index: NagSuppressionIndex
  ) -> Bool {
    guard suppression.appliesToChildren else { return true }
    guard suppression.targets.allSatisfy({ if case .resource = $0 { return true } else { return false } }) else { return false }
    return covered.allSatisfy { modelIndex, resourceIndex in
      let type = index.models[modelIndex].resources[resourceIndex].type
      return type.isCloudFormationResource || dispatch.rules(for: type).contains { $0.description.code == code }
    }
  }

  /// Whether the enabled rule `code` reports anything on one of these resources.
  func finds(_ code: String, onAnyOf resources: [(model: Int, resource: Int)], in index: NagSuppressionIndex, context: RuleContext) -> Bool {
    for (modelIndex, resourceIndex) in resources {
      let model = index.models[modelIndex]
      let resource = model.resources[resourceIndex]
      for rule in dispatch.rules(for: resource.type) where rule.description.code == code && Linter.applies(rule.description, to: model.file) {
        var findings: [Diagnostic] = []
        rule.check(resource, in: model, context: context, into: &findings)
        if !findings.isEmpty { return true }
      }
    }
    return false
  }
}
