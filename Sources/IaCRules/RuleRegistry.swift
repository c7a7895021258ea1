import IaCModel
/// The catalogue: every rule iaclsp has, in one explicit list sorted by code.
public struct RuleRegistry: Sendable {
  /// Every rule, sorted by code. A test fails when a rule file exists but is missing here.
  public static let all: [any Rule] = [
    InvalidSuppressionRule(),
    UnusedSuppressionRule(),
    SuppressionWithoutReasonRule(),
    DeprecatedS3OriginRule(),
    WrongModuleMemberRule(),
    UndefinedModuleAliasRule(),
    MetricMissingDimensionRule(),
    DeprecatedAPIRule(),
    UnknownPropertyRule(),
    BannedAPIRule(),
    CloudFrontLogBucketAclRule(),
    CloudFrontWafRegionRule(),
    LambdaEdgeRegionRule(),
    ReservedDomainRule(),
    NonUniqueBucketNameRule(),
    LambdaLogGroupConflictRule(),
    KmsLogsPolicyRule(),
    PlaceholderValueRule(),
    OpenSecurityGroupRule(),
    HttpListenerWithoutRedirectRule(),
    DatabaseNotIsolatedRule(),
    BucketWithoutEncryptionRule(),
    DeleteBeforeReplaceStatefulRule(),
    MissingRemovalPolicyRule(),
    MissingRequiredTagsRule(),
    DisallowedServiceRule(),
    PlaceholderTestRule(),
    CommentedOutResourceRule(),
    MissingCdkJsonRule(),
    MissingAppEntrypointRule(),
    AlarmMissingDataPolicyRule(),
    S3BucketServerAccessLoggingRule(),
    S3BucketPublicAccessNotBlockedRule(),
    S3WebsiteBucketWithoutOaiPolicyRule(),
    S3BucketSslRequestsOnlyRule(),
    SecurityGroupWorldOpenIngressRule(),
    EbsVolumeUnencryptedRule(),
    SecurityGroupWithoutDescriptionRule(),
    Ec2InstanceDetailedMonitoringDisabledRule(),
    Ec2InstanceTerminationProtectionDisabledRule(),
    VpcNetworkAclUsedRule(),
    VpcWithoutFlowLogsRule(),
    ClassicLoadBalancerServesHttpRule(),
    LoadBalancerAccessLoggingDisabledRule(),
    ClassicLoadBalancerConnectionDrainingDisabledRule(),
    ClassicLoadBalancerListenerNotEndToEndTlsRule(),
    AutoScalingGroupZeroCooldownRule(),
    AutoScalingGroupElbHealthCheckWithoutGraceRule(),
    AutoScalingGroupWithoutScalingNotificationsRule(),
    RdsStorageUnencryptedRule(),
    RdsInstanceNotMultiAzRule(),
    AuroraIamAuthDisabledRule(),
    RdsDbSecurityGroupWorldOpenRule(),
    RdsDeletionProtectionDisabledRule(),
    RdsDefaultPortRule(),
    RdsAutomatedBackupsDisabledRule(),
    AuroraMysqlBacktrackDisabledRule(),
    AuroraMysqlServerlessLogExportsMissingRule(),
    RedshiftTlsNotRequiredRule(),
    RedshiftClusterNotInVpcRule(),
    RedshiftDefaultMasterUsernameRule(),
    RedshiftDefaultPortRule(),
    RedshiftAuditLoggingDisabledRule(),
    RedshiftStorageUnencryptedRule(),
    RedshiftClusterPubliclyAccessibleRule(),
    RedshiftVersionUpgradeDisabledRule(),
    RedshiftAutomatedSnapshotsDisabledRule(),
    RedshiftUserActivityLoggingDisabledRule(),
    DynamoDBPointInTimeRecoveryDisabledRule(),
    DaxClusterUnencryptedRule(),
    ElastiCacheNotInVpcRule(),
    ElastiCacheRedisEncryptionDisabledRule(),
    ElastiCacheRedisNotMultiAzRule(),
    ElastiCacheDefaultPortRule(),
    ElastiCacheRedisAuthTokenMissingRule(),
    NeptuneClusterNotMultiAzRule(),
    NeptuneAutoMinorVersionUpgradeDisabledRule(),
    NeptuneBackupRetentionTooShortRule(),
    NeptuneStorageUnencryptedRule(),
    NeptuneIamAuthDisabledRule(),
    DocdbStorageUnencryptedRule(),
    DocdbDefaultPortRule(),
    DocdbCredentialsNotInSecretsManagerRule(),
    DocdbBackupRetentionTooShortRule(),
    DocdbLogExportsMissingRule(),
    EfsUnencryptedRule(),
    TimestreamDatabaseWithoutCustomerKeyRule(),
    KmsKeyRotationDisabledRule(),
    SecretRotationDisabledRule(),
    CloudFrontWithoutGeoRestrictionRule(),
    CloudFrontWithoutWafRule(),
    CloudFrontAccessLoggingDisabledRule(),
    CloudFrontViewerOutdatedTlsRule(),
    CloudFrontOriginOutdatedTlsRule(),
    CloudFrontStreamingS3OriginWithoutOaiRule(),
    CloudFrontS3OriginWithoutOacRule(),
    OpenSearchNotInVpcRule(),
    OpenSearchNodeToNodeEncryptionDisabledRule(),
    OpenSearchAccessNotIpRestrictedRule(),
    OpenSearchWithoutDedicatedMasterRule(),
    OpenSearchAllowsAnonymousAccessRule(),
    OpenSearchZoneAwarenessDisabledRule(),
    OpenSearchUnencryptedAtRestRule(),
    OpenSearchSlowLogsDisabledRule(),
    ApiGatewayAccessLoggingDisabledRule(),
    ApiGatewayRequestValidationMissingRule(),
    ApiGatewayStageWithoutWafRule(),
    ApiGatewayMethodWithoutAuthorizationRule(),
    ApiGatewayExecutionLoggingDisabledRule(),
    AppSyncRequestLoggingDisabledRule(),
    CognitoWeakPasswordPolicyRule(),
    CognitoMfaNotRequiredRule(),
    ApiGatewayMethodWithoutCognitoAuthorizerRule(),
    CognitoIdentityPoolAllowsUnauthenticatedRule(),
    CognitoUserPoolNotPlusTierRule(),
    IamAwsManagedPolicyRule(),
    LambdaRuntimeNotLatestRule(),
    EcrRepositoryOpenAccessRule(),
    EcsTaskDefinitionEnvironmentVariablesRule(),
    EcsClusterContainerInsightsDisabledRule(),
    EcsContainerLoggingDisabledRule(),
    EksEndpointPublicRule(),
    EksControlPlaneLoggingIncompleteRule(),
    Cloud9NotUsingSsmRule(),
    ElasticBeanstalkVpcNotSetRule(),
    ElasticBeanstalkManagedUpdatesDisabledRule(),
    ElasticBeanstalkInstanceLogsNotPublishedRule(),
    CodeBuildProjectWithoutCustomerKeyRule(),
    CodeBuildProjectCustomImageRule(),
    SageMakerNotebookNotInVpcRule(),
    SageMakerNotebookWithoutKmsKeyRule(),
    SageMakerNotebookDirectInternetAccessRule(),
    SnsTopicSslPublishOnlyRule(),
    SqsQueueUnencryptedRule(),
    SqsQueueWithoutDlqRule(),
    SqsQueueSslRequestsOnlyRule(),
    EventBusOpenAccessRule(),
    StepFunctionsLoggingNotAllRule(),
    StepFunctionsXrayDisabledRule(),
    KinesisAnalyticsFlinkCheckpointingDisabledRule(),
    FirehoseDeliveryStreamUnencryptedRule(),
    KinesisStreamUnencryptedRule(),
    KinesisStreamNotAwsManagedKeyRule(),
    MskClientBrokerNotTlsRule(),
    MskInClusterNotTlsRule(),
    MskBrokerLoggingDisabledRule(),
    EmrS3LoggingDisabledRule(),
    EmrLocalDiskEncryptionDisabledRule(),
    EmrInTransitEncryptionDisabledRule(),
    EmrWithoutKeyPairOrKerberosRule(),
    GlueCloudWatchLogsUnencryptedRule(),
    GlueJobBookmarksUnencryptedRule(),
    QuickSightDataSourceSslDisabledRule(),
    MediaStoreAccessLoggingDisabledRule(),
    MediaStoreSslRequestsOnlyRule(),
    MediaStoreMetricPolicyDisabledRule(),
    MediaStoreContainerPolicyMissingRule(),
    MediaStoreCorsPolicyMissingRule(),
    MediaStoreLifecyclePolicyMissingRule(),
    LexConversationLogsUnencryptedRule(),
  ]

  /// The registry of all rules.
  public static let shared = RuleRegistry(rules: all)

  public let rules: [any Rule]
  let byCode: [String: any Rule]
  let codeByName: [String: String]

  public init(rules: [any Rule]) {
    self.rules = rules
    var byCode: [String: any Rule] = [:]
    var codeByName: [String: String] = [:]
    for rule in rules {
      let description = rule.description
      byCode[description.code] = rule
      codeByName[description.name] = description.code
    }
    self.byCode = byCode
    self.codeByName = codeByName
  }

  /// The rule with this code or name (`IAC101` or `deprecated-s3-origin`, any case for codes).
  public func rule(forCodeOrName value: String) -> (any Rule)? {
    code(forCodeOrName: value).flatMap { byCode[$0] }
  }

  /// The code of the rule with this code or name.
  public func code(forCodeOrName value: String) -> String? {
    let upper = value.uppercased()
    if byCode[upper] != nil { return upper }
    return codeByName[value.lowercased()]
  }

  /// The name that selects the AWS Solutions pack, whose rules mirror cdk-nag's `AwsSolutionsChecks`.
  public static let awsSolutionsPack = "aws-solutions"

  /// The codes of the rules that run only when selected (by code, name, prefix, pack or `ALL`): the AWS
  /// Solutions pack, except its few rules of high severity and confidence.
  public var optInCodes: Set<String> {
    let optIn = Set(SolutionsCatalog.rules.lazy.filter { !$0.onByDefault }.map(\.code))
    return Set(rules.lazy.map(\.description.code).filter(optIn.contains))
  }

  /// The codes a selector names: a code, a name, a code prefix (`IAC1`, `IAC`, `ACME` for custom rules), a pack (`aws-solutions`), or `ALL`.
  public func codes(matching selector: String) -> [String] {
    let trimmed = selector.trimmingCharacters(in: " ")
    if let code = code(forCodeOrName: trimmed) { return [code] }
    if trimmed.lowercased() == Self.awsSolutionsPack {
      return rules.map(\.description.code).filter { SolutionsCatalog.facts(code: $0) != nil }
    }
    let upper = trimmed.uppercased()
    if upper == "ALL" { return rules.map { $0.description.code } }
    // A prefix is capital letters and digits, as codes are: `IAC1`, `ACME`.
    let letters = upper.prefix { $0 >= "A" && $0 <= "Z" }
    guard letters.count >= 2, upper.dropFirst(letters.count).allSatisfy({ $0 >= "0" && $0 <= "9" }) else { return [] }
    return rules.map { $0.description.code }.filter { $0.hasPrefix(upper) }
  }

  /// This registry with more rules after its own (custom rules from a configuration file).
  public func adding(_ more: [any Rule]) -> RuleRegistry {
    more.isEmpty ? self : RuleRegistry(rules: rules + more)
  }
}
