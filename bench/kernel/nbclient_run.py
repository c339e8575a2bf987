#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the notebook with Debian's nbclient (python3-nbclient, ZMQ straight to an ipykernel) and
prints JSON: seconds for the cells alone (kernel start excluded) and for the whole run."""
import json
import sys
import time

import nbformat
from nbclient import NotebookClient

start = time.perf_counter()
nb = nbformat.read(sys.argv[1], as_version=4)
client = NotebookClient(nb, kernel_name="python3", timeout=600)
with client.setup_kernel():
    ready = time.perf_counter()
    for index, cell in enumerate(nb.cells):
        client.execute_cell(cell, index)
    cells_done = time.perf_counter()
end = time.perf_counter()
outputs = sum(1 for c in nb.cells if c.outputs)
print(json.dumps({"cells_seconds": cells_done - ready, "total_seconds": end - start, "cells_with_output": outputs}))
