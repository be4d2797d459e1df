#!/bin/sh
# make check-browser: the demo HTML in headless Chromium.  Prints it to PDF,
# checks with pdftotext that the participation paragraph is in it and that
# the pages are A4, and saves a PNG screenshot under the build directory for
# people to look at.  Speaks TAP.
: "${PT_BUILD:?run through make check-browser}"
top=$(cd "$(dirname "$0")/.." && pwd)
out=$PT_BUILD/browser
rm -rf "$out" && mkdir -p "$out" || exit 4
PATH=$PT_BUILD:$PATH
export PATH PT_TODAY=${PT_TODAY:-2026-11-28}
n=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then pass "$1"; else fail "$1"; fi; }

# The demo when the whole pipeline is built; else the same kind of dossier,
# hand-written, so that the browser test does not wait for every program.
html=$out/CV-2027-014.html
if [ -x "$PT_BUILD/pt-stakeholders" ] && [ -x "$PT_BUILD/pt-strategy" ] && [ -x "$PT_BUILD/pt-plan" ]; then
	PT_DEMO_OUT=$out sh "$top/examples/demo.sh" > "$out/demo.log" 2>&1
	check "make demo wrote the HTML document" '[ -s "$html" ]'
else
	echo "# pt-stakeholders, pt-strategy or pt-plan not built: rendering tests/data/render/full.json"
	pt-render --section all --format html -o "$out/" "$top/tests/data/render/full.json"
	check "pt-render wrote the HTML document" '[ -s "$html" ]'
fi

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
check "a Chromium is installed" '[ -n "$browser" ]'
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chrome() {
	timeout 180 "$browser" --headless --no-sandbox --disable-gpu --disable-quic \
		--no-first-run --disable-background-networking --disable-component-update \
		--disable-sync --user-data-dir="$profile" "$@" >>"$out/chromium.log" 2>&1
}
pdf=$out/CV-2027-014.pdf png=$out/CV-2027-014.png
[ -n "$browser" ] && chrome --no-pdf-header-footer --print-to-pdf="$pdf" "file://$html"
check "Chromium printed it to PDF" '[ -s "$pdf" ] && head -c 4 "$pdf" | grep -q "%PDF"'

pdftotext -layout "$pdf" "$out/pdf.txt" 2>/dev/null
for text in "Herinrichting Pancratiusplein" "Participatie" "Aanleiding en afweging" \
	"Wat ligt vast en wat is open" "Wie worden betrokken" "Rol van de raad" \
	"Stakeholderanalyse" "Participatieplan"; do
	check "the PDF has '$text'" 'grep -q "$text" "$out/pdf.txt"'
done
check "the grid's labels are text in the PDF" 'grep -q "Ondernemersve" "$out/pdf.txt"'
check "the pages are A4" 'pdfinfo "$pdf" 2>/dev/null | grep -q "Page size:.*(A4)"'

[ -n "$browser" ] && chrome --hide-scrollbars --window-size=1000,3200 --screenshot="$png" "file://$html"
check "a PNG screenshot is saved" '[ -s "$png" ] && head -c 8 "$png" | grep -q PNG'
echo "# screenshot: $png"
echo "# PDF:        $pdf"
echo "1..$n"
