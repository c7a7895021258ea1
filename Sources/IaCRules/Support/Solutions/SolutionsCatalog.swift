// The facts behind the AWS Solutions pack: one row per cdk-nag check the pack claims, read from cdk-nag 3's rule
// code and aws-cdk-lib's documented defaults. Scripts/nag-parity reads the `nag:`/`code:` pairs of this file to map
// findings between the two tools, so keep each row's first line in the form `nag: "ID", code: "IACnnn",`.
// Docs/aws-solutions.md explains the code scheme and which rules are on by default.

/// What the pack knows about one AWS Solutions check: its cdk-nag identity, the iaclsp code and name that are its
/// contract, what it judges and the CDK defaults the judgement relies on.
package struct SolutionsRuleFacts: Sendable {
  /// How much of the project a rule needs to see.
  package enum Scope: String, Sendable {
    /// The props and method calls of one construct decide it.
    case singleConstruct = "single-construct"
    /// A second construct in the project decides it (a log target, a flow log, a parameter group...).
    case secondConstruct = "second-construct"
    /// It can be decided only where the deciding values are literals in the source (policies, CIDRs, runtimes).
    case literalValue = "literal-value"
  }

  /// The level cdk-nag reports the check at.
  package enum NagLevel: String, Sendable {
    case error = "Error"
    case warning = "Warning"
  }

  /// One input that decides the check: the CloudFormation property path and the CDK (Python) prop or method.
  package struct Input: Sendable {
    package var cloudFormation: String
    package var cdk: String
  }

  /// A remedy that is one prop, written in CDK Python.
  package struct OnePropFix: Sendable {
    package var python: String
    /// Whether applying it replaces the resource (the fix is then unsafe).
    package var replacesResource: Bool
  }

  /// The cdk-nag rule id without the pack prefix, `S10`.
  package var nagID: String
  /// The iaclsp code, `IAC703`.
  package var code: String
  /// The iaclsp rule name, `s3-bucket-ssl-requests-only`.
  package var name: String
  package var nagLevel: NagLevel
  package var scope: Scope
  /// The CloudFormation resource types the check judges.
  package var resourceTypes: [String]
  /// The aws-cdk-lib constructs (Python module path) that create those resources.
  package var constructs: [String]
  package var inputs: [Input]
  /// When cdk-nag reports the resource, in words.
  package var condition: String
  /// What applies when the deciding props are unset, in aws-cdk-lib `SolutionsCatalog.defaultsVerifiedIn`.
  package var cdkDefault: String
  /// The ids of the same check in cdk-nag's HIPAA Security, NIST 800-53 rev 5 and PCI DSS 3.2.1 packs.
  package var equivalents: [String]
  package var fix: OnePropFix?
  /// Whether the rule runs without being selected (high severity and high confidence).
  package var onByDefault: Bool

  /// The id cdk-nag reports, `AwsSolutions-S10`.
  package var nagRuleID: String { "AwsSolutions-" + nagID }

  /// The default iaclsp severity: error for the rules on by default, else warning for cdk-nag errors and info for
  /// cdk-nag warnings.
  package var severity: Severity {
    if onByDefault { return .error }
    return nagLevel == .error ? .warning : .info
  }
}

/// The AWS Solutions pack's facts table, sorted by code.
package enum SolutionsCatalog {
  /// The aws-cdk-lib version whose defaults the table records (the version Tests/NagParity pins).
  package static let defaultsVerifiedIn = "2.275.0"
  /// The cdk-nag version whose rule code the table records.
  package static let nagVersion = "3.0.2"

  /// The facts of the rule with this cdk-nag id (`S10` or `AwsSolutions-S10`), or nil.
  package static func facts(nagID: String) -> SolutionsRuleFacts? {
    let bare = nagID.hasPrefix("AwsSolutions-") ? String(nagID.dropFirst("AwsSolutions-".count)) : nagID
    return rules.first { $0.nagID == bare }
  }

  /// The facts of the rule with this iaclsp code, or nil.
  package static func facts(code: String) -> SolutionsRuleFacts? {
    rules.first { $0.code == code }
  }

  /// Every row, sorted by code.
  package static let rules: [SolutionsRuleFacts] = [
    SolutionsRuleFacts(
      nagID: "S1", code: "IAC700", name: "s3-bucket-server-access-logging",
      nagLevel: .error, scope: .secondConstruct,
      resourceTypes: ["AWS::S3::Bucket"],
      constructs: ["aws_s3.Bucket"],
      inputs: [
        .init(cloudFormation: "LoggingConfiguration", cdk: "server_access_logs_bucket"),
        .init(cloudFormation: "LoggingConfiguration.LogFilePrefix", cdk: "server_access_logs_prefix"),
      ],
      condition: """
        The bucket has no server access logging configuration, and no other bucket in the stack names it as its log \
        destination.
        """,
      cdkDefault: """
        Access logging is off unless server_access_logs_bucket or server_access_logs_prefix is set (a prefix alone \
        logs to the bucket itself).
        """,
      equivalents: [
        "HIPAA.Security-S3BucketLoggingEnabled",
        "NIST.800.53.R5-S3BucketLoggingEnabled",
        "PCI.DSS.321-S3BucketLoggingEnabled",
      ],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "S2", code: "IAC701", name: "s3-bucket-public-access-not-blocked",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::S3::Bucket"],
      constructs: ["aws_s3.Bucket"],
      inputs: [
        .init(cloudFormation: "PublicAccessBlockConfiguration", cdk: "block_public_access"),
        .init(cloudFormation: "PublicAccessBlockConfiguration", cdk: "public_read_access"),
      ],
      condition: """
        A public access block configuration is set and one of BlockPublicAcls, BlockPublicPolicy, IgnorePublicAcls or \
        RestrictPublicBuckets is not true.
        """,
      cdkDefault: """
        Unset: CDK writes no configuration and S3 blocks all public access on new buckets (service default since April \
        2023), so the rule passes. public_read_access=True needs a weakened block, which fails.
        """,
      equivalents: [
        "HIPAA.Security-S3BucketLevelPublicAccessProhibited",
        "NIST.800.53.R5-S3BucketLevelPublicAccessProhibited",
        "PCI.DSS.321-S3BucketLevelPublicAccessProhibited",
      ],
      fix: .init(python: "block_public_access=s3.BlockPublicAccess.BLOCK_ALL", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "S5", code: "IAC702", name: "s3-website-bucket-without-oai-policy",
      nagLevel: .error, scope: .literalValue,
      resourceTypes: ["AWS::S3::Bucket", "AWS::S3::BucketPolicy"],
      constructs: ["aws_s3.Bucket", "aws_s3.CfnBucket"],
      inputs: [
        .init(cloudFormation: "WebsiteConfiguration", cdk: "website_index_document"),
        .init(cloudFormation: "WebsiteConfiguration", cdk: "website_redirect"),
        .init(cloudFormation: "BucketPolicy.PolicyDocument", cdk: "add_to_resource_policy()"),
      ],
      condition: """
        Website hosting is on and no bucket policy on the bucket allows only s3:GetObject/s3:PutObject to a CloudFront \
        origin access identity (or canonical user) without a `*` principal.
        """,
      cdkDefault: "No website configuration: the rule does not apply.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "S10", code: "IAC703", name: "s3-bucket-ssl-requests-only",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::S3::Bucket", "AWS::S3::BucketPolicy"],
      constructs: ["aws_s3.Bucket"],
      inputs: [
        .init(cloudFormation: "BucketPolicy.PolicyDocument", cdk: "enforce_ssl"),
        .init(cloudFormation: "BucketPolicy.PolicyDocument", cdk: "add_to_resource_policy()"),
      ],
      condition: """
        No bucket policy on the bucket denies `s3:*` (or `*`) to every principal on the bucket and its objects when \
        aws:SecureTransport is false. cdk-nag also reports the bucket's policy resource; both are one finding on the \
        bucket.
        """,
      cdkDefault: "enforce_ssl=False: no such statement.",
      equivalents: [
        "HIPAA.Security-S3BucketSSLRequestsOnly",
        "NIST.800.53.R5-S3BucketSSLRequestsOnly",
        "PCI.DSS.321-S3BucketSSLRequestsOnly",
      ],
      fix: .init(python: "enforce_ssl=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EC23", code: "IAC710", name: "security-group-world-open-ingress",
      nagLevel: .error, scope: .literalValue,
      resourceTypes: ["AWS::EC2::SecurityGroup", "AWS::EC2::SecurityGroupIngress"],
      constructs: ["aws_ec2.SecurityGroup", "aws_ec2.CfnSecurityGroup", "aws_ec2.CfnSecurityGroupIngress"],
      inputs: [
        .init(cloudFormation: "SecurityGroupIngress[].CidrIp", cdk: "add_ingress_rule(peer=ec2.Peer.any_ipv4())"),
        .init(cloudFormation: "SecurityGroupIngress[].CidrIpv6", cdk: "connections.allow_from_any_ipv4()"),
      ],
      condition: "An ingress rule's IPv4 or IPv6 CIDR ends in /0 (0.0.0.0/0, ::/0).",
      cdkDefault: "A new SecurityGroup has no ingress rules.",
      equivalents: [],
      fix: nil,
      onByDefault: true
    ),
    SolutionsRuleFacts(
      nagID: "EC26", code: "IAC711", name: "ebs-volume-unencrypted",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: [
        "AWS::EC2::Volume",
        "AWS::EC2::Instance",
        "AWS::AutoScaling::LaunchConfiguration",
        "AWS::AutoScaling::AutoScalingGroup",
      ],
      constructs: [
        "aws_ec2.Volume",
        "aws_ec2.CfnVolume",
        "aws_ec2.Instance",
        "aws_ec2.CfnInstance",
        "aws_autoscaling.AutoScalingGroup",
        "aws_autoscaling.CfnLaunchConfiguration",
      ],
      inputs: [
        .init(cloudFormation: "Encrypted", cdk: "encrypted"),
        .init(
          cloudFormation: "BlockDeviceMappings[].Ebs.Encrypted",
          cdk: "block_devices=[ec2.BlockDevice(volume=ec2.BlockDeviceVolume.ebs(size, encrypted=True))]"
        ),
      ],
      condition: """
        A volume is not explicitly encrypted; an instance (or its launch template) has no block device mappings, or \
        one that is not encrypted.
        """,
      cdkDefault: "Volume: encrypted=False. Instance: the AMI's mappings, which the rule cannot see, so it fails.",
      equivalents: [],
      fix: .init(python: "encrypted=True", replacesResource: true),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EC27", code: "IAC712", name: "security-group-without-description",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::EC2::SecurityGroup"],
      constructs: ["aws_ec2.SecurityGroup", "aws_ec2.CfnSecurityGroup"],
      inputs: [
        .init(cloudFormation: "GroupDescription", cdk: "description"),
      ],
      condition: "The group description is shorter than two characters.",
      cdkDefault: "CDK uses the construct path as the description, so the rule passes.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EC28", code: "IAC713", name: "ec2-instance-detailed-monitoring-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration"],
      constructs: ["aws_ec2.Instance", "aws_autoscaling.AutoScalingGroup"],
      inputs: [
        .init(cloudFormation: "Monitoring", cdk: "detailed_monitoring"),
        .init(cloudFormation: "InstanceMonitoring", cdk: "instance_monitoring"),
      ],
      condition: """
        An instance does not set Monitoring to true; a launch configuration sets InstanceMonitoring to false.
        """,
      cdkDefault: """
        Instance: detailed_monitoring=False (fails). Launch configuration: CloudFormation default true (passes).
        """,
      equivalents: ["HIPAA.Security-EC2InstanceDetailedMonitoringEnabled"],
      fix: .init(python: "detailed_monitoring=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EC29", code: "IAC714", name: "ec2-instance-termination-protection-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::EC2::Instance"],
      constructs: ["aws_ec2.Instance"],
      inputs: [
        .init(cloudFormation: "DisableApiTermination", cdk: "disable_api_termination"),
      ],
      condition: "DisableApiTermination is not true.",
      cdkDefault: "disable_api_termination=False.",
      equivalents: [],
      fix: .init(python: "disable_api_termination=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "VPC3", code: "IAC715", name: "vpc-network-acl-used",
      nagLevel: .warning, scope: .singleConstruct,
      resourceTypes: ["AWS::EC2::NetworkAcl", "AWS::EC2::NetworkAclEntry"],
      constructs: [
        "aws_ec2.NetworkAcl",
        "aws_ec2.NetworkAclEntry",
        "aws_ec2.CfnNetworkAcl",
        "aws_ec2.CfnNetworkAclEntry",
      ],
      inputs: [
        .init(cloudFormation: "-", cdk: "ec2.NetworkAcl(...)"),
        .init(cloudFormation: "-", cdk: "acl.add_entry()"),
      ],
      condition: "A network ACL or ACL entry is defined (security groups are preferred).",
      cdkDefault: "Vpc creates no network ACLs.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "VPC7", code: "IAC716", name: "vpc-without-flow-logs",
      nagLevel: .error, scope: .secondConstruct,
      resourceTypes: ["AWS::EC2::VPC", "AWS::EC2::FlowLog"],
      constructs: ["aws_ec2.Vpc"],
      inputs: [
        .init(cloudFormation: "FlowLog.ResourceId", cdk: "flow_logs"),
        .init(cloudFormation: "FlowLog.ResourceId", cdk: "add_flow_log()"),
      ],
      condition: "No flow log in the stack has ResourceType VPC and this VPC as its resource.",
      cdkDefault: "flow_logs unset: no flow logs.",
      equivalents: [
        "HIPAA.Security-VPCFlowLogsEnabled",
        "NIST.800.53.R5-VPCFlowLogsEnabled",
        "PCI.DSS.321-VPCFlowLogsEnabled",
      ],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "ELB1", code: "IAC720", name: "classic-load-balancer-serves-http",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ElasticLoadBalancing::LoadBalancer"],
      constructs: ["aws_elasticloadbalancing.LoadBalancer", "aws_elasticloadbalancing.CfnLoadBalancer"],
      inputs: [
        .init(cloudFormation: "Listeners[].Protocol", cdk: "listeners=[ListenerProperty(external_protocol=...)]"),
        .init(cloudFormation: "Listeners[].Protocol", cdk: "add_listener()"),
      ],
      condition: """
        A classic load balancer listener uses HTTP or HTTPS (use an Application Load Balancer for web traffic).
        """,
      cdkDefault: "No listeners unless given.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "ELB2", code: "IAC721", name: "load-balancer-access-logging-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ElasticLoadBalancing::LoadBalancer", "AWS::ElasticLoadBalancingV2::LoadBalancer"],
      constructs: [
        "aws_elasticloadbalancing.LoadBalancer",
        "aws_elasticloadbalancingv2.ApplicationLoadBalancer",
        "aws_elasticloadbalancingv2.NetworkLoadBalancer",
        "aws_elasticloadbalancing.CfnLoadBalancer",
        "aws_elasticloadbalancingv2.CfnLoadBalancer",
      ],
      inputs: [
        .init(cloudFormation: "AccessLoggingPolicy", cdk: "access_logging_policy"),
        .init(cloudFormation: "LoadBalancerAttributes[access_logs.s3.enabled]", cdk: "log_access_logs()"),
      ],
      condition: """
        A classic load balancer has no access logging policy, or one with Enabled false; an ALB or NLB lacks the \
        attribute access_logs.s3.enabled=true.
        """,
      cdkDefault: "Access logging disabled.",
      equivalents: [
        "HIPAA.Security-ELBLoggingEnabled",
        "NIST.800.53.R5-ELBLoggingEnabled",
        "PCI.DSS.321-ELBLoggingEnabled",
      ],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "ELB3", code: "IAC722", name: "classic-load-balancer-connection-draining-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ElasticLoadBalancing::LoadBalancer"],
      constructs: ["aws_elasticloadbalancing.LoadBalancer", "aws_elasticloadbalancing.CfnLoadBalancer"],
      inputs: [
        .init(cloudFormation: "ConnectionDrainingPolicy.Enabled", cdk: "(L1 or add_property_override only)"),
      ],
      condition: "The classic load balancer has no connection draining policy with Enabled true.",
      cdkDefault: "The L2 LoadBalancer never sets it, so every L2 classic load balancer fails.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "ELB5", code: "IAC723", name: "classic-load-balancer-listener-not-end-to-end-tls",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ElasticLoadBalancing::LoadBalancer"],
      constructs: ["aws_elasticloadbalancing.LoadBalancer", "aws_elasticloadbalancing.CfnLoadBalancer"],
      inputs: [
        .init(
          cloudFormation: "Listeners[].InstanceProtocol",
          cdk: "listeners=[ListenerProperty(internal_protocol=...)]"
        ),
      ],
      condition: "An SSL or HTTPS listener forwards to the instances over a different protocol.",
      cdkDefault: "No listeners unless given; the instance protocol defaults to the external one.",
      equivalents: [
        "HIPAA.Security-ELBTlsHttpsListenersOnly",
        "NIST.800.53.R5-ELBTlsHttpsListenersOnly",
        "PCI.DSS.321-ELBTlsHttpsListenersOnly",
      ],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "AS1", code: "IAC724", name: "autoscaling-group-zero-cooldown",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::AutoScaling::AutoScalingGroup"],
      constructs: ["aws_autoscaling.AutoScalingGroup", "aws_autoscaling.CfnAutoScalingGroup"],
      inputs: [
        .init(cloudFormation: "Cooldown", cdk: "cooldown"),
      ],
      condition: "The cooldown is set to 0.",
      cdkDefault: "cooldown=Duration.minutes(5).",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "AS2", code: "IAC725", name: "autoscaling-group-elb-health-check-without-grace",
      nagLevel: .error, scope: .secondConstruct,
      resourceTypes: ["AWS::AutoScaling::AutoScalingGroup"],
      constructs: ["aws_autoscaling.AutoScalingGroup", "aws_autoscaling.CfnAutoScalingGroup"],
      inputs: [
        .init(cloudFormation: "HealthCheckType", cdk: "health_check / health_checks"),
        .init(cloudFormation: "HealthCheckGracePeriod", cdk: "HealthCheck.elb(grace=...)"),
      ],
      condition: """
        HealthCheckType is ELB and no HealthCheckGracePeriod is set (meant for groups behind a load balancer).
        """,
      cdkDefault: "EC2 health checks, no grace period: the rule passes. HealthCheck.elb requires a grace period.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "AS3", code: "IAC726", name: "autoscaling-group-without-scaling-notifications",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::AutoScaling::AutoScalingGroup"],
      constructs: ["aws_autoscaling.AutoScalingGroup", "aws_autoscaling.CfnAutoScalingGroup"],
      inputs: [
        .init(cloudFormation: "NotificationConfigurations", cdk: "notifications"),
      ],
      condition: "The notification configurations do not cover launch, launch error, terminate and terminate error.",
      cdkDefault: "No notifications.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RDS2", code: "IAC730", name: "rds-storage-unencrypted",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"],
      constructs: [
        "aws_rds.DatabaseInstance",
        "aws_rds.DatabaseInstanceFromSnapshot",
        "aws_rds.DatabaseCluster",
        "aws_rds.ServerlessCluster",
        "aws_rds.CfnDBInstance",
        "aws_rds.CfnDBCluster",
      ],
      inputs: [
        .init(cloudFormation: "StorageEncrypted", cdk: "storage_encrypted"),
        .init(cloudFormation: "KmsKeyId", cdk: "storage_encryption_key"),
      ],
      condition: """
        A cluster does not set StorageEncrypted to true; a non-Aurora instance does not set StorageEncrypted to true.
        """,
      cdkDefault: """
        DatabaseInstance: false unless storage_encryption_key is given. DatabaseCluster: false unless \
        storage_encryption_key is given.
        """,
      equivalents: [
        "HIPAA.Security-RDSStorageEncrypted",
        "NIST.800.53.R5-RDSStorageEncrypted",
        "PCI.DSS.321-RDSStorageEncrypted",
      ],
      fix: .init(python: "storage_encrypted=True", replacesResource: true),
      onByDefault: true
    ),
    SolutionsRuleFacts(
      nagID: "RDS3", code: "IAC731", name: "rds-instance-not-multi-az",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::RDS::DBInstance"],
      constructs: ["aws_rds.DatabaseInstance", "aws_rds.CfnDBInstance"],
      inputs: [
        .init(cloudFormation: "MultiAZ", cdk: "multi_az"),
      ],
      condition: "A non-Aurora instance does not set MultiAZ.",
      cdkDefault: "multi_az=False.",
      equivalents: ["HIPAA.Security-RDSMultiAZSupport", "NIST.800.53.R5-RDSMultiAZSupport"],
      fix: .init(python: "multi_az=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RDS6", code: "IAC732", name: "aurora-iam-auth-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::RDS::DBCluster"],
      constructs: ["aws_rds.DatabaseCluster", "aws_rds.ServerlessCluster"],
      inputs: [
        .init(cloudFormation: "EnableIAMDatabaseAuthentication", cdk: "iam_authentication"),
      ],
      condition: "An Aurora cluster does not enable IAM database authentication.",
      cdkDefault: "iam_authentication=False.",
      equivalents: [],
      fix: .init(python: "iam_authentication=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RDS8", code: "IAC733", name: "rds-db-security-group-world-open",
      nagLevel: .error, scope: .literalValue,
      resourceTypes: ["AWS::RDS::DBSecurityGroup", "AWS::RDS::DBSecurityGroupIngress"],
      constructs: ["aws_rds.CfnDBSecurityGroup", "aws_rds.CfnDBSecurityGroupIngress"],
      inputs: [
        .init(cloudFormation: "DBSecurityGroupIngress[].CIDRIP", cdk: "db_security_group_ingress"),
        .init(cloudFormation: "CIDRIP", cdk: "cidrip"),
      ],
      condition: "A DB security group ingress CIDR ends in /0.",
      cdkDefault: "L1 only; no ingress unless given.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RDS10", code: "IAC734", name: "rds-deletion-protection-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"],
      constructs: [
        "aws_rds.DatabaseInstance",
        "aws_rds.DatabaseCluster",
        "aws_rds.CfnDBCluster",
        "aws_rds.CfnDBInstance",
      ],
      inputs: [
        .init(cloudFormation: "DeletionProtection", cdk: "deletion_protection"),
      ],
      condition: "A cluster or non-Aurora instance does not set DeletionProtection to true.",
      cdkDefault: "true only when removal_policy is RETAIN; the default removal policy (SNAPSHOT) leaves it off.",
      equivalents: [
        "HIPAA.Security-RDSInstanceDeletionProtectionEnabled",
        "NIST.800.53.R5-RDSInstanceDeletionProtectionEnabled",
      ],
      fix: .init(python: "deletion_protection=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RDS11", code: "IAC735", name: "rds-default-port",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::RDS::DBInstance", "AWS::RDS::DBCluster"],
      constructs: [
        "aws_rds.DatabaseInstance",
        "aws_rds.DatabaseInstanceFromSnapshot",
        "aws_rds.DatabaseCluster",
        "aws_rds.DatabaseClusterFromSnapshot",
        "aws_rds.ServerlessCluster",
        "aws_rds.CfnDBInstance",
        "aws_rds.CfnDBCluster",
      ],
      inputs: [
        .init(cloudFormation: "Port", cdk: "port"),
      ],
      condition: """
        The port is unset or the engine's default (3306 MySQL/MariaDB/Aurora MySQL, 5432 PostgreSQL, 1521 Oracle, 1433 \
        SQL Server); a provisioned Aurora cluster fails only on 3306.
        """,
      cdkDefault: """
        DatabaseInstance and ServerlessCluster write no port (the engine's default); DatabaseCluster writes the \
        engine's default port.
        """,
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RDS13", code: "IAC736", name: "rds-automated-backups-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::RDS::DBInstance"],
      constructs: ["aws_rds.DatabaseInstance"],
      inputs: [
        .init(cloudFormation: "BackupRetentionPeriod", cdk: "backup_retention"),
      ],
      condition: "The backup retention period is set to 0.",
      cdkDefault: "One day for source instances: the rule passes.",
      equivalents: ["HIPAA.Security-RDSInstanceBackupEnabled", "NIST.800.53.R5-RDSInstanceBackupEnabled"],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RDS14", code: "IAC737", name: "aurora-mysql-backtrack-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::RDS::DBCluster"],
      constructs: ["aws_rds.DatabaseCluster"],
      inputs: [
        .init(cloudFormation: "BacktrackWindow", cdk: "backtrack_window"),
      ],
      condition: "An Aurora MySQL cluster has no backtrack window (or 0).",
      cdkDefault: "backtrack_window unset: no backtracking.",
      equivalents: [],
      fix: .init(python: "backtrack_window=Duration.hours(24)", replacesResource: true),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RDS16", code: "IAC738", name: "aurora-mysql-serverless-log-exports-missing",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::RDS::DBCluster"],
      constructs: ["aws_rds.CfnDBCluster", "aws_rds.ServerlessCluster"],
      inputs: [
        .init(cloudFormation: "EnableCloudwatchLogsExports", cdk: "enable_cloudwatch_logs_exports"),
      ],
      condition: "A serverless (v1) Aurora MySQL cluster does not export the audit, error, general and slowquery logs.",
      cdkDefault: "No exports.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RS1", code: "IAC740", name: "redshift-tls-not-required",
      nagLevel: .error, scope: .secondConstruct,
      resourceTypes: ["AWS::Redshift::Cluster", "AWS::Redshift::ClusterParameterGroup"],
      constructs: ["aws_redshift.CfnCluster", "aws_redshift.CfnClusterParameterGroup"],
      inputs: [
        .init(cloudFormation: "ClusterParameterGroupName", cdk: "cluster_parameter_group_name"),
        .init(cloudFormation: "ClusterParameterGroup.Parameters[require_ssl]", cdk: "parameters"),
      ],
      condition: "The cluster's parameter group (in the stack) does not set require_ssl to true.",
      cdkDefault: """
        L1 in aws-cdk-lib (the L2 is in aws-redshift-alpha); the default parameter group does not require SSL.
        """,
      equivalents: [
        "HIPAA.Security-RedshiftRequireTlsSSL",
        "NIST.800.53.R5-RedshiftRequireTlsSSL",
        "PCI.DSS.321-RedshiftRequireTlsSSL",
      ],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RS2", code: "IAC741", name: "redshift-cluster-not-in-vpc",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Redshift::Cluster"],
      constructs: ["aws_redshift.CfnCluster"],
      inputs: [
        .init(cloudFormation: "ClusterSubnetGroupName", cdk: "cluster_subnet_group_name"),
      ],
      condition: "No cluster subnet group is named.",
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RS3", code: "IAC742", name: "redshift-default-master-username",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Redshift::Cluster"],
      constructs: ["aws_redshift.CfnCluster"],
      inputs: [
        .init(cloudFormation: "MasterUsername", cdk: "master_username"),
      ],
      condition: "The master user name is the default, awsuser.",
      cdkDefault: "L1; required prop.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RS4", code: "IAC743", name: "redshift-default-port",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Redshift::Cluster"],
      constructs: ["aws_redshift.CfnCluster"],
      inputs: [
        .init(cloudFormation: "Port", cdk: "port"),
      ],
      condition: "The port is unset or 5439.",
      cdkDefault: "L1; 5439.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RS5", code: "IAC744", name: "redshift-audit-logging-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Redshift::Cluster"],
      constructs: ["aws_redshift.CfnCluster"],
      inputs: [
        .init(cloudFormation: "LoggingProperties", cdk: "logging_properties"),
      ],
      condition: "No audit logging properties.",
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RS6", code: "IAC745", name: "redshift-storage-unencrypted",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Redshift::Cluster"],
      constructs: ["aws_redshift.CfnCluster"],
      inputs: [
        .init(cloudFormation: "Encrypted", cdk: "encrypted"),
      ],
      condition: "Encrypted is not true.",
      cdkDefault: "L1; unset (Redshift itself now encrypts new clusters, which the rule does not know).",
      equivalents: [],
      fix: .init(python: "encrypted=True", replacesResource: true),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RS8", code: "IAC746", name: "redshift-cluster-publicly-accessible",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Redshift::Cluster"],
      constructs: ["aws_redshift.CfnCluster"],
      inputs: [
        .init(cloudFormation: "PubliclyAccessible", cdk: "publicly_accessible"),
      ],
      condition: "PubliclyAccessible is true.",
      cdkDefault: "L1; false.",
      equivalents: [
        "HIPAA.Security-RedshiftClusterPublicAccess",
        "NIST.800.53.R5-RedshiftClusterPublicAccess",
        "PCI.DSS.321-RedshiftClusterPublicAccess",
      ],
      fix: .init(python: "publicly_accessible=False", replacesResource: false),
      onByDefault: true
    ),
    SolutionsRuleFacts(
      nagID: "RS9", code: "IAC747", name: "redshift-version-upgrade-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Redshift::Cluster"],
      constructs: ["aws_redshift.CfnCluster"],
      inputs: [
        .init(cloudFormation: "AllowVersionUpgrade", cdk: "allow_version_upgrade"),
      ],
      condition: "AllowVersionUpgrade is false.",
      cdkDefault: "L1; true.",
      equivalents: [],
      fix: .init(python: "allow_version_upgrade=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RS10", code: "IAC748", name: "redshift-automated-snapshots-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Redshift::Cluster"],
      constructs: ["aws_redshift.CfnCluster"],
      inputs: [
        .init(cloudFormation: "AutomatedSnapshotRetentionPeriod", cdk: "automated_snapshot_retention_period"),
      ],
      condition: "The automated snapshot retention period is 0.",
      cdkDefault: "L1; one day.",
      equivalents: ["HIPAA.Security-RedshiftBackupEnabled", "NIST.800.53.R5-RedshiftBackupEnabled"],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "RS11", code: "IAC749", name: "redshift-user-activity-logging-disabled",
      nagLevel: .error, scope: .secondConstruct,
      resourceTypes: ["AWS::Redshift::Cluster", "AWS::Redshift::ClusterParameterGroup"],
      constructs: ["aws_redshift.CfnCluster", "aws_redshift.CfnClusterParameterGroup"],
      inputs: [
        .init(cloudFormation: "ClusterParameterGroupName", cdk: "cluster_parameter_group_name"),
        .init(cloudFormation: "ClusterParameterGroup.Parameters[enable_user_activity_logging]", cdk: "parameters"),
      ],
      condition: "The cluster's parameter group (in the stack) does not set enable_user_activity_logging to true.",
      cdkDefault: "L1; the default parameter group does not log user activity.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "DDB3", code: "IAC750", name: "dynamodb-point-in-time-recovery-disabled",
      nagLevel: .warning, scope: .singleConstruct,
      resourceTypes: ["AWS::DynamoDB::Table"],
      constructs: ["aws_dynamodb.Table"],
      inputs: [
        .init(
          cloudFormation: "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled",
          cdk: "point_in_time_recovery_specification"
        ),
        .init(
          cloudFormation: "PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled",
          cdk: "point_in_time_recovery"
        ),
      ],
      condition: """
        Point-in-time recovery is not enabled (TableV2 makes AWS::DynamoDB::GlobalTable, which the rule does not \
        judge).
        """,
      cdkDefault: "Not enabled.",
      equivalents: ["HIPAA.Security-DynamoDBPITREnabled", "NIST.800.53.R5-DynamoDBPITREnabled"],
      fix: .init(
        python: """
          point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(\
          point_in_time_recovery_enabled=True)
          """,
        replacesResource: false
      ),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "DDB4", code: "IAC751", name: "dax-cluster-unencrypted",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::DAX::Cluster"],
      constructs: ["aws_dax.CfnCluster"],
      inputs: [
        .init(cloudFormation: "SSESpecification.SSEEnabled", cdk: "sse_specification"),
      ],
      condition: "Server-side encryption is not enabled.",
      cdkDefault: "L1 only; not enabled.",
      equivalents: [],
      fix: .init(
        python: "sse_specification=dax.CfnCluster.SSESpecificationProperty(sse_enabled=True)",
        replacesResource: true
      ),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "AEC1", code: "IAC752", name: "elasticache-not-in-vpc",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup"],
      constructs: ["aws_elasticache.CfnCacheCluster", "aws_elasticache.CfnReplicationGroup"],
      inputs: [
        .init(cloudFormation: "CacheSubnetGroupName", cdk: "cache_subnet_group_name"),
      ],
      condition: "No cache subnet group is named.",
      cdkDefault: "L1 only; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "AEC3", code: "IAC753", name: "elasticache-redis-encryption-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ElastiCache::ReplicationGroup"],
      constructs: ["aws_elasticache.CfnReplicationGroup"],
      inputs: [
        .init(cloudFormation: "AtRestEncryptionEnabled", cdk: "at_rest_encryption_enabled"),
        .init(cloudFormation: "TransitEncryptionEnabled", cdk: "transit_encryption_enabled"),
      ],
      condition: "At-rest or in-transit encryption is unset or false.",
      cdkDefault: "L1 only; unset.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "AEC4", code: "IAC754", name: "elasticache-redis-not-multi-az",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ElastiCache::ReplicationGroup"],
      constructs: ["aws_elasticache.CfnReplicationGroup"],
      inputs: [
        .init(cloudFormation: "MultiAZEnabled", cdk: "multi_az_enabled"),
      ],
      condition: "Multi-AZ is not enabled.",
      cdkDefault: "L1 only; unset.",
      equivalents: [],
      fix: .init(python: "multi_az_enabled=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "AEC5", code: "IAC755", name: "elasticache-default-port",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ElastiCache::CacheCluster", "AWS::ElastiCache::ReplicationGroup"],
      constructs: ["aws_elasticache.CfnCacheCluster", "aws_elasticache.CfnReplicationGroup"],
      inputs: [
        .init(cloudFormation: "Port", cdk: "port"),
      ],
      condition: "The port is unset, or 6379 for Redis, or 11211 for Memcached.",
      cdkDefault: "L1 only; unset.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "AEC6", code: "IAC756", name: "elasticache-redis-auth-token-missing",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ElastiCache::ReplicationGroup"],
      constructs: ["aws_elasticache.CfnReplicationGroup"],
      inputs: [
        .init(cloudFormation: "AuthToken", cdk: "auth_token"),
      ],
      condition: "No Redis AUTH token is set.",
      cdkDefault: "L1 only; unset.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "N1", code: "IAC760", name: "neptune-cluster-not-multi-az",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Neptune::DBCluster"],
      constructs: ["aws_neptune.CfnDBCluster"],
      inputs: [
        .init(cloudFormation: "DBSubnetGroupName", cdk: "db_subnet_group_name"),
        .init(cloudFormation: "AvailabilityZones", cdk: "availability_zones"),
      ],
      condition: "No DB subnet group is named, or fewer than two availability zones are listed.",
      cdkDefault: "L1 in aws-cdk-lib (the L2 is in aws-neptune-alpha); unset.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "N2", code: "IAC761", name: "neptune-auto-minor-version-upgrade-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Neptune::DBInstance"],
      constructs: ["aws_neptune.CfnDBInstance"],
      inputs: [
        .init(cloudFormation: "AutoMinorVersionUpgrade", cdk: "auto_minor_version_upgrade"),
      ],
      condition: "AutoMinorVersionUpgrade is not true.",
      cdkDefault: "L1; unset.",
      equivalents: [],
      fix: .init(python: "auto_minor_version_upgrade=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "N3", code: "IAC762", name: "neptune-backup-retention-too-short",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Neptune::DBCluster"],
      constructs: ["aws_neptune.CfnDBCluster"],
      inputs: [
        .init(cloudFormation: "BackupRetentionPeriod", cdk: "backup_retention_period"),
      ],
      condition: "The backup retention period is unset or under 7 days.",
      cdkDefault: "L1; unset.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "N4", code: "IAC763", name: "neptune-storage-unencrypted",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Neptune::DBCluster"],
      constructs: ["aws_neptune.CfnDBCluster"],
      inputs: [
        .init(cloudFormation: "StorageEncrypted", cdk: "storage_encrypted"),
      ],
      condition: "StorageEncrypted is not true.",
      cdkDefault: "L1; unset.",
      equivalents: [],
      fix: .init(python: "storage_encrypted=True", replacesResource: true),
      onByDefault: true
    ),
    SolutionsRuleFacts(
      nagID: "N5", code: "IAC764", name: "neptune-iam-auth-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Neptune::DBCluster"],
      constructs: ["aws_neptune.CfnDBCluster"],
      inputs: [
        .init(cloudFormation: "IamAuthEnabled", cdk: "iam_auth_enabled"),
      ],
      condition: "IAM database authentication is not enabled.",
      cdkDefault: "L1; unset.",
      equivalents: [],
      fix: .init(python: "iam_auth_enabled=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "DOC1", code: "IAC765", name: "docdb-storage-unencrypted",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::DocDB::DBCluster"],
      constructs: ["aws_docdb.DatabaseCluster", "aws_docdb.CfnDBCluster"],
      inputs: [
        .init(cloudFormation: "StorageEncrypted", cdk: "storage_encrypted"),
      ],
      condition: "StorageEncrypted is not true.",
      cdkDefault: "DatabaseCluster: storage_encrypted=True (passes). CfnDBCluster: unset (fails).",
      equivalents: [],
      fix: .init(python: "storage_encrypted=True", replacesResource: true),
      onByDefault: true
    ),
    SolutionsRuleFacts(
      nagID: "DOC2", code: "IAC766", name: "docdb-default-port",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::DocDB::DBCluster"],
      constructs: ["aws_docdb.DatabaseCluster", "aws_docdb.CfnDBCluster"],
      inputs: [
        .init(cloudFormation: "Port", cdk: "port"),
      ],
      condition: "The port is unset or 27017.",
      cdkDefault: "DatabaseCluster writes DEFAULT_PORT (27017): fails.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "DOC3", code: "IAC767", name: "docdb-credentials-not-in-secrets-manager",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::DocDB::DBCluster"],
      constructs: ["aws_docdb.DatabaseCluster", "aws_docdb.CfnDBCluster"],
      inputs: [
        .init(cloudFormation: "MasterUsername", cdk: "master_user"),
        .init(cloudFormation: "MasterUserPassword", cdk: "master_user.password"),
      ],
      condition: """
        The master user name or password is not a Secrets Manager dynamic reference (cdk-nag 3.0.2 cannot read the \
        Fn::Join that CDK's generated secret makes, so it also reports every DatabaseCluster).
        """,
      cdkDefault: "DatabaseCluster generates a secret and references it: passes.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "DOC4", code: "IAC768", name: "docdb-backup-retention-too-short",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::DocDB::DBCluster"],
      constructs: ["aws_docdb.DatabaseCluster", "aws_docdb.CfnDBCluster"],
      inputs: [
        .init(cloudFormation: "BackupRetentionPeriod", cdk: "backup=docdb.BackupProps(retention=...)"),
      ],
      condition: "The backup retention period is unset or under 7 days.",
      cdkDefault: "No retention written (service default 1 day): fails.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "DOC5", code: "IAC769", name: "docdb-log-exports-missing",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::DocDB::DBCluster"],
      constructs: ["aws_docdb.DatabaseCluster", "aws_docdb.CfnDBCluster"],
      inputs: [
        .init(
          cloudFormation: "EnableCloudwatchLogsExports",
          cdk: "export_audit_logs_to_cloud_watch / export_profiler_logs_to_cloud_watch"
        ),
      ],
      condition: """
        The log exports do not include authenticate, createIndex and dropCollection (the names cdk-nag 3 looks for; \
        DocumentDB itself exports audit and profiler logs, so every cluster fails).
        """,
      cdkDefault: "No exports.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EFS1", code: "IAC770", name: "efs-unencrypted",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::EFS::FileSystem"],
      constructs: ["aws_efs.FileSystem"],
      inputs: [
        .init(cloudFormation: "Encrypted", cdk: "encrypted"),
      ],
      condition: "Encrypted is explicitly false.",
      cdkDefault: """
        true when the @aws-cdk/aws-efs:defaultEncryptionAtRest flag is on (on in every v2 app); otherwise unset, which \
        the rule passes.
        """,
      equivalents: ["HIPAA.Security-EFSEncrypted", "NIST.800.53.R5-EFSEncrypted", "PCI.DSS.321-EFSEncrypted"],
      fix: .init(python: "encrypted=True", replacesResource: true),
      onByDefault: true
    ),
    SolutionsRuleFacts(
      nagID: "TS3", code: "IAC771", name: "timestream-database-without-customer-key",
      nagLevel: .warning, scope: .singleConstruct,
      resourceTypes: ["AWS::Timestream::Database"],
      constructs: ["aws_timestream.CfnDatabase"],
      inputs: [
        .init(cloudFormation: "KmsKeyId", cdk: "kms_key_id"),
      ],
      condition: "No customer-managed KMS key is set.",
      cdkDefault: "L1; AWS-managed key.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "KMS5", code: "IAC772", name: "kms-key-rotation-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::KMS::Key"],
      constructs: ["aws_kms.Key"],
      inputs: [
        .init(cloudFormation: "EnableKeyRotation", cdk: "enable_key_rotation"),
      ],
      condition: "A symmetric key does not enable rotation.",
      cdkDefault: "enable_key_rotation=False.",
      equivalents: ["NIST.800.53.R5-KMSBackingKeyRotationEnabled", "PCI.DSS.321-KMSBackingKeyRotationEnabled"],
      fix: .init(python: "enable_key_rotation=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "SMG4", code: "IAC773", name: "secret-rotation-disabled",
      nagLevel: .error, scope: .secondConstruct,
      resourceTypes: ["AWS::SecretsManager::Secret", "AWS::SecretsManager::RotationSchedule"],
      constructs: ["aws_secretsmanager.Secret"],
      inputs: [
        .init(cloudFormation: "RotationSchedule.SecretId", cdk: "add_rotation_schedule()"),
        .init(cloudFormation: "RotationSchedule.RotationRules", cdk: "secretsmanager.RotationSchedule(...)"),
      ],
      condition: """
        No rotation schedule with a rotation function and rules targets the secret (directly or through its target \
        attachment).
        """,
      cdkDefault: "No rotation.",
      equivalents: ["HIPAA.Security-SecretsManagerRotationEnabled", "NIST.800.53.R5-SecretsManagerRotationEnabled"],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "CFR1", code: "IAC780", name: "cloudfront-without-geo-restriction",
      nagLevel: .warning, scope: .singleConstruct,
      resourceTypes: ["AWS::CloudFront::Distribution"],
      constructs: ["aws_cloudfront.Distribution", "aws_cloudfront.CloudFrontWebDistribution"],
      inputs: [
        .init(cloudFormation: "DistributionConfig.Restrictions.GeoRestriction", cdk: "geo_restriction"),
      ],
      condition: "No geo restriction, or restriction type none.",
      cdkDefault: "No restriction.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "CFR2", code: "IAC781", name: "cloudfront-without-waf",
      nagLevel: .warning, scope: .singleConstruct,
      resourceTypes: ["AWS::CloudFront::Distribution"],
      constructs: ["aws_cloudfront.Distribution", "aws_cloudfront.CloudFrontWebDistribution"],
      inputs: [
        .init(cloudFormation: "DistributionConfig.WebACLId", cdk: "web_acl_id"),
      ],
      condition: "No web ACL is associated.",
      cdkDefault: "No web ACL.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "CFR3", code: "IAC782", name: "cloudfront-access-logging-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::CloudFront::Distribution", "AWS::CloudFront::StreamingDistribution"],
      constructs: ["aws_cloudfront.Distribution", "aws_cloudfront.CloudFrontWebDistribution"],
      inputs: [
        .init(cloudFormation: "DistributionConfig.Logging", cdk: "enable_logging"),
        .init(cloudFormation: "DistributionConfig.Logging.Bucket", cdk: "log_bucket"),
      ],
      condition: "No standard logging configuration.",
      cdkDefault: "enable_logging=False unless log_bucket is set.",
      equivalents: [],
      fix: .init(python: "enable_logging=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "CFR4", code: "IAC783", name: "cloudfront-viewer-outdated-tls",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::CloudFront::Distribution"],
      constructs: ["aws_cloudfront.Distribution", "aws_cloudfront.CloudFrontWebDistribution"],
      inputs: [
        .init(cloudFormation: "DistributionConfig.ViewerCertificate", cdk: "certificate"),
        .init(cloudFormation: "ViewerCertificate.MinimumProtocolVersion", cdk: "minimum_protocol_version"),
        .init(cloudFormation: "ViewerCertificate.SslSupportMethod", cdk: "ssl_support_method"),
      ],
      condition: """
        The distribution uses the default *.cloudfront.net certificate, VIP SSL, no minimum protocol, or \
        SSLv3/TLSv1/TLSv1_2016.
        """,
      cdkDefault: "No certificate: the CloudFront default certificate, which fails.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "CFR5", code: "IAC784", name: "cloudfront-origin-outdated-tls",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::CloudFront::Distribution"],
      constructs: [
        "aws_cloudfront.Distribution",
        "aws_cloudfront_origins.HttpOrigin",
        "aws_cloudfront_origins.S3StaticWebsiteOrigin",
        "aws_cloudfront_origins.LoadBalancerV2Origin",
      ],
      inputs: [
        .init(cloudFormation: "Origins[].CustomOriginConfig.OriginProtocolPolicy", cdk: "protocol_policy"),
        .init(cloudFormation: "Origins[].CustomOriginConfig.OriginSSLProtocols", cdk: "origin_ssl_protocols"),
      ],
      condition: "A custom origin does not use https-only, or allows SSLv3 or TLSv1.",
      cdkDefault: "HttpOrigin: HTTPS_ONLY with TLSv1.2 (passes). S3StaticWebsiteOrigin: HTTP_ONLY (fails).",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "CFR6", code: "IAC785", name: "cloudfront-streaming-s3-origin-without-oai",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::CloudFront::StreamingDistribution"],
      constructs: ["aws_cloudfront.CfnStreamingDistribution"],
      inputs: [
        .init(
          cloudFormation: "StreamingDistributionConfig.S3Origin.OriginAccessIdentity",
          cdk: "streaming_distribution_config"
        ),
      ],
      condition: "The RTMP distribution's S3 origin has an empty origin access identity.",
      cdkDefault: "L1 only.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "CFR7", code: "IAC786", name: "cloudfront-s3-origin-without-oac",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::CloudFront::Distribution"],
      constructs: [
        "aws_cloudfront.Distribution",
        "aws_cloudfront_origins.S3BucketOrigin",
        "aws_cloudfront_origins.S3Origin",
      ],
      inputs: [
        .init(
          cloudFormation: "Origins[].OriginAccessControlId",
          cdk: "origins.S3BucketOrigin.with_origin_access_control(bucket)"
        ),
      ],
      condition: "An origin that points at a bucket of the stack has no origin access control.",
      cdkDefault: """
        S3BucketOrigin.with_origin_access_control creates one (passes); with_origin_access_identity and S3Origin do \
        not.
        """,
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "OS1", code: "IAC790", name: "opensearch-not-in-vpc",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"],
      constructs: ["aws_opensearchservice.Domain", "aws_elasticsearch.Domain"],
      inputs: [
        .init(cloudFormation: "VPCOptions.SubnetIds", cdk: "vpc / vpc_subnets"),
      ],
      condition: "The domain is not placed in VPC subnets.",
      cdkDefault: "Not in a VPC.",
      equivalents: [
        "HIPAA.Security-OpenSearchInVPCOnly",
        "NIST.800.53.R5-OpenSearchInVPCOnly",
        "PCI.DSS.321-OpenSearchInVPCOnly",
      ],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "OS2", code: "IAC791", name: "opensearch-node-to-node-encryption-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"],
      constructs: ["aws_opensearchservice.Domain", "aws_elasticsearch.Domain"],
      inputs: [
        .init(cloudFormation: "NodeToNodeEncryptionOptions.Enabled", cdk: "node_to_node_encryption"),
      ],
      condition: "Node-to-node encryption is not enabled.",
      cdkDefault: "Not enabled.",
      equivalents: [
        "HIPAA.Security-OpenSearchNodeToNodeEncryption",
        "NIST.800.53.R5-OpenSearchNodeToNodeEncryption",
        "PCI.DSS.321-OpenSearchNodeToNodeEncryption",
      ],
      fix: .init(python: "node_to_node_encryption=True", replacesResource: true),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "OS3", code: "IAC792", name: "opensearch-access-not-ip-restricted",
      nagLevel: .error, scope: .literalValue,
      resourceTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"],
      constructs: ["aws_opensearchservice.Domain", "aws_elasticsearch.Domain"],
      inputs: [
        .init(cloudFormation: "AccessPolicies", cdk: "access_policies"),
        .init(cloudFormation: "AccessPolicies", cdk: "add_access_policies()"),
      ],
      condition: "There is no access policy, or an Allow statement has no aws:SourceIp condition.",
      cdkDefault: "No access policies: fails.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "OS4", code: "IAC793", name: "opensearch-without-dedicated-master",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"],
      constructs: ["aws_opensearchservice.Domain", "aws_elasticsearch.Domain"],
      inputs: [
        .init(cloudFormation: "ClusterConfig.DedicatedMasterEnabled", cdk: "capacity=CapacityConfig(master_nodes=...)"),
      ],
      condition: "Dedicated master nodes are not enabled.",
      cdkDefault: "One data node, no masters.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "OS5", code: "IAC794", name: "opensearch-allows-anonymous-access",
      nagLevel: .error, scope: .literalValue,
      resourceTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"],
      constructs: ["aws_opensearchservice.Domain", "aws_elasticsearch.Domain"],
      inputs: [
        .init(cloudFormation: "AccessPolicies", cdk: "access_policies"),
        .init(cloudFormation: "AccessPolicies", cdk: "add_access_policies()"),
      ],
      condition: "There is no access policy, or an Allow statement has a `*` principal.",
      cdkDefault: "No access policies: fails.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "OS7", code: "IAC795", name: "opensearch-zone-awareness-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"],
      constructs: ["aws_opensearchservice.Domain", "aws_elasticsearch.Domain"],
      inputs: [
        .init(
          cloudFormation: "ClusterConfig.ZoneAwarenessEnabled",
          cdk: "zone_awareness=ZoneAwarenessConfig(enabled=True)"
        ),
      ],
      condition: "Zone awareness is not enabled.",
      cdkDefault: "One availability zone.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "OS8", code: "IAC796", name: "opensearch-unencrypted-at-rest",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"],
      constructs: ["aws_opensearchservice.Domain", "aws_elasticsearch.Domain"],
      inputs: [
        .init(
          cloudFormation: "EncryptionAtRestOptions.Enabled",
          cdk: "encryption_at_rest=EncryptionAtRestOptions(enabled=True)"
        ),
      ],
      condition: "Encryption at rest is not enabled.",
      cdkDefault: "Not encrypted.",
      equivalents: [
        "HIPAA.Security-OpenSearchEncryptedAtRest",
        "NIST.800.53.R5-OpenSearchEncryptedAtRest",
        "PCI.DSS.321-OpenSearchEncryptedAtRest",
      ],
      fix: .init(python: "encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True)", replacesResource: true),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "OS9", code: "IAC797", name: "opensearch-slow-logs-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"],
      constructs: ["aws_opensearchservice.Domain", "aws_elasticsearch.Domain"],
      inputs: [
        .init(
          cloudFormation: "LogPublishingOptions.SEARCH_SLOW_LOGS",
          cdk: "logging=LoggingOptions(slow_search_log_enabled=True)"
        ),
        .init(
          cloudFormation: "LogPublishingOptions.INDEX_SLOW_LOGS",
          cdk: "logging=LoggingOptions(slow_index_log_enabled=True)"
        ),
      ],
      condition: "Search or index slow logs are not published to CloudWatch Logs.",
      cdkDefault: "No logs.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "APIG1", code: "IAC800", name: "api-gateway-access-logging-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ApiGateway::Stage", "AWS::ApiGatewayV2::Stage"],
      constructs: [
        "aws_apigateway.RestApi",
        "aws_apigateway.LambdaRestApi",
        "aws_apigateway.SpecRestApi",
        "aws_apigateway.Stage",
        "aws_apigatewayv2.HttpApi",
        "aws_apigatewayv2.HttpStage",
        "aws_apigatewayv2.WebSocketStage",
      ],
      inputs: [
        .init(
          cloudFormation: "AccessLogSetting.DestinationArn",
          cdk: "deploy_options=StageOptions(access_log_destination=...)"
        ),
        .init(cloudFormation: "AccessLogSetting.Format", cdk: "access_log_format"),
      ],
      condition: "The stage has no access log destination and format.",
      cdkDefault: "No access logs.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "APIG2", code: "IAC801", name: "api-gateway-request-validation-missing",
      nagLevel: .error, scope: .literalValue,
      resourceTypes: ["AWS::ApiGateway::RestApi", "AWS::ApiGateway::RequestValidator"],
      constructs: [
        "aws_apigateway.RestApi",
        "aws_apigateway.LambdaRestApi",
        "aws_apigateway.SpecRestApi",
        "aws_apigateway.RequestValidator",
      ],
      inputs: [
        .init(
          cloudFormation: "RequestValidator.ValidateRequestBody",
          cdk: "add_request_validator(validate_request_body=True)"
        ),
        .init(cloudFormation: "RequestValidator.ValidateRequestParameters", cdk: "validate_request_parameters=True"),
      ],
      condition: "No request validator of the API validates both the body and the parameters.",
      cdkDefault: "No validators.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "APIG3", code: "IAC802", name: "api-gateway-stage-without-waf",
      nagLevel: .warning, scope: .secondConstruct,
      resourceTypes: ["AWS::ApiGateway::Stage", "AWS::WAFv2::WebACLAssociation"],
      constructs: ["aws_apigateway.RestApi", "aws_apigateway.Stage"],
      inputs: [
        .init(
          cloudFormation: "WebACLAssociation.ResourceArn",
          cdk: "wafv2.CfnWebACLAssociation(resource_arn=stage.stage_arn)"
        ),
      ],
      condition: "No web ACL association in the stack names the stage.",
      cdkDefault: "No association.",
      equivalents: ["NIST.800.53.R5-APIGWAssociatedWithWAF", "PCI.DSS.321-APIGWAssociatedWithWAF"],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "APIG4", code: "IAC803", name: "api-gateway-method-without-authorization",
      nagLevel: .error, scope: .literalValue,
      resourceTypes: ["AWS::ApiGateway::Method", "AWS::ApiGatewayV2::Route"],
      constructs: ["aws_apigateway.Method", "aws_apigatewayv2.HttpRoute"],
      inputs: [
        .init(cloudFormation: "AuthorizationType", cdk: "add_method(authorization_type=..., authorizer=...)"),
        .init(cloudFormation: "AuthorizationType", cdk: "default_method_options"),
      ],
      condition: "A method or route has no authorization type, or NONE (CORS preflight OPTIONS methods excepted).",
      cdkDefault: "Open access unless an authorizer is given.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "APIG6", code: "IAC804", name: "api-gateway-execution-logging-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ApiGateway::Stage"],
      constructs: ["aws_apigateway.RestApi", "aws_apigateway.Stage"],
      inputs: [
        .init(
          cloudFormation: "MethodSettings[*,/*].LoggingLevel",
          cdk: "deploy_options=StageOptions(logging_level=...)"
        ),
      ],
      condition: "No method setting for every method and path (`*`, `/*`) logs at ERROR or INFO.",
      cdkDefault: "Logging off.",
      equivalents: [
        "HIPAA.Security-APIGWExecutionLoggingEnabled",
        "NIST.800.53.R5-APIGWExecutionLoggingEnabled",
        "PCI.DSS.321-APIGWExecutionLoggingEnabled",
      ],
      fix: .init(
        python: "deploy_options=apigateway.StageOptions(logging_level=apigateway.MethodLoggingLevel.ERROR)",
        replacesResource: false
      ),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "ASC3", code: "IAC805", name: "appsync-request-logging-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::AppSync::GraphQLApi"],
      constructs: ["aws_appsync.GraphqlApi"],
      inputs: [
        .init(cloudFormation: "LogConfig.CloudWatchLogsRoleArn", cdk: "log_config"),
        .init(cloudFormation: "LogConfig.ExcludeVerboseContent", cdk: "exclude_verbose_content"),
      ],
      condition: "There is no log configuration with a CloudWatch Logs role, or verbose content is excluded.",
      cdkDefault: "No logging.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "COG1", code: "IAC810", name: "cognito-weak-password-policy",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Cognito::UserPool"],
      constructs: ["aws_cognito.UserPool"],
      inputs: [
        .init(cloudFormation: "Policies.PasswordPolicy", cdk: "password_policy"),
      ],
      condition: """
        The password policy requires fewer than 8 characters, or does not require upper case, digits and symbols.
        """,
      cdkDefault: """
        CDK writes only the password rules given, so the rule fails unless min_length (8 or more), require_uppercase, \
        require_digits and require_symbols are all written.
        """,
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "COG2", code: "IAC811", name: "cognito-mfa-not-required",
      nagLevel: .warning, scope: .singleConstruct,
      resourceTypes: ["AWS::Cognito::UserPool"],
      constructs: ["aws_cognito.UserPool"],
      inputs: [
        .init(cloudFormation: "MfaConfiguration", cdk: "mfa"),
      ],
      condition: "MFA is not required.",
      cdkDefault: "Mfa.OFF.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "COG4", code: "IAC812", name: "api-gateway-method-without-cognito-authorizer",
      nagLevel: .error, scope: .literalValue,
      resourceTypes: ["AWS::ApiGateway::Method"],
      constructs: ["aws_apigateway.Method"],
      inputs: [
        .init(cloudFormation: "AuthorizationType", cdk: "add_method(authorizer=CognitoUserPoolsAuthorizer(...))"),
      ],
      condition: "A method other than OPTIONS is not authorized by a Cognito user pool.",
      cdkDefault: "Open access.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "COG7", code: "IAC813", name: "cognito-identity-pool-allows-unauthenticated",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Cognito::IdentityPool"],
      constructs: ["aws_cognito.CfnIdentityPool", "aws_cognito_identitypool.IdentityPool"],
      inputs: [
        .init(cloudFormation: "AllowUnauthenticatedIdentities", cdk: "allow_unauthenticated_identities"),
      ],
      condition: "The identity pool allows unauthenticated identities.",
      cdkDefault: "IdentityPool: false (passes). CfnIdentityPool: required prop.",
      equivalents: [],
      fix: .init(python: "allow_unauthenticated_identities=False", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "COG8", code: "IAC814", name: "cognito-user-pool-not-plus-tier",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Cognito::UserPool"],
      constructs: ["aws_cognito.UserPool"],
      inputs: [
        .init(cloudFormation: "UserPoolTier", cdk: "feature_plan"),
      ],
      condition: "The user pool's feature plan is not Plus (threat protection is only in Plus).",
      cdkDefault: "Essentials for a new pool.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "IAM4", code: "IAC815", name: "iam-aws-managed-policy",
      nagLevel: .error, scope: .literalValue,
      resourceTypes: ["AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"],
      constructs: ["aws_iam.Role", "aws_iam.User", "aws_iam.Group"],
      inputs: [
        .init(cloudFormation: "ManagedPolicyArns", cdk: "managed_policies"),
        .init(cloudFormation: "ManagedPolicyArns", cdk: "add_managed_policy()"),
      ],
      condition: "An attached managed policy ARN is an AWS managed policy (`:iam::aws:`).",
      cdkDefault: """
        No managed policies on roles the source creates (service roles CDK adds carry AWSLambdaBasicExecutionRole and \
        similar).
        """,
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "L1", code: "IAC820", name: "lambda-runtime-not-latest",
      nagLevel: .error, scope: .literalValue,
      resourceTypes: ["AWS::Lambda::Function"],
      constructs: ["aws_lambda.Function", "aws_lambda_python_alpha.PythonFunction", "aws_lambda_nodejs.NodejsFunction"],
      inputs: [
        .init(cloudFormation: "Runtime", cdk: "runtime"),
      ],
      condition: """
        The runtime is not the newest of its family in the pinned aws-cdk-lib (2.275.0: nodejs24.x, python3.14, \
        java25, dotnet10, ruby4.0, go1.x); provided runtimes are skipped.
        """,
      cdkDefault: """
        runtime is required on Function; NodejsFunction defaults to the newest Node.js known to the CDK version in the \
        region.
        """,
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "ECR1", code: "IAC821", name: "ecr-repository-open-access",
      nagLevel: .error, scope: .literalValue,
      resourceTypes: ["AWS::ECR::Repository", "AWS::ECR::RegistryPolicy"],
      constructs: ["aws_ecr.Repository", "aws_ecr.CfnRepository", "aws_ecr.CfnRegistryPolicy"],
      inputs: [
        .init(cloudFormation: "RepositoryPolicyText", cdk: "add_to_resource_policy()"),
        .init(cloudFormation: "RepositoryPolicyText", cdk: "grant_pull() and the other grants"),
        .init(cloudFormation: "RepositoryPolicyText", cdk: "CfnRepository(repository_policy_text=...)"),
        .init(cloudFormation: "PolicyText", cdk: "policy_text"),
      ],
      condition: "An Allow statement in the repository or registry policy has a principal containing `*`.",
      cdkDefault: "No repository policy.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "ECS2", code: "IAC822", name: "ecs-task-definition-environment-variables",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ECS::TaskDefinition"],
      constructs: [
        "aws_ecs.FargateTaskDefinition",
        "aws_ecs.Ec2TaskDefinition",
        "aws_ecs.TaskDefinition",
        "aws_ecs.ContainerDefinition",
        "aws_ecs.CfnTaskDefinition",
      ],
      inputs: [
        .init(cloudFormation: "ContainerDefinitions[].Environment", cdk: "add_container(environment=...)"),
        .init(cloudFormation: "ContainerDefinitions[].Environment", cdk: "container.add_environment()"),
      ],
      condition: "A container definition has plain environment variables (use secrets).",
      cdkDefault: "No environment.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "ECS4", code: "IAC823", name: "ecs-cluster-container-insights-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ECS::Cluster"],
      constructs: ["aws_ecs.Cluster"],
      inputs: [
        .init(cloudFormation: "ClusterSettings[containerInsights]", cdk: "container_insights_v2"),
        .init(cloudFormation: "ClusterSettings[containerInsights]", cdk: "container_insights"),
      ],
      condition: "The cluster settings do not turn containerInsights to enabled or enhanced.",
      cdkDefault: "Disabled (account settings may override, which the rule cannot see).",
      equivalents: [],
      fix: .init(python: "container_insights_v2=ecs.ContainerInsights.ENABLED", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "ECS7", code: "IAC824", name: "ecs-container-logging-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ECS::TaskDefinition"],
      constructs: [
        "aws_ecs.FargateTaskDefinition",
        "aws_ecs.Ec2TaskDefinition",
        "aws_ecs.TaskDefinition",
        "aws_ecs.ContainerDefinition",
        "aws_ecs.CfnTaskDefinition",
      ],
      inputs: [
        .init(cloudFormation: "ContainerDefinitions[].LogConfiguration.LogDriver", cdk: "add_container(logging=...)"),
      ],
      condition: "A container definition has no log driver.",
      cdkDefault: "No log configuration.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EKS1", code: "IAC825", name: "eks-endpoint-public",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::EKS::Cluster", "Custom::AWSCDK-EKS-Cluster"],
      constructs: ["aws_eks.Cluster", "aws_eks.FargateCluster", "aws_eks_v2.Cluster"],
      inputs: [
        .init(cloudFormation: "ResourcesVpcConfig.EndpointPublicAccess", cdk: "endpoint_access"),
      ],
      condition: """
        The API endpoint is publicly reachable (EndpointPublicAccess not false). cdk-nag 3.0.2 does not recognise the \
        AWS::EKS::Cluster that aws_eks_v2.Cluster makes.
        """,
      cdkDefault: "EndpointAccess.PUBLIC_AND_PRIVATE: fails.",
      equivalents: [],
      fix: .init(python: "endpoint_access=eks.EndpointAccess.PRIVATE", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EKS2", code: "IAC826", name: "eks-control-plane-logging-incomplete",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::EKS::Cluster", "Custom::AWSCDK-EKS-Cluster"],
      constructs: ["aws_eks.Cluster", "aws_eks.FargateCluster", "aws_eks.CfnCluster", "aws_eks_v2.Cluster"],
      inputs: [
        .init(cloudFormation: "Logging.ClusterLogging.EnabledTypes", cdk: "cluster_logging"),
      ],
      condition: """
        Not all of api, audit, authenticator, controllerManager and scheduler logs are enabled. cdk-nag 3.0.2 does not \
        recognise the AWS::EKS::Cluster that aws_eks_v2.Cluster makes.
        """,
      cdkDefault: "No control plane logs.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "C91", code: "IAC827", name: "cloud9-not-using-ssm",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Cloud9::EnvironmentEC2"],
      constructs: ["aws_cloud9.CfnEnvironmentEC2"],
      inputs: [
        .init(cloudFormation: "ConnectionType", cdk: "connection_type"),
      ],
      condition: "The environment does not connect through Systems Manager (CONNECT_SSM).",
      cdkDefault: "L1; CloudFormation default CONNECT_SSH.",
      equivalents: [],
      fix: .init(python: "connection_type=\"CONNECT_SSM\"", replacesResource: true),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EB1", code: "IAC830", name: "elastic-beanstalk-vpc-not-set",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ElasticBeanstalk::Environment"],
      constructs: ["aws_elasticbeanstalk.CfnEnvironment"],
      inputs: [
        .init(cloudFormation: "OptionSettings[aws:ec2:vpc/VPCId]", cdk: "option_settings"),
      ],
      condition: "No option setting aws:ec2:vpc VPCId.",
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EB3", code: "IAC831", name: "elastic-beanstalk-managed-updates-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::ElasticBeanstalk::Environment"],
      constructs: ["aws_elasticbeanstalk.CfnEnvironment"],
      inputs: [
        .init(
          cloudFormation: "OptionSettings[aws:elasticbeanstalk:managedactions/ManagedActionsEnabled]",
          cdk: "option_settings"
        ),
        .init(
          cloudFormation: "OptionSettings[aws:elasticbeanstalk:managedactions:platformupdate/UpdateLevel]",
          cdk: "option_settings"
        ),
      ],
      condition: "Managed actions are not enabled together with an update level of minor or patch.",
      cdkDefault: "L1; none.",
      equivalents: [
        "HIPAA.Security-ElasticBeanstalkManagedUpdatesEnabled",
        "NIST.800.53.R5-ElasticBeanstalkManagedUpdatesEnabled",
      ],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EB4", code: "IAC832", name: "elastic-beanstalk-instance-logs-not-published",
      nagLevel: .warning, scope: .singleConstruct,
      resourceTypes: ["AWS::ElasticBeanstalk::Environment"],
      constructs: ["aws_elasticbeanstalk.CfnEnvironment"],
      inputs: [
        .init(
          cloudFormation: "OptionSettings[aws:elasticbeanstalk:hostmanager/LogPublicationControl]",
          cdk: "option_settings"
        ),
      ],
      condition: "Instance logs are not published to S3 (LogPublicationControl true).",
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "CB4", code: "IAC833", name: "codebuild-project-without-customer-key",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::CodeBuild::Project"],
      constructs: ["aws_codebuild.Project", "aws_codebuild.PipelineProject"],
      inputs: [
        .init(cloudFormation: "EncryptionKey", cdk: "encryption_key"),
      ],
      condition: "No encryption key, or the AWS-managed alias/aws/s3.",
      cdkDefault: "The AWS-managed S3 key: fails.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "CB5", code: "IAC834", name: "codebuild-project-custom-image",
      nagLevel: .warning, scope: .singleConstruct,
      resourceTypes: ["AWS::CodeBuild::Project"],
      constructs: ["aws_codebuild.Project", "aws_codebuild.PipelineProject", "aws_codebuild.CfnProject"],
      inputs: [
        .init(cloudFormation: "Environment.Image", cdk: "environment=BuildEnvironment(build_image=...)"),
      ],
      condition: "The build image is not a CodeBuild-managed image (aws/codebuild/...).",
      cdkDefault: "LinuxBuildImage.STANDARD_7_0: passes.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "SM1", code: "IAC835", name: "sagemaker-notebook-not-in-vpc",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::SageMaker::NotebookInstance"],
      constructs: ["aws_sagemaker.CfnNotebookInstance"],
      inputs: [
        .init(cloudFormation: "SubnetId", cdk: "subnet_id"),
      ],
      condition: "No subnet is set.",
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "SM2", code: "IAC836", name: "sagemaker-notebook-without-kms-key",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::SageMaker::NotebookInstance"],
      constructs: ["aws_sagemaker.CfnNotebookInstance"],
      inputs: [
        .init(cloudFormation: "KmsKeyId", cdk: "kms_key_id"),
      ],
      condition: "No KMS key is set for the notebook's storage.",
      cdkDefault: "L1; none.",
      equivalents: [
        "HIPAA.Security-SageMakerNotebookInstanceKMSKeyConfigured",
        "NIST.800.53.R5-SageMakerNotebookInstanceKMSKeyConfigured",
        "PCI.DSS.321-SageMakerNotebookInstanceKMSKeyConfigured",
      ],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "SM3", code: "IAC837", name: "sagemaker-notebook-direct-internet-access",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::SageMaker::NotebookInstance"],
      constructs: ["aws_sagemaker.CfnNotebookInstance"],
      inputs: [
        .init(cloudFormation: "DirectInternetAccess", cdk: "direct_internet_access"),
      ],
      condition: "Direct internet access is not Disabled.",
      cdkDefault: "L1; CloudFormation default Enabled.",
      equivalents: [
        "HIPAA.Security-SageMakerNotebookNoDirectInternetAccess",
        "NIST.800.53.R5-SageMakerNotebookNoDirectInternetAccess",
        "PCI.DSS.321-SageMakerNotebookNoDirectInternetAccess",
      ],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "SNS3", code: "IAC840", name: "sns-topic-ssl-publish-only",
      nagLevel: .error, scope: .literalValue,
      resourceTypes: ["AWS::SNS::Topic", "AWS::SNS::TopicPolicy"],
      constructs: ["aws_sns.Topic"],
      inputs: [
        .init(cloudFormation: "TopicPolicy.PolicyDocument", cdk: "enforce_ssl"),
        .init(cloudFormation: "KmsMasterKeyId", cdk: "master_key"),
        .init(cloudFormation: "TopicPolicy.PolicyDocument", cdk: "add_to_resource_policy()"),
      ],
      condition: """
        The topic has no KMS key and no topic policy denies sns:Publish to every principal when aws:SecureTransport is \
        false.
        """,
      cdkDefault: "enforce_ssl=False, no key.",
      equivalents: [],
      fix: .init(python: "enforce_ssl=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "SQS2", code: "IAC841", name: "sqs-queue-unencrypted",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::SQS::Queue"],
      constructs: ["aws_sqs.Queue"],
      inputs: [
        .init(cloudFormation: "SqsManagedSseEnabled", cdk: "encryption"),
        .init(cloudFormation: "KmsMasterKeyId", cdk: "encryption_master_key"),
      ],
      condition: "SqsManagedSseEnabled is false and no KMS key is set.",
      cdkDefault: """
        CDK writes nothing; SQS encrypts new queues with SSE-SQS (service default since October 2022), so the rule \
        passes.
        """,
      equivalents: [],
      fix: .init(python: "encryption=sqs.QueueEncryption.SQS_MANAGED", replacesResource: false),
      onByDefault: true
    ),
    SolutionsRuleFacts(
      nagID: "SQS3", code: "IAC842", name: "sqs-queue-without-dlq",
      nagLevel: .error, scope: .secondConstruct,
      resourceTypes: ["AWS::SQS::Queue", "AWS::Lambda::Function"],
      constructs: ["aws_sqs.Queue"],
      inputs: [
        .init(cloudFormation: "RedrivePolicy", cdk: "dead_letter_queue"),
        .init(cloudFormation: "DeadLetterConfig.TargetArn", cdk: "aws_lambda.Function(dead_letter_queue=...)"),
      ],
      condition: """
        The queue has no redrive policy and is not the dead-letter queue of another queue or a function in the stack.
        """,
      cdkDefault: "No dead-letter queue.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "SQS4", code: "IAC843", name: "sqs-queue-ssl-requests-only",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::SQS::Queue", "AWS::SQS::QueuePolicy"],
      constructs: ["aws_sqs.Queue"],
      inputs: [
        .init(cloudFormation: "QueuePolicy.PolicyDocument", cdk: "enforce_ssl"),
        .init(cloudFormation: "QueuePolicy.PolicyDocument", cdk: "add_to_resource_policy()"),
      ],
      condition: "No queue policy denies `sqs:*` (or `*`) to every principal when aws:SecureTransport is false.",
      cdkDefault: "enforce_ssl=False.",
      equivalents: [],
      fix: .init(python: "enforce_ssl=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EVB1", code: "IAC844", name: "event-bus-open-access",
      nagLevel: .error, scope: .literalValue,
      resourceTypes: ["AWS::Events::EventBusPolicy"],
      constructs: ["aws_events.EventBus", "aws_events.EventBusPolicy", "aws_events.CfnEventBusPolicy"],
      inputs: [
        .init(cloudFormation: "Principal", cdk: "principal"),
        .init(cloudFormation: "Statement", cdk: "add_to_resource_policy() / grant_put_events_to()"),
      ],
      condition: "The policy allows principal `*` without a condition.",
      cdkDefault: "No bus policy.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "SF1", code: "IAC845", name: "step-functions-logging-not-all",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::StepFunctions::StateMachine"],
      constructs: ["aws_stepfunctions.StateMachine"],
      inputs: [
        .init(
          cloudFormation: "LoggingConfiguration.Level",
          cdk: "logs=LogOptions(destination=..., level=LogLevel.ALL)"
        ),
      ],
      condition: "There is no logging configuration, or its level is not ALL.",
      cdkDefault: "No logging; LogOptions.level defaults to ERROR (fails).",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "SF2", code: "IAC846", name: "step-functions-xray-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::StepFunctions::StateMachine"],
      constructs: ["aws_stepfunctions.StateMachine"],
      inputs: [
        .init(cloudFormation: "TracingConfiguration.Enabled", cdk: "tracing_enabled"),
      ],
      condition: "X-Ray tracing is not enabled.",
      cdkDefault: "tracing_enabled=False.",
      equivalents: [],
      fix: .init(python: "tracing_enabled=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "KDA3", code: "IAC850", name: "kinesis-analytics-flink-checkpointing-disabled",
      nagLevel: .warning, scope: .singleConstruct,
      resourceTypes: ["AWS::KinesisAnalyticsV2::Application"],
      constructs: ["aws_kinesisanalytics.CfnApplicationV2"],
      inputs: [
        .init(
          cloudFormation: "ApplicationConfiguration.FlinkApplicationConfiguration.CheckpointConfiguration",
          cdk: "application_configuration"
        ),
      ],
      condition: "A Flink application has no checkpoint configuration, or a CUSTOM one with checkpointing off.",
      cdkDefault: "L1 (the L2 is in an alpha module); none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "KDF1", code: "IAC851", name: "firehose-delivery-stream-unencrypted",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::KinesisFirehose::DeliveryStream"],
      constructs: ["aws_kinesisfirehose.DeliveryStream", "aws_kinesisfirehose.CfnDeliveryStream"],
      inputs: [
        .init(cloudFormation: "DeliveryStreamEncryptionConfigurationInput", cdk: "encryption"),
      ],
      condition: """
        No server-side encryption configuration. cdk-nag also reports streams that read from Kinesis or MSK, which \
        Firehose cannot encrypt itself; iaclsp does not.
        """,
      cdkDefault: "StreamEncryption.unencrypted().",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "KDS1", code: "IAC852", name: "kinesis-stream-unencrypted",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Kinesis::Stream"],
      constructs: ["aws_kinesis.Stream"],
      inputs: [
        .init(cloudFormation: "StreamEncryption", cdk: "encryption"),
      ],
      condition: "No stream encryption.",
      cdkDefault: "KMS with the aws/kinesis key where supported: passes. StreamEncryption.UNENCRYPTED fails.",
      equivalents: [],
      fix: .init(python: "encryption=kinesis.StreamEncryption.MANAGED", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "KDS3", code: "IAC853", name: "kinesis-stream-not-aws-managed-key",
      nagLevel: .warning, scope: .singleConstruct,
      resourceTypes: ["AWS::Kinesis::Stream"],
      constructs: ["aws_kinesis.Stream", "aws_kinesis.CfnStream"],
      inputs: [
        .init(cloudFormation: "StreamEncryption.KeyId", cdk: "encryption / encryption_key"),
      ],
      condition: """
        The stream is encrypted with a key other than alias/aws/kinesis. cdk-nag 3.0.2 also reports a Stream with \
        encryption unset, whose aws/kinesis key CDK writes inside an Fn::If; iaclsp does not.
        """,
      cdkDefault: "alias/aws/kinesis: passes. StreamEncryption.KMS without a key creates a new key, which fails.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "MSK2", code: "IAC854", name: "msk-client-broker-not-tls",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::MSK::Cluster"],
      constructs: ["aws_msk.CfnCluster"],
      inputs: [
        .init(cloudFormation: "EncryptionInfo.EncryptionInTransit.ClientBroker", cdk: "encryption_info"),
      ],
      condition: "Client-to-broker encryption is set to something other than TLS.",
      cdkDefault: "L1 (the L2 is in an alpha module); TLS when unset.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "MSK3", code: "IAC855", name: "msk-in-cluster-not-tls",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::MSK::Cluster"],
      constructs: ["aws_msk.CfnCluster"],
      inputs: [
        .init(cloudFormation: "EncryptionInfo.EncryptionInTransit.InCluster", cdk: "encryption_info"),
      ],
      condition: "Broker-to-broker encryption is explicitly false.",
      cdkDefault: "L1; true when unset.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "MSK6", code: "IAC856", name: "msk-broker-logging-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::MSK::Cluster"],
      constructs: ["aws_msk.CfnCluster"],
      inputs: [
        .init(cloudFormation: "LoggingInfo.BrokerLogs", cdk: "logging_info"),
      ],
      condition: "No broker log destination (S3, CloudWatch Logs, Firehose) is enabled.",
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EMR2", code: "IAC860", name: "emr-s3-logging-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::EMR::Cluster"],
      constructs: ["aws_emr.CfnCluster"],
      inputs: [
        .init(cloudFormation: "LogUri", cdk: "log_uri"),
      ],
      condition: "No S3 log URI.",
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EMR4", code: "IAC861", name: "emr-local-disk-encryption-disabled",
      nagLevel: .error, scope: .secondConstruct,
      resourceTypes: ["AWS::EMR::Cluster", "AWS::EMR::SecurityConfiguration"],
      constructs: ["aws_emr.CfnCluster", "aws_emr.CfnSecurityConfiguration"],
      inputs: [
        .init(cloudFormation: "SecurityConfiguration", cdk: "security_configuration"),
      ],
      condition: """
        The cluster's security configuration does not enable at-rest encryption with a local disk key provider. \
        cdk-nag 3.0.2 reads EnableAtRestEncryption at the top of the configuration, not under EncryptionConfiguration \
        where EMR expects it, so a correct configuration still fails.
        """,
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EMR5", code: "IAC862", name: "emr-in-transit-encryption-disabled",
      nagLevel: .error, scope: .secondConstruct,
      resourceTypes: ["AWS::EMR::Cluster", "AWS::EMR::SecurityConfiguration"],
      constructs: ["aws_emr.CfnCluster", "aws_emr.CfnSecurityConfiguration"],
      inputs: [
        .init(cloudFormation: "SecurityConfiguration", cdk: "security_configuration"),
      ],
      condition: """
        The cluster's security configuration does not enable in-transit encryption with a TLS certificate provider. \
        cdk-nag 3.0.2 reads EnableInTransitEncryption at the top of the configuration, not under \
        EncryptionConfiguration, so a correct configuration still fails.
        """,
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "EMR6", code: "IAC863", name: "emr-without-key-pair-or-kerberos",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::EMR::Cluster"],
      constructs: ["aws_emr.CfnCluster"],
      inputs: [
        .init(cloudFormation: "KerberosAttributes", cdk: "kerberos_attributes"),
        .init(cloudFormation: "Instances.Ec2KeyName", cdk: "instances"),
      ],
      condition: "Neither Kerberos nor an EC2 key pair is configured.",
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "GL1", code: "IAC864", name: "glue-cloudwatch-logs-unencrypted",
      nagLevel: .warning, scope: .secondConstruct,
      resourceTypes: ["AWS::Glue::Crawler", "AWS::Glue::Job", "AWS::Glue::SecurityConfiguration"],
      constructs: ["aws_glue.CfnJob", "aws_glue.CfnCrawler", "aws_glue.CfnSecurityConfiguration"],
      inputs: [
        .init(cloudFormation: "SecurityConfiguration", cdk: "security_configuration / crawler_security_configuration"),
      ],
      condition: "The job's or crawler's security configuration does not encrypt CloudWatch logs with SSE-KMS.",
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "GL3", code: "IAC865", name: "glue-job-bookmarks-unencrypted",
      nagLevel: .warning, scope: .secondConstruct,
      resourceTypes: ["AWS::Glue::Job", "AWS::Glue::SecurityConfiguration"],
      constructs: ["aws_glue.CfnJob", "aws_glue.CfnSecurityConfiguration"],
      inputs: [
        .init(cloudFormation: "SecurityConfiguration", cdk: "security_configuration"),
      ],
      condition: "The job's security configuration does not encrypt job bookmarks with CSE-KMS.",
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "QS1", code: "IAC866", name: "quicksight-data-source-ssl-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::QuickSight::DataSource"],
      constructs: ["aws_quicksight.CfnDataSource"],
      inputs: [
        .init(cloudFormation: "SslProperties.DisableSsl", cdk: "ssl_properties"),
      ],
      condition: "SSL is explicitly disabled.",
      cdkDefault: "L1; SSL on.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "MS1", code: "IAC870", name: "mediastore-access-logging-disabled",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::MediaStore::Container"],
      constructs: ["aws_mediastore.CfnContainer"],
      inputs: [
        .init(cloudFormation: "AccessLoggingEnabled", cdk: "access_logging_enabled"),
      ],
      condition: "Access logging is not enabled.",
      cdkDefault: "L1; off.",
      equivalents: [],
      fix: .init(python: "access_logging_enabled=True", replacesResource: false),
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "MS3", code: "IAC871", name: "mediastore-ssl-requests-only",
      nagLevel: .error, scope: .literalValue,
      resourceTypes: ["AWS::MediaStore::Container"],
      constructs: ["aws_mediastore.CfnContainer"],
      inputs: [
        .init(cloudFormation: "Policy", cdk: "policy"),
      ],
      condition: """
        There is no container policy, or none denies `mediastore:*` (or `*`) to every principal when \
        aws:SecureTransport is false.
        """,
      cdkDefault: "L1; no policy.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "MS4", code: "IAC872", name: "mediastore-metric-policy-disabled",
      nagLevel: .warning, scope: .singleConstruct,
      resourceTypes: ["AWS::MediaStore::Container"],
      constructs: ["aws_mediastore.CfnContainer"],
      inputs: [
        .init(cloudFormation: "MetricPolicy.ContainerLevelMetrics", cdk: "metric_policy"),
      ],
      condition: "Container-level metrics are not enabled.",
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "MS7", code: "IAC873", name: "mediastore-container-policy-missing",
      nagLevel: .warning, scope: .singleConstruct,
      resourceTypes: ["AWS::MediaStore::Container"],
      constructs: ["aws_mediastore.CfnContainer"],
      inputs: [
        .init(cloudFormation: "Policy", cdk: "policy"),
      ],
      condition: "No container policy.",
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "MS8", code: "IAC874", name: "mediastore-cors-policy-missing",
      nagLevel: .warning, scope: .singleConstruct,
      resourceTypes: ["AWS::MediaStore::Container"],
      constructs: ["aws_mediastore.CfnContainer"],
      inputs: [
        .init(cloudFormation: "CorsPolicy", cdk: "cors_policy"),
      ],
      condition: "No CORS policy.",
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "MS10", code: "IAC875", name: "mediastore-lifecycle-policy-missing",
      nagLevel: .warning, scope: .singleConstruct,
      resourceTypes: ["AWS::MediaStore::Container"],
      constructs: ["aws_mediastore.CfnContainer"],
      inputs: [
        .init(cloudFormation: "LifecyclePolicy", cdk: "lifecycle_policy"),
      ],
      condition: "No object lifecycle policy.",
      cdkDefault: "L1; none.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
    SolutionsRuleFacts(
      nagID: "LEX4", code: "IAC876", name: "lex-conversation-logs-unencrypted",
      nagLevel: .error, scope: .singleConstruct,
      resourceTypes: ["AWS::Lex::BotAlias", "AWS::Lex::Bot"],
      constructs: ["aws_lex.CfnBot", "aws_lex.CfnBotAlias"],
      inputs: [
        .init(
          cloudFormation: "ConversationLogSettings.AudioLogSettings[].Destination.S3Bucket.KmsKeyArn",
          cdk: "conversation_log_settings"
        ),
        .init(cloudFormation: "ConversationLogSettings.TextLogSettings[]", cdk: "test_bot_alias_settings"),
      ],
      condition: "Enabled audio logs have no KMS key, or enabled text logs go to a log group without a KMS key.",
      cdkDefault: "L1; no logs.",
      equivalents: [],
      fix: nil,
      onByDefault: false
    ),
  ]
}
