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
       resource-type  type-token
    m  kind  name  python-name  summary  deprecated-ts  deprecated-py  replacement  since  default
    n  kind  name  name  …                 (members with nothing but a name)

Modules are sorted by key and each module's types by name (byte order), so that look-ups are binary searches;
`layout` adds the directories `APIPackageIndex` searches (see `APICatalogTable`).

`T` records belong to the `M` before them, `m` and `n` records to the `T` before them. Type kinds: `c` class, `s` struct
(a jsii data type; Python calls it with keyword arguments), `i` interface, `e` enum, `r` Pulumi resource. Member
kinds: `e` enum member, `k` static constant, `s` static method, `p` prop. `python-name` is empty when it is what
`APICatalogTable.snakeCase` gives. `replacement` names a sibling that takes the same arguments (a safe rename).
`since` is the major version in which a deprecation appeared, when it is newer than the previous major given.
`params` lists the initializer's parameter names (`*` when it cannot be known), `props` the struct (`module:Name`)
its last parameter is, flattened into Python keyword arguments, `bases` a struct's parent structs (`?` for one
outside the package). `resource-type` is what the type deploys: the CloudFormation type of a CDK L1 class and of
the L2 constructs built on it (`AWS::S3::Bucket`), the Terraform type of a CDKTF or Pulumi resource
(`aws_s3_bucket`); `type-token` a Pulumi resource's type token (`aws:s3/bucket:Bucket`); `default` a prop's
documented default (jsii `@default`).
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


def clean_message(text):
    """A deprecation message without a leading list marker (`- Use \`keyPair\` instead`)."""
    return re.sub(r"^[-*]\s+", "", clean(text))


# A default as jsii documents it (`@default - false`, `@default RemovalPolicy.RETAIN`): a literal, an enum member or a
# factory call is kept without the list marker; anything else (`- no encryption`) as written.
DEFAULT_CODE = re.compile(
    r"""(?:true|false|undefined|-?\d+(?:\.\d+)?|"[^"]*"|'[^']*'|\[\]|\{\}"""
    r"""|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*(?:\([^()]*\))?)""")
DEFAULT_LIMIT = 120


def clean_default(text):
    text = clean(text)
    bare = re.sub(r"^-\s+", "", text)
    if bare != text and DEFAULT_CODE.fullmatch(bare) and bare[:1] != "-":
        text = bare
    return clean(text, DEFAULT_LIMIT)


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
    """The message with each camelCase member name the package knows in its Python spelling. Prose is left alone:
    a word with no capital (`or`, `with`, `and`) is renamed only inside backticks, where it is code, so that jsii's
    keyword escapes (`or_`, `with_`) never reach a sentence."""

    def rename(part, code):
        if not (part[:1].islower() and part in names):
            return part
        return names[part] if code or any(ch.isupper() for ch in part) else part

    def replace(match, code=False):
        return ".".join(rename(p, code) for p in match.group(0).split("."))

    pieces = re.split(r"(`[^`]*`)", message)
    return "".join(IDENTIFIER.sub(lambda m: replace(m, True), piece) if piece.startswith("`")
                   else IDENTIFIER.sub(replace, piece) for piece in pieces)


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
        message = clean_message(docs["deprecated"]) or "deprecated"
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

    def type_records(self, fqn, declaration, url="", statics=True, member_summaries=True, resource_type=""):
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
                        replacement, "", params, props, bases, url, resource_type)]
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
            default = clean_default(member_docs["default"]) if member_kind == "p" and "default" in member_docs else ""
            fields = record("m", member_kind, member["name"], python_field(member["name"], self.names), summary,
                            ts, py, member_replacement, "", default)
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


# L2 constructs whose name matches an L1 class of their module but which deploy something else: the EKS cluster and
# Fargate profile of `aws_eks` are custom resources, and a `Stack` is a template, not an `AWS::CloudFormation::Stack`.
NOT_THEIR_L1 = {"aws-cdk-lib.Stack", "aws-cdk-lib.aws_eks.Cluster", "aws-cdk-lib.aws_eks.FargateProfile"}


def cdk_resource_types(package):
    """fqn → CloudFormation resource type, for L1 classes (`CFN_RESOURCE_TYPE_NAME`, documented as
    `cloudformationResource`) and the L2 constructs built on them: the construct's `@resource` doc tag; else the L1
    of the same name in its module (`Bucket` → `CfnBucket`, compared without case: `Vpc` → `CfnVPC`) for a class
    that is a construct; else what its nearest base class in the package deploys (`NodejsFunction` → `Function`)."""
    types = package.types
    found, level_one = {}, {}
    for fqn, declaration in types.items():
        custom = declaration.get("docs", {}).get("custom", {})
        if declaration["kind"] != "class":
            continue
        if declaration["name"].startswith("Cfn") and custom.get("cloudformationResource"):
            found[fqn] = custom["cloudformationResource"]
            level_one[(fqn.rsplit(".", 1)[0], declaration["name"][3:].lower())] = custom["cloudformationResource"]
        elif custom.get("resource"):
            found[fqn] = custom["resource"]

    def bases(fqn):
        chain = []
        while fqn in types and types[fqn].get("base"):
            fqn = types[fqn]["base"]
            chain.append(fqn)
        return chain

    constructs = {fqn for fqn, d in types.items() if d["kind"] == "class" and "constructs.Construct" in bases(fqn)}
    for fqn in sorted(constructs - found.keys() - NOT_THEIR_L1):
        match = level_one.get((fqn.rsplit(".", 1)[0], types[fqn]["name"].lower()))
        if match:
            found[fqn] = match
    inherited = {}
    for fqn in sorted(constructs - found.keys() - NOT_THEIR_L1):
        base = next((b for b in bases(fqn) if b in found or b in NOT_THEIR_L1), None)
        if base in found:
            inherited[fqn] = found[base]
    found.update(inherited)
    return found


def cdk_catalogue(path):
    wheel = zipfile.ZipFile(path)
    assembly, package_json = load_assembly(wheel, "aws_cdk/_jsii/")
    package = JsiiPackage(assembly, python_names(wheel, "aws_cdk"))
    exports = package_json.get("exports", {})
    resource_types = cdk_resource_types(package)
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
            lines += package.type_records(fqn, package.types[fqn], resource_type=resource_types.get(fqn, ""))
    return assembly["version"], lines


# --- cdktf-cdktf-provider-aws ---------------------------------------------------------------------------------

# `cdktf.TerraformMetaArguments`, the base of every resource's config, lives in the cdktf package.
TERRAFORM_META_ARGUMENTS = ["connection", "count", "dependsOn", "forEach", "lifecycle", "provider", "provisioners"]


def terraform_type(declaration):
    """The Terraform resource type of a CDKTF resource class (its `tfResourceType`), read from the summary the
    provider generates: `Represents a {@link https://registry.terraform.io/…/docs/resources/s3_bucket aws_s3_bucket}`.
    Data sources (`data/…`) and the provider have none."""
    if declaration.get("base") != "cdktf.TerraformResource":
        return ""
    summary = declaration.get("docs", {}).get("summary", "")
    link = re.search(r"\{@link https://registry\.terraform\.io/providers/hashicorp/aws/[^/]+/docs/resources/(\w+) (aws_\w+)\}",
                     summary)
    return link.group(2) if link and link.group(2) == "aws_" + link.group(1) else ""


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
    terraform = set()
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
            resource_type = terraform_type(declaration)
            if resource_type:
                terraform.add(resource_type)
            lines += package.type_records(fqn, declaration, url=link.group(1) if link else "", statics=False,
                                          resource_type=resource_type)
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
    return assembly["version"], lines, terraform


# --- pulumi-aws -----------------------------------------------------------------------------------------------

WARN = re.compile(r'^    warnings\.warn\("""(.*?)""", DeprecationWarning\)', re.M | re.S)
DEPRECATED_GETTER = re.compile(
    r'@_utilities\.deprecated\("""(.*?)"""\)\s*\n(?:\s*@[\w.]+(?:\(.*?\))?\s*\n)*\s*def (\w+)\(', re.S)


TOKEN = re.compile(r"super\(\w+, __self__\)\.__init__\(\s*'([^']+)'")
ALIAS = re.compile(r'pulumi\.Alias\(type_="([^"]+)"\)')
INTERNAL_INIT = re.compile(r"def _internal_init\(__self__,\s*resource_name: str,\s*opts: [^\n]*\n(.*?)__props__=None\):", re.S)
PROPS_CLASS = re.compile(r"__props__ = (\w+)\.__new__\(")


def pulumi_sources(path):
    """{python module: {class: resource}} for the resource classes, each a dict of `summary`, `deprecation`, `args`
    (the Python keyword arguments of its `_internal_init`, which every resource has whatever its args class is
    called: `BucketArgs`, `BucketVersioningInitArgs`), `deprecated` ({arg: message}, from the args class's
    getters), `token` (the type token passed to `CustomResource.__init__`) and `aliases` (older tokens)."""
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
            init = INTERNAL_INIT.search(body)
            args = re.findall(r"^\s*(\w+):", init.group(1), re.M) if init else []
            deprecated_args = {}
            props_class = PROPS_CLASS.search(body)
            if props_class:
                args_match = re.search(r"^class " + props_class.group(1) + r":\n(.*?)(?=^class |\Z)", text, re.M | re.S)
                if args_match:
                    for message, getter in DEPRECATED_GETTER.findall(args_match.group(1)):
                        deprecated_args[getter] = clean(message)
            token = TOKEN.search(body)
            sources.setdefault(module, {})[name] = {
                "summary": summary, "deprecation": deprecation, "args": args, "deprecated": deprecated_args,
                "token": token.group(1) if token else "", "aliases": ALIAS.findall(body)}
    return sources


def pulumi_terraform_types(current, terraform):
    """(python module, class) → Terraform resource type, matched by name against the provider's resource types
    (`terraform`, from the CDKTF assembly), where the bridge's naming gives exactly one: `s3.BucketVersioning` is
    `aws_s3_bucket_versioning` (the module's name, with or without underscores, then the class's name in snake case;
    `rds` also as `db`: `rds.Instance` is `aws_db_instance`); `ec2` classes also without a prefix (`ec2.Vpc` is
    `aws_vpc`) when no other class claims the name. A class that is an alias of another (`BucketV2` of `Bucket`,
    through `pulumi.Alias`) has its type. Anything else is left unknown."""
    splits = {}
    for terraform_name in sorted(terraform):
        words = terraform_name[len("aws_"):].split("_")
        for cut in range(1, len(words)):
            head, tail = "".join(words[:cut]), "_".join(words[cut:])
            splits.setdefault((head, tail), set()).add(terraform_name)
    found, unprefixed = {}, {}
    for module in sorted(current):
        key = module[len("pulumi_aws."):] if module != "pulumi_aws" else ""
        service = key.rstrip("_").replace(".", "_")
        prefixes = [service.replace("_", "")] + (["db"] if service == "rds" else [])
        for name in sorted(current[module]):
            snake = snake_case(name[:1].lower() + name[1:])
            matches = next((splits[(p, snake)] for p in prefixes if (p, snake) in splits), set())
            if len(matches) == 1:
                found[(module, name)] = next(iter(matches))
            elif not matches and service == "ec2" and "aws_" + snake in terraform:
                unprefixed.setdefault("aws_" + snake, []).append((module, name))
    claimed = set(found.values())
    for terraform_name, owners in unprefixed.items():
        if len(owners) == 1 and terraform_name not in claimed:
            found[owners[0]] = terraform_name
    # Aliases: a class whose token another class lists as an alias deploys what that class deploys.
    tokens = {info["token"]: (module, name) for module in current for name, info in current[module].items()}
    for module in sorted(current):
        for name, info in sorted(current[module].items()):
            for alias in info["aliases"]:
                other = tokens.get(alias)
                if other and other not in found and (module, name) in found:
                    found[other] = found[(module, name)]
                elif other and other in found and (module, name) not in found:
                    found[(module, name)] = found[other]
    return found


def pulumi_catalogue(path, previous_path, terraform):
    current = pulumi_sources(path)
    previous = pulumi_sources(previous_path) if previous_path else None
    terraform_types = pulumi_terraform_types(current, terraform)
    version = re.search(r"pulumi_aws-([\w.]+?)-py3", os.path.basename(path)).group(1)
    major = version.split(".")[0]

    def since(module, name, arg=None):
        if previous is None:
            return ""
        old = previous.get(module, {}).get(name)
        if old is None:
            return major
        deprecated = old["deprecated"].get(arg) if arg else old["deprecation"]
        return "" if deprecated else major

    def spelled(message, args, language):
        """A message with the resource's argument names in the language's spelling: the provider writes Python
        names (`primary_network_interface`), TypeScript names (`vpcSecurityGroupIds`) and Terraform's singular
        block names (`network_interface is deprecated` for `network_interfaces`)."""
        camels = {camel_case(arg): arg for arg in args}

        def name(arg):
            return arg if language == "python" else camel_case(arg)

        subject = re.match(r"(\w+)( is deprecated)", message)
        if subject and subject.group(1) not in args and subject.group(1) not in camels:
            plural = next((a for a in (subject.group(1) + "s", subject.group(1) + "es") if a in args), None)
            if plural:
                message = name(plural) + message[len(subject.group(1)):]

        def replace(match):
            word = match.group(0)
            if word in args:
                return name(word)
            if word in camels:
                return name(camels[word])
            return word

        return re.sub(r"\b[A-Za-z][A-Za-z0-9]*(?:_[a-z0-9]+)*\b", replace, message)

    lines = []
    for module in sorted(current):
        key = module[len("pulumi_aws."):] if module != "pulumi_aws" else "-"
        ts = "@pulumi/aws" + ("" if key == "-" else "." + key)
        lines.append(record("M", key, module, ts, ""))
        for name in sorted(current[module]):
            info = current[module][name]
            args, deprecation = info["args"], info["deprecation"]
            arg_set = set(args)
            ts_message = spelled(deprecation, arg_set, "typescript")
            py_message = spelled(deprecation, arg_set, "python")
            lines.append(record("T", "r", name, info["summary"], ts_message, "" if ts_message == py_message else py_message,
                                "", since(module, name) if deprecation else "", "resource_name,opts", "", "", "",
                                terraform_types.get((module, name), ""), info["token"]))
            plain = []
            for arg in sorted(args):
                message = info["deprecated"].get(arg, "")
                ts_message = spelled(message, arg_set, "typescript")
                py_message = spelled(message, arg_set, "python")
                camel = camel_case(arg)
                fields = record("m", "p", camel, "" if snake_case(camel) == arg else arg, "",
                                ts_message, "" if ts_message == py_message else py_message, "",
                                since(module, name, arg) if message else "")
                if fields.count("\t") == 2:
                    plain.append(camel)
                else:
                    lines.append(fields)
            if plain:
                lines.append(record("n", "p", *plain))
    check_pulumi_props(current, lines)
    return version, lines


def check_pulumi_props(current, lines):
    """Every resource whose `_internal_init` takes arguments has a prop list in the table."""
    missing = []
    block = None
    props = {}
    module = ""
    for line in lines:
        fields = line.split("\t")
        if fields[0] == "M":
            module = fields[2]
        elif fields[0] == "T":
            block = (module, fields[2])
            props[block] = 0
        elif block:
            props[block] += len(fields) - 2 if fields[0] == "n" else 1
    for module in current:
        for name, info in current[module].items():
            if info["args"] and not props.get((module, name)):
                missing.append(module + "." + name)
    assert not missing, "resources with inputs but no props: " + ", ".join(sorted(missing)[:20])


# --- output ---------------------------------------------------------------------------------------------------


def layout(package, lines):
    """The table's four texts: the records, with each module's types sorted by name, and three directories of
    fixed-width hexadecimal entries for binary search (`APIPackageIndex`): modules (the offset of the `M` line and
    the index of its first type, then a closing entry), types (the offset of each `T` line) and import spellings
    (the offset of each line of the spellings text, `spelling TAB module key`, sorted)."""
    modules = []
    for line in lines:
        fields = line.split("\t")
        if fields[0] == "M":
            modules.append((fields[1] if fields[1] != "-" else "", line, []))
        elif fields[0] == "T":
            modules[-1][2].append((fields[2], [line]))
        else:
            modules[-1][2][-1][1].append(line)
    modules.sort(key=lambda m: m[0].encode())
    keys = [m[0] for m in modules]
    assert len(set(keys)) == len(keys), "duplicate module"
    text, module_directory, type_directory = [], [], []
    offset = 0
    type_count = 0

    def emit(line):
        nonlocal offset
        text.append(line)
        start = offset
        offset += len(line.encode()) + 1
        return start

    for key, line, types in modules:
        module_directory.append("%08x%08x" % (emit(line), type_count))
        types.sort(key=lambda t: t[0].encode())
        assert len({t[0] for t in types}) == len(types), "duplicate type in " + key
        for _, block in types:
            type_directory.append("%08x" % emit(block[0]))
            type_count += 1
            for member in block[1:]:
                emit(member)
    module_directory.append("%08x%08x" % (offset, type_count))
    spellings = import_spellings(package, modules)
    import_lines = sorted((spelling + "\t" + key for spelling, key in spellings.items()), key=lambda l: l.encode())
    import_directory, position = [], 0
    for line in import_lines:
        import_directory.append("%08x" % position)
        position += len(line.encode()) + 1
    return "\n".join(text), "\n".join(module_directory), "\n".join(type_directory), "\n".join(import_lines), \
        "\n".join(import_directory)


def import_spellings(package, modules):
    """Import spelling → module key: `aws_cdk.aws_s3`, `aws-cdk-lib/aws-s3`, `aws-cdk-lib.aws_s3`, `@pulumi/aws.s3`,
    `@pulumi/aws/s3`, and each module's own Python and TypeScript names. Package roots map to "" when the root
    has no record of its own."""
    spellings = {}
    keys = [key for key, _, _ in modules]
    if package == "aws-cdk-lib":
        spellings.update({"aws_cdk": "", "aws-cdk-lib": ""})
        for key in keys:
            if key:
                spellings["aws_cdk." + key] = key
                spellings["aws-cdk-lib/" + key.replace("_", "-").replace(".", "/")] = key
                spellings["aws-cdk-lib." + key] = key
    elif package == "pulumi-aws":
        spellings.update({"pulumi_aws": "", "@pulumi/aws": ""})
        for key in keys:
            if key:
                spellings["pulumi_aws." + key] = key
                spellings["@pulumi/aws." + key] = key
                spellings["@pulumi/aws/" + key.replace(".", "/")] = key
                # TypeScript has no keyword escape: `aws.lambda`, not `aws.lambda_`.
                if key.endswith("_"):
                    spellings.setdefault("@pulumi/aws." + key.rstrip("_"), key)
                    spellings.setdefault("@pulumi/aws/" + key.rstrip("_").replace(".", "/"), key)
    else:
        spellings.update({"cdktf_cdktf_provider_aws": "", "@cdktf/provider-aws": ""})
        for key in keys:
            if key and not key.startswith("~"):
                spellings["@cdktf/provider-aws." + key] = key
    for key, line, _ in modules:
        if key.startswith("~"):
            continue
        fields = line.split("\t") + ["", "", ""]
        for spelling in fields[2:4]:
            if spelling:
                spellings[spelling] = key
    return spellings


def write_table(file_name, type_name, package, version, source, lines):
    text, module_directory, type_directory, imports, import_directory = layout(package, lines)
    for body in (text, imports):
        assert '"""#' not in body and "\r" not in body
    with open(os.path.join(KNOWLEDGE, file_name), "w", encoding="utf-8", newline="\n") as handle:
        handle.write(f"// Generated by Scripts/generate-api-catalog.py from {source}. Do not edit.\n")
        handle.write(f"// The names and texts are those of the {package} API; see NOTICE for its licence.\n\n")
        handle.write("extension APICatalogTable {\n")
        handle.write(f"  /// The {package} catalogue ({len(lines)} records).\n")
        handle.write(f"  package static let {type_name} = APICatalogTable(\n")
        handle.write(f"    package: \"{package}\", version: \"{version}\",\n")
        for label, body in (("modules", module_directory), ("types", type_directory), ("imports", imports),
                            ("importDirectory", import_directory), ("text", text)):
            handle.write(f"    {label}: #\"\"\"\n{body}\n\"\"\"#{')' if label == 'text' else ','}\n")
        handle.write("}\n")


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
    cdktf_version, cdktf_lines, terraform = cdktf_catalogue(options.cdktf)
    version, lines = pulumi_catalogue(options.pulumi, options.pulumi_previous, terraform)
    previous = ""
    if options.pulumi_previous:
        previous = " (deprecations dated against " + os.path.basename(options.pulumi_previous).split("-")[1] + ")"
    write_table("PulumiCatalogTable.swift", "pulumi", "pulumi-aws", version,
                f"the Python SDK of pulumi-aws {version}{previous}", lines)
    write_table("CDKTFCatalogTable.swift", "cdktf", "@cdktf/provider-aws", cdktf_version,
                f"the jsii assembly of cdktf-cdktf-provider-aws {cdktf_version}", cdktf_lines)


if __name__ == "__main__":
    main()
