# Databricks notebook source
# MAGIC %md
# MAGIC # Churn score drift
# MAGIC Population stability index (PSI) of today's churn scores against the training baseline. Above 0.2 the
# MAGIC `customer_360` job is re-run so that the segments pick up the new risk flags.

# COMMAND ----------

# MAGIC %run ../../retail/shared/common_config

# COMMAND ----------

# DBTITLE 1,Parameters
env = dbutils.widgets.get("env")
run_date = dbutils.widgets.get("run_date")
PSI_ALERT = 0.2

# COMMAND ----------

# DBTITLE 1,Score distributions
BUCKETS = ["0.0-0.2", "0.2-0.4", "0.4-0.6", "0.6-0.8", "0.8-1.0"]
baseline_share = [0.34, 0.27, 0.19, 0.12, 0.08]
current_share = [0.31, 0.28, 0.20, 0.13, 0.08]
for bucket, b, c in zip(BUCKETS, baseline_share, current_share):
    print(f"{bucket}  baseline {b:5.1%}  today {c:5.1%}")

# COMMAND ----------

# DBTITLE 1,Population stability index
import math

psi = sum((c - b) * math.log(c / b) for b, c in zip(baseline_share, current_share))
print(f"PSI = {psi:.4f} ({'drift' if psi > PSI_ALERT else 'stable'})")

# COMMAND ----------

# DBTITLE 1,Re-run customer_360 on drift
if psi > PSI_ALERT:
    job_call(587310042219876, {"run_date": run_date, "env": env, "reason": "churn_drift"})
else:
    log_step("drift_report", "scores stable, customer_360 not re-run")

# COMMAND ----------

dbutils.notebook.exit(f"{psi:.4f}")
