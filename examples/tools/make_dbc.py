#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""(Re)build the example Databricks DBC archives from readable NotebookV1 sources.

A DBC archive is a ZIP whose entries are NotebookV1 JSON documents named "<folder>/<notebook>.<language>"
(".python", ".scala", ".sql", ".r"). Databricks writes them as one compact JSON line; the sources kept
here are the same documents pretty-printed, one file per entry:

    tools/dbc_src/<source dir>/<entry name>.json
    e.g. tools/dbc_src/retail_shared/shared/common_config.python.json
         -> entry "shared/common_config.python" of workspace/retail/shared.dbc

The command list is written in the order the source file has it (not sorted by "position"), so an
out-of-order source stays out of order in the archive. Archives are reproducible: fixed timestamps,
sorted entries.

Usage:
    python3 tools/make_dbc.py            # rebuild every archive
    python3 tools/make_dbc.py --check    # exit 1 if an archive is missing or differs from its sources
    python3 tools/make_dbc.py --list     # print the entries of every archive
Standard library only.
"""

import argparse
import io
import json
import sys
import zipfile
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent
SOURCES = EXAMPLES / "tools" / "dbc_src"

# archive (relative to examples/) -> source directory (relative to tools/dbc_src/)
ARCHIVES = {
    "workspace/retail/shared.dbc": "retail_shared",
}

LANGUAGE_SUFFIX = {"python": ".python", "scala": ".scala", "sql": ".sql", "r": ".r"}
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def load_entry(path: Path, entry_name: str) -> dict:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    problems = []
    if notebook.get("version") != "NotebookV1":
        problems.append('"version" is not "NotebookV1"')
    language = notebook.get("language")
    if language not in LANGUAGE_SUFFIX:
        problems.append(f'unknown "language" {language!r}')
    elif not entry_name.endswith(LANGUAGE_SUFFIX[language]):
        problems.append(f'entry name must end with {LANGUAGE_SUFFIX[language]} for language {language}')
    if Path(entry_name).stem != notebook.get("name"):
        problems.append(f'"name" {notebook.get("name")!r} does not match the entry name')
    commands = notebook.get("commands")
    if not isinstance(commands, list) or not commands:
        problems.append('"commands" must be a non-empty list')
    else:
        positions = [c.get("position") for c in commands]
        if any(not isinstance(p, (int, float)) for p in positions):
            problems.append('every command needs a numeric "position"')
        elif len(set(positions)) != len(positions):
            problems.append('"position" values must be unique')
        for c in commands:
            if c.get("version") != "CommandV1" or not isinstance(c.get("command"), str):
                problems.append('every command needs "version": "CommandV1" and a "command" string')
                break
    if problems:
        raise SystemExit(f"{path}: " + "; ".join(problems))
    return notebook


def build(archive_rel: str, source_rel: str) -> bytes:
    source_dir = SOURCES / source_rel
    files = sorted(p for p in source_dir.rglob("*.json") if p.is_file())
    if not files:
        raise SystemExit(f"{source_dir}: no *.json entry sources")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in files:
            entry_name = path.relative_to(source_dir).as_posix()[: -len(".json")]
            notebook = load_entry(path, entry_name)
            info = zipfile.ZipInfo(entry_name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            data = json.dumps(notebook, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            zf.writestr(info, data)
    return buf.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="verify the archives instead of writing them")
    parser.add_argument("--list", action="store_true", help="list the entries of every archive")
    args = parser.parse_args()

    status = 0
    for archive_rel, source_rel in ARCHIVES.items():
        target = EXAMPLES / archive_rel
        if args.list:
            with zipfile.ZipFile(target) as zf:
                for info in zf.infolist():
                    print(f"{archive_rel}\t{info.filename}\t{info.file_size}")
            continue
        data = build(archive_rel, source_rel)
        if args.check:
            if not target.is_file() or target.read_bytes() != data:
                print(f"{archive_rel}: out of date, run tools/make_dbc.py", file=sys.stderr)
                status = 1
            else:
                print(f"{archive_rel}: up to date")
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        print(f"{archive_rel}: {len(data)} bytes")
    return status


if __name__ == "__main__":
    sys.exit(main())
