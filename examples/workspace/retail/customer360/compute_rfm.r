# Databricks notebook source
# MAGIC %md
# MAGIC # Compute RFM scores
# MAGIC Recency / frequency / monetary quintile scores (1 = worst, 5 = best) per customer over the last 12 months,
# MAGIC written to `crm_gold.rfm_scores`.

# COMMAND ----------

# DBTITLE 1,Parameters
run_date <- as.Date(dbutils.widgets.get("run_date"))
lookback_days <- 365
cat("RFM as of", format(run_date), "looking back", lookback_days, "days\n")

# COMMAND ----------

# DBTITLE 1,Order history (sample)
orders <- data.frame(
  customer_id = c("C-0001", "C-0001", "C-0001", "C-0002", "C-0003", "C-0003", "C-0004",
                  "C-0005", "C-0005", "C-0005", "C-0005", "C-0007", "C-0008", "C-0010"),
  order_date  = as.Date(c("2024-01-30", "2023-12-18", "2023-10-02", "2023-06-11", "2024-01-29", "2023-11-20",
                          "2023-02-14", "2024-01-31", "2024-01-12", "2023-12-22", "2023-12-01", "2023-09-09",
                          "2024-01-25", "2023-04-30")),
  amount      = c(54.20, 18.90, 31.75, 12.40, 88.10, 42.00, 9.80, 120.35, 64.00, 73.10, 45.90, 22.60, 37.45, 15.20),
  stringsAsFactors = FALSE
)
orders <- orders[orders$order_date > run_date - lookback_days, ]
cat(nrow(orders), "orders from", length(unique(orders$customer_id)), "customers\n")

# COMMAND ----------

# DBTITLE 1,Score
last_order <- aggregate(order_date ~ customer_id, data = orders, FUN = max)
frequency <- aggregate(amount ~ customer_id, data = orders, FUN = length)
monetary <- aggregate(amount ~ customer_id, data = orders, FUN = sum)
rfm <- merge(merge(last_order, frequency, by = "customer_id"), monetary, by = "customer_id")
names(rfm) <- c("customer_id", "last_order", "frequency", "monetary")
rfm$recency_days <- as.numeric(run_date - rfm$last_order)

quintile <- function(x, higher_is_better = TRUE) {
  r <- rank(if (higher_is_better) x else -x, ties.method = "first")
  ceiling(5 * r / length(x))
}
rfm$r_score <- quintile(rfm$recency_days, higher_is_better = FALSE)
rfm$f_score <- quintile(rfm$frequency)
rfm$m_score <- quintile(rfm$monetary)
print(rfm[order(-rfm$m_score), ])

# COMMAND ----------

# DBTITLE 1,Yesterday's top customers
# MAGIC %sql
# MAGIC SELECT customer_id, r_score, f_score, m_score, monetary
# MAGIC FROM main.crm_gold.rfm_scores
# MAGIC ORDER BY monetary DESC
# MAGIC LIMIT 10

# COMMAND ----------

# DBTITLE 1,Save (SparkR)
library(SparkR)
rfm$last_order <- as.character(rfm$last_order)
saveAsTable(createDataFrame(rfm), "crm_gold.rfm_scores", source = "delta", mode = "overwrite")

# COMMAND ----------

# MAGIC %python
# MAGIC rfm_rows = spark.table("crm_gold.rfm_scores").count()
# MAGIC dbutils.jobs.taskValues.set(key="rfm_rows", value=rfm_rows)
# MAGIC print(f"rfm_rows={rfm_rows}")

# COMMAND ----------

dbutils.notebook.exit("ok")
