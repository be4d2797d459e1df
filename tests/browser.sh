#!/bin/sh
# make check-browser: pt-render's HTML in headless Chromium.  Prints the
# paragraph and the whole document to PDF and checks them with pdftotext and
# pdfinfo: the paragraph fits one A4 page; pages are numbered and carry a
# footer with kenmerk and title; nothing is clipped (the last sentence and a
# long name in full are in the text); the working document follows as an
# internal bijlage; a document printed from stdout, and the same dossier's
# page of a -o DIR batch, carry the footer, CONCEPT and INTERN WERKDOCUMENT
# on every page.  Takes a screenshot of the standalone grid SVG and checks
# that each dot is drawn, in its colour, where the SVG puts it.  Speaks TAP.
: "${PT_BUILD:?run through make check-browser}"
top=$(cd "$(dirname "$0")/.." && pwd)
out=$PT_BUILD/browser
rm -rf "$out" && mkdir -p "$out" || exit 4
PATH=$PT_BUILD:$PATH
export PATH PT_TODAY=${PT_TODAY:-2026-11-28}
n=0 failed=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)) failed=$((failed + 1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then pass "$1"; else fail "$1"; fi; }

D=$top/tests/data/render
# The whole dossier, one page of its own (so with the kenmerk footer); the
# paragraph of a typical proposal alone; the grid as an SVG file.
pt-render --section all --format html -o "$out/all/" "$D/full.json"
pt-render --format html -o "$out/para/" "$D/para/p03-adviseren-gekozen.json"
pt-render --section stakeholders -o "$out/md/" "$D/full.json"
html=$out/all/CV-2027-014.html para=$out/para/P-03.html svg=$out/md/CV-2027-014-krachtenveld.svg
check "pt-render wrote the documents" '[ -s "$html" ] && [ -s "$para" ] && [ -s "$svg" ]'

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
check "a Chromium is installed" '[ -n "$browser" ]'
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chrome() {
	timeout 180 "$browser" --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking --disable-component-update \
		--disable-sync --user-data-dir="$profile" "$@" >>"$out/chromium.log" 2>&1
}
pdf=$out/all.pdf ppdf=$out/para.pdf png=$out/grid.png
if [ -n "$browser" ]; then
	chrome --no-pdf-header-footer --print-to-pdf="$pdf" "file://$html"
	chrome --no-pdf-header-footer --print-to-pdf="$ppdf" "file://$para"
fi
check "Chromium printed both to PDF" '[ -s "$pdf" ] && [ -s "$ppdf" ] && head -c 4 "$pdf" | grep -q "%PDF"'
pages() { pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p'; }
check "the pages are A4" 'pdfinfo "$pdf" 2>/dev/null | grep -q "Page size:.*(A4)"'
check "the paragraph of a typical proposal fits one page ($(pages "$ppdf"))" '[ "$(pages "$ppdf")" = 1 ]'

pdftotext -layout "$pdf" "$out/all.txt" 2>/dev/null
pdftotext -layout "$ppdf" "$out/para.txt" 2>/dev/null
np=$(pages "$pdf")
check "the whole document has more than one page ($np)" '[ "${np:-0}" -gt 1 ]'
numbered=0 footed=0 i=1
while [ "$i" -le "${np:-0}" ]; do
	pdftotext -f "$i" -l "$i" -layout "$pdf" "$out/page.txt" 2>/dev/null
	grep -q "$i */ *$np *$" "$out/page.txt" && numbered=$((numbered + 1))
	grep -q "CV-2027-014 · Herinrichting Pancratiusplein" "$out/page.txt" && footed=$((footed + 1))
	i=$((i + 1))
done
check "every page is numbered 'n / $np' ($numbered of $np)" '[ "$numbered" = "$np" ]'
check "every page has the footer with kenmerk and title ($footed of $np)" '[ "$footed" = "$np" ]'
check "nothing clipped: the paragraph's last sentence is in its PDF" \
	'tr -s " \n" "  " < "$out/para.txt" | grep -q "weegt daarbij wat de participatie heeft opgeleverd"'
# The grid's legend prints at 9 pt or more: its words as tall as those of
# the table below it (0.86 of 10.5 pt), in the PDF's own word boxes.
pdftotext -bbox "$pdf" "$out/all.bbox" 2>/dev/null
legend_h=$(sed -n 's/.*xMin="\([0-9.]*\)" yMin="\([0-9.]*\)" xMax="[0-9.]*" yMax="\([0-9.]*\)">Omwonenden<.*/\1 \2 \3/p' "$out/all.bbox" |
	awk '$1 > 300 { h = $3 - $2; if (h > m) m = h } END { printf "%.1f", m }')
table_h=$(sed -n 's/.*xMin="\([0-9.]*\)" yMin="\([0-9.]*\)" xMax="[0-9.]*" yMax="\([0-9.]*\)">Omwonenden<.*/\1 \2 \3/p' "$out/all.bbox" |
	awk '$1 < 300 { h = $3 - $2; if (!m || h < m) m = h } END { printf "%.1f", m }')
check "the grid's legend prints as large as the table's text (word height $legend_h pt, table $table_h pt)" \
	'awk -v l="${legend_h:-0}" -v t="${table_h:-99}" "BEGIN { exit !(l > 0 && l >= t) }"'
# The long name wraps in the legend: its last word printed there (right
# of the grid, as the legend's words above), not cut off at the edge.
check "nothing clipped: a long stakeholder name in full in the legend" \
	'sed -n "s/.*xMin=\"\([0-9.]*\)\".*>Zonnestraal<.*/\1/p" "$out/all.bbox" | awk "\$1 > 300 { f = 1 } END { exit !f }"'
check "the working document follows, marked internal" 'grep -q "INTERN WERKDOCUMENT" "$out/all.txt"'
# (its own first line; the mark at the top of every page is the page's)
check "  after the paragraph" '[ "$(grep -n "INTERN WERKDOCUMENT —" "$out/all.txt" | head -1 | cut -d: -f1)" -gt "$(grep -n "^ *Participatie *$" "$out/all.txt" | head -1 | cut -d: -f1)" ]'
check "  and every page of a document that holds it marked so" '[ "$(tr -d "\f" < "$out/all.txt" | grep -c "^ *INTERN WERKDOCUMENT *$")" = "$np" ]'

# A document written to stdout, as the README prints it: its kenmerk and
# title on every page, CONCEPT on every page of a paragraph not ready, and
# INTERN WERKDOCUMENT on every page of a document with the working document.
pt-render --section all --format html "$D/para/p11-concept-routes.json" > "$out/stdout.html"
spdf=$out/stdout.pdf
[ -n "$browser" ] && chrome --no-pdf-header-footer --print-to-pdf="$spdf" "file://$out/stdout.html"
check "Chromium printed the stdout document" '[ -s "$spdf" ] && head -c 4 "$spdf" | grep -q "%PDF"'
sp=$(pages "$spdf")
footed=0 concept=0 internal=0 i=1
while [ "$i" -le "${sp:-0}" ]; do
	pdftotext -f "$i" -l "$i" -layout "$spdf" "$out/page.txt" 2>/dev/null
	grep -q "P-11 · Parkeerregulering Schil" "$out/page.txt" && footed=$((footed + 1))
	grep -q "CONCEPT" "$out/page.txt" && concept=$((concept + 1))
	grep -q "INTERN WERKDOCUMENT" "$out/page.txt" && internal=$((internal + 1))
	i=$((i + 1))
done
check "the stdout document has more than one page ($sp)" '[ "${sp:-0}" -gt 1 ]'
check "stdout: every page has the footer with kenmerk and title ($footed of $sp)" '[ "$footed" = "$sp" ]'
check "stdout: every page is marked CONCEPT ($concept of $sp)" '[ "$concept" = "$sp" ]'
check "stdout: every page is marked INTERN WERKDOCUMENT ($internal of $sp)" '[ "$internal" = "$sp" ]'

# The same dossier in a batch (-o DIR): its page carries the same marks.
pt-render --section all --format html -o "$out/batch/" "$D/para/p11-concept-routes.json"
bpdf=$out/batch.pdf
[ -n "$browser" ] && chrome --no-pdf-header-footer --print-to-pdf="$bpdf" "file://$out/batch/P-11.html"
bp=$(pages "$bpdf")
footed=0 concept=0 internal=0 i=1
while [ "$i" -le "${bp:-0}" ]; do
	pdftotext -f "$i" -l "$i" -layout "$bpdf" "$out/page.txt" 2>/dev/null
	grep -q "P-11 · Parkeerregulering Schil" "$out/page.txt" && footed=$((footed + 1))
	grep -q "CONCEPT" "$out/page.txt" && concept=$((concept + 1))
	grep -q "INTERN WERKDOCUMENT" "$out/page.txt" && internal=$((internal + 1))
	i=$((i + 1))
done
check "the batch page has more than one page ($bp)" '[ "${bp:-0}" -gt 1 ]'
check "-o DIR: every page has the footer with kenmerk and title ($footed of $bp)" '[ "$footed" = "$bp" ]'
check "-o DIR: every page is marked CONCEPT ($concept of $bp)" '[ "$concept" = "$bp" ]'
check "-o DIR: every page is marked INTERN WERKDOCUMENT ($internal of $bp)" '[ "$internal" = "$bp" ]'

# The grid: a screenshot of the SVG file at its own size; each dot must be
# in its colour at the place the SVG gives (a little above the centre,
# clear of the number).
w=$(sed -n 's/.*<svg [^>]*width="\([0-9]*\)".*/\1/p' "$svg" | head -1)
h=$(sed -n 's/.*<svg [^>]*height="\([0-9]*\)".*/\1/p' "$svg" | head -1)
[ -n "$browser" ] && chrome --hide-scrollbars --force-device-scale-factor=1 --window-size="$w,$h" \
	--screenshot="$png" "file://$svg"
check "a PNG screenshot of the grid" '[ -s "$png" ] && head -c 8 "$png" | grep -q PNG'
dots=0 right=0
grep -o '<circle cx="[0-9]*" cy="[0-9]*" r="7" fill="#[0-9a-f]*"' "$svg" > "$out/dots" || :
while read -r _ cx cy _ fill; do
	x=${cx#cx=\"} x=${x%\"} y=${cy#cy=\"} y=${y%\"} f=${fill#fill=\"#} f=${f%\"}
	got=$(convert "$png" -format "%[fx:int(255*p{$x,$((y - 5))}.r)] %[fx:int(255*p{$x,$((y - 5))}.g)] %[fx:int(255*p{$x,$((y - 5))}.b)]" info: 2>/dev/null)
	want="$(printf '%d %d %d' 0x$(echo "$f" | cut -c1-2) 0x$(echo "$f" | cut -c3-4) 0x$(echo "$f" | cut -c5-6))"
	dots=$((dots + 1))
	echo "$got $want" | awk '{ d = 0; for (i = 1; i <= 3; i++) { e = $i - $(i + 3); d += e < 0 ? -e : e } exit d > 60 }' &&
		right=$((right + 1))
done < "$out/dots"
check "the grid has its six scored stakeholders as dots ($dots)" '[ "$dots" = 6 ]'
check "each dot is drawn in its colour where the SVG puts it ($right of $dots)" '[ "$right" = "$dots" ]'
echo "# screenshot: $png"
echo "# PDF:        $pdf"
echo "1..$n"
echo "$((n - failed)) passed, $failed failed"
# a failed check fails make check-browser (and CI)
[ "$failed" -eq 0 ]
