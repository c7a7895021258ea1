import IaCModel
import IaCSyntax

/// IAC820: a Lambda function names a runtime that is not the newest of its family in the catalogued aws-cdk-lib.
public struct LambdaRuntimeNotLatestRule: Rule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC820",
    summary: "A Lambda function does not use the newest runtime of its language",
    url: "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html",
    resourceTypes: types,
    documentation: SolutionsDocumentation.page(
      code: "IAC820",
      whatItDoes: """
        Finds Lambda functions (`lambda_.Function`, `lambda_.SingletonFunction`, `NodejsFunction`, `CfnFunction`)
        whose `runtime` is a runtime of aws-cdk-lib's `Runtime` class, or a runtime name, older than the newest
        runtime of the same family in aws-cdk-lib \(APIPackage.awsCdkLib.catalogueVersion): `PYTHON_3_12` when
        `PYTHON_3_14` exists. The families and their newest members are read from the catalogue of that release, as
        cdk-nag reads `Runtime.ALL`: Python, Node.js, Java, .NET, .NET Core, Ruby and Go. Custom runtimes
        (`PROVIDED*`), container images and `NODEJS_LATEST` are not judged, nor runtimes iaclsp cannot evaluate
        (a parameter, `Runtime.determine_latest_python_runtime(...)`). A function without `runtime` is not
        reported: `NodejsFunction` then picks the newest Node.js of the region.

        The newest runtime is the newest in the catalogued release, whatever release the project pins; when the
        project pins an older aws-cdk-lib, the finding says so, since that release may not offer the newer runtime
        yet. Like cdk-nag, the rule treats .NET Core as its own family (`DOTNET_CORE_3_1` passes) and compares
        versions only (`JAVA_8_CORRETTO` fails, as Java 25 exists). Retired runtimes are also reported, by default,
        as deprecated APIs (IAC105); this rule is the stricter check and runs only when selected. cdk-nag reports a
        `SingletonFunction` on the function it creates at the stack root (`SingletonLambda<uuid>`); iaclsp reports
        it on the `SingletonFunction` call.
        """,
      why: """
        Older runtimes stop receiving security patches when AWS deprecates them, and then can no longer be created
        or updated. Moving to the newest runtime early keeps functions on a supported, patched language version.
        """,
      example: """
        lambda_.Function(self, "Handler", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)
        """,
      useInstead: """
        lambda_.Function(self, "Handler", runtime=lambda_.Runtime.PYTHON_3_14, handler="index.handler", code=code)
        """,
      references: [
        (title: "Lambda runtimes", url: "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html"),
        (
          title: "Runtime deprecation policy",
          url: "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html#runtime-support-policy"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  static let types = [
    "aws-cdk-lib.aws_lambda.Function",
    "aws-cdk-lib.aws_lambda.SingletonFunction",
    "aws-cdk-lib.aws_lambda.CfnFunction",
    "aws-cdk-lib.aws_lambda_nodejs.NodejsFunction",
  ]

  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {
    guard !resource.isCDKv1, Self.types.contains(resource.type.fqn), let prop = resource.prop("runtime") else { return }
    let value = prop.value
    let written: String
    if case .enumMember(let type, let member) = value.kind, type.hasSuffix("aws_lambda.Runtime") {
      guard let name = Self.table.names[member] else { return }
      written = "`\(member)` (\(name))"
      guard let verdict = Self.table.judge(name), !verdict.isNewest else { return }
      diagnostics.append(finding(prop, written: written, verdict: verdict, model: model, context: context))
    } else if resource.type.name == "CfnFunction", let name = value.string {
      written = "`\(name)`"
      guard let verdict = Self.table.judge(name), !verdict.isNewest else { return }
      diagnostics.append(finding(prop, written: written, verdict: verdict, model: model, context: context))
    }
  }

  func finding(
    _ prop: Prop, written: String, verdict: RuntimeTable.Verdict, model: FileModel, context: RuleContext
  ) -> Diagnostic {
    let version = APIPackage.awsCdkLib.catalogueVersion
    var message = "\(written) is not the newest \(verdict.familyTitle) runtime of aws-cdk-lib \(version): "
    message += verdict.newestMember.map { "`\($0)` (\(verdict.newest))" } ?? "`\(verdict.newest)`"
    let pins = LibraryVersions.pins(for: context)
    if let pin = pins.pins[.awsCdkLib], LibraryVersions.compare(pin.version, version) < 0 {
      message += " (\(pin.source) pins \(pin.version), which may not offer it)"
    }
    return Self.description.diagnostic(path: model.file.path, range: prop.argument.range, message: message)
  }

  /// The runtimes of the catalogued `aws_lambda.Runtime`, by member, and the newest of each family.
  static let table = RuntimeTable(
    members: APIPackageIndex.index(for: .awsCdkLib).type("Runtime", module: "aws_lambda")?.members ?? []
  )

  struct RuntimeTable: Sendable {
    struct Verdict {
      var family: String
      var newest: String
      var newestMember: String?
      var isNewest: Bool

      var familyTitle: String {
        switch family {
        case "python": return "Python"
        case "nodejs": return "Node.js"
        case "java": return "Java"
        case "dotnet": return ".NET"
        case "dotnetcore": return ".NET Core"
        case "ruby": return "Ruby"
        case "go": return "Go"
        default: return family
        }
      }
    }

    /// The runtime name of each member whose summary gives one (`PYTHON_3_14` → `python3.14`).
    var names: [String: String] = [:]
    /// The members in catalogue order with their names, for the newest of a family.
    var runtimes: [(member: String, name: String)] = []

    init(members: [APIMemberRecord]) {
      for member in members where member.kind == .constant {
        guard let name = Self.runtimeName(inSummary: member.summary) else { continue }
        names[member.name] = name
        runtimes.append((member.name, name))
      }
    }

    /// The runtime name in a summary such as `The Python 3.14 runtime (python3.14).`: the first parenthesized word
    /// that starts with lowercase letters and a digit, or a bare `provided`/`nodejs`.
    static func runtimeName(inSummary summary: String) -> String? {
      var rest = Substring(summary)
      while let open = rest.firstIndex(of: "(") {
        let after = rest[rest.index(after: open)...]
        guard let close = after.firstIndex(of: ")") else { return nil }
        let word = after[..<close]
        if !word.isEmpty, !word.contains(" "), word.first.map({ $0 >= "a" && $0 <= "z" }) == true {
          return String(word)
        }
        rest = after[close...]
      }
      return nil
    }

    /// A runtime name's family and version as cdk-nag splits them: lowercase letters, then digits with an optional
    /// `.digits` or `.x` (`java8.al2` is Java 8); nil when it does not start that way.
    static func split(_ name: String) -> (family: String, version: [Int])? {
      let bytes = Array(name.utf8)
      var index = 0
      while index < bytes.count, bytes[index] >= UInt8(ascii: "a"), bytes[index] <= UInt8(ascii: "z") { index += 1 }
      guard index > 0 else { return nil }
      let family = String(decoding: bytes[0..<index], as: UTF8.self)
      var version: [Int] = []
      func number() -> Int? {
        var value: Int?
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
          value = (value ?? 0) * 10 + Int(bytes[index] - UInt8(ascii: "0"))
          index += 1
        }
        return value
      }
      if let major = number() {
        version.append(major)
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: ".") {
          let mark = index
          index += 1
          if let minor = number() { version.append(minor) } else { index = mark }
        }
      }
      return (family, version)
    }

    /// The verdict on a runtime name; nil for custom runtimes, names that do not parse and families the catalogue
    /// does not have.
    func judge(_ name: String) -> Verdict? {
      guard let (family, _) = Self.split(name), family != "provided" else { return nil }
      var newest: (member: String, name: String, version: [Int])?
      for runtime in runtimes where runtime.name.hasPrefix(family) {
        guard let (_, version) = Self.split(runtime.name) else { continue }
        if newest.map({ !version.lexicographicallyPrecedes($0.version) }) ?? true {
          newest = (runtime.member, runtime.name, version)
        }
      }
      guard let newest else { return nil }
      return Verdict(family: family, newest: newest.name, newestMember: newest.member, isNewest: name == newest.name)
    }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_lambda as lambda_

      lambda_.Function(self, "Handler", ↓runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=code)
      """
    ),
    Example(
      """
      from aws_cdk import aws_lambda as lambda_

      RUNTIME = lambda_.Runtime.NODEJS_20_X
      lambda_.Function(self, "Handler", ↓runtime=RUNTIME, handler="index.handler", code=code)
      lambda_.CfnFunction(self, "Raw", ↓runtime="java17", code=raw_code, role=role_arn)
      """
    ),
    Example(
      """
      import * as lambda from 'aws-cdk-lib/aws-lambda';
      import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';

      new NodejsFunction(this, 'Api', { entry: 'src/api.ts', ↓runtime: lambda.Runtime.NODEJS_18_X });
      new lambda.Function(this, 'Job', { ↓runtime: lambda.Runtime.JAVA_8_CORRETTO, handler: 'Job', code });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_lambda as lambda_

      lambda_.Function(self, "Handler", runtime=lambda_.Runtime.PYTHON_3_14, handler="index.handler", code=code)
      lambda_.Function(self, "Node", runtime=lambda_.Runtime.NODEJS_LATEST, handler="index.handler", code=code)
      lambda_.Function(self, "Custom", runtime=lambda_.Runtime.PROVIDED_AL2, handler="bootstrap", code=code)
      lambda_.Function(self, "Core", runtime=lambda_.Runtime.DOTNET_CORE_3_1, handler="App", code=code)
      lambda_.Function(self, "Param", runtime=runtime, handler="index.handler", code=code)
      lambda_.Function(
          self, "Chosen", runtime=lambda_.Runtime.determine_latest_python_runtime(self), handler="h", code=code
      )
      lambda_.CfnFunction(self, "Raw", runtime="provided.al2023", code=raw_code, role=role_arn)
      """
    ),
    Example(
      """
      import * as lambda from 'aws-cdk-lib/aws-lambda';
      import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';

      new NodejsFunction(this, 'Api', { entry: 'src/api.ts' });
      new lambda.Function(this, 'Job', { runtime: lambda.Runtime.RUBY_4_0, handler: 'job.handler', code });
      new lambda.DockerImageFunction(this, 'Image', { code: lambda.DockerImageCode.fromImageAsset('image') });
      """
    ),
    Example(
      """
      # Unrelated classes named Runtime are not Lambda runtimes.
      from my_lib import Runtime
      from aws_cdk import aws_lambda as lambda_

      lambda_.Function(self, "Handler", runtime=Runtime.PYTHON_3_8, handler="index.handler", code=code)
      """
    ),
  ]
}
