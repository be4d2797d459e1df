/* The Dutch of every diagnostic: {"English, as in the code", "Nederlands"},
 * one a line, the same printf conversions in the same order in both.
 * Included by msg.c only.  Merged as a union (.gitattributes): keep one
 * entry a line. */
{"out of memory", "onvoldoende geheugen"},
{"--lang: use nl or en, not '%s'", "--lang: gebruik nl of en, niet '%s'"},
{"Try '%s --help'.", "Probeer '%s --help'."},
{"write error", "schrijffout"},
