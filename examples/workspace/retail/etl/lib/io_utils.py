# Databricks notebook source
# MAGIC %md
# MAGIC # io_utils
# MAGIC Low-level I/O helpers shared by the retail ETL notebooks: the order-line schema, CSV (de)serialisation and the
# MAGIC landing-zone loader. Pulled in through `lib/helpers`; task notebooks should not `%run` this notebook directly.

# COMMAND ----------

# DBTITLE 1,Schema and reference data
import csv
import io
import json
import os
import random
from datetime import date, datetime, timedelta

ORDER_FIELDS = ["order_id", "order_ts", "store_id", "customer_id", "sku", "qty", "unit_price", "promo_code", "channel"]

STORE_REGIONS = {
    "S001": "north",
    "S002": "north",
    "S003": "south",
    "S004": "west",
    "S005": "west",
}

SKU_CATALOG = {
    "SKU-1001": ("Arabica beans 1kg", 18.90),
    "SKU-1002": ("Oat milk 1l", 2.35),
    "SKU-1003": ("Sourdough loaf", 4.20),
    "SKU-1004": ("Olive oil 750ml", 9.80),
    "SKU-1005": ("Dark chocolate 100g", 2.95),
    "SKU-1006": ("Sparkling water 6x1l", 3.60),
}

RAW_BUCKET = "s3://acme-retail-raw"
LANDING_ROOT = "/dbfs/mnt/raw/orders"

# COMMAND ----------

# DBTITLE 1,Deterministic sample extract (dev / test)
def generate_pos_orders(run_date, n_orders=40, seed=7, source_system="pos"):
    """Deterministic stand-in for the POS extract, used in dev/test when no landing file exists."""
    rng = random.Random(f"{run_date}:{source_system}:{seed}")
    day = date.fromisoformat(run_date)
    promo_codes = ["", "", "", "SPRING10", "LOYAL5", "BUNDLE15"]
    lines = []
    for i in range(1, n_orders + 1):
        order_id = f"{source_system.upper()}-{day:%Y%m%d}-{i:04d}"
        store_id = rng.choice(sorted(STORE_REGIONS))
        customer_id = f"C-{rng.randint(1, 12):04d}"
        ts = datetime(day.year, day.month, day.day, 8, 0) + timedelta(minutes=rng.randint(0, 12 * 60))
        promo = rng.choice(promo_codes)
        for sku in rng.sample(sorted(SKU_CATALOG), rng.randint(1, 3)):
            lines.append({
                "order_id": order_id,
                "order_ts": ts.isoformat(timespec="seconds"),
                "store_id": store_id,
                "customer_id": customer_id,
                "sku": sku,
                "qty": rng.randint(1, 4),
                "unit_price": SKU_CATALOG[sku][1],
                "promo_code": promo,
                "channel": source_system,
            })
    # the POS feed re-sends ~5% of the lines a few minutes later; the sample does the same
    for line in rng.sample(lines, max(1, len(lines) // 20)):
        resent = dict(line)
        resent["order_ts"] = (datetime.fromisoformat(line["order_ts"]) + timedelta(minutes=3)).isoformat(timespec="seconds")
        lines.append(resent)
    # the training till in the head office (S099) is not a real store and must be rejected downstream
    lines.append({**lines[0], "order_id": f"{source_system.upper()}-{day:%Y%m%d}-9999", "store_id": "S099"})
    return lines

# COMMAND ----------

# DBTITLE 1,CSV helpers
def to_csv_text(rows, fieldnames=ORDER_FIELDS):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fieldnames, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def from_csv_text(text):
    rows = list(csv.DictReader(io.StringIO(text)))
    for row in rows:
        row["qty"] = int(row["qty"])
        row["unit_price"] = float(row["unit_price"])
    return rows

# COMMAND ----------

# DBTITLE 1,Landing zone
def landing_file(run_date, source_system="pos"):
    return f"{LANDING_ROOT}/{source_system}/dt={run_date}/orders.csv"


def load_orders(run_date, env="dev", source_system="pos"):
    """Order lines of one business day: the landing file when present, else the dev sample."""
    path = landing_file(run_date, source_system)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            return from_csv_text(fh.read())
    if env == "prod":
        raise FileNotFoundError(f"landing file missing: {path}")
    return generate_pos_orders(run_date, source_system=source_system)


def list_landing(source_system="pos"):
    """Landing partitions currently present for a source system (oldest first)."""
    try:
        return sorted(f.name.rstrip("/") for f in dbutils.fs.ls(f"dbfs:/mnt/raw/orders/{source_system}/"))
    except Exception as exc:  # the raw mount is not attached to dev clusters
        print(f"WARN landing zone not reachable: {type(exc).__name__}")
        return []
