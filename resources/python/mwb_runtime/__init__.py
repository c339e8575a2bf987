# SPDX-License-Identifier: GPL-3.0-or-later
"""Migration Workbench runtime shim.

Installed by the engine into every kernel at session start (``mwb exec``, Pass-2) so that migrated
notebooks also run outside Oracle AI Data Platform: ``oidlUtils`` (parameters, notebook.run/exit)
and a Databricks ``dbutils`` compatibility object. On AIDP the native ``oidlUtils`` is kept.
See ../README.md for what is supported.
"""

import builtins

from . import compat
from ._state import MwbNotebookExit, State
from .dbutils import DBUtils
from .oidl import OidlUtils

__all__ = ["install", "MwbNotebookExit", "State", "OidlUtils", "DBUtils"]

_state = None


def install(namespace, parameters=None, volumes_root=None, notebook_dir=None, task_values_file=None, force=False,
            mounts=None):
    """Puts oidlUtils, dbutils and getArgument into ``namespace`` (the notebook's globals).

    Names the platform already provides are left alone unless ``force`` is true.
    Returns the shared State (parameters, task values, exit value).
    """
    global _state
    _state = State(parameters or {}, volumes_root=volumes_root, notebook_dir=notebook_dir,
                   task_values_file=task_values_file, mounts=mounts)
    oidl = OidlUtils(_state)
    dbutils = DBUtils(_state, oidl)
    installed = []
    for name, value in (("oidlUtils", oidl), ("dbutils", dbutils), ("getArgument", dbutils.widgets.getArgument)):
        if force or (name not in namespace and not hasattr(builtins, name)):
            namespace[name] = value
            installed.append(name)
    # Migrated notebooks import dbutils/displayHTML/translate_path from aidp_compat (Pass 1).
    if compat.install(namespace.get("dbutils", dbutils), namespace):
        installed.append("aidp_compat")
    return installed


def state():
    """The State of the last install(), or None."""
    return _state
