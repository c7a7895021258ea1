import IaCModel
import IaCSyntax
import Testing

/// The catalogue as the model sees it: names resolve to symbols in either language's spelling.
@Suite("Catalogue look-ups")
struct CatalogLookupTests {
  @Test func qualifiedNamesResolveInBothLanguages() throws {
    let python = try #require(APICatalog.shared.symbol(qualifiedName: "aws_cdk.aws_s3.Bucket", language: .python))
    #expect(python.kind == .class)
    #expect(python.name == "Bucket")
    let typeScript = try #require(APICatalog.shared.symbol(qualifiedName: "aws-cdk-lib/aws-s3.Bucket", language: .typescript))
    #expect(typeScript.qualifiedName == "aws-cdk-lib.aws_s3.Bucket")
    #expect(APICatalog.shared.symbol(qualifiedName: "aws_cdk.aws_s3.NoSuchThing", language: .python) == nil)
  }
}

/// The shipped tables, read through the index the way every look-up reads them.
@Suite("Catalogue tables")
struct CatalogTableTests {
  let indexes = [APIPackageIndex.cdk, APIPackageIndex.pulumi, APIPackageIndex.cdktf]

  @Test func everyModuleTypeAndImportSpellingIsFoundByBinarySearch() throws {
    for index in indexes {
      let keys = index.modules.keys
      #expect(keys.count == index.moduleCount)
      #expect(keys == keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
      for key in keys {
        let module = try #require(index.modules[key], "\(index.package) module \(key)")
        #expect(module.key == key)
        for spelling in [module.python, module.typeScript] where !spelling.isEmpty && !key.hasPrefix("~") {
          #expect(index.moduleByImport[spelling] == key, "\(spelling)")
        }
        let names = index.typeNames(of: module)
        #expect(Set(names).count == names.count, "\(index.package) \(key): a type listed twice")
        for name in names {
          #expect(index.hasType(name, module: key), "\(index.package) \(key).\(name)")
        }
        #expect(!index.hasType((names.last ?? "") + "~", module: key))
      }
      #expect(index.modules["no_such_module"] == nil)
      #expect(index.moduleByImport["no_such.import"] == nil)
    }
    #expect(APIPackageIndex.cdk.moduleByImport["aws-cdk-lib/aws-s3"] == "aws_s3")
    #expect(APIPackageIndex.cdk.moduleByImport["aws_cdk"] == "")
    #expect(APIPackageIndex.pulumi.moduleByImport["@pulumi/aws.lambda"] == "lambda_")
  }

  /// Resources the generator once read no props for, since their args class is not `<Name>Args`.
  @Test func pulumiResourcesWithInputsHaveProps() throws {
    let index = APIPackageIndex.pulumi
    // The only resources whose initializer takes no arguments besides `resource_name` and `opts`.
    let withoutInputs: Set<String> = ["OutboundWebIdentityFederation", "SharingWithOrganization"]
    var empty: [String] = []
    for key in index.modules.keys {
      let module = try #require(index.modules[key])
      for name in index.typeNames(of: module) {
        let type = try #require(index.type(name, module: key))
        if type.kind == .resource && !type.members.contains(where: { $0.kind == .prop }) && !withoutInputs.contains(name) {
          empty.append(key + "." + name)
        }
      }
    }
    #expect(empty.isEmpty, "resources with no props: \(empty)")
    let expected: [(String, String, String)] = [
      ("s3", "BucketVersioning", "versioningConfiguration"),
      ("s3", "BucketServerSideEncryptionConfiguration", "rules"),
      ("s3", "BucketLogging", "targetBucket"),
      ("s3", "BucketObjectLockConfiguration", "objectLockEnabled"),
      ("ec2", "VpcPeeringConnectionAccepter", "vpcPeeringConnectionId"),
      ("ec2", "VpnConnectionRoute", "destinationCidrBlock"),
      ("ec2", "NetworkInterfaceAttachment", "networkInterfaceId"),
      ("ec2", "ManagedPrefixListEntry", "prefixListId"),
      ("dynamodb", "TableReplica", "globalTableArn"),
    ]
    for (module, name, prop) in expected {
      let type = try #require(index.type(name, module: module), "\(module).\(name)")
      #expect(type.members.contains { $0.kind == .prop && $0.name == prop }, "\(module).\(name).\(prop)")
    }
  }

  @Test func resourceTypesAndTypeTokens() throws {
    func type(_ index: APIPackageIndex, _ module: String, _ name: String) throws -> APITypeRecord {
      try #require(index.type(name, module: module), "\(module).\(name)")
    }
    let cdk = APIPackageIndex.cdk
    #expect(try type(cdk, "aws_s3", "CfnBucket").resourceType == "AWS::S3::Bucket")
    #expect(try type(cdk, "aws_s3", "Bucket").resourceType == "AWS::S3::Bucket")
    #expect(try type(cdk, "aws_ec2", "Vpc").resourceType == "AWS::EC2::VPC")
    #expect(try type(cdk, "aws_lambda_nodejs", "NodejsFunction").resourceType == "AWS::Lambda::Function")
    #expect(try type(cdk, "aws_rds", "DatabaseInstance").resourceType == "AWS::RDS::DBInstance")
    // A custom resource, and a template: no L1 of the same name describes them.
    #expect(try type(cdk, "aws_eks", "Cluster").resourceType == "")
    #expect(try type(cdk, "", "Stack").resourceType == "")
    #expect(try type(cdk, "aws_s3", "BucketProps").resourceType == "")
    #expect(try type(cdk, "aws_s3", "Bucket").typeToken == "")

    let cdktf = APIPackageIndex.cdktf
    #expect(try type(cdktf, "s3Bucket", "S3Bucket").resourceType == "aws_s3_bucket")
    #expect(try type(cdktf, "dataAwsS3Bucket", "DataAwsS3Bucket").resourceType == "")

    let pulumi = APIPackageIndex.pulumi
    let versioning = try type(pulumi, "s3", "BucketVersioning")
    #expect(versioning.resourceType == "aws_s3_bucket_versioning")
    #expect(versioning.typeToken == "aws:s3/bucketVersioning:BucketVersioning")
    let bucketV2 = try type(pulumi, "s3", "BucketV2")
    #expect(bucketV2.resourceType == "aws_s3_bucket")
    #expect(bucketV2.typeToken == "aws:s3/bucketV2:BucketV2")
    #expect(try type(pulumi, "rds", "Instance").resourceType == "aws_db_instance")
    #expect(try type(pulumi, "ec2", "Instance").resourceType == "aws_instance")
    #expect(try type(pulumi, "lambda_", "Function").resourceType == "aws_lambda_function")
  }

  @Test func propDefaultsAreShort() throws {
    let cdk = APIPackageIndex.cdk
    func defaultValue(_ reference: String, _ prop: String) -> String? {
      cdk.flattenedProps(of: reference).props.first { $0.name == prop }?.defaultValue
    }
    #expect(defaultValue("aws_s3:BucketProps", "enforceSSL") == "false")
    #expect(defaultValue("aws_s3:BucketProps", "removalPolicy") == "- The bucket will be orphaned.")
    #expect(defaultValue("aws_s3:BucketProps", "accessControl") == "BucketAccessControl.PRIVATE")
    #expect(defaultValue("aws_lambda:FunctionProps", "logRetention") == "logs.RetentionDays.INFINITE")
    #expect(defaultValue("aws_lambda:FunctionProps", "description") == "- No description.")
    // `@default - false` loses its list marker.
    #expect(defaultValue("aws_acmpca:CfnCertificateAuthority.KeyUsageProperty", "keyEncipherment") == "false")
  }

  /// jsii escapes Python keywords in names (`or_`, `with_`); the escapes belong to code, never to sentences.
  @Test func pythonMessagesKeepProseWords() throws {
    let cdk = APIPackageIndex.cdk
    let field = try #require(cdk.type("AccessLogField", module: "aws_apigateway")?.members.first { $0.name == "contextAccountId" })
    #expect(field.deprecatedPython == "Use `context_caller_account_id` or `context_owner_account_id` instead")
    let escapes = [" or_ ", " and_ ", " is_ ", " with_ ", " not_ ", " in_ ", " for_ "]
    for index in [APIPackageIndex.cdk, APIPackageIndex.pulumi] {
      let text = String(decoding: index.bytes, as: UTF8.self)
      for line in text.split(separator: "\n") where line.hasPrefix("T\t") || line.hasPrefix("m\t") {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        let prose = fields.dropFirst(line.hasPrefix("T") ? 3 : 4).prefix(3).joined(separator: " ")
        #expect(!escapes.contains { prose.contains($0) }, "\(line.prefix(160))")
        #expect(!(fields.count > 6 && fields[line.hasPrefix("T") ? 4 : 5].hasPrefix("- ")), "\(line.prefix(160))")
      }
    }
    let keyName = try #require(cdk.flattenedProps(of: "aws_ec2:InstanceProps").props.first { $0.name == "keyName" })
    #expect(keyName.deprecatedTypeScript.hasPrefix("Use `keyPair`"))
    #expect(keyName.deprecatedPython.hasPrefix("Use `key_pair`"))
  }

  /// pulumi-aws writes some messages with TypeScript names and some with Terraform's singular block names.
  @Test func pulumiMessagesUseTheLanguagesNames() throws {
    let instance = try #require(APIPackageIndex.pulumi.type("Instance", module: "ec2"))
    let groups = try #require(instance.members.first { $0.name == "securityGroups" })
    #expect(groups.deprecatedTypeScript.contains("`securityGroups`"))
    #expect(groups.deprecation(in: .python)?.contains("`security_groups`") == true)
    #expect(groups.deprecation(in: .python)?.contains("`vpc_security_group_ids`") == true)
    let interfaces = try #require(instance.members.first { $0.name == "networkInterfaces" })
    #expect(interfaces.deprecatedTypeScript.hasPrefix("networkInterfaces is deprecated"))
    #expect(interfaces.deprecatedTypeScript.contains("primaryNetworkInterface"))
    #expect(interfaces.deprecation(in: .python)?.hasPrefix("network_interfaces is deprecated") == true)
    #expect(interfaces.deprecation(in: .python)?.contains("primary_network_interface") == true)
  }
}
