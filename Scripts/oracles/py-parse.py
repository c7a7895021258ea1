#!/usr/bin/env python3
"""Parses Python with CPython's own parser (`ast.parse`) and prints its syntax errors.

    python3 Scripts/oracles/py-parse.py FILE...     # one line per error: FILE:LINE:COLUMN: message
    python3 Scripts/oracles/py-parse.py --batch     # stdin: a JSON array of {"name", "text"}; stdout: a JSON
                                                    # array of {"name", "errors": ["LINE:COLUMN: message"]}

Exit status: 0 when every input parses, 1 when one has errors.
"""
import ast
import json
import sys
import warnings


def errors(name, text):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ast.parse(text, filename=name)
    except SyntaxError as error:
        return ["%s:%s: %s" % (error.lineno, error.offset, error.msg)]
    except ValueError as error:  # NUL bytes
        return ["1:1: %s" % error]
    return []


def main(args):
    if args[:1] == ["--batch"]:
        inputs = json.load(sys.stdin)
        json.dump([{"name": i["name"], "errors": errors(i["name"], i["text"])} for i in inputs], sys.stdout)
        return 0
    failed = False
    for path in args or ["/dev/stdin"]:
        with open(path, encoding="utf-8", errors="surrogateescape") as handle:
            for error in errors(path, handle.read()):
                print("%s:%s" % (path, error))
                failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
