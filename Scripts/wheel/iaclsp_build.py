"""A PEP 517 build backend for `pip install <checkout>` (and so for pre-commit's `language: python` hooks): it
builds the iaclsp wheel with Scripts/build-wheel, which needs Swift and libcmark-dev. With IACLSP_BINARY set to a
built `iaclsp` executable (linked as Scripts/build-wheel links it), that binary is packed instead.
"""

import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    command = [os.path.join(ROOT, "Scripts", "build-wheel"), "--out", os.path.abspath(wheel_directory)]
    binary = os.environ.get("IACLSP_BINARY")
    if binary:
        command += ["--binary", binary]
    output = subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.PIPE, text=True).stdout
    return os.path.basename(output.strip().splitlines()[-1])


def get_requires_for_build_wheel(config_settings=None):
    return []
