# Databricks notebook source
# MAGIC %md
# MAGIC # Ingest POS orders
# MAGIC Loads the daily point-of-sale extract into the bronze layer.
# MAGIC
# MAGIC | step | output |
# MAGIC |---|---|
# MAGIC | read the landing file (or the deterministic dev sample) | `orders` (list of order lines) |
# MAGIC | validate, stage the CSV on DBFS, archive it to S3 | `dbfs:/FileStore/retail/<env>/staging/orders/` |
# MAGIC | append to bronze | `retail_bronze.orders_raw` |
# MAGIC | publish task values for `clean_orders` | `orders_row_count`, `orders_stores` |

# COMMAND ----------

# DBTITLE 1,Job parameters
dbutils.widgets.text("env", "dev", "Environment")
dbutils.widgets.text("run_date", "2024-01-31", "Run date (YYYY-MM-DD)")
dbutils.widgets.dropdown("source_system", "pos", ["pos", "ecom", "marketplace"], "Source system")

# COMMAND ----------

# DBTITLE 1,Shared helpers
# MAGIC %run ./lib/helpers $env="dev"

# COMMAND ----------

# DBTITLE 1,Resolve parameters
env = dbutils.widgets.get("env")
run_date = dbutils.widgets.get("run_date")
source_system = dbutils.widgets.get("source_system")
run_day = parse_run_date(run_date)
print(f"env={env} run_date={run_day.isoformat()} source={source_system}")

# COMMAND ----------

# MAGIC %fs ls /mnt/raw/orders/pos/

# COMMAND ----------

# DBTITLE 1,Landing zone on the driver
# MAGIC %sh
# MAGIC echo "landing partitions (newest 3):"
# MAGIC ls /dbfs/mnt/raw/orders/pos/ 2>/dev/null | tail -n 3

# COMMAND ----------

# DBTITLE 1,Load the daily extract
orders = load_orders(run_date, env=env, source_system=source_system)
partitions = list_landing(source_system)
print(f"loaded {len(orders)} order lines for {run_date}; {len(partitions)} landing partition(s) visible")
print(json.dumps(orders[0], indent=2))

# COMMAND ----------

# DBTITLE 1,Validate
required = ("order_id", "order_ts", "store_id", "sku", "qty", "unit_price")
incomplete = [o for o in orders if any(o.get(k) in (None, "") for k in required)]
non_positive = [o for o in orders if int(o["qty"]) <= 0]
unknown_stores = sorted({o["store_id"] for o in orders} - set(STORE_REGIONS))
print(f"incomplete={len(incomplete)} non_positive_qty={len(non_positive)} unknown_stores={unknown_stores}")
assert not incomplete, f"{len(incomplete)} incomplete rows in the {source_system} extract"

# COMMAND ----------

# DBTITLE 1,Stage on DBFS and archive to S3
staging_dir = f"dbfs:/FileStore/retail/{env}/staging/orders"
staging_path = f"{staging_dir}/{run_date}.csv"
staging_csv = to_csv_text(orders)
dbutils.fs.put(staging_path, staging_csv, overwrite=True)
dbutils.fs.cp(staging_path, f"s3://acme-retail-raw/archive/orders/{source_system}/{run_date}.csv")
staged = [f.name for f in dbutils.fs.ls(staging_dir)]
print(f"staged {len(staging_csv):,} bytes; the staging folder holds {len(staged)} file(s)")

# COMMAND ----------

# DBTITLE 1,Append to bronze (Spark)
raw_df = (spark.read
          .option("header", "true")
          .option("inferSchema", "true")
          .csv(f"s3://acme-retail-raw/landing/orders/{source_system}/dt={run_date}/"))
(raw_df.write
       .format("delta")
       .mode("append")
       .saveAsTable("retail_bronze.orders_raw"))

# COMMAND ----------

# MAGIC %sql
# MAGIC SELECT store_id, count(*) AS order_lines, round(sum(qty * unit_price), 2) AS gross_amount
# MAGIC FROM retail_bronze.orders_raw
# MAGIC WHERE channel = 'pos'
# MAGIC GROUP BY store_id
# MAGIC ORDER BY store_id

# COMMAND ----------

# DBTITLE 1,Publish task values
stores = sorted({o["store_id"] for o in orders})
dbutils.jobs.taskValues.set(key="orders_row_count", value=len(orders))
dbutils.jobs.taskValues.set(key="orders_stores", value=stores)
print(f"task values: orders_row_count={len(orders)} orders_stores={stores}")

# COMMAND ----------

dbutils.notebook.exit(json.dumps({"rows": len(orders), "stores": len(stores), "run_date": run_date}))
