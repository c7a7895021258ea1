import IaCModel
import IaCSyntax

/// IAC810: a Cognito user pool's password policy is weaker than the AWS Solutions baseline.
public struct CognitoWeakPasswordPolicyRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC810",
    summary: "A Cognito user pool does not require strong passwords",
    url: "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-policies.html",
    resourceTypes: [
      "aws-cdk-lib.aws_cognito.UserPool",
    ],
    documentation: SolutionsDocumentation.page(
      code: "IAC810",
      whatItDoes: """
        Finds `cognito.UserPool` constructs whose `password_policy` does not require at least 8 characters, upper
        case letters, digits and symbols. CDK writes only the rules the policy gives: a pool without
        `password_policy` has no password policy in its template, and `require_uppercase`, `require_digits` and
        `require_symbols` must each be written as `True` (Cognito's own defaults are not what cdk-nag reads). An
        unset `min_length` is written as 8 and passes. Values iaclsp cannot evaluate give no finding.
        """,
      why: """
        Short passwords and passwords from one character class fall quickly to guessing and credential stuffing.
        """,
      example: """
        cognito.UserPool(self, "Users", password_policy=cognito.PasswordPolicy(min_length=12))
        """,
      useInstead: """
        cognito.UserPool(
            self,
            "Users",
            password_policy=cognito.PasswordPolicy(
                min_length=12, require_uppercase=True, require_digits=True, require_symbols=True
            ),
        )
        """,
      references: [
        (
          title: "Adding user pool password requirements",
          url: "https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-settings-policies.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_cognito.UserPool"],
      prop: "passwordPolicy",
      verdict: CognitoWeakPasswordPolicyRule.isStrong,
      unsetFails: true,
      unsetMessage: "The user pool has no password policy: `password_policy` is not set",
      valueMessage: """
        The password policy is weak: it must require 8 or more characters, upper case, digits and symbols
        """
    ),
  ]

  /// Passes a policy that requires 8 or more characters (8 when unset), upper case, digits and symbols; fails when
  /// one of these is certainly missing; unknown otherwise.
  static let isStrong: SolutionsPropCheck.Verdict = { value in
    guard case .object = value.kind else { return nil }
    let length = value.entry("minLength").map { entry in entry.value.number.map { $0 >= 8 } }
    if length == .some(false) { return false }
    let rules = SolutionsVerdicts.allTrue(value, ["requireUppercase", "requireDigits", "requireSymbols"])
    if rules == false { return false }
    return rules == true && length != .some(nil) ? true : nil
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cognito as cognito

      ↓cognito.UserPool(self, "Users")
      cognito.UserPool(self, "Short", ↓password_policy=cognito.PasswordPolicy(min_length=6, require_symbols=True))
      """
    ),
    Example(
      """
      import * as cognito from 'aws-cdk-lib/aws-cognito';

      const policy = { minLength: 12, requireUppercase: true, requireDigits: true, requireSymbols: false };
      new cognito.UserPool(this, 'Users', { ↓passwordPolicy: policy });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_cognito as cognito

      cognito.UserPool(
          self,
          "Users",
          password_policy=cognito.PasswordPolicy(require_uppercase=True, require_digits=True, require_symbols=True),
      )
      cognito.UserPool(self, "Configured", password_policy=policy_from_config)
      cognito.UserPool(self, "Hidden", **pool_props)
      """
    ),
    Example(
      """
      import * as cognito from 'aws-cdk-lib/aws-cognito';

      new cognito.UserPool(this, 'Users', {
        passwordPolicy: { minLength: minimum, requireUppercase: true, requireDigits: true, requireSymbols: true },
      });
      """
    ),
  ]
}
