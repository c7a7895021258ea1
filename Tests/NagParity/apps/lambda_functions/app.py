import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from constructs import Construct

CODE = lambda_.Code.from_inline("def handler(event, context):\n    return None\n")


class Handlers(Construct):
    def __init__(self, scope: Construct, construct_id: str) -> None:
        super().__init__(scope, construct_id)
        lambda_.Function(self, "Current", runtime=lambda_.Runtime.PYTHON_3_14, handler="index.handler", code=CODE)
        lambda_.Function(self, "Legacy", runtime=lambda_.Runtime.PYTHON_3_9, handler="index.handler", code=CODE)


class FunctionsStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        lambda_.Function(self, "OldPython", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler", code=CODE)
        lambda_.Function(self, "NewPython", runtime=lambda_.Runtime.PYTHON_3_14, handler="index.handler", code=CODE)

        node = lambda_.Runtime.NODEJS_20_X
        lambda_.Function(
            self, "OldNode", runtime=node, handler="index.handler", code=lambda_.Code.from_inline("exports.handler=1")
        )
        lambda_.Function(
            self,
            "NewNode",
            runtime=lambda_.Runtime.NODEJS_24_X,
            handler="index.handler",
            code=lambda_.Code.from_inline("exports.handler=1"),
        )

        # A queue used as a function's dead-letter queue: SQS3 passes for it.
        dlq = sqs.Queue(self, "FunctionDlq", enforce_ssl=True)
        lambda_.Function(
            self,
            "WithDlq",
            runtime=lambda_.Runtime.PYTHON_3_14,
            handler="index.handler",
            code=CODE,
            dead_letter_queue=dlq,
        )

        Handlers(self, "Workers")


app = cdk.App()
FunctionsStack(app, "FunctionsStack")
app.synth()
