import IaCModel
import IaCSyntax

/// A check. Rules are values: they hold no state between files and are safe to share across threads.
///
/// A resource rule lists the types it judges in ``RuleDescription/resourceTypes`` and implements
/// ``check(_:in:context:into:)``, which the linter calls once for each resource of those types; a file rule
/// implements ``check(_:context:into:)``; a project rule (``RuleDescription/Scope/project``) implements
/// ``check(project:into:)``. Each appends diagnostics and never throws: input it cannot understand produces no
/// finding.
public protocol Rule: Sendable {
  static var description: RuleDescription { get }
  /// The rule's description; the static one, except for rules defined by a configuration (custom rules).
  var description: RuleDescription { get }
  init()
  /// Checks one resource of a type the rule subscribes to.
  func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic])
  /// Checks one file.
  func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic])
  /// Checks a whole project once.
  func check(project: ProjectSnapshot, into diagnostics: inout [Diagnostic])
}

extension Rule {
  public func check(_ resource: Resource, in model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {}
  public func check(_ model: FileModel, context: RuleContext, into diagnostics: inout [Diagnostic]) {}
  public func check(project: ProjectSnapshot, into diagnostics: inout [Diagnostic]) {}

  /// The rule's description, from an instance: the static description, unless the rule overrides it.
  public var description: RuleDescription { Self.description }
}

/// What a file rule may know beyond the file itself.
public struct RuleContext: Sendable {
  /// The project the file belongs to, when the linter knows it.
  public var project: ProjectSnapshot?
  /// Options from the configuration file that apply to the file.
  public var options: RuleOptions
  /// The project's cdk-nag suppressions, when the caller read them once for the whole project; the linter reads
  /// them from ``project`` otherwise.
  package var nagSuppressions: NagSuppressionIndex?

  public init(project: ProjectSnapshot? = nil, options: RuleOptions = RuleOptions()) {
    self.project = project
    self.options = options
  }
}

/// Rule options a configuration file can set (`iaclsp.toml` or `[tool.iaclsp]` in `pyproject.toml`).
public struct RuleOptions: Sendable, Equatable {
  /// Tags every stack must apply (`required-tags`); empty turns `missing-required-tags` off.
  public var requiredTags: [String]
  /// Services whose modules must not be imported (`disallowed-services`, as `aws_config`, `aws-config` or
  /// `config`); empty turns `disallowed-service` off.
  public var disallowedServices: [String]
  /// Whether the code handles sensitive data (`sensitive-data`); nil lets rules judge from the code.
  public var sensitiveData: Bool?
  /// Whether every suppression comment must give a reason after ` -- ` (`require-reason`); turns
  /// `suppression-without-reason` on.
  public var requireReason = false
  /// Modules, types and members nobody may use (`[[banned-api]]`); empty turns `banned-api` off.
  public var bannedAPIs: [BannedAPI] = []

  public init(requiredTags: [String] = [], disallowedServices: [String] = [], sensitiveData: Bool? = nil) {
    self.requiredTags = requiredTags
    self.disallowedServices = disallowedServices
    self.sensitiveData = sensitiveData
  }
}

/// One `[[banned-api]]` entry: a module, type or member by qualified name, and why it is banned.
public struct BannedAPI: Sendable, Equatable {
  /// `aws-cdk-lib.aws_ec2.Vpc`, `aws_cdk.aws_ec2`, `@pulumi/aws.ec2.Vpc`, `aws:ec2/vpc:Vpc`.
  public var name: String
  /// Shown with every finding: what to use instead.
  public var message: String

  public init(name: String, message: String) {
    self.name = name
    self.message = message
  }
}
