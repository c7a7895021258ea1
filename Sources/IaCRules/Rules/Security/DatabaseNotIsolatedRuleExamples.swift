import IaCModel
extension DatabaseNotIsolatedRule {
  static let documentation = """
    ## What it does
    Finds RDS and Aurora databases (`rds.DatabaseCluster`, `rds.DatabaseInstance`, `rds.ServerlessCluster`, an
    `rds.SubnetGroup`) placed in `PRIVATE_WITH_EGRESS`, `PRIVATE_WITH_NAT` or `PUBLIC` subnets through
    `vpc_subnets=ec2.SubnetSelection(subnet_type=...)` (`vpcSubnets: { subnetType: ... }` in TypeScript), and
    databases made reachable from the internet with `publicly_accessible=True` (CDK, Pulumi `aws.rds.Instance`,
    CDK for Terraform `DbInstance`).

    A database in `PUBLIC` subnets or marked publicly accessible is reported as an error; one in subnets with a
    NAT route as a warning. A database whose `vpc_subnets` is left out is not reported: CDK then picks private
    subnets, and which kind depends on the VPC.

    ## Why is this bad?
    A database needs no route to the internet. In subnets with a NAT gateway it can open connections out (an
    easy path for data to leave if it is compromised) and shares a tier with application hosts; in public
    subnets, CDK also gives it a public address. Isolated subnets keep the data tier reachable only from inside
    the VPC, which is what reviews of systems that hold financial or personal data expect.

    ## Example
    ```python
    db_cluster = rds.DatabaseCluster(
        self,
        "Database",
        engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_15_4),
        vpc=vpc,
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
    )
    ```

    Use instead:
    ```python
    vpc = ec2.Vpc(
        self,
        "Vpc",
        subnet_configuration=[
            ec2.SubnetConfiguration(name="Public", subnet_type=ec2.SubnetType.PUBLIC, cidr_mask=24),
            ec2.SubnetConfiguration(name="Private", subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS, cidr_mask=24),
            ec2.SubnetConfiguration(name="Isolated", subnet_type=ec2.SubnetType.PRIVATE_ISOLATED, cidr_mask=24),
        ],
    )
    db_cluster = rds.DatabaseCluster(
        self,
        "Database",
        engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_15_4),
        vpc=vpc,
        vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
    )
    ```

    ## References
    - [Scenarios for accessing a DB instance in a VPC (Amazon RDS User Guide)](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.Scenarios.html)
    - [Working with a DB instance in a VPC (Amazon RDS User Guide)](https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html)
    - [`SubnetType` (AWS CDK API reference)](https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_ec2.SubnetType.html)
    """

  static let triggering: [Example] = [
    Example("""
      from aws_cdk import aws_ec2 as ec2, aws_rds as rds

      db_cluster = rds.DatabaseCluster(
          self,
          f"Database{environment_suffix}",
          engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_15_4),
          writer=rds.ClusterInstance.serverless_v2("writer"),
          vpc=vpc,
          vpc_subnets=ec2.SubnetSelection(subnet_type=↓ec2.SubnetType.PRIVATE_WITH_EGRESS),
          storage_encryption_key=rds_kms_key,
      )
      """),
    Example("""
      from aws_cdk import aws_ec2 as ec2, aws_rds as rds

      db_subnets = ec2.SubnetSelection(subnet_type=↓ec2.SubnetType.PUBLIC)
      database = rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, vpc_subnets=db_subnets)
      """),
    Example("""
      from aws_cdk.aws_ec2 import SubnetSelection, SubnetType
      from aws_cdk import aws_rds

      tier = SubnetType.PRIVATE_WITH_NAT
      aws_rds.ServerlessCluster(self, "Db", vpc_subnets=SubnetSelection(subnet_type=↓tier), engine=engine, vpc=vpc)
      """),
    Example("""
      import * as ec2 from 'aws-cdk-lib/aws-ec2';
      import * as rds from 'aws-cdk-lib/aws-rds';

      const cluster = new rds.DatabaseCluster(this, 'Database', {
        engine,
        vpc,
        vpcSubnets: { subnetType: ↓ec2.SubnetType.PRIVATE_WITH_EGRESS },
      });
      """),
    Example("""
      import { aws_ec2 as ec2, aws_rds as rds } from 'aws-cdk-lib';

      const selection: ec2.SubnetSelection = { subnetType: ↓ec2.SubnetType.PUBLIC };
      new rds.DatabaseInstance(this, 'Db', { engine, vpc, vpcSubnets: selection, ↓publiclyAccessible: true });
      """),
    Example("""
      from aws_cdk import aws_rds as rds

      database = rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, ↓publicly_accessible=True)
      """),
    Example("""
      import pulumi_aws as aws

      db = aws.rds.Instance(
          "orders-db",
          engine="postgres",
          instance_class="db.t3.micro",
          ↓publicly_accessible=True,
      )
      """),
    Example("""
      import * as aws from "@pulumi/aws";

      const db = new aws.rds.Instance("orders", { engine: "postgres", instanceClass: "db.t3.micro", ↓publiclyAccessible: true });
      """),
    Example("""
      import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";

      new DbInstance(this, "db", { engine: "mysql", ↓publiclyAccessible: true });
      """),
    Example("""
      from aws_cdk import aws_rds as rds

      cluster = rds.DatabaseCluster(self, "Db", engine=engine, vpc=vpc,
          writer=rds.ClusterInstance.provisioned("writer", ↓publicly_accessible=True),
          readers=[rds.ClusterInstance.serverless_v2("reader")])
      """),
    Example("""
      import * as rds from 'aws-cdk-lib/aws-rds';

      new rds.DatabaseCluster(this, 'Db', { engine, vpc, writer: rds.ClusterInstance.provisioned('writer', { ↓publiclyAccessible: true }) });
      """),
  ]

  static let nonTriggering: [Example] = [
    Example("""
      from aws_cdk import aws_ec2 as ec2, aws_rds as rds

      db_cluster = rds.DatabaseCluster(
          self,
          f"Database{environment_suffix}",
          engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_15_4),
          writer=rds.ClusterInstance.serverless_v2("writer"),
          vpc=vpc,
          vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_ISOLATED),
          storage_encryption_key=rds_kms_key,
          removal_policy=RemovalPolicy.DESTROY,
      )
      """),
    Example("""
      from aws_cdk import aws_ec2 as ec2, aws_rds as rds

      # vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC) would expose it
      database = rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc)
      note = "vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC)"
      """),
    Example("""
      from aws_cdk import aws_ec2 as ec2, aws_ecs as ecs, aws_rds as rds

      service = ecs.FargateService(
          self,
          "Service",
          cluster=cluster,
          task_definition=task_definition,
          vpc_subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS),
      )
      proxy = rds.DatabaseInstance(self, "Db", engine=engine, vpc=vpc, publicly_accessible=False)
      """),
    Example("""
      class DatabaseCluster:
          def __init__(self, vpc_subnets=None):
              self.vpc_subnets = vpc_subnets

      cluster = DatabaseCluster(vpc_subnets=SubnetSelection(subnet_type=SubnetType.PUBLIC))
      """),
    Example("""
      import * as ec2 from 'aws-cdk-lib/aws-ec2';
      import * as rds from 'aws-cdk-lib/aws-rds';

      const cluster = new rds.DatabaseCluster(this, 'Database', {
        engine,
        vpc,
        vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      });
      const lambdaSubnets = { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS };
      """),
    Example("""
      import pulumi_aws as aws

      db = aws.rds.Instance("orders-db", engine="postgres", instance_class="db.t3.micro", publicly_accessible=False)
      bucket = aws.s3.BucketV2("assets", tags={"publicly_accessible": "True"})
      """),
  ]
}
