#!/usr/bin/env python3
"""Make NAME.md, NAME.pdf, NAME.docx and NAME.odt of tests/check from one
small source, NAME.src, as a browser prints HTML to PDF and as Word and
LibreOffice write a proposal:

  # text, ## text, ### text   a heading (PDF: 18, 15, 13 pt bold)
  !! text                     a line all in bold at body size (by hand)
  **Label:** rest             a line that a bold label opens
  other text                  a paragraph (PDF: 12 pt)
  (a blank line)              between paragraphs

Usage: python3 mkdocs.py NAME.src ...   (run in tests/check; the files are
committed, so make check needs nothing but python3 to rebuild them).  The
PDF uses the standard fonts Helvetica and Helvetica-Bold, as a browser
print names its bold face; Word's and ODF's styles are those of a Dutch
Word ("Kop 2") and LibreOffice ("Heading_20_2")."""
import re
import sys
import zipfile

def parse(src):
    out = []
    for line in src.split('\n'):
        if not line.strip():
            continue
        m = re.match(r'^(#{1,3}) (.*)$', line)
        if m:
            out.append(('h', len(m.group(1)), [(True, m.group(2))]))
        elif line.startswith('!! '):
            out.append(('p', 0, [(True, line[3:])]))
        else:
            runs = []
            for part in re.split(r'(\*\*[^*]+\*\*)', line):
                if part.startswith('**'):
                    runs.append((True, part[2:-2]))
                elif part:
                    runs.append((False, part))
            out.append(('p', 0, runs))
    return out

def markdown(doc):
    lines = []
    for kind, level, runs in doc:
        text = ''.join('**%s**' % t if b and not (kind == 'h') else t for b, t in runs)
        lines.append('#' * level + ' ' + text if kind == 'h' else text)
    return '\n\n'.join(lines) + '\n'

# ---- PDF ----------------------------------------------------------------
SIZES = {1: 18, 2: 15, 3: 13}

def esc(s):
    b = s.encode('cp1252')
    return b.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')

def wrap(runs, width=80):
    """Runs into lines of at most width characters, as a browser wraps."""
    lines, cur, n = [], [], 0
    for bold, text in runs:
        for word in re.findall(r'\S+\s*', text):
            if n + len(word.rstrip()) > width and cur:
                lines.append(cur)
                cur, n = [], 0
            if cur and cur[-1][0] == bold:
                cur[-1] = (bold, cur[-1][1] + word)
            else:
                cur.append((bold, word))
            n += len(word)
    if cur:
        lines.append(cur)
    return lines

def pdf(doc):
    y, ops = 800, []
    for kind, level, runs in doc:
        size = SIZES.get(level, 12) if kind == 'h' else 12
        y -= 8
        for line in wrap(runs):
            y -= size * 1.4
            ops.append(b'BT 56 %d Td' % int(y))
            for bold, text in line:
                ops.append(b'/%s %d Tf (%s) Tj' % (b'F2' if bold else b'F1', size, esc(text)))
            ops.append(b'ET')
    stream = b'\n'.join(ops)
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
        b'/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    ]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    out += b''.join(b'%010d 00000 n \n' % o for o in offs)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return bytes(out)

# ---- Word -----------------------------------------------------------------
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def xml(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def docx(doc, path):
    body = []
    for kind, level, runs in doc:
        ppr = '<w:pPr><w:pStyle w:val="Kop%d"/></w:pPr>' % level if kind == 'h' else ''
        rs = ''.join('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
                     % ('<w:rPr><w:b/></w:rPr>' if b and kind != 'h' else '', xml(t)) for b, t in runs)
        body.append('<w:p>%s%s</w:p>' % (ppr, rs))
    styles = ''.join('<w:style w:type="paragraph" w:styleId="Kop%d"><w:name w:val="heading %d"/></w:style>'
                     % (i, i) for i in (1, 2, 3))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml',
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document %s><w:body>%s</w:body></w:document>' % (W, ''.join(body)))
        z.writestr('word/styles.xml', '<?xml version="1.0" encoding="UTF-8"?><w:styles %s>%s</w:styles>' % (W, styles))

# ---- ODF ------------------------------------------------------------------
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')

def odt(doc, path):
    body = []
    for kind, level, runs in doc:
        if kind == 'h':
            body.append('<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>'
                        % (level, level, xml(''.join(t for _, t in runs))))
            continue
        rs = ''.join('<text:span text:style-name="T1">%s</text:span>' % xml(t) if b else xml(t) for b, t in runs)
        body.append('<text:p text:style-name="Standard">%s</text:p>' % rs)
    styles = ''.join('<style:style style:name="Heading_20_%d" style:display-name="Kop %d" style:family="paragraph"/>'
                     % (i, i) for i in (1, 2, 3))
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content %s><office:automatic-styles>'
               '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
               '</office:automatic-styles><office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (NS, ''.join(body)))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text')
        z.writestr('content.xml', content)
        z.writestr('styles.xml', '<?xml version="1.0" encoding="UTF-8"?><office:document-styles %s><office:styles>%s</office:styles></office:document-styles>' % (NS, styles))

if __name__ == '__main__':
    for src in sys.argv[1:]:
        base = src[:-4]
        doc = parse(open(src, encoding='utf-8').read())
        open(base + '.md', 'w', encoding='utf-8').write(markdown(doc))
        open(base + '.pdf', 'wb').write(pdf(doc))
        docx(doc, base + '.docx')
        odt(doc, base + '.odt')
