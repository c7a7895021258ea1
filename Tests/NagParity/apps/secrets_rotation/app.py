import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as secretsmanager
from constructs import Construct


class ServiceCredentials(Construct):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        secret = secretsmanager.Secret(self, "Credential")
        secret.add_rotation_schedule(
            "CredentialRotation",
            hosted_rotation=secretsmanager.HostedRotation.mysql_single_user(),
            automatically_after=cdk.Duration.days(30),
        )


class ApiKeys(Construct):
    """A secret nothing rotates, inside a custom construct (SMG4)."""

    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        secretsmanager.Secret(self, "PartnerKey", description="partner api key")


class SecretsStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        secretsmanager.Secret(self, "PlainSecret")

        rotated = secretsmanager.Secret(self, "RotatedSecret")
        rotated.add_rotation_schedule("Rotation", hosted_rotation=secretsmanager.HostedRotation.postgre_sql_single_user())

        separate = secretsmanager.Secret(self, "SeparatelyRotatedSecret")
        secretsmanager.RotationSchedule(
            self,
            "SeparateRotation",
            secret=separate,
            hosted_rotation=secretsmanager.HostedRotation.mysql_single_user(),
            automatically_after=cdk.Duration.days(7),
        )

        ServiceCredentials(self, "Service")
        ApiKeys(self, "Keys")

        # L1 secrets: one rotated through a CfnRotationSchedule, one not.
        raw = secretsmanager.CfnSecret(self, "RawSecret", generate_secret_string={"password_length": 32})
        secretsmanager.CfnRotationSchedule(
            self, "RawRotation", secret_id=raw.ref,
            rotation_rules=secretsmanager.CfnRotationSchedule.RotationRulesProperty(automatically_after_days=30),
            hosted_rotation_lambda=secretsmanager.CfnRotationSchedule.HostedRotationLambdaProperty(
                rotation_type="MySQLSingleUser"),
        )
        secretsmanager.CfnSecret(self, "UnrotatedRawSecret", generate_secret_string={"password_length": 32})


app = cdk.App()
SecretsStack(app, "SecretsStack")
app.synth()
