import Foundation
import IaCModel

/// A prop's value reduced to what conditions compare: a literal, an enum member, a duration, or a template with
/// unknown parts.
enum ObservedValue {
  case string(String)
  case number(Double)
  case bool(Bool)
  /// `type` is the enum's name (last component of its fqn): `RemovalPolicy`, `RetentionDays`.
  case enumMember(type: String, member: String)
  case duration(seconds: Double)
  /// A string with interpolated parts; the known text pieces and the places of the unknown ones.
  case template(StringTemplate)

  /// The observed form of a value; nil when conditions cannot judge it (a call of the user's code, an object, a
  /// list, a resource, a name iaclsp cannot follow).
  init?(_ value: Value) {
    switch value.kind {
    case .string(let text): self = .string(text)
    case .number(let number): self = .number(number)
    case .bool(let flag): self = .bool(flag)
    case .enumMember(let type, let member):
      self = .enumMember(type: String(type.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == ":" }).last ?? ""), member: member)
    case .template(let template):
      self = template.hasExpressions ? .template(template) : .string(template.literalText)
    case .factory:
      guard let seconds = value.durationSeconds else { return nil }
      self = .duration(seconds: seconds)
    default:
      return nil
    }
  }

  /// The observed form of a documented default as the catalogue writes it (`false`, `0`, `RemovalPolicy.RETAIN`,
  /// `Duration.days(7)`, `"x"`); nil for prose (`- no encryption`), which says nothing a condition can use.
  init?(defaultText text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    switch trimmed {
    case "true": self = .bool(true); return
    case "false": self = .bool(false); return
    default: break
    }
    if let number = Double(trimmed) {
      self = .number(number)
      return
    }
    if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first {
      self = .string(String(trimmed.dropFirst().dropLast()))
      return
    }
    if trimmed.hasPrefix("Duration."), trimmed.hasSuffix(")"), let open = trimmed.firstIndex(of: "(") {
      let method = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 9)..<open]
      let units: [Substring: Double] = ["millis": 0.001, "seconds": 1, "minutes": 60, "hours": 3600, "days": 86400]
      guard let unit = units[method], let amount = Double(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
      else { return nil }
      self = .duration(seconds: amount * unit)
      return
    }
    // `RemovalPolicy.RETAIN`, `aws_s3.BlockPublicAccess.BLOCK_ALL`: a capitalised type, then a member in capitals.
    let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
    if parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }),
      let type = parts.dropLast().last, type.first?.isUppercase == true,
      let member = parts.last, member.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) {
      self = .enumMember(type: String(type), member: String(member))
      return
    }
    return nil
  }

  /// The text of a string, with each unknown part of a template as U+FFFC (which no pattern matches by accident).
  var text: String? {
    switch self {
    case .string(let text): return text
    case .enumMember(_, let member): return member
    case .template(let template):
      return template.pieces.map { piece in
        if case .text(let text) = piece { return text }
        return ObservedValue.hole
      }.joined()
    default: return nil
    }
  }

  static let hole = "\u{FFFC}"

  var hasHoles: Bool {
    if case .template = self { return true }
    return false
  }
}

extension CustomRuleCondition {
  /// Whether the condition holds for a set value: true or false, or nil when iaclsp cannot tell (never reported).
  /// `prop` is the prop's name, whose unit suffix (`retention_in_days`, `timeoutSeconds`) gives a plain number's unit
  /// against a duration bound.
  func holds(for observed: ObservedValue?, prop: String) -> Bool? {
    if case .present(let flag) = self { return flag }
    guard let observed else { return nil }
    switch self {
    case .present: return nil
    case .equals(let literal): return literal.equals(observed)
    case .notEquals(let literal): return literal.equals(observed).map(!)
    case .oneOf(let literals): return CustomRuleCondition.any(literals, observed)
    case .noneOf(let literals): return CustomRuleCondition.any(literals, observed).map(!)
    case .matches(let pattern): return CustomRuleCondition.certainMatch(pattern, observed)
    case .notMatches(let pattern): return CustomRuleCondition.certainMatch(pattern, observed).map(!)
    case .min(let bound): return bound.compare(observed, prop: prop).map { $0 >= 0 }
    case .max(let bound): return bound.compare(observed, prop: prop).map { $0 <= 0 }
    }
  }

  /// Whether the condition holds for an unset prop whose documented default is `text`; nil when the default is
  /// prose a condition cannot use.
  package func holds(forDefault text: String, prop: String) -> Bool? {
    guard let observed = ObservedValue(defaultText: text) else { return nil }
    return holds(for: observed, prop: prop)
  }

  /// True when one literal equals the value, false when none does, nil when some cannot be compared.
  static func any(_ literals: [CustomRuleLiteral], _ observed: ObservedValue) -> Bool? {
    var unknown = false
    for literal in literals {
      switch literal.equals(observed) {
      case true?: return true
      case nil: unknown = true
      case false?: break
      }
    }
    return unknown ? nil : false
  }

  /// True when the pattern matches known text, false when the text is fully known and it does not match, nil when
  /// a match could only involve unknown parts of a template.
  static func certainMatch(_ pattern: CustomRulePattern, _ observed: ObservedValue) -> Bool? {
    guard let text = observed.text else { return nil }
    if let range = pattern.firstMatch(in: text) {
      let matched = (text as NSString).substring(with: range)
      if !matched.contains(ObservedValue.hole) { return true }
      return nil
    }
    return observed.hasHoles ? nil : false
  }
}

extension CustomRuleLiteral {
  /// Whether the literal equals the value: strings match string literals and enum members by name (`BLOCK_ALL`,
  /// `RemovalPolicy.DESTROY`), numbers and booleans match literals. Nil for a template with unknown parts.
  func equals(_ observed: ObservedValue) -> Bool? {
    switch (self, observed) {
    case (.string(let expected), .string(let actual)): return expected == actual
    case (.string(let expected), .enumMember(let type, let member)):
      return expected == member || expected == type + "." + member || expected.hasSuffix("." + type + "." + member)
    case (.string, .template): return nil
    case (.number(let expected), .number(let actual)): return expected == actual
    case (.bool(let expected), .bool(let actual)): return expected == actual
    default: return false
    }
  }
}

extension CustomRuleBound {
  /// The sign of value − bound (−1, 0, 1), or nil when the value is not a quantity the bound measures.
  func compare(_ observed: ObservedValue, prop: String) -> Int? {
    guard let (value, limit) = quantities(observed, prop: prop) else { return nil }
    return value < limit ? -1 : (value > limit ? 1 : 0)
  }

  func quantities(_ observed: ObservedValue, prop: String) -> (Double, Double)? {
    switch (self, observed) {
    case (.number(let limit), .number(let value)): return (value, limit)
    case (.number(let limit), .enumMember("RetentionDays", let member)):
      return CustomRuleBound.retentionDays[member].map { ($0, limit) }
    case (.duration(let limit, _), .duration(let value)): return (value, limit)
    case (.duration(let limit, _), .number(let value)):
      // A plain number is in the unit its prop's name gives (`retention_in_days`), else in seconds (`timeout`).
      return (value * (CustomRuleBound.unit(ofProp: prop) ?? 1), limit)
    case (.duration(let limit, _), .enumMember("RetentionDays", let member)):
      return CustomRuleBound.retentionDays[member].map { ($0 * 86400, limit) }
    default: return nil
    }
  }

  /// The unit in seconds a prop's name gives its numbers (`retention_in_days`, `timeoutSeconds`, `ttlMinutes`).
  static func unit(ofProp prop: String) -> Double? {
    let folded = PropName.fold(prop)
    for (suffix, seconds) in [("days", 86400.0), ("hours", 3600), ("minutes", 60), ("seconds", 1), ("secs", 1)]
    where folded.hasSuffix(suffix) {
      return seconds
    }
    return nil
  }

  /// The days of each CloudWatch Logs `RetentionDays` member (`INFINITE` is longer than any bound).
  static let retentionDays: [String: Double] = [
    "ONE_DAY": 1, "THREE_DAYS": 3, "FIVE_DAYS": 5, "ONE_WEEK": 7, "TWO_WEEKS": 14, "ONE_MONTH": 30,
    "TWO_MONTHS": 60, "THREE_MONTHS": 90, "FOUR_MONTHS": 120, "FIVE_MONTHS": 150, "SIX_MONTHS": 180,
    "ONE_YEAR": 365, "THIRTEEN_MONTHS": 400, "EIGHTEEN_MONTHS": 545, "TWO_YEARS": 731, "THREE_YEARS": 1096,
    "FIVE_YEARS": 1827, "SIX_YEARS": 2192, "SEVEN_YEARS": 2557, "EIGHT_YEARS": 2922, "NINE_YEARS": 3288,
    "TEN_YEARS": 3653, "INFINITE": .infinity,
  ]
}
