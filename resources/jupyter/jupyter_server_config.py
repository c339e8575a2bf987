# SPDX-License-Identifier: GPL-3.0-or-later
"""Configuration of the private jupyter-server that `mwb exec --local` starts (LocalJupyterServer).

Written as jupyter_server_config.py into the server's private JUPYTER_CONFIG_DIR, so it applies to
that server only, never to a user's own Jupyter. It removes per-message work the server does in
Python for features mwb does not use; see bench/RESULTS.md (kernel section) for the measurements.

1. A leaner IOPub activity watcher. jupyter-server subscribes to every kernel's IOPub a second time
   to keep `execution_state` and `last_activity` for the REST API, the culler and its own WebSocket
   handler (it does not "nudge" a busy kernel when a socket re-attaches; a nudge takes the first
   IOPub message that arrives, which for a running cell would be its output).
   The stock watcher checks the HMAC and decodes header, parent header and metadata of every message,
   turning each date into a datetime with dateutil: about half of the server's CPU time per cell.
   This one keeps the same state but only looks at the header bytes, and decodes header and content
   of `status` messages alone (no signature check: the watcher only reads the state, it forwards
   nothing; the WebSocket handler's own path is unchanged).
2. No IOPub rate limit (`limit_rate`): with it on, the server decodes the header of every IOPub
   message it forwards and *drops* output above 1000 messages/s or 1 MB/s. mwb reads the output to
   verify a cell, so dropped output would hide errors.

Offline message buffering (`buffer_offline_messages`), which mwb's reconnect depends on, stays on.
If the server's internals differ (another jupyter-server version), the stock manager is kept.
"""

import json

c = get_config()  # noqa: F821 - provided by the traitlets config loader

c.ServerApp.limit_rate = False

try:
    from jupyter_client.session import DELIM
    from jupyter_server._tz import utcnow
    from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager

    if not hasattr(AsyncMappingKernelManager, "start_watching_activity"):
        raise ImportError("no start_watching_activity")
except ImportError:
    pass
else:

    class MwbKernelManager(AsyncMappingKernelManager):
        """AsyncMappingKernelManager with a cheaper IOPub activity watcher (same state kept)."""

        def start_watching_activity(self, kernel_id):
            kernel = self._kernels[kernel_id]
            kernel.execution_state = "starting"
            kernel.reason = ""
            kernel.last_activity = utcnow()
            kernel._activity_stream = kernel.connect_iopub()
            loads = json.loads

            def record_activity(msg_list):
                kernel.last_activity = utcnow()
                try:
                    start = msg_list.index(DELIM) + 2  # after the delimiter: signature, header, ...
                    header = msg_list[start]
                    # Only status messages change the state; the byte test skips the rest undecoded.
                    if b'"status"' not in header or loads(header).get("msg_type") != "status":
                        return
                    state = loads(msg_list[start + 3]).get("execution_state")
                except (ValueError, IndexError, TypeError, AttributeError):
                    return
                if state:
                    kernel.execution_state = state
                # A traitlet, so slower to set: once per status change is enough for /api/status.
                self.last_kernel_activity = kernel.last_activity

            kernel._activity_stream.on_recv(record_activity)

    c.ServerApp.kernel_manager_class = MwbKernelManager
