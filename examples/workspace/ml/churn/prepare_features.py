# Databricks notebook source
# MAGIC %md
# MAGIC # Prepare churn features
# MAGIC Builds one feature row per customer from the order history of the last `lookback_days` days and writes them to
# MAGIC `ml_features.churn_features` (and as JSON lines to the feature bucket for the offline training pipeline).

# COMMAND ----------

# DBTITLE 1,Shared config (absolute path)
# MAGIC %run /Repos/retail/shared/common_config

# COMMAND ----------

# DBTITLE 1,Parameters
dbutils.widgets.text("lookback_days", "90", "Look-back window (days)")
env = dbutils.widgets.get("env")
run_date = dbutils.widgets.get("run_date")
lookback_days = int(dbutils.widgets.get("lookback_days"))
print(f"features for {run_date} ({env}), {lookback_days} day look-back")

# COMMAND ----------

# DBTITLE 1,Order history (sample)
import json
import random
import statistics
from datetime import date, timedelta

as_of = date.fromisoformat(run_date)
rng = random.Random(f"churn:{run_date}")
history = []
for n in range(1, 13):
    customer_id = f"C-{n:04d}"
    activity = rng.choice([0.02, 0.05, 0.1, 0.25])  # orders per day
    for day in range(lookback_days):
        if rng.random() < activity:
            history.append({
                "customer_id": customer_id,
                "order_date": as_of - timedelta(days=day),
                "amount": round(rng.uniform(5, 90), 2),
                "returned": rng.random() < 0.06,
            })
print(f"{len(history)} orders from {len({h['customer_id'] for h in history})} customers")

# COMMAND ----------

# DBTITLE 1,Features
by_customer = {}
for h in history:
    by_customer.setdefault(h["customer_id"], []).append(h)

features = []
for customer_id, orders in sorted(by_customer.items()):
    dates = sorted(o["order_date"] for o in orders)
    gaps = [(b - a).days for a, b in zip(dates, dates[1:])]
    features.append({
        "customer_id": customer_id,
        "recency_days": (as_of - dates[-1]).days,
        "frequency": len(orders),
        "monetary": round(sum(o["amount"] for o in orders), 2),
        "avg_basket": round(statistics.mean(o["amount"] for o in orders), 2),
        "mean_gap_days": round(statistics.mean(gaps), 1) if gaps else float(lookback_days),
        "return_ratio": round(sum(o["returned"] for o in orders) / len(orders), 3),
        "as_of": run_date,
    })
print(f"{len(features)} feature rows")

# COMMAND ----------

# DBTITLE 1,Feature summary
for name in ("recency_days", "frequency", "monetary", "avg_basket", "mean_gap_days"):
    values = [f[name] for f in features]
    print(f"{name:<14} mean={statistics.mean(values):8.2f} median={statistics.median(values):8.2f} "
          f"stdev={statistics.pstdev(values):8.2f}")

# COMMAND ----------

# DBTITLE 1,Features to the feature bucket
features_path = f"s3://acme-ml-features/churn/features/dt={run_date}/features.jsonl"
dbutils.fs.put(features_path, "\n".join(json.dumps(f) for f in features) + "\n", overwrite=True)
print(f"wrote {len(features)} rows to {features_path}")

# COMMAND ----------

# DBTITLE 1,Feature table (Spark)
spark.createDataFrame(features).write.mode("overwrite").saveAsTable("ml_features.churn_features")

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT count(*) AS customers, round(avg(recency_days), 1) AS avg_recency, round(avg(monetary), 2) AS avg_monetary
# MAGIC FROM ml_features.churn_features

# COMMAND ----------

dbutils.jobs.taskValues.set(key="feature_rows", value=len(features))
dbutils.notebook.exit(json.dumps({"feature_rows": len(features), "as_of": run_date}))
