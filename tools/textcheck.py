#!/usr/bin/env python3
"""Check the messages table lib/data/meldingen.csv against the code.

    python3 tools/textcheck.py [TOP]

Prints one line per fault and exits 1 when there is one:
  twice     an id (the English of a message) in two rows
  unused    an id no C file under lib/ or cmd/ holds as a string literal
            (adjacent literals joined, as the compiler joins them)
  format    a language's text with other printf conversions than the id
  missing   a pt_tr("...") text of the code with no row (it would speak
            English in every language); a text with no letters is exempt
"""
import csv, glob, os, re, sys

CONV = re.compile(r'%(?:%|[-+ #0]*\d*(?:\.\d+|\.\*)?(?:hh|h|ll|l|z|j|t)?[diouxXeEfgGcsp])')


def c_strings(text):
    """Every string literal of a C file, adjacent ones joined."""
    out, cur, i, n = [], None, 0, len(text)
    token = re.compile(r'/\*.*?\*/|//[^\n]*|\'(?:[^\'\\\n]|\\.)*\'|"((?:[^"\\\n]|\\.)*)"|\s+|.', re.S)
    for m in token.finditer(text):
        t = m.group(0)
        if t.startswith('"'):
            part = m.group(1).encode("latin-1").decode("unicode_escape").encode("latin-1").decode("utf-8", "replace")
            cur = part if cur is None else cur + part
        elif t.isspace() or t.startswith("/*") or t.startswith("//"):
            continue
        elif cur is not None:
            out.append(cur)
            cur = None
    if cur is not None:
        out.append(cur)
    return out


def tr_texts(text):
    """The texts of pt_tr("..." "...") calls: the literal right after it."""
    out, pending = [], False
    token = re.compile(r'/\*.*?\*/|//[^\n]*|\'(?:[^\'\\\n]|\\.)*\'|"((?:[^"\\\n]|\\.)*)"|pt_tr\s*\(|\s+|.', re.S)
    cur = None
    for m in token.finditer(text):
        t = m.group(0)
        if t.startswith("pt_tr"):
            pending, cur = True, None
        elif t.startswith('"') and pending:
            part = m.group(1).encode("latin-1").decode("unicode_escape").encode("latin-1").decode("utf-8", "replace")
            cur = part if cur is None else cur + part
        elif t.isspace() or t.startswith("/*") or t.startswith("//"):
            continue
        elif pending:
            if cur is not None:
                out.append(cur)
            pending, cur = False, None
    return out


def conversions(s):
    return [c for c in CONV.findall(s) if c != "%%"]


def main(top):
    faults = []
    literals, said = set(), {}
    for name in sorted(glob.glob(os.path.join(top, "lib/*.c")) + glob.glob(os.path.join(top, "cmd/*.c"))):
        text = open(name, encoding="latin-1").read()
        literals.update(c_strings(text))
        for t in tr_texts(text):
            said.setdefault(t, os.path.relpath(name, top))
    table = os.path.join(top, "lib/data/meldingen.csv")
    with open(table, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, seen = rows[0], set()
    for n, row in enumerate(rows[1:], 2):
        en = row[0]
        if en in seen:
            faults.append(f"meldingen.csv:{n}: twice: {en}")
        seen.add(en)
        if en not in literals:
            faults.append(f"meldingen.csv:{n}: unused: {en}")
        for lang, text in zip(header[1:], row[1:]):
            if text and conversions(text) != conversions(en):
                faults.append(f"meldingen.csv:{n}: format: {lang} has {conversions(text)}, the id {conversions(en)}: {en}")
    for t, name in sorted(said.items(), key=lambda x: (x[1], x[0])):
        if t not in seen and re.search(r"[A-Za-z]{2}", t):
            faults.append(f"{name}: missing: {t}")
    for line in faults:
        print(line)
    print(f"# {len(rows) - 1} messages, {len(faults)} faults")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
