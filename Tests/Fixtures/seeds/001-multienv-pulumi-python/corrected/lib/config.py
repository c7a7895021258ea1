"""Environment-specific settings."""

ENVIRONMENTS = {
    "dev": {"read_capacity": 5, "write_capacity": 5, "enable_pitr": False, "s3_log_retention_days": 7},
    "staging": {"read_capacity": 10, "write_capacity": 10, "enable_pitr": True, "s3_log_retention_days": 30},
    "prod": {"read_capacity": 50, "write_capacity": 50, "enable_pitr": True, "s3_log_retention_days": 90},
}


def get_env_config(environment: str) -> dict:
    return ENVIRONMENTS.get(environment, ENVIRONMENTS["dev"])
