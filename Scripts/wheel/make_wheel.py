"""Packs the iaclsp binary, the Python shim and the NOTICE into a wheel (PEP 427). Called by Scripts/build-wheel."""

import argparse
import base64
import hashlib
import os
import stat
import zipfile



def digest(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--notice", required=True)
    parser.add_argument("--readme", required=True)
    parser.add_argument("--package", required=True)
    parser.add_argument("--platform", default="manylinux_2_28_x86_64")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    version = args.version
    tag = f"py3-none-{args.platform}"
    dist_info = f"iaclsp-{version}.dist-info"
    data = f"iaclsp-{version}.data"
    with open(args.readme, encoding="utf-8") as handle:
        readme = handle.read()
    with open(args.notice, "rb") as handle:
        notice = handle.read()
    metadata = (
        "Metadata-Version: 2.1\n"
        "Name: iaclsp\n"
        f"Version: {version}\n"
        "Summary: Language server and checker for AWS CDK, Pulumi and CDK for Terraform programs\n"
        "Requires-Python: >=3.8\n"
        "License-File: NOTICE\n"
        "Classifier: Programming Language :: Python :: 3\n"
        "Classifier: Operating System :: POSIX :: Linux\n"
        "Classifier: Topic :: Software Development :: Quality Assurance\n"
        "Description-Content-Type: text/markdown\n"
        "\n" + readme
    )
    wheel = f"Wheel-Version: 1.0\nGenerator: iaclsp-build-wheel\nRoot-Is-Purelib: false\nTag: {tag}\n"

    # (archive name, bytes, executable)
    files = []
    for name in sorted(os.listdir(args.package)):
        if name.endswith(".py"):
            with open(os.path.join(args.package, name), "rb") as handle:
                files.append((f"iaclsp/{name}", handle.read(), False))
    files.append(("iaclsp/NOTICE", notice, False))
    with open(args.binary, "rb") as handle:
        files.append((f"{data}/scripts/iaclsp", handle.read(), True))
    files.append((f"{dist_info}/METADATA", metadata.encode(), False))
    files.append((f"{dist_info}/WHEEL", wheel.encode(), False))
    files.append((f"{dist_info}/NOTICE", notice, False))
    files.append((f"{dist_info}/top_level.txt", b"iaclsp\n", False))

    record = "".join(f"{name},{digest(blob)},{len(blob)}\n" for name, blob, _ in files)
    record += f"{dist_info}/RECORD,,\n"
    files.append((f"{dist_info}/RECORD", record.encode(), False))

    os.makedirs(args.out, exist_ok=True)
    path = os.path.join(args.out, f"iaclsp-{version}-{tag}.whl")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, blob, executable in files:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            mode = 0o755 if executable else 0o644
            info.external_attr = (stat.S_IFREG | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, blob)
    print(path)


if __name__ == "__main__":
    main()
