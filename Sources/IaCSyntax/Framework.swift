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
    var bytes = Array(module.utf8)
    if !bytes.contains(where: { $0 >= 0x80 }) {
      // An ASCII name (nearly all of them), judged on its bytes as the character comparisons below judge it.
      func starts(_ prefix: StaticString) -> Bool {
        bytes.starts(with: UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount))
      }
      func equals(_ other: StaticString) -> Bool {
        bytes.elementsEqual(UnsafeBufferPointer(start: other.utf8Start, count: other.utf8CodeUnitCount))
      }
      if starts("node:") { return nil }
      if let slash = bytes.firstIndex(of: UInt8(ascii: "/")), bytes.first != UInt8(ascii: "@") {
        bytes.removeSubrange(slash...)
      }
      if equals("aws_cdk") || starts("aws_cdk.") || equals("aws-cdk-lib") || starts("aws-cdk-lib/") || starts("@aws-cdk/")
        || starts("aws-cdk-lib.") {
        self = .cdk
      } else if equals("cdktf") || starts("cdktf.") || starts("cdktf_") || starts("@cdktf/") {
        self = .cdktf
      } else if equals("pulumi") || starts("pulumi.") || starts("pulumi_") || starts("@pulumi/") {
        self = .pulumi
      } else {
        return nil
      }
      return
    }
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
