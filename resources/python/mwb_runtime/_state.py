# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared state of one notebook run: parameters, task values, the notebook.exit value."""

import json
import os


class MwbNotebookExit(Exception):
    """Raised by notebook.exit(value) to end the notebook; the engine reports it as a clean exit.

    The engine recognises the class name, so it must not change.
    """

    def __init__(self, value=""):
        super().__init__(value)
        self.value = value

    def __str__(self):
        return self.value


class State:
    def __init__(self, parameters, volumes_root=None, notebook_dir=None, task_values_file=None, mounts=None):
        # Job/task parameters are strings on both platforms.
        self.parameters = {str(k): "" if v is None else str(v) for k, v in dict(parameters).items()}
        self.volumes_root = volumes_root or os.environ.get("MWB_VOLUMES_ROOT") or None
        # Databricks mount points mapped to local folders ("/mnt/raw" -> "/data/raw"), longest first.
        self.mounts = sorted(((str(k).rstrip("/"), str(v)) for k, v in dict(mounts or {}).items()),
                             key=lambda m: -len(m[0]))
        self.notebook_dir = notebook_dir or os.getcwd()
        self.task_values_file = task_values_file
        self.task_values = {}
        self.exit_value = None
        self.widget_defaults = {}

    def set_task_value(self, key, value):
        self.task_values[str(key)] = value
        if self.task_values_file:
            tmp = self.task_values_file + ".tmp"
            with open(tmp, "w", encoding="utf-8") as f:
                json.dump(self.task_values, f, default=str)
            os.replace(tmp, self.task_values_file)

    def child(self, parameters):
        """State for a notebook started with notebook.run: its own parameters, same file mapping."""
        return State(parameters or {}, volumes_root=self.volumes_root, notebook_dir=self.notebook_dir,
                     mounts=dict(self.mounts))
