import IaCModel
extension PlaceholderValueRule {
  static let documentation = """
    ## What it does
    Finds placeholder literals — `"placeholder"`, `"TODO"`, `"changeme"`, `"REPLACE_ME"`, `"dummy"`, `"xxx"`,
    `vpc-xxxxxxxx`, `"<your-domain>"`, `"your-bucket-name"`, an ARN ending in `PLACEHOLDER`, the documentation
    account `123456789012`, an id of `"123"` — in values only the user can supply: ids, ARNs, account numbers,
    tokens and secrets, URLs and domains, email addresses and bucket names. It reads keyword arguments and
    object-literal properties of resources, constructs and component classes, follows a name bound to a literal
    earlier in the file, looks into lists and dictionaries (environment variables included), and into
    `Output.concat("...")`-style wrappers.

    Other inputs are not judged, whatever they hold: a JSON key name (`generate_string_key="dummy"`), a
    function name, a metric namespace, an EventBridge context attribute (`"<aws.scheduler.scheduled-time>"`)
    work as written. Neither is the default of a `CfnParameter`, which the deployer overrides.

    Test files, descriptions, comments and messages (`description=`, `alarm_description=`, `comment=`), log
    calls, exceptions, positional arguments (a resource's logical name) and SSM parameters (often created with a
    stand-in value that operators set later) are not checked, and neither is prose: a value with spaces in it is
    text for people.

    ## Why is this bad?
    A placeholder deploys as if it were real. A DNS record aimed at `"placeholder"` resolves nowhere; a role
    ARN in account `123456789012` fails at deployment; a `"changeme"` password becomes the production
    password. These values are left behind when resources are wired in the wrong order or a value is not yet
    known, and they break the stack or its users long after the review that should have caught them.

    ## Example
    ```python
    route53_stack = Route53Stack(
        f"route53-stack-{environment_suffix}",
        domain=domain,
        cloudfront_domain=Output.concat("placeholder"),
        opts=ResourceOptions(parent=self),
    )
    ```

    Use instead:
    ```python
    route53_stack = Route53Stack(
        f"route53-stack-{environment_suffix}",
        domain=domain,
        cloudfront_domain=cloudfront_stack.distribution.domain_name,
        opts=ResourceOptions(parent=self, depends_on=[cloudfront_stack]),
    )
    ```

    ## References
    - [Best practices for developing cloud applications with AWS CDK (AWS CDK Developer Guide)](https://docs.aws.amazon.com/cdk/v2/guide/best-practices.html)
    - [Using alternate domain names (CNAMEs) (Amazon CloudFront Developer Guide)](https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/CNAMEs.html)
    - [Configuration (Pulumi documentation)](https://www.pulumi.com/docs/iac/concepts/config/)
    """

  static let triggering: [Example] = [
    Example("""
      from pulumi import Output, ResourceOptions

      route53_stack = Route53Stack(
          f"route53-stack-{environment_suffix}",
          environment_suffix=environment_suffix,
          domain=domain,
          cloudfront_domain=Output.concat(↓"placeholder"),  # PLACEHOLDER!
          tags=tags,
          opts=ResourceOptions(parent=self),
      )
      """),
    Example("""
      import pulumi_aws as aws

      certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/PLACEHOLDER"
      distribution = aws.cloudfront.Distribution(
          "cdn",
          viewer_certificate=aws.cloudfront.DistributionViewerCertificateArgs(acm_certificate_arn=↓certificate_arn),
          aliases=[↓"<your-domain>"],
          tags={"Owner": "TODO", "Name": "cdn"},
      )
      """),
    Example("""
      from aws_cdk import aws_ec2 as ec2, aws_route53 as route53

      zone = route53.HostedZone.from_hosted_zone_attributes(self, "Zone", hosted_zone_id=↓"REPLACE_ME", zone_name=↓"your-domain.com")
      vpc = ec2.Vpc.from_vpc_attributes(self, "Vpc", vpc_id=↓"vpc-xxxxxxxx", availability_zones=["us-east-1a"],
          private_subnet_ids=[↓"subnet-xxxxxxxx"])
      """),
    Example("""
      import * as aws from "@pulumi/aws";

      const bucket = new aws.s3.BucketV2("logs", { bucket: ↓"changeme", tags: { Team: "TBD" } });
      const record = new aws.route53.Record("www", { zoneId: ↓"123", name: "www", type: "CNAME", records: [bucket.bucketDomainName] });
      """),
    Example("""
      import * as lambda from 'aws-cdk-lib/aws-lambda';

      const fn = new lambda.Function(this, 'Handler', {
        runtime: lambda.Runtime.NODEJS_20_X,
        handler: 'index.handler',
        environment: { API_KEY: ↓'YOUR_API_KEY', TABLE: table.tableName },
      });
      """),
    Example("""
      from aws_cdk import aws_config as config

      config.CfnConfigurationRecorder(self, "Recorder", role_arn=↓"arn:aws:iam::123456789012:role/config")
      """),
    Example("""
      import * as codebuild from 'aws-cdk-lib/aws-codebuild';

      const project = new codebuild.Project(this, 'Build', {
        source: codebuild.Source.gitHub({ owner: 'me', repo: 'app' }),
        environmentVariables: { REPO_URL: { value: ↓'https://github.com/<the-rest-of-the-url>' } },
      });
      """),
    Example("""
      import { VirtualNetwork } from '@cdktf/provider-azurerm/lib/virtual-network';
      import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
      new S3Bucket(this, 'bucket', { bucket: ↓'<your-bucket-name>' });
      new VirtualNetwork(this, 'vnet', { name: 'vnet', resourceGroupName: ↓'<YOUR_RESOURCE_GROUP_NAME>' });
      """),
    // Props bound to a name before the resource is created.
    Example("""
      import * as aws from "@pulumi/aws";

      const logsArgs = { bucket: ↓"changeme", forceDestroy: true };
      const logs = new aws.s3.BucketV2("logs", logsArgs);
      """),
  ]

  static let nonTriggering: [Example] = [
    // An SSM parameter imported under another name is still set out of band.
    Example("""
      from aws_cdk.aws_ssm import StringParameter as Param

      endpoint = Param(self, "Endpoint", parameter_name="/app/endpoint", string_value="https://placeholder.example.com")
      """),
    Example("""
      from aws_cdk import CfnParameter, aws_secretsmanager as secretsmanager

      secret = secretsmanager.Secret(self, "Secret", generate_secret_string=secretsmanager.SecretStringGenerator(
          secret_string_template='{"username": "admin"}', generate_string_key="dummy"))
      bucket_name = CfnParameter(self, "BucketName", type="String", default="your-bucket-name")
      """),
    Example("""
      import * as scheduler from 'aws-cdk-lib/aws-scheduler';
      import * as lambda from 'aws-cdk-lib/aws-lambda';

      const fn = new lambda.Function(this, 'Fn', { functionName: 'dummy', runtime, handler: 'index.handler', code });
      new scheduler.CfnSchedule(this, 'Schedule', {
        scheduleExpression: 'rate(1 hour)',
        flexibleTimeWindow: { mode: 'OFF' },
        target: { arn: fn.functionArn, roleArn: role.roleArn, input: '<aws.scheduler.scheduled-time>' },
      });
      """),
    Example("""
      import * as amplify from 'aws-cdk-lib/aws-amplify';
      const app = new amplify.CfnApp(this, 'App', { name: 'your-amplify-console-app-name', platform: 'WEB' });
      """),
    Example("""
      import pulumi_aws as aws

      log_metric_filter = aws.cloudwatch.LogMetricFilter("filter", pattern="", log_group_name=log_group.name,
          metric_transformation=aws.cloudwatch.LogMetricFilterMetricTransformationArgs(
              name="EventCount", namespace="YourNamespace", value="1"))
      """),
    Example("""
      from pulumi import ResourceOptions

      route53_stack = Route53Stack(
          f"route53-stack-{environment_suffix}",
          environment_suffix=environment_suffix,
          domain=domain,
          cloudfront_domain=cloudfront_stack.distribution.domain_name,  # ACTUAL DOMAIN
          tags=tags,
          opts=ResourceOptions(parent=self, depends_on=[cloudfront_stack])
      )
      """),
    Example("""
      import pulumi
      import pulumi_aws as aws

      # cloudfront_domain=Output.concat("placeholder") left DNS pointing nowhere
      pulumi.log.warn("TODO: delegate the zone by hand")
      topic = aws.sns.Topic("alerts", display_name="Alerts", tags={"Note": "placeholder until launch"})
      alarm = aws.cloudwatch.MetricAlarm("cpu", alarm_description="TODO", threshold=80)
      raise ValueError("placeholder")
      """),
    Example("""
      import pulumi_aws as aws

      table = aws.dynamodb.Table("todo", name="todo", hash_key="id")
      app = aws.s3.BucketV2("todo-app-assets", bucket="todo-app-assets-123")
      form = aws.s3.BucketObject("index", key="index.html", content="<input placeholder='your name'>")
      sample = aws.ecs.TaskDefinition("web", family="amazon-ecs-sample", container_definitions=definitions)
      """),
    Example("""
      import * as aws from "@pulumi/aws";

      // bucket: "changeme" would not be unique
      const bucket = new aws.s3.BucketV2("logs", { bucket: `logs-${accountId}`, tags: { Purpose: "logs" } });
      const message = "placeholder";
      """),
    Example("""
      import pulumi_aws as aws
      from aws_cdk import aws_ssm as ssm

      # Filled in by the operators after the first deployment.
      api_key = ssm.StringParameter(self, "ApiKey", parameter_name="/payments/api-key", string_value="PLACEHOLDER")
      token = aws.ssm.Parameter("token", type="SecureString", value="changeme")
      """),
    Example("""
      from aws_cdk import Stack

      def make_user(name="changeme"):
          return name

      make_user(name="changeme")
      """),
    Example(
      """
      import pulumi_aws as aws

      bucket = aws.s3.BucketV2("logs", bucket="placeholder")
      """,
      path: "tests/unit/test_s3_stack.py"
    ),
  ]
}
