# Databricks notebook source
# MAGIC %md
# MAGIC # date helpers
# MAGIC Retail business calendar: trading days are Monday to Saturday except public holidays; the fiscal year starts on the
# MAGIC Monday after the last Sunday of January and is named after the calendar year in which it ends (FY25 starts 2024-01-29).

# COMMAND ----------

# DBTITLE 1,Trading days
from datetime import date, timedelta

TRADING_WEEKDAYS = {0, 1, 2, 3, 4, 5}  # Monday..Saturday
PUBLIC_HOLIDAYS = {date(2024, 1, 1), date(2024, 3, 29), date(2024, 4, 1), date(2024, 12, 25), date(2024, 12, 26)}


def is_trading_day(d):
    return d.weekday() in TRADING_WEEKDAYS and d not in PUBLIC_HOLIDAYS


def previous_trading_day(d):
    d -= timedelta(days=1)
    while not is_trading_day(d):
        d -= timedelta(days=1)
    return d


def trading_days_back(d, n):
    for _ in range(n):
        d = previous_trading_day(d)
    return d

# COMMAND ----------

# DBTITLE 1,Fiscal calendar
def fiscal_year_start(year):
    jan31 = date(year, 1, 31)
    last_sunday = jan31 - timedelta(days=(jan31.weekday() + 1) % 7)
    return last_sunday + timedelta(days=1)


def fiscal_week(d):
    """FY25-W01 style label of the fiscal week that contains d."""
    start = fiscal_year_start(d.year)
    if d < start:
        start = fiscal_year_start(d.year - 1)
    week = (d - start).days // 7 + 1
    return f"FY{(start.year + 1) % 100:02d}-W{week:02d}"


print("date helpers loaded:", fiscal_week(date(2024, 1, 31)))
