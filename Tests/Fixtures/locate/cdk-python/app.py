import aws_cdk as cdk

from stacks.storage_stack import StorageStack

app = cdk.App()
stage = "dev"
StorageStack(app, f"Storage-{stage}")
StorageStack(app, "StorageProd")
app.synth()
