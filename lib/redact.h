/* Personal data out of free text: the one redaction that pt-evaluate, its
 * case archive and pt-results share (redact.c).  Free text is treated as
 * personal data until shown otherwise: e-mail addresses (also written
 * name[at]domain, "(apenstaartje) ... punt" or with full-width ＠ and ．),
 * phone numbers (any digits, any hyphens and spaces), postcodes (any case,
 * spacing or hyphen), IBANs, street addresses with a number, and the
 * names a file's name columns hold, matched Unicode-aware and inflected. */
#ifndef PT_REDACT_H
#define PT_REDACT_H
#include "pt.h"

/* What a text held; a bit set per kind found. */
enum {
	PT_REDACT_EMAIL = 1,
	PT_REDACT_PHONE = 2,
	PT_REDACT_POSTCODE = 4,
	PT_REDACT_ADDRESS = 8,
	PT_REDACT_NAME = 16,
	PT_REDACT_IBAN = 32
};

/* What stands where personal data was taken out. */
#define PT_REDACTED "[\xE2\x80\xA6]"

/* The kind of a column that holds personal data, by its header (naam,
 * voornaam, achternaam, e-mail, telefoon, adres, postcode, ...); 0 when
 * the column is no personal data.  Readers drop such columns. */
int pt_redact_column(const char *header);

/* The name words to take out of text: every word of two letters or more
 * of each name added, but for particles and titles (de, van, mevrouw). */
typedef struct pt_redact_names pt_redact_names;
pt_redact_names *pt_redact_names_new(void);
void pt_redact_names_add(pt_redact_names *n, const char *name);
size_t pt_redact_names_count(const pt_redact_names *n);
void pt_redact_names_free(pt_redact_names *n);

/* A copy of text with each piece of personal data replaced by
 * PT_REDACTED; *found (may be NULL) gets the kinds taken out.  names may
 * be NULL.  Linear in the text, log in the names. */
char *pt_redact(const char *text, pt_redact_names *names, unsigned *found);

/* pt_redact, but for what keep holds (pt_redact_keep_words): the
 * proposal's own place and streets and the organisations stay, and a house
 * number on the own place goes without a gap ("bij Pancratiusplein 12, 6411
 * AB" reads "bij Pancratiusplein").  keep may be NULL. */
char *pt_redact_keep(const char *text, pt_redact_names *names, pt_redact_names *keep, unsigned *found);

/* What stays in a dossier's texts, as whole phrases: voorstel.locatie's naam
 * and wijk (and their words with a capital or a street's ending), the
 * street and place words of the title, the naam of each stakeholder that is
 * an organisation (namen.csv: its groep is an organisation's, the naam no
 * person's), and each of common (may be NULL). */
pt_redact_names *pt_redact_keep_words(const json_t *d, const pt_redact_names *common);

/* The words of the names of a dossier's stakeholders that are organisations
 * (as pt_redact_keep_words picks them), for pt_redact_unlisted_name. */
pt_redact_names *pt_redact_org_words(const json_t *d);

/* Is naam a private person's (namen.csv: a marker such as "Fam.", initials,
 * or a digit of an address)? */
int pt_redact_person(const char *naam);

/* Does text hold a word that may be a name nobody listed: a capital in
 * the middle of a sentence ("met Henk", "bij ÖZTÜRK"), the word in none of
 * the known sets (words that are no names: the proposal's own place and
 * title, a list of common terms)?  For what may be published: the archive. */
int pt_redact_unlisted_name(const char *text, pt_redact_names *const *known, size_t nknown, size_t *at,
			    size_t *len);	/* the first such word, when at is not NULL */

/* The words known to be no names: geen-namen.csv ($PT_DATA_DIR or built
 * in), and a dossier's own title, place, vastKader and openVoorInbreng. */
pt_redact_names *pt_redact_common_words(pt_error *err);
pt_redact_names *pt_redact_own_words(const json_t *d);

/* "e-mail address, phone number" of the kinds in found, into buf. */
const char *pt_redact_kinds(unsigned found, int lang, char *buf, size_t n);

/* Fold one word for matching names: lower case, the base letter of
 * accented Latin letters (É e, Ö o, Ş s, Ĳ ij), Greek and Cyrillic
 * capitals to small.  Returns buf. */
char *pt_redact_fold(const char *s, size_t len, char *buf, size_t n);
#endif
