/// The infrastructure-as-code frameworks iaclsp knows.
public enum Framework: String, Sendable, Codable, CaseIterable, Hashable, Comparable {
  /// The AWS Cloud Development Kit (`aws_cdk`, `aws-cdk-lib`, `@aws-cdk/*`).
  case cdk
  /// Pulumi (`pulumi`, `pulumi_*`, `@pulumi/*`).
  case pulumi
  /// CDK for Terraform (`cdktf`, `@cdktf/*`, `cdktf_cdktf_provider_*`).
  case cdktf

  /// The framework a module name (as imported) belongs to, or nil.
  public init?(module: String) {
    var name = module
    if name.hasPrefix("node:") { return nil }
    if let slash = name.firstIndex(of: "/"), !name.hasPrefix("@") {
      name = String(name[..<slash])
    }
    if name == "aws_cdk" || name.hasPrefix("aws_cdk.") || name == "aws-cdk-lib" || name.hasPrefix("aws-cdk-lib/")
      || name.hasPrefix("@aws-cdk/") || name == "aws-cdk-lib.assertions" || name.hasPrefix("aws-cdk-lib.") {
      self = .cdk
    } else if name == "cdktf" || name.hasPrefix("cdktf.") || name.hasPrefix("cdktf_") || name.hasPrefix("@cdktf/") {
      self = .cdktf
    } else if name == "pulumi" || name.hasPrefix("pulumi.") || name.hasPrefix("pulumi_") || name.hasPrefix("@pulumi/") {
      self = .pulumi
    } else {
      return nil
    }
  }

  /// The name people use.
  public var displayName: String {
    switch self {
    case .cdk: return "AWS CDK"
    case .pulumi: return "Pulumi"
    case .cdktf: return "CDK for Terraform"
    }
  }

  public static func < (lhs: Framework, rhs: Framework) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}
