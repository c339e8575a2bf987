# Databricks notebook source
# MAGIC %md
# MAGIC # Publish daily report
# MAGIC Renders the daily sales report from `main.retail_gold.daily_sales`, refreshes the KPI tiles (child notebook
# MAGIC `children/render_kpi_tiles`) and starts the BI extract refresh job owned by the analytics team.

# COMMAND ----------

# DBTITLE 1,Report dependencies
# MAGIC %pip install jinja2==3.1.4 tabulate==0.9.0

# COMMAND ----------

dbutils.library.restartPython()

# COMMAND ----------

# MAGIC %matplotlib inline

# COMMAND ----------

# DBTITLE 1,Shared config
# MAGIC %run ../shared/common_config

# COMMAND ----------

# MAGIC %run ./lib/helpers # formatting + io helpers

# COMMAND ----------

# DBTITLE 1,Parameters
import json

env = dbutils.widgets.get("env")
run_date = dbutils.widgets.get("run_date")
dbutils.widgets.multiselect("regions", "north", ["north", "south", "west"], "Regions with a drill-down")
drilldown_regions = [r for r in dbutils.widgets.get("regions").split(",") if r]
smtp_password = dbutils.secrets.get(scope="retail-etl", key="smtp-password")
audit_failures = dbutils.jobs.taskValues.get(taskKey="audit_quality", key="audit_failures", default=0, debugValue=0)
print(f"publishing {run_date} ({env}); drill-downs: {drilldown_regions}; audit failures: {audit_failures}")

# COMMAND ----------

# DBTITLE 1,KPI tiles (child notebook)
kpi_json = dbutils.notebook.run("./children/render_kpi_tiles", 0, {"run_date": run_date, "env": env})
kpis = json.loads(kpi_json)
by_region = sorted(kpis["revenue_by_region"].items())
print(f"KPI tiles: {money(kpis['gross_revenue'])} gross, {kpis['orders']} orders, basket {money(kpis['avg_basket'])}")

# COMMAND ----------

# DBTITLE 1,Regional drill-downs
regional = {}
for region in drilldown_regions:
    child = f"./children/region_{region}_report"
    try:
        regional[region] = dbutils.notebook.run(child, 600, {"run_date": run_date, "region": region})
    except Exception as exc:  # the regional notebooks are optional
        print(f"WARN drill-down for {region} skipped: {type(exc).__name__}")
print(f"{len(regional)} regional drill-down(s) rendered")

# COMMAND ----------

# DBTITLE 1,Summary table (Spark)
summary_pdf = (spark.table("main.retail_gold.daily_sales")
               .where(f"order_date = '{run_date}'")
               .groupBy("region")
               .sum("net_revenue")
               .toPandas())
summary_pdf.display()

# COMMAND ----------

# DBTITLE 1,Revenue by region chart
import matplotlib.pyplot as plt

fig, ax = plt.subplots(figsize=(6, 3))
ax.bar([r for r, _ in by_region], [v for _, v in by_region], color="#2f6f8f")
ax.set_ylabel("gross revenue (EUR)")
ax.set_title(f"Gross revenue by region, {run_date}")
fig.tight_layout()
fig.display()

# COMMAND ----------

# DBTITLE 1,HTML report
rows_html = "".join(f"<tr><td>{region}</td><td style='text-align:right'>{money(value)}</td></tr>"
                    for region, value in by_region)
banner = "" if not audit_failures else f"<p style='color:#b00'>{audit_failures} data-quality check(s) failed: figures are provisional</p>"
report_html = (f"<h3>Daily sales {run_date} ({env})</h3>{banner}"
               f"<table><tr><th>region</th><th>gross revenue</th></tr>{rows_html}</table>")
displayHTML(report_html)
report_path = f"/FileStore/retail/{env}/reports/daily_sales_{run_date}.html"
dbutils.fs.put(report_path, report_html, overwrite=True)
print(f"report written to {report_path} ({len(report_html)} chars)")

# COMMAND ----------

# DBTITLE 1,Start the BI extract refresh job
# analytics owns the BI extract job; it only needs the run date
job_call(1234567890123456, {"run_date": run_date, "env": env, "source": "retail_daily_etl"})

# COMMAND ----------

# DBTITLE 1,Legacy dashboard refresh
import urllib.request

DATABRICKS_TOKEN = "dapi0123456789abcdef0123456789abcdef"  # FAKE demo token, hard-coded by the original author
refresh = urllib.request.Request(
    f"{CONFIG['databricks_host']}/api/2.0/preview/sql/dashboards/4e1c9f70-retail-daily/refresh",
    headers={"Authorization": f"Bearer {DATABRICKS_TOKEN}"},
    method="POST",
)
if env == "prod":
    urllib.request.urlopen(refresh, timeout=30)
else:
    print("dev run: legacy dashboard refresh skipped")

# COMMAND ----------

dbutils.notebook.exit(json.dumps({"report": report_path, "regions": len(by_region), "audit_failures": audit_failures}))
