#!/bin/sh
# The batch run the toolbox exists for: a year's college proposals (one CSV
# row each) and one stakeholder list (rows tagged with their proposal in the
# column 'voorstel') through the whole pipeline, into one participation
# paragraph per proposal in a directory, with an overview of which are
# not ready yet.
#   sh examples/batch.sh [OUTDIR]          (default: batch-out)
# The programs come from $PT_BUILD when set, else from PATH.
set -e
ex=$(cd "$(dirname "$0")" && pwd)
[ -n "$PT_BUILD" ] && PATH=$PT_BUILD:$PATH
out=${1:-batch-out}
mkdir -p "$out"
pt-paragraph --csv "$ex/batch/voorstellen-2027.csv" > "$out/dossiers.tmp"
pt-stakeholders -f "$ex/batch/stakeholders-2027.csv" < "$out/dossiers.tmp" |
	pt-strategy |
	pt-plan > "$out/dossiers.jsonl"
rm -f "$out/dossiers.tmp"
# exit 1: some paragraphs are CONCEPTs with an open question -- that is the
# news this script is for, not a failure
pt-render --section paragraaf -o "$out/" "$out/dossiers.jsonl" || [ $? = 1 ]
echo "$(ls "$out" | grep -v '^index\.md$' | grep -c '\.md$') participation paragraphs in $out/"
echo "$(grep -c '^"[^"]*";"[^"]*";"[^"]*";"CONCEPT"' "$out/overzicht.csv") not ready (CONCEPT): see $out/index.md or $out/overzicht.csv"
