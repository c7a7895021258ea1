import IaCSyntax

/// A value in the code, evaluated as far as the file allows: a literal, a string template, an enum member, a static
/// factory call, a reference to a resource, a list or an object (evaluated recursively), or unknown.
///
/// Names are followed through the file's assignments before they are evaluated, so `versioned=flag` reads the literal
/// bound to `flag` earlier in the file.
public struct Value: Sendable {
  public indirect enum Kind: Sendable {
    /// A plain string literal.
    case string(String)
    /// An integer or decimal literal (`-1`, `0.5`, `1_000`).
    case number(Double)
    case bool(Bool)
    /// `None`, `null` or `undefined`.
    case null
    /// A string with interpolated expressions: an f-string, a template literal, a concatenation.
    case template(StringTemplate)
    /// A member of a catalogued enum or a static constant of a catalogued class (`s3.BlockPublicAccess.BLOCK_ALL`,
    /// `lambda_.Runtime.PYTHON_3_12`, `RemovalPolicy.DESTROY`). `type` is the type's fully qualified name.
    case enumMember(type: String, member: String)
    /// A call of a catalogued static method (`Duration.days(7)`, `ec2.Peer.any_ipv4()`, `ec2.Port.tcp(443)`).
    /// `method` is the TypeScript (jsii) spelling.
    case factory(type: String, method: String, arguments: [Entry])
    /// Another resource of the file, by its index in ``FileModel/resources``.
    case resource(Int)
    case list([Value])
    /// A dictionary or object literal, or a catalogued struct or class built from keyword arguments
    /// (`s3.BlockPublicAccess(block_public_acls=True)`); `type` is the struct's fully qualified name when known.
    case object(type: String?, entries: [Entry])
    /// A name or dotted name iaclsp cannot follow further (a parameter, `props.bucketName`, an import).
    case reference(String)
    /// Anything else: a call of the user's own code, an expression, something cut short.
    case unknown
  }

  /// A keyword argument or object property inside a value, under its canonical name.
  public struct Entry: Sendable {
    /// The canonical name (jsii camelCase when known); nil for a positional argument.
    public var name: String?
    /// The key as written, when there is one.
    public var label: NamePart?
    public var value: Value
    /// The whole entry, key included.
    public var range: TextRange

    public init(name: String?, label: NamePart?, value: Value, range: TextRange) {
      self.name = name
      self.label = label
      self.value = value
      self.range = range
    }
  }

  public var kind: Kind
  /// The tokens of the expression as written at the place it is used (before names are followed).
  public var tokens: Range<Int>
  /// The byte range of those tokens.
  public var range: TextRange
  /// The tokens the value was evaluated from, after following names (equal to `tokens` when no name was followed).
  public var resolvedTokens: Range<Int>

  public init(kind: Kind, tokens: Range<Int>, range: TextRange, resolvedTokens: Range<Int>? = nil) {
    self.kind = kind
    self.tokens = tokens
    self.range = range
    self.resolvedTokens = resolvedTokens ?? tokens
  }

  // MARK: Reading values

  /// The string, when the value is a plain string literal.
  public var string: String? {
    if case .string(let text) = kind { return text }
    return nil
  }

  public var bool: Bool? {
    if case .bool(let value) = kind { return value }
    return nil
  }

  public var number: Double? {
    if case .number(let value) = kind { return value }
    return nil
  }

  /// The integer, when the value is a whole number literal.
  public var integer: Int? {
    guard let number, number.rounded() == number, abs(number) < 1e15 else { return nil }
    return Int(number)
  }

  /// The resource index, when the value refers to a resource of the file.
  public var resource: Int? {
    if case .resource(let index) = kind { return index }
    return nil
  }

  public var elements: [Value]? {
    if case .list(let values) = kind { return values }
    return nil
  }

  /// The entries of an object, dictionary or struct value.
  public var entries: [Entry]? {
    if case .object(_, let entries) = kind { return entries }
    return nil
  }

  /// The string template of a string value, plain literals included.
  public var template: StringTemplate? {
    switch kind {
    case .template(let template): return template
    case .string(let text):
      return StringTemplate(pieces: [.text(text)], tokens: resolvedTokens, range: range, singleToken: nil)
    default: return nil
    }
  }

  /// Whether the value is known at all: anything but ``Kind/unknown`` and ``Kind/reference(_:)``.
  public var isKnown: Bool {
    switch kind {
    case .unknown, .reference: return false
    default: return true
    }
  }

  /// The enum or constant member, when the value is one whose type's name (last component) is `type`.
  public func enumMember(of type: String) -> String? {
    guard case .enumMember(let fqn, let member) = kind, Value.lastComponent(fqn) == type else { return nil }
    return member
  }

  /// Whether the value is the enum member or static constant `type.member` (`RemovalPolicy`, `DESTROY`).
  public func isEnumMember(_ type: String, _ member: String) -> Bool {
    enumMember(of: type) == member
  }

  /// The static factory method, when the value is a call of one on a type whose name is `type` (`Duration`,
  /// `days`); the method in TypeScript (jsii) spelling.
  public func factory(of type: String) -> (method: String, arguments: [Entry])? {
    guard case .factory(let fqn, let method, let arguments) = kind, Value.lastComponent(fqn) == type else { return nil }
    return (method, arguments)
  }

  /// The entry named `name` of an object value (any casing: `block_public_acls`, `blockPublicAcls`).
  public func entry(_ name: String) -> Entry? {
    guard let entries else { return nil }
    return entries.first { $0.name.map { PropName.matches($0, name) } ?? false }
  }

  /// The value at a dotted path of entries (`blockPublicAccess.blockPublicAcls` below a prop).
  public func value(at path: String) -> Value? {
    var current = self
    for part in path.split(separator: ".") {
      guard let next = current.entry(String(part))?.value else { return nil }
      current = next
    }
    return current
  }

  /// A duration in seconds: `Duration.days(7)`, `Duration.minutes(5)`, `Duration.seconds(30)`; nil otherwise.
  public var durationSeconds: Double? {
    guard let (method, arguments) = factory(of: "Duration"), let amount = arguments.first?.value.number else { return nil }
    switch method {
    case "millis": return amount / 1000
    case "seconds": return amount
    case "minutes": return amount * 60
    case "hours": return amount * 3600
    case "days": return amount * 86400
    default: return nil
    }
  }

  static func lastComponent(_ name: String) -> Substring {
    var end = name.endIndex
    var index = name.endIndex
    while index > name.startIndex {
      let previous = name.index(before: index)
      let character = name[previous]
      if character == "." || character == "/" || character == ":" {
        return name[index..<end]
      }
      index = previous
    }
    end = name.endIndex
    return name[name.startIndex..<end]
  }
}
