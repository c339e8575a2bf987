#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs the notebook with `mwb exec --local --no-shim --events -` and prints JSON: seconds for the
cells alone (from the "kernel ... connected" event to the last cell_finished, so the server and
kernel start are excluded, as for nbclient) and for the whole command."""
import datetime
import json
import subprocess
import sys
import time


def ts(event):
    return datetime.datetime.fromisoformat(event["ts"].replace("Z", "+00:00"))


start = time.perf_counter()
run = subprocess.run([sys.argv[2], "exec", sys.argv[1], "--local", "--no-shim", "--events", "-"],
                     capture_output=True, text=True)
end = time.perf_counter()
events = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
connected = next(e for e in events if e["event"] == "log" and "connected" in e["message"])
cells = [e for e in events if e["event"] == "cell_finished"]
ok = sum(1 for e in cells if e["status"] == "OK")
print(json.dumps({"cells_seconds": (ts(cells[-1]) - ts(connected)).total_seconds(), "total_seconds": end - start,
                  "cells_ok": ok, "exit": run.returncode}))
