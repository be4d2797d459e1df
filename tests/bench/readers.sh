#!/bin/sh
# Bench stage of the Word, ODF and PDF readers of --check (run by bench.sh
# with W, B and N set; issue 28): how each grows from n to 4n styles,
# paragraphs and pages (linear is 4x; the ceiling is 4.5x), and one
# process per PDF against pdftotext one process per file (ceiling 1.5x).
# The files are made by tests/data/check-readers/gen.py.
: "${B:?run through make bench}" "${W:?}"
[ -x "$B/pt-paragraph" ] || { echo "readers: not built, skipped"; exit 0; }
top=$(cd "$(dirname "$0")/../.." && pwd)
G="python3 $top/tests/data/check-readers/gen.py"
stat() { "$B/tools/runstat" "$@" | sed -n 's/^cpu \([0-9.]*\).*/\1/p'; }
# The CPU seconds of reading FILE, the least of three runs.
best() {
	m=
	for _ in 1 2 3; do
		t=$(stat /dev/null /dev/null "$B/pt-paragraph" --check -q "$1")
		m=$(awk -v a="$t" -v m="$m" 'BEGIN { print (m == "" || a < m) ? a : m }')
	done
	echo "$m"
}
growth() {	# name kind n what
	$G "$2" "$W/r1" "$3"
	$G "$2" "$W/r4" $(($3 * 4))
	ext=${2#*-}
	mv "$W/r1" "$W/r1.$ext" && mv "$W/r4" "$W/r4.$ext"
	a=$(best "$W/r1.$ext") b=$(best "$W/r4.$ext")
	awk -v n="$1" -v a="$a" -v b="$b" -v w="$4" 'BEGIN {
		g = (b + 0.002) / (a + 0.002)
		printf "%-14s %8s %8s %7.1f  %s\n", n, a, b, g, (g <= 4.5 ? "ok" : "OVER") " (" w ": growth at 4n, ceiling 4.5)"
	}'
}
growth "docx styles" styles-docx 10000 "10,000 and 40,000 Word styles"
growth "odt styles" styles-odt 5000 "5,000 and 20,000 chained ODF styles"
growth "docx paras" paras-docx 20000 "20,000 and 80,000 Word paragraphs"
growth "odt paras" paras-odt 20000 "20,000 and 80,000 ODF paragraphs"
growth "pdf pages" pages-pdf 50 "50 and 200 PDF pages of 40 lines"

# One process per PDF, as a CI job that checks each file apart runs it.
command -v pdftotext >/dev/null || { echo "check pdf/1: pdftotext not installed, skipped"; exit 0; }
set -- "$top"/tests/check-docs/*.pdf
t=$(stat /dev/null /dev/null sh -c 'for f; do "$0" --check -q "$f" >/dev/null; done' "$B/pt-paragraph" "$@")
f=$(stat /dev/null /dev/null sh -c 'for f; do pdftotext "$f" - >/dev/null; done' sh "$@")
awk -v a="$t" -v b="$f" -v k="$#" 'BEGIN {
	if (b < 0.001) b = 0.001
	r = a / b
	printf "%-14s %8s %8s %7.2f  %s\n", "check pdf/1", a, b, r, (r <= 1.5 ? "ok" : "OVER") " (one process a file vs pdftotext, " k " files; ceiling 1.5)"
}'
