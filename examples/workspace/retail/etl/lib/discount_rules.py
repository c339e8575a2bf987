# Databricks notebook source
# MAGIC %md
# MAGIC # discount_rules
# MAGIC Promotion codes and their discount rates. `BUNDLE15` only applies to lines of 20 EUR or more.

# COMMAND ----------

# MAGIC %run ./pricing_rules

# COMMAND ----------

# DBTITLE 1,Promotion codes
DISCOUNT_CODES = {"SPRING10": 0.10, "LOYAL5": 0.05, "BUNDLE15": 0.15}
MAX_DISCOUNT = 0.20


def discount_for(code, gross=0.0):
    code = (code or "").strip().upper()
    rate = DISCOUNT_CODES.get(code, 0.0)
    if code == "BUNDLE15" and gross < 20:
        rate = 0.0
    return min(rate, MAX_DISCOUNT)
