import aws_cdk as cdk

from stacks.compute_stack import ComputeStack
from stacks.storage_stack import StorageStack

app = cdk.App()
stage = "dev"
StorageStack(app, f"Storage-{stage}")
StorageStack(app, "StorageProd")
ComputeStack(app, "ComputeProd")
app.synth()
