#!/usr/bin/env python3
"""Hostile and large documents for tests/t/readers.t and the reader bench,
made at test time (megabytes are not committed).

  gen.py entity-docx FILE REFS    a DTD's internal entity of 100,000 characters, REFS references
  gen.py entity-odt FILE REFS     the same in content.xml
  gen.py bomb-docx FILE MIB       word/document.xml inflating to MIB MiB of empty elements
  gen.py bomb-odt FILE MIB        content.xml the same
  gen.py styles-docx FILE N       N paragraph styles, N paragraphs each in one
  gen.py styles-odt FILE N        N styles each the child of the one before, N paragraphs
  gen.py draws-pdf FILE N         one page, N overlapping text draws
  gen.py paras-docx FILE N        a heading and N paragraphs of text
  gen.py paras-odt FILE N         the same in ODF
  gen.py pages-pdf FILE N         N pages of 40 lines each
"""
import sys, zipfile, zlib

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ODF = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
SECTION = ('Participatie', 'Inwoners en ondernemers zijn geraadpleegd in twee avonden; '
           'hun reacties staan in de bijlage en het college geeft terug wat ermee is gedaan.')


def write_zip(path, parts, mimetype=None):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        if mimetype:
            z.writestr(zipfile.ZipInfo('mimetype'), mimetype, zipfile.ZIP_STORED)
        for name, data in parts:
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)


def docx(path, body, styles=None):
    doc = '<?xml version="1.0"?>\n%s<w:document %s><w:body>%s</w:body></w:document>'
    head = ''
    if isinstance(body, tuple):
        head, body = body
    parts = [('word/document.xml', doc % (head, W, body))]
    if styles is not None:
        parts.append(('word/styles.xml', '<?xml version="1.0"?>\n<w:styles %s>%s</w:styles>' % (W, styles)))
    write_zip(path, parts)


def odt(path, body, auto='', head=''):
    content = ('<?xml version="1.0"?>\n%s<office:document-content %s><office:automatic-styles>%s'
               '</office:automatic-styles><office:body><office:text>%s</office:text></office:body>'
               '</office:document-content>') % (head, ODF, auto, body)
    write_zip(path, [('content.xml', content)], 'application/vnd.oasis.opendocument.text')


def entity(kind, path, refs):
    dtd = '<!DOCTYPE x [<!ENTITY e "%s">]>\n' % ('a' * 100000)
    if kind == 'docx':
        docx(path, (dtd, '<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % ('&e;' * refs)))
    else:
        odt(path, '<text:p>%s</text:p>' % ('&e;' * refs), head=dtd)


def bomb(kind, path, mib):
    """A part of mib MiB of '<w:p/>' written by streaming, so this script stays small."""
    name = 'word/document.xml' if kind == 'docx' else 'content.xml'
    unit = '<w:p/>' if kind == 'docx' else '<text:p/>'
    if kind == 'docx':
        head = '<?xml version="1.0"?>\n<w:document %s><w:body>' % W
        tail = '</w:body></w:document>'
    else:
        head = '<?xml version="1.0"?>\n<office:document-content %s><office:body><office:text>' % ODF
        tail = '</office:text></office:body></office:document-content>'
    chunk = (unit * ((1 << 20) // len(unit))).encode()
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        if kind == 'odt':
            z.writestr(zipfile.ZipInfo('mimetype'), 'application/vnd.oasis.opendocument.text')
        info = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, 'w', force_zip64=True) as f:
            f.write(head.encode())
            for _ in range(mib):
                f.write(chunk)
            f.write(tail.encode())


def styles_docx(path, n):
    """n heading styles; every paragraph names a style that is not among
    them (Word's "Normal" left out), so a lookup by scan reads them all."""
    styles = ''.join('<w:style w:type="paragraph" w:styleId="S%d"><w:name w:val="Stijl %d"/>'
                     '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' % (i, i) for i in range(n))
    body = '<w:p><w:pPr><w:pStyle w:val="S0"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>' % SECTION[0]
    body += ''.join('<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>'
                    % SECTION[1] for i in range(n))
    docx(path, body, styles)


def styles_odt(path, n):
    auto = ''.join('<style:style style:name="P%d" style:family="paragraph"%s/>'
                   % (i, ' style:parent-style-name="P%d"' % (i - 1) if i else '') for i in range(n))
    body = '<text:h text:outline-level="1">%s</text:h>' % SECTION[0]
    body += ''.join('<text:p text:style-name="P%d">%s</text:p>' % (n - 1 - i, SECTION[1]) for i in range(n))
    odt(path, body, auto)


def paras_docx(path, n):
    body = '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>' % SECTION[0]
    body += ('<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % SECTION[1]) * n
    docx(path, body)


def paras_odt(path, n):
    body = '<text:h text:outline-level="1">%s</text:h>' % SECTION[0]
    body += ('<text:p>%s</text:p>' % SECTION[1]) * n
    odt(path, body)


def pdf(path, pages):
    """A PDF of the given content streams, one a page, in Helvetica."""
    n = len(pages)
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [%s] /Count %d >>' % (b' '.join(b'%d 0 R' % (4 + 2 * i) for i in range(n)), n),
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>']
    for i, ops in enumerate(pages):
        stream = zlib.compress(ops.encode('latin-1'), 9)
        objs.append(b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
                    b'/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>' % (5 + 2 * i))
        objs.append(b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(stream) + stream + b'\nendstream')
    out = bytearray(b'%PDF-1.4\n')
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    out += b''.join(b'%010d 00000 n \n' % o for o in offs)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    open(path, 'wb').write(out)


def pages_pdf(path, n):
    def page(i):
        ops = ['BT /F1 16 Tf 72 780 Td (%s) Tj ET' % (SECTION[0] if i == 0 else 'Hoofdstuk %d' % (i + 1))]
        ops += ['BT /F1 10 Tf 72 %d Td (%s) Tj ET' % (750 - 16 * k, SECTION[1][:90]) for k in range(40)]
        return '\n'.join(ops)
    pdf(path, [page(i) for i in range(n)])


def draws_pdf(path, n):
    """One page whose content stream draws the same line of text n times,
    each a little offset: small on disk, costly to lay out as text."""
    ops = ['BT /F1 10 Tf']
    for i in range(n):
        ops.append('1 0 0 1 %d %d Tm (Participatie raadplegen) Tj' % (72 + i % 7, 700 - i % 11))
    ops.append('ET')
    stream = zlib.compress('\n'.join(ops).encode(), 9)
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
            b'<< /Length %d /Filter /FlateDecode >>\nstream\n' % len(stream) + stream + b'\nendstream']
    out = bytearray(b'%PDF-1.4\n')
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += b'%d 0 obj\n' % (i + 1) + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    out += b''.join(b'%010d 00000 n \n' % o for o in offs)
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    open(path, 'wb').write(out)


def main():
    what, path, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if what.startswith('entity-'):
        entity(what[7:], path, n)
    elif what.startswith('bomb-'):
        bomb(what[5:], path, n)
    elif what == 'styles-docx':
        styles_docx(path, n)
    elif what == 'styles-odt':
        styles_odt(path, n)
    elif what == 'draws-pdf':
        draws_pdf(path, n)
    elif what == 'paras-docx':
        paras_docx(path, n)
    elif what == 'paras-odt':
        paras_odt(path, n)
    elif what == 'pages-pdf':
        pages_pdf(path, n)
    else:
        sys.exit(__doc__)


main()
