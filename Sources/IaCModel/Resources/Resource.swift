import IaCSyntax

/// The type of a resource, resolved through the file's imports to the API catalogue.
public struct ResourceType: Sendable, Hashable {
  /// The fully qualified name: the jsii fqn (`aws-cdk-lib.aws_s3.Bucket`), the Pulumi type token
  /// (`aws:s3/bucket:Bucket`), or the CDKTF fqn (`@cdktf/provider-aws.s3Bucket.S3Bucket`).
  public var fqn: String
  public var framework: Framework
  /// The catalogue module key (`aws_s3`, `s3`, `s3Bucket`).
  public var module: String
  /// The class name (`Bucket`, `CfnBucket`, `BucketV2`, `S3Bucket`).
  public var name: String
  /// The CloudFormation type (`AWS::S3::Bucket`) of a CDK construct, when the catalogue knows it.
  public var cloudFormationType: String?
  /// The Terraform resource type (`aws_s3_bucket`) of a Pulumi or CDKTF resource, when the catalogue knows it.
  public var terraformType: String?

  public init(
    fqn: String, framework: Framework, module: String, name: String, cloudFormationType: String? = nil,
    terraformType: String? = nil
  ) {
    self.fqn = fqn
    self.framework = framework
    self.module = module
    self.name = name
    self.cloudFormationType = cloudFormationType
    self.terraformType = terraformType
  }

  /// Whether the type is a CDK L1 construct (`CfnBucket`).
  public var isCloudFormationResource: Bool { framework == .cdk && name.hasPrefix("Cfn") }
}

/// One prop set on a resource: a keyword argument (Python) or a property of the props object literal (TypeScript).
public struct Prop: Sendable {
  /// The canonical name: the jsii (TypeScript) spelling when the catalogue knows the prop (`enforceSSL` for
  /// `enforce_ssl`), else the camelCase of what is written.
  public var name: String
  /// The key as written.
  public var label: NamePart
  /// The argument or property, label included.
  public var argument: Argument
  public var value: Value
}

/// A call made on a resource after it is created (`bucket.add_to_resource_policy(...)`), or a call that takes it as
/// an argument (`Tags.of(bucket).add(...)`, `NagSuppressions.add_resource_suppressions(bucket, ...)`).
public struct ResourceCall: Sendable {
  /// How the resource is used in the call.
  public enum Role: Sendable, Equatable {
    /// The call is a method of the resource; `method` is the path after the resource's name in TypeScript
    /// spelling (`addToResourcePolicy`, `connections.allowFrom`).
    case method(String)
    /// The resource is an argument of the call (positional `position`, or a keyword).
    case argument
    /// `X.of(resource).method(...)`: `method` is `Tags.of.add`, `Aspects.of.add`.
    case aspect(String)
  }

  public var role: Role
  /// The index of the call in ``SourceFile/calls``.
  public var call: Int

  /// The method path of a ``Role/method(_:)`` or ``Role/aspect(_:)`` call.
  public var method: String? {
    switch role {
    case .method(let name), .aspect(let name): return name
    case .argument: return nil
    }
  }
}

/// Where a resource's props are written, for the prop editor.
public enum PropsLocation: Sendable, Equatable {
  /// Python keyword arguments of the call itself (or of a Pulumi `XArgs(...)` call passed as `args=`, `call`).
  case keywords(call: Int)
  /// A TypeScript object literal between tokens `open` and `close` (braces included).
  case objectLiteral(open: Int, close: Int)
  /// No props yet: a new props argument goes after positional argument `after` of the call.
  case none(call: Int)
  /// Props come from something iaclsp cannot edit (a variable, a spread, a function call).
  case opaque
}

/// A resource the file creates: a CDK construct (L1 or L2), a Pulumi resource, or a CDKTF resource.
public struct Resource: Sendable {
  /// Its index in ``FileModel/resources``.
  public var index: Int
  /// The index of the creating call in ``SourceFile/calls``.
  public var call: Int
  public var type: ResourceType
  /// The construct id (CDK, CDKTF) or resource name (Pulumi), as evaluated.
  public var id: Value?
  /// The variable the resource is bound to (`bucket`, `self.bucket`, `this.bucket`).
  public var binding: String?
  /// The index in ``SourceFile/classes`` of the class the resource is created in.
  public var enclosingClass: Int?
  /// The index in ``SourceFile/functions`` of the innermost function the resource is created in.
  public var enclosingFunction: Int?
  /// The scope argument of a construct (`self`, `this`, another construct); nil for Pulumi.
  public var scope: Value?
  /// The props set, in source order.
  public var props: [Prop]
  /// The call passes props iaclsp cannot see (`**kwargs`, `...props`, a props object it cannot follow): rules must
  /// not conclude that a prop is unset.
  public var hasHiddenProps: Bool
  public var propsLocation: PropsLocation
  /// Calls made on the resource or with it after it is created, in source order.
  public var calls: [ResourceCall]
  /// Resources this one's props refer to.
  public var references: [Int]
  /// Resources whose props refer to this one.
  public var referencedBy: [Int]
  /// The file is written against CDK v1 (`aws_cdk.core`, `@aws-cdk/*`): v2 catalogue facts don't apply to it.
  public var isCDKv1: Bool
  /// The byte range of the whole creating call.
  public var range: TextRange
  /// The byte range of the callee (`s3.Bucket`), where findings about the whole resource go.
  public var calleeRange: TextRange

  /// The prop named `name`, in any casing (`enforce_ssl`, `enforceSSL`, `block_public_access`).
  public func prop(_ name: String) -> Prop? {
    props.first { PropName.matches($0.name, name) }
  }

  /// The first of several props that is set.
  public func prop(anyOf names: [String]) -> Prop? {
    for name in names {
      if let found = prop(name) { return found }
    }
    return nil
  }

  /// The value at a dotted path (`blockPublicAccess.blockPublicAcls`), the first part a prop.
  public func value(at path: String) -> Value? {
    let parts = path.split(separator: ".", maxSplits: 1)
    guard let first = parts.first, let prop = prop(String(first)) else { return nil }
    return parts.count == 1 ? prop.value : prop.value.value(at: String(parts[1]))
  }

  /// Whether the prop is written (whatever its value).
  public func isSet(_ name: String) -> Bool { prop(name) != nil }

  /// Whether iaclsp can tell that the prop is not set: it is absent and no props are hidden.
  public func isCertainlyUnset(_ name: String) -> Bool { prop(name) == nil && !hasHiddenProps }

  /// The construct id or resource name when it is a literal or a template with known text.
  public var idText: String? {
    if let string = id?.string { return string }
    return id?.template.map(\.literalText)
  }

  /// The method calls on the resource whose path is `name` in any casing (`add_to_resource_policy`).
  public func methodCalls(_ name: String) -> [ResourceCall] {
    calls.filter { call in call.method.map { PropName.matches($0, name) } ?? false }
  }
}

/// Canonical prop names.
public enum PropName {
  /// The key two spellings of one name share: lowercase, without underscores (`enforce_ssl`, `enforceSSL` →
  /// `enforcessl`). Trailing underscores that escape Python keywords (`lambda_`, `id_`) go too.
  public static func fold(_ name: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(name.utf8.count)
    for byte in name.utf8 where byte != UInt8(ascii: "_") {
      bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Whether two spellings share one ``fold(_:)`` key, without building either key: rules ask for props by name
  /// again and again.
  public static func matches(_ a: String, _ b: String) -> Bool {
    var left = a.utf8.makeIterator()
    var right = b.utf8.makeIterator()
    while true {
      var x = left.next()
      while x == UInt8(ascii: "_") { x = left.next() }
      var y = right.next()
      while y == UInt8(ascii: "_") { y = right.next() }
      guard let p = x, let q = y else { return x == nil && y == nil }
      // String equality of the folded keys is Unicode canonical equivalence: leave other bytes to it.
      if p >= 0x80 || q >= 0x80 { return fold(a) == fold(b) }
      if p == q { continue }
      let lowerP = p >= UInt8(ascii: "A") && p <= UInt8(ascii: "Z") ? p + 32 : p
      let lowerQ = q >= UInt8(ascii: "A") && q <= UInt8(ascii: "Z") ? q + 32 : q
      if lowerP != lowerQ { return false }
    }
  }

  /// The camelCase of a snake_case name (`block_public_acls` → `blockPublicAcls`); names without underscores are
  /// kept, and a trailing escape underscore is dropped (`from_` → `from`).
  public static func camelCase(_ name: String) -> String {
    guard name.containsByte(UInt8(ascii: "_")) else { return name }
    var output: [UInt8] = []
    output.reserveCapacity(name.utf8.count)
    var upperNext = false
    var seenLetter = false
    for byte in name.utf8 {
      if byte == UInt8(ascii: "_") {
        if seenLetter { upperNext = true }
        continue
      }
      if upperNext && byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
        output.append(byte - 32)
      } else {
        output.append(byte)
      }
      upperNext = false
      seenLetter = true
    }
    return String(decoding: output, as: UTF8.self)
  }
}
