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
import csv, json, os, sys

TOP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
# table: number of key columns
TEXTS = {"meldingen.csv": 1, "termen.csv": 2, "evaluatie-teksten.csv": 1, "plan-teksten.csv": 1}
TEXTS["render-teksten.csv"] = 1
# pt-render's sentence patterns: separated by ';' (pt_data_table)
TEXTS["zinnen.csv"] = 1
DELIMITER = {"zinnen.csv": ";"}
RULES = ["taalregels.csv"]
# catalogue: the column of the English names, marked into a column LANG
NAMES = {"werkvormen.csv": "name"}


def table(name):
    with open(os.path.join(TOP, "lib/data", name), newline="", encoding="utf-8") as f:
        return list(csv.reader(f, delimiter=DELIMITER.get(name, ",")))


def write(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f, delimiter=DELIMITER.get(os.path.basename(path), ","),
                   lineterminator="\n").writerows(rows)


def mark(s):
    return "⟦" + s + "⟧" if s else ""


def columns_per_language(out, lang):
    """The questions of pt-evaluate: a column LANG for the question and
    criterium_LANG for the criterion's name, after en and criterium_en."""
    name = "evaluatie-vragen.csv"
    rows = table(name)
    head = rows[0]
    pairs = [(head.index(c), c[:-2] + lang) for c in head if c == "en" or c.endswith("_en")]
    write(os.path.join(out, name), [head + [n for _, n in pairs]] +
          [r + [mark(r[i]) for i, _ in pairs] for r in rows[1:]])


def keys_per_language(out, lang):
    """The rules of pt-strategy: a key LANG beside en in each text."""
    name = "strategie-regels.json"
    with open(os.path.join(TOP, "lib/data", name), encoding="utf-8") as f:
        rules = json.load(f)
    for t in [r["tekst"] for r in rules["regels"]] + rules.get("uitdaagrecht", []):
        t[lang] = mark(t["en"])
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        json.dump(rules, f, ensure_ascii=False, indent=1)


def rule_table(out, lang):
    """The rules of --check: a key LANG beside en in each text and message."""
    name = "check-config.json"
    with open(os.path.join(TOP, "lib/data", name), encoding="utf-8") as f:
        cfg = json.load(f)
    for row in cfg["ruleTable"]:
        for k in ("text", "message"):
            if k in row:
                row[k][lang] = mark(row[k]["en"])
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        json.dump(cfg, f, ensure_ascii=False, indent=1)


# The text tables of pt-strategy, pt-paragraph, pt-stakeholders, --check.
TEXTS.update({"strategie-teksten.csv": 1, "intake-teksten.csv": 1, "intake-velden.csv": 1,
              "intake-waarom.csv": 1, "stakeholders-teksten.csv": 1, "aanpak.csv": 2,
              "check-teksten.csv": 1})


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
    columns_per_language(out, lang)
    keys_per_language(out, lang)
    rule_table(out, lang)


if __name__ == "__main__":
    main(*sys.argv[1:3])
