/* Empty on purpose: the Dutch of every diagnostic is a row of
 * lib/data/meldingen.csv now (id = the English as in the code, then a
 * column per language).  A line {"English", "Nederlands"}, merged in here
 * from an older branch is moved there by: python3 tools/msgtab2csv.py
 * (tests/t/house.t fails while one is left). */
