#!/usr/bin/env python3
"""Write a pseudo-language into copies of the text tables.

    python3 tools/pseudo.py DIR [LANG]        (LANG default qps)

For every text table of lib/data/ (see TEXTS) DIR/NAME gets a column LANG
whose every cell is the English (for the messages: the id) marked as
⟦…⟧; the language rules (taalregels.csv) get LANG as English.  Run a
program with PT_DATA_DIR=DIR --lang LANG and every text that comes from a
table shows its marks: what shows none was written some other way
(tests/t/house.t).  qps: ISO 639 keeps qaa-qtz for local use.
"""
import csv, os, sys

TOP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
# table: number of key columns
TEXTS = {"meldingen.csv": 1, "termen.csv": 2, "evaluatie-teksten.csv": 1, "plan-teksten.csv": 1}
RULES = ["taalregels.csv"]
# catalogue: the column of the English names, marked into a column LANG
NAMES = {"werkvormen.csv": "name"}


def table(name):
    with open(os.path.join(TOP, "lib/data", name), newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(rows)


def main(out, lang="qps"):
    os.makedirs(out, exist_ok=True)
    for name, keys in TEXTS.items():
        rows = table(name)
        en = rows[0].index("en") if "en" in rows[0] else None
        write(os.path.join(out, name), [rows[0] + [lang]] +
              [r + ["⟦" + (r[en] if en is not None and r[en] else r[0]) + "⟧"] for r in rows[1:]])
    for name, col in NAMES.items():
        rows = table(name)
        en = rows[0].index(col)
        write(os.path.join(out, name), [rows[0] + [lang]] + [r + ["⟦" + r[en] + "⟧"] for r in rows[1:]])
    for name in RULES:
        rows = table(name)
        en = rows[0].index("en")
        write(os.path.join(out, name), [rows[0] + [lang]] + [r + [r[en]] for r in rows[1:]])


if __name__ == "__main__":
    main(*sys.argv[1:3])
