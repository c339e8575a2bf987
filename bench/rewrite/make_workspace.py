#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates the rewrite benchmark's workspace: one Databricks job of 200 notebook tasks, each
%run-ing two of 50 shared library notebooks; 250 notebooks x 40 cells = 10,000 cells, in Databricks
SOURCE format, with the constructs of REWRITE_RULES.md in realistic proportions.

usage: make_workspace.py OUT_DIR   (writes OUT_DIR/workspace, OUT_DIR/jobs.json, OUT_DIR/config/)"""
import json
import os
import sys

CELLS_PER_NOTEBOOK = 40
TASKS = 200
LIBS = 50

SEP = "\n\n# COMMAND ----------\n\n"


def cell(kind, n, t):
    """One cell's text for template `kind`; n and t make names vary."""
    if kind == 0:
        return f"# MAGIC %md\n# MAGIC ## Step {n} of task {t}\n# MAGIC Reads `main.sales_{n % 7}.orders` and writes the silver layer."
    if kind == 1:
        return (f'env = dbutils.widgets.get("env")\nrun_date = dbutils.widgets.get("run_date")\n'
                f'limit_{n} = int(dbutils.widgets.get("limit_{n % 5}"))\nprint(f"{{env}} {{run_date}} {{limit_{n}}}")')
    if kind == 2:
        return (f'df_{n} = spark.table("bronze_{n % 9}.orders_{t % 13}")\n'
                f'df_{n} = df_{n}.where("qty > 0").withColumn("t", current_timestamp())\n'
                f'df_{n}.write.mode("append").saveAsTable("silver_{n % 9}.orders_{t % 13}")')
    if kind == 3:
        return (f'agg_{n} = spark.sql("""\nSELECT o.store_id, sum(o.net) AS net\nFROM silver_{n % 9}.orders_{t % 13} o\n'
                f'JOIN main.ref.stores s ON s.id = o.store_id\nLEFT JOIN spark_catalog.legacy.regions r ON r.id = s.region\n'
                f'WHERE o.dt = \'{{run_date}}\'\nGROUP BY o.store_id\n""")\ndisplay(agg_{n})')
    if kind == 4:
        return (f"# MAGIC %sql\n# MAGIC CREATE OR REPLACE TABLE main.gold_{n % 5}.daily_{t % 11} AS\n"
                f"# MAGIC WITH recent AS (SELECT * FROM silver_{n % 9}.orders_{t % 13} WHERE dt >= date_sub(current_date(), 7))\n"
                f"# MAGIC SELECT store_id, count(*) AS n FROM recent GROUP BY store_id")
    if kind == 5:
        return (f'raw_{n} = spark.read.json("s3://bench-raw/landing/{t}/{n}/")\n'
                f'raw_{n}.write.mode("overwrite").parquet("s3a://bench-curated/stage/{t}/{n}/")\n'
                f'files_{n} = dbutils.fs.ls("dbfs:/FileStore/bench/{t}/")\nprint(len(files_{n}))')
    if kind == 6:
        return (f"def helper_{n}(rows):\n    # dbutils.widgets.get('x') in a comment stays\n    total = 0\n"
                f"    for r in rows:\n        total += r['net'] * {n}\n    return total\n\n"
                f"values_{n} = [helper_{n}([{{'net': i}}]) for i in range(10)]\nprint(values_{n})")
    if kind == 7:
        return (f'dbutils.jobs.taskValues.set(key="rows_{n}", value=len(values_{n - 1 if n else 0}))\n'
                f'prev_{n} = dbutils.jobs.taskValues.get(taskKey="t{t}", key="rows", default=0, debugValue=1)')
    if kind == 8:
        return (f'spark.conf.set("spark.databricks.delta.optimizeWrite.enabled", "true")\n'
                f'summary_{n} = spark.table("main.gold_{n % 5}.daily_{t % 11}").toPandas()\nsummary_{n}.display()')
    return f'import json\nresult_{n} = {{"task": {t}, "step": {n}}}\nprint(json.dumps(result_{n}))'


def notebook(t, runs):
    cells = []
    for n in range(CELLS_PER_NOTEBOOK):
        if n < len(runs):
            cells.append(f"# MAGIC %run {runs[n]}")
        elif n == CELLS_PER_NOTEBOOK - 1:
            cells.append('dbutils.notebook.exit(json.dumps({"ok": True}))')
        else:
            cells.append(cell(n % 10, n, t))
    return "# Databricks notebook source\n" + SEP.join(cells) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "bench-workspace"
    ws = os.path.join(out, "workspace", "bench")
    os.makedirs(os.path.join(ws, "lib"), exist_ok=True)
    os.makedirs(os.path.join(ws, "tasks"), exist_ok=True)
    os.makedirs(os.path.join(out, "config"), exist_ok=True)
    for i in range(LIBS):
        with open(os.path.join(ws, "lib", f"lib_{i:02d}.py"), "w") as f:
            f.write(notebook(1000 + i, []))
    tasks = []
    for t in range(TASKS):
        runs = [f"../lib/lib_{t % LIBS:02d}", f"../lib/lib_{(t * 7 + 3) % LIBS:02d}"]
        with open(os.path.join(ws, "tasks", f"task_{t:03d}.py"), "w") as f:
            f.write(notebook(t, runs))
        tasks.append({"task_key": f"task_{t:03d}",
                      "notebook_task": {"notebook_path": f"/Repos/bench/tasks/task_{t:03d}"},
                      "depends_on": [{"task_key": f"task_{t - 1:03d}"}] if t % 10 else []})
    with open(os.path.join(out, "jobs.json"), "w") as f:
        json.dump({"job_id": 4242424242424, "settings": {"name": "bench_10k", "tasks": tasks}}, f, indent=1)
    with open(os.path.join(out, "config", "bucket_mapping.json"), "w") as f:
        json.dump({"bench-raw": {"bucket": "oci-bench-raw", "namespace": "benchns"},
                   "bench-curated": {"bucket": "oci-bench-curated", "namespace": "benchns"}}, f, indent=1)
    with open(os.path.join(out, "config", "catalog_manifest.json"), "w") as f:
        json.dump({"catalogs": ["main"]}, f)


if __name__ == "__main__":
    main()
