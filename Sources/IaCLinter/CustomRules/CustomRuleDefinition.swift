import Foundation
import IaCRules
import IaCSyntax

/// One `[[rule]]` of a configuration or rules file, parsed and checked: what it matches, the conditions on each prop,
/// and its examples.
public struct CustomRuleDefinition: Sendable, Equatable {
  /// `ACME001`: two to six capital letters, then digits; never `IAC…`.
  public var code: String
  public var name: String
  public var severity: Severity
  public var message: String
  public var url: String?
  /// The resource patterns as written (`AWS::S3::Bucket`, `aws-cdk-lib.aws_s3.Bucket`, `aws_s3_bucket`, `AWS::S3::*`).
  public var resources: [String]
  /// The fully qualified names of the catalogued types the patterns name (a CloudFormation or Terraform type names
  /// the constructs and resources of every framework that deploy it).
  public var matchedTypes: [String]
  /// The conditions on each prop, in the order they are written.
  public var props: [PropRequirement]
  public var examples: [CustomRuleExample]
  /// The file the rule is defined in (a display path) and the line of its `[[rule]]`.
  public var path: String
  public var line: Int

  /// The conditions on one prop (or dotted path of nested props).
  public struct PropRequirement: Sendable, Equatable {
    /// The prop as written: `versioned`, `block_public_access.block_public_acls`.
    public var path: String
    public var conditions: [CustomRuleCondition]
    /// Offer an unsafe fix that sets the prop to the value `equals` requires.
    public var fix: Bool
    /// The matched types that have the prop; a resource of another matched type is not judged on it. Nil when
    /// every resource is judged (the types could not be looked up).
    public var types: Set<String>?
    public var line: Int

    /// The first component of the path: the prop of the resource itself.
    public var propName: String { String(path.split(separator: ".", maxSplits: 1).first ?? Substring(path)) }
  }
}

/// One `[[rule.examples]]` entry: code that must trigger the rule, or code that must not.
public struct CustomRuleExample: Sendable, Equatable {
  public var code: String
  public var triggers: Bool
  public var language: Language
  public var line: Int

  /// The example as a rule example, at a path whose extension gives its language.
  public var example: Example {
    Example(code, path: language == .python ? "app/stack.py" : "lib/stack.ts")
  }
}

/// A literal a condition compares values with: a TOML string, number or boolean.
public enum CustomRuleLiteral: Sendable, Equatable, CustomStringConvertible {
  case string(String)
  case number(Double)
  case bool(Bool)

  public var description: String {
    switch self {
    case .string(let text): return "\"\(text)\""
    case .number(let number): return CustomRuleLiteral.format(number)
    case .bool(let flag): return flag ? "true" : "false"
    }
  }

  static func format(_ number: Double) -> String {
    number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
  }
}

/// A bound of `min` or `max`: a number, or a duration (`"7d"`, `"12h"`, `"30m"`, `"45s"`) in seconds.
public enum CustomRuleBound: Sendable, Equatable, CustomStringConvertible {
  case number(Double)
  case duration(seconds: Double, text: String)

  public var description: String {
    switch self {
    case .number(let number): return CustomRuleLiteral.format(number)
    case .duration(_, let text): return text
    }
  }

  /// `7d`, `12h`, `30m`, `45s` in seconds; nil for anything else.
  static func seconds(_ text: String) -> Double? {
    guard let unit = text.last, let amount = Double(text.dropLast()), amount >= 0 else { return nil }
    switch unit {
    case "d": return amount * 86400
    case "h": return amount * 3600
    case "m": return amount * 60
    case "s": return amount
    default: return nil
    }
  }
}

/// A compiled regular expression, compared by its pattern. Matching is thread-safe.
public final class CustomRulePattern: @unchecked Sendable, Equatable {
  public let pattern: String
  let regex: NSRegularExpression

  /// The compiled pattern; throws the compiler's error when it is not a valid regular expression.
  init(_ pattern: String) throws {
    self.pattern = pattern
    regex = try NSRegularExpression(pattern: pattern)
  }

  public static func == (lhs: CustomRulePattern, rhs: CustomRulePattern) -> Bool { lhs.pattern == rhs.pattern }

  /// The ranges (in UTF-16 offsets of `text`) of the first match, or nil.
  func firstMatch(in text: String) -> NSRange? {
    regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length))?.range
  }
}

/// One requirement on a prop's value.
public enum CustomRuleCondition: Sendable, Equatable {
  case present(Bool)
  case equals(CustomRuleLiteral)
  case notEquals(CustomRuleLiteral)
  case oneOf([CustomRuleLiteral])
  case noneOf([CustomRuleLiteral])
  case matches(CustomRulePattern)
  case notMatches(CustomRulePattern)
  case min(CustomRuleBound)
  case max(CustomRuleBound)

  /// The key the condition is written with.
  public var key: String {
    switch self {
    case .present: return "present"
    case .equals: return "equals"
    case .notEquals: return "not-equals"
    case .oneOf: return "in"
    case .noneOf: return "not-in"
    case .matches: return "matches"
    case .notMatches: return "not-matches"
    case .min: return "min"
    case .max: return "max"
    }
  }

  /// The requirement in words: "is set", "equals `true`", "is at least 7d".
  public var requirement: String {
    switch self {
    case .present(let flag): return flag ? "is set" : "is not set"
    case .equals(let literal): return "equals `\(literal)`"
    case .notEquals(let literal): return "is not `\(literal)`"
    case .oneOf(let literals): return "is one of " + literals.map { "`\($0)`" }.joined(separator: ", ")
    case .noneOf(let literals): return "is none of " + literals.map { "`\($0)`" }.joined(separator: ", ")
    case .matches(let pattern): return "matches `\(pattern.pattern)`"
    case .notMatches(let pattern): return "does not match `\(pattern.pattern)`"
    case .min(let bound): return "is at least `\(bound)`"
    case .max(let bound): return "is at most `\(bound)`"
    }
  }

  /// What a failing value must do instead: "must be `true`", "must not match `\\*`".
  public var demand: String {
    switch self {
    case .present(let flag): return flag ? "must be set" : "must not be set"
    case .equals(let literal): return "must be `\(literal)`"
    case .notEquals(let literal): return "must not be `\(literal)`"
    case .oneOf(let literals): return "must be one of " + literals.map { "`\($0)`" }.joined(separator: ", ")
    case .noneOf(let literals): return "must not be any of " + literals.map { "`\($0)`" }.joined(separator: ", ")
    case .matches(let pattern): return "must match `\(pattern.pattern)`"
    case .notMatches(let pattern): return "must not match `\(pattern.pattern)`"
    case .min(let bound): return "must be at least `\(bound)`"
    case .max(let bound): return "must be at most `\(bound)`"
    }
  }

  /// Whether the condition holds when the prop is unset and has no documented default: the negative forms hold,
  /// the others fail.
  var holdsWhenUnset: Bool {
    switch self {
    case .present(let flag): return !flag
    case .notEquals, .noneOf, .notMatches: return true
    case .equals, .oneOf, .matches, .min, .max: return false
    }
  }
}
