#!/usr/bin/env python3
"""Do the schemas' enums and the man pages' lists say what termen.csv says?

    python3 tools/vocabcheck.py [TOP]

lib/data/termen.csv is the one home of the dossier's vocabularies (vocab,
code, a label per language).  Each enum of schema/*.json named in SCHEMA
must hold exactly the codes of its vocabularies (null aside); each list in
a man page named in MAN (the text from a line matching the anchor to the
next .It, .El or .Sh) must name every code.  Prints what differs, exactly,
and exits 1 when anything does.
"""
import csv, json, os, re, sys

BOTH = ("burgertrede", "overheidstrede")
SCHEMA = [
    ("dossier", "/properties/meldingen/items/properties/ernst", ("ernst",)),
    ("evaluatie", "/$defs/oordeel", ("oordeel",)),
    ("evaluatie", "/$defs/archiefregel/properties/schaal", ("schaal",)),
    ("evaluatie", "/$defs/archiefregel/properties/ladder", ("ladder",)),
    ("plan", "/$defs/trede", BOTH),
    ("plan", "/$defs/groep", ("groep",)),
    ("plan", "/properties/vergelijkbaar/items/properties/ladder", ("ladder",)),
    ("stakeholders", "/$defs/groep", ("groep",)),
    ("stakeholders", "/items/properties/houding", ("houding",)),
    ("stakeholders", "/items/properties/kwadrant", ("kwadrant",)),
    ("stakeholders", "/items/properties/salience", ("salience",)),
    ("stakeholders", "/items/properties/rol", ("rol",)),
    ("stakeholders", "/items/properties/trede", ("burgertrede",)),
    ("strategie", "/$defs/burgertrede", ("burgertrede",)),
    ("strategie", "/$defs/trede", BOTH),
    ("strategie", "/properties/ladder", ("ladder",)),
    ("strategie", "/properties/themas/items", ("thema",)),
    ("voorstel", "/$defs/trede", BOTH),
    ("voorstel", "/properties/soort", ("soort",)),
    ("voorstel", "/properties/initiatiefnemer", ("initiatiefnemer",)),
    ("voorstel", "/properties/locatie/properties/schaal", ("schaal",)),
    ("voorstel", "/properties/beleidsfase", ("beleidsfase",)),
    ("voorstel", "/properties/beleidsruimte", ("beleidsruimte",)),
    ("voorstel", "/properties/impact", ("impact",)),
    ("voorstel", "/properties/besluitDoor", ("besluitdoor",)),
    ("voorstel", "/properties/initiatiefFase", ("initiatieffase",)),
    ("voorstel", "/properties/thema/items", ("thema",)),
    ("voorstel", "/properties/instrument", ("instrument",)),
    ("voorstel", "/properties/zeggenschap", ("zeggenschap",)),
]
MAN = [
    ("pt-dossier.5", r"^\.It Li soort$", ("soort",)),
    ("pt-dossier.5", r"^\.It Li initiatiefnemer", ("initiatiefnemer",)),
    ("pt-dossier.5", r"^\.Li schaal", ("schaal",)),
    ("pt-dossier.5", r"^\.It Li beleidsfase", ("beleidsfase",)),
    ("pt-dossier.5", r"^\.It Li beleidsruimte", ("beleidsruimte",)),
    ("pt-dossier.5", r"^\.It Li impact", ("impact",)),
    ("pt-dossier.5", r"^\.It Li besluitDoor", ("besluitdoor",)),
    ("pt-dossier.5", r"^\.It Li initiatiefFase", ("initiatieffase",)),
    ("pt-dossier.5", r"^\.It Li thema$", ("thema",)),
    ("pt-dossier.5", r"^\.It Li instrument", ("instrument",)),
    ("pt-dossier.5", r"^\.It Li zeggenschap$", ("zeggenschap",)),
    ("pt-dossier.5", r"^\.It Li groep$", ("groep",)),
    ("pt-dossier.5", r"^\.It Li houding", ("houding",)),
    ("pt-dossier.5", r"^\.It Li kwadrant", ("kwadrant",)),
    ("pt-dossier.5", r"^\.It Li salience", ("salience",)),
    ("pt-dossier.5", r"^\.It Li rol$", ("rol",)),
    ("pt-stakeholders.1", r"^one of inwoners", ("groep",)),
    ("pt-stakeholders.1", r"^does so by topic", ("thema",)),
]


def terms(top):
    out = {}
    with open(os.path.join(top, "lib/data/termen.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            out.setdefault(row["vocab"], []).append(row["code"])
    return out


def pointer(doc, path):
    for part in path.strip("/").split("/"):
        doc = doc[part]
    return doc


def region(lines, anchor):
    for i, line in enumerate(lines):
        if re.search(anchor, line):
            out = [line]
            for more in lines[i + 1:]:
                if re.match(r"\.(It|El|Sh)\b", more):
                    break
                out.append(more)
            return re.sub(r"(^|\s)\.[A-Z][a-z]\b", " ", " ".join(out))
    return None


def main(top):
    vocab, faults = terms(top), []
    for name, path, vocabs in SCHEMA:
        want = [c for v in vocabs for c in vocab[v]]
        try:
            with open(os.path.join(top, "schema", name + ".schema.json"), encoding="utf-8") as f:
                got = [c for c in pointer(json.load(f), path)["enum"] if c is not None]
        except (KeyError, OSError) as e:
            faults.append(f"schema/{name}.schema.json {path}: no enum there ({e})")
            continue
        extra = [c for c in got if c not in want]
        missing = [c for c in want if c not in got]
        if extra or missing:
            faults.append(f"schema/{name}.schema.json {path} ({'+'.join(vocabs)}):"
                          + (f" not in termen.csv: {', '.join(extra)};" if extra else "")
                          + (f" missing: {', '.join(missing)}" if missing else ""))
    for name, anchor, vocabs in MAN:
        with open(os.path.join(top, "man", name), encoding="utf-8") as f:
            text = region(f.read().splitlines(), anchor)
        if text is None:
            faults.append(f"man/{name}: no line like /{anchor}/")
            continue
        missing = [c for v in vocabs for c in vocab[v]
                   if not re.search(r"(?<![\w-])" + re.escape(c) + r"(?![\w-])", text)]
        if missing:
            faults.append(f"man/{name} /{anchor}/ ({'+'.join(vocabs)}): missing: {', '.join(missing)}")
    for line in faults:
        print(line)
    print(f"# {len(SCHEMA)} enums, {len(MAN)} man page lists against termen.csv; {len(faults)} differ")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
