# Databricks notebook source
# MAGIC %md
# MAGIC # helpers
# MAGIC Common helpers for the retail ETL notebooks (run dates, money formatting, grouping).
# MAGIC
# MAGIC Usage from a task notebook: `%run ./lib/helpers`, optionally with `$env="prod"`.

# COMMAND ----------

# MAGIC %run ./io_utils

# COMMAND ----------

# DBTITLE 1,Environment
try:
    HELPERS_ENV = dbutils.widgets.get("env")
except Exception:  # %run without $env and no job parameter
    HELPERS_ENV = "dev"
print(f"helpers loaded (env={HELPERS_ENV})")

# COMMAND ----------

# DBTITLE 1,Formatting and grouping
from collections import defaultdict


def parse_run_date(value):
    """'2024-01-31' -> date; fails loudly on anything else (the job passes ISO dates)."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValueError(f"run_date must be YYYY-MM-DD, got {value!r}") from exc


def money(amount, currency="EUR"):
    return f"{amount:,.2f} {currency}"


def group_sum(rows, key, value):
    totals = defaultdict(float)
    for row in rows:
        totals[row[key]] += float(row[value])
    return {k: round(v, 2) for k, v in sorted(totals.items())}


def pct(part, whole):
    return 0.0 if not whole else round(100.0 * part / whole, 1)
