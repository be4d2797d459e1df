#!/bin/sh
# pt-render -t docx: Word documents, opened by real clients.  The package
# itself is checked with unzip and grep; python3-docx reads its styles,
# tables and properties; LibreOffice (headless, a few calls over many
# files: each costs seconds) turns it into text, which must be the
# Markdown's, and into PDF, with the expected pages.  Without
# LibreOffice or python3-docx those tests skip, with the reason.
. "$(dirname "$0")/../lib.sh"
D=$DATA/render

skip() { _n=$((_n + 1)); echo "ok $_n # SKIP $1"; }
part() { unzip -p "$T/$1" "$2"; }

# the paragraphs, a bare and a no-participation dossier, the full one
cat "$D"/para/*.json "$D/kaal.json" "$D/geen.json" "$D/full.json" > "$T/all.json"

run "pt-render --reference-doc x.docx < /dev/null"
is "--reference-doc without -t docx: exit 2" "$rc" 2
like "--reference-doc without -t docx: says so" "$T/err" "reference-doc goes with --format docx"
run "pt-render -t docx --reference-doc nothere.docx $D/full.json > o.docx"
is "--reference-doc missing: exit 4" "$rc" 4
run "echo 'no zip' > fake.docx; pt-render -t docx --reference-doc fake.docx $D/full.json > o.docx"
is "--reference-doc not a zip: exit 3" "$rc" 3
like "--reference-doc not a zip: says what to do" "$T/err" "fake.docx: not a usable reference document .*save the template as .docx"

if command -v script > /dev/null 2>&1; then
	run "script -qec 'pt-render -t docx $D/full.json' /dev/null"
	is "a .docx to a terminal: exit 2" "$rc" 2
	like "a .docx to a terminal: says to give -o" "$T/out" 'a .docx is no text for a terminal: give -o FILE.docx or -o DIR/'
else
	skip "script(1) is not installed: no terminal to try"
fi

# ---- one document: the package -------------------------------------------
run "pt-render -t docx -s all $D/full.json > full.docx && pt-render -t docx -s all -o full2.docx $D/full.json"
is "full dossier to Word: exit 0" "$rc" 0
same "the same dossier gives the same bytes (fixed dates, fixed order)" "$T/full.docx" "$T/full2.docx"
run "unzip -Z1 full.docx"
for p in '\[Content_Types\].xml' word/document.xml word/styles.xml word/numbering.xml \
	word/header1.xml word/footer2.xml docProps/core.xml docProps/custom.xml \
	word/media/pt-1.png word/media/pt-1.svg word/media/pt-2.png; do
	like "the package holds $p" "$T/out" "^$p\$"
done
unlike "no macros" "$T/out" 'vbaProject|\.bin$'
part full.docx word/document.xml > "$T/doc.xml"
like "headings as Word heading styles" "$T/doc.xml" '<w:pStyle w:val="Heading1"/>.*<w:pStyle w:val="Heading2"/>'
like "a table's header row repeats on every page" "$T/doc.xml" '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>'
like "bulleted lists are numbered paragraphs" "$T/doc.xml" '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
like "the pictures have alternative text" "$T/doc.xml" '<wp:docPr id="1" name="Picture 1" descr="Krachtenveld: invloed en belang'
like "the picture is a PNG with its SVG beside" "$T/doc.xml" 'r:embed="rIdPic1"><a:extLst><a:ext uri="\{96DAC541-7B7A-43D3-8B79-37D633B846F1\}"><asvg:svgBlip'
part full.docx word/media/pt-1.png | head -c 4 | od -An -c > "$T/magic"
like "the picture is drawn as PNG" "$T/magic" 'P   N   G'
like "the header marks the working document" "$T/out" 'word/header1.xml'
part full.docx word/header1.xml > "$T/hdr.xml"
like "the header says INTERN WERKDOCUMENT" "$T/hdr.xml" '<w:t xml:space="preserve">INTERN WERKDOCUMENT'
part full.docx word/footer2.xml > "$T/ftr.xml"
like "the footer has kenmerk, title and the page" "$T/ftr.xml" 'CV-2027-014 · Herinrichting Pancratiusplein</w:t></w:r><w:r><w:t xml:space="preserve"> · pagina </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>'
part full.docx docProps/core.xml > "$T/core.xml"
like "core properties: title" "$T/core.xml" '<dc:title>Herinrichting Pancratiusplein</dc:title>'
like "core properties: kenmerk as subject" "$T/core.xml" '<dc:subject>CV-2027-014</dc:subject>'
like "core properties: language" "$T/core.xml" '<dc:language>nl-NL</dc:language>'
like "custom property Kenmerk" "$T/out" 'docProps/custom.xml'
part full.docx word/styles.xml > "$T/styles.xml"
like "the styles' language is the document's" "$T/styles.xml" '<w:lang w:val="nl-NL"'
run "pt-render -t docx --lang en $D/full.json > en.docx && unzip -p en.docx docProps/core.xml word/styles.xml"
like "--lang en: en-GB" "$T/out" '<dc:language>en-GB</dc:language>'
like "--lang en: en-GB in the styles" "$T/out" '<w:lang w:val="en-GB"'

# ---- hostile text stays text -----------------------------------------------
jq -c '.voorstel.titel = "{ DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe } <w:fldSimple w:instr=\"DATE\"/> file:///etc/passwd"' \
	"$D/hostile.json" > "$T/hostile.json"
run "pt-render -t docx -s all hostile.json > h.docx"
is "hostile dossier to Word: exit 0 or 1" "$(( rc <= 1 ))" 1
run "for p in \$(unzip -Z1 h.docx | grep -E 'xml|rels'); do unzip -p h.docx \"\$p\"; echo; done"
unlike "hostile: no field but PAGE" "$T/out" '<w:instrText|w:instr="[^ ]|w:instr=" [^P]'
unlike "hostile: no hyperlink" "$T/out" '<w:hyperlink|/hyperlink"'
unlike "hostile: no external relationship" "$T/out" 'TargetMode'
like "hostile: the field code is text" "$T/out" '<dc:title>\{ DDEAUTO [^<]*&lt;w:fldSimple w:instr=&quot;DATE&quot;/&gt; file:///etc/passwd</dc:title>'
like "hostile: markup is text" "$T/out" '&lt;script&gt;alert\(1\)&lt;/script&gt;'
unlike "hostile: no control characters" "$T/out" "$(printf '[\001\033]')"
unzip -Z1 "$T/h.docx" | grep -c '' > "$T/nparts"
run "pt-render -t docx -s stakeholders $D/full.json > c0.docx && pt-render -t docx -s stakeholders --met-contactgegevens $D/full.json > c1.docx && unzip -p c0.docx word/document.xml > c0.xml && unzip -p c1.docx word/document.xml > c1.xml"
unlike "contact data hidden by default" "$T/c0.xml" 'info@ondernemers.example'
like "contact data with --met-contactgegevens" "$T/c1.xml" 'info@ondernemers.example'

# ---- a batch: DIR/<id>.docx and the overview --------------------------------
run "pt-render -o md/ all.json; pt-render -t docx -o dx/ all.json"
is "a batch to Word: exit 1 (one is a CONCEPT)" "$rc" 1
run "ls dx"
like "DIR/<id>.docx" "$T/out" '^P-01\.docx$'
like "the overview beside them" "$T/out" '^overzicht\.csv$'
like "the overview links the .docx" "$T/dx/index.html" 'href="P-11.docx"'
like "the overview's CONCEPT" "$T/dx/overzicht.csv" '^"P-11";.*;"CONCEPT";'
run "ls dx/*.docx | wc -l"
is "one .docx a dossier" "$(tr -d ' ' < "$T/out")" "$(ls "$T"/md/*.md | grep -v /index.md | wc -l | tr -d ' ')"
run "pt-render -t docx $D/full.json $D/kaal.json > two.docx"
is "two dossiers on one stream: exit 3" "$rc" 3
like "two dossiers on one stream: says to use -o DIR/" "$T/err" 'a .docx holds one dossier: give -o DIR/'
run "pt-render -t docx -o two-o.docx $D/full.json $D/kaal.json"
is "two dossiers into -o FILE: exit 3" "$rc" 3
is "two dossiers into -o FILE: nothing written" "$(ls "$T"/two-o.docx 2>/dev/null)" ""

# ---- pt-paragraph --check: the same verdict on the .docx as on the Markdown
verdicts_same=1
for md in "$T"/md/*.md; do
	[ "${md##*/}" = index.md ] && continue
	id=$(basename "$md" .md)
	pt-paragraph --check "$md" > "$T/c.md" 2>&1; a=$?
	pt-paragraph --check "$T/dx/$id.docx" > "$T/c.docx" 2>&1; b=$?
	sed 's/^[^:]*:[0-9]*:[0-9]*: //; s/^[^ ]* //' "$T/c.md" | sort > "$T/v.md"
	sed 's/^[^:]*:[0-9]*:[0-9]*: //; s/^[^ ]* //' "$T/c.docx" | sort > "$T/v.docx"
	if [ "$a" != "$b" ] || ! cmp -s "$T/v.md" "$T/v.docx"; then
		verdicts_same=0
		echo "# $id: --check exit $a on Markdown, $b on Word"
		diff "$T/v.md" "$T/v.docx" | sed 's/^/#   /' | head -6
	fi
done
is "pt-paragraph --check: the same verdict on every .docx as on its Markdown" "$verdicts_same" 1
pt-paragraph --check "$T/dx/P-11.docx" > /dev/null 2>&1
is "--check finds the CONCEPT in Word too (exit 1)" "$?" 1

# ---- a municipality's reference document -----------------------------------
# another font (DejaVu Serif), a Dutch Word's style ids (Kop1), wide
# margins, a logo and a name in the header, and an external link in the
# header's relationships that must not come along.
cat > "$T/mkref.py" <<'EOF'
import sys, zipfile, zlib, struct
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def png(w, h, rgb):
    raw = b''.join(b'\0' + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))
logo = png(120, 40, (0, 90, 160))
open(sys.argv[2], 'wb').write(logo)
drawing = ('<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
  '<wp:extent cx="1143000" cy="381000"/><wp:docPr id="100" name="Logo" descr="Logo Gemeente Voorbeeld"/>'
  '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
  '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>'
  '<pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
  '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1143000" cy="381000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
  '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
parts = {
 '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
  '<Default Extension="png" ContentType="image/png"/>'
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
  '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>',
 '_rels/.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
 'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
  '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>',
 'word/document.xml': '<?xml version="1.0" encoding="UTF-8"?><w:document ' + W + '><w:body><w:p><w:r><w:t>Sjabloon</w:t></w:r></w:p>'
  '<w:sectPr><w:headerReference w:type="default" r:id="rId7"/><w:pgSz w:w="11906" w:h="16838"/>'
  '<w:pgMar w:top="2268" w:right="2835" w:bottom="1701" w:left="2835" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>',
 'word/styles.xml': '<?xml version="1.0" encoding="UTF-8"?><w:styles ' + W + '><w:docDefaults><w:rPrDefault><w:rPr>'
  '<w:rFonts w:ascii="DejaVu Serif" w:hAnsi="DejaVu Serif" w:cs="DejaVu Serif"/><w:sz w:val="20"/><w:lang w:val="de-DE"/></w:rPr></w:rPrDefault></w:docDefaults>'
  '<w:style w:type="paragraph" w:default="1" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>'
  '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="C00000"/><w:sz w:val="36"/></w:rPr></w:style>'
  '<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/><w:basedOn w:val="Standaard"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
  '</w:styles>',
 'word/header1.xml': '<?xml version="1.0" encoding="UTF-8"?><w:hdr ' + W + '><w:p>' + drawing + '<w:r><w:t>Gemeente Voorbeeld</w:t></w:r></w:p></w:hdr>',
 'word/_rels/header1.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  '<Relationship Id="rIdLogo" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/logo.png"/>'
  '<Relationship Id="rIdWeb" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://voorbeeld.example/" TargetMode="External"/></Relationships>',
}
with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
    for name, text in parts.items():
        z.writestr(name, text)
    z.writestr('word/media/logo.png', logo)
EOF
PY=python3
for p in python3 /usr/bin/python3; do
	if $p -c 'import docx' 2>/dev/null; then PY=$p; break; fi
done
run "$PY mkref.py ref.docx logo.png && pt-render -t docx -s all --reference-doc ref.docx $D/full.json > r.docx"
is "--reference-doc: exit 0" "$rc" 0
part r.docx word/styles.xml > "$T/rstyles.xml"
like "the reference's font" "$T/rstyles.xml" 'w:ascii="DejaVu Serif"'
like "the reference's styles, in the document's language" "$T/rstyles.xml" '<w:lang w:val="nl-NL"/>'
like "pt's styles the reference lacks are added" "$T/rstyles.xml" 'w:styleId="Heading3"'
part r.docx word/document.xml > "$T/rdoc.xml"
like "headings by the reference's ids (Kop1)" "$T/rdoc.xml" '<w:pStyle w:val="Kop1"/>'
unlike "no Heading1 where the reference has Kop1" "$T/rdoc.xml" '"Heading1"'
like "the reference's margins" "$T/rdoc.xml" '<w:pgMar w:top="2268" w:right="2835" w:bottom="1701" w:left="2835"'
part r.docx word/header1.xml > "$T/rhdr.xml"
like "the reference's header: logo and name" "$T/rhdr.xml" 'r:embed="rIdLogo".*Gemeente Voorbeeld'
like "the reference's header with pt's mark" "$T/rhdr.xml" 'Gemeente Voorbeeld.*INTERN WERKDOCUMENT'
part r.docx word/_rels/header1.xml.rels > "$T/rrels.xml"
like "the logo comes along" "$T/rrels.xml" 'Id="rIdLogo" Type="[^"]*/image" Target="media/ref-1.png"'
unlike "the header's external link does not" "$T/rrels.xml" 'External|voorbeeld.example'
part r.docx word/media/ref-1.png > "$T/rlogo.png"
same "the logo, byte for byte" "$T/rlogo.png" "$T/logo.png"
part r.docx word/footer2.xml > "$T/rftr.xml"
like "a reference without a footer gets pt's" "$T/rftr.xml" 'CV-2027-014 · Herinrichting'

# ---- python3-docx reads it ---------------------------------------------------
if $PY -c 'import docx' 2>/dev/null; then
	cat > "$T/read.py" <<'EOF'
import sys, docx
from docx.oxml.ns import qn
for f in sys.argv[1:]:
    d = docx.Document(f)
    cp = d.core_properties
    print(f, 'core', cp.title, '|', cp.subject, '|', cp.language)
    print(f, 'headings', ' '.join(sorted({p.style.name.replace(' ', '') for p in d.paragraphs if p.style.name.startswith('Heading')})))
    print(f, 'tables', len(d.tables), 'header-rows', sum(1 for t in d.tables if t.rows[0]._tr.find(qn('w:trPr')) is not None and t.rows[0]._tr.trPr.find(qn('w:tblHeader')) is not None))
    print(f, 'header', ' | '.join(p.text for p in d.sections[0].header.paragraphs))
    print(f, 'footer', ' | '.join(p.text for p in d.sections[0].footer.paragraphs))
    print(f, 'left-margin', d.sections[0].left_margin.twips if hasattr(d.sections[0].left_margin, 'twips') else int(d.sections[0].left_margin / 635))
    print(f, 'pictures', len(d.inline_shapes))
EOF
	run "$PY read.py full.docx r.docx dx/P-11.docx"
	is "python3-docx reads the documents" "$rc" 0
	like "python3-docx: title, kenmerk, language" "$T/out" '^full.docx core Herinrichting Pancratiusplein \| CV-2027-014 \| nl-NL$'
	like "python3-docx: heading styles" "$T/out" '^full.docx headings Heading1 Heading2 Heading3'
	like "python3-docx: every table has a header row" "$T/out" '^full.docx tables ([0-9]+) header-rows \1$'
	like "python3-docx: the header's mark" "$T/out" '^full.docx header INTERN WERKDOCUMENT'
	like "python3-docx: CONCEPT in the header" "$T/out" '^dx/P-11.docx header CONCEPT$'
	like "python3-docx: the footer" "$T/out" '^full.docx footer CV-2027-014 · Herinrichting Pancratiusplein · pagina'
	like "python3-docx: both pictures" "$T/out" '^full.docx pictures 2$'
	like "python3-docx: the reference's headings are still headings" "$T/out" '^r.docx headings Heading1 Heading2 Heading3'
	like "python3-docx: the reference's margin" "$T/out" '^r.docx left-margin 2835$'
	like "python3-docx: the reference's header and pt's mark" "$T/out" '^r.docx header Gemeente Voorbeeld \| INTERN WERKDOCUMENT'
else
	skip "python3-docx is not installed (apt-get install python3-docx; make check installs it)"
fi

# ---- LibreOffice opens them: text and pages ----------------------------------
if command -v soffice > /dev/null 2>&1 && command -v pdfinfo > /dev/null 2>&1; then
	mkdir -p "$T/lo"
	# its own profile, so a desktop session of the user is not disturbed
	lo="soffice -env:UserInstallation=file://$T/lo/profile --headless"
	cp "$T/full.docx" "$T/r.docx" "$T/lo/"
	run "$lo --convert-to 'txt:Text (encoded):UTF8' --outdir lo/txt dx/*.docx && $lo --convert-to pdf --outdir lo/pdf dx/P-01.docx dx/P-11.docx lo/full.docx lo/r.docx"
	is "LibreOffice converts every .docx: exit 0" "$rc" 0
	unlike "LibreOffice reports no error" "$T/err" '[Ee]rror|failed to load|General input/output'
	# The same words as the Markdown, read by cmark-gfm as plain text:
	# whitespace, no-break spaces and list marks aside.
	norm() { sed 's/\xc2\xa0/ /g; s/\xe2\x80\xa2/ /g; s/^\xef\xbb\xbf//; s/^ *[-*] / /' "$1" | tr -s ' \t\r\n' '\n' | grep -v '^$'; }
	texts_same=1
	for md in "$T"/md/*.md; do
		[ "${md##*/}" = index.md ] && continue
		id=$(basename "$md" .md)
		cmark-gfm -e table -t plaintext "$md" > "$T/plain"
		norm "$T/plain" > "$T/w.md"
		norm "$T/lo/txt/$id.txt" > "$T/w.docx" 2>/dev/null
		if ! cmp -s "$T/w.md" "$T/w.docx"; then
			texts_same=0
			echo "# $id: LibreOffice's text differs from the Markdown"
			diff "$T/w.md" "$T/w.docx" | sed 's/^/#   /' | head -6
		fi
	done
	is "LibreOffice's text of every .docx is the Markdown paragraph's" "$texts_same" 1
	# full: 7 since the paragraph's sentence on the groups sought out added
	# two lines and moved a page break (6 before, the text otherwise the same)
	for f in P-01:1 P-11:1 full:7 r:7; do
		pages=$(pdfinfo "$T/lo/pdf/${f%%:*}.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
		is "LibreOffice: ${f%%:*} has ${f#*:} page(s)" "$pages" "${f#*:}"
	done
	pdffonts "$T/lo/pdf/r.pdf" > "$T/fonts" 2>&1
	like "LibreOffice: the reference's font is used" "$T/fonts" 'DejaVuSerif'
	pdfimages -list -f 1 -l 1 "$T/lo/pdf/r.pdf" > "$T/imgs" 2>&1
	like "LibreOffice: the logo is on the first page" "$T/imgs" ' 120 +40 '
	pdftotext -f 1 -l 1 "$T/lo/pdf/full.pdf" "$T/p1.txt"
	like "LibreOffice: the page number in the footer" "$T/p1.txt" 'CV-2027-014 · Herinrichting Pancratiusplein · pagina 1'
else
	skip "LibreOffice (soffice) or pdfinfo is not installed (apt-get install libreoffice-writer-nogui poppler-utils; make check installs them)"
fi

done_testing
