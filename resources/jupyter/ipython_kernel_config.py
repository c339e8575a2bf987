# SPDX-License-Identifier: GPL-3.0-or-later
"""Configuration of the Python kernels of `mwb exec --local` (LocalJupyterServer).

Written as profile_default/ipython_kernel_config.py into the private, temporary IPYTHONDIR of the
local server, so it applies to those kernels only. Both settings remove per-cell work of the kernel
that a batch run does not need; see bench/RESULTS.md (kernel section).

1. No SQLite input history. The history database lives in the temporary IPYTHONDIR and is deleted
   with it, yet IPython writes (and commits) every cell from a background thread whose lock the
   next cell waits for. `In`, `_i`, `_i<n>` and `%history` of the running session still work
   (kept in memory).
2. No 0.5 ms sleep before each execute_reply (`_execute_sleep`, an ipykernel work-around for front
   ends that stop listening at the reply). mwb finishes a cell only on the reply *and* the `idle`
   status, and the kernel publishes all of a cell's output on IOPub before that `idle`.
"""

c = get_config()  # noqa: F821 - provided by the traitlets config loader

c.HistoryManager.enabled = False
c.IPythonKernel._execute_sleep = 0.0
