#!/bin/sh
# The worked example of pt-results: from intake to the participation
# paragraph at the decision stage.
#   intake (../voorstel.json) -> stakeholders -> strategy -> plan
#   -> the proposal moves to besluitvorming -> the results of participation
#   (reactienota.csv) -> the paragraph, in Dutch and English -> --check.
# Run from the source tree: PT_BUILD=build sh examples/resultaten/run.sh
# (or make demo's PATH); writes into $PT_EXAMPLE_OUT (default: a temp dir).
set -e
: "${PT_BUILD:?set PT_BUILD to the build directory}"
PATH=$PT_BUILD:$PATH
ex=$(cd "$(dirname "$0")" && pwd)
out=${PT_EXAMPLE_OUT:-$(mktemp -d)}
mkdir -p "$out"

# 1. Intake to plan, as in make demo; the team chooses the plan's step.
pt-paragraph --set gewensteTrede=adviseren \
	--set 'motivatie=De raad legt de kaders vast; binnen die kaders adviseren bewoners en ondernemers over de inrichting.' \
	"$ex/../voorstel.json" |
	pt-stakeholders -f "$ex/../stakeholders.csv" |
	pt-strategy |
	pt-plan > "$out/plan.jsonl"

# 2. Months later: the participation was held, the proposal goes to the
#    council.  The reactienota spreadsheet holds what people said and what
#    was done with it; its name and e-mail columns are dropped, and a
#    phone number in a remark is taken out (pt-results says so on stderr
#    and in a melding).
pt-paragraph --set beleidsfase=besluitvorming "$out/plan.jsonl" |
	pt-results -f "$ex/reactienota.csv" \
		--terugkoppeling 'Reactienota op de website en een brief aan alle deelnemers' \
		> "$out/besluit.jsonl"

# 3. The paragraph for the council, in both languages, and the check that
#    a reviewer (or CI) runs on it.
pt-render --section paragraaf "$out/besluit.jsonl" > "$out/paragraaf.md"
pt-render --section paragraaf --lang en "$out/besluit.jsonl" > "$out/paragraph-en.md"
pt-render --section all --format html "$out/besluit.jsonl" > "$out/werkdocument.html"
pt-paragraph --check "$out/paragraaf.md"
echo "$out"
