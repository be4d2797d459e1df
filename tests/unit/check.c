/* Unit tests of --check: blocks from Markdown and HTML, directives,
 * columns, the rules, the configuration. */
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "check_int.h"
#include "tap.h"

/* The blocks of a document as one line: "H2@3:1 Participatie|T@5:1 tekst|..." */
static char *blocks(pt_check_doc *d)
{
	static const char *const tag[] = {"H", "P", "T", "O", "C"};
	static char out[4096];
	size_t n = 0;
	out[0] = '\0';
	for (size_t i = 0; i < d->nb && n < sizeof out - 200; i++) {
		const pt_check_block *b = &d->b[i];
		n += (size_t)snprintf(out + n, sizeof out - n, "%s%s", n ? "|" : "", tag[b->type]);
		if (b->type == PT_B_HEADING)
			n += (size_t)snprintf(out + n, sizeof out - n, "%d", b->level);
		n += (size_t)snprintf(out + n, sizeof out - n, "@%ld:%ld %.*s", b->line, b->col,
				      (int)(b->len < 40 ? b->len : 40), d->text.s + b->off);
	}
	return out;
}

static char *parse(pt_check_doc *d, const char *src, int html)
{
	pt_check_doc_clear(d);
	d->src = src, d->srclen = strlen(src);
	if (html)
		pt_check_parse_html(d, src, strlen(src));
	else
		pt_check_parse_md(d, src, strlen(src));
	return blocks(d);
}

static void test_markdown(pt_check_doc *d)
{
	is_str(parse(d, "# Titel\n\n## Participatie\n\nWe *raadplegen* bewoners.\n", 0),
	       "H1@1:1 Titel|H2@3:1 Participatie|T@5:1 We raadplegen bewoners.", "md: headings and text");
	is_str(parse(d, "**Participatie**\n\nTekst.\n", 0), "P@1:1 Participatie|T@3:1 Tekst.",
	       "md: a bold paragraph is a pseudo heading");
	is_str(parse(d, "**Participatie:** bewoners in mei.\n", 0),
	       "O@1:1 Participatie|T@1:1 bewoners in mei.|C@1:1 ", "md: a bold label opens an entry");
	is_str(parse(d, "- Participatie: n.v.t.\n- **Geld**: geen\n", 0),
	       "O@1:3 Participatie|T@1:3 n.v.t.|C@1:1 |O@2:3 Geld|T@2:3 geen|C@2:1 ",
	       "md: list items labelled by a colon or bold start");
	is_str(parse(d, "| a | b |\n|---|---|\n| Participatie | n.v.t. |\n", 0),
	       "O@1:3 a|T@1:7 b|C@1:1 |O@3:3 Participatie|T@3:18 n.v.t.|C@3:1 ",
	       "md: table rows are entries, cells at their text");
	parse(d, "**Participatie**\n\n**Wie:**\n\nx\n", 0);
	ok(d->nb == 3 && d->b[0].level == PT_LEVEL_PSEUDO && d->b[1].level == PT_LEVEL_LABEL,
	   "md: a bold label alone ('Wie:') is a heading by hand of the label rank");
	is_str(parse(d, "Één\n\n## Participatie\n", 0), "T@1:1 Één|H2@3:1 Participatie",
	       "md: UTF-8 text kept");
	is_str(parse(d, "x | ä | y\n-|-|-\n1 | 2 | é3\n", 0),
	       "O@1:1 x|T@1:5 ä|T@1:9 y|C@1:1 |O@3:1 1|T@3:5 2|T@3:9 é3|C@3:1 ",
	       "md: columns count characters, not bytes");
	is_str(parse(d, "---\ntitle: X\nsoort: raadsvoorstel\n---\n# Participatie\n", 0),
	       "T@2:1 title: X\nsoort: raadsvoorstel|H1@5:1 Participatie",
	       "md: YAML front matter is one text block, lines kept");
	is_str(parse(d, "---\n---\nx\n", 0), "T@2:1 |T@3:1 x", "md: empty front matter");
	is_str(parse(d, "---\nno end\n", 0), "T@2:1 no end", "md: no front matter without its end");
	parse(d, "<!-- pt-disable planning, inbreng -->\n# X\n", 0);
	is_int((long)d->disabled, (1L << pt_check_rule_find("planning")) | (1L << pt_check_rule_find("inbreng")),
	       "md: pt-disable with two rules");
	parse(d, "# X\n\nText <!-- pt-disable --> inline.\n", 0);
	ok(d->disabled == ~0ul, "md: pt-disable alone disables every rule");
	parse(d, "<!-- pt-disabled sectie-leeg -->\n", 0);
	ok(d->disabled == 0, "md: pt-disabled is not a directive");
}

static void test_columns(pt_check_doc *d)
{
	const char *src = "ab\n\xc3\xa9\xc3\xa9x\n";
	pt_check_doc_clear(d);
	d->src = src, d->srclen = strlen(src);
	is_int(pt_check_char_col(d, 1, 2), 2, "column on an ASCII line");
	is_int(pt_check_char_col(d, 2, 5), 3, "column after two two-byte letters");
	is_int(pt_check_char_col(d, 2, 3), 2, "an earlier column on the same line");
	is_int(pt_check_char_col(d, 2, 9), 7, "a column past the end counts on");
	is_int(pt_check_char_col(d, 1, 1), 1, "back to line 1");
	d->src = NULL;
}

static void test_html_limits(pt_check_doc *d)
{
	pt_buf b = PT_BUF_INIT;
	for (int i = 0; i < 1001; i++)
		pt_buf_puts(&b, "<b>");
	parse(d, pt_buf_str(&b), 1);
	ok(d->bad && strstr(d->bad, "nest deeper"), "1001 open elements: refused before gumbo");
	b.len = 0;
	for (int i = 0; i < 5000; i++)
		pt_buf_puts(&b, "<p>x<br><li>y<td>z");
	parse(d, pt_buf_str(&b), 1);
	ok(!d->bad, "many elements that close themselves: read");
	b.len = 0;
	pt_buf_puts(&b, "<p");
	for (int i = 0; i < 1001; i++)
		pt_buf_printf(&b, " a%d='x y'", i);
	pt_buf_puts(&b, ">");
	parse(d, pt_buf_str(&b), 1);
	ok(d->bad && strstr(d->bad, "attributes"), "1001 attributes on one tag: refused");
	pt_buf_free(&b);
}

static void test_html(pt_check_doc *d)
{
	is_str(parse(d, "<h1>T</h1>\n<h2>\n  Participatie\n</h2>\n<p>We  <b>raadplegen</b>\nbewoners.</p>", 1),
	       "H1@1:1 T|H2@2:1 Participatie|T@5:4 We raadplegen bewoners.", "html: headings, whitespace collapsed");
	is_str(parse(d, "<p><b>Participatie</b></p><p>Tekst</p>", 1), "P@1:7 Participatie|T@1:30 Tekst",
	       "html: a bold paragraph is a pseudo heading");
	is_str(parse(d, "<ul><li><strong>Participatie:</strong> volgt</li><li><ul><li>x</li></ul></li></ul>", 1),
	       "O@1:17 Participatie|T@1:17 volgt|C@1:5 |O@1:50 |O@1:62 |T@1:62 x|C@1:58 |C@1:50 ",
	       "html: list items, an item without text of its own");
	is_str(parse(d, "<table><tr><td>Participatie</td><td>n.v.t.</td></tr></table>", 1),
	       "O@1:12 Participatie|T@1:33 n.v.t.|C@1:8 ", "html: table rows are entries");
	parse(d, "<p>x</p><!-- pt-disable sectie-ontbreekt -->", 1);
	is_int((long)d->disabled, 1L << pt_check_rule_find("sectie-ontbreekt"), "html: a comment directive");
	is_str(parse(d, "<script>Participatie</script><style>h1{}</style><p>a&amp;b</p>", 1), "T@1:52 a&b",
	       "html: scripts and styles skipped, entities decoded");
}

struct found {
	char lines[8][256];
	int n;
};

static void collect(const pt_check_finding *f, void *ctx)
{
	struct found *fd = ctx;
	if (fd->n < 8)
		snprintf(fd->lines[fd->n++], 256, "%ld:%ld %s %s", f->line, f->col,
			 pt_check_sev_name(f->sev), pt_check_rule_id((size_t)f->rule));
}

static const char *judge(pt_check_config *c, pt_check_doc *d, const char *src)
{
	static char out[1024];
	struct found fd = {.n = 0};
	parse(d, src, 0);
	pt_check_rules_doc(c, d, "x.md", 0, collect, &fd);
	out[0] = '\0';
	for (int i = 0; i < fd.n; i++)
		snprintf(out + strlen(out), sizeof out - strlen(out), "%s%s", i ? "; " : "", fd.lines[i]);
	return out;
}

static void test_rules(pt_check_doc *d)
{
	pt_error err = {0};
	pt_check_config *c = pt_check_config_load(NULL, &err);
	ok(c != NULL, "the built-in configuration loads");
	if (!c)
		return;
	is_str(judge(c, d, "# X\n"), "1:1 error sectie-ontbreekt", "missing");
	is_str(judge(c, d, "# X\n## Participatie\n### Sub\n## Y\nz\n"), "2:1 error sectie-leeg",
	       "a sub-heading alone is still empty");
	is_str(judge(c, d, "## Participatie\n\n  P.M.\n"), "3:3 error sectie-placeholder", "placeholder, case and final dot");
	is_str(judge(c, d, "## Participatie\nGeen participatie want geen keuzes.\n"),
	       "1:1 error geen-participatie-zonder-reden", "no participation, 5 words");
	is_str(judge(c, d, "## Participatie\nGeen participatie, want de wet laat hier geen enkele keuze.\n"), "",
	       "no participation, motivated");
	is_str(judge(c, d, "# Participatiebeleid\n\n## 3.1 Participatie:\n\nBewoners adviseren in 2027; de inbreng verwerken we en we koppelen terug per brief.\n"),
	       "", "the exact heading wins over one that contains the word");
	is_str(judge(c, d, "## Inwonerparticipatie\nWij informeren.\n"),
	       "1:1 error inhoud-dun", "thin text is one error");
	is_str(judge(c, d, "## Participatie\nOmwonenden worden ge\xc3\xafnformeerd.\n"),
	       "1:1 error inhoud-dun", "'Omwonenden worden geïnformeerd.' is thin");
	is_str(judge(c, d, "## Inwonerparticipatie\nWij raadplegen bewoners met een enquête.\n"),
	       "1:1 warning planning; 1:1 warning inbreng; 1:1 warning terugkoppeling",
	       "three of four parts: each missing one is a warning");
	is_str(judge(c, d, "## Participatie\nMet honderd bewoners gesproken in mei; hun wensen overgenomen; brief gestuurd.\n"),
	       "1:1 warning geen-trede", "rich text without a ladder word: a warning");
	is_str(judge(c, d, "## Participatie\nBewoners mogen kiezen uit drie ontwerpen op een avond in mei; hun keuze nemen we over en de uitslag staat in de nieuwsbrief.\n"),
	       "", "influence in plain words");
	is_str(judge(c, d, "# CONCEPT\n## Participatie\nBewoners adviseren in mei op een avond; inbreng verwerkt; verslag gestuurd.\n"),
	       "2:1 error sectie-concept", "a CONCEPT title");
	is_str(judge(c, d, "# Raadsvoorstel X\n## Participatie\nBewoners adviseren in mei op een avond; inbreng verwerkt; verslag gestuurd.\n"),
	       "2:1 warning rol-raad", "a council proposal needs the council's role");
	is_str(judge(c, d, "Omgevingsplan.\n\n## Participatie\nBewoners adviseren in mei op een avond; inbreng verwerkt; verslag gestuurd.\n"),
	       "3:1 warning omgevingswet", "Omgevingswet: parts missing");
	is_str(judge(c, d, "# X\n\n**2.1 Participatie**\n\n**Wie:**\n\nBewoners en ondernemers.\n\n**Hoe:**\n\nZij adviseren op een avond in mei; hun inbreng verwerken we en we sturen een verslag.\n\n**2.2 Geld**\n\nGedekt.\n"),
	       "", "a label alone in bold ('Wie:') does not end a heading by hand");
	is_str(judge(c, d, "# X\n\n- **1 Participatie**\n\nBewoners adviseren op een avond in mei; hun inbreng verwerken we en we sturen een verslag.\n\n- **2 Financi\xc3\xabn**: PM\n"),
	       "", "a numbered entry with nothing after it is a heading, up to the next numbered one");
	is_str(judge(c, d, "# X\n\n- **1 Participatie**\n- **2 Financi\xc3\xabn**: bewoners adviseren op een avond in mei; inbreng verwerkt; verslag gestuurd.\n"),
	       "3:3 error sectie-leeg", "a numbered entry ends the section before it");
	is_str(judge(c, d, "## Participatie\nOuders dachten in maart mee op twee avonden; hun zorgen wegen mee. In juni hoort iedereen via de buurtapp welke variant het wordt.\n"),
	       "", "feedback in other words: 'hoort iedereen via de buurtapp' (a term of two parts)");
	is_str(judge(c, d, "## Participatie\nOuders dachten in maart mee op twee avonden; hun zorgen wegen mee. Iedereen hoort het later. De stukken staan via de website online.\n"),
	       "1:1 warning terugkoppeling", "the parts of a term in two sentences are not it");
	is_str(judge(c, d, "## Participatie\nNiet van toepassing, omdat dit voorstel geen gevolgen heeft voor inwoners of bedrijven.\n"),
	       "", "a motivated 'niet van toepassing, omdat' passes");
	is_str(judge(c, d, "## Participatie\nDe omgeving wordt op passende wijze betrokken via een bijeenkomst in mei. De inbreng wordt meegenomen; we koppelen terug via de website.\n"),
	       "1:1 error inhoud-dun", "no who and no influence: an error, whatever werkvorm words");
	is_str(judge(c, d, "Omgevingsplan.\n\n## Participatie\nOmwonenden raadplegen en adviseren we over de bouwhoogte op twee avonden in mei; hun inbreng verwerken we en we sturen een verslag; alles staat op de website.\n"),
	       "", "the step named says whose role is what");
	is_str(judge(c, d, "<!-- pt-disable geen-trede -->\n## Participatie\nBewoners in mei op een avond; inbreng verwerkt; verslag gestuurd.\n"),
	       "", "a rule disabled in the document");
	pt_check_config_free(c);

	pt_error e2 = {0};
	ok(pt_check_config_load("/no/such/config.json", &e2) == NULL && e2.status == PT_EXIT_IO,
	   "a missing config file is an I/O error");
	is_int(pt_check_sev_parse("warning"), PT_SEV_WARNING, "severity names");
	is_int(pt_check_sev_parse("fatal"), -1, "an unknown severity");
	is_int(pt_check_format_parse("sarif"), PT_CHECK_SARIF, "format names");
	is_int(pt_check_format_parse("gitlab"), PT_CHECK_GITLAB, "gitlab is a format");
	size_t sz = 0;
	ok(pt_check_size_parse("64M", &sz) == 0 && sz == (size_t)64 << 20, "--max-size 64M");
	ok(pt_check_size_parse("512k", &sz) == 0 && sz == 512 << 10, "--max-size 512k");
	ok(pt_check_size_parse("0", &sz) < 0 && pt_check_size_parse("1x", &sz) < 0 &&
	   pt_check_size_parse("-1", &sz) < 0 && pt_check_size_parse("", &sz) < 0, "--max-size refuses 0, 1x, -1, ''");
	is_int(pt_check_rule_find("nope"), -1, "an unknown rule");
}

/* The JUnit format through its hooks: suites by file, counts, escaping. */
static void test_junit(void)
{
	const pt_check_fmt *f = &pt_check_junit;
	void *st = f->start();
	pt_check_finding a = {.file = "x<&.md", .line = 3, .col = 1, .rule = 0, .sev = PT_SEV_ERROR, .msg = "\"kort\" & <dun>"};
	pt_check_finding b = a;
	b.sev = PT_SEV_INFO, b.line = 9;
	f->finding(st, &a, " (pagina 2)");
	f->finding(st, &b, "");
	f->skipped(st, "y.txt", "format", "geen vorm");
	f->failed(st, "z.md", "unreadable", "kan niet openen");
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	f->finish(st, out, 1);
	fclose(out);
	ok(strstr(buf, "<testsuites name=\"pt-paragraph --check\" tests=\"4\" failures=\"1\" errors=\"1\" skipped=\"1\">") != NULL,
	   "junit: totals over all files");
	ok(strstr(buf, "<testsuite name=\"x&lt;&amp;.md\" tests=\"2\" failures=\"1\"") != NULL, "junit: one suite per file, its name escaped");
	ok(strstr(buf, "message=\"&quot;kort&quot; &amp; &lt;dun&gt; (pagina 2)\"") != NULL, "junit: the message escaped, the page note with it");
	ok(strstr(buf, "<system-out>") != NULL && strstr(buf, "type=\"info\"") == NULL, "junit: a note passes, with its text as output");
	ok(strstr(buf, "<skipped message=\"geen vorm\"/>") != NULL, "junit: a skipped file a skipped case");
	ok(strstr(buf, "<error type=\"unreadable\" message=\"kan niet openen\"/>") != NULL, "junit: a file not read an error case");
	free(buf);
	buf = NULL;
	out = open_memstream(&buf, &len);
	f->finish(f->start(), out, 0);
	fclose(out);
	is_int((int)len, 0, "junit: a run that is not ok writes nothing");
	free(buf);
}

int main(void)
{
	pt_check_doc d;
	memset(&d, 0, sizeof d);
	test_markdown(&d);
	test_html(&d);
	test_html_limits(&d);
	test_columns(&d);
	test_rules(&d);
	test_junit();
	pt_check_doc_free(&d);
	return done_testing();
}
