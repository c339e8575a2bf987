// Databricks notebook source
// MAGIC %md
// MAGIC # Audit data quality
// MAGIC Row-level checks on the silver and gold tables of the run date. The exit value is `PASS` or `FAIL:<check names>`;
// MAGIC `publish_report` shows a "provisional figures" banner when checks failed (task value `audit_failures`).

// COMMAND ----------

// DBTITLE 1,Parameters
val env = dbutils.widgets.get("env")
val runDate = dbutils.widgets.get("run_date")
val auditRoot = s"s3a://acme-retail-curated/audit/$env/dt=$runDate"
println(s"auditing $env for $runDate -> $auditRoot")

// COMMAND ----------

// DBTITLE 1,Check definitions
case class Check(name: String, table: String, predicate: String, tolerance: Long)

val checks = Seq(
  Check("order_id present", "retail_silver.orders_clean", "order_id IS NULL", 0L),
  Check("positive quantity", "retail_silver.orders_clean", "qty <= 0", 0L),
  Check("net <= gross", "retail_silver.orders_clean", "net_amount > gross_amount", 0L),
  Check("region known", "main.retail_gold.daily_sales", "region IS NULL", 2L)
)
println(s"${checks.size} checks defined")

// COMMAND ----------

// DBTITLE 1,Run checks
spark.conf.set("spark.databricks.io.cache.enabled", "true")

val results = checks.map { c =>
  val failures = spark.table(c.table).where(s"(${c.predicate}) AND order_date = '$runDate'").count()
  (c, failures)
}
val failed = results.filter { case (c, n) => n > c.tolerance }
results.foreach { case (c, n) => println(f"${c.name}%-18s ${c.table}%-30s failures=$n%d") }

// COMMAND ----------

// DBTITLE 1,Negative revenue days
// MAGIC %sql
// MAGIC SELECT order_date, store_id, net_revenue
// MAGIC FROM main.retail_gold.daily_sales
// MAGIC WHERE net_revenue < 0
// MAGIC ORDER BY order_date DESC
// MAGIC LIMIT 50

// COMMAND ----------

// DBTITLE 1,Persist audit results
import spark.implicits._

val resultsDf = results
  .map { case (c, n) => (runDate, c.name, c.table, n, n <= c.tolerance) }
  .toDF("run_date", "check_name", "table_name", "failures", "passed")
resultsDf.write.mode("overwrite").json(auditRoot)
resultsDf.write.mode("append").saveAsTable("retail_audit.dq_results")
spark.conf.set("retail.audit.failures", failed.size.toString)

// COMMAND ----------

// DBTITLE 1,Expose the result to downstream tasks
// MAGIC %python
// MAGIC audit_failures = int(spark.conf.get("retail.audit.failures", "0"))
// MAGIC dbutils.jobs.taskValues.set(key="audit_failures", value=audit_failures)
// MAGIC print(f"audit failures: {audit_failures}")

// COMMAND ----------

dbutils.notebook.exit(if (failed.isEmpty) "PASS" else "FAIL:" + failed.map(_._1.name).mkString(","))
