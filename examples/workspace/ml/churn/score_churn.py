# Databricks notebook source
# MAGIC %md
# MAGIC # Score churn
# MAGIC Scores every customer with the churn baseline (a fixed logistic model agreed with the CRM team until the
# MAGIC scikit-learn model is approved) and appends the scores to `ml_scores.churn_scores`.

# COMMAND ----------

# DBTITLE 1,Model runtime
!pip install scikit-learn==1.4.2 mlflow-skinny==2.11.3

# COMMAND ----------

# DBTITLE 1,Parameters and secrets
env = dbutils.widgets.get("env")
run_date = dbutils.widgets.get("run_date")
model_version = dbutils.widgets.get("model_version")
feature_rows = dbutils.jobs.taskValues.get("prepare_features", "feature_rows", 0, 12)
crm_api_key = dbutils.secrets.get("ml-churn", "crm-api-key")
print(f"scoring {run_date} ({env}) with baseline v{model_version}; {feature_rows} feature rows upstream")

# COMMAND ----------

# DBTITLE 1,Load features
import json

SAMPLE_FEATURES = [
    {"customer_id": "C-0001", "recency_days": 1, "frequency": 9, "monetary": 412.5, "return_ratio": 0.0},
    {"customer_id": "C-0002", "recency_days": 44, "frequency": 2, "monetary": 61.2, "return_ratio": 0.5},
    {"customer_id": "C-0003", "recency_days": 2, "frequency": 6, "monetary": 288.1, "return_ratio": 0.0},
    {"customer_id": "C-0004", "recency_days": 71, "frequency": 1, "monetary": 9.8, "return_ratio": 0.0},
    {"customer_id": "C-0005", "recency_days": 0, "frequency": 14, "monetary": 803.4, "return_ratio": 0.071},
    {"customer_id": "C-0007", "recency_days": 29, "frequency": 3, "monetary": 70.3, "return_ratio": 0.333},
]
try:
    with open(f"/dbfs/FileStore/ml/churn/features_{run_date}.jsonl", encoding="utf-8") as fh:
        features = [json.loads(line) for line in fh if line.strip()]
except FileNotFoundError:
    features = SAMPLE_FEATURES
print(f"{len(features)} customers to score")

# COMMAND ----------

# DBTITLE 1,Baseline scoring
import math

WEIGHTS = {"intercept": -1.2, "recency_days": 0.045, "frequency": -0.22, "monetary": -0.0015, "return_ratio": 1.8}


def churn_probability(f):
    z = WEIGHTS["intercept"] + sum(WEIGHTS[k] * f[k] for k in ("recency_days", "frequency", "monetary", "return_ratio"))
    return 1.0 / (1.0 + math.exp(-z))


scores = []
for f in features:
    p = churn_probability(f)
    scores.append({"customer_id": f["customer_id"], "churn_probability": round(p, 4),
                   "risk": "high" if p >= 0.6 else "medium" if p >= 0.3 else "low",
                   "model_version": model_version, "scored_for": run_date})

# COMMAND ----------

# DBTITLE 1,Risk buckets
from collections import Counter

print("risk buckets:", dict(Counter(s["risk"] for s in scores)))
for s in sorted(scores, key=lambda s: -s["churn_probability"])[:3]:
    print(f"  {s['customer_id']}  p={s['churn_probability']:.3f}  {s['risk']}")

# COMMAND ----------

# DBTITLE 1,Save scores (Spark)
scores_df = spark.createDataFrame(scores)
scores_df.write.mode("append").saveAsTable("ml_scores.churn_scores")
display(scores_df.orderBy("churn_probability", ascending=False).limit(10))

# COMMAND ----------

high_risk = sum(1 for s in scores if s["risk"] == "high")
dbutils.jobs.taskValues.set(key="high_risk_customers", value=high_risk)
dbutils.notebook.exit(json.dumps({"scored": len(scores), "high_risk": high_risk}))
