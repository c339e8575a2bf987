# Databricks notebook source
# MAGIC %md
# MAGIC # Clean orders
# MAGIC Drops the lines the POS feed re-sends, prices every line (promotions, VAT) and appends the result to
# MAGIC `retail_silver.orders_clean`. Lines that fail validation go to `orders_rejected` for the stores team.

# COMMAND ----------

# MAGIC %run ./lib/helpers

# COMMAND ----------

# DBTITLE 1,Business calendar
# MAGIC %run "./lib/date helpers"

# COMMAND ----------

# MAGIC %run ./lib/pricing_rules

# COMMAND ----------

# DBTITLE 1,Parameters and upstream task values
env = dbutils.widgets.get("env")
run_date = dbutils.widgets.get("run_date")
dedupe_window_days = int(dbutils.widgets.get("dedupe_window_days"))
expected_rows = dbutils.jobs.taskValues.get(taskKey="ingest_orders", key="orders_row_count", default=0, debugValue=120)
print(f"cleaning {run_date} ({env}): expecting ~{expected_rows} lines, dedupe window {dedupe_window_days} trading days")
# Before the pricing refactor the helpers were pulled in like this -- kept for reference, do not re-enable:
# %run ./should_not_count
# dbutils.notebook.run("./nope", 0)

# COMMAND ----------

# DBTITLE 1,Delta write settings
spark.conf.set("spark.databricks.delta.schema.autoMerge.enabled", "true")
spark.conf.set("spark.databricks.delta.optimizeWrite.enabled", "true")

# COMMAND ----------

# DBTITLE 1,Drop re-sent lines
orders = load_orders(run_date, env=env)
window_start = trading_days_back(parse_run_date(run_date), dedupe_window_days)
latest = {}
for line in orders:
    key = (line["order_id"], line["sku"])
    if key not in latest or line["order_ts"] > latest[key]["order_ts"]:
        latest[key] = line
deduped = sorted(latest.values(), key=lambda l: (l["order_id"], l["sku"]))
print(f"{len(orders) - len(deduped)} re-sent line(s) dropped, {len(deduped)} unique lines (window starts {window_start})")

# COMMAND ----------

# DBTITLE 1,Price lines and split rejects
priced, rejected = [], []
for line in deduped:
    if line["store_id"] not in STORE_REGIONS or int(line["qty"]) <= 0:
        reason = "unknown store" if line["store_id"] not in STORE_REGIONS else "qty <= 0"
        rejected.append({**line, "reject_reason": reason})
        continue
    p = apply_pricing(line)
    p["region"] = STORE_REGIONS[p["store_id"]]
    p["fiscal_week"] = fiscal_week(parse_run_date(run_date))
    priced.append(p)
print(f"priced={len(priced)} rejected={len(rejected)} discounts={money(sum(p['discount_amount'] for p in priced))}")

# COMMAND ----------

# DBTITLE 1,Revenue bands (pasted from the pricing wiki)
# Revenue bands agreed with finance – see “Pricing & Promotions” on the wiki
REVENUE_BANDS = {
    “small”: (0, 20),
    “medium”: (20, 60),
    “large”: (60, 10_000),
}
band_floor = 0.0
max_line_discount = 0.25 – 0.05
band_title = “Net revenue — by line size”


def band_of(amount):
    for name, (lo, hi) in REVENUE_BANDS.items():
        if lo <= amount < hi:
            return name
    return “large”


line_count​ = len(priced)
band_counts = {name: 0 for name in REVENUE_BANDS}
for p in priced:
    band_counts[band_of(p["net_amount"] if p["net_amount"] > band_floor else band_floor)] += 1
print(band_title, band_counts, f"({line_count} lines, max line discount {max_line_discount:.2f})")

# COMMAND ----------

# DBTITLE 1,Silver DataFrame (Spark)
from pyspark.sql.functions import *

silver_df = (spark.createDataFrame(priced)
             .withColumn("order_ts", to_timestamp(col("order_ts")))
             .withColumn("order_date", to_date(col("order_ts")))
             .withColumn("_ingested_at", current_timestamp()))
latest_line_ts = max(p["order_ts"] for p in priced)  # NB: after the wildcard import this is pyspark's max
print(f"latest line at {latest_line_ts}")

# COMMAND ----------

# DBTITLE 1,Store totals
store_totals = {}
for p in priced:
    store_totals[p["store_id"]] = store_totals.get(p["store_id"], 0.0) + p["net_amount"]
best_store = max(store_totals, key=store_totals.get)
day_total = sum(store_totals.values())
for store, total in sorted(store_totals.items()):
    print(f"{store} {STORE_REGIONS[store]:<6} {money(total):>14} {pct(total, day_total):5.1f}%")
print(f"best store: {best_store}; day total {money(day_total)}")

# COMMAND ----------

# DBTITLE 1,Write silver (Spark)
target_table = "retail_silver.orders_clean"
spark.sql(f"DELETE FROM retail_silver.orders_clean WHERE order_date = '{run_date}'")
(silver_df.write
          .format("delta")
          .mode("append")
          .saveAsTable("retail_silver.orders_clean"))
written = spark.sql(f"SELECT count(*) AS n FROM {target_table} WHERE order_date = '{run_date}'").first()["n"]
print(f"{written} rows in {target_table} for {run_date}")

# COMMAND ----------

# DBTITLE 1,Rejects and preview (Spark)
if rejected:
    spark.createDataFrame(rejected).write.mode("overwrite").saveAsTable("orders_rejected")
display(spark.table("retail_silver.orders_clean").where(f"order_date = '{run_date}'").limit(20))

# COMMAND ----------

dbutils.notebook.exit(json.dumps({"clean_rows": len(priced), "rejected_rows": len(rejected)}))
