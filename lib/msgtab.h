/* The Dutch of every diagnostic: {"English, as in the code", "Nederlands"},
 * one a line, the same printf conversions in the same order in both.
 * Included by msg.c only.  Merged as a union (.gitattributes): keep one
 * entry a line. */
{"out of memory", "onvoldoende geheugen"},
{"--lang: use nl or en, not '%s'", "--lang: gebruik nl of en, niet '%s'"},
{"Try '%s --help'.", "Probeer '%s --help'."},
{"-f for --format is deprecated and will go: use -t or --format", "-f voor --format verdwijnt: gebruik -t of --format"},
{"--format: use md or html, not '%s'", "--format: gebruik md of html, niet '%s'"},
{"--section: use paragraaf, werkdocument, all, afweging, stakeholders, plan, opbrengst or evaluatie, not '%s'", "--section: gebruik paragraaf, werkdocument, all, afweging, stakeholders, plan, opbrengst of evaluatie, niet '%s'"},
{"--fragment goes with --format html", "--fragment hoort bij --format html"},
