#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Compares every value of a SQLite database with its copy in PostgreSQL, MySQL/MariaDB or SQLite.

Usage: compare.py SOURCE.sqlite (pg PSQL_URL | mysql HOST PORT USER DB | sqlite FILE)
Passwords come from PGPASSWORD / MWB_PASSWORD (never argv). Prints one line per table and exits 1
when any value differs. Values are compared as values, not as text: numbers as exact decimals
(a SQLite REAL is the decimal of its shortest repr), booleans as 0/1, BLOBs as bytes, CHAR padding
ignored, timestamps as text. Reads through the command-line clients, so no driver is needed.
"""
import decimal, os, re, sqlite3, subprocess, sys

TIMESTAMP = re.compile(r'^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?$')

def norm(v):
    if v is None:
        return None
    if isinstance(v, bytes):
        return ('b', v)
    if isinstance(v, float):
        return ('n', decimal.Decimal(repr(v)).normalize())
    if isinstance(v, int):
        return ('n', decimal.Decimal(v))
    s = str(v)
    try:
        if s and (s[0].isdigit() or s[0] in '-.') and all(c in '0123456789.-+eE' for c in s):
            return ('n', decimal.Decimal(s).normalize())
    except decimal.InvalidOperation:
        pass
    if TIMESTAMP.match(s) and '.' in s:
        s = s.rstrip('0').rstrip('.')
    return ('s', s.rstrip(' '))

def unescape_copy(field):
    if field == '\\N':
        return None
    out, i = [], 0
    while i < len(field):
        c = field[i]
        if c == '\\' and i + 1 < len(field):
            n = field[i + 1]
            out.append({'n': '\n', 'r': '\r', 't': '\t', '\\': '\\', 'b': '\b', 'f': '\f', 'v': '\v'}.get(n, n))
            i += 2
        else:
            out.append(c)
            i += 1
    return ''.join(out)

def pg_rows(url, table, columns, types, order):
    exprs = []
    for c, t in zip(columns, types):
        q = '"%s"' % c.replace('"', '""')
        if t == 'bytea':
            exprs.append("encode(%s, 'hex')" % q)
        elif t == 'boolean':
            exprs.append('%s::int' % q)
        elif t in ('real',):
            exprs.append('%s::float8' % q)
        else:
            exprs.append(q)
    sql = 'COPY (SELECT %s FROM "%s" ORDER BY %s) TO STDOUT' % (', '.join(exprs), table, order)
    out = subprocess.run(['psql', url, '-Atq', '-c', sql], capture_output=True, check=True).stdout.decode('utf-8')
    rows = []
    for line in out.split('\n')[:-1]:
        vals = [unescape_copy(f) for f in line.split('\t')]
        rows.append([bytes.fromhex(v) if (v is not None and t == 'bytea') else v for v, t in zip(vals, types)])
    return rows

def pg_columns(url, table):
    sql = ("SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() "
           "AND table_name = '%s' ORDER BY ordinal_position" % table)
    out = subprocess.run(['psql', url, '-Atq', '-F', '\t', '-c', sql], capture_output=True, check=True).stdout.decode()
    return [tuple(l.split('\t')) for l in out.splitlines()]

def mysql_run(args, sql):
    host, port, user, db = args
    env = dict(os.environ, MYSQL_PWD=os.environ.get('MWB_PASSWORD', ''))
    return subprocess.run(['mysql', '-h', host, '-P', port, '-u', user, '--batch', '--raw', '--skip-column-names',
                           '--default-character-set=utf8mb4', db, '-e', sql], capture_output=True, check=True, env=env).stdout

def mysql_rows(args, table, columns, types, order):
    exprs = ['HEX(`%s`)' % c if t in ('blob', 'longblob', 'mediumblob', 'varbinary', 'binary') else '`%s`' % c
             for c, t in zip(columns, types)]
    out = mysql_run(args, 'SELECT %s FROM `%s` ORDER BY %s' % (', '.join(exprs), table, order)).decode('utf-8')
    rows = []
    for line in out.split('\n')[:-1]:
        vals = [None if f == 'NULL' else f for f in line.split('\t')]
        rows.append([bytes.fromhex(v) if (v is not None and t.endswith('blob')) else v for v, t in zip(vals, types)])
    return rows

def main():
    src = sqlite3.connect(sys.argv[1])
    kind = sys.argv[2]
    tables = [r[0] for r in src.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                                        "AND name NOT LIKE 'mwb_%' ORDER BY name")]
    dst = sqlite3.connect(sys.argv[3]) if kind == 'sqlite' else None
    bad = 0
    for table in tables:
        info = src.execute('PRAGMA table_info("%s")' % table).fetchall()
        columns = [r[1] for r in info]
        pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5] > 0] or columns
        order = ', '.join('"%s"' % c for c in pk) if kind != 'mysql' else ', '.join('`%s`' % c for c in pk)
        srows = src.execute('SELECT %s FROM "%s" ORDER BY %s' % (', '.join('"%s"' % c for c in columns), table,
                                                                 ', '.join('"%s"' % c for c in pk))).fetchall()
        if kind == 'pg':
            types = dict(pg_columns(sys.argv[3], table))
            trows = pg_rows(sys.argv[3], table, columns, [types[c] for c in columns], order)
        elif kind == 'mysql':
            out = mysql_run(sys.argv[3:7], "SELECT column_name, data_type FROM information_schema.columns WHERE "
                            "table_schema = DATABASE() AND table_name = '%s'" % table).decode()
            types = dict(l.split('\t') for l in out.splitlines())
            trows = mysql_rows(sys.argv[3:7], table, columns, [types[c] for c in columns], order)
        else:
            trows = dst.execute('SELECT %s FROM "%s" ORDER BY %s' % (', '.join('"%s"' % c for c in columns), table,
                                                                     ', '.join('"%s"' % c for c in pk))).fetchall()
        diffs = 0
        if len(srows) != len(trows):
            diffs += abs(len(srows) - len(trows))
        for s, t in zip(srows, trows):
            for a, b in zip(s, t):
                if norm(a) != norm(b):
                    if diffs < 3:
                        print('  %s: %r != %r' % (table, a, b))
                    diffs += 1
        print('%-12s rows %8d/%-8d values differing: %d' % (table, len(srows), len(trows), diffs))
        bad += diffs
    print('EXACT' if bad == 0 else 'DIFFERENT (%d values)' % bad)
    sys.exit(0 if bad == 0 else 1)

main()
