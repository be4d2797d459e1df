#!/bin/sh
# pt-paragraph: the intake, through the real binary on real files.
. "$(dirname "$0")/../lib.sh"
D=$DATA/paragraph
EX=$top/examples

run "pt-paragraph --help"
is "--help exits 0" "$rc" 0
like "--help shows usage on stdout" "$T/out" '^usage: pt-paragraph'
run "pt-paragraph --version"
like "--version" "$T/out" '^pt-paragraph [0-9]'
run "pt-paragraph --bogus"
is "unknown option: exit 2" "$rc" 2
run "pt-paragraph --lang fr < /dev/null"
is "--lang fr: exit 2" "$rc" 2
like "--lang fr: says why" "$T/err" "^pt-paragraph: --lang: use nl or en, not 'fr'"

# The worked example: enums folded to codes, pt first, keys kept in order.
run "pt-paragraph $EX/voorstel.json"
is "example: exit 0" "$rc" 0
like "example: version first" "$T/out" '^\{"pt":1,"voorstel":\{"id":"CV-2027-014"'
unlike "example: no fout melding" "$T/out" '"ernst":"fout"'
is "example: one line out" "$(wc -l < "$T/out" | tr -d ' ')" 1

# Idempotent: a second run gives the same bytes.
run "pt-paragraph $EX/voorstel.json | pt-paragraph > twice; pt-paragraph $EX/voorstel.json > once"
same "rerun gives the same bytes" "$T/twice" "$T/once"

# Unknown keys pass through, in order; other sections untouched.
printf '{"zz":1,"voorstel":{"id":"a","extra":true},"plan":{"x":[1,2]},"meldingen":[{"ernst":"info","code":"c","pad":"","tekst":"t","bron":"pt-plan"}]}\n' > "$T/unk.json"
run "pt-paragraph unk.json"
like "unknown keys kept in place" "$T/out" '^\{"pt":1,"zz":1,"voorstel":\{"id":"a","extra":true\},"plan":\{"x":\[1,2\]\}'
like "another program's melding kept" "$T/out" '"bron":"pt-plan"'

# Forgiving enum matching, and an unknown value named with the closest one.
printf '{"voorstel":{"locatie":{"schaal":" Buurt"},"beleidsfase":"Beleids-voorbereiding"}}\n' > "$T/f.json"
run "pt-paragraph f.json"
like "case, spaces and hyphens forgiven" "$T/out" '"schaal":"buurt".*"beleidsfase":"beleidsvoorbereiding"'
printf '{"voorstel":{"id":"ok"}}\n{"voorstel":{"beleidsruimte":"beprekt"}}\n{"voorstel":{"id":"after"}}\n' > "$T/bad.jsonl"
run "pt-paragraph bad.jsonl"
is "unknown enum: exit 3" "$rc" 3
is "unknown enum: message with file, line, closest" "$(cat "$T/err")" \
  "pt-paragraph: bad.jsonl:2: voorstel.beleidsruimte: unknown value 'beprekt'; did you mean 'beperkt'? (allowed: geen, beperkt, ruim)"
is "unknown enum: the good record before it written" "$(grep -c '"id":"ok"' "$T/out")" 1
unlike "unknown enum: stops at the bad record" "$T/out" '"after"'
run "pt-paragraph --keep-going bad.jsonl"
is "--keep-going: still exit 3" "$rc" 3
like "--keep-going: goes on after it" "$T/out" '"id":"after"'

# Wrong types and unsafe ids are input errors, not meldingen.
printf '{"voorstel":{"titel":42}}\n' > "$T/t.json"
run "pt-paragraph t.json"
is "wrong type: exit 3" "$rc" 3
like "wrong type: says what it expected" "$T/err" "t.json:1: voorstel.titel: expected a text"
printf '{"voorstel":{"id":"../../etc/passwd"}}\n' > "$T/id.json"
run "pt-paragraph id.json"
is "unsafe id: exit 3" "$rc" 3
like "unsafe id: named" "$T/err" "not a safe file name"
printf '{"pt":2}\n' > "$T/v.json"
run "pt-paragraph v.json"
is "unknown format version: exit 3" "$rc" 3
run "pt-paragraph no-such-file.json"
is "missing file: exit 4" "$rc" 4
like "missing file: named" "$T/err" "^pt-paragraph: no-such-file.json: cannot open"

# Meldingen for content gaps.
run "pt-paragraph --set id=CV-3 --set titel=Plein --new"
like "missing required fields are fout meldingen" "$T/out" '"ernst":"fout","code":"verplicht-veld","pad":"voorstel.beleidsruimte"'
is "without --strict a fout melding is exit 0" "$rc" 0
run "pt-paragraph --strict --set id=CV-3 --set titel=Plein --new"
is "--strict: a fout melding is exit 1" "$rc" 1
run "pt-paragraph --strict $EX/voorstel.json"
is "--strict: a sound dossier is exit 0" "$rc" 0
run "pt-paragraph $D/geen.json"
like "no participation with a reason: no required-field meldingen" "$T/out" '"id":"CV-9".*"meldingen":\[\{"ernst":"info","code":"geen-besluitdatum"'
like "no participation without a reason: fout" "$T/out" '"id":"CV-10".*"code":"geen-participatie-zonder-reden"'
run "pt-paragraph --set beleidsruimte=geen --set gewensteTrede=coproduceren $EX/voorstel.json"
like "policy room geen with a higher ambition" "$T/out" '"code":"ruimte-geen-ambitie"'
run "pt-paragraph --set datumBesluit=2026-01-10 $EX/voorstel.json"
like "decision date past" "$T/out" '"code":"besluit-verleden".*2026-01-10'
run "pt-paragraph --set vastKader= --set openVoorInbreng= $EX/voorstel.json"
like "nothing fixed" "$T/out" '"code":"vast-kader-leeg"'
like "nothing open" "$T/out" '"code":"open-voor-inbreng-leeg"'
run "pt-paragraph --set intake.keuzes=nee --set intake.middelen=nee $EX/voorstel.json"
like "the intake gate says no: the reasons named" "$T/out" '"code":"intake-poort".*geen echte keuzes meer; er is geen tijd'
run "pt-paragraph --lang en --set intake.keuzes=no $EX/voorstel.json"
like "--lang en: meldingen in English" "$T/out" 'The intake suggests no participation'

# --set: overrides input, typed, and errors are exit 3 on the dossier.
run "pt-paragraph --set locatie.schaal=Wijk --set budget=1500 --set politiekGevoelig=nee $EX/voorstel.json"
like "--set overrides the input" "$T/out" '"schaal":"wijk"'
like "--set numbers are numbers" "$T/out" '"budget":1500'
like "--set booleans are booleans" "$T/out" '"politiekGevoelig":false'
run "pt-paragraph --set schaal=wereld $EX/voorstel.json"
is "--set unknown value: exit 3" "$rc" 3
run "pt-paragraph --set onzin $EX/voorstel.json"
is "--set without =: exit 2" "$rc" 2

# Batch: one proposal per CSV row, Excel-style (; BOM CRLF, quotes, newlines).
run "pt-paragraph --csv $D/excel.csv"
is "Excel CSV: exit 0" "$rc" 0
is "Excel CSV: a dossier per row" "$(wc -l < "$T/out" | tr -d ' ')" 2
like "Excel CSV: doubled quotes" "$T/out" '"titel":"Fietsroute \\"Noord\\""'
like "Excel CSV: list cell split" "$T/out" '"openVoorInbreng":\["inrichting","speeltoestellen"\]'
run "pt-paragraph --csv $D/english.csv"
is "English headers: bad value exit 3" "$rc" 3
is "English headers: row named by line" "$(cat "$T/err")" \
  "pt-paragraph: $D/english.csv:3: column 'scale': unknown value 'planet' (allowed: straat, buurt, wijk, stad, regio)"
like "English headers: mapped" "$T/out" '"id":"EN-1","titel":"Bike lane","initiatiefnemer":"gemeente","locatie":\{"schaal":"wijk"\},"beleidsfase":"beleidsvoorbereiding","beleidsruimte":"beperkt"'
run "pt-paragraph --csv $D/english.csv --keep-going"
like "--keep-going past a bad row" "$T/out" '"id":"EN-3"'
run "pt-paragraph --csv $D/ragged.csv"
is "ragged CSV: exit 3" "$rc" 3
like "ragged CSV: row named" "$T/err" "ragged.csv:3: row 3 has 3 fields, the header has 2"
run "pt-paragraph --csv $D/excel.csv --delimiter ,"
is "--delimiter , on a ; file: no id column, exit 3" "$rc" 3
run "pt-paragraph -n --set budget=abc"
is "--new, bad --set value: exit 3" "$rc" 3
like "--new, bad --set value: names --set, not stdin" "$T/err" "^pt-paragraph: --set budget: expected a number"
run "pt-paragraph -n --set politiekGevoelig=-1"
is "--set a yes/no field to -1: exit 3, not yes" "$rc" 3
run "pt-paragraph -n --set budget=0x10"
is "--set budget=0x10: exit 3, no hexadecimal" "$rc" 3
like "--set budget=0x10: says why" "$T/err" "^pt-paragraph: --set budget: expected a number of 0 or more"
# Numbers as people write them (pt(7) NUMBERS): thousands and decimals in
# either convention, the Dutch "40.000" as forty thousand, and an ambiguous
# "25,000" refused rather than guessed (issue 19).
for case in '1.000,50 1000.5' '1,250.50 1250.5' '1.000.000 1000000' '2,5 2.5' \
    '0.125 0.125' '€_1.250,00 1250' '1250_EUR 1250' '40.000 40000' '40.000,50 40000.5' \
    '€_40.000,- 40000' '40000 40000' '2.5 2.5' '1.000 1000' '2.500 2500'; do
	set -- $case
	v=$(printf '%s' "$1" | tr _ ' ')
	run "pt-paragraph -n --set id=A --set titel=x --set 'budget=$v' | jq -c .voorstel.budget"
	is "--set budget=$v: read as $2" "$(cat "$T/out")" "$2"
done
for v in 1,000 25,000 2,500; do
	run "pt-paragraph -n --set id=A --set titel=x --set budget=$v"
	is "--set budget=$v: ambiguous, exit 3" "$rc" 3
done
is "--set budget=2,500: says why and how to write it" "$(cat "$T/err")" \
  "pt-paragraph: --set budget: expected a number of 0 or more; '2,500' is ambiguous: write 2500 if ',' separates thousands, or 2,5 if it is the decimal sign"
run "pt-paragraph -n --set id=A --set titel=x --set budget=1.25,0"
is "--set budget=1.25,0: exit 3" "$rc" 3
like "--set budget=1.25,0: groups of three" "$T/err" "'1\.25,0' is not a number: thousands go in groups of three"
run "pt-paragraph -n --set id=A --set titel=x --set budget=-5"
like "--set budget=-5: below 0" "$T/err" "--set budget: expected a number of 0 or more; '-5' is not a number of 0 or more$"
printf 'id;titel;Budget EUR\nB-1;Een;1.250,50\nB-2;Twee;\342\202\254 300\nB-3;Drie;2,500\n' > "$T/budget.csv"
run "pt-paragraph --csv budget.csv"
is "--csv budget: the ambiguous row stops the run, exit 3" "$rc" 3
is "--csv budget: thousands, decimals and the euro sign read" "$(jq -c .voorstel.budget "$T/out" | tr '\n' ' ')" "1250.5 300 "
is "--csv budget: the row named by its line" "$(cat "$T/err")" \
  "pt-paragraph: budget.csv:4: column 'Budget EUR': expected a number of 0 or more; '2,500' is ambiguous: write 2500 if ',' separates thousands, or 2,5 if it is the decimal sign"

# PT_TODAY: a date, or a usage error rather than the clock.
run "PT_TODAY=bogus pt-paragraph -n --set id=A --set titel=x"
is "PT_TODAY=bogus: exit 2" "$rc" 2
is "PT_TODAY=bogus: says why" "$(cat "$T/err")" "pt-paragraph: PT_TODAY: 'bogus' is not a date (YYYY-MM-DD)"
is "PT_TODAY=bogus: nothing written" "$(wc -c < "$T/out" | tr -d ' ')" 0
run "PT_TODAY=2026-02-30 pt-paragraph $EX/voorstel.json"
is "PT_TODAY=2026-02-30: no such day, exit 2" "$rc" 2
run "PT_TODAY= pt-paragraph -n --set id=A --set titel=x"
is "PT_TODAY empty: the clock, exit 0" "$rc" 0
printf 'id\ttitel\nA-1\tSpeelplek\n' > "$T/tab.csv"
run "pt-paragraph --csv tab.csv --delimiter ';'"
is "a header with no known column: exit 3" "$rc" 3
is "a header with no known column: no empty dossiers" "$(wc -c < "$T/out" | tr -d ' ')" 0
like "a header with no known column: said so" "$T/err" "^pt-paragraph: tab.csv:1: no known column in the header"
run "pt-paragraph --csv $D/excel.csv x.json"
is "--csv with dossier files: exit 2" "$rc" 2

# --interactive: answers piped, an invalid one re-asked.
printf 'CV-5\nPleinen\n\n\n\n\n\n1\nHoensbroek\n\nwjik\n3\n2\n3\n' > "$T/answers"
run "pt-paragraph --interactive < answers"
is "interactive: exit 0" "$rc" 0
like "interactive: answers land" "$T/out" '"id":"CV-5","titel":"Pleinen","initiatiefnemer":"gemeente","locatie":\{"naam":"Hoensbroek","schaal":"wijk"\},"beleidsfase":"beleidsvoorbereiding","beleidsruimte":"ruim"'
like "interactive: invalid answer explained, in the dialogue's language" "$T/err" "bedoelt u 'wijk'"
is "interactive: the question asked again" "$(grep -c 'Schaal van het gebied' "$T/err")" 2
unlike "interactive: the invalid answer is not kept" "$T/err" '\[wjik\]'

# --interactive through a pseudo-terminal, as a person types (issue 19):
# tests/typist.py answers each question it recognises and presses Enter
# at any other.
typist="python3 $top/tests/typist.py"
printf 'Kenmerk\tCV-7\nTitel\t\nTitel\tPleinen\nWie neemt\t?\nWie neemt\t1\nSchaal\twijk\nBeleidsfase\tvoorbereiding\nBeleidsfase\t2\nBeleidsruimte\t3\nDatum van het besluit\t29-4-2027\nBudget\t\342\202\254 40.000,-\n' > "$T/typed"
run "$typist tty.txt pt-paragraph --interactive -o tty.json < typed"
is "tty: exit 0" "$rc" 0
is "tty: a blank required answer asked again" "$(grep -c '^Titel van het voorstel \*' "$T/tty.txt")" 2
like "tty: ... saying it is required" "$T/tty.txt" "Deze is verplicht; '\\?' legt uit"
like "tty: '?' explains the question" "$T/tty.txt" "Kies een van de mogelijkheden"
like "tty: '?' says why it is asked" "$T/tty.txt" "een initiatief uit de samenleving de ladder van overheidsparticipatie"
like "tty: '?' gives the choices with their meaning" "$T/tty.txt" "4\\) maatschappelijk: maatschappelijke organisaties"
like "tty: a did-you-mean in Dutch" "$T/tty.txt" "onbekende waarde 'voorbereiding'; bedoelt u 'beleidsvoorbereiding'"
unlike "tty: no motivation asked without a chosen step" "$T/tty.txt" "Motivatie"
unlike "tty: no initiative questions for a municipal plan" "$T/tty.txt" "Hoe ver is het initiatief|eigen doelen"
is "tty: a Dutch date and amount read" "$(jq -c '[.voorstel.datumBesluit, .voorstel.budget]' "$T/tty.json")" '["2027-04-29",40000]'
like "tty: the meldingen summed up at the end" "$T/tty.txt" "^3 meldingen:"
like "tty: ... each with its text" "$T/tty.txt" "waarschuwing: Er is geen trekker genoemd"
printf 'Kenmerk\tCV-8\nTitel\t^D\n' > "$T/typed"
run "$typist tty2.txt pt-paragraph --interactive -o tty2.json < typed"
is "tty, end of input before the required answers: exit 3" "$rc" 3
like "tty: what is missing said" "$T/tty2.txt" "de invoer hield op voordat de verplichte vragen beantwoord waren: titel"
is "tty: nothing written" "$(ls "$T" | grep -c '^tty2.json')" 0
printf 'Proposal id\tCV-9\nTitle\tT\nWho takes\tinwoners\nGeographic scale\tbuurt\nPolicy phase\t1\nPolicy room\t2\nDesired step\tfaciliteren\nBudget in euros\t1000\n' > "$T/typed"
run "$typist tty3.txt pt-paragraph --interactive --lang en -o tty3.json < typed"
is "tty --lang en: exit 0" "$rc" 0
like "tty: the motivation asked once a step is chosen" "$T/tty3.txt" "Motivation of the desired step"
like "tty: the initiative questions for an initiative" "$T/tty3.txt" "How far has the initiative come"
# What the advice depends on (issue 24): the kind of decision, urgency, who
# has a say and the limits of a mandate are asked, "?" says why; the limits
# only once there is a mandate.
printf 'Kenmerk\tCV-10\nTitel\tBuurtbudget\nWie neemt\t?\nWie neemt\t1\nSchaal\twijk\nBeleidsfase\t2\nBeleidsruimte\t3\nSoort besluit\t?\nSoort besluit\t\nSpoed\t?\nSpoed\t\nZeggenschap\t?\nZeggenschap\tmandaat\nKaders van het mandaat\t?\nKaders van het mandaat\tEUR 50.000\n' > "$T/typed"
run "$typist tty4.txt pt-paragraph --interactive -o tty4.json < typed"
is "tty advice fields: exit 0" "$rc" 0
like "tty: '?' on the initiator says which kind gets which role" "$T/tty4.txt" "een bedrijf dat een vergunning of planwijziging aanvraagt"
like "tty: '?' on the instrument says how it caps the step" "$T/tty4.txt" "Het soort besluit begrenst de trede: tarieven en leges"
like "tty: ... and that the words are read when it is empty" "$T/tty4.txt" "pt-strategy leidt het af uit de titel"
like "tty: '?' on spoed says what follows" "$T/tty4.txt" "de eerste stap informeren"
like "tty: '?' on zeggenschap says the steps" "$T/tty4.txt" "Wie beslist bepaalt de hoogste trede"
like "tty: '?' on the limits of the mandate" "$T/tty4.txt" "Een mandaat heeft grenzen"
is "tty: the mandate and its limits land (jq)" "$(jq -c '[.voorstel.zeggenschap, .voorstel.zeggenschapKaders]' "$T/tty4.json")" '["mandaat","EUR 50.000"]'
unlike "tty: no limits asked without a mandate" "$T/tty.txt" "Kaders van het mandaat"
mkdir -p "$T/waarom"
printf 'veld,nl,en\ninstrument,Eigen uitleg van de gemeente.,Own words.\n' > "$T/waarom/intake-waarom.csv"
printf 'Kenmerk\tCV-11\nTitel\tT\nWie neemt\t1\nSchaal\twijk\nBeleidsfase\t2\nBeleidsruimte\t3\nSoort besluit\t?\n' > "$T/typed"
run "PT_DATA_DIR=waarom $typist tty5.txt pt-paragraph --interactive -o tty5.json < typed"
like "tty: the reasons are data a municipality replaces (PT_DATA_DIR)" "$T/tty5.txt" "Eigen uitleg van de gemeente"

# Blank answers to everything through a pipe: exit 3, nothing written.
run "yes '' | head -100 | pt-paragraph --interactive"
is "pipe, blank answers: exit 3" "$rc" 3
is "pipe, blank answers: nothing written" "$(wc -c < "$T/out" | tr -d ' ')" 0
run "pt-paragraph --interactive < /dev/null"
is "pipe, no input: exit 3" "$rc" 3
like "pipe, no input: what is missing" "$T/err" "^pt-paragraph: de invoer hield op .*: id, titel, initiatiefnemer, locatie.schaal, beleidsfase, beleidsruimte; niets geschreven"

# Diagnostics in the user's language: --lang, PT_LANG or a Dutch locale.
run "PT_LANG=nl pt-paragraph -n --set budget=25,000"
like "PT_LANG=nl: Dutch messages" "$T/err" "^pt-paragraph: --set budget: verwachtte een getal van 0 of meer; '25,000' is dubbelzinnig"
run "LC_ALL=nl_NL.UTF-8 pt-paragraph -n --set schaal=wjik"
like "a Dutch locale: Dutch messages" "$T/err" "onbekende waarde 'wjik'; bedoelt u 'wijk'"
run "PT_LANG=nl pt-paragraph --lang en -n --set schaal=wjik"
like "--lang en wins over PT_LANG" "$T/err" "unknown value 'wjik'; did you mean 'wijk'"

# Set-up (issue 19): the README says on its first screen how to run the
# programs after make; make demo's banner shows the pipeline it runs.
like "README: programs in build/ or make install, on the first screen" \
  "$(head -40 "$top/README.md" > "$T/readme"; echo "$T/readme")" 'make install PREFIX=\$HOME/.local'
like "README: ... and the build/ path" "$T/readme" 'build/'
run "PT_BUILD=$PT_BUILD PT_DEMO_OUT=$T/demo sh $top/examples/demo.sh"
is "make demo: exit 0" "$rc" 0
banner=$(sed -n 's/^== \(pt-paragraph .*\)/\1/p' "$T/out" | head -1)
ran=$(sed -n '/^pt-paragraph "\$ex/,/> "\$out/p' "$top/examples/demo.sh" |
	sed 's/"\$ex\//examples\//g; s/"//g; s/ > \$out.*//; s/^[[:space:]]*//' | tr '\n' ' ' | sed 's/ *$//')
is "make demo: the banner is the pipeline it runs" "$banner" "$ran"

# -o writes atomically; a failed run leaves the old file whole.
run "pt-paragraph -o out.jsonl $EX/voorstel.json && pt-paragraph -o out.jsonl bad.jsonl"
is "-o: failed run exit 3" "$rc" 3
like "-o: the old file is still there" "$T/out.jsonl" '"CV-2027-014"'
is "-o: no temp file left" "$(ls "$T" | grep -c tmp)" 0
run "pt-paragraph --pretty $EX/voorstel.json"
like "--pretty indents" "$T/out" '^  "voorstel": \{'

# In a pretty-printed dossier an error points at the line of the bad
# value, and invalid JSON at the line of the fault, on one line of text.
printf '{\n  "pt": 1,\n  "voorstel": {\n    "id": "x",\n    "locatie": {\n      "naam": "Markt",\n      "schaal": "wjik"\n    }\n  }\n}\n' > "$T/pretty.json"
run "pt-paragraph pretty.json"
is "pretty JSON: the line of the bad value" "$(cat "$T/err")" \
  "pt-paragraph: pretty.json:7: voorstel.locatie.schaal: unknown value 'wjik'; did you mean 'wijk'? (allowed: straat, buurt, wijk, stad, regio)"
printf '{\n "a": 1,\n "b": 2,\n}\n' > "$T/comma.json"
run "pt-paragraph comma.json"
is "invalid JSON over lines: one place, the line of the fault" "$(cat "$T/err")" \
  "pt-paragraph: comma.json:4: invalid JSON: string or '}' expected near '}' (column 1)"
printf '{\n"pt": 1,\n"stakeholders": [\n {"naam": "A", "invloed": 1, "belang": 1},\n {"naam": "B",\n  "invloed": 9, "belang": 1}\n]}\n' > "$T/sh.json"
run "pt-stakeholders sh.json"
like "pretty JSON: another program's error at its value too" "$T/err" "^pt-stakeholders: sh.json:6: stakeholders\\[1\\]\\.invloed: "
# Three bad records: all three named in one run, nothing written after
# the first, exit 3 (issue 19).
printf 'id;titel;schaal;besluitdatum\nA;Een;wijk;29-4-2027\nB;Twee;wjik;1-5-2027\nC;Drie;buurt;31-2-2027\nD;Vier;stad;2027-05-01\nE;Vijf;planeet;1 mei 2027\n' > "$T/three.csv"
run "pt-paragraph --csv three.csv"
is "three bad rows: exit 3" "$rc" 3
is "three bad rows: each named with its line" "$(cut -d: -f3 "$T/err" | tr '\n' ' ')" "3 4 6 "
is "three bad rows: only the good row before them written" "$(jq -r .voorstel.id "$T/out" | tr '\n' ' ')" "A "
run "pt-paragraph --csv three.csv --keep-going"
is "--keep-going: the good rows written" "$(jq -r .voorstel.id "$T/out" | tr '\n' ' ')" "A D "
# Every bad cell of a row named, each on its line.
printf 'id;titel;schaal;Besluitdatum;budget\nA;T;wjik;31-2-2027;25,000\n' > "$T/multi.csv"
run "pt-paragraph --csv multi.csv"
is "a row with three bad cells: exit 3" "$rc" 3
is "a row with three bad cells: each named" "$(sed -n "s/^pt-paragraph: multi.csv:2: column '\([^']*\)'.*/\1/p" "$T/err" | tr '\n' ' ')" "schaal Besluitdatum budget "
awk 'BEGIN { print "id;titel;schaal"; for (i = 0; i < 30; i++) printf "X%d;T;nergens\n", i }' > "$T/many.csv"
run "pt-paragraph --csv many.csv"
is "30 bad rows: stops after 20, and says so" "$(grep -c 'unknown value' "$T/err") $(tail -1 "$T/err")" \
  "20 pt-paragraph: many.csv: stopped after 20 bad records; fix these and run again"
run "printf '' | pt-paragraph"
is "empty input: exit 3" "$rc" 3
like "empty input: said" "$T/err" "<stdin>: no dossier in the input"
done_testing
