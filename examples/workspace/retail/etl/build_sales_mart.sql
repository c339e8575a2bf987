-- Databricks notebook source
-- MAGIC %md
-- MAGIC # Build sales mart
-- MAGIC Gold tables behind the daily sales dashboard:
-- MAGIC * `main.retail_gold.daily_sales`: one row per day and store, with fiscal week and region
-- MAGIC * `main.retail_gold.category_mix`: net revenue and margin per product category
-- MAGIC * `main.retail_gold.loyalty_uplift`: average line value per loyalty tier
-- MAGIC * `main.retail_gold.market_share`: our revenue against the Nielsen partner panel

-- COMMAND ----------

-- DBTITLE 1,Daily sales by store
CREATE OR REPLACE TABLE main.retail_gold.daily_sales AS
WITH fiscal_weeks AS (
  SELECT * FROM VALUES
    (DATE'2024-01-28', 'FY24-W52', 'Q4'),
    (DATE'2024-01-29', 'FY25-W01', 'Q1'),
    (DATE'2024-01-30', 'FY25-W01', 'Q1'),
    (DATE'2024-01-31', 'FY25-W01', 'Q1')
    AS fiscal(calendar_date, fiscal_week, fiscal_quarter)
),
order_lines AS (
  SELECT o.order_id, o.store_id, o.sku, o.qty, o.net_amount, to_date(o.order_ts) AS order_date
  FROM retail_silver.orders_clean o
),
store_lookup AS (
  SELECT store_id, store_name, region
  FROM spark_catalog.retail_legacy.store_dim
)
SELECT l.order_date,
       w.fiscal_week,
       s.region,
       l.store_id,
       s.store_name,
       count(DISTINCT l.order_id) AS orders,
       sum(l.qty) AS units,
       round(sum(l.net_amount), 2) AS net_revenue
FROM order_lines l
JOIN store_lookup s ON s.store_id = l.store_id
LEFT JOIN fiscal_weeks w ON w.calendar_date = l.order_date
GROUP BY l.order_date, w.fiscal_week, s.region, l.store_id, s.store_name

-- COMMAND ----------

-- DBTITLE 1,Category mix
INSERT OVERWRITE `main`.`retail_gold`.`category_mix`
SELECT p.category,
       count(*) AS lines,
       round(sum(o.net_amount), 2) AS net_revenue,
       round(sum(o.net_amount - o.qty * c.unit_cost), 2) AS margin
FROM retail_silver.orders_clean o
JOIN `retail_ref`.`product-catalog` p ON p.sku = o.sku
JOIN retail_prod.finance.product_costs c ON c.sku = o.sku AND c.valid_to IS NULL
GROUP BY p.category

-- COMMAND ----------

-- DBTITLE 1,Loyalty uplift
CREATE OR REPLACE TABLE main.retail_gold.loyalty_uplift AS
SELECT t.tier_name,
       count(DISTINCT o.customer_id) AS customers,
       round(avg(o.net_amount), 2) AS avg_line_value
FROM retail_silver.orders_clean o
JOIN retail_prod.crm.customer_profiles cp ON cp.customer_id = o.customer_id
JOIN loyalty_tiers t ON t.tier_code = cp.loyalty_tier
GROUP BY t.tier_name

-- COMMAND ----------

-- DBTITLE 1,Market share against the partner panel
CREATE OR REPLACE TABLE main.retail_gold.market_share AS
SELECT d.order_date,
       d.region,
       sum(d.net_revenue) AS our_revenue,
       max(n.category_revenue) AS market_revenue,
       round(100 * sum(d.net_revenue) / max(n.category_revenue), 2) AS share_pct
FROM main.retail_gold.daily_sales d
LEFT JOIN partner_share.nielsen.store_panel n
  ON n.region = d.region AND n.week_start = date_trunc('week', d.order_date)
GROUP BY d.order_date, d.region

-- COMMAND ----------

OPTIMIZE main.retail_gold.daily_sales ZORDER BY (store_id);
ANALYZE TABLE main.retail_gold.daily_sales COMPUTE STATISTICS

-- COMMAND ----------

-- DBTITLE 1,Where does the mart live?
-- MAGIC %python
-- MAGIC info = spark.sql("DESCRIBE DETAIL main.retail_gold.daily_sales").collect()[0].asDict()
-- MAGIC mart_location = info['location']
-- MAGIC print(f"daily_sales is stored at {mart_location}")

-- COMMAND ----------

-- MAGIC %python
-- MAGIC mart_rows = spark.table("main.retail_gold.daily_sales").count()
-- MAGIC dbutils.jobs.taskValues.set("mart_rows", mart_rows)
-- MAGIC print(f"daily_sales rows: {mart_rows}")

-- COMMAND ----------

-- DBTITLE 1,Yesterday by region
SELECT region, round(sum(net_revenue), 2) AS net_revenue
FROM main.retail_gold.daily_sales
WHERE order_date = date_sub(current_date(), 1)
GROUP BY region
ORDER BY net_revenue DESC

-- COMMAND ----------

-- MAGIC %md
-- MAGIC Downstream: `publish_report` reads `main.retail_gold.daily_sales`; the BI extract (`refresh_bi_extract`) reads
-- MAGIC `market_share` and `category_mix`.
