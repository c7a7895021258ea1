/// One name in a dotted chain, with the index of its token.
public struct NamePart: Sendable, Hashable {
  /// The identifier as written.
  public var name: String
  /// Its byte range.
  public var range: TextRange
  /// The index of its token in ``SourceFile/tokens``.
  public var token: Int

  public init(name: String, range: TextRange, token: Int) {
    self.name = name
    self.range = range
    self.token = token
  }
}

/// A dotted chain of names in code, such as `origins.S3Origin` or `self.fail`: never inside a string or comment.
public struct Reference: Sendable, Hashable {
  /// The names, left to right; never empty.
  public var parts: [NamePart]
  /// Whether the chain continues an expression that is not a name (`foo().bar`): then `parts[0]` is a member.
  public var hasReceiverExpression: Bool

  public init(parts: [NamePart], hasReceiverExpression: Bool = false) {
    self.parts = parts
    self.hasReceiverExpression = hasReceiverExpression
  }

  /// The chain joined with dots.
  public var dotted: String { parts.map(\.name).joined(separator: ".") }
  /// The byte range from the first name to the last.
  public var range: TextRange { parts[0].range.cover(parts[parts.count - 1].range) }
  /// The last name: the member being used or called.
  public var last: NamePart { parts[parts.count - 1] }
}

/// One argument of a call: positional, keyword (`name=value` in Python), spread, or a property of a JavaScript
/// object literal passed to the call (which iaclsp treats as a keyword argument).
public struct Argument: Sendable {
  /// The keyword or property name, when there is one.
  public var label: NamePart?
  /// The tokens of the value expression.
  public var valueTokens: Range<Int>
  /// The byte range of the value.
  public var value: TextRange
  /// The byte range of the whole argument, label included.
  public var range: TextRange
  /// `*args`, `**kwargs` or `...spread`.
  public var isSpread: Bool
  /// The property came from an object literal argument.
  public var isObjectProperty: Bool

  public init(
    label: NamePart?,
    valueTokens: Range<Int>,
    value: TextRange,
    range: TextRange,
    isSpread: Bool = false,
    isObjectProperty: Bool = false
  ) {
    self.label = label
    self.valueTokens = valueTokens
    self.value = value
    self.range = range
    self.isSpread = isSpread
    self.isObjectProperty = isObjectProperty
  }
}

/// A call expression, `new` included.
public struct Call: Sendable {
  /// The callee when it is a dotted chain of names (`s3.Bucket`, `self.fail`), else nil (`f()()`).
  public var callee: Reference?
  /// The range of the `new` keyword, for `new X(...)`.
  public var newKeyword: TextRange?
  /// The token index of the opening parenthesis.
  public var openToken: Int
  /// The token index of the closing parenthesis, or of the last token reached when the call is never closed.
  public var closeToken: Int
  /// Whether the closing parenthesis exists.
  public var isClosed: Bool
  /// Positional, keyword and spread arguments in source order. An object literal argument is one positional argument.
  public var arguments: [Argument]
  /// The top-level properties of object literal arguments (TypeScript), treated as keyword arguments.
  public var properties: [Argument]
  /// From the callee (or `new`) to the closing parenthesis.
  public var range: TextRange
  /// The index of the call whose result this one is called on (`expect(x).toBe(y)`: `toBe`'s receiver is `expect`).
  public var receiverCall: Int?

  /// Arguments without a label, spreads excluded.
  public var positional: [Argument] { arguments.filter { $0.label == nil && !$0.isSpread } }

  /// The keyword argument or object literal property named `name`, if present.
  public func keyword(_ name: String) -> Argument? {
    if let found = arguments.first(where: { $0.label?.name == name }) { return found }
    return properties.first(where: { $0.label?.name == name })
  }

  /// The keyword argument or property with any of `names` (for snake_case/camelCase pairs).
  public func keyword(anyOf names: [String]) -> Argument? {
    for name in names {
      if let found = keyword(name) { return found }
    }
    return nil
  }

  /// The range of the arguments between the parentheses.
  public var calleeName: String? { callee?.dotted }
}

/// One name an import statement binds.
public struct ImportSpecifier: Sendable {
  /// The imported member (`S3Origin` in `from x import S3Origin`), or nil when the module itself is bound.
  public var member: String?
  /// The name bound in the file.
  public var alias: String
  /// What the bound name stands for: `aws_cdk.aws_s3` for `from aws_cdk import aws_s3 as s3`, `aws_cdk` for
  /// `import aws_cdk.aws_s3` (which binds the top package), `aws-cdk-lib/aws-s3` for a namespace import, and
  /// `aws-cdk-lib.aws_s3` for `import { aws_s3 as s3 } from 'aws-cdk-lib'`.
  public var qualifiedName: String
  /// The range of the whole specifier (`aws_s3 as s3`).
  public var range: TextRange
  /// The range of the bound name.
  public var aliasRange: TextRange

  public init(member: String?, alias: String, qualifiedName: String, range: TextRange, aliasRange: TextRange) {
    self.member = member
    self.alias = alias
    self.qualifiedName = qualifiedName
    self.range = range
    self.aliasRange = aliasRange
  }
}

/// An import statement or a `require` binding.
public struct ImportStatement: Sendable {
  /// How the statement is written; fixes that add imports copy the style.
  public enum Kind: Sendable, Equatable {
    /// `import a.b` or `import a.b as c` (Python).
    case pythonImport
    /// `from a import b` (Python).
    case pythonFrom
    /// `import { a as b } from 'm'`, `import * as m from 'm'`, `import d from 'm'` (ECMAScript).
    case esImport
    /// `import x = require('m')` or `const x = require('m')`.
    case require
  }

  public var kind: Kind
  /// The module as written, without quotes; Python relative imports keep their leading dots.
  public var module: String
  public var specifiers: [ImportSpecifier]
  /// The whole statement.
  public var range: TextRange
  /// The `(…)` or `{…}` around the specifiers, when present (the open and close bracket bytes included).
  public var brackets: TextRange?
  /// `import type` (TypeScript): binds types only.
  public var isTypeOnly: Bool

  public init(
    kind: Kind,
    module: String,
    specifiers: [ImportSpecifier],
    range: TextRange,
    brackets: TextRange?,
    isTypeOnly: Bool
  ) {
    self.kind = kind
    self.module = module
    self.specifiers = specifiers
    self.range = range
    self.brackets = brackets
    self.isTypeOnly = isTypeOnly
  }
}

/// `name = value`, `self.name = value`, `const name = value`, `this.name = value`.
public struct Assignment: Sendable {
  /// The target as written, dotted (`logs_bucket`, `self.bucket`, `this.bucket`).
  public var target: String
  public var targetRange: TextRange
  /// The tokens of the assigned value.
  public var valueTokens: Range<Int>
  public var value: TextRange
  /// The index in ``Syntax/calls`` of the call that is the whole value, if it is one.
  public var valueCall: Int?

  public init(target: String, targetRange: TextRange, valueTokens: Range<Int>, value: TextRange, valueCall: Int?) {
    self.target = target
    self.targetRange = targetRange
    self.valueTokens = valueTokens
    self.value = value
    self.valueCall = valueCall
  }
}

/// A class declaration.
public struct ClassDecl: Sendable {
  public var name: String
  public var nameRange: TextRange
  /// Base classes as dotted names (`Stack`, `cdk.Stack`, `unittest.TestCase`).
  public var bases: [String]
  /// The tokens of the body.
  public var bodyTokens: Range<Int>
  /// From the `class` keyword to the end of the body.
  public var range: TextRange

  public init(name: String, nameRange: TextRange, bases: [String], bodyTokens: Range<Int>, range: TextRange) {
    self.name = name
    self.nameRange = nameRange
    self.bases = bases
    self.bodyTokens = bodyTokens
    self.range = range
  }
}

/// A function or method definition (`def`, `function`, a class method).
public struct FunctionDecl: Sendable {
  public var name: String
  public var nameRange: TextRange
  /// Decorators as dotted names (`mark.it`, `pytest.mark.skip`).
  public var decorators: [String]
  /// The tokens of the body, without the header.
  public var bodyTokens: Range<Int>
  /// From the first decorator or keyword to the end of the body.
  public var range: TextRange
  /// The index in ``Syntax/classes`` of the class the function is defined in directly.
  public var enclosingClass: Int?
  /// Whether the body was cut short by the end of the file or unbalanced brackets.
  public var isBodyComplete: Bool

  public init(
    name: String,
    nameRange: TextRange,
    decorators: [String],
    bodyTokens: Range<Int>,
    range: TextRange,
    enclosingClass: Int?,
    isBodyComplete: Bool
  ) {
    self.name = name
    self.nameRange = nameRange
    self.decorators = decorators
    self.bodyTokens = bodyTokens
    self.range = range
    self.enclosingClass = enclosingClass
    self.isBodyComplete = isBodyComplete
  }
}
