import aws_cdk as cdk
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_cognito_identitypool as identitypool
from constructs import Construct


class CustomerIdentity(Construct):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        cognito.UserPool(
            self,
            "Customers",
            mfa=cognito.Mfa.REQUIRED,
            mfa_second_factor=cognito.MfaSecondFactor(sms=False, otp=True),
            feature_plan=cognito.FeaturePlan.PLUS,
        )
        identitypool.IdentityPool(self, "CustomerIdentities", allow_unauthenticated_identities=True)


class PoolsStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        cognito.UserPool(self, "PlainPool")

        weak = cognito.PasswordPolicy(min_length=6, require_symbols=False)
        cognito.UserPool(self, "WeakPool", password_policy=weak, mfa=cognito.Mfa.OPTIONAL,
                         mfa_second_factor=cognito.MfaSecondFactor(sms=False, otp=True))

        cognito.UserPool(
            self,
            "StrictPool",
            password_policy=cognito.PasswordPolicy(min_length=12),
            mfa=cognito.Mfa.REQUIRED,
            mfa_second_factor=cognito.MfaSecondFactor(sms=False, otp=True),
            feature_plan=cognito.FeaturePlan.PLUS,
        )

        identitypool.IdentityPool(self, "Identities")
        cognito.CfnIdentityPool(self, "RawOpenIdentities", allow_unauthenticated_identities=True)
        cognito.CfnIdentityPool(self, "RawClosedIdentities", allow_unauthenticated_identities=False)

        CustomerIdentity(self, "Customer")


app = cdk.App()
PoolsStack(app, "PoolsStack")
app.synth()
