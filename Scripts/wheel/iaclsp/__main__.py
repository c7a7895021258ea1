import os
import sys

from iaclsp._find import find_iaclsp_bin


def main() -> None:
    binary = find_iaclsp_bin()
    # Replace this process, so that exit status, signals and standard streams are the binary's own.
    os.execv(binary, [binary, *sys.argv[1:]])


if __name__ == "__main__":
    main()
