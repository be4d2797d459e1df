#!/bin/sh
# The Word, ODF and PDF readers of --check under attack and at scale
# (issue 29.1, 29.2, 29.4; issue 28, the readers' cost): hostile files are
# made here by tests/data/check-readers/gen.py, not committed.
. "$(dirname "$0")/../lib.sh"
G="python3 $top/tests/data/check-readers/gen.py"
# a memory limit shows what a file costs; the sanitizers need their own
vlimit="ulimit -v 1000000;"
[ "${SANITIZE:-}" = 1 ] && vlimit=

# CPU seconds of a command's children, from the shell's own times.
cpu() {
	(cd "$T" && sh -c "$1" >/dev/null 2>&1; times) | sed -n 2p |
		awk '{ split($1, a, /[ms]/); split($2, b, /[ms]/); printf "%.2f", a[1] * 60 + a[2] + b[1] * 60 + b[2] }'
}

# ---- 29.1: entity expansion --------------------------------------------------
# An internal entity of 100,000 characters referenced 40,000 times: 4 GB of
# text from a file of half a kilobyte.
for ext in docx odt; do
	$G entity-$ext "$T/entity.$ext" 40000
	run "$vlimit timeout 20 pt-paragraph --check -q --lang en entity.$ext"
	is "$ext with an entity bomb: refused, exit 3" "$rc" 3
	like "$ext with an entity bomb: the DTD named" "$T/err" "^pt-paragraph: entity.$ext: (word/document|content)\.xml declares a DTD, which Word and ODF never do: refused$"
done
# A DTD with no entity at all is refused too: the formats never have one.
python3 -c "
import zipfile
zipfile.ZipFile('$T/doctype.docx', 'w').writestr('word/document.xml', '<?xml version=\"1.0\"?><!DOCTYPE w:document><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Participatie</w:t></w:r></w:p></w:body></w:document>')
"
run "pt-paragraph --check -q doctype.docx"
is "a bare DOCTYPE: exit 3" "$rc" 3
# In UTF-16 the DOCTYPE is no ASCII string, and still found.
python3 -c "
import zipfile
x = '<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE x [<!ENTITY e \"%s\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % ('a' * 100000, '&e;' * 4000)
zipfile.ZipFile('$T/utf16.docx', 'w', zipfile.ZIP_DEFLATED).writestr('word/document.xml', x.encode('utf-16'))
"
run "$vlimit timeout 20 pt-paragraph --check -q --lang en utf16.docx"
is "a UTF-16 entity bomb: exit 3" "$rc" 3
like "a UTF-16 entity bomb: the DTD named" "$T/err" 'declares a DTD'
# In Dutch by default.
run "pt-paragraph --check -q --lang nl doctype.docx"
like "the DTD message in Dutch" "$T/err" "declareert een DTD, wat Word en ODF nooit doen: geweigerd"

# ---- 29.2: a part that inflates to a huge tree -------------------------------
# 65 MiB of empty paragraphs from a zip of 100 KB: over --max-size (64M)
# unpacked, refused before it is inflated.
for ext in docx odt; do
	$G bomb-$ext "$T/bomb.$ext" 65
	run "$vlimit timeout 20 pt-paragraph --check -q --lang en bomb.$ext"
	is "$ext inflating to 65 MiB: refused, exit 3" "$rc" 3
	like "$ext inflating to 65 MiB: the limit said" "$T/err" "^pt-paragraph: bomb.$ext: (word/document|content)\.xml unpacks to more than 67108864 bytes \(--max-size\)$"
done
# The limit is --max-size: a zip under it that unpacks to more is refused.
run "pt-paragraph --check -q --lang en --max-size 1M bomb.docx"
is "--max-size 1M: the 100 KB zip is read" "$(grep -c 'larger than' "$T/err")" 0
like "--max-size 1M: its part over 1M is refused" "$T/err" 'word/document\.xml unpacks to more than 1048576 bytes \(--max-size\)'
is "--max-size 1M: exit 3" "$rc" 3
# With a larger --max-size, the count of nodes stops it before a tree is built.
run "$vlimit timeout 20 pt-paragraph --check -q --lang en --max-size 1G bomb.docx"
is "65 MiB of elements under --max-size 1G: exit 3" "$rc" 3
like "65 MiB of elements: too many nodes, said" "$T/err" 'word/document\.xml holds more than 1000000 elements and attributes: too many to read'
# Under the node cap a part is read, in bounded memory.
$G bomb-docx "$T/under.docx" 5
run "$vlimit timeout 20 pt-paragraph --check -q under.docx"
is "5 MiB of empty paragraphs: read (no section: exit 1)" "$rc" 1

# ---- issue 28: style lookups by hash -----------------------------------------
# 40,000 Word styles and 20,000 chained ODF styles, each paragraph looking
# one up: linear, so 4n costs about 4x (a scan per paragraph was 12-18x).
# Generous against a loaded machine: the ceiling is 8x, and a run of
# under half a second counts as linear whatever its ratio.
$G styles-docx "$T/s1.docx" 10000
$G styles-docx "$T/s4.docx" 40000
$G styles-odt "$T/s1.odt" 5000
$G styles-odt "$T/s4.odt" 20000
for ext in docx odt; do
	a=$(cpu "timeout 60 pt-paragraph --check -q s1.$ext")
	b=$(cpu "timeout 60 pt-paragraph --check -q s4.$ext")
	ok=$(awk -v a="$a" -v b="$b" 'BEGIN { print (b < 0.5 || b <= 8 * (a + 0.01)) ? 1 : 0 }')
	is "$ext styles at 4n: linear ($a s, then $b s)" "$ok" 1
done
run "pt-paragraph --check -q s4.docx"
is "40,000 Word styles: the heading by its style is found (exit 0)" "$rc" 0
run "pt-paragraph --check -q s4.odt"
is "20,000 chained ODF styles: read (exit 0)" "$rc" 0

# ---- 29.4: a small PDF that takes poppler minutes ----------------------------
# 25,000 overlapping text draws in 7 KB: poppler lays them out for minutes
# (pdftotext too).  Each PDF is read in a child with a CPU-time limit
# (PT_CHECK_PDF_SECONDS, default 10 s); here 1 s, so the run ends soon.
$G draws-pdf "$T/draws.pdf" 25000
run "PT_CHECK_PDF_SECONDS=1 timeout 90 pt-paragraph --check -q --lang en draws.pdf"
is "25,000 text draws: unreadable, exit 3" "$rc" 3
like "25,000 text draws: the limit said" "$T/err" '^pt-paragraph: draws\.pdf: not a readable PDF: its text takes more than 1 s of CPU time to lay out \(the limit, PT_CHECK_PDF_SECONDS\)$'
run "PT_CHECK_PDF_SECONDS=1 timeout 90 pt-paragraph --check -q --lang nl draws.pdf"
like "the limit in Dutch" "$T/err" 'de tekst opmaken kost meer dan 1 s CPU-tijd'
# The other files of the run are checked all the same, each once.
D=$top/tests/check-docs
cp "$D/24-placeholder-nvt.pdf" "$D/61-rich-no-ladder.pdf" "$T/"
printf '# V\n\n## Participatie\n\nn.v.t.\n' > "$T/a.md"
run "PT_CHECK_PDF_SECONDS=1 timeout 90 pt-paragraph --check -q a.md 24-placeholder-nvt.pdf draws.pdf 61-rich-no-ladder.pdf > both.out"
is "a run with the slow PDF: exit 3" "$rc" 3
(cd "$T" && pt-paragraph --check -q a.md 24-placeholder-nvt.pdf 61-rich-no-ladder.pdf) > "$T/want.out"
same "a run with the slow PDF: the other files' findings, each once" "$T/both.out" "$T/want.out"
# Read in a child, every PDF of the corpus gives what it gives read here.
(cd "$D" && PT_CHECK_PDF_SECONDS=0 pt-paragraph --check -q --format json *.pdf) > "$T/here.json" 2>/dev/null
(cd "$D" && pt-paragraph --check -q --format json *.pdf) > "$T/child.json" 2>/dev/null
same "the PDF corpus read in a child: the same findings" "$T/child.json" "$T/here.json"
like "the PDF corpus: findings located by page" "$T/child.json" '"page":1'

done_testing
