"""iaclsp: a language server and checker for infrastructure-as-code written as programs.

The wheel installs the `iaclsp` executable into the environment's scripts directory; this package only finds it,
so that `python -m iaclsp` works where the scripts directory is not on PATH.
"""

from iaclsp._find import find_iaclsp_bin

__all__ = ["find_iaclsp_bin"]
