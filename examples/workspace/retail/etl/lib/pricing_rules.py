# Databricks notebook source
# MAGIC %md
# MAGIC # pricing_rules
# MAGIC Net price of an order line: gross = qty x unit price, minus the promotion discount (see `discount_rules`), VAT included.
# MAGIC
# MAGIC **Known issue (RET-1432):** since the promotions refactor `pricing_rules` and `discount_rules` `%run` each other.
# MAGIC Databricks tolerates it because the second include is a no-op for these definitions; the migration tool reports it as a cycle.

# COMMAND ----------

# MAGIC %run ./discount_rules

# COMMAND ----------

# DBTITLE 1,Line pricing
VAT_RATE = 0.20


def apply_pricing(line):
    gross = round(int(line["qty"]) * float(line["unit_price"]), 2)
    discount = round(gross * discount_for(line.get("promo_code", ""), gross), 2)
    net = round(gross - discount, 2)
    priced = dict(line)
    priced.update(
        gross_amount=gross,
        discount_amount=discount,
        net_amount=net,
        vat_amount=round(net * VAT_RATE / (1 + VAT_RATE), 2),
    )
    return priced
