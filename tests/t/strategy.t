#!/bin/sh
# pt-strategy through the real binary on real files.  The scenarios with
# their expected ladder, step, conflicts and trace are golden cases in
# tests/golden/pt-strategy/ (each with a README naming its domain rule);
# this file tests the program around them.
. "$(dirname "$0")/../lib.sh"
D=$DATA/strategy
G=$top/tests/golden/pt-strategy
RULES=$top/lib/data/strategie-regels.json

run "pt-strategy --help"
is "--help exits 0" "$rc" 0
like "--help shows usage on stdout" "$T/out" '^usage: pt-strategy'
run "pt-strategy --version"
like "--version" "$T/out" '^pt-strategy [0-9]'
run "pt-strategy --bogus < /dev/null"
is "unknown option: exit 2" "$rc" 2
run "pt-strategy --lang fr < /dev/null"
is "--lang fr: exit 2" "$rc" 2
like "--lang fr: says why" "$T/err" "^pt-strategy: --lang: use nl or en, not 'fr'"
run "pt-strategy --trede meedoen < /dev/null"
is "--trede with no step: exit 2" "$rc" 2
like "--trede with no step: says why" "$T/err" "--trede: 'meedoen' is no step of either ladder"

# Enough scenarios, each annotated with the domain rule it exercises.
n=0
for c in "$G"/*/; do
	[ -f "$c/cmd" ] && [ -s "$c/README" ] && n=$((n + 1))
done
is "at least 30 annotated scenarios" "$([ "$n" -ge 30 ] && echo yes)" yes

# The example proposal through pt-paragraph and pt-strategy.
cp "$top/examples/voorstel.json" "$RULES" "$T/"
run "pt-paragraph voorstel.json | pt-strategy > once"
is "example: exit 0" "$rc" 0
like "example: a strategie section" "$T/once" '"strategie":\{"participatie":true,"ladder":"burgerparticipatie","trede":"[a-z]+"'
like "example: the trace cites its sources" "$T/once" '"onderbouwing":\[\{"regel":"ladder-gemeente","tekst":"[^"]+","bron":"[^"]+"\}'
run "pt-strategy once > twice"
same "a rerun gives the same bytes" "$T/twice" "$T/once"
run "pt-strategy < once > stdin"
same "stdin works as a file does" "$T/stdin" "$T/once"

# Other sections and meldingen pass through; the new section goes before
# the meldingen; a rerun replaces only pt-strategy's own meldingen.
run "pt-strategy $D/doorgeven.json > pass"
is "pass-through: exit 0" "$rc" 0
like "unknown keys and other sections kept in order" "$T/pass" '^\{"pt":1,"zz":\[1,2\],"voorstel":\{.*\],"plan":\{"x":1\},"strategie":\{.*\},"meldingen":\['
like "another program's melding kept" "$T/pass" '"bron":"pt-paragraph"'
is "one pt-strategy melding" "$(grep -o '"bron":"pt-strategy"' "$T/pass" | wc -l | tr -d ' ')" 1
run "pt-strategy pass > pass2"
same "rerun: no duplicated meldingen, same bytes" "$T/pass2" "$T/pass"

# --explain: the trace on stderr, the dossier unchanged on stdout.
run "pt-paragraph voorstel.json | pt-strategy --explain > explained"
is "--explain: exit 0" "$rc" 0
same "--explain: the same dossier on stdout" "$T/explained" "$T/once"
like "--explain: the outcome per dossier" "$T/err" '^<stdin>:1 CV-2027-014: burgerparticipatie, '
like "--explain: every rule with its source" "$T/err" '^  1\. ladder-gemeente: .* \[Participatieladder'

# --strict: a fout melding is a finding.
run "pt-strategy --strict $G/keuze-zonder-motivatie/in.json"
is "--strict with a fout melding: exit 1" "$rc" 1
like "--strict: the dossier is still written" "$T/out" '"code":"afwijking-zonder-motivatie"'
run "pt-strategy --strict $G/band-adviseren/in.json"
is "--strict without one: exit 0" "$rc" 0

# -o writes atomically; a failed run leaves the old file as it was.
run "pt-strategy -o out.json $G/band-adviseren/in.json"
is "-o: exit 0" "$rc" 0
like "-o: written" "$T/out.json" '"trede":"adviseren"'
cp "$T/out.json" "$T/keep.json"
run "pt-strategy -o out.json $G/invoer-stakeholder-trede/in.json"
is "-o with bad input: exit 3" "$rc" 3
same "-o with bad input: old file untouched" "$T/out.json" "$T/keep.json"

# --keep-going: the bad record is reported and skipped.
run "pt-strategy --keep-going $G/invoer-onbekende-waarde/in.json"
is "--keep-going: still exit 3" "$rc" 3
is "--keep-going: the good dossier written" "$(wc -l < "$T/out" | tr -d ' ')" 1
printf '[1]\n' > "$T/arr.json"
run "pt-strategy arr.json"
is "not a dossier: exit 3" "$rc" 3
printf '{"pt":1,"voorstel":{"politiekGevoelig":"ja"}}\n' > "$T/bool.json"
run "pt-strategy bool.json"
is "wrong type: exit 3" "$rc" 3
like "wrong type: says what it expected" "$T/err" "bool.json:1: voorstel.politiekGevoelig: expected true or false"
printf '{"pt":1,"voorstel":{"gewensteTrede":"alles"}}\n' > "$T/gt.json"
run "pt-strategy gt.json"
is "unknown gewensteTrede: exit 3" "$rc" 3
like "unknown gewensteTrede: named" "$T/err" "gt.json:1: voorstel.gewensteTrede: unknown value 'alles'"
printf '{"pt":1,"stakeholders":[{"kwadrant":"actief betrekken","trede":"adviseren"}]}\n' > "$T/anon.json"
run "pt-strategy anon.json"
like "a stakeholder without a name: its step, no null name" "$T/out" '"perStakeholder":\[\{"trede":"adviseren"\}\]'
like "a stakeholder without a name: the trace says so" "$T/out" 'vragen adviseren \(zonder naam\)'
printf '{"pt":1,"stakeholders":{"naam":"x"}}\n' > "$T/sh.json"
run "pt-strategy sh.json"
is "stakeholders not a list: exit 3" "$rc" 3

# The stakeholder fields pt-strategy reads (naam, kwadrant, salience, trede)
# are checked against the vocabularies pt-stakeholders writes them from:
# a bad value is bad input at the dossier's line, the good one before it
# written whole.
printf '{"pt":1,"voorstel":{"id":"goed"},"stakeholders":[{"naam":"A","kwadrant":"actief betrekken","salience":"definitief","trede":"adviseren"}]}\n' > "$T/goed.jsonl"
run "pt-strategy goed.jsonl > goed.out"
is "stakeholders: the good dossier alone: exit 0" "$rc" 0
shcase() {	# NAME KEYS MESSAGE: the third stakeholder holds KEYS
	printf '{"pt":1,"voorstel":{"id":"slecht"},"stakeholders":[{"naam":"A","trede":"informeren"},{"naam":"B"},{%s}]}\n' "$2" |
		cat "$T/goed.jsonl" - > "$T/slecht.jsonl"
	run "pt-strategy slecht.jsonl"
	is "stakeholders: $1: exit 3" "$rc" 3
	is "stakeholders: $1: the message, with file, line and path" "$(cat "$T/err")" "pt-strategy: slecht.jsonl:2: $3"
	same "stakeholders: $1: the good dossier before it written whole" "$T/out" "$T/goed.out"
}
shcase "an unknown kwadrant" '"naam":"C","kwadrant":"midden"' \
	"stakeholders[2].kwadrant: unknown value 'midden' (allowed: actief betrekken, tevreden houden, consulteren, informeren)"
shcase "a misspelt salience" '"naam":"C","salience":"afhankelik"' \
	"stakeholders[2].salience: unknown value 'afhankelik'; did you mean 'afhankelijk'? (allowed: slapend, discretionair, veeleisend, dominant, gevaarlijk, afhankelijk, definitief, geen)"
shcase "a salience that is a number" '"naam":"C","salience":5' "stakeholders[2].salience: expected a text"
shcase "a trede of no ladder" '"naam":"C","trede":"meedoen"' \
	"stakeholders[2].trede: unknown value 'meedoen' (allowed: informeren, raadplegen, adviseren, coproduceren, meebeslissen)"
shcase "a trede of the other ladder" '"naam":"C","trede":"loslaten"' \
	"stakeholders[2].trede: unknown value 'loslaten' (allowed: informeren, raadplegen, adviseren, coproduceren, meebeslissen)"
shcase "a naam that is no text" '"naam":["C"],"trede":"adviseren"' "stakeholders[2].naam: expected a text"
run "pt-strategy --keep-going slecht.jsonl goed.jsonl"
is "stakeholders: --keep-going: exit 3" "$rc" 3
is "stakeholders: --keep-going: the good dossiers on either side (jq)" "$(jq -r .voorstel.id "$T/out" | tr '\n' ' ')" "goed goed "
printf '{"pt":1,"stakeholders":[{"naam":"A","kwadrant":"Actief-Betrekken","trede":"Co-produceren","invloed":9,"belang":"veel"}]}\n' > "$T/hand.json"
run "pt-strategy hand.json"
is "stakeholders: codes in another spelling, as pt-stakeholders reads them: exit 0" "$rc" 0
# The route takes the stakeholder's step inside [floor, cap]: without a
# shared task (zeggenschap) it stops at adviseren, and so does the step;
# the trace keeps what the people asked for.
is "stakeholders: the people route takes the step, capped by zeggenschap (jq)" "$(jq -c '[.strategie.routes.mensen, .strategie.perStakeholder[0].trede]' "$T/out")" '["adviseren","adviseren"]'
like "stakeholders: the trace keeps the step the people asked for" "$T/out" '"regel":"mensen-sleutelspelers","tekst":"[^"]*coproduceren \(A\)'

is "stakeholders: fields pt-strategy does not read pass through as they are (jq)" \
	"$(jq -c '.stakeholders[0] | [.invloed, .belang, .kwadrant]' "$T/out")" '[9,"veel","Actief-Betrekken"]'

# Rules: checked once before any input; bad files are exit 3, missing ones 4.
run "pt-strategy --rules $D/leeg.json < /dev/null"
is "invalid rules with no input: still exit 3" "$rc" 3
like "invalid rules: the file and the line are named" "$T/err" "^pt-strategy: .*/leeg.json:1: \"regels\" is empty; fix the rules file"
# A rules file that parses but says something wrong: the line where the
# rule starts, its number and id; in a pipe, where the text cannot be read
# again, without the line.
at=$(grep -n '"id": "band-raadplegen"' "$RULES" | cut -d: -f1)
nr=$(grep '^			"id": ' "$RULES" | grep -n '"band-raadplegen"' | cut -d: -f1)
sed "$at,$((at + 3))s/\"plan\": \"raadplegen\"/\"plan\": \"raadplgen\"/" "$RULES" > "$T/typo.json"
run "pt-strategy --rules typo.json $G/band-adviseren/in.json"
is "a misspelt value in rule $nr: exit 3" "$rc" 3
is "a misspelt value in rule $nr: file, line, rule and id" "$(cat "$T/err")" \
	"pt-strategy: typo.json:$((at - 1)): rule $nr (band-raadplegen): dan.plan: unknown value 'raadplgen'; did you mean 'raadplegen'? (allowed: informeren, raadplegen, adviseren, coproduceren, meebeslissen); fix the rules file"
is "a misspelt value in rule $nr: nothing written" "$(wc -c < "$T/out" | tr -d ' ')" 0
mkdir -p "$T/typodir"
cp "$T/typo.json" "$T/typodir/strategie-regels.json"
run "PT_DATA_DIR=typodir pt-strategy $G/band-adviseren/in.json"
like "by PT_DATA_DIR: the same, with its path" "$T/err" "^pt-strategy: typodir/strategie-regels\\.json:$((at - 1)): rule $nr \\(band-raadplegen\\): dan\\.plan: "
run "cat typo.json | pt-strategy --rules /dev/stdin $G/band-adviseren/in.json"
like "from a pipe: the rule, without a line" "$T/err" "^pt-strategy: /dev/stdin: rule $nr \\(band-raadplegen\\): dan\\.plan: "
printf '{\n  "regels": [\n    {"id": "a", "dan": {"punten": 1}, "bron": "b", "tekst": {"nl": "n", "en": "e"}},\n    {\n      "id": "b",\n      "als": {"grootte": "groot"},\n      "dan": {"punten": 1}, "bron": "b", "tekst": {"nl": "n", "en": "e"}\n    }\n  ],\n  "uitdaagrecht": []\n}\n' > "$T/feit.json"
run "pt-strategy --rules feit.json < /dev/null"
is "an unknown condition: exit 3" "$rc" 3
like "an unknown condition: line of the rule, its id, the known facts" "$T/err" \
	"^pt-strategy: feit\\.json:4: rule 2 \\(b\\): als: unknown fact 'grootte' \\(known: initiatiefnemer, soort, "
sed 's/"grootte": "groot"/"soort": "raadsvoorstel"/; s/"punten": 1}, "bron": "b", "tekst": {"nl": "n", "en": "e"}$/"punten": 1, "trede": "x"}, "bron": "b", "tekst": {"nl": "n", "en": "e"}/' "$T/feit.json" > "$T/effect.json"
run "pt-strategy --rules effect.json < /dev/null"
like "an unknown effect: line of the rule, its id" "$T/err" \
	"^pt-strategy: effect\\.json:4: rule 2 \\(b\\): dan: unknown effect 'trede' \\(known: "
sed 's/"uitdaagrecht": \[\]/"uitdaagrecht": [\n    {"veld": "taak", "nl": "t", "en": "t"},\n    {"veld": "kosten", "nl": "k"}\n  ]/' "$T/feit.json" | sed 's/"grootte": "groot"/"soort": "raadsvoorstel"/' > "$T/deel.json"
run "pt-strategy --rules deel.json < /dev/null"
is "a part of uitdaagrecht: its index and line" "$(cat "$T/err")" \
	"pt-strategy: deel.json:12: uitdaagrecht[1].en: expected a non-empty text; fix the rules file"
printf '{\n  "regels": [\n    {"id": "a", "dan": {"punten": 1}, "bron": "b", "tekst": {"nl": "n", "en": "e"}}\n    {"id": "b"}\n  ]\n}\n' > "$T/komma.json"
run "pt-strategy --rules komma.json < /dev/null"
is "invalid JSON: jansson's line" "$(cat "$T/err")" \
	"pt-strategy: komma.json:4: invalid JSON: ']' expected near '{'; fix the rules file"
run "pt-strategy --rules nergens.json < /dev/null"
is "missing rules file: exit 4" "$rc" 4
like "missing rules file: named" "$T/err" "^pt-strategy: nergens.json: cannot open"
mkdir "$T/data"
cp "$G/regels-eigen/eigen.json" "$T/data/strategie-regels.json"
run "PT_DATA_DIR=data pt-strategy $G/regels-eigen/in.json"
like "PT_DATA_DIR replaces the built-in rules" "$T/out" '"onderbouwing":\[\{"regel":"punten"'
run "PT_DATA_DIR=data pt-strategy --rules $RULES $G/regels-eigen/in.json"
like "--rules wins over PT_DATA_DIR" "$T/out" '"regel":"ladder-gemeente"'
cp "$RULES" "$T/copy.json"
run "pt-strategy --rules copy.json $G/lang-en/in.json > a; pt-strategy $G/lang-en/in.json > b"
same "a copy of the built-in rules gives the same result" "$T/a" "$T/b"

# The rules file parses and every default rule is documented in pt-strategy(1).
for id in $(sed -n 's/^[[:space:]]*"id": "\([^"]*\)",$/\1/p' "$RULES"); do
	if grep -q "^\.It Li $id\$" "$top/man/pt-strategy.1"; then pass "man page documents rule $id"
	else fail "man page documents rule $id"; fi
done

# Same bytes on a generated stream, and in parallel halves.
run "\"$PT_BUILD/tools/gendossiers\" 300 | pt-paragraph 2>/dev/null > gen"
run "pt-strategy gen > g1; pt-strategy gen > g2; head -150 gen | pt-strategy > h1; tail -n +151 gen | pt-strategy > h2; cat h1 h2 > g3"
same "a stream gives the same bytes twice" "$T/g2" "$T/g1"
same "split in halves, the same bytes" "$T/g3" "$T/g1"

# The section matches its JSON Schema (when python3-jsonschema is there).
if /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
	cat "$T/g1" "$T/once" > "$T/all"
	for c in "$G"/*/; do
		[ -f "$c/out" ] && /usr/bin/python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))))' "$c/out" >> "$T/all" 2>/dev/null
	done
	/usr/bin/python3 - "$top/schema/strategie.schema.json" "$T/all" > "$T/schema" 2>&1 <<'EOF'
import json, sys, jsonschema
s = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(s)
v = jsonschema.Draft202012Validator(s)
bad = 0
for n, line in enumerate(open(sys.argv[2]), 1):
    for e in v.iter_errors(json.loads(line)["strategie"]):
        bad += 1
        print(n, list(e.path), e.message[:200])
print("checked", n)
sys.exit(1 if bad else 0)
EOF
	is "every strategie section matches schema/strategie.schema.json" "$?" 0
	grep -v '^checked' "$T/schema" | head -5 | sed 's/^/#   /'
	printf '{"pt":1,"strategie":{"participatie":"ja"}}\n' > "$T/wrong"
	/usr/bin/python3 -c 'import json,sys,jsonschema; s=json.load(open(sys.argv[1])); sys.exit(0 if list(jsonschema.Draft202012Validator(s).iter_errors(json.load(open(sys.argv[2]))["strategie"])) else 1)' \
		"$top/schema/strategie.schema.json" "$T/wrong"
	is "a wrong section does not match" "$?" 0
else
	pass "# skip python3-jsonschema not installed"
fi

# The examples of pt-strategy(1), as written there.
cp "$RULES" "$T/regels.json"
run "pt-paragraph voorstel.json | pt-strategy --explain > dossier.json"
is "man example 1: exit 0" "$rc" 0
like "man example 1: trace on stderr" "$T/err" 'ladder-gemeente'
like "man example 1: dossier written" "$T/dossier.json" '"strategie"'
run "pt-paragraph voorstel.json | pt-strategy --trede adviseren --lang en"
is "man example 2: exit 0" "$rc" 0
like "man example 2: the user's step, in English" "$T/out" '"gekozenDoor":"gebruiker".*"tekst":"Chosen by the user: involve'
run "pt-paragraph voorstel.json | pt-strategy --rules regels.json --strict"
is "man example 3: the example has no fout melding of pt-strategy" "$rc" 0
# Diagnostics in the user's language.
run "PT_LANG=nl pt-strategy --trede meedoen < /dev/null"
like "PT_LANG=nl: a usage error in Dutch" "$T/err" "--trede: 'meedoen' is geen trede van een van beide ladders"
run "PT_LANG=nl pt-strategy --rules typo.json < /dev/null"
like "PT_LANG=nl: a rules error in Dutch" "$T/err" "regel $nr \\(band-raadplegen\\): dan.plan: .*; herstel het regelbestand"

# ---- the new intake fields through pt-paragraph (issue 14) --------------------
S=$top/tests/scenarios
run "echo '{\"voorstel\":{\"id\":\"X\",\"titel\":\"Wijkbudget\",\"thema\":\"Spelen; parkeren\",\"zeggenschap\":\"Mandaat\",\"instrument\":\"subsidie regeling\",\"spoed\":\"ja\"}}' | pt-paragraph"
is "intake: exit 0" "$rc" 0
like "intake: thema, zeggenschap, instrument and spoed in their codes" "$T/out" '"thema":\["spelen","parkeren"\],"zeggenschap":"mandaat","instrument":"subsidieregeling","spoed":true'
like "intake: a mandate without limits is a waarschuwing" "$T/out" '"code":"mandaat-zonder-kaders","pad":"voorstel.zeggenschapKaders"'
run "echo '{\"voorstel\":{\"id\":\"X\",\"titel\":\"W\",\"thema\":[\"spelen\",\"skaten\"]}}' | pt-paragraph"
is "intake: an unknown thema is bad input" "$rc" 3
like "intake: the error names the element and the allowed codes" "$T/err" "voorstel.thema\[1\]: unknown value 'skaten' \(allowed: spelen, onderwijs"
run "echo '{\"voorstel\":{\"id\":\"X\",\"titel\":\"W\",\"zeggenschap\":\"veel\"}}' | pt-strategy"
is "strategy: an unknown zeggenschap is bad input" "$rc" 3
like "strategy: the error names the field" "$T/err" "voorstel.zeggenschap: unknown value 'veel'"

# ---- what the words say (issue 24) ---------------------------------------
# A proposal whose technical fields are empty gets the advice its words
# give, and a melding names the words; a field given wins over the words.
printf '{"pt":1,"voorstel":{"id":"W","soort":"raadsvoorstel","initiatiefnemer":"gemeente","beleidsfase":"beleidsvoorbereiding","beleidsruimte":"beperkt","impact":"hoog","locatie":{"schaal":"stad"},"intake":{"keuzes":true,"merkbaar":true,"middelen":true}}}\n' > "$T/base.json"
word() { jq -c --argjson x "{$1}" '.voorstel += $x' "$T/base.json"; }
word '"titel":"Verhoging parkeertarieven binnenstad","openVoorInbreng":["regeling voor bezoekers"]' > "$T/w1.json"
run "pt-strategy w1.json"
is "words: a tariff in the title caps at raadplegen (jq)" "$(jq -c '[.strategie.trede, .strategie.kenmerken.instrument]' "$T/out")" '["raadplegen","tarief"]'
like "words: the melding names the words and the field to set" "$T/out" '"ernst":"info","code":"kenmerk-herkend","pad":"voorstel.instrument","tekst":"Uit .parkeertarieven. \(titel\) leidt pt af: instrument is tarief, belasting of leges. Klopt dat niet, vul voorstel.instrument in."'
word '"titel":"Verhoging parkeertarieven binnenstad","instrument":"beleidsnota","openVoorInbreng":["regeling voor bezoekers"]' > "$T/w2.json"
run "pt-strategy w2.json"
is "words: a field given wins, without a melding (jq)" "$(jq -c '[.strategie.trede, .strategie.kenmerken.instrument, ([.meldingen[]?.code] | index("kenmerk-herkend"))]' "$T/out")" '["adviseren","beleidsnota",null]'
word '"titel":"Buurtbudget Noord","beleidsruimte":"ruim","vastKader":["het college neemt de uitslag binnen deze kaders over"],"openVoorInbreng":["welke ideeen"]' > "$T/w3.json"
run "pt-strategy w3.json"
is "words: 'neemt de uitslag over' is a mandate: meebeslissen (jq)" "$(jq -c '[.strategie.trede, .strategie.kenmerken.zeggenschap]' "$T/out")" '["meebeslissen","mandaat"]'
run "pt-strategy --lang en w3.json"
like "words: the melding in English" "$T/out" '"tekst":"From .Buurtbudget. \(titel\) pt reads: zeggenschap is mandate. If that is wrong, fill in voorstel.zeggenschap."'
# Another authority decides; the municipality only gives its view: at most
# raadplegen, whatever the room; the specific authority before the generic
# words, and the paragraph names who decides.
word '"titel":"Zienswijze op het ontwerp-waterplan","beleidsruimte":"ruim","vastKader":["de gemeente geeft alleen een zienswijze","Gedeputeerde Staten stellen het plan vast"],"openVoorInbreng":["wat de gemeente vraagt"]' > "$T/w5.json"
run "pt-strategy w5.json"
is "words: the province decides: raadplegen (jq)" "$(jq -c '[.strategie.trede, .strategie.kenmerken.zeggenschap]' "$T/out")" '["raadplegen","elders"]'
word '"titel":"Zienswijze op het ontwerp-waterplan","beleidsruimte":"ruim","vastKader":["Gedeputeerde Staten stellen het plan vast; de gemeente geeft alleen een zienswijze"],"openVoorInbreng":["wat de gemeente vraagt"]' > "$T/w6.json"
run "pt-strategy w6.json"
is "words: in one line the authority named wins (jq)" "$(jq -c '[.strategie.trede, .strategie.kenmerken.zeggenschap]' "$T/out")" '["raadplegen","provincie"]'
run "pt-strategy w6.json | pt-plan | pt-render"
like "  the paragraph: the province decides" "$T/out" 'De provincie neemt het besluit\. De gemeente geeft daarover alleen een zienswijze\.'
word '"titel":"Zienswijze op het ontwerp-waterplan","beleidsruimte":"ruim","zeggenschap":"waterschap","openVoorInbreng":["wat de gemeente vraagt"]' > "$T/w7.json"
run "pt-strategy w7.json"
is "a given zeggenschap waterschap: raadplegen, its reason first (jq)" "$(jq -c '[.strategie.trede, .strategie.redenen[0]]' "$T/out")" '["raadplegen","zeggenschap-waterschap"]'
word '"titel":"Stadsfonds Oost","beleidsruimte":"ruim","openVoorInbreng":["welke ideeen"]' > "$T/w4.json"
mkdir -p "$T/eigen"
{ cat "$top/lib/data/herken-woorden.csv"; echo 'zeggenschap,mandaat,stadsfonds*,titel,eigen woord van de gemeente'; } > "$T/eigen/herken-woorden.csv"
run "PT_DATA_DIR=eigen pt-strategy w4.json"
is "words: a municipality adds its own (PT_DATA_DIR) (jq)" "$(jq -r .strategie.trede "$T/out")" meebeslissen
run "pt-strategy w4.json"
is "words: without it, the default advice (jq)" "$(jq -r .strategie.trede "$T/out")" adviseren
printf 'feit,waarde,woord,velden\ninstrument,tarief,*tarief,titel\nbeslisser,mandaat,wij,titel\n' > "$T/eigen/herken-woorden.csv"
run "PT_DATA_DIR=eigen pt-strategy w4.json"
is "words: a bad row: exit 3" "$rc" 3
like "words: ... its file, line and what is wrong" "$T/err" "herken-woorden.csv:3: feit: 'beslisser' is not a fact words can say"
printf 'feit,waarde,woord,velden\ninstrument,tarief,*tarief,kop\n' > "$T/eigen/herken-woorden.csv"
run "PT_DATA_DIR=eigen pt-strategy w4.json"
like "words: an unknown field named" "$T/err" "herken-woorden.csv:2: velden: unknown field 'kop'"

# A "no" that does not hold is said, and the advice stands.
word '"titel":"Sluiting zwembad","geenParticipatie":{"reden":"Het is al besloten."},"openVoorInbreng":["wat in de plaats komt"]' > "$T/n1.json"
run "pt-strategy n1.json"
is "no participation while something is listed open: participation (jq)" "$(jq -c '[.strategie.participatie, .strategie.trede]' "$T/out")" '[true,"adviseren"]'
like "  with a melding naming what is open" "$T/out" '"code":"geen-participatie-weerlegd","pad":"voorstel.geenParticipatie.reden","tekst":"De reden voor geen participatie houdt geen stand: het voorstel noemt zelf wat nog open is \(.wat in de plaats komt.\)'
word '"titel":"Sluiting zwembad","geenParticipatie":{"reden":"Het is al besloten."}' > "$T/n2.json"
run "pt-strategy n2.json"
is "no participation with nothing listed open: honoured (jq)" "$(jq -c '[.strategie.participatie, .strategie.motivatie]' "$T/out")" '[false,"Het is al besloten."]'
word '"titel":"Wijziging omgevingsplan parkeernormen","intake":{"keuzes":false,"merkbaar":true,"middelen":true},"geenParticipatie":{"reden":"Technisch."}' > "$T/n3.json"
run "pt-strategy n3.json"
is "a statutory procedure keeps participation (jq)" "$(jq -c '[.strategie.participatie, .strategie.trede, .strategie.kenmerken.procedure, (.strategie.redenen | index("gekozen"))]' "$T/out")" '[true,"informeren",true,null]'
like "  and says the user's no cannot switch it off" "$T/out" '"code":"geen-participatie-wettelijk","pad":"voorstel.geenParticipatie.reden"'
word '"titel":"Nieuwe bankjes","intake":{"keuzes":true,"merkbaar":true,"middelen":false},"openVoorInbreng":["plek van de bankjes"]' > "$T/n4.json"
run "pt-strategy n4.json"
is "no means while something is listed open: participation all the same, the advice inside [floor, cap] (jq)" "$(jq -c "[.strategie.participatie, .strategie.trede]" "$T/out")" "[true,\"adviseren\"]"
like "  with a melding" "$T/out" '"code":"middelen-maar-open"'

# Partners are no participants; a reason names the very stakeholders it is
# about: the dependent groups, not a key player.
word '"titel":"Herinrichting plein","openVoorInbreng":["indeling"]' | jq -c '.stakeholders = [
  {"naam":"Politie","groep":"hulpdiensten","invloed":5,"belang":5,"legitiem":true,"urgent":true},
  {"naam":"Gemeenteraad","groep":"politiek","invloed":5,"belang":5,"legitiem":true,"urgent":true},
  {"naam":"Winkeliers","groep":"ondernemers","invloed":4,"belang":4,"legitiem":true,"urgent":true},
  {"naam":"Buren","groep":"omwonenden","invloed":1,"belang":5,"legitiem":true,"urgent":true}]' > "$T/p1.json"
run "pt-stakeholders p1.json | pt-strategy"
is "partners: the police and the council get a role, no step (jq)" "$(jq -c '[.stakeholders[] | select(.naam == "Politie" or .naam == "Gemeenteraad") | [.rol, .trede]]' "$T/out")" '[["partner",null],["overheid",null]]'
is "partners: only participants have a step in the strategy (jq)" "$(jq -r '[.strategie.perStakeholder[].naam] | join("|")' "$T/out")" "Winkeliers|Buren"
like "dependent groups: the reason names the dependent stakeholders" "$T/out" '"regel":"mensen-afhankelijk","tekst":"Afhankelijke groepen vragen [a-z]+ \(Buren\)\."'

# The initiator's kind: residents are stimulated or facilitated, a business
# applying for a permit is not supported (Awb 2:4) and carries Or 7.4.
ini() { printf '{"pt":1,"voorstel":{"id":"I","titel":"%s","soort":"%s","initiatiefnemer":"%s","beleidsfase":"beleidsvoorbereiding","beleidsruimte":"ruim","impact":"midden","publiekBelang":true,"eigenDoelen":true,"initiatiefFase":"plan","omgevingswet":true,"locatie":{"schaal":"wijk"},"intake":{"keuzes":true,"merkbaar":true,"middelen":true}}}\n' "$1" "$2" "$3"; }
ini "Buurtmoestuin" initiatief inwoners | pt-strategy > "$T/i1.json"
is "initiative: residents, a public interest of middling weight: stimuleren, no Or 7.4 (jq)" "$(jq -c '[.strategie.trede, (.strategie.redenen | index("initiatief-participatieplicht"))]' "$T/i1.json")" '["stimuleren",null]'
ini "Appartementen Stationsweg" omgevingsvergunning ondernemers | pt-strategy > "$T/i2.json"
is "initiative: a business applying for a permit: regisseren, with Or 7.4 (jq)" "$(jq -c '[.strategie.trede, (.strategie.redenen | index("initiatief-participatieplicht") != null)]' "$T/i2.json")" '["regisseren",true]'
ini "Zonnepark" omgevingsvergunning maatschappelijk | jq -c '.voorstel.impact = "hoog"' | pt-strategy > "$T/i3.json"
is "initiative: a cooperative's permit with a public interest: regisseren (jq)" "$(jq -r .strategie.trede "$T/i3.json")" regisseren

# Topics recognised from the title land in strategie.themas; --explain shows
# the reasons, the topics and what follows under spoed.
jq -c .dossier "$S/14-noodopvang.json" | jq -c 'del(.voorstel.thema)' > "$T/opvang.json"
run "pt-strategy --explain opvang.json"
like "themas: recognised from the title (noodopvang sporthal)" "$T/out" '"themas":\["opvang","sport"\]'
like "--explain: the reason codes" "$T/err" '^  redenen: iets-open, ruimte-ruim, impact-hoog, spoed$'
like "--explain: the topics" "$T/err" "^  thema's: opvang, sport$"
like "--explain: what follows the urgent first step" "$T/err" '^  daarna: adviseren \(de uitvoering en het dagelijks beheer'
like "spoed: informeren now, the advice later" "$T/out" '"trede":"informeren","advies":"informeren",.*"vervolg":\{"trede":"adviseren","over":"[^"]+"\}'
run "pt-strategy --lang en opvang.json"
like "spoed in English: what the next step is about" "$T/out" '"vervolg":\{"trede":"adviseren","over":"how it is carried out and run day to day'

# Partners are no participants; an initiative shows no citizen routes.
jq -c .dossier "$S/03-omgevingsvisie.json" > "$T/visie.json"
run "pt-stakeholders visie.json | pt-strategy"
is "perStakeholder: only deelnemers (jq)" "$(jq -r '[.strategie.perStakeholder[].naam] | join("|")' "$T/out")" "Ondernemersvereniging|Inwoners|Natuurvereniging"
jq -c .dossier "$S/15-private-herontwikkeling.json" > "$T/init.json"
run "pt-stakeholders init.json | pt-strategy"
is "initiative: no routes, no steps per stakeholder, no score (jq)" \
	"$(jq -c '[.strategie.routes, .strategie.perStakeholder, .strategie.impactScore]' "$T/out")" '[null,[],null]'
like "initiative: the initiator's duty in the trace, with Or 7.4" "$T/out" '"regel":"initiatief-participatieplicht","tekst":"Bij de aanvraag van een omgevingsvergunning betrekt de initiatiefnemer de omgeving[^"]*","bron":"Omgevingsregeling art. 7.4'

# The new effects are checked like the old ones.
for bad in '"reden": "Impact Hoog"' '"min": "meedoen"' '"eerst": "x"' '"poort": false'; do
	printf '{"regels":[{"id":"x","als":{},"dan":{%s},"bron":"b","tekst":{"nl":"a","en":"b"}}]}\n' "$bad" > "$T/bad.json"
	run "pt-strategy --rules bad.json < /dev/null"
	is "rules: dan {$bad} is refused (exit 3)" "$rc" 3
done
like "rules: a reason code must be lowercase" "$T/err" 'poort: only true has a meaning'
printf '{"regels":[{"id":"x","als":{},"dan":{"min":"coproduceren","reden":"eigen-reden"},"bron":"b","tekst":{"nl":"ten minste {min}","en":"at least {min}"}}]}\n' > "$T/own.json"
run "echo '{\"voorstel\":{\"id\":\"O\"}}' | pt-strategy --rules own.json"
like "rules: a floor and a reason code of one's own" "$T/out" '"trede":"coproduceren".*"redenen":\["eigen-reden"\].*"tekst":"ten minste coproduceren"'

# ---- the scenarios of practice (tests/scenarios/README) ----------------------
S=$top/tests/scenarios
ns=0
# jq filters over a scenario ($s) and its outcome ($o).
outcome='if .strategie.participatie then .strategie.trede else "geen" end'
for f in "$S"/*.json; do
	name=$(basename "$f" .json)
	ns=$((ns + 1))
	jq -c .dossier "$f" > "$T/in.json"
	run "pt-stakeholders in.json | pt-strategy > sc.json"
	got=$(jq -r "$outcome" "$T/sc.json" 2>/dev/null)
	want=$(jq -r '.verwacht.trede | join("|")' "$f")
	if [ "$rc" = 0 ] && jq -e --arg t "$got" '.verwacht.trede | index($t) != null' "$f" > /dev/null; then
		pass "scenario $name: $got is acceptable"
	else
		fail "scenario $name: $got is outside {$want} (rc $rc): $(jq -r .regel "$f")"
		sed 's/^/#   /' "$T/err" | head -5
	fi
	check=$(jq -n --slurpfile s "$f" --slurpfile o "$T/sc.json" -r '
		$s[0].verwacht as $v | $o[0] as $d | $d.strategie as $st |
		[ (($v.redenen // []) - ($st.redenen // []) | map("reason \(.) missing") | .[]),
		  (($v.nietRedenen // []) - (($v.nietRedenen // []) - ($st.redenen // [])) | map("reason \(.) unwanted") | .[]),
		  (if $v.ladder and $st.ladder != $v.ladder then "ladder \($st.ladder)" else empty end),
		  (if $v.vervolg and (($v.vervolg | index($st.vervolg.trede // "-")) == null) then "vervolg \($st.vervolg.trede // "none")" else empty end),
		  (if $v.conflict and ([$st.conflicten[].soort] | index($v.conflict)) == null then "no \($v.conflict) conflict" else empty end),
		  (if $v.geenRoutes and $st.routes != null then "routes shown for an initiative" else empty end),
		  ( ($v.ontbrekend // [])[] as $g | select([$d.meldingen[]? | select(.code == "ontbrekende-groep" or .code == "moeilijk-bereikbare-groep") | .tekst | test("\\(\($g)\\)|groep \($g):")] | any | not) | "group \($g) not named as missing"),
		  ( ($v.nietOntbrekend // [])[] as $g | select([$d.meldingen[]? | select(.code == "ontbrekende-groep" or .code == "moeilijk-bereikbare-groep") | .tekst | test("\\(\($g)\\)|groep \($g):")] | any) | "group \($g) named as missing") ]
		| join("; ")' 2>&1)
	is "scenario $name: reasons, roles and groups as a practitioner expects" "$check" ""
	cp "$T/sc.json" "$T/sc-$name.json"
done
is "at least 40 scenarios of practice" "$([ "$ns" -ge 40 ] && echo yes)" yes

# Properties over every scenario.
order='{"geen":-1,"informeren":0,"raadplegen":1,"adviseren":2,"coproduceren":3,"meebeslissen":4}'
for f in "$S"/*.json; do
	name=$(basename "$f" .json)
	[ "$(jq -r '.dossier.voorstel.initiatiefnemer' "$f")" = gemeente ] || continue
	[ "$(jq -r '.dossier.voorstel.gewensteTrede // ""' "$f")" = "" ] || continue
	# More policy room never lowers the step.
	steps=""
	for r in geen beperkt ruim; do
		jq -c --arg r "$r" '.dossier | .voorstel.beleidsruimte = $r' "$f" > "$T/p.json"
		run "pt-stakeholders p.json | pt-strategy"
		steps="$steps $(jq -r --argjson o "$order" "$outcome | \$o[.]" "$T/out")"
		t=$(jq -r "$outcome" "$T/out")
		# The caps hold: no room, at most informeren; limited room, at
		# most adviseren where the municipality decides itself.
		z=$(jq -r '.strategie.kenmerken.zeggenschap // "advies"' "$T/out")
		case "$r:$z:$t" in
		geen:*:raadplegen|geen:*:adviseren|geen:*:coproduceren|geen:*:meebeslissen|beperkt:advies:coproduceren|beperkt:advies:meebeslissen)
			fail "property $name: beleidsruimte $r allows $t";;
		esac
	done
	is "property $name: more policy room never lowers the step ($steps)" \
		"$(echo $steps | awk '{ print ($1 <= $2 && $2 <= $3) ? "monotone" : "lowered" }')" monotone
	z=$(jq -r '.strategie.kenmerken.zeggenschap // "advies"' "$T/sc-$name.json")
	t=$(jq -r "$outcome" "$T/sc-$name.json")
	case "$z:$t" in
	advies:coproduceren|advies:meebeslissen|gedeeld:meebeslissen) fail "property $name: zeggenschap $z allows $t";;
	*) pass "property $name: zeggenschap $z caps the step ($t)";;
	esac
	# An internal team or the initiator never changes the citizen step.
	for extra in '{"naam":"Team X","groep":"intern","invloed":5,"belang":5,"legitiem":true,"urgent":true}' \
		     '{"naam":"Initiatiefnemer Y","groep":"ondernemers","rol":"initiatiefnemer","invloed":5,"belang":5,"legitiem":true,"urgent":true}'; do
		jq -c --argjson x "$extra" '.dossier | .stakeholders = ((.stakeholders // []) + [$x])' "$f" > "$T/p.json"
		run "pt-stakeholders p.json | pt-strategy"
		is "property $name: $(echo "$extra" | jq -r .naam) does not change the step" \
			"$(jq -r "$outcome" "$T/out")" "$t"
	done
done
for f in "$T"/sc-*.json; do
	name=$(basename "$f" .json)
	# "No participation" never lacks the gate's reason.
	if [ "$(jq -r .strategie.participatie "$f")" = false ]; then
		is "property ${name#sc-}: no participation carries a reason and a motivation" \
			"$(jq -r '(.strategie.redenen | length > 0) and (.strategie.motivatie != null)' "$f")" true
	fi
done
# Same input, same bytes.
cat "$S"/*.json | jq -c .dossier > "$T/all.jsonl"
run "pt-stakeholders all.jsonl | pt-strategy > run1; pt-stakeholders all.jsonl | pt-strategy > run2; pt-strategy run1 > run3"
same "scenarios: the same input gives the same bytes" "$T/run2" "$T/run1"
same "scenarios: a rerun of pt-strategy changes nothing" "$T/run3" "$T/run1"

# The routes leave the step open (melding routes-verschillen, and so a
# CONCEPT in pt-render) only when two steps inside [floor, cap] are equally
# supported: a crossing whose intake does not say whether anything is open
# has no floor, and its routes informeren and adviseren stay two apart;
# with something open the floor raadplegen lifts the lower route; with no
# policy room the cap holds both, and with a shared task the floor lies
# above both.  The routes written are the ones inside the range.
S=$top/tests/scenarios
open_choice() { jq "$1" "$S/$2.json" | pt-stakeholders | pt-strategy | jq -r '[.meldingen[]?.code] | index("routes-verschillen") != null'; }
nofloor='.dossier | del(.voorstel.intake.keuzes)'
is "routes two apart inside the range, nothing decides: open" "$(open_choice "$nofloor" 30-kruispunt)" true
is "  and it offers only steps inside the range (jq)" \
  "$(jq "$nofloor" "$S/30-kruispunt.json" | pt-stakeholders | pt-strategy | jq -c '[.strategie.routes.plan, .strategie.routes.mensen]')" '["informeren","adviseren"]'
is "routes two apart, something open: the floor decides, not open" "$(open_choice .dossier 30-kruispunt)" false
is "  the lower route lifted to the floor (jq)" \
  "$(jq .dossier "$S/30-kruispunt.json" | pt-stakeholders | pt-strategy | jq -r '.strategie.routes.plan')" raadplegen
is "routes two apart, the cap holds both: not open" \
  "$(open_choice '.dossier | .voorstel.beleidsruimte = "geen"' 30-kruispunt)" false
is "routes two apart, the floor is above both: not open" \
  "$(open_choice '.dossier | .voorstel.zeggenschap = "gedeeld"' 30-kruispunt)" false
run "jq '.dossier | .voorstel.beleidsruimte = \"geen\"' $S/30-kruispunt.json | pt-stakeholders | pt-strategy | pt-plan | pt-render"
is "  and pt-render writes no CONCEPT for it" "$rc" 0

# The reasons the paragraph gives argue for the step taken: the cap that
# decided it first, and a floor it overruled not at all.
run "jq .dossier $S/07-wijkbudget.json | pt-stakeholders | pt-strategy > wb.json"
is "a cap that decided the step: its reason first" "$(jq -r '.strategie.redenen[0]' "$T/wb.json")" fase-uitvoering
is "  the overruled mandate: no reason" "$(jq -r '.strategie.redenen | index("zeggenschap-mandaat")' "$T/wb.json")" null
run "pt-plan wb.json | pt-render"
unlike "  and the paragraph does not say the decision is handed over" "$T/out" 'bij de betrokkenen zelf'

done_testing
