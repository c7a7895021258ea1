from aws_cdk import Stack
from constructs import Construct

from lib.portfolio_stack import PortfolioStack


class TapStack(Stack):
    """Orchestrates the portfolio platform as a nested stack."""

    def __init__(self, scope: Construct, construct_id: str, environment_suffix: str = "dev", **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        self.portfolio = PortfolioStack(self, "Portfolio", env_suffix=environment_suffix)
