#!/bin/sh
# Bench stage of pt-paragraph --check on Word, ODF and PDF (run by bench.sh
# with W, B and N set): M copies (default N/10) of the proposals of
# tests/check-docs in each format, checked in one run, against the fastest
# reader of the same files at hand:
#   pdf   pdftotext, one process a file (poppler, as pt uses it)
#   docx  python3 zipfile + ElementTree, one process: unzip and parse
#   odt   word/document.xml or content.xml, the same
# Prints the CPU seconds of each, the ratio against the ceiling of issue 28
# (1.5x the fastest reader) and what 10,000 proposals cost.
: "${B:?run through make bench}" "${W:?}" "${N:=10000}"
[ -x "$B/pt-paragraph" ] || { echo "checkdocs: not built, skipped"; exit 0; }
M=${M:-$((N / 10))}
top=$(cd "$(dirname "$0")/../.." && pwd)
src=$top/tests/check-docs
stat() { "$B/tools/runstat" "$@" | sed -n 's/^cpu \([0-9.]*\).*/\1/p'; }
per10k() { awk -v t="$1" -v m="$M" 'BEGIN { printf "%.1f", t * 10000 / m }'; }
for ext in docx odt pdf; do
	D=$W/check-$ext
	rm -rf "$D" && mkdir -p "$D"
	set -- "$src"/*.$ext
	i=0
	while [ $i -lt "$M" ]; do
		for f in "$@"; do
			[ $i -lt "$M" ] || break
			cp "$f" "$D/v-$i.$ext"
			i=$((i + 1))
		done
	done
	t=$(stat /dev/null "$W/checkdocs.out" "$B/pt-paragraph" --check -q "$D")
	case $ext in
	pdf)
		command -v pdftotext >/dev/null || { echo "check $ext: pdftotext not installed, reference skipped"; continue; }
		f=$(stat /dev/null /dev/null sh -c "for f in '$D'/*.pdf; do pdftotext \"\$f\" - ; done") ;;
	*)
		part=word/document.xml
		[ $ext = odt ] && part=content.xml
		f=$(stat /dev/null /dev/null python3 -c "
import sys, zipfile, glob, xml.etree.ElementTree as ET
for p in glob.glob(sys.argv[1] + '/*'):
    ET.fromstring(zipfile.ZipFile(p).read(sys.argv[2]))" "$D" "$part") ;;
	esac
	r=$(awk -v a="$t" -v b="$f" 'BEGIN { if (b < 0.001) b = 0.001; printf "%.2f", a / b }')
	ref=$([ $ext = pdf ] && echo pdftotext || echo "python3 zipfile+ElementTree")
	v=$(awk -v r="$r" 'BEGIN { print (r <= 1.5 ? "ok" : "OVER") }')
	printf '%-14s %8s %8s %7s  %s\n' "check $ext" "$t" "$f" "$r" \
		"$v (vs $ref, $M files; ceiling 1.5; 10,000 cost ${t:+$(per10k "$t")} s)"
done

# Issue 20.4: nested list items on one long line (with a letter that is not
# ASCII, so columns are counted) at 10x and 100x; linear grows ~10x a step.
for k in 2000 20000 200000; do
	python3 -c "import sys; open(sys.argv[1], 'w').write('- ' * int(sys.argv[2]) + 'é')" "$W/items-$k.md" "$k"
	eval "t$k=\$(stat /dev/null /dev/null \"\$B/pt-paragraph\" --check -q \"\$W/items-\$k.md\")"
done
awk -v a="$t2000" -v b="$t20000" -v c="$t200000" 'BEGIN {
	g = (c + 0.001) / (b + 0.001)
	printf "%-14s %8s %8s %7.1f  %s\n", "check items", b, c, g, (g <= 20 ? "ok" : "OVER") " (\"- \" x 20,000 and x 200,000: growth, ceiling 20)"
}'
