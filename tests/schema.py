#!/usr/bin/python3
"""Validate dossiers (JSON Lines on stdin or files) against schema/dossier.schema.json
with Debian's python3-jsonschema; print TAP, one line per dossier."""
import json
import pathlib
import sys

import jsonschema

top = pathlib.Path(__file__).resolve().parent.parent
store = {}
for f in sorted((top / "schema").glob("*.schema.json")):
    s = json.loads(f.read_text())
    store[s["$id"]] = s
    store[f.name] = s
root = json.loads((top / "schema" / "dossier.schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(root)
resolver = jsonschema.RefResolver(base_uri=root["$id"], referrer=root, store=store)
validator = jsonschema.Draft202012Validator(root, resolver=resolver)
n = 0
bad = 0
for name in sys.argv[1:] or ["-"]:
    stream = sys.stdin if name == "-" else open(name, encoding="utf-8")
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        n += 1
        d = json.loads(line)
        errors = sorted(validator.iter_errors(d), key=lambda e: list(e.path))
        ident = d.get("voorstel", {}).get("id", "?") if isinstance(d.get("voorstel"), dict) else "?"
        if errors:
            bad += 1
            print(f"not ok {n} - {name}:{lineno} ({ident}) matches the schema")
            for e in errors[:5]:
                print(f"#   {'/'.join(map(str, e.path))}: {e.message[:200]}")
        else:
            print(f"ok {n} - {name}:{lineno} ({ident}) matches the schema")
print(f"1..{n}")
sys.exit(1 if bad else 0)
