"""Synthesizes CDK Python apps with cdk-nag's AWS Solutions pack and prints its findings as JSON.

Usage: python nag_oracle.py OUTDIR APP_DIR...   (writes OUTDIR/findings.json)

Each APP_DIR holds an app.py that builds a `cdk.App()` and calls `app.synth()`. The apps run in this one process
(the jsii runtime starts once); each gets its own output directory under OUTDIR and the context of its cdk.json.
cdk-nag 3 is a validation plugin: it is added with `Validations.of(app).add_plugins(AwsSolutionsChecks(app))` just
before synthesis, which then raises when there are findings and writes validation-report.json. The findings of
every app are written to OUTDIR/findings.json as one JSON object:
{app: {"findings": [{"rule", "path", "level"}...], "constructs": [every construct path of the tree]}}.
"""

import glob
import json
import os
import runpy
import sys
import traceback

import aws_cdk as cdk
from cdk_nag import AwsSolutionsChecks

_current = {}
_original_init = cdk.App.__init__
_original_synth = cdk.App.synth


def _init(self, **kwargs):
    kwargs.setdefault("outdir", _current["outdir"])
    context = dict(_current.get("context", {}))
    context.update(kwargs.get("context") or {})
    kwargs["context"] = context
    _original_init(self, **kwargs)


def _synth(self, **kwargs):
    cdk.Validations.of(self).add_plugins(AwsSolutionsChecks(self))
    try:
        return _original_synth(self, **kwargs)
    except Exception as error:  # findings make the synthesis fail; the report says what they are
        _current["synth_error"] = str(error)
        return None


cdk.App.__init__ = _init
cdk.App.synth = _synth


def run(app_dir, outdir):
    os.makedirs(outdir, exist_ok=True)
    _current["outdir"] = outdir
    try:
        with open(os.path.join(app_dir, "cdk.json")) as f:
            _current["context"] = json.load(f).get("context", {})
    except (OSError, ValueError):
        _current["context"] = {}
    cwd = os.getcwd()
    os.chdir(app_dir)
    sys.path.insert(0, app_dir)
    try:
        runpy.run_path(os.path.join(app_dir, "app.py"), run_name="__main__")
    finally:
        sys.path.remove(app_dir)
        os.chdir(cwd)
    reports = glob.glob(os.path.join(outdir, "**", "validation-report.json"), recursive=True)
    findings = []
    for report in sorted(reports):
        with open(report) as f:
            findings.extend(_findings(json.load(f)))
    constructs = []
    try:
        with open(os.path.join(outdir, "tree.json")) as f:
            _walk(json.load(f).get("tree", {}), constructs)
    except (OSError, ValueError):
        pass
    return {"findings": findings, "constructs": constructs}


def _walk(node, out):
    path = node.get("path")
    if path:
        out.append(path)
    for child in (node.get("children") or {}).values():
        _walk(child, out)


def _findings(report):
    for plugin in report.get("pluginReports", []):
        if plugin.get("pluginName") != "AwsSolutions":
            continue
        for violation in plugin.get("violations", []):
            for construct in violation.get("violatingConstructs", []):
                yield {
                    "rule": violation["ruleName"],
                    "path": construct["constructPath"],
                    "level": violation.get("severity", ""),
                }


def main():
    outroot, apps = sys.argv[1], sys.argv[2:]
    result = {}
    for app_dir in apps:
        name = os.path.basename(os.path.normpath(app_dir))
        try:
            result[name] = run(os.path.abspath(app_dir), os.path.join(outroot, name))
        except Exception:  # an app that fails to synthesize is reported, the others still run
            result[name] = {"error": traceback.format_exc(limit=3)}
    with open(os.path.join(outroot, "findings.json"), "w") as f:
        json.dump(result, f, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
