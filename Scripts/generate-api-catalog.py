#!/usr/bin/env python3
"""Generate iaclsp's API catalogue from the published aws-cdk-lib, pulumi-aws and CDKTF AWS provider packages.

Maintainers run this when new packages are published; users never do. The packages are read as data: the jsii
assemblies inside the aws-cdk-lib and cdktf-cdktf-provider-aws wheels, and the generated Python SDK of pulumi-aws
as source text. No code from any package is imported or run. The output is deterministic: the same wheels give
the same bytes.

    pip download --no-deps aws-cdk-lib==2.275.0 -d /tmp/pkgs
    pip download --no-deps pulumi-aws==7.51.1 -d /tmp/pkgs
    pip download --no-deps 'pulumi-aws<7' -d /tmp/pkgs          # the previous major, for `deprecated since`
    pip download --no-deps cdktf-cdktf-provider-aws==21.22.1 -d /tmp/pkgs
    python3 Scripts/generate-api-catalog.py \\
        --cdk /tmp/pkgs/aws_cdk_lib-2.275.0-py3-none-any.whl \\
        --pulumi /tmp/pkgs/pulumi_aws-7.51.1-py3-none-any.whl \\
        --pulumi-previous /tmp/pkgs/pulumi_aws-6.83.4-py3-none-any.whl \\
        --cdktf /tmp/pkgs/cdktf_cdktf_provider_aws-21.22.1-py3-none-any.whl

It writes Sources/IaCCatalogData/{CDK,Pulumi,CDKTF}CatalogTable.swift. The format, one record a line, fields
separated by tabs (empty when absent), is read by `APIPackageIndex` in Sources/IaCModel/Catalog:

    M  key  python-module  typescript-import  summary
    T  kind  name  summary  deprecated-ts  deprecated-py  replacement  since  params  props  bases  url
    m  kind  name  python-name  summary  deprecated-ts  deprecated-py  replacement  since
    n  kind  name  name  …                 (members with nothing but a name)

`T` records belong to the `M` before them, `m` and `n` records to the `T` before them. Type kinds: `c` class, `s` struct
(a jsii data type; Python calls it with keyword arguments), `i` interface, `e` enum, `r` Pulumi resource. Member
kinds: `e` enum member, `k` static constant, `s` static method, `p` prop. `python-name` is empty when it is what
`APICatalogTable.snakeCase` gives. `replacement` names a sibling that takes the same arguments (a safe rename).
`since` is the major version in which a deprecation appeared, when it is newer than the previous major given.
`params` lists the initializer's parameter names (`*` when it cannot be known), `props` the struct (`module:Name`)
its last parameter is, flattened into Python keyword arguments, `bases` a struct's parent structs (`?` for one
outside the package).
"""
import argparse
import gzip
import io
import json
import os
import re
import tarfile
import zipfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
KNOWLEDGE = os.path.join(ROOT, "Sources", "IaCCatalogData")
SUMMARY_LIMIT = 200
# L1 (`Cfn*`) members and CDKTF config props repeat what their reference pages say; their summaries are left out
# to keep the catalogue small (types keep theirs).
MEMBER_SUMMARY_LIMIT = 120

# --- shared helpers -------------------------------------------------------------------------------------------


def snake_case(name):
    """The Python name jsii gives a camelCase name; `APICatalogTable.snakeCase` in Swift is the same function."""
    if not name or not name[0].islower() and not name[0] == "_":
        return name
    out = []
    for i, ch in enumerate(name):
        if ch.isupper():
            prev = name[i - 1] if i > 0 else ""
            nxt = name[i + 1] if i + 1 < len(name) else ""
            if i > 0 and (prev.islower() or prev.isdigit() or (prev.isupper() and nxt.islower())):
                out.append("_")
            out.append(ch.lower())
        else:
            out.append(ch)
    return "".join(out)


def camel_case(name):
    parts = name.split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def clean(text, limit=None):
    text = re.sub(r"\{@link\s+(\S+)\s+([^}]+)\}", r"\2", text or "")
    text = re.sub(r"\{@link\s+([^}]+)\}", r"\1", text)
    text = " ".join(text.split())
    if limit and len(text) > limit:
        cut = text[:limit]
        text = cut[: cut.rfind(" ")] + "…" if " " in cut else cut + "…"
    return text


def record(*fields):
    for field in fields:
        assert "\t" not in field and "\n" not in field, field
    return "\t".join(fields).rstrip("\t")


def load_assembly(wheel, prefix):
    name = next(n for n in wheel.namelist() if n.startswith(prefix) and n.endswith(".jsii.tgz"))
    with tarfile.open(fileobj=io.BytesIO(wheel.read(name)), mode="r:gz") as archive:
        manifest = json.load(archive.extractfile("package/.jsii"))
        if manifest.get("schema") == "jsii/file-redirect":
            data = archive.extractfile("package/" + manifest["filename"]).read()
            if manifest.get("compression") == "gzip":
                data = gzip.decompress(data)
            manifest = json.loads(data)
        package_json = json.load(archive.extractfile("package/package.json"))
    return manifest, package_json


MAPPING = re.compile(r'"([A-Za-z_0-9]+)": "([A-Za-z_0-9]+)"')
MEMBER = re.compile(r'@jsii\.member\(jsii_name="([A-Za-z_0-9]+)"\)\s*\n(?:\s*@[\w.]+\s*\n)*\s*def ([A-Za-z_0-9]+)\(')


def python_names(wheel, package_dir):
    """jsii name → Python name, harvested from the generated Python sources (`name_mapping`, `@jsii.member`)."""
    names = {}
    for member in sorted(wheel.namelist()):
        if not (member.startswith(package_dir + "/") and member.endswith("__init__.py")):
            continue
        text = wheel.read(member).decode("utf-8")
        for block in re.finditer(r"name_mapping=\{(.*?)\}", text, re.S):
            for python, jsii in MAPPING.findall(block.group(1)):
                names.setdefault(jsii, python)
        for jsii, python in MEMBER.findall(text):
            names.setdefault(jsii, python)
    return names


def python_field(name, names):
    python = names.get(name, snake_case(name))
    return "" if python == snake_case(name) else python


IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")


def render_python(message, names):
    """The message with each camelCase member name the package knows in its Python spelling."""

    def replace(match):
        parts = match.group(0).split(".")
        return ".".join(names.get(p, p) if p[:1].islower() and p in names else p for p in parts)

    return IDENTIFIER.sub(replace, message)


def candidates(message):
    """Names a deprecation message points to as the replacement (`Use \\`x\\` instead`, `use x instead`)."""
    quoted = re.findall(r"``?([A-Za-z_][\w.]*)(?:\(\))?``?", message)
    if quoted:
        return quoted
    match = re.search(r"\b(?:[Uu]se|[Rr]eplaced by|in favou?r of)\s+([A-Za-z_][\w.]*)(,| and | or )?", message)
    # `use a, b` or `use a or b` names more than one replacement: none of them is a plain rename.
    return [match.group(1)] if match and not match.group(2) else []


# --- aws-cdk-lib ----------------------------------------------------------------------------------------------


class JsiiPackage:
    def __init__(self, assembly, names):
        self.assembly = assembly
        self.types = assembly["types"]
        self.prefix = assembly["name"] + "."
        self.names = names
        self.submodules = sorted((k[len(self.prefix):] for k in assembly.get("submodules", {})), key=len, reverse=True)

    def module_of(self, fqn):
        rest = fqn[len(self.prefix):]
        for key in self.submodules:
            if rest.startswith(key + "."):
                return key, rest[len(key) + 1:]
        return "", rest

    def ref(self, fqn):
        if not fqn.startswith(self.prefix):
            return "?"
        module, name = self.module_of(fqn)
        return module + ":" + name

    def is_struct(self, fqn):
        declaration = self.types.get(fqn)
        return bool(declaration and declaration["kind"] == "interface" and declaration.get("datatype"))

    def flattened_props(self, fqn, seen=None):
        seen = seen if seen is not None else set()
        declaration = self.types.get(fqn)
        if declaration is None or fqn in seen:
            return {}
        seen.add(fqn)
        props = {}
        for parent in declaration.get("interfaces", []):
            props.update(self.flattened_props(parent, seen))
        for prop in declaration.get("properties", []):
            props[prop["name"]] = prop
        return props

    def same_type(self, a, b, depth=0):
        if a == b:
            return True
        if depth > 2 or not (isinstance(a, dict) and isinstance(b, dict) and "fqn" in a and "fqn" in b):
            return False
        if not (self.is_struct(a["fqn"]) and self.is_struct(b["fqn"])):
            return False
        pa, pb = self.flattened_props(a["fqn"]), self.flattened_props(b["fqn"])
        return pa.keys() == pb.keys() and all(
            self.same_type(pa[k].get("type"), pb[k].get("type"), depth + 1) and pa[k].get("optional") == pb[k].get("optional")
            for k in pa)

    def same_parameters(self, a, b):
        a, b = a or [], b or []
        return len(a) == len(b) and all(
            self.same_type(x.get("type"), y.get("type")) and x.get("optional") == y.get("optional")
            and x.get("variadic") == y.get("variadic") for x, y in zip(a, b))

    def deprecation(self, docs):
        if "deprecated" not in docs:
            return "", ""
        message = clean(docs["deprecated"]) or "deprecated"
        python = render_python(message, self.names)
        return message, ("" if python == message else python)

    def replacement(self, message, siblings, matches):
        """The one sibling the message names that `matches` (same arguments), or ""."""
        found = set()
        for candidate in candidates(message):
            name = candidate.split(".")[-1]
            if name in siblings and matches(siblings[name]):
                found.add(name)
        return found.pop() if len(found) == 1 else ""

    def initializer(self, declaration):
        """(params field, props field) for a class's initializer."""
        initializer = declaration.get("initializer")
        if initializer is None:
            return "", ""
        parameters = initializer.get("parameters", [])
        if any(p.get("variadic") for p in parameters):
            return "*", ""
        names = ",".join(p["name"] for p in parameters)
        props = ""
        if parameters:
            last = parameters[-1].get("type", {})
            if "fqn" in last and self.is_struct(last["fqn"]):
                props = self.ref(last["fqn"])
        return names or "-", props

    def type_records(self, fqn, declaration, url="", statics=True, member_summaries=True):
        kind = declaration["kind"]
        docs = declaration.get("docs", {})
        deprecated_ts, deprecated_py = self.deprecation(docs)
        code = {"class": "c", "enum": "e"}.get(kind) or ("s" if declaration.get("datatype") else "i")
        module, name = self.module_of(fqn)
        params = props = bases = replacement = ""
        if code == "c":
            params, props = self.initializer(declaration)
            if deprecated_ts:
                siblings = {t["name"]: t for f, t in self.types.items()
                            if t["kind"] == "class" and self.module_of(f)[0] == module and f != fqn}
                mine = (declaration.get("initializer") or {}).get("parameters")
                replacement = self.replacement(
                    docs["deprecated"], siblings,
                    lambda other: "initializer" in other and "initializer" in declaration
                    and self.same_parameters(mine, other["initializer"].get("parameters")))
        if code == "s":
            bases = ",".join(self.ref(parent) for parent in declaration.get("interfaces", []))
        summary = "" if code == "s" and name.startswith("Cfn") else clean(docs.get("summary"), SUMMARY_LIMIT)
        lines = [record("T", code, name, summary, deprecated_ts, deprecated_py,
                        replacement, "", params, props, bases, url)]
        members = []
        if kind == "enum":
            values = {m["name"]: m for m in declaration.get("members", [])}
            for member in declaration.get("members", []):
                members.append(("e", member, self.replacement_for(member, values, lambda other: True)))
        if kind == "class" and statics:
            statics = {p["name"]: p for p in declaration.get("properties", []) if p.get("static")}
            for prop in declaration.get("properties", []):
                if prop.get("static"):
                    members.append(("k", prop, self.replacement_for(
                        prop, statics, lambda other, prop=prop: other.get("type") == prop.get("type"))))
            methods = {m["name"]: m for m in declaration.get("methods", []) if m.get("static")}
            for method in declaration.get("methods", []):
                if method.get("static"):
                    members.append(("s", method, self.replacement_for(
                        method, methods, lambda other, method=method: self.same_parameters(
                            method.get("parameters"), other.get("parameters"))
                        and other.get("returns") == method.get("returns"))))
        if code == "s":
            flattened = self.flattened_props(fqn)
            for prop in declaration.get("properties", []):
                members.append(("p", prop, self.replacement_for(
                    prop, flattened, lambda other, prop=prop: other.get("type") == prop.get("type")
                    and other["name"] != prop["name"])))
        plain = {}
        for member_kind, member, member_replacement in sorted(members, key=lambda m: (m[0], m[1]["name"])):
            member_docs = member.get("docs", {})
            ts, py = self.deprecation(member_docs)
            level_one = name.startswith("Cfn")
            summary = clean(member_docs.get("summary"), MEMBER_SUMMARY_LIMIT) if member_summaries and not level_one else ""
            fields = record("m", member_kind, member["name"], python_field(member["name"], self.names), summary,
                            ts, py, member_replacement, "")
            if fields.count("\t") == 2:
                plain.setdefault(member_kind, []).append(member["name"])
            else:
                lines.append(fields)
        lines += [record("n", kind, *names) for kind, names in sorted(plain.items())]
        return lines

    def replacement_for(self, member, siblings, matches):
        docs = member.get("docs", {})
        if "deprecated" not in docs:
            return ""
        others = {k: v for k, v in siblings.items() if k != member["name"] and "deprecated" not in v.get("docs", {})}
        return self.replacement(docs["deprecated"], others, matches)


def cdk_catalogue(path):
    wheel = zipfile.ZipFile(path)
    assembly, package_json = load_assembly(wheel, "aws_cdk/_jsii/")
    package = JsiiPackage(assembly, python_names(wheel, "aws_cdk"))
    exports = package_json.get("exports", {})
    modules = {"": []}
    for key in package.submodules:
        modules[key] = []
    for fqn in sorted(package.types):
        module, _ = package.module_of(fqn)
        modules[module].append(fqn)
    lines = []
    for module in sorted(modules):
        if module:
            info = assembly["submodules"][package.prefix + module]
            python = info.get("targets", {}).get("python", {}).get("module", "")
            directory = info.get("symbolId", "").split("/index:")[0]
            typescript = ("aws-cdk-lib/" + directory) if directory and ("./" + directory) in exports else ""
            readme = info.get("readme", {}).get("markdown", "")
        else:
            python, typescript = "aws_cdk", "aws-cdk-lib"
            readme = assembly.get("readme", {}).get("markdown", "")
        title = next((line.lstrip("# ").strip() for line in readme.splitlines() if line.startswith("# ")), "")
        lines.append(record("M", module or "-", python, typescript, clean(title, SUMMARY_LIMIT)))
        for fqn in modules[module]:
            lines += package.type_records(fqn, package.types[fqn])
    return assembly["version"], lines


# --- cdktf-cdktf-provider-aws ---------------------------------------------------------------------------------

# `cdktf.TerraformMetaArguments`, the base of every resource's config, lives in the cdktf package.
TERRAFORM_META_ARGUMENTS = ["connection", "count", "dependsOn", "forEach", "lifecycle", "provider", "provisioners"]


def cdktf_catalogue(path):
    wheel = zipfile.ZipFile(path)
    assembly, _ = load_assembly(wheel, "cdktf_cdktf_provider_aws/_jsii/")
    package = JsiiPackage(assembly, python_names(wheel, "cdktf_cdktf_provider_aws"))
    bases = {"cdktf.TerraformResource", "cdktf.TerraformDataSource", "cdktf.TerraformProvider"}
    modules = {}
    for fqn in sorted(package.types):
        declaration = package.types[fqn]
        if declaration["kind"] == "class" and declaration.get("base") in bases:
            module, _ = package.module_of(fqn)
            modules.setdefault(module, []).append(fqn)
    lines = [record("M", "~cdktf", "cdktf", "cdktf", "CDK for Terraform core"),
             record("T", "s", "TerraformMetaArguments", "Meta-arguments every Terraform resource takes.")]
    lines.append(record("n", "p", *TERRAFORM_META_ARGUMENTS))
    for module in sorted(modules):
        info = assembly["submodules"][package.prefix + module]
        directory = info.get("symbolId", "").split("/index:")[0]
        typescript = "@cdktf/provider-aws/lib/" + directory[len("src/"):] if directory.startswith("src/") else ""
        python = "cdktf_cdktf_provider_aws." + snake_case(module)
        lines.append(record("M", module, python, typescript, ""))
        for fqn in modules[module]:
            declaration = package.types[fqn]
            summary = declaration.get("docs", {}).get("summary", "")
            link = re.search(r"registry\.terraform\.io/providers/hashicorp/aws/[^/]+/docs/([\w-]+/\w+)", summary)
            lines += package.type_records(fqn, declaration, url=link.group(1) if link else "", statics=False)
            _, props = package.initializer(declaration)
            if props and props != "?":
                struct_fqn = package.prefix + props.replace(":", ".")
                struct = dict(package.types[struct_fqn])
                struct["interfaces"] = [i for i in struct.get("interfaces", []) if i != "cdktf.TerraformMetaArguments"]
                struct_lines = package.type_records(struct_fqn, struct, member_summaries=False)
                parents = [package.ref(i) for i in struct["interfaces"]]
                if "cdktf.TerraformMetaArguments" in package.types[struct_fqn].get("interfaces", []):
                    parents.append("~cdktf:TerraformMetaArguments")
                fields = struct_lines[0].split("\t") + [""] * 12
                fields[10] = ",".join(parents)
                struct_lines[0] = record(*fields[:12])
                lines += struct_lines
    return assembly["version"], lines


# --- pulumi-aws -----------------------------------------------------------------------------------------------

WARN = re.compile(r'^    warnings\.warn\("""(.*?)""", DeprecationWarning\)', re.M | re.S)
DEPRECATED_GETTER = re.compile(
    r'@_utilities\.deprecated\("""(.*?)"""\)\s*\n(?:\s*@[\w.]+(?:\(.*?\))?\s*\n)*\s*def (\w+)\(', re.S)


def pulumi_sources(path):
    """{python module: {class: (summary, deprecation, args, {arg: deprecation})}} for the resource classes."""
    wheel = zipfile.ZipFile(path)
    root = wheel.read("pulumi_aws/__init__.py").decode("utf-8")
    table = re.search(r'resource_modules="""(.*?)"""', root, re.S).group(1)
    registered = {}
    for entry in json.loads(table):
        for _, class_name in entry["classes"].items():
            registered.setdefault(entry["fqn"], set()).add(class_name)
    sources = {}
    for member in sorted(wheel.namelist()):
        if not member.startswith("pulumi_aws/") or not member.endswith(".py") or member.endswith("__init__.py"):
            continue
        module = member[: member.rfind("/")].replace("/", ".")
        if module not in registered:
            continue
        text = wheel.read(member).decode("utf-8")
        for match in re.finditer(r"^class (\w+)\(pulumi\.CustomResource\):\n", text, re.M):
            name = match.group(1)
            if name not in registered[module]:
                continue
            end = text.find("\nclass ", match.end())
            body = text[match.end(): end if end >= 0 else len(text)]
            warn = WARN.match(body)
            # `aws.s3/bucketv2.BucketV2` (a type token) reads `aws.s3.BucketV2` in both languages.
            deprecation = re.sub(r"\baws\.(\w+)/\w+\.(\w+)", r"aws.\1.\2", clean(warn.group(1))) if warn else ""
            doc = re.search(r'def __init__\(__self__,\s*resource_name: str,.*?\):\n\s*"""(.*?)"""', body, re.S)
            summary = ""
            if doc:
                paragraph = doc.group(1).strip().split("\n\n")[0]
                summary = clean(re.split(r"(?<=\.)\s", " ".join(paragraph.split()), 1)[0], SUMMARY_LIMIT)
                if summary.startswith("## ") or summary.startswith(":param"):
                    summary = ""
            args_match = re.search(r"^class " + name + r"Args:\n(.*?)(?=^class |\Z)", text, re.M | re.S)
            args, deprecated_args = [], {}
            if args_match:
                header = re.search(r"def __init__\(__self__, \*,(.*?)\):", args_match.group(1), re.S)
                if header:
                    args = re.findall(r"^\s*(\w+):", header.group(1), re.M)
                for message, getter in DEPRECATED_GETTER.findall(args_match.group(1)):
                    deprecated_args[getter] = clean(message)
            sources.setdefault(module, {})[name] = (summary, deprecation, args, deprecated_args)
    return sources


def pulumi_catalogue(path, previous_path):
    current = pulumi_sources(path)
    previous = pulumi_sources(previous_path) if previous_path else None
    version = re.search(r"pulumi_aws-([\w.]+?)-py3", os.path.basename(path)).group(1)
    major = version.split(".")[0]

    def since(module, name, arg=None):
        if previous is None:
            return ""
        old = previous.get(module, {}).get(name)
        if old is None:
            return major
        deprecated = old[3].get(arg) if arg else old[1]
        return "" if deprecated else major

    def typescript(message, args):
        # Python argument names in a message in their TypeScript spelling.
        return re.sub(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b",
                      lambda m: camel_case(m.group(0)) if m.group(0) in args else m.group(0), message)

    lines = []
    for module in sorted(current):
        key = module[len("pulumi_aws."):] if module != "pulumi_aws" else "-"
        ts = "@pulumi/aws" + ("" if key == "-" else "." + key)
        lines.append(record("M", key, module, ts, ""))
        for name in sorted(current[module]):
            summary, deprecation, args, deprecated_args = current[module][name]
            arg_set = set(args)
            ts_message = typescript(deprecation, arg_set)
            lines.append(record("T", "r", name, summary, ts_message, "" if ts_message == deprecation else deprecation,
                                "", since(module, name) if deprecation else "", "resource_name,opts", "", "", ""))
            plain = []
            for arg in sorted(args):
                message = deprecated_args.get(arg, "")
                ts_message = typescript(message, arg_set)
                camel = camel_case(arg)
                fields = record("m", "p", camel, "" if snake_case(camel) == arg else arg, "",
                                ts_message, "" if ts_message == message else message, "",
                                since(module, name, arg) if message else "")
                if fields.count("\t") == 2:
                    plain.append(camel)
                else:
                    lines.append(fields)
            if plain:
                lines.append(record("n", "p", *plain))
    return version, lines


# --- output ---------------------------------------------------------------------------------------------------


def write_table(file_name, type_name, package, version, source, lines):
    body = "\n".join(lines)
    assert '"""#' not in body
    with open(os.path.join(KNOWLEDGE, file_name), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(f"// Generated by Scripts/generate-api-catalog.py from {source}. Do not edit.\n")
        handle.write(f"// The names and texts are those of the {package} API; see NOTICE for its licence.\n\n")
        handle.write("extension APICatalogTable {\n")
        handle.write(f"  /// The {package} catalogue ({len(lines)} records).\n")
        handle.write(f"  package static let {type_name} = APICatalogTable(package: \"{package}\", version: \"{version}\", text: #\"\"\"\n")
        handle.write(body)
        handle.write("\n\"\"\"#)\n}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cdk", required=True)
    parser.add_argument("--pulumi", required=True)
    parser.add_argument("--pulumi-previous")
    parser.add_argument("--cdktf", required=True)
    options = parser.parse_args()
    version, lines = cdk_catalogue(options.cdk)
    write_table("CDKCatalogTable.swift", "cdk", "aws-cdk-lib", version,
                f"the jsii assembly of aws-cdk-lib {version}", lines)
    version, lines = pulumi_catalogue(options.pulumi, options.pulumi_previous)
    previous = ""
    if options.pulumi_previous:
        previous = " (deprecations dated against " + os.path.basename(options.pulumi_previous).split("-")[1] + ")"
    write_table("PulumiCatalogTable.swift", "pulumi", "pulumi-aws", version,
                f"the Python SDK of pulumi-aws {version}{previous}", lines)
    version, lines = cdktf_catalogue(options.cdktf)
    write_table("CDKTFCatalogTable.swift", "cdktf", "@cdktf/provider-aws", version,
                f"the jsii assembly of cdktf-cdktf-provider-aws {version}", lines)


if __name__ == "__main__":
    main()
