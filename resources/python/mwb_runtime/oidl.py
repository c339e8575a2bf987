# SPDX-License-Identifier: GPL-3.0-or-later
"""oidlUtils as AIDP notebooks use it: parameters.getParameter/setTaskValue, notebook.run/exit."""

from ._notebookrun import run_notebook
from ._state import MwbNotebookExit


class Parameters:
    def __init__(self, state):
        self._state = state

    def getParameter(self, name, default=None):
        """The job/task parameter ``name`` (a string), or ``default`` when the run has none."""
        return self._state.parameters.get(str(name), default)

    def setTaskValue(self, key, value):
        """Publishes a task value for later tasks (kept in the run state and its task-values file)."""
        self._state.set_task_value(key, value)

    def getTaskValue(self, taskKey, key, default=None):
        """A task value; values set in this run are found under any task key."""
        return self._state.task_values.get(str(key), default)


class Notebook:
    def __init__(self, state):
        self._state = state

    def exit(self, value=""):
        """Ends the notebook with ``value`` as its result (the rest of the cell and notebook is skipped)."""
        value = "" if value is None else str(value)
        self._state.exit_value = value
        raise MwbNotebookExit(value)

    def run(self, path, timeout=3600, params=None, **kwargs):
        """Runs another notebook in a fresh namespace in this kernel; returns its exit value ("" if none)."""
        if params is None:
            params = kwargs.get("parameters") or kwargs.get("arguments") or {}
        return run_notebook(self._state, path, params, timeout)


class OidlUtils:
    def __init__(self, state):
        self.parameters = Parameters(state)
        self.notebook = Notebook(state)

    def __repr__(self):
        return "<oidlUtils (Migration Workbench runtime shim)>"
