# Databricks notebook source
# MAGIC %md
# MAGIC # Export segments
# MAGIC Publishes the customer segments to the partner exchange bucket (hashed e-mails only) and to the curated zone.

# COMMAND ----------

# MAGIC %run ../shared/common_config

# COMMAND ----------

# DBTITLE 1,Manual segment overrides (retired in RET-1519?)
# MAGIC %run ./legacy/segment_overrides

# COMMAND ----------

# DBTITLE 1,Parameters
import csv
import hashlib
import io

env = dbutils.widgets.get("env")
run_date = dbutils.widgets.get("run_date")
rfm_rows = dbutils.jobs.taskValues.get(taskKey="compute_rfm", key="rfm_rows", default=0)
print(f"exporting segments for {run_date} ({env}); upstream rfm_rows={rfm_rows}")

# COMMAND ----------

# DBTITLE 1,Segment export rows
SEGMENTS = [
    ("C-0001", "ana.silva@example.com", "champions", True),
    ("C-0003", "chloe.martin@example.fr", "champions", True),
    ("C-0005", "eva.novak@example.cz", "champions", False),
    ("C-0008", "h.schmidt@example.de", "loyal", True),
    ("C-0002", "ben.okafor@example.com", "at_risk", True),
    ("C-0007", "grace.lee@example.com", "at_risk", False),
    ("C-0004", "d.nguyen@example.com", "hibernating", True),
    ("C-0010", "jo.murphy@example.ie", "hibernating", True),
]
export_rows = [
    {"customer_ref": cid, "email_sha256": hashlib.sha256(email.encode()).hexdigest(), "segment": seg}
    for cid, email, seg, email_ok in SEGMENTS if email_ok
]
buf = io.StringIO()
writer = csv.DictWriter(buf, fieldnames=["customer_ref", "email_sha256", "segment"], lineterminator="\n")
writer.writeheader()
writer.writerows(export_rows)
export_csv = buf.getvalue()
print(f"{len(export_rows)} of {len(SEGMENTS)} customers exportable (e-mail consent)")
print(export_csv.splitlines()[1][:60] + "...")

# COMMAND ----------

# DBTITLE 1,Segment sizes (Scala)
# MAGIC %scala
# MAGIC val segments = spark.table("main.crm_gold.customer_360").groupBy("segment").count()
# MAGIC segments.orderBy("segment").show()

# COMMAND ----------

# DBTITLE 1,Write the curated export
export_path = f"s3a://acme-retail-curated/exports/segments/dt={run_date}/segments.csv"
dbutils.fs.put(export_path, export_csv, True)
print(f"wrote {len(export_csv):,} bytes to {export_path}")

# COMMAND ----------

# DBTITLE 1,Partner hand-off (Spark)
seg_df = spark.table("main.crm_gold.customer_360").where("email_ok").select("customer_id", "segment", "email")
seg_df.write.mode("overwrite").parquet(f"s3://acme-partner-exchange/outbound/segments/dt={run_date}/")
overlap = spark.sql("""
    SELECT count(*) AS n
    FROM partner_share.nielsen.household_panel p
    JOIN main.crm_gold.customer_360 c ON p.hashed_email = sha2(c.email, 256)
""").first()["n"]
print(f"{overlap} exported customers are in the partner panel")

# COMMAND ----------

# DBTITLE 1,Export log
(spark.createDataFrame([(run_date, len(export_rows), "partner_exchange")], "run_date string, rows int, target string")
      .write.mode("append")
      .saveAsTable("crm_gold.segment_export_log"))

# COMMAND ----------

dbutils.notebook.exit(str(len(export_rows)))
