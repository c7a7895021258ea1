import IaCModel
import IaCSyntax

/// What the rules about things that must live in us-east-1 share.
enum RegionSupport {
  /// The finding for something that must be created in us-east-1: an error when the stack's region is known and is
  /// another one (pointing at where the region is set), an info hint when the region is unknown, nil in us-east-1.
  static func diagnostic(
    _ description: RuleDescription,
    fact: RegionFact,
    path: String,
    range: TextRange,
    outside: (String) -> String,
    unknown: String
  ) -> Diagnostic? {
    guard let region = fact.region else {
      var diagnostic = description.diagnostic(path: path, range: range, message: unknown)
      diagnostic.severity = .info
      return diagnostic
    }
    guard region != "us-east-1" else { return nil }
    return description.diagnostic(path: path, range: range, message: outside(region), related: fact.location.map { [$0] } ?? [])
  }

  /// Whether a Pulumi or CDK for Terraform resource names its provider explicitly (`opts=ResourceOptions(provider=p)`,
  /// `{ provider: p }` as a prop or in the options), which usually targets another region on purpose.
  static func hasExplicitProvider(_ resource: Resource, in model: FileModel) -> Bool {
    if resource.isSet("provider") { return true }
    let file = model.file
    let call = file.calls[resource.call]
    guard let options = ResourceOptions.argument(of: call, framework: resource.type.framework, in: file) else { return false }
    let value = model.value(of: options)
    if value.entry("provider") != nil || value.entry("providers") != nil { return true }
    // `pulumi.ResourceOptions(provider=p)` is not a catalogued type: read its keywords.
    if let index = file.callIndex(spanning: value.resolvedTokens) {
      let optionsCall = file.calls[index]
      return optionsCall.keyword("provider") != nil || optionsCall.keyword("providers") != nil
    }
    return false
  }
}

/// The resource options of a Pulumi resource (`opts=`), which are not props.
enum ResourceOptions {
  /// The options argument: `opts=` in Python, the argument after the args in TypeScript; nil for other frameworks or
  /// when there is none.
  static func argument(of call: Call, framework: Framework, in file: SourceFile) -> Argument? {
    guard framework == .pulumi else { return nil }
    switch file.language {
    case .python:
      return call.keyword("opts") ?? (call.positional.count > 2 ? call.positional[2] : nil)
    case .typescript:
      return call.positional.count > 2 ? call.positional[2] : nil
    }
  }
}
