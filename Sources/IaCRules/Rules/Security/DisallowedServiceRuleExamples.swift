import IaCModel
import Foundation
extension DisallowedServiceRule {
  static let documentation = """
    ## What it does
    With `disallowed-services = [...]` in `iaclsp.toml` (module names such as `aws_config`, `aws-config` or
    `config`), finds imports of those aws-cdk-lib modules. The rule is off unless the option is set.

    ## Why is this bad?
    Organisations restrict services for cost, compliance or account-level reasons: AWS Config recorders,
    for example, are limited to one per account and region and are often managed centrally. Code that creates
    such resources fails to deploy where a service control policy denies them, or conflicts with what the
    platform team already runs.

    ## Example
    ```python
    from aws_cdk import aws_config as config

    self.config_recorder = self._create_config_rules()
    ```

    Use instead: remove the module and everything that uses it, or ask for the service to be allowed.
    ```python
    # AWS Config is managed by the platform team; this stack does not create recorders or rules.
    ```

    ## Options
    `disallowed-services = ["aws_config"]` in `iaclsp.toml` names the services.

    ## References
    - [Service control policies (AWS Organizations User Guide)](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html)
    - [AWS Config configuration recorder](https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html)
    """

  static let configuration = #"disallowed-services = ["aws_config"]"# + "\n"

  static let triggering: [Example] = [
    Example("""
      # INCORRECT - AWS Config should not be used
      from aws_cdk import (
          Stack,
          ↓aws_config as config,
      )
      """, files: ["iaclsp.toml": configuration]),
    Example("""
      import aws_cdk.aws_config as config
      from aws_cdk.aws_config import ↓CfnConfigurationRecorder
      """.replacingOccurrences(of: "import aws_cdk.aws_config as config", with: "import ↓aws_cdk.aws_config as config"),
      files: ["iaclsp.toml": #"disallowed-services = ["config"]"#]),
    Example("""
      import * as cdk from 'aws-cdk-lib';
      import ↓* as config from 'aws-cdk-lib/aws-config';
      """, files: ["iaclsp.toml": #"disallowed-services = ["aws-config"]"#]),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import (
          Stack,
          aws_cloudwatch as cloudwatch,
      )
      # aws_config is not used: the platform team manages AWS Config.
      note = "from aws_cdk import aws_config"
      """, files: ["iaclsp.toml": configuration]),
    Example("""
      from aws_cdk import Stack, aws_config as config
      """),
  ]
}
