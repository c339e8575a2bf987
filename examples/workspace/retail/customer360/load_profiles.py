# Databricks notebook source
# MAGIC %md
# MAGIC # Load customer profiles
# MAGIC Stages today's CRM profiles joined with the marketing consent flags into `crm_staging.profiles_daily`, the input
# MAGIC of `compute_rfm` and `build_customer_360`.

# COMMAND ----------

# MAGIC %run ../shared/common_config

# COMMAND ----------

# DBTITLE 1,Parameters
env = dbutils.widgets.get("env")
run_date = dbutils.widgets.get("run_date")
log = get_logger("load_profiles")
log.info("loading profiles for %s (%s)", run_date, env)

# COMMAND ----------

# DBTITLE 1,Profile snapshot
from collections import Counter
from datetime import date

PROFILES = [
    {"customer_id": "C-0001", "country": "PT", "birth_year": 1986, "loyalty_tier": "gold", "signup_date": "2021-03-14"},
    {"customer_id": "C-0002", "country": "UK", "birth_year": 1992, "loyalty_tier": "silver", "signup_date": "2022-07-02"},
    {"customer_id": "C-0003", "country": "FR", "birth_year": 1979, "loyalty_tier": "gold", "signup_date": "2020-11-23"},
    {"customer_id": "C-0004", "country": "de", "birth_year": 2001, "loyalty_tier": "bronze", "signup_date": "2023-01-09"},
    {"customer_id": "C-0005", "country": "CZ", "birth_year": 1968, "loyalty_tier": "platinum", "signup_date": "2019-05-30"},
    {"customer_id": "C-0006", "country": "IT", "birth_year": 1995, "loyalty_tier": "bronze", "signup_date": "2023-09-17"},
    {"customer_id": "C-0007", "country": "GB", "birth_year": 1989, "loyalty_tier": "silver", "signup_date": "2021-12-01"},
    {"customer_id": "C-0008", "country": "DE", "birth_year": 1974, "loyalty_tier": "gold", "signup_date": "2022-03-08"},
    {"customer_id": "C-0009", "country": "PL", "birth_year": 1999, "loyalty_tier": "bronze", "signup_date": "2024-01-02"},
    {"customer_id": "C-0010", "country": "IE", "birth_year": 1983, "loyalty_tier": "silver", "signup_date": "2020-06-21"},
]
profiles = [dict(p) for p in PROFILES]
print(f"{len(profiles)} profiles in today's snapshot")

# COMMAND ----------

# DBTITLE 1,Normalise and band
COUNTRY_FIXES = {"UK": "GB"}
as_of = date.fromisoformat(run_date)


def age_band(birth_year):
    age = as_of.year - birth_year
    if age < 25:
        return "18-24"
    if age < 40:
        return "25-39"
    if age < 55:
        return "40-54"
    return "55+"


for p in profiles:
    country = p["country"].upper()
    p["country"] = COUNTRY_FIXES.get(country, country)
    p["age_band"] = age_band(p["birth_year"])
    p["tenure_days"] = (as_of - date.fromisoformat(p["signup_date"])).days

print("by country:", dict(sorted(Counter(p["country"] for p in profiles).items())))
print("by age band:", dict(sorted(Counter(p["age_band"] for p in profiles).items())))

# COMMAND ----------

# DBTITLE 1,Quick look in R
# MAGIC %r
# MAGIC library(SparkR)
# MAGIC by_country <- sql("SELECT country, count(*) AS customers FROM retail_prod.crm.customer_profiles GROUP BY country")
# MAGIC display(by_country)

# COMMAND ----------

# DBTITLE 1,Join consent flags (Spark)
consents_df = spark.read.parquet("s3a://acme-retail-curated/crm/consents/latest/")
profiles_df = spark.read.table("retail_prod.crm.customer_profiles")
staged_df = profiles_df.join(consents_df, "customer_id", "left")
staged_df.write.mode("overwrite").saveAsTable("crm_staging.profiles_daily")

# COMMAND ----------

# DBTITLE 1,Task values
dbutils.jobs.taskValues.set(key="profile_count", value=len(profiles))
print(f"profile_count={len(profiles)}")

# COMMAND ----------

dbutils.notebook.exit(str(len(profiles)))
