import aws_cdk as cdk
from aws_cdk import aws_logs as logs
from aws_cdk import aws_stepfunctions as sfn
from constructs import Construct


class Workflows(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, log_group: logs.ILogGroup) -> None:
        super().__init__(scope, construct_id)
        sfn.StateMachine(
            self,
            "Traced",
            definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(self, "TracedStart")),
            tracing_enabled=True,
            logs=sfn.LogOptions(destination=log_group, level=sfn.LogLevel.ALL),
        )


class MachinesStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        group = logs.LogGroup(self, "MachineLogs")

        sfn.StateMachine(
            self, "PlainMachine", definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(self, "PlainStart"))
        )

        errors_only = sfn.LogOptions(destination=group)
        sfn.StateMachine(
            self,
            "ErrorLogMachine",
            definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(self, "ErrorStart")),
            logs=errors_only,
            tracing_enabled=False,
        )

        sfn.StateMachine(
            self,
            "FullLogMachine",
            definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(self, "FullStart")),
            logs=sfn.LogOptions(destination=group, level=sfn.LogLevel.ALL, include_execution_data=True),
            tracing_enabled=True,
        )

        Workflows(self, "Flows", log_group=group)


app = cdk.App()
MachinesStack(app, "MachinesStack")
app.synth()
