# Databricks notebook source
# MAGIC %md
# MAGIC # KPI tiles
# MAGIC Child notebook started by `publish_report` with `dbutils.notebook.run`; returns the dashboard tile values as a JSON string.

# COMMAND ----------

# DBTITLE 1,Parameters
dbutils.widgets.text("run_date", "2024-01-31")
dbutils.widgets.text("env", "dev")

# COMMAND ----------

# MAGIC %run ../lib/helpers

# COMMAND ----------

# DBTITLE 1,Compute tiles
run_date = dbutils.widgets.get("run_date")
env = dbutils.widgets.get("env")
lines = load_orders(run_date, env=env)
known = [dict(l, region=STORE_REGIONS[l["store_id"]], amount=l["qty"] * l["unit_price"])
         for l in lines if l["store_id"] in STORE_REGIONS]
revenue_by_region = group_sum(known, "region", "amount")
orders = len({l["order_id"] for l in known})
gross_revenue = round(sum(revenue_by_region.values()), 2)

# COMMAND ----------

tiles = {
    "run_date": run_date,
    "gross_revenue": gross_revenue,
    "orders": orders,
    "avg_basket": round(gross_revenue / orders, 2) if orders else 0.0,
    "revenue_by_region": revenue_by_region,
}
print(json.dumps(tiles, indent=2))

# COMMAND ----------

dbutils.notebook.exit(json.dumps(tiles))
