import IaCModel
import IaCSyntax

/// How the API Gateway method rules of the AWS Solutions pack find a REST API's methods and the authorization CDK
/// gives each: `api.root.add_method(...)`, methods of resources made with `add_resource(...)` (chained or bound to
/// a name first), and the `ANY` methods a `LambdaRestApi` adds as a proxy; options come from the method, then from
/// the `default_method_options` of its resource, its parents and the API.
enum ApiGatewayMethods {
  static let apiTypes: Set<String> = ["aws-cdk-lib.aws_apigateway.RestApi", "aws-cdk-lib.aws_apigateway.LambdaRestApi"]

  /// The authorization a method gets, as far as the source shows it.
  enum Authorization: Equatable {
    /// `AuthorizationType.NONE`, or neither an authorization type nor an authorizer.
    case none
    /// A Cognito user pools authorizer (`COGNITO_USER_POOLS`).
    case cognito
    /// IAM or a Lambda authorizer.
    case other
    /// An authorizer iaclsp cannot identify: some authorization, of an unknown kind.
    case someAuthorizer
    case unknown
  }

  struct Method {
    /// `GET`, `POST`, `ANY`... as written.
    var httpMethod: String
    /// The path of resources below the API's root (`["items", "{id}"]`).
    var path: [String]
    var authorization: Authorization
    /// Where a finding about the method sits: its call, or the API's callee for a proxy's methods.
    var range: TextRange
    /// The `ANY` methods a `LambdaRestApi` adds on `/` and `/{proxy+}`, reported as one.
    var isProxy = false

    /// How a message names the method.
    var name: String { isProxy ? "The proxy's `ANY` methods (on `/` and `/{proxy+}`)" : "The `\(httpMethod)` method" }
  }

  /// Method options by folded name; nil when some of them cannot be read.
  typealias Options = [String: Value]

  /// The methods of a REST API the source shows.
  static func methods(of api: Resource, in model: FileModel) -> [Method] {
    guard !api.isCDKv1, apiTypes.contains(api.type.fqn), !api.hasHiddenProps else { return [] }
    var apiDefaults: Options? = [:]
    if let prop = api.prop("defaultMethodOptions") { apiDefaults = options(prop.value, in: model) }
    var methods: [Method] = []
    if api.type.fqn == "aws-cdk-lib.aws_apigateway.LambdaRestApi" {
      let proxy = api.prop("proxy").map { $0.value.bool } ?? true
      if proxy == true {
        let granted = authorization(method: [:], defaults: apiDefaults, in: model)
        // One finding for the two: the root's `ANY`, which also stands for `{proxy+}`'s.
        methods.append(Method(httpMethod: "ANY", path: [], authorization: granted, range: api.calleeRange, isProxy: true))
      }
    }
    // The calls on the root: `root.addMethod`, `root.addResource`.
    var pending: [(call: Int, member: String, path: [String], defaults: Options?)] = []
    for use in api.calls {
      guard let method = use.method, method.hasPrefix("root.") else { continue }
      pending.append((use.call, String(method.dropFirst("root.".count)), [], apiDefaults))
    }
    let file = model.file
    var visited: Set<Int> = []
    while let (index, member, path, defaults) = pending.popLast() {
      guard visited.insert(index).inserted else { continue }
      let call = file.calls[index]
      let arguments = call.arguments
      switch PropName.fold(member) {
      case "addmethod":
        guard let verb = arguments.first.flatMap({ model.value(of: $0).string }) else { continue }
        let own = methodOptions(of: call, positionalIndex: 2, in: model)
        let granted = own.map { authorization(method: $0, defaults: defaults, in: model) } ?? Authorization.unknown
        methods.append(Method(httpMethod: verb.uppercased(), path: path, authorization: granted, range: call.range))
      case "addresource":
        guard let part = arguments.first.flatMap({ model.value(of: $0).string }) else { continue }
        var merged = defaults
        if let own = methodOptions(of: call, positionalIndex: 1, in: model), let given = own["defaultmethodoptions"] {
          let extra = options(given, in: model)
          if let extra, var current = merged {
            current.merge(extra) { _, new in new }
            merged = current
          } else {
            merged = nil
          }
        } else if methodOptions(of: call, positionalIndex: 1, in: model) == nil {
          merged = nil
        }
        for (next, nextMember) in calls(on: index, in: model) {
          pending.append((next, nextMember, path + [part], merged))
        }
      default:
        continue
      }
    }
    return methods
  }

  /// The calls made on the result of call `index`: chained (`add_resource("x").add_method(...)`) or on the name it
  /// is bound to (`items = ...add_resource("items")`, then `items.add_method(...)`).
  static func calls(on index: Int, in model: FileModel) -> [(call: Int, member: String)] {
    let file = model.file
    var result: [(Int, String)] = []
    for (other, call) in file.calls.enumerated() where call.receiverCall == index {
      if let callee = call.callee, callee.parts.count == 1 { result.append((other, callee.last.name)) }
    }
    guard let assignment = file.assignments.first(where: { $0.valueCall == index }) else { return result }
    let name = assignment.target
    for (other, call) in file.calls.enumerated() {
      guard let callee = call.callee, !callee.hasReceiverExpression, callee.parts.count > 1,
        callee.parts.dropLast().map(\.name).joined(separator: ".") == name else { continue }
      result.append((other, callee.last.name))
    }
    return result
  }

  /// The options of a method or resource call: Python keyword arguments, or the TypeScript object at
  /// `positionalIndex`; nil when they cannot be read (a spread, a name iaclsp cannot follow).
  static func methodOptions(of call: Call, positionalIndex: Int, in model: FileModel) -> Options? {
    if call.arguments.contains(where: \.isSpread) { return nil }
    var result: Options = [:]
    for argument in call.arguments {
      if let label = argument.label { result[PropName.fold(label.name)] = model.value(of: argument) }
    }
    let positional = call.positional
    if positional.count > positionalIndex {
      guard let object = options(model.value(of: positional[positionalIndex]), in: model) else { return nil }
      result.merge(object) { _, new in new }
    }
    return result
  }

  /// The entries of an options object by folded name; nil when it is not an object iaclsp can read whole.
  static func options(_ value: Value, in model: FileModel) -> Options? {
    if case .null = value.kind { return [:] }
    guard case .object(_, let entries) = value.kind, !ApiGatewayStages.mayHideEntries(value, in: model) else { return nil }
    var result: Options = [:]
    for entry in entries {
      guard let name = entry.name else { return nil }
      result[PropName.fold(name)] = entry.value
    }
    return result
  }

  /// The authorization CDK gives a method: its authorizer's type, else its authorization type, else NONE, each
  /// taken from the method's options before the defaults.
  static func authorization(method: Options, defaults: Options?, in model: FileModel) -> Authorization {
    func option(_ name: String) -> (Value?, Bool) {
      if let value = method[name] { return (value, true) }
      guard let defaults else { return (nil, false) }
      return (defaults[name], true)
    }
    let (authorizer, authorizerKnown) = option("authorizer")
    let (type, typeKnown) = option("authorizationtype")
    if let authorizer, !isNull(authorizer) {
      if let index = authorizer.resource {
        switch model.resources[index].type.name {
        case "CognitoUserPoolsAuthorizer": return .cognito
        case "TokenAuthorizer", "RequestAuthorizer": return .other
        default: return .someAuthorizer
        }
      }
      return .someAuthorizer
    }
    guard authorizerKnown, typeKnown else { return .unknown }
    guard let type, !isNull(type) else { return .none }
    switch type.enumMember(of: "AuthorizationType") {
    case "NONE": return .none
    case "COGNITO": return .cognito
    case "IAM", "CUSTOM": return .other
    default: return .unknown
    }
  }

  static func isNull(_ value: Value) -> Bool {
    if case .null = value.kind { return true }
    return false
  }

  /// The finding's resource: the method, by the construct path cdk-nag names (`Api/Default/items/GET`).
  static func reference(of method: Method, on api: Resource, in model: FileModel) -> ResourceReference {
    let apiPath = model.constructPath(of: api).joined(separator: "/")
    let path = ([apiPath, "Default"] + method.path + [method.httpMethod]).joined(separator: "/")
    return ResourceReference(type: "aws-cdk-lib.aws_apigateway.Method", id: method.httpMethod, path: path)
  }
}
