/* Unit tests of lib/redact.c: every pattern class, names Unicode-aware
 * and inflected, what stays, and the personal-data columns. */
#include <stdlib.h>
#include <string.h>
#include "pt.h"
#include "redact.h"
#include "tap.h"

#define R PT_REDACTED

static pt_redact_names *names;

static void check(const char *in, const char *want, unsigned kinds, const char *what)
{
	unsigned found = 0;
	char *got = pt_redact(in, names, &found);
	is_str(got, want, "%s", what);
	is_int(found, kinds, "%s: kinds found", what);
	free(got);
}

static void test_patterns(void)
{
	check("Mail jan.devries@gemeente.nl of bel 06-12345678.", "Mail " R " of bel " R ".",
	      PT_REDACT_EMAIL | PT_REDACT_PHONE, "e-mail and phone");
	check("bel +31 (45) 560 4444 gerust", "bel " R " gerust", PT_REDACT_PHONE, "international number");
	check("bel 06\xE2\x80\x91" "1234 5678", "bel " R, PT_REDACT_PHONE, "phone with U+2011 hyphen");
	check("bel \xEF\xBC\x90\xEF\xBC\x96\xEF\xBC\x8D\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC\x94"
	      "\xEF\xBC\x95\xEF\xBC\x96\xEF\xBC\x97\xEF\xBC\x98 nu", "bel " R " nu", PT_REDACT_PHONE,
	      "phone in full-width digits");
	check("li.na[at]voorbeeld.nl", R, PT_REDACT_EMAIL, "e-mail with [at]");
	check("lina (at) voorbeeld (dot) nl", R, PT_REDACT_EMAIL, "e-mail with (at) and (dot)");
	check("lina at voorbeeld dot nl graag", R " graag", PT_REDACT_EMAIL, "e-mail spelt out");
	check("mail lina\xEF\xBC\xA0voorbeeld.nl", "mail " R, PT_REDACT_EMAIL, "e-mail with a full-width @");
	check("Postcode 6411 AB; adres Pancratiusplein 12", "Postcode " R "; adres " R,
	      PT_REDACT_POSTCODE | PT_REDACT_ADDRESS, "postcode and address");
	check("6411AB", R, PT_REDACT_POSTCODE, "postcode without a space");
	check("Kerkstraat 12a is het", R " is het", PT_REDACT_ADDRESS, "address with an addition");
	/* postcodes as people type them */
	check("in 6411 ab wonen", "in " R " wonen", PT_REDACT_POSTCODE, "postcode in lower case");
	check("in 6411 Ab wonen", "in " R " wonen", PT_REDACT_POSTCODE, "postcode in mixed case");
	check("in 6411  AB wonen", "in " R " wonen", PT_REDACT_POSTCODE, "postcode with a double space");
	check("in 6411-AB wonen", "in " R " wonen", PT_REDACT_POSTCODE, "postcode with a hyphen");
	check("in 6411\xE2\x80\x91" "AB wonen", "in " R " wonen", PT_REDACT_POSTCODE, "postcode with U+2011");
	check("in 2027 en 2028 op 1500 is", "in 2027 en 2028 op 1500 is", 0, "a year or count before a short word stays");
	/* bank accounts */
	check("stort op NL91ABNA0417164300 graag", "stort op " R " graag", PT_REDACT_IBAN, "an IBAN");
	check("rekening NL91 ABNA 0417 1643 00.", "rekening " R ".", PT_REDACT_IBAN, "an IBAN in groups of four");
	check("rekening nl91abna0417164300", "rekening " R, PT_REDACT_IBAN, "an IBAN in lower case");
	/* e-mail hidden from harvesters */
	check("mail naam (apenstaartje) gemeente punt nl graag", "mail " R " graag", PT_REDACT_EMAIL,
	      "e-mail with (apenstaartje) and punt");
	check("Bel Bo (06-12345678, bo@voorbeeld.nl) graag", "Bel " R " graag",
	      PT_REDACT_NAME | PT_REDACT_PHONE | PT_REDACT_EMAIL, "no debris: a bracket of personal data goes whole");
	check("Toen kwamen (Pieter, Bo, Jan) langs", "Toen kwamen langs", PT_REDACT_NAME,
	      "  a bracket of names goes whole");
	check("Pieter, Bo en Jan kwamen", R " kwamen", PT_REDACT_NAME, "  names in a row are one gap");
	check("mail naam\xEF\xBC\xA0gemeente\xEF\xBC\x8Enl graag", "mail " R " graag", PT_REDACT_EMAIL,
	      "e-mail with a full-width @ and .");
	/* Debris taken out joins its two sides: what they make is found too
	 * (a fuzzer's find: "64 ([…])11 AB" became a postcode after the pass). */
	check("bel 06-12345678; postcode 64 (" R ")11 AB hier", "bel " R "; postcode " R " hier",
	      PT_REDACT_PHONE | PT_REDACT_POSTCODE, "what debris joins is redacted too");
}

static void test_names(void)
{
	check("JOSÉ en ÖZTÜRK kwamen", R " kwamen", PT_REDACT_NAME, "names in capitals with accents");
	check("josé en öztürk", R, PT_REDACT_NAME, "names in small letters");
	check("Jose en Ozturk", R, PT_REDACT_NAME, "names without their accents");
	check("Bo zei het", R " zei het", PT_REDACT_NAME, "a two-letter name");
	check("Pieters fiets en Jantje", R " fiets en " R, PT_REDACT_NAME, "inflected names");
	check("Şahin kwam", R " kwam", PT_REDACT_NAME, "Latin Extended-A: Ş");
	check("dejan en bodem", "dejan en bodem", 0, "whole words only");
	check("de van der heer", "de van der heer", 0, "particles and titles of a name are no names");
}

static void test_stays(void)
{
	check("Op 12-05-2026 om 19.30 uur, 1.250 euro", "Op 12-05-2026 om 19.30 uur, 1.250 euro", 0,
	      "dates and amounts stay");
	check("in 2027 en 2028 kwamen 140 mensen", "in 2027 en 2028 kwamen 140 mensen", 0,
	      "years and counts stay");
	check("Kerkstraat is druk", "Kerkstraat is druk", 0, "a street without a number stays");
	check("we meten at the park. Dus", "we meten at the park. Dus", 0, "'at' is no e-mail");
	check("", "", 0, "empty text");
	check("x`y.nl en a{at}b", "x`y.nl en a{at}b", 0, "only letters fold: ` is no @, {at} with no dot is no address");
	check("bel  0612345678 nu", "bel  " R " nu", PT_REDACT_PHONE, "the spaces before a number stay");
	check("\xff\xfe broken", "\xff\xfe broken", 0, "broken bytes pass");
}

static void test_columns(void)
{
	is_int(pt_redact_column("Voornaam"), PT_REDACT_NAME, "column voornaam");
	is_int(pt_redact_column("achternaam"), PT_REDACT_NAME, "column achternaam");
	is_int(pt_redact_column("E-mailadres"), PT_REDACT_EMAIL, "column e-mailadres");
	is_int(pt_redact_column("Telefoonnummer"), PT_REDACT_PHONE, "column telefoonnummer");
	is_int(pt_redact_column("postcode"), PT_REDACT_POSTCODE, "column postcode");
	is_int(pt_redact_column("Adres"), PT_REDACT_ADDRESS, "column adres");
	is_int(pt_redact_column("inbreng"), 0, "column inbreng is no personal data");
	char buf[128];
	is_str(pt_redact_kinds(PT_REDACT_NAME | PT_REDACT_PHONE, PT_NL, buf, sizeof buf), "naam, telefoonnummer",
	       "kinds in Dutch");
	is_str(pt_redact_kinds(PT_REDACT_EMAIL, PT_EN, buf, sizeof buf), "e-mail address", "kinds in English");
}

static void test_unlisted(void)
{
	pt_redact_names *known = pt_redact_names_new();
	pt_redact_names_add(known, "Herinrichting Pancratiusplein, Wijkraad");
	pt_redact_names *sets[1] = {known};
	is_int(pt_redact_unlisted_name("Begin eerder met de bewonersbrief.", sets, 1, NULL, NULL), 0, "unlisted: no capital inside");
	is_int(pt_redact_unlisted_name("Fijn dat Henk er was", sets, 1, NULL, NULL), 1, "unlisted: a capital inside a sentence");
	is_int(pt_redact_unlisted_name("Henk belde. Daarna ging het beter", sets, 1, NULL, NULL), 0,
	       "unlisted: capitals that start a sentence say nothing");
	is_int(pt_redact_unlisted_name("Op het Pancratiusplein en met de Wijkraad", sets, 1, NULL, NULL), 0, "unlisted: known words");
	is_int(pt_redact_unlisted_name("met ÖZTÜRK gesproken", sets, 1, NULL, NULL), 1, "unlisted: capitals with accents");
	is_int(pt_redact_unlisted_name("met Şahin gesproken", sets, 1, NULL, NULL), 1, "unlisted: Latin Extended-A capital");
	is_int(pt_redact_unlisted_name("met şahin gesproken", sets, 1, NULL, NULL), 0, "unlisted: its small letter is no capital");
	size_t at = 0, len = 0;
	pt_redact_unlisted_name("Het plan van Henk Jansen", sets, 1, &at, &len);
	ok(at == 13 && len == 4, "unlisted: the first such word is given");
	pt_redact_names_free(known);
}

/* What a dossier keeps: its own place and streets, its organisations. */
static void test_keep(void)
{
	json_t *d = json_loads("{\"voorstel\":{\"titel\":\"Herinrichting Pancratiusplein en Kerkstraat\","
			       "\"locatie\":{\"naam\":\"Pancratiusplein\",\"wijk\":\"Heerlen-Centrum\"}},"
			       "\"stakeholders\":[{\"naam\":\"Bakkerij Jansen\",\"groep\":\"ondernemers\"},"
			       "{\"naam\":\"Fam. Smeets\",\"groep\":\"omwonenden\"},"
			       "{\"naam\":\"Buurtclub Groen\",\"groep\":\"omwonenden\"}]}", 0, NULL);
	pt_redact_names *who = pt_redact_names_new(), *keep = pt_redact_keep_words(d, NULL);
	pt_redact_names_add(who, "Piet Jansen; Ria Smeets; Pancratiusplein BV; Kees Groen; Centrum");
	struct { const char *in, *want; unsigned kinds; const char *what; } c[] = {
		{"ramen van Pancratiusplein 18-20 en meer", "ramen van Pancratiusplein en meer", PT_REDACT_ADDRESS,
		 "the own square stays, its house numbers go without a gap"},
		{"bij Pancratiusplein 12, 6411 AB.", "bij Pancratiusplein.", PT_REDACT_ADDRESS,
		 "  and its postcode with them"},
		{"de Kerkstraat 4a is druk", "de Kerkstraat is druk", PT_REDACT_ADDRESS, "a street of the title stays"},
		{"bij Akerstraat 18 - 20a wonen", "bij " R " wonen", PT_REDACT_ADDRESS,
		 "another street's address is one gap, its range too"},
		{"Bakkerij Jansen en Piet Jansen", "Bakkerij Jansen en " R, PT_REDACT_NAME,
		 "an organisation stays as a whole; a person of its name does not"},
		{"in Heerlen-Centrum en het Centrum", "in Heerlen-Centrum en het Centrum", 0,
		 "the district and its words stay, though a name column held one"},
		{"Fam. Smeets en Buurtclub Groen", "Fam. " R " en Buurtclub " R, PT_REDACT_NAME,
		 "a private person's household and a group that is no organisation are names"},
		{"Kees Groen (06-12345678)", R, PT_REDACT_NAME | PT_REDACT_PHONE, "a bracket after a name goes"},
		{"Pancratiusplein BV zegt", "Pancratiusplein " R " zegt", PT_REDACT_NAME,
		 "the own place stays, a name column's other word goes"},
	};
	for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
		unsigned found = 0;
		char *got = pt_redact_keep(c[i].in, who, keep, &found);
		is_str(got, c[i].want, "keep: %s", c[i].what);
		is_int(found, c[i].kinds, "keep: %s: kinds", c[i].what);
		free(got);
	}
	char *plain = pt_redact("ramen van Pancratiusplein 18-20", NULL, NULL);
	is_str(plain, "ramen van " R, "without a dossier, the address and its range are one gap");
	free(plain);
	is_int(pt_redact_person("Fam. Smeets"), 1, "person: Fam.");
	is_int(pt_redact_person("J. Jansen"), 1, "person: initials");
	is_int(pt_redact_person("Bakkerij Jansen"), 0, "person: an organisation's name is none");
	pt_redact_names *org = pt_redact_org_words(d);
	is_int(pt_redact_names_count(org), 2, "org words: those of the organisation only");
	pt_redact_names_free(org);
	pt_redact_names_free(who);
	pt_redact_names_free(keep);
	json_decref(d);
}

int main(void)
{
	names = pt_redact_names_new();
	pt_redact_names_add(names, "José Öztürk");
	pt_redact_names_add(names, "Bo de Vries");
	pt_redact_names_add(names, "mevrouw Pieter van der Jan");
	pt_redact_names_add(names, "ŞAHİN");
	is_int(pt_redact_names_count(names), 7, "names: words kept, particles and titles dropped");
	test_patterns();
	test_names();
	test_stays();
	test_columns();
	test_unlisted();
	test_keep();
	pt_redact_names_free(names);
	return done_testing();
}
