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
   Once it has seen a kernel's first status message, it subscribes to that message's ZeroMQ topic
   alone (ipykernel: `kernel.<ident>.status`, ident a uuid4 per kernel process), so the kernel's
   other IOPub messages no longer reach it. A restart (REST, or automatic after the kernel died)
   starts a new process with a new ident, so the watcher then starts over with a new socket that
   takes everything until it learns the new topic. Kernels whose status topic has another shape
   keep the full subscription. `last_activity` therefore moves with status changes (busy/idle)
   only, not with each output message of a running cell (the culler, off by default, does not cull
   busy kernels anyway).
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
    import zmq
    from jupyter_client.session import DELIM
    from jupyter_server._tz import utcnow
    from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager

    for name in ("start_watching_activity", "_finish_kernel_start", "restart_kernel"):
        if not hasattr(AsyncMappingKernelManager, name):
            raise ImportError(name)
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
            stream = kernel._activity_stream = kernel.connect_iopub()
            socket = stream.socket
            loads = json.loads
            narrowed = []  # the status topic subscribed to instead of everything, once learnt

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
                if not narrowed and start == 3:
                    # ipykernel sends every status of a kernel process under the ZeroMQ topic
                    # "kernel.<ident>.status" (ident: a uuid4 per process). From the first one on,
                    # subscribe to that topic alone, so the other IOPub messages (output, inputs,
                    # results) are dropped by ZeroMQ and never reach Python. Other topic shapes
                    # (other kernels) keep the full subscription.
                    topic = msg_list[0]
                    if topic.startswith(b"kernel.") and topic.endswith(b".status"):
                        socket.setsockopt(zmq.SUBSCRIBE, topic)  # before dropping b"": no gap
                        socket.setsockopt(zmq.UNSUBSCRIBE, b"")
                        narrowed.append(topic)

            stream.on_recv(record_activity)

        def _mwb_rewatch(self, kernel_id):
            # A new kernel process has a new ident, so a new status topic: start over with a new
            # socket that subscribes to everything until it learns it (a new socket holds no
            # queued message of the old process).
            if kernel_id in self._kernels:
                self.stop_watching_activity(kernel_id)
                self.start_watching_activity(kernel_id)

        async def _finish_kernel_start(self, kernel_id):
            await super()._finish_kernel_start(kernel_id)
            if kernel_id in self._kernels:
                # Automatic restart after the kernel died: called before the restart (the old
                # process is gone by then, the ports stay the same).
                self.add_restart_callback(kernel_id, lambda: self._mwb_rewatch(kernel_id), "restart")

        async def restart_kernel(self, kernel_id, now=False):
            future = await super().restart_kernel(kernel_id, now=now)
            # The old process has exited and the new one runs.
            self._mwb_rewatch(kernel_id)
            return future

    c.ServerApp.kernel_manager_class = MwbKernelManager
