#!/bin/sh
# Make the Word, ODF and PDF corpus of pt-paragraph --check from the
# Markdown corpus: tools/mkcorpus.sh [-e] [OUT]  (default tests/check-docs);
# -e writes the .expect files only, from the files there.
#
#   NAME.docx, NAME.odt   pandoc from tests/check/NAME.md
#   NAME.pdf              LibreOffice headless from NAME.odt (its headings
#                         keep their sizes); without LibreOffice, pandoc
#                         through groff (--pdf-engine=pdfroff), whose
#                         headings are all bold at body size
#   NAME-lo.docx/.odt/.pdf  the same, saved again by LibreOffice headless
#                         (its XML differs from pandoc's), for LO_FILES
#
# The files are committed: make check needs neither pandoc, groff nor
# LibreOffice.  Markdown that pandoc cannot carry into Word is left out:
# <!-- pt-disable --> comments and raw HTML tables (raw HTML is dropped).
# Needs: pandoc groff (and libreoffice-writer-nogui for the -lo files).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
only_expect=0
[ "${1:-}" = -e ] && only_expect=1 && shift
out=${1:-$top/tests/check-docs}
src=$top/tests/check
LO_FILES="01-sound-h2 10-sound-bold-label 12-sound-table 32-vague 60-thin-informed 61-rich-no-ladder"
mkdir -p "$out"
[ $only_expect = 1 ] || for md in "$src"/*.md; do
	name=$(basename "$md" .md)
	grep -q -e 'pt-disable' -e '^<table' -e '^<div' "$md" && continue
	pandoc -f gfm+yaml_metadata_block -o "$out/$name.docx" "$md"
	pandoc -f gfm+yaml_metadata_block -o "$out/$name.odt" "$md"
	command -v soffice >/dev/null 2>&1 ||
		pandoc -f gfm+yaml_metadata_block --pdf-engine=pdfroff -o "$out/$name.pdf" "$md"
done
if [ $only_expect = 0 ] && command -v soffice >/dev/null 2>&1; then
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	(cd "$out" && HOME=$tmp soffice --headless --convert-to pdf:writer_pdf_Export --outdir "$tmp/pdf" \
		$(ls *.odt | grep -v -- '-lo\.odt$') >/dev/null 2>&1)
	cp "$tmp"/pdf/*.pdf "$out/"
	for name in $LO_FILES; do
		cp "$out/$name.odt" "$tmp/$name-lo.odt"
		(cd "$tmp" && HOME=$tmp soffice --headless --convert-to docx:"MS Word 2007 XML" "$name-lo.odt" >/dev/null 2>&1)
		(cd "$tmp" && HOME=$tmp soffice --headless --convert-to pdf:writer_pdf_Export "$name-lo.odt" >/dev/null 2>&1)
		# the .odt saved by LibreOffice itself, from its own .docx
		mkdir -p "$tmp/odt"
		(cd "$tmp" && HOME=$tmp soffice --headless --convert-to odt --outdir odt "$name-lo.docx" >/dev/null 2>&1)
		cp "$tmp/$name-lo.docx" "$tmp/$name-lo.pdf" "$out/"
		cp "$tmp/odt/$name-lo.odt" "$out/"
	done
fi
# The expected findings: those of each file, from the directory.
cd "$out"
for f in *.docx *.odt *.pdf; do
	"${PT_BIN:-$top/build}/pt-paragraph" --check -q "$f" > "${f%.*}.${f##*.}.expect" || true
done
