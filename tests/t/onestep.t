#!/bin/sh
# One decision per dossier (DESIGN, issue 25): the step in strategie is the
# step the plan delivers and the paragraph states, in every dossier of the
# test corpus and in 2,000 generated ones, also where pt-plan lowered it.
. "$(dirname "$0")/../lib.sh"
chain="pt-paragraph | pt-stakeholders | pt-strategy | pt-plan"
run "\"$PT_BUILD/tools/gendossiers\" 2000 > gen.jsonl && cat $top/examples/voorstel.json $top/tests/scenarios/*.json gen.jsonl 2>/dev/null | jq -c 'if has(\"dossier\") then .dossier else . end' | $chain > all.jsonl 2>/dev/null"
is "the pipeline over the corpus and 2,000 generated dossiers" "$(wc -l < "$T/all.jsonl" | tr -d ' ')" "$(( $(wc -l < "$T/gen.jsonl") + 1 + $(ls "$top"/tests/scenarios/*.json | wc -l) ))"
run "pt-render --keep-going -o par/ all.jsonl"
cat > "$T/onestep.py" <<'PY'
import json, os, re, sys
# The Dutch words the paragraph uses for each step (lib/data/termen.csv).
steps = {"informeren", "raadplegen", "adviseren", "coproduceren", "meebeslissen",
         "reguleren", "regisseren", "stimuleren", "faciliteren", "loslaten"}
order = ["informeren", "raadplegen", "adviseren", "coproduceren", "meebeslissen"]
bad, n, lowered = [], 0, 0
for line in open(sys.argv[1]):
    d = json.loads(line)
    s = d.get("strategie", {})
    step, vid = s.get("trede"), d.get("voorstel", {}).get("id")
    if not vid or not os.path.exists(os.path.join(sys.argv[2], vid + ".md")):
        continue
    n += 1
    lowered += any(m.get("code") == "plan-trede-verlaagd" for m in d.get("meldingen", []))
    text = open(os.path.join(sys.argv[2], vid + ".md")).read()
    part = re.split(r"(?m)^## ", text)
    par = next((p for p in part if p.lower().startswith("participatie")), text).lower()
    if s.get("participatie") is False:
        if "geen participatie" not in par:
            bad.append(f"{vid}: no participation, and the paragraph does not say so")
        continue
    # An urgent first step may have a second one after it (strategie.vervolg).
    then = (s.get("vervolg") or {}).get("trede")
    top = max((order.index(t) for t in (step, then) if t in order), default=-1)
    acts = [a.get("trede") for a in d.get("plan", {}).get("activiteiten", []) if a.get("trede") in order]
    if top >= 0 and acts and max(order.index(a) for a in acts) > top:
        bad.append(f"{vid}: the plan goes above the strategy's {step}")
    said = step in par or (step == "loslaten" and re.search(r"\blaat\b[^.]*\blos\b", par))
    if step in steps and "concept" not in text.lower() and not said:
        bad.append(f"{vid}: the paragraph does not state {step}")
    others = [w for w in steps - {step, then} if re.search(r"\bop het niveau " + w, par)]
    if others:
        bad.append(f"{vid}: the paragraph states {others} where the strategy says {step}")
print(n, lowered)
for b in bad[:20]:
    print(b)
PY
python3 "$T/onestep.py" "$T/all.jsonl" "$T/par" > "$T/res"
set -- $(head -1 "$T/res")
is "every dossier rendered was checked (more than 2,000)" "$([ "${1:-0}" -gt 2000 ] && echo yes)" yes
is "some dossiers had their step lowered by the budget, so the rule is exercised" "$([ "${2:-0}" -gt 0 ] && echo yes)" yes
is "strategie, plan and paragraph state one step" "$(tail -n +2 "$T/res")" ""
done_testing
