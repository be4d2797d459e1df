/* The Dutch of every diagnostic: {"English, as in the code", "Nederlands"},
 * one a line, the same printf conversions in the same order in both.
 * Included by msg.c only.  Merged as a union (.gitattributes): keep one
 * entry a line. */
{"out of memory", "onvoldoende geheugen"},
{"--lang: use nl or en, not '%s'", "--lang: gebruik nl of en, niet '%s'"},
{"Try '%s --help'.", "Probeer '%s --help'."},
{"cannot open: %s", "kan niet openen: %s"},
{"cannot read: %s", "kan niet lezen: %s"},
{"cannot check: %s", "kan niet controleren: %s"},
{"not a format --check reads (.md, .html, .json, .docx, .odt, .pdf)", "geen vorm die --check leest (.md, .html, .json, .docx, .odt, .pdf)"},
{"not a regular file", "geen gewoon bestand"},
{"larger than the limit of %zu bytes (--max-size)", "groter dan de grens van %zu bytes (--max-size)"},
{"--max-size: use a number of bytes, with k, M or G, not '%s'", "--max-size: gebruik een aantal bytes, met k, M of G, niet '%s'"},
{"no file was checked: name a Markdown, HTML, Word, ODF, PDF or dossier file, or use --allow-empty if an empty set is fine", "geen bestand gecontroleerd: noem een Markdown-, HTML-, Word-, ODF-, PDF- of dossierbestand, of gebruik --allow-empty als een lege verzameling goed is"},
{"elements nest deeper than --check reads (1000)", "elementen zijn dieper genest dan --check leest (1000)"},
{"a tag has more attributes than --check reads (1000)", "een tag heeft meer attributen dan --check leest (1000)"},
