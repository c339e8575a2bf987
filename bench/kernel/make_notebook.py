#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the benchmark notebook: N small code cells ("x = i * 2; print(x)"), nbformat 4.5."""
import json
import sys

cells = int(sys.argv[2]) if len(sys.argv) > 2 else 200
nb = {
    "cells": [
        {"cell_type": "code", "execution_count": None, "id": "c%d" % i, "metadata": {}, "outputs": [],
         "source": "x = %d * 2\nprint(x)" % i}
        for i in range(cells)
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    json.dump(nb, f, indent=1)
