# SPDX-License-Identifier: GPL-3.0-or-later
"""notebook.run: execute another notebook's code cells in a fresh namespace of this kernel."""

import json
import os

from ._state import MwbNotebookExit

_SOURCE_HEADERS = ("# Databricks notebook source",)
_SEPARATOR = "# COMMAND ----------"


def _resolve(state, path):
    path = str(path)
    candidates = []
    if path.startswith("/Workspace/"):
        candidates.append(os.path.join(state.notebook_dir, path[len("/Workspace/"):]))
    if os.path.isabs(path):
        candidates.append(path)
    candidates.append(os.path.join(state.notebook_dir, path))
    for base in candidates:
        for suffix in ("", ".ipynb", ".py"):
            if os.path.isfile(base + suffix):
                return base + suffix
    raise FileNotFoundError("notebook.run: notebook not found: %s (looked in %s)" % (path, state.notebook_dir))


def _cells(file):
    with open(file, encoding="utf-8") as f:
        text = f.read()
    if file.endswith(".ipynb"):
        nb = json.loads(text)
        for cell in nb.get("cells", []):
            if cell.get("cell_type") == "code":
                source = cell.get("source", "")
                yield "".join(source) if isinstance(source, list) else source
        return
    lines = text.splitlines()
    if lines and lines[0].strip() in _SOURCE_HEADERS:
        lines = lines[1:]
    cell = []
    for line in lines + [_SEPARATOR]:
        if line.strip() == _SEPARATOR:
            code = "\n".join(cell).strip("\n")
            cell = []
            # "# MAGIC %md" cells are documentation; other magic cells run as IPython magics.
            magic = [l[len("# MAGIC"):].lstrip(" ") if l.startswith("# MAGIC") else l for l in code.splitlines()]
            if magic and code.startswith("# MAGIC") and magic[0].startswith("%md"):
                continue
            if code:
                yield "\n".join(magic)
        else:
            cell.append(line)


def _run_target(line):
    """The path and $name=value arguments of a "%run path" line; None when the line is not one."""
    import shlex
    stripped = line.strip()
    if not stripped.startswith("%run "):
        return None
    try:
        words = shlex.split(stripped[len("%run "):], comments=True)
    except ValueError:
        return None
    if not words:
        return None
    arguments = {}
    for word in words[1:]:
        if word.startswith("$") and "=" in word:
            key, value = word[1:].split("=", 1)
            arguments[key] = value
    return words[0], arguments


def _exec_cells(state, file, namespace, shell, stack):
    """Runs a notebook's code cells in ``namespace``; a %run cell runs its target inline, as Databricks
    does, so the definitions land in the same namespace (IPython's own %run would put them into the
    kernel's top-level namespace instead). A %run cycle is not followed."""
    real = os.path.realpath(file)
    if real in stack:
        return
    stack.append(real)
    try:
        for code in _cells(file):
            first = next((l for l in code.splitlines() if l.strip()), "")
            target = _run_target(first)
            if target is not None:
                path, arguments = target
                saved = dict(state.parameters)
                state.parameters.update(arguments)
                try:
                    _exec_cells(state, _resolve(state, path), namespace, shell, stack)
                finally:
                    state.parameters = saved
                continue
            if shell is not None:
                code = shell.transform_cell(code)
            exec(compile(code, file, "exec"), namespace)
    finally:
        stack.pop()


def run_notebook(state, path, parameters, timeout=3600):
    from . import DBUtils, OidlUtils  # late: the package imports this module

    file = _resolve(state, path)
    child = state.child(parameters)
    oidl = OidlUtils(child)
    namespace = {"__name__": "__main__", "oidlUtils": oidl, "dbutils": DBUtils(child, oidl)}
    namespace["getArgument"] = namespace["dbutils"].widgets.getArgument
    try:
        shell = get_ipython()  # noqa: F821 (IPython builtin)
    except NameError:
        shell = None
    try:
        _exec_cells(child, file, namespace, shell, [])
    except MwbNotebookExit as done:
        return done.value
    return child.exit_value or ""
