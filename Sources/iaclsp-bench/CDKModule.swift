/// An aws-cdk-lib module the generated stacks use, with its names in both languages.
enum CDKModule: Int, CaseIterable, Comparable {
  case cloudfront
  case origins
  case cloudwatch
  case cloudwatchActions
  case dynamodb
  case iam
  case lambda
  case logs
  case s3
  case sns
  case subscriptions

  static func < (lhs: CDKModule, rhs: CDKModule) -> Bool { lhs.rawValue < rhs.rawValue }

  /// `aws_cloudfront_origins`.
  var pythonModule: String {
    switch self {
    case .cloudfront: return "aws_cloudfront"
    case .origins: return "aws_cloudfront_origins"
    case .cloudwatch: return "aws_cloudwatch"
    case .cloudwatchActions: return "aws_cloudwatch_actions"
    case .dynamodb: return "aws_dynamodb"
    case .iam: return "aws_iam"
    case .lambda: return "aws_lambda"
    case .logs: return "aws_logs"
    case .s3: return "aws_s3"
    case .sns: return "aws_sns"
    case .subscriptions: return "aws_sns_subscriptions"
    }
  }

  /// The alias Python code binds (`lambda_`, `cloudwatch_actions`).
  var pythonAlias: String {
    switch self {
    case .cloudfront: return "cloudfront"
    case .origins: return "origins"
    case .cloudwatch: return "cloudwatch"
    case .cloudwatchActions: return "cloudwatch_actions"
    case .dynamodb: return "dynamodb"
    case .iam: return "iam"
    case .lambda: return "lambda_"
    case .logs: return "logs"
    case .s3: return "s3"
    case .sns: return "sns"
    case .subscriptions: return "subscriptions"
    }
  }

  /// The alias TypeScript code binds (`lambda`, `cloudwatchActions`).
  var typeScriptAlias: String {
    switch self {
    case .cloudwatchActions: return "cloudwatchActions"
    case .lambda: return "lambda"
    default: return pythonAlias
    }
  }

  /// `aws-cloudfront-origins`, the path under `aws-cdk-lib/`.
  var typeScriptPath: String {
    pythonModule.replacingUnderscores()
  }
}

extension String {
  func replacingUnderscores() -> String {
    String(map { $0 == "_" ? "-" : $0 })
  }

  /// `uploads2` → `Uploads2`.
  var pascal: String {
    prefix(1).uppercased() + dropFirst()
  }
}
