#!/bin/sh
# pt-results: the opbrengst section from a reactienota CSV or JSON, through
# the real binary on real files: forgiving headers and values, meldingen,
# and personal data that never reaches any output.
. "$(dirname "$0")/../lib.sh"
D=$DATA/results
PY=/usr/bin/python3

# --- options -----------------------------------------------------------------
run "pt-results --help"
is "--help exits 0" "$rc" 0
like "--help shows usage on stdout" "$T/out" '^usage: pt-results'
run "pt-results --version"
like "--version" "$T/out" '^pt-results [0-9]'
run "pt-results --bogus < /dev/null"
is "unknown option: exit 2" "$rc" 2
run "pt-results < /dev/null"
is "no -f: exit 2" "$rc" 2
like "no -f: says what to give" "$T/err" '^pt-results: give the results with -f FILE'
run "pt-results -f $D/reactienota.csv --deelnemers veel < /dev/null"
is "--deelnemers not a number: exit 2" "$rc" 2
run "pt-results -f $D/reactienota.csv --terugkoppeling \"\$(printf 'caf\\351')\" < /dev/null"
is "--terugkoppeling not UTF-8: exit 2" "$rc" 2
run "pt-results -f - < /dev/null"
is "-f - without dossier files: exit 2" "$rc" 2
run "pt-results -f nothere.csv < /dev/null"
is "-f missing file: exit 4" "$rc" 4
like "-f missing file: says which" "$T/err" '^pt-results: nothere.csv: cannot open'

# --- the spreadsheet: BOM, CRLF, ';', Dutch headers in any case -----------------
run "pt-results -f $D/reactienota.csv $D/plein.json"
is "reactienota: exit 0" "$rc" 0
cp "$T/out" "$T/csv.jsonl"
like "participants added up over the activities" "$T/out" '"opbrengst":\{"deelnemers":140,"activiteiten":\['
like "an activity with its date as ISO (12-3-2027 read)" "$T/out" \
  '\{"werkvorm":"Inloopavond","datum":"2027-03-12","deelnemers":60\}'
like "a point with every field" "$T/out" \
  '\{"inbreng":"Meer schaduw bij de speelplek","groep":"omwonenden","activiteit":"Inloopavond","steun":"groot","besluit":"overgenomen","terugkoppeling":"Reactienota, brief 2027-05-20"\}'
like "values matched forgivingly: Beperkt, niet overgenomen" "$T/out" '"steun":"beperkt","besluit":"niet","reden":"Het plein'
like "other sections kept, in order, opbrengst added" "$T/out" '^\{"pt":1,"voorstel":\{.*"plan":\{.*"opbrengst":\{'
like "another program's melding kept" "$T/out" '"bron":"pt-plan"'
like "the personal-data columns are named on stderr, as dropped" "$T/err" \
  '^pt-results: .*reactienota.csv:1: personal data not read: column\(s\) Indiener, E-mail'

# --- meldingen -----------------------------------------------------------------
like "niet overgenomen without a reason: a fout" "$T/csv.jsonl" \
  '"ernst":"fout","code":"reden-ontbreekt","pad":"opbrengst.punten\[3\].reden","tekst":"Punt 4 is niet overgenomen, zonder reden'
like "deels without a reason: a waarschuwing" "$T/csv.jsonl" \
  '"ernst":"waarschuwing","code":"reden-ontbreekt","pad":"opbrengst.punten\[2\].reden"'
unlike "a niet with a reason is no melding" "$T/csv.jsonl" '"pad":"opbrengst.punten\[1\].reden"'
like "personal data taken out: a melding that says what kind, not what" "$T/csv.jsonl" \
  '"code":"persoonsgegevens-verwijderd","pad":"opbrengst.punten\[1\].inbreng","tekst":"Persoonsgegevens \(telefoonnummer\) zijn uit'
run "pt-results --strict -f $D/reactienota.csv $D/plein.json"
is "--strict with a fout melding: exit 1" "$rc" 1
run "pt-results --lang en -f $D/reactienota.csv $D/plein.json"
like "--lang en: meldingen in English" "$T/out" '"tekst":"Point 4 was not adopted, without a reason\. Say why'
run "pt-results -f $D/reactienota.csv $D/plein.json > once && pt-results -f $D/reactienota.csv once > twice"
same "rerun gives the same bytes" "$T/twice" "$T/once"
printf 'inbreng;besluit;reden\nMeer bankjes;overgenomen;\n' > "$T/geen-terug.csv"
run "pt-results -f geen-terug.csv $D/plein.json"
like "no feedback anywhere: a melding" "$T/out" '"code":"terugkoppeling-ontbreekt"'
run "pt-results -f geen-terug.csv --terugkoppeling 'Brief aan alle deelnemers' --deelnemers 33 $D/plein.json"
like "--terugkoppeling and --deelnemers" "$T/out" '"opbrengst":\{"deelnemers":33,"punten":\[.*\],"terugkoppeling":"Brief aan alle deelnemers"\}'
unlike "--terugkoppeling: no feedback melding" "$T/out" 'terugkoppeling-ontbreekt'
printf 'activiteit;datum;deelnemers\nBewonersavond;2027-07-01;12\n' > "$T/laat.csv"
run "pt-results -f laat.csv $D/plein.json"
like "an activity after the decision date: a melding" "$T/out" \
  '"code":"activiteit-na-besluit","pad":"opbrengst.activiteiten\[0\].datum"'
like "activities only: no points yet (info)" "$T/out" '"ernst":"info","code":"geen-punten"'

printf 'inbreng;besluit;reden;terugkoppeling\n"Volgens Henk moet het anders";niet;"Past niet in het budget";brief\nMeer groen op het Pancratiusplein;overgenomen;;"Overleg met de Wijkraad"\n' > "$T/hoofd.csv"
run "pt-results -f hoofd.csv $D/plein.json"
like "a capital inside a sentence: a melding that it may be a name" "$T/out" \
  "\"code\":\"mogelijk-naam\",\"pad\":\"opbrengst.punten\\[0\\].inbreng\",\"tekst\":\"'Henk' in opbrengst.punten\\[0\\].inbreng staat midden in een zin met een hoofdletter"
is "the proposal's own place and a common term are no names" "$(grep -o '"code":"mogelijk-naam"' "$T/out" | wc -l | tr -d ' ')" 1

# --- typos in headers and values ------------------------------------------------
printf 'inbreng;Besluitt;reden\nMeer bankjes;overgenomen;\n' > "$T/kop.csv"
run "pt-results -f kop.csv $D/plein.json"
is "a typo in a header: exit 3" "$rc" 3
like "a typo in a header: file, line and did-you-mean" "$T/err" "^pt-results: kop.csv:1: unknown column 'Besluitt'; did you mean 'besluit'\?"
is "a typo in a header: nothing written" "$(wc -c < "$T/out" | tr -d ' ')" 0
printf 'inbreng;opmerkingen van de buurt\nMeer bankjes;x\n' > "$T/kop2.csv"
run "pt-results -f kop2.csv $D/plein.json"
like "an unknown header: the known ones listed" "$T/err" "unknown column 'opmerkingen van de buurt' \(known: voorstel, inbreng"
printf 'inbreng;reactie\nMeer bankjes;x\n' > "$T/kop3.csv"
run "pt-results -f kop3.csv $D/plein.json"
like "two columns for one field: said" "$T/err" "columns 'inbreng' and 'reactie' both give inbreng"
printf 'inbreng;steun;besluit\nA;groot;overgenomen\nB;grot;overgenomen\n' > "$T/waarde.csv"
run "pt-results -f waarde.csv $D/plein.json"
is "a typo in a value: exit 3" "$rc" 3
like "a typo in steun: line and did-you-mean" "$T/err" \
  "^pt-results: waarde.csv:3: punten\[1\].steun: unknown value 'grot'; did you mean 'groot'\? \(allowed: groot, beperkt, geen\)"
printf 'inbreng;besluit\nA;overgenomenn\n' > "$T/waarde2.csv"
run "pt-results -f waarde2.csv $D/plein.json"
like "a typo in besluit: did-you-mean" "$T/err" "besluit: unknown value 'overgenomenn'; did you mean 'overgenomen'\?"
printf 'inbreng;besluit\nA;Ja\nB;Nee\nC;Deels overgenomen\n' > "$T/alias.csv"
run "pt-results -f alias.csv $D/plein.json"
like "besluit ja, nee and 'deels overgenomen' read" "$T/out" '"besluit":"overgenomen"\}.*"besluit":"niet"\}.*"besluit":"deels"\}'
printf 'activiteit;datum\nInloop;31-02-2027\n' > "$T/datum.csv"
run "pt-results -f datum.csv $D/plein.json"
like "a date that is none: line and how to write it" "$T/err" "^pt-results: datum.csv:2: datum '31-02-2027' is not a date; write YYYY-MM-DD"
printf 'activiteit;datum;deelnemers\nInloop;2027-03-01;10\ninloop;2027-03-01;12\n' > "$T/twee.csv"
run "pt-results -f twee.csv $D/plein.json"
like "an activity twice: said" "$T/err" "twee.csv:3: activity 'inloop' on 2027-03-01 is listed twice"
printf 'voorstel;inbreng\n;A\n' > "$T/leeg-id.csv"
run "pt-results -f leeg-id.csv $D/plein.json"
like "a voorstel column with an empty id: said" "$T/err" "leeg-id.csv:2: no voorstel id in this row"

# --- by voorstel id ----------------------------------------------------------------
printf 'voorstel;inbreng;besluit;reden;terugkoppeling\nCV-2027-014;A;overgenomen;;brief\nANDER-1;B;overgenomen;;brief\n' > "$T/ids.csv"
printf '{"pt":1,"voorstel":{"id":"LOS-9","titel":"Los"}}\n' > "$T/los.json"
run "pt-results -f ids.csv $D/plein.json los.json"
is "rows by id: exit 0" "$rc" 0
like "rows go to their own dossier" "$T/out" '"punten":\[\{"inbreng":"A",'
unlike "not another's rows" "$T/out" '"inbreng":"B"'
like "a dossier the file has nothing for passes unchanged" "$T/out" '^\{"pt":1,"voorstel":\{"id":"LOS-9","titel":"Los"\}\}$'
like "an id that matched no dossier: warned" "$T/err" "^pt-results: ids.csv:3: voorstel 'ANDER-1' matches no dossier in the input"

# --- JSON: the same results, the same section -----------------------------------------
run "pt-results -f $D/reactienota.json $D/plein.json"
is "JSON: exit 0" "$rc" 0
jq -c .opbrengst "$T/out" > "$T/json.ob"
jq -c .opbrengst "$T/csv.jsonl" > "$T/csv.ob"
same "JSON gives the same opbrengst as the spreadsheet" "$T/json.ob" "$T/csv.ob"
jq -c .meldingen "$T/out" > "$T/json.m"
jq -c .meldingen "$T/csv.jsonl" > "$T/csv.m"
same "and the same meldingen" "$T/json.m" "$T/csv.m"
printf '{"voorstel":"CV-2027-014","punten":[{"inbreng":"A","naam":"Piet"}]}\n' > "$T/naam.json"
run "pt-results -f naam.json $D/plein.json"
is "JSON with a name field: refused, exit 3" "$rc" 3
like "JSON with a name field: says why" "$T/err" "naam.json:1: punten\[0\]: 'naam' is personal data, and the results hold none; remove it"
printf '{"punten":[{"inbreg":"A"}]}\n' > "$T/key.json"
run "pt-results -f key.json $D/plein.json"
is "JSON with a typo in a field name: exit 3" "$rc" 3
like "JSON with a typo in a field name: did-you-mean" "$T/err" "key.json:1: punten\[0\]: unknown field 'inbreg'; did you mean 'inbreng'\?"
printf '{"punten":[{"inbreng":"A","besluit":"nietovergenomen!"}]}\n' > "$T/besl.json"
run "pt-results -f besl.json $D/plein.json"
like "JSON with a typo in a value: did-you-mean" "$T/err" "punten\[0\].besluit: unknown value 'nietovergenomen!'; did you mean 'niet'\?"
printf '{"punten":[{"inbreng":"A","besluit":1}]}\n' > "$T/type.json"
run "pt-results -f type.json $D/plein.json"
like "JSON with a number for a text: said" "$T/err" "punten\[0\].besluit: want a text"
printf '{"punten":[{"inbreng":"A"}]}\n{"punten":[]}\n' > "$T/twice.json"
run "pt-results -f twice.json $D/plein.json"
like "JSON results for the same dossier twice: said" "$T/err" "twice.json:2: the results for voorstel '\(every dossier\)' are given twice"
printf '{"punten":[{"inbreng":"A"}],' > "$T/broken.json"
run "pt-results -f broken.json $D/plein.json"
is "broken JSON: exit 3" "$rc" 3

# --- planted personal data never reaches any output -----------------------------------
cat > "$T/plant.csv" <<'EOF'
voorname;Achternaam;Telefoon;Postcode;inbreng;besluit;reden;terugkoppeling
Jozef;Kwakernaak;0455604444;6411 AB;"Kwakernaaks buurman vindt het goed; mail j.kwakernaak[at]voorbeeld.nl";overgenomen;;"Brief aan JOZEF, Eikstraat 7"
Bo;ÖZTÜRK;;;"Bel Öztürk op 06‑1234 5678 of ０６１２３４５６７８; mevrouw Ozturk woont op Pancratiusplein 12, 6411 AB";niet;"Besproken met bo op 11-03";
EOF
run "pt-results -f plant.csv $D/plein.json"
like "a misspelt name column is no way in: it is refused" "$T/err" "unknown column 'voorname'; did you mean 'voornaam'\?"
sed -i 's/^voorname;/voornaam;/' "$T/plant.csv"
run "pt-results -f plant.csv -o uit.jsonl $D/plein.json 2> err2 && pt-render uit.jsonl > render.md 2> err3; pt-render --lang en uit.jsonl > render-en.md 2>> err3; pt-results --lang en --pretty -f plant.csv $D/plein.json > pretty.json 2>> err3"
is "voornaam and achternaam columns accepted" "$(cat "$T/err2" | grep -c 'unknown column')" 0
cat "$T/uit.jsonl" "$T/err2" "$T/render.md" "$T/render-en.md" "$T/err3" "$T/pretty.json" > "$T/all-out"
for planted in Jozef JOZEF Kwakernaak kwakernaak ÖZTÜRK Öztürk Ozturk 'Bo ' ' bo ' 0455604444 '1234 5678' '１２３４５６７８' '6411' 'Eikstraat 7' 'Pancratiusplein 12' '\[at\]' 'voorbeeld'; do
	unlike "planted '$planted' is in no output" "$T/all-out" "$planted"
done
like "what remains of the text is kept" "$T/uit.jsonl" '"inbreng":"\[…\] buurman vindt het goed; mail \[…\]"'
like "the reason is cleaned too" "$T/uit.jsonl" '"reden":"Besproken met \[…\] op 11-03"'
like "and the feedback, its gaps as one" "$T/uit.jsonl" '"terugkoppeling":"Brief aan \[…\]"'

# --- what stays: the proposal's own place and streets, its organisations -----------
# A reactienota as a municipality keeps it: the submitter's name column, an
# organisation among the submitters, a house number on the proposal's own
# square, a private person's name and number in brackets.
jq -c '.stakeholders += [{"naam":"Ondernemersvereniging Centrum","groep":"ondernemers"},{"naam":"Parochie Sint-Pancratius","groep":"maatschappelijk"}]' "$D/plein.json" > "$T/plein-org.json"
run "pt-results -f $D/reactienota-plein.csv plein-org.json"
is "own place: exit 0" "$rc" 0
like "the proposal's own square stays; the house numbers on it go, without a gap" "$T/out" \
  '"inbreng":"De lampen schijnen in de ramen van Pancratiusplein; \[…\] vraagt lagere masten"'
like "an organisation of the dossier stays, though it sent a reaction under its name" "$T/out" \
  '"inbreng":"De Parochie Sint-Pancratius vraagt of de kerkramen'
like "the district and an organisation by name stay" "$T/out" \
  '"inbreng":"Wijkraad Heerlen-Centrum en Ondernemersvereniging Centrum willen laden'
like "another street's address and a bracket of a person's name and number: one gap, no debris" "$T/out" \
  '"inbreng":"Een bankje in de schaduw, zoals bij de \[…\]"'
jq -c .opbrengst "$T/out" > "$T/org.ob"
unlike "  no house number, no '-20' left" "$T/org.ob" '18|-20|Smeets|Claessens|Akerstraat'
like "the house number taken out is said in a melding" "$T/out" \
  '"code":"persoonsgegevens-verwijderd","pad":"opbrengst.punten\[1\].inbreng","tekst":"Persoonsgegevens \(naam, adres\)'
unlike "a known organisation is no possible name" "$T/out" '"code":"mogelijk-naam"'
run "pt-results -f $D/reactienota-plein.csv $D/plein.json"
like "an organisation the dossier does not know is a name from the column: one gap" "$T/out" \
  '"inbreng":"De \[…\] vraagt of de kerkramen'

# --- schema -------------------------------------------------------------------------
if $PY -c 'import jsonschema' 2>/dev/null; then
	run "pt-results -f $D/reactienota.csv $D/kaal.json > s1.jsonl && pt-results -f plant.csv $D/kaal.json > s2.jsonl"
	$PY "$top/tests/schema.py" "$T/s1.jsonl" "$T/s2.jsonl" > "$T/tap" 2>&1
	is "the output matches the schema" "$?" 0
	grep -E '^(not ok|#)' "$T/tap" | head -5
	printf '{"pt":1,"opbrengst":{"punten":[{"inbreng":"A","steun":"enorm"}]}}\n' > "$T/bad.jsonl"
	$PY "$top/tests/schema.py" "$T/bad.jsonl" > "$T/tap2" 2>&1
	is "a wrong opbrengst does not match" "$?" 1
fi

# --- the worked example: intake, plan, results, the paragraph at besluitvorming -------
run "PT_BUILD=$PT_BIN PT_EXAMPLE_OUT=$T/ex sh $top/examples/resultaten/run.sh"
is "worked example: runs, and its paragraph passes --check" "$rc" 0
like "worked example: --check found nothing" "$T/err" '1 (file|bestand) (checked|gecontroleerd): 0 (errors|fouten)'
like "worked example: the dossier is at besluitvorming with its opbrengst" "$T/ex/besluit.jsonl" \
  '"beleidsfase":"besluitvorming".*"opbrengst":\{"deelnemers":395,'
like "worked example: the paragraph in Dutch" "$T/ex/paragraaf.md" '^## Participatie'
like "worked example: the paragraph in English" "$T/ex/paragraph-en.md" '^## Participation'
cat "$T/ex/besluit.jsonl" "$T/ex/paragraaf.md" "$T/ex/paragraph-en.md" "$T/ex/werkdocument.html" "$T/err" > "$T/ex-all"
for planted in Schols Hermans m.schols 06-12345678; do
	unlike "worked example: '$planted' in no output" "$T/ex-all" "$planted"
done

# --- Dutch diagnostics ----------------------------------------------------------------
run "PT_LANG=nl pt-results -f kop.csv $D/plein.json"
like "PT_LANG=nl: the diagnostic in Dutch" "$T/err" "^pt-results: kop.csv:1: onbekende kolom 'Besluitt'; bedoelt u 'besluit'\?"
# --- personal data as people type it (postcodes, IBANs, hidden e-mail) -----------
printf 'inbreng;besluit;reden\nIk woon in 6411 ab en wil een bank;overgenomen;\nStort op NL91ABNA0417164300 graag;niet;geen geld\nMail naam (apenstaartje) gemeente punt nl;deels;kan\nPostcode 6411-AB of 6411\342\200\221AB of 6411  AB;overgenomen;\nMail naam\357\274\240gemeente\357\274\216nl;overgenomen;\n' > "$T/pd2.csv"
run "pt-results -f pd2.csv $D/plein.json"
is "typed personal data: exit 0" "$rc" 0
unlike "  no postcode in lower case, with a hyphen, U+2011 or two spaces" "$T/out" '6411'
unlike "  no IBAN" "$T/out" 'NL91|0417164300'
unlike "  no e-mail written as (apenstaartje) ... punt, or with full-width signs" "$T/out" "apenstaartje|punt nl|$(printf '\357\274\240')"
like "  a melding names the kinds" "$T/out" 'rekeningnummer'

# --- reactienota headers as people write them ------------------------------------
printf 'Naam indiener;E-mail reclamant;Reactie;Reactie gemeente;Besluit\nJan Jansen;jan@x.nl;Meer bankjes bij Jan Jansen thuis;Dank, we nemen het mee;overgenomen\n' > "$T/koppen.csv"
run "pt-results -f koppen.csv $D/plein.json"
is "'Naam indiener' and 'E-mail reclamant': personal data, not an error" "$rc" 0
like "  dropped, and said so" "$T/err" "personal data not read: column\\(s\\) Naam indiener, E-mail reclamant"
unlike "  their values out of the text" "$T/out" 'Jansen|jan@x'
like "'Reactie gemeente': the municipality's answer, its own column" "$T/out" '"reden":"Dank, we nemen het mee"'

done_testing
