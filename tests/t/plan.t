#!/bin/sh
# pt-plan: the 70% plan, through the real binary on hand-written dossiers
# that follow the contract (pt-stakeholders and pt-strategy are not used).
. "$(dirname "$0")/../lib.sh"
D=$DATA/plan
CAT=$top/lib/data/werkvormen.csv
py=/usr/bin/python3

run "pt-plan --help"
is "--help exits 0" "$rc" 0
like "--help shows usage on stdout" "$T/out" '^usage: pt-plan'
run "pt-plan --version"
like "--version" "$T/out" '^pt-plan [0-9]'
run "pt-plan --bogus < /dev/null"
is "unknown option: exit 2" "$rc" 2
run "pt-plan --lang fr < /dev/null"
is "--lang fr: exit 2" "$rc" 2
run "pt-plan --uurtarief veel < /dev/null"
is "--uurtarief not a number: exit 2" "$rc" 2
like "--uurtarief: says why" "$T/err" "^pt-plan: --uurtarief: 'veel' is not a number \(write e.g. 12 or 2.5\)$"
run "pt-plan --budget -5 < /dev/null"
is "--budget negative: exit 2" "$rc" 2
like "--budget negative: says why" "$T/err" "^pt-plan: --budget: '-5' is not a number of 0 or more$"
run "pt-plan --budget 25,000 < /dev/null"
is "--budget 25,000: ambiguous, exit 2" "$rc" 2
like "--budget 25,000: says how to write it" "$T/err" \
  "^pt-plan: --budget: '25,000' is ambiguous: write 25000 if ',' separates thousands, or 25,0 if it is the decimal sign$"
run "pt-plan --uurtarief 82,500 < /dev/null"
is "--uurtarief 82,500: ambiguous, exit 2" "$rc" 2
run "pt-plan --budget 1.000.000.000.000.000 < /dev/null"
is "--budget too large: exit 2" "$rc" 2
like "--budget too large: said" "$T/err" "^pt-plan: --budget: '1.000.000.000.000.000' is too large$"
run "pt-plan --uurtarief 1.000.000.000 < /dev/null"
is "--uurtarief of a billion: too large, exit 2" "$rc" 2
run "PT_TODAY=bogus pt-plan < /dev/null"
is "PT_TODAY=bogus: exit 2" "$rc" 2
is "PT_TODAY=bogus: said" "$(cat "$T/err")" "pt-plan: PT_TODAY: 'bogus' is not a date (YYYY-MM-DD)"

# The worked dossier: steps per stakeholder, informing first, feedback last.
run "pt-plan $D/voorstel.jsonl > plan.json"
is "plan: exit 0" "$rc" 0
run "jq -r '.plan.activiteiten[] | [.moment, .trede, .werkvorm, .week, (.doelgroepen|join(\"+\"))] | @tsv' plan.json"
is "plan: activities, steps, weeks and groups" "$(cat "$T/out")" "start	informeren	bewonersbrief	-10	omwonenden+ouderen
start	informeren	nieuwsbrief	-10	ondernemers+maatschappelijk+jongeren
tijdens	raadplegen	ideeenmarkt	-8	ondernemers+maatschappelijk+jongeren
tijdens	adviseren	keukentafelgesprek	-5	omwonenden
terugkoppeling	informeren	bewonersbrief	-2	omwonenden
terugkoppeling	informeren	nieuwsbrief	-2	ondernemers+maatschappelijk+jongeren"
run "jq -c '.plan.activiteiten[2] | [.uren, .kostenEur, .deelnemers, .alternatieven, .datum, .cijfers]' plan.json"
is "plan: an activity's figures (28 h x 75 + 1200 + 150 x 3)" "$(cat "$T/out")" '[28,3750,150,[{"werkvorm":"focusgroep","naam":"Focusgroep"},{"werkvorm":"enquete","naam":"Enquête"}],"2027-04-20","standaard"]'
# Alternatives carry the name a reader needs beside the id a program
# matches on, as the activity's own naam is chosen: by --lang.
run "jq -r '[.plan.activiteiten[] | select(.naam != null) | .alternatieven[] | (.werkvorm|type) + (.naam|type)] | unique | join(\" \")' plan.json"
is "plan: every alternative has werkvorm and naam" "$(cat "$T/out")" "stringstring"
run "pt-plan --lang en $D/voorstel.jsonl | jq -c '.plan.activiteiten[2].alternatieven'"
is "plan --lang en: alternatives named in English" "$(cat "$T/out")" '[{"werkvorm":"focusgroep","naam":"Focus group"},{"werkvorm":"enquete","naam":"Survey"}]'
run "pt-plan $D/voorstel.jsonl | pt-render -s plan"
like "plan | pt-render: alternatives by their names" "$T/out" 'Ideeënmarkt\*\* — alternatieven: Focusgroep, Enquête'
run "jq -c '[.plan.totaal, .plan.budget, .plan.gereedheid]' plan.json"
is "plan: totals, budget, readiness" "$(cat "$T/out")" '[{"uren":58,"kostenEur":6386,"uurtarief":75,"cijfers":"standaard"},25000,59]'
like "plan: open point per activity" "$T/plan.json" 'Ideeënmarkt \(week -8\): kies datum en tijd, een locatie en wie het leidt'
like "plan: budget approval is open" "$T/plan.json" 'Laat de begroting van € 6.386 goedkeuren'
like "plan: default figures said so" "$T/plan.json" 'standaardwaarden zonder openbare bron'
unlike "plan: no meldingen" "$T/plan.json" '"meldingen"'
run "pt-plan $D/voorstel.jsonl | pt-plan > twice; pt-plan $D/voorstel.jsonl > once"
same "rerun gives the same bytes" "$T/twice" "$T/once"

# Every step of both ladders at every scale: each werkvorm serves its
# activity's step and the scale (checked against the catalogue), the
# strategy's step is planned, totals are the sums.
if [ -x $py ]; then
	for schaal in straat buurt wijk stad regio; do
		for trede in informeren raadplegen adviseren coproduceren meebeslissen \
			     reguleren regisseren stimuleren faciliteren loslaten; do
			case $trede in informeren|raadplegen|adviseren|coproduceren|meebeslissen) ladder=burgerparticipatie ;;
			*) ladder=overheidsparticipatie ;; esac
			printf '{"pt":1,"voorstel":{"id":"%s-%s","locatie":{"schaal":"%s"},"beleidsfase":"beleidsvoorbereiding","datumBesluit":"2027-09-01"},"stakeholders":[{"naam":"A","groep":"omwonenden"},{"naam":"B","groep":"ondernemers","tags":["jongeren"]},{"naam":"C","groep":"maatschappelijk"}],"strategie":{"participatie":true,"ladder":"%s","trede":"%s","perStakeholder":[]}}\n' \
				"$schaal" "$trede" "$schaal" "$ladder" "$trede"
		done
	done > "$T/steps.jsonl"
	run "pt-plan steps.jsonl > steps.out"
	is "every step and scale: exit 0" "$rc" 0
	is "every step and scale: 50 plans" "$(wc -l < "$T/steps.out" | tr -d ' ')" 50
	cat > "$T/check.py" <<'EOF'
import csv, json, sys
cat = {r['id']: r for r in csv.DictReader(open(sys.argv[1], encoding='utf-8'))}
bad = 0
def fail(msg):
    global bad
    bad += 1
    print('# ' + msg)
for line in open(sys.argv[2], encoding='utf-8'):
    d = json.loads(line)
    sid, schaal, trede = d['voorstel']['id'], d['voorstel']['locatie']['schaal'], d['strategie']['trede']
    acts = d['plan']['activiteiten']
    if not acts or acts[0]['moment'] != 'start':
        fail(sid + ': does not start by informing')
    for a in acts:
        w = cat[a['werkvorm']]
        if a['trede'] not in w['treden'].split(';'):
            fail('%s: %s does not serve %s' % (sid, a['werkvorm'], a['trede']))
        if schaal not in w['schalen'].split(';'):
            fail('%s: %s does not suit %s' % (sid, a['werkvorm'], schaal))
        if a['week'] >= 0:
            fail(sid + ': an activity on or after the decision')
    weeks = [a['week'] for a in acts]
    if weeks != sorted(weeks):
        fail(sid + ': weeks out of order')
    steps = {a['trede'] for a in acts if a['moment'] == 'tijdens'}
    if trede != 'informeren' and steps != {trede}:
        fail('%s: planned steps %s, want %s' % (sid, sorted(steps), trede))
    fb = [a for a in acts if a['moment'] == 'terugkoppeling']
    if (trede != 'informeren') != bool(fb):
        fail(sid + ': feedback before the decision missing or out of place')
    t = d['plan']['totaal']
    if t['uren'] != sum(a['uren'] for a in acts) or t['kostenEur'] != sum(a['kostenEur'] for a in acts):
        fail(sid + ': totals are not the sums')
    if any(m.get('bron') == 'pt-plan' for m in d.get('meldingen', [])):
        fail(sid + ': unexpected melding ' + d['meldingen'][0]['tekst'])
print('bad', bad)
EOF
	$py "$T/check.py" "$CAT" "$T/steps.out" > "$T/check" 2>&1
	is "every step and scale: werkvormen serve step and scale, totals add up" "$(tail -1 "$T/check")" "bad 0"
	grep '^#' "$T/check" | head -10
else
	pass "# skip python3 not installed"
fi

# Without participation: only informing, no feedback round.
jq -c '.strategie.participatie = false | .strategie.trede = null' "$D/voorstel.jsonl" > "$T/geen.json"
run "pt-plan geen.json | jq -c '[.plan.activiteiten[] | [.moment, .werkvorm, .week]]'"
is "no participation: informing only" "$(cat "$T/out")" '[["start","bewonersbrief",-4],["start","nieuwsbrief",-4]]'
# Without a strategy: an empty plan and a melding.
jq -c 'del(.strategie)' "$D/voorstel.jsonl" > "$T/nostrat.json"
run "pt-plan nostrat.json > out.json"
is "no strategy: exit 0" "$rc" 0
like "no strategy: melding" "$T/out.json" '"code":"plan-geen-strategie","pad":"strategie"'
like "no strategy: empty plan, readiness 0" "$T/out.json" '"activiteiten":\[\],.*"openPunten":\["Kies ladder en trede \(pt-strategy\)."\],"gereedheid":0'

# A missing date: relative weeks, no dates, an open point.
jq -c 'del(.voorstel.datumBesluit)' "$D/voorstel.jsonl" > "$T/nodate.json"
run "pt-plan nodate.json > out.json"
unlike "no date: no dates" "$T/out.json" '"datum":'
like "no date: relative weeks" "$T/out.json" '"werkvorm":"keukentafelgesprek",[^}]*"week":-5'
like "no date: an open point" "$T/out.json" 'Leg de datum van het besluit vast'
# A date too close: the start has passed.
jq -c '.voorstel.datumBesluit = "2026-12-10"' "$D/voorstel.jsonl" > "$T/soon.json"
run "pt-plan soon.json"
like "date too close: melding" "$T/out" '"code":"plan-te-krap".*begint op 2026-10-01'

# The budget: over it, cheaper werkvormen swap in and the lost reach is said.
run "pt-plan --budget 3000 $D/voorstel.jsonl > out.json"
is "budget swap: exit 0" "$rc" 0
run "jq -c '[.plan.totaal.kostenEur, .plan.budget, ([.plan.activiteiten[].kostenEur]|add)]' out.json"
is "budget swap: fits, and totals are the sums" "$(cat "$T/out")" '[2813,3000,2813]'
like "budget swap: the replaced werkvorm kept, by id and name" "$T/out.json" '"werkvorm":"kinderwandeling",.*"vervangt":\{"werkvorm":"ideeenmarkt","naam":"Ideeënmarkt","kostenEur":3750,"deelnemers":150,"minderBereik":\["ondernemers","maatschappelijk"\]\}'
like "budget swap: melding on reach" "$T/out.json" 'Ideeënmarkt \(week -8\) vervangen door Kinderwandeling: bespaart € 2.960; bereikt minder goed: ondernemers, maatschappelijke organisaties; 30 in plaats van 150 deelnemers'
run "pt-plan --budget 500 $D/voorstel.jsonl > out.json"
like "budget too small: melding" "$T/out.json" '"ernst":"waarschuwing","code":"plan-budget-overschreden"'
like "budget too small: open point" "$T/out.json" 'past niet in het budget'
jq -c '.voorstel.budget = 3000' "$D/voorstel.jsonl" > "$T/b.json"
run "pt-plan b.json | jq .plan.totaal.kostenEur"
is "budget from the dossier" "$(cat "$T/out")" 2813
# A JSON budget has the limit of one written as text (below 10^15 euros):
# beyond it the conversion to whole euros overflowed (-9223372036854775808).
jq -c '.voorstel.budget = 1e300' "$D/voorstel.jsonl" > "$T/huge.json"
cat "$D/voorstel.jsonl" "$T/huge.json" > "$T/huge.jsonl"
run "pt-plan huge.jsonl"
is "budget 1e300: bad input, exit 3" "$rc" 3
is "budget 1e300: file, line and field named" "$(cat "$T/err")" \
  "pt-plan: huge.jsonl:2: voorstel.budget: 1e+300 is too large: a budget is below 1000000000000000 euros"
is "budget 1e300: the good dossier before it written" "$(wc -l < "$T/out" | tr -d ' ')" 1
jq -c '.voorstel.budget = 1000000000000000' "$D/voorstel.jsonl" > "$T/b15.json"
run "pt-plan b15.json"
is "budget 10^15: refused, the limit is exclusive" "$rc" 3
jq -c '.voorstel.budget = 999999999999999' "$D/voorstel.jsonl" > "$T/b14.json"
run "pt-plan b14.json | jq -c '[.plan.budget, .plan.totaal.kostenEur]'"
is "budget just below 10^15: kept whole" "$(cat "$T/out")" '[999999999999999,6386]'
run "pt-plan --budget 999.999.999.999.999 $D/voorstel.jsonl | jq -c .plan.budget"
is "--budget just below 10^15: the same limit as text" "$(cat "$T/out")" 999999999999999
run "pt-plan --budget 1 huge.json | jq -c .plan.budget"
is "--budget wins over a dossier budget beyond the limit" "$(cat "$T/out")" 1

# An edited catalogue (';'-separated, decimal comma, own figures).
run "pt-plan --catalog $D/catalogus-eigen.csv $D/voorstel.jsonl > out.json"
is "--catalog: exit 0" "$rc" 0
run "jq -r '[.plan.activiteiten[] | .werkvorm + \":\" + .cijfers + \":\" + (.kostenEur|tostring)] | join(\" \")' out.json"
is "--catalog: its werkvormen and figures" "$(cat "$T/out")" "wijkkrant:eigen:230 wijkwandeling:eigen:585 wijkwandeling:eigen:585 wijkkrant:eigen:230"
like "--catalog: only the default rate left to check" "$T/out.json" 'Controleer het uurtarief van € 75'
run "pt-plan --catalog $D/catalogus-fout.csv $D/voorstel.jsonl"
is "malformed catalogue row: exit 3" "$rc" 3
is "malformed catalogue row: file, line, row and column named" "$(cat "$T/err")" \
  "pt-plan: $D/catalogus-fout.csv:3: row 3 (wijkwandeling): column voorbereidingUren: 'vijf' is not a number (write e.g. 12 or 2.5)"
is "malformed catalogue row: nothing written" "$(wc -c < "$T/out" | tr -d ' ')" 0
sed '/^meedenkgroep,/s/,adviseren,/,adviesren,/' "$CAT" > "$T/typo.csv"
line=$(grep -n '^meedenkgroep,' "$CAT" | cut -d: -f1)
run "pt-plan --catalog typo.csv $D/voorstel.jsonl"
is "catalogue typo: exit 3" "$rc" 3
like "catalogue typo: closest step suggested" "$T/err" "typo.csv:$line: row $line \(meedenkgroep\): column treden: unknown value 'adviesren'; did you mean 'adviseren'"
# Numbers in the catalogue follow pt(7) NUMBERS: "1.200" is refused, not
# read as 1.2 euros.
sed '/^ideeenmarkt,/s/,1200,/,"1,200",/' "$CAT" > "$T/dot.csv"
line=$(grep -n '^ideeenmarkt,' "$CAT" | cut -d: -f1)
run "pt-plan --catalog dot.csv $D/voorstel.jsonl"
is "catalogue 1,200: ambiguous, exit 3" "$rc" 3
is "catalogue 1,200: file, line, row and column named" "$(cat "$T/err")" \
  "pt-plan: dot.csv:$line: row $line (ideeenmarkt): column vasteKosten: '1,200' is ambiguous: write 1200 if ',' separates thousands, or 1,2 if it is the decimal sign"
sed '/^ideeenmarkt,/s/,1200,/,"1.200,00",/' "$CAT" > "$T/nl.csv"
run "pt-plan --catalog nl.csv $D/voorstel.jsonl | jq -c '.plan.activiteiten[2] | [.werkvorm, .kostenEur]'"
is "catalogue 1.200,00: twelve hundred" "$(cat "$T/out")" '["ideeenmarkt",3750]'
sed '/^ideeenmarkt,/s/,1200,/,"1,200.00",/' "$CAT" > "$T/en.csv"
run "pt-plan --catalog en.csv $D/voorstel.jsonl | jq -c '.plan.activiteiten[2] | [.werkvorm, .kostenEur]'"
is "catalogue 1,200.00: twelve hundred" "$(cat "$T/out")" '["ideeenmarkt",3750]'
# Counts are whole: a decimal in min, max or sessies is a spreadsheet
# typo, refused with file, line, row and column rather than rounded.
line=$(grep -n '^ideeenmarkt,' "$CAT" | cut -d: -f1)
sed '/^ideeenmarkt,/s/,30,300,fysiek,/,"2,5",300,fysiek,/' "$CAT" > "$T/min.csv"
run "pt-plan --catalog min.csv $D/voorstel.jsonl"
is "catalogue min 2,5: exit 3" "$rc" 3
is "catalogue min 2,5: file, line, row and column named" "$(cat "$T/err")" \
  "pt-plan: min.csv:$line: row $line (ideeenmarkt): column min: '2,5' is not a whole number"
is "catalogue min 2,5: nothing written" "$(wc -c < "$T/out" | tr -d ' ')" 0
sed '/^ideeenmarkt,/s/,30,300,fysiek,/,30,299.6,fysiek,/' "$CAT" > "$T/max.csv"
run "pt-plan --catalog max.csv $D/voorstel.jsonl"
is "catalogue max 299.6: exit 3, not 300" "$rc" 3
like "catalogue max 299.6: column named" "$T/err" "max.csv:$line: row $line \(ideeenmarkt\): column max: '299.6' is not a whole number$"
sed '/^ideeenmarkt,/s/,tijdens,24,4,1,1200,/,tijdens,24,4,1.5,1200,/' "$CAT" > "$T/sess.csv"
run "pt-plan --catalog sess.csv $D/voorstel.jsonl"
is "catalogue sessies 1.5: exit 3" "$rc" 3
like "catalogue sessies 1.5: column named" "$T/err" "sess.csv:$line: row $line \(ideeenmarkt\): column sessies: '1.5' is not a whole number$"
sed '/^ideeenmarkt,/s/,30,300,fysiek,/,"30,0",300,fysiek,/' "$CAT" > "$T/whole.csv"
run "pt-plan --catalog whole.csv $D/voorstel.jsonl | jq -c '.plan.activiteiten[2] | [.werkvorm, .kostenEur]'"
is "catalogue min 30,0: a whole number with decimals is still whole" "$(cat "$T/out")" '["ideeenmarkt",3750]'
run "pt-plan --catalog nowhere.csv $D/voorstel.jsonl"
is "missing catalogue: exit 4" "$rc" 4
# Read once per process: from a pipe, for two dossiers.
run "cat $D/voorstel.jsonl $D/voorstel.jsonl > two.jsonl; pt-plan --catalog /dev/stdin two.jsonl < $CAT | wc -l"
is "catalogue parsed once for the whole stream" "$(tr -d ' ' < "$T/out")" 2

# The hourly rate: option over settings over default.
mkdir -p "$T/dd" && printf 'instelling,waarde,cijfers\nuurtarief,90,eigen\n' > "$T/dd/plan-instellingen.csv"
run "PT_DATA_DIR=dd pt-plan $D/voorstel.jsonl | jq -c '[.plan.totaal.uurtarief, .plan.totaal.kostenEur]'"
is "uurtarief from the settings" "$(cat "$T/out")" "[90,7256]"
run "PT_DATA_DIR=dd pt-plan --uurtarief 60 $D/voorstel.jsonl | jq -c '[.plan.totaal.uurtarief, .plan.totaal.kostenEur]'"
is "--uurtarief over the settings" "$(cat "$T/out")" "[60,5516]"
printf 'instelling;waarde;cijfers\nuurtarief;82,50;eigen\n' > "$T/dd/plan-instellingen.csv"
run "PT_DATA_DIR=dd pt-plan $D/voorstel.jsonl | jq -c .plan.totaal.uurtarief"
is "uurtarief 82,50 from the settings: exact" "$(cat "$T/out")" 82.5
printf 'instelling;waarde\nuurtarief;"82,500"\n' > "$T/dd/plan-instellingen.csv"
run "PT_DATA_DIR=dd pt-plan $D/voorstel.jsonl"
is "uurtarief 82,500 in the settings: exit 3" "$rc" 3
like "uurtarief 82,500 in the settings: named" "$T/err" "plan-instellingen.csv:2: row 2 \\(uurtarief\\): column waarde: '82,500' is ambiguous"
# The rate is written as given, cents and all; the costs stay whole euros.
run "pt-plan --uurtarief 82.50 $D/voorstel.jsonl > rate.json"
run "jq -c '[.plan.totaal.uurtarief, .plan.activiteiten[2].kostenEur, .plan.totaal.kostenEur]' rate.json"
is "--uurtarief 82.50: the rate exact, 28 h x 82.50 + 1200 + 150 x 3" "$(cat "$T/out")" '[82.5,3960,6821]'
like "--uurtarief 82.50: shown with its cents" "$T/rate.json" 'standaardwaarden zonder openbare bron \(uurtarief € 82,50\)'
if $py -c 'import jsonschema' 2>/dev/null; then
	# The plan section alone: the hand-written stakeholders are not complete.
	jq -c '{pt, voorstel, plan}' "$T/rate.json" > "$T/rate-plan.json"
	$py "$top/tests/schema.py" "$T/rate-plan.json" > "$T/tap" 2>&1
	is "--uurtarief 82.50: the plan matches its schema" "$?" 0
fi
run "pt-plan --uurtarief '€ 82,50' --lang en $D/voorstel.jsonl"
like "--uurtarief '€ 82,50' --lang en: shown with its cents" "$T/out" 'no public source \(hourly rate €82\.50\)'
run "pt-plan --uurtarief 80 $D/voorstel.jsonl | jq -c .plan.totaal.uurtarief"
is "--uurtarief 80: a whole rate stays an integer" "$(cat "$T/out")" 80
run "pt-plan --budget 3.000 $D/voorstel.jsonl | jq -c .plan.budget"
is "--budget 3.000: Dutch thousands (issue 19)" "$(cat "$T/out")" 3000
run "pt-plan --budget 25.000,00 $D/voorstel.jsonl | jq -c .plan.budget"
is "--budget 25.000,00: Dutch thousands" "$(cat "$T/out")" 25000
run "pt-plan --budget '1,250.50' $D/voorstel.jsonl | jq -c .plan.budget"
is "--budget 1,250.50: whole euros in the plan" "$(cat "$T/out")" 1251
printf 'instelling;waarde\nweken.terugkoppeling;1\nbereik.buurt;100\n' > "$T/inst.csv"
run "pt-plan --instellingen inst.csv $D/voorstel.jsonl | jq -c '[.plan.activiteiten[] | [.week, .deelnemers]]'"
is "--instellingen: weeks and reach from the file" "$(cat "$T/out")" '[[-9,100],[-9,100],[-7,100],[-4,12],[-1,100],[-1,100]]'
printf 'instelling;waarde\nuurtarief;80\nbereik.buurt;100,5\n' > "$T/inst.csv"
run "pt-plan --instellingen inst.csv $D/voorstel.jsonl"
is "settings bereik.buurt 100,5: exit 3" "$rc" 3
is "settings bereik.buurt 100,5: file, line, row and setting named" "$(cat "$T/err")" \
  "pt-plan: inst.csv:3: row 3 (bereik.buurt): column waarde: '100,5' is not a whole number"
printf 'instelling,waarde\nweken.tussen,2.5\n' > "$T/inst.csv"
run "pt-plan --instellingen inst.csv $D/voorstel.jsonl"
is "settings weken.tussen 2.5: exit 3" "$rc" 3
like "settings weken.tussen 2.5: named" "$T/err" "inst.csv:2: row 2 \(weken.tussen\): column waarde: '2.5' is not a whole number$"
printf 'instelling,waarde\ntarief,90\n' > "$T/dd/plan-instellingen.csv"
run "PT_DATA_DIR=dd pt-plan $D/voorstel.jsonl"
is "unknown setting: exit 3" "$rc" 3
like "unknown setting: named" "$T/err" "dd/plan-instellingen.csv:2: unknown setting 'tarief'"

# Cases: the three most similar of the same ladder, and the overrun.
run "pt-plan --cases $D/cases.jsonl $D/voorstel.jsonl > out.json"
is "--cases: exit 0" "$rc" 0
run "jq -c '[.plan.vergelijkbaar[] | [.id, .gelijkenis, .oordeel]]' out.json"
is "--cases: most similar first, other ladder and the project itself left out" "$(cat "$T/out")" \
  '[["CV-2025-003",99,"voldoende"],["CV-2024-010",77,"goed"],["CV-2025-020",45,"onvoldoende"]]'
run "jq -c '.plan.totaal' out.json"
is "--cases: overrun adjusts the estimate, both figures shown" "$(cat "$T/out")" \
  '{"uren":58,"kostenEur":6386,"uurtarief":75,"cijfers":"standaard","bijgesteld":{"uren":70,"kostenEur":7450,"overschrijdingUrenPct":20,"overschrijdingKostenPct":17,"zaken":["CV-2025-003","CV-2024-010"]}}'
like "--cases: lessons kept" "$T/out.json" '"lessen":\["Begin eerder met de terugkoppeling."\]'
like "--cases: overrun melding" "$T/out.json" 'liepen 20% uit in uren en 17% in kosten: reken op 70 uur en € 7.450 in plaats van 58 uur en € 6.386'
run "pt-plan --budget 7000 --cases $D/cases.jsonl $D/voorstel.jsonl"
like "--cases: adjusted estimate over budget" "$T/out" '"code":"plan-bijgesteld-boven-budget"'
printf '{"id":"a"}\n{"id":"b","werkvormen":"enquete"}\n' > "$T/badcases.jsonl"
run "pt-plan --cases badcases.jsonl $D/voorstel.jsonl"
is "bad case archive: exit 3" "$rc" 3
is "bad case archive: line named" "$(cat "$T/err")" "pt-plan: badcases.jsonl:2: case: 'werkvormen' must be a list of texts"

# Case figures have the amount limit too: a ratio of 1e300 to a plan
# would overflow the adjusted estimate.
printf '{"id":"x","ladder":"burgerparticipatie","gepland":{"uren":1,"kostenEur":1},"werkelijk":{"uren":1e300}}\n' > "$T/hugecase.jsonl"
run "pt-plan --cases hugecase.jsonl $D/voorstel.jsonl"
is "case figure 1e300: exit 3" "$rc" 3
is "case figure 1e300: line and field named" "$(cat "$T/err")" \
  "pt-plan: hugecase.jsonl:1: case: werkelijk.uren must be a number of 0 or more, below 1000000000000000"
printf '{"id":"x","ladder":"burgerparticipatie","gepland":{"uren":1e-300,"kostenEur":1e-300},"werkelijk":{"uren":999999999999999,"kostenEur":999999999999999}}\n' > "$T/tinycase.jsonl"
run "pt-plan --cases tinycase.jsonl $D/voorstel.jsonl | jq -c '.plan.totaal.bijgesteld | [.uren, .kostenEur, .overschrijdingUrenPct]'"
is "case planned at 1e-300: the adjusted estimate held at the limit, not overflowed" "$(cat "$T/out")" \
  '[1000000000000000,1000000000000000,1000000000000000]'

# Colleagues matched to activities.
run "pt-plan --collegas $D/collegas.csv $D/voorstel.jsonl | jq -c '[.plan.activiteiten[] | [.werkvorm, .collegas]]'"
is "--collegas: who can help with each activity" "$(cat "$T/out")" \
  '[["bewonersbrief",["Joost Hermans"]],["nieuwsbrief",["Joost Hermans"]],["ideeenmarkt",["Ingrid Pieters"]],["keukentafelgesprek",["Fatima El Amrani","Ingrid Pieters"]],["bewonersbrief",["Joost Hermans"]],["nieuwsbrief",["Joost Hermans"]]]'
printf 'naam,werkvormen\nPiet,zwemles\n' > "$T/badcol.csv"
run "pt-plan --collegas badcol.csv $D/voorstel.jsonl"
is "colleague with an unknown werkvorm: exit 3" "$rc" 3
like "colleague with an unknown werkvorm: named" "$T/err" "badcol.csv:2: column werkvormen: 'zwemles' is not in the werkvormen catalogue"

# English.
run "pt-plan --lang en --budget 3000 $D/voorstel.jsonl"
like "--lang en: names" "$T/out" '"naam":"Letter to residents"'
like "--lang en: open points" "$T/out" 'choose the date and time, a venue and who leads it'
like "--lang en: meldingen" "$T/out" 'To stay within the budget Ideas fair \(week -8\) was replaced by Children.s walk: saves €2,960'

# Bad dossiers are input errors: stop there, or go on with --keep-going.
jq -c '.strategie.trede = "meedoen"' "$D/voorstel.jsonl" > "$T/bad.json"
cat "$D/voorstel.jsonl" "$T/bad.json" "$D/voorstel.jsonl" > "$T/bad.jsonl"
run "pt-plan bad.jsonl"
is "unknown step: exit 3" "$rc" 3
like "unknown step: file and line" "$T/err" "^pt-plan: bad.jsonl:2: strategie.trede: unknown step 'meedoen'"
is "unknown step: the good dossier before it written" "$(wc -l < "$T/out" | tr -d ' ')" 1
run "pt-plan --keep-going bad.jsonl"
is "--keep-going: exit 3" "$rc" 3
is "--keep-going: both good dossiers written" "$(wc -l < "$T/out" | tr -d ' ')" 2
jq -c '.stakeholders[0].groep = "buren"' "$D/voorstel.jsonl" > "$T/g.json"
run "pt-plan g.json"
is "unknown group: exit 3" "$rc" 3
like "unknown group: named" "$T/err" "stakeholders\[0\].groep: unknown value 'buren'"

# The man page's examples.
run "cd $D && pt-plan --budget 3000 voorstel.jsonl > /dev/null"
is "man example: --budget" "$rc" 0
run "cd $D && pt-plan --cases cases.jsonl --collegas collegas.csv voorstel.jsonl > /dev/null"
is "man example: --cases --collegas" "$rc" 0
run "cd $D && pt-plan --catalog catalogus-eigen.csv --uurtarief 82.50 -o $T/o.jsonl voorstel.jsonl"
is "man example: --catalog --uurtarief -o" "$rc" 0
like "man example: -o wrote the plan with 82.50 an hour" "$T/o.jsonl" '"uurtarief":82.5,'
done_testing
