#!/bin/sh
# make demo: the worked example through the whole pipeline.  Shows the
# participation paragraph as Markdown and writes the full HTML document.
set -e
: "${PT_BUILD:?run through make demo}"
PATH=$PT_BUILD:$PATH
ex=$(cd "$(dirname "$0")" && pwd)
out=${PT_DEMO_OUT:-$ex/../demo-out}
mkdir -p "$out"

echo "== pt-paragraph examples/voorstel.json | pt-stakeholders -f examples/stakeholders.csv | pt-strategy --explain | pt-plan"
pt-paragraph "$ex/voorstel.json" |
	pt-stakeholders -f "$ex/stakeholders.csv" |
	pt-strategy --explain |
	pt-plan > "$out/CV-2027-014.jsonl"

echo
echo "== pt-render --section paragraaf --format md"
# exit 1: the paragraph is a CONCEPT with an open question, shown in it
pt-render --section paragraaf --format md < "$out/CV-2027-014.jsonl" || [ $? = 1 ]

pt-render --section all --format html -o "$out" < "$out/CV-2027-014.jsonl" || [ $? = 1 ]
echo
echo "== the dossier:      $(cd "$out" && pwd)/CV-2027-014.jsonl"
echo "== the HTML document: $(cd "$out" && pwd)/CV-2027-014.html (open it in a browser; print to PDF for the council)"
