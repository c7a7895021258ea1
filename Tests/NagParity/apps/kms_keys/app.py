import aws_cdk as cdk
from aws_cdk import aws_kms as kms
from constructs import Construct


class KeyRing(Construct):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        kms.Key(self, "Rotating", enable_key_rotation=True)
        kms.Key(self, "Static")


class KeysStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        kms.Key(self, "PlainKey")
        kms.Key(self, "RotatedKey", enable_key_rotation=True)
        rotate = False
        kms.Key(self, "NotRotatedKey", enable_key_rotation=rotate, description="no rotation")
        # Asymmetric keys cannot rotate; KMS5 does not apply.
        kms.Key(self, "SigningKey", key_spec=kms.KeySpec.RSA_2048, key_usage=kms.KeyUsage.SIGN_VERIFY)
        KeyRing(self, "Ring")


app = cdk.App()
KeysStack(app, "KeysStack")
app.synth()
