/* The Dutch of every diagnostic: {"English, as in the code", "Nederlands"},
 * one a line, the same printf conversions in the same order in both.
 * Included by msg.c only.  Merged as a union (.gitattributes): keep one
 * entry a line. */
{"out of memory", "onvoldoende geheugen"},
{"--lang: use nl or en, not '%s'", "--lang: gebruik nl of en, niet '%s'"},
{"Try '%s --help'.", "Probeer '%s --help'."},
{"write error", "schrijffout"},
{"thema: empty (give a thema code)", "thema: leeg (geef een themacode)"},
{"woord: empty (give a word)", "woord: leeg (geef een woord)"},
{"groep: empty (give a group code, or a|b)", "groep: leeg (geef een groepscode, of a|b)"},
{"moeilijk: '%s' is not ja or nee", "moeilijk: '%s' is geen ja of nee"},
{"dan.reden: expected a reason code of lowercase letters and '-'", "dan.reden: verwacht een redencode van kleine letters en '-'"},
{"dan.poort: only true has a meaning (the gate says no)", "dan.poort: alleen true heeft betekenis (de poort zegt nee)"},
{"dan: unknown effect '%s' (known: participatie, poort, ladder, punten, plan, rol, max, min, eerst, mensen, combineer, uitdaagrecht, reden)", "dan: onbekend effect '%s' (bekend: participatie, poort, ladder, punten, plan, rol, max, min, eerst, mensen, combineer, uitdaagrecht, reden)"},
