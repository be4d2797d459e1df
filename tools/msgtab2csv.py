#!/usr/bin/env python3
"""Move msgtab.h-style lines into the messages table.

    python3 tools/msgtab2csv.py [FILE ...]     (default lib/msgtab.h)

Each line {"English, as in the code", "Nederlands"}, of FILE becomes a row
id,nl of lib/data/meldingen.csv (the id is the English; a row whose id is
there already is left as it is and named), and FILE keeps only its
comment.  For branches written when the Dutch of a message went in
lib/msgtab.h: merge (a union merge may bring the old lines back with the
new: those already in the table are dropped), run this once, then
tools/textcheck.py to find a line that came back but is no longer used.
"""
import csv, io, re, sys

TABLE = "lib/data/meldingen.csv"
ENTRY = re.compile(r'^\s*\{\s*"((?:[^"\\]|\\.)*)"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\},?\s*$')


def unescape(s):
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), s)


def main(files):
    with open(TABLE, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, known = rows[0], {r[0] for r in rows[1:]}
    nl = header.index("nl")
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    moved = there = 0
    for name in files:
        keep = []
        for line in open(name, encoding="utf-8"):
            m = ENTRY.match(line)
            if not m:
                keep.append(line)
                continue
            en, dutch = unescape(m.group(1)), unescape(m.group(2))
            if en in known:
                there += 1
                continue
            row = [""] * len(header)
            row[0], row[nl] = en, dutch
            w.writerow(row)
            known.add(en)
            moved += 1
        with open(name, "w", encoding="utf-8") as f:
            f.writelines(keep)
    with open(TABLE, "a", encoding="utf-8") as f:
        f.write(out.getvalue())
    print(f"{moved} messages moved into {TABLE}; {there} were there already (dropped)")


if __name__ == "__main__":
    main(sys.argv[1:] or ["lib/msgtab.h"])
