# SPDX-License-Identifier: GPL-3.0-or-later
"""An ``aidp_compat`` module for kernels that do not have AIDP's own.

Pass 1 adds ``from aidp_compat import dbutils`` (and ``displayHTML``, ``translate_path``) to migrated
notebooks. On AIDP that module is the platform's; elsewhere (the local kernel, any Jupyter server)
this one serves the same names from the runtime shim so the migrated notebook runs unchanged.
"""

import sys
import types


def make_module(dbutils, namespace):
    module = types.ModuleType("aidp_compat")
    module.__doc__ = "Migration Workbench stand-in for AIDP's aidp_compat (runtime shim)."
    module.dbutils = dbutils

    def translate_path(path):
        """dbfs:/, /dbfs/ and /Volumes/ paths as this machine stores them (the dbutils.fs mapping)."""
        return dbutils.fs._local(path)

    def displayHTML(html):
        try:
            from IPython.display import HTML, display
            display(HTML(str(html)))
        except ImportError:
            print(html)

    def sql(query, *args, **kwargs):
        spark = namespace.get("spark")
        if spark is None:
            raise RuntimeError("aidp_compat.sql needs a Spark session; this kernel has none")
        return spark.sql(query, *args, **kwargs)

    module.translate_path = translate_path
    module.displayHTML = displayHTML
    module.sql = sql

    jobs = types.ModuleType("aidp_compat.jobs")

    def run_job_and_wait(job_id, parameters=None, **kwargs):
        raise RuntimeError(
            "aidp_compat.jobs.run_job_and_wait(%r) starts an AIDP job; that needs AIDP, not this kernel" % (job_id,))

    jobs.run_job_and_wait = run_job_and_wait
    module.jobs = jobs
    return module, jobs


def install(dbutils, namespace):
    """Registers the module unless the kernel already has a real aidp_compat."""
    try:
        import importlib.util
        if "aidp_compat" not in sys.modules and importlib.util.find_spec("aidp_compat") is not None:
            return False
    except (ImportError, ValueError):
        pass
    existing = sys.modules.get("aidp_compat")
    if existing is not None and not getattr(existing, "__mwb_shim__", False):
        return False
    module, jobs = make_module(dbutils, namespace)
    module.__mwb_shim__ = True
    sys.modules["aidp_compat"] = module
    sys.modules["aidp_compat.jobs"] = jobs
    return True
