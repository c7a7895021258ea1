import Foundation
import IaCModel
import IaCSyntax

/// IAC871: a MediaStore container's policy does not deny requests over plain HTTP.
public struct MediaStoreSslRequestsOnlyRule: SolutionsPropRule {
  public init() {}

  public static let description = RuleDescription.solutions(
    code: "IAC871",
    summary: "A MediaStore container accepts requests over plain HTTP",
    url: "https://docs.aws.amazon.com/mediastore/latest/ug/policies-examples-secure-transport.html",
    resourceTypes: ["aws-cdk-lib.aws_mediastore.CfnContainer"],
    documentation: SolutionsDocumentation.page(
      code: "IAC871",
      whatItDoes: """
        Finds `mediastore.CfnContainer` constructs without a `policy`, or whose policy, written as a JSON string
        literal, has no statement that denies `mediastore:*` (or `*`) to every principal when
        `aws:SecureTransport` is `false`. A policy built at synth time (`json.dumps(...)`, `JSON.stringify(...)`, a
        variable iaclsp cannot follow) is not judged.
        """,
      why: """
        Requests over plain HTTP expose media and the credentials that sign them to anyone on the network path; only
        a deny statement on `aws:SecureTransport` makes the container refuse them.
        """,
      example: """
        mediastore.CfnContainer(self, "Media", container_name="media")
        """,
      useInstead: """
        mediastore.CfnContainer(
            self,
            "Media",
            container_name="media",
            policy='{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", '
            '"Action": "mediastore:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}',
        )
        """,
      references: [
        (
          title: "Example container policy: secure transport",
          url: "https://docs.aws.amazon.com/mediastore/latest/ug/policies-examples-secure-transport.html"
        ),
      ]
    ),
    triggeringExamples: triggering,
    nonTriggeringExamples: nonTriggering,
  )

  package static let checks: [SolutionsPropCheck] = [
    SolutionsPropCheck(
      types: ["aws-cdk-lib.aws_mediastore.CfnContainer"],
      prop: "policy",
      verdict: { value in
        if case .null = value.kind { return false }
        // A literal, or literals joined with `+`, but nothing interpolated.
        guard let text = value.template, !text.hasExpressions else { return nil }
        return deniesInsecureTransport(text.literalText)
      },
      unsetFails: true,
      unsetMessage: "The container accepts plain HTTP: `policy` is not set",
      valueMessage: "The container accepts plain HTTP: no statement of `policy` denies requests without `aws:SecureTransport`"
    ),
  ]

  /// Whether the policy document has a statement that denies every MediaStore action to every principal over plain
  /// HTTP; nil when the text is not a JSON policy.
  static func deniesInsecureTransport(_ text: String) -> Bool? {
    guard let data = text.data(using: .utf8),
      let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return nil }
    let statements: [Any]
    switch document["Statement"] {
    case let list as [Any]: statements = list
    case let single as [String: Any]: statements = [single]
    default: return false
    }
    return statements.contains { item in
      guard let statement = item as? [String: Any], statement["Effect"] as? String == "Deny" else { return false }
      let condition = (statement["Condition"] as? [String: Any])?["Bool"] as? [String: Any]
      let secure = condition?["aws:SecureTransport"]
      let insecure = (secure as? String) == "false" || (secure as? Bool) == false
      return insecure && coversEveryAction(statement["Action"]) && coversEveryone(statement["Principal"])
    }
  }

  static func coversEveryAction(_ actions: Any?) -> Bool {
    let list = (actions as? [Any]) ?? [actions as Any]
    return list.contains { action in
      guard let action = action as? String else { return false }
      return action == "*" || action.lowercased() == "mediastore:*"
    }
  }

  static func coversEveryone(_ principal: Any?) -> Bool {
    if principal as? String == "*" { return true }
    let aws = (principal as? [String: Any])?["AWS"]
    let list = (aws as? [Any]) ?? [aws as Any]
    return list.contains { $0 as? String == "*" }
  }

  static let triggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_mediastore as mediastore

      ↓mediastore.CfnContainer(self, "Media", container_name="media")
      READ_ONLY = (
          '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": "*", '
          + '"Action": "mediastore:GetObject", "Resource": "*"}]}'
      )
      mediastore.CfnContainer(self, "Public", container_name="public", ↓policy=READ_ONLY)
      """
    ),
    Example(
      """
      import * as mediastore from 'aws-cdk-lib/aws-mediastore';

      ↓new mediastore.CfnContainer(this, 'Media', { containerName: 'media', accessLoggingEnabled: true });
      """
    ),
  ]

  static let nonTriggering: [Example] = [
    Example(
      """
      from aws_cdk import aws_mediastore as mediastore

      SSL_ONLY = '{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": {"AWS": "*"}, "Action": ["mediastore:*"], "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": false}}}]}'
      mediastore.CfnContainer(self, "Media", container_name="media", policy=SSL_ONLY)
      mediastore.CfnContainer(self, "Built", container_name="built", policy=json.dumps(document))
      mediastore.CfnContainer(self, "Formatted", container_name="formatted", policy=f'{{"Statement": {statements}}}')
      mediastore.CfnContainer(self, "Hidden", **container_props)
      """
    ),
    Example(
      """
      import * as mediastore from 'aws-cdk-lib/aws-mediastore';

      new mediastore.CfnContainer(this, 'Media', { containerName: 'media', policy: JSON.stringify(sslOnly) });
      """
    ),
  ]
}
