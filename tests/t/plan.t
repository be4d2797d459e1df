#!/bin/sh
# pt-plan: the 70% plan, through the real binary on hand-written dossiers
# that follow the contract (pt-stakeholders and pt-strategy are not used).
. "$(dirname "$0")/../lib.sh"
D=$DATA/plan
# The algorithms are tested against frozen data, not the shipped defaults.
PT_DATA_DIR=$DATA/pt-plan; export PT_DATA_DIR
CAT=$DATA/pt-plan/werkvormen.csv
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

# The worked dossier: process design, informing, the input steps, the
# analysis and reactienota before the decision, feedback after it.
run "pt-plan $D/voorstel.jsonl > plan.json"
is "plan: exit 0" "$rc" 0
run "jq -r '.plan.activiteiten[] | [.soort, .moment, .trede, .werkvorm, .week, (.doelgroepen|join(\"+\"))] | @tsv' plan.json"
is "plan: activities, kinds, steps, weeks and groups" "$(cat "$T/out")" "proces	voorbereiding	adviseren	procesontwerp	-20	
werkvorm	start	informeren	bewonersbrief	-17	omwonenden+ondernemers+ouderen
werkvorm	start	informeren	nieuwsbrief	-17	ondernemers+maatschappelijk+jongeren
proces	start	adviseren	communicatie	-17	
werkvorm	tijdens	raadplegen	focusgroep	-15	ondernemers+jongeren
werkvorm	tijdens	raadplegen	bilateraal	-15	maatschappelijk
werkvorm	tijdens	adviseren	keukentafelgesprek	-12	omwonenden
proces	tijdens	adviseren	analyse	-9	
proces	besluit	adviseren	reactienota	-6	
werkvorm	terugkoppeling	informeren	bewonersbrief	2	omwonenden+ondernemers
werkvorm	terugkoppeling	informeren	nieuwsbrief	2	ondernemers+maatschappelijk+jongeren
proces	terugkoppeling	adviseren	verslag	2	"
run "jq -c '.plan.activiteiten[4] | [.uren, .kostenEur, .deelnemers, .alternatieven, .datum, .cijfers]' plan.json"
is "plan: an activity's figures (10 + 1 x 2 = 12 h x 75 + 150 + 12 x 25)" "$(cat "$T/out")" '[12,1350,12,[{"werkvorm":"enquete","naam":"Enquête"},{"werkvorm":"ideeenmarkt","naam":"Ideeënmarkt"}],"2027-03-02","standaard"]'
run "jq -c '[.plan.activiteiten[] | select(.soort == \"proces\") | [.werkvorm, .uren, .kostenEur]]' plan.json"
is "plan: process lines, buurt x adviseren 1.25, rounded up (8, 6, 8, 10, 4 h)" "$(cat "$T/out")" \
  '[["procesontwerp",10,750],["communicatie",8,600],["analyse",10,750],["reactienota",13,975],["verslag",5,375]]'
run "jq -r '[.plan.activiteiten[] | .alternatieven[] | (.werkvorm|type) + (.naam|type)] | unique | join(\" \")' plan.json"
is "plan: every alternative has werkvorm and naam" "$(cat "$T/out")" "stringstring"
run "pt-plan --lang en $D/voorstel.jsonl | jq -c '.plan.activiteiten[4].alternatieven'"
is "plan --lang en: alternatives named in English" "$(cat "$T/out")" '[{"werkvorm":"enquete","naam":"Survey"},{"werkvorm":"ideeenmarkt","naam":"Ideas fair"}]'
run "pt-plan $D/voorstel.jsonl | pt-render -s plan"
like "plan | pt-render: alternatives by their names" "$T/out" 'Focusgroep\*\* — alternatieven: Enquête, Ideeënmarkt'
run "jq -c '[.plan.totaal, .plan.budget, .plan.gereedheid, .plan.start, .plan.eind]' plan.json"
is "plan: totals, budget, readiness, start and end" "$(cat "$T/out")" '[{"uren":93,"kostenEur":7811,"uurtarief":75,"cijfers":"standaard"},25000,70,"2027-01-26","2027-06-29"]'
like "plan: open point per activity" "$T/plan.json" 'Focusgroep \(week -15\): kies datum en tijd, een locatie en wie het leidt'
unlike "plan: no open point for internal process work" "$T/plan.json" 'Analyse van de inbreng \(week'
like "plan: budget approval is open" "$T/plan.json" 'Laat de begroting van € 7.811 goedkeuren'
like "plan: default figures said so" "$T/plan.json" 'standaardwaarden zonder openbare bron'
unlike "plan: no meldingen" "$T/plan.json" '"meldingen"'
run "pt-plan $D/voorstel.jsonl | pt-plan > twice; pt-plan $D/voorstel.jsonl > once"
same "rerun gives the same bytes" "$T/twice" "$T/once"

# Every step of both ladders at every scale, with old and new group codes
# and every role: each werkvorm serves its activity's step and the scale,
# reaches every group it is planned for, partners and authorities get only
# a bilateral talk or the regietafel, feedback comes after the decision,
# an initiative plan holds no sessions of the municipality's own, and the
# totals are the sums.
if [ -x $py ]; then
	for schaal in straat buurt wijk stad regio; do
		for trede in informeren raadplegen adviseren coproduceren meebeslissen \
			     reguleren regisseren stimuleren faciliteren loslaten; do
			case $trede in informeren|raadplegen|adviseren|coproduceren|meebeslissen) ladder=burgerparticipatie ;;
			*) ladder=overheidsparticipatie ;; esac
			printf '{"pt":1,"voorstel":{"id":"%s-%s","locatie":{"schaal":"%s"},"beleidsfase":"beleidsvoorbereiding","datumBesluit":"2027-12-01","initiatiefnemer":"inwoners"},"stakeholders":[{"naam":"A","groep":"omwonenden"},{"naam":"B","groep":"ondernemers","tags":["jongeren"]},{"naam":"C","groep":"maatschappelijk"},{"naam":"D","groep":"kinderen"},{"naam":"E","groep":"woningcorporatie"},{"naam":"F","groep":"overheid"},{"naam":"G","groep":"intern"},{"naam":"H","groep":"laaggeletterden"},{"naam":"I","groep":"mantelzorgers"},{"naam":"J","groep":"energiecooperatie","rol":"partner"},{"naam":"K","groep":"inwoners","rol":"initiatiefnemer"}],"strategie":{"participatie":true,"ladder":"%s","trede":"%s","perStakeholder":[]}}\n' \
				"$schaal" "$trede" "$schaal" "$ladder" "$trede"
		done
	done > "$T/steps.jsonl"
	run "pt-plan steps.jsonl > steps.out"
	is "every step and scale: exit 0" "$rc" 0
	is "every step and scale: 50 plans" "$(wc -l < "$T/steps.out" | tr -d ' ')" 50
	cat > "$T/check.py" <<'EOF'
import csv, json, sys
cat = {r['id']: r for r in csv.DictReader(open(sys.argv[1], encoding='utf-8'))}
SCHALEN = ['straat', 'buurt', 'wijk', 'stad', 'regio']
def cell(w, col, every):
    v = cat[w][col]
    return every if v in ('alle', '*') else v.split(';')
bad = 0
def fail(msg):
    global bad
    bad += 1
    print('# ' + msg)
for line in open(sys.argv[2], encoding='utf-8'):
    d = json.loads(line)
    sid, schaal, trede = d['voorstel']['id'], d['voorstel']['locatie']['schaal'], d['strategie']['trede']
    partners = {'overheid', 'intern', 'energiecooperatie'}
    initiatief = d['strategie']['ladder'] == 'overheidsparticipatie'
    acts = d['plan']['activiteiten']
    if not acts:
        fail(sid + ': no activities')
    for a in acts:
        w = a['werkvorm']
        if a['soort'] != cat[w]['soort'] and not (a['soort'] == 'overleg' and cat[w]['soort'] == 'werkvorm'):
            fail('%s: %s is not of kind %s' % (sid, w, a['soort']))
        if a['doelgroepen'] and set(a['doelgroepen']) <= partners and a['soort'] == 'werkvorm':
            fail('%s: overleg with partners only (%s) counted as a werkvorm' % (sid, w))
        if a['soort'] == 'overleg' and not set(a['doelgroepen']) <= partners:
            fail('%s: %s marked overleg but reaches participants' % (sid, w))
        if a['soort'] in ('werkvorm', 'rol') and schaal not in cell(w, 'schalen', SCHALEN):
            fail('%s: %s does not suit %s' % (sid, w, schaal))
        reach = set(cell(w, 'bereik', []))
        for g in a['doelgroepen']:
            if a['soort'] == 'werkvorm' and g not in reach:
                fail('%s: %s cannot reach %s' % (sid, w, g))
        if a['soort'] == 'werkvorm' and set(a['doelgroepen']) & partners and w not in ('bilateraal', 'regietafel'):
            fail('%s: partners or authorities in %s' % (sid, w))
        if a['soort'] == 'werkvorm' and not set(a['doelgroepen']) & partners and a['trede'] not in cell(w, 'treden', []):
            fail('%s: %s does not serve %s' % (sid, w, a['trede']))
        if a['moment'] == 'terugkoppeling' and a['week'] <= 0:
            fail('%s: feedback %s before the decision' % (sid, w))
        if a['moment'] in ('start', 'tijdens', 'besluit', 'voorbereiding') and a['week'] >= 0:
            fail('%s: %s on or after the decision' % (sid, w))
        if initiatief and a['soort'] == 'werkvorm' and w not in ('bilateraal', 'regietafel'):
            fail('%s: the municipality runs %s for an initiative' % (sid, w))
        # no session with people in the Christmas or summer holiday, or an open point says so
        md = a.get('datum', '')[5:]
        if (a['moment'] == 'tijdens' and a['soort'] == 'werkvorm' and a['vorm'] in ('fysiek', 'beide')
                and not set(a['doelgroepen']) <= partners
                and (md >= '12-19' or md <= '01-03' or '07-11' <= md <= '08-23')
                and not any('schoolvakantie' in o for o in d['plan']['openPunten'])):
            fail('%s: %s on %s, in a holiday' % (sid, w, a['datum']))
    weeks = [a['week'] for a in acts]
    if weeks != sorted(weeks):
        fail(sid + ': weeks out of order')
    if not initiatief and trede != 'informeren':
        steps = {a['trede'] for a in acts if a['moment'] == 'tijdens' and a['soort'] == 'werkvorm'}
        if trede not in steps:
            fail('%s: step %s not planned (%s)' % (sid, trede, sorted(steps)))
        if not [a for a in acts if a['moment'] == 'terugkoppeling' and a['soort'] == 'werkvorm']:
            fail(sid + ': no feedback')
    t = d['plan']['totaal']
    if t['uren'] != sum(a['uren'] for a in acts) or t['kostenEur'] != sum(a['kostenEur'] for a in acts):
        fail(sid + ': totals are not the sums')
print('bad', bad)
EOF
	$py "$T/check.py" "$CAT" "$T/steps.out" > "$T/check" 2>&1
	is "every step and scale: fit, reach, roles, feedback after the decision, totals" "$(tail -1 "$T/check")" "bad 0"
	grep '^#' "$T/check" | head -10
else
	pass "# skip python3 not installed"
fi

# Fit: children are reached by a children's walk, never a kitchen-table
# talk; the housing corporation bilaterally, never at a coffee morning.
G=$top/tests/golden/pt-plan
run "pt-plan $G/speelplek-kinderen/dossier.json | jq -r '.plan.activiteiten[] | select(.doelgroepen | index(\"kinderen\")) | .werkvorm' | sort -u | tr '\n' ' '"
is "fit: children by the walk and through the school" "$(cat "$T/out")" "kinderwandeling schoolinformatie "
run "pt-plan $G/speelplek-kinderen/dossier.json | jq -r '.plan.activiteiten[] | select(.doelgroepen | index(\"woningcorporatie\")) | .werkvorm' | sort -u | tr '\n' ' '"
is "fit: the corporation bilaterally and by newsletter" "$(cat "$T/out")" "bilateraal nieuwsbrief "
# A group no werkvorm reaches at its step is planned one step lower, and said.
run "pt-plan $G/huurders-coproduceren/dossier.json > h.json"
run "jq -c '[.plan.activiteiten[] | select(.doelgroepen | index(\"laaggeletterden\")) | [.werkvorm, .trede]]' h.json"
is "fit: low literacy reached at adviseren through key figures, not at coproduceren" "$(cat "$T/out")" \
  '[["eenvoudigetaal","informeren"],["sleutelfiguren","adviseren"],["eenvoudigetaal","informeren"]]'
like "fit: the lower step said" "$T/h.json" 'Geen werkvorm in de catalogus bereikt laaggeletterden[a-z, ]* op trede coproduceren: zij zijn gepland op trede adviseren'
# A group nothing reaches: a melding, never a werkvorm that cannot reach it.
grep -v '^sleutelfiguren,\|^focusgroep,\|^huisaanhuis,\|^koffieochtend,\|^eenvoudigetaal,' "$CAT" > "$T/arm.csv"
run "pt-plan --catalog arm.csv $G/huurders-coproduceren/dossier.json"
like "fit: unreached group, a melding" "$T/out" '"code":"plan-groep-onbereikt".*Geen werkvorm in de catalogus bereikt laaggeletterden'
run "pt-plan --catalog arm.csv $G/huurders-coproduceren/dossier.json | jq -c '[.plan.activiteiten[] | select(.doelgroepen | index(\"laaggeletterden\"))] | length'"
is "fit: and no activity for them" "$(cat "$T/out")" 0

# Minimum sets: a city, a wind farm, meebeslissen.
run "pt-plan $G/fietsplan-stad/dossier.json | jq -r '[.plan.activiteiten[] | select(.moment == \"tijdens\") | .werkvorm] | join(\" \")'"
is "minimum: a city has a broad survey or panel and key-figure sessions" "$(cat "$T/out")" "enquete sleutelfiguren keukentafelgesprek bilateraal analyse"
run "pt-plan $G/windpark-regio/dossier.json | jq -r '[.plan.activiteiten[] | select(.moment == \"tijdens\" and .soort == \"werkvorm\") | .werkvorm] | sort | join(\" \")'"
is "minimum: a wind farm has kitchen-table talks, drop-in, sounding board, financial participation" "$(cat "$T/out")" \
  "bilateraal enquete financieleparticipatie inloopavond keukentafelgesprek klankbordgroep sleutelfiguren"
# A set without its own groups takes the werkvorm that reaches the participants
# (a survey of the neighbours and landowners), not a panel of residents nobody listed.
run "pt-plan $G/windpark-regio/dossier.json | jq -c '[.plan.activiteiten[] | select(.werkvorm == \"enquete\") | .doelgroepen]'"
is "minimum: the broad survey reaches the participants on the list" "$(cat "$T/out")" '[["omwonenden","grondeigenaren"]]'

run "pt-plan $G/wijkbudget-meebeslissen/dossier.json | jq -r '[.plan.activiteiten[] | select(.trede == \"meebeslissen\" and .soort == \"werkvorm\") | .werkvorm] | join(\" \")'"
is "minimum: meebeslissen has a deciding form" "$(cat "$T/out")" "stemronde mandaatgroep"
printf 'wanneer,werkvormen\ntrede=adviseren&titel~plein,buurtschouw\n' > "$T/min.csv"
run "pt-plan --minimum min.csv $D/voorstel.jsonl | jq -r '[.plan.activiteiten[] | select(.moment == \"tijdens\") | .werkvorm] | join(\" \")'"
is "--minimum: an own set (trede and a word in the title)" "$(cat "$T/out")" "focusgroep bilateraal buurtschouw analyse"
printf 'wanneer,werkvormen\ntrede=adviseren,zwemles\n' > "$T/min.csv"
run "pt-plan --minimum min.csv $D/voorstel.jsonl"
is "--minimum with an unknown werkvorm: exit 3" "$rc" 3
like "--minimum with an unknown werkvorm: named" "$T/err" "min.csv:2: column werkvormen: 'zwemles' is not in the werkvormen catalogue"

# Process hours grow with scale and step: procesontwerp is 8 h x the
# factors of scale (0.5 1 1.5 3 4) and step (raadplegen 1, adviseren 1.25).
for s in straat buurt wijk stad regio; do
	jq -c --arg s "$s" '.voorstel.locatie.schaal = $s' "$D/voorstel.jsonl"
done > "$T/scales.jsonl"
run "pt-plan scales.jsonl | jq -r '[.plan.activiteiten[] | select(.werkvorm == \"procesontwerp\") | .uren] | join(\" \")'"
is "process hours by scale at adviseren" "$(tr '\n' ' ' < "$T/out")" "5 10 15 30 40 "
run "pt-plan --budget 7000 $D/voorstel.jsonl | jq -r '[.plan.activiteiten[] | select(.werkvorm == \"procesontwerp\") | .uren] | join(\" \")'"
is "process hours at raadplegen" "$(cat "$T/out")" 8

# The timeline grows with scale; a procedure adds six weeks open for views
# and the processing of the views.
# With time enough (a decision in 2028) every part has its usual length.
run "jq -c '.voorstel.datumBesluit = \"2028-06-01\"' scales.jsonl | pt-plan | jq -r '[.plan.activiteiten[].week] | min'"
is "timeline: weeks before the decision by scale" "$(tr '\n' ' ' < "$T/out")" "-18 -20 -24 -32 -40 "
# 28 weeks left (2027-06-15): a stad or regio plan is compressed toward
# its minimum to fit, said, and the report still goes with the proposal.
run "pt-plan scales.jsonl > sq.out; jq -r '[.plan.activiteiten[].week] | min' sq.out"
is "timeline: compressed to the 28 weeks left" "$(tr '\n' ' ' < "$T/out")" "-18 -20 -24 -28 -28 "
run "jq -r '[.meldingen[]? | select(.code == \"plan-ingekort\") | .tekst] | length' sq.out"
is "timeline: the compression said for stad and regio only" "$(tr '\n' ' ' < "$T/out")" "0 0 0 1 1 "
like "timeline: the compression names the weeks" "$T/sq.out" '"code":"plan-ingekort".*Tot het besluit zijn er nog 28 weken; het plan heeft er gewoonlijk 32 nodig en is ingekort tot 28'
run "jq -c '[.plan.activiteiten[] | select(.werkvorm == \"reactienota\") | .week < 0] | all' sq.out | sort -u"
is "timeline: compressed, the reactienota before the decision" "$(cat "$T/out")" true
jq -c '.voorstel.instrument = "omgevingsplan" | .voorstel.datumBesluit = "2028-06-01"' "$D/voorstel.jsonl" > "$T/op.json"
run "pt-plan op.json | jq -c '[.plan.activiteiten[] | select(.soort == \"procedure\") | [.werkvorm, .week, .uren]], ([.plan.activiteiten[].week] | min)'"
is "timeline: omgevingsplan, terinzagelegging 6 weeks (Awb 3:16) and processing 6" "$(tr '\n' ' ' < "$T/out")" \
  '[["terinzagelegging",-18,4],["zienswijzen",-12,12]] -32 '
run "pt-plan op.json | jq -c '[.plan.activiteiten[] | select(.werkvorm == \"reactienota\") | .week]'"
is "timeline: the reactienota goes with the draft that lies open" "$(cat "$T/out")" '[-18]'
run "pt-plan $G/omgevingsvisie-stad/dossier.json | jq -c '[.plan.start, .plan.eind]'"
is "timeline: a weighty city-wide omgevingsvisie runs two rounds, over a year" "$(cat "$T/out")" '["2027-03-04","2028-04-13"]'
# A weighty matter (impact hoog, room ruim, still being shaped) runs its
# input in rondes.zwaar rounds: twice the sessions and weeks of input.
run "pt-plan $G/omgevingsvisie-stad/dossier.json | jq -c '[.plan.activiteiten[] | select(.werkvorm == \"enquete\") | .kostenEur]'"
is "weighty: the survey paid for two rounds" "$(cat "$T/out")" '[4700]'
run "jq -c '.voorstel.impact = \"midden\"' $G/omgevingsvisie-stad/dossier.json | pt-plan | jq -c '[.plan.activiteiten[] | select(.werkvorm == \"enquete\") | .kostenEur]'"
is "not weighty: one round" "$(cat "$T/out")" '[2950]'
# Informing only, after the decision (strategie.redenen informeren-na-besluit):
# the stakeholders' own higher steps do not pass the strategy's.
jq -c '.strategie = {"participatie":true,"ladder":"burgerparticipatie","trede":"informeren","redenen":["gate-geen-keuzes","informeren-na-besluit"]}' "$D/voorstel.jsonl" > "$T/na.json"
run "pt-plan na.json | jq -c '[.plan.activiteiten[] | [.werkvorm, .week]]'"
is "informing after the decision: it goes out with it, nothing above the strategy's step" "$(cat "$T/out")" \
  '[["procesontwerp",-3],["bewonersbrief",0],["nieuwsbrief",0],["communicatie",0]]'

# Every step has a werkvorm that delivers it: a strategy at meebeslissen
# whose stakeholders lag below it raises the residents, and the minimum
# set gives them a deciding werkvorm; said.
jq -c '.strategie = {"participatie":true,"ladder":"burgerparticipatie","trede":"meebeslissen"} | .voorstel.datumBesluit = "2028-06-01" | del(.voorstel.budget)' "$D/voorstel.jsonl" > "$T/mb.json"
run "pt-plan mb.json > mb.out; jq -c '[.plan.activiteiten[] | select(.trede == \"meebeslissen\" and .soort == \"werkvorm\") | .werkvorm]' mb.out"
like "meebeslissen: a deciding werkvorm" "$T/out" 'stemronde|buurtbudget|mandaatgroep'
like "meebeslissen: the raise said" "$T/mb.out" '"code":"plan-trede-waargemaakt".*krijgen trede meebeslissen'
# A site still open: the neighbours of every candidate site are informed,
# on the list or not.
jq -c '.voorstel.openVoorInbreng = ["de locatie binnen de wijk"] | .stakeholders |= map(select(.groep != "omwonenden"))' "$D/voorstel.jsonl" > "$T/site.json"
run "pt-plan site.json | jq -c '[.plan.activiteiten[] | select(.moment == \"start\" and (.doelgroepen | index(\"omwonenden\")))] | length > 0'"
is "site open: omwonenden informed at the start" "$(cat "$T/out")" true
run "jq -c '.voorstel.openVoorInbreng = [\"de inrichting\"]' site.json | pt-plan | jq -c '[.plan.activiteiten[] | select(.doelgroepen | index(\"omwonenden\"))] | length'"
is "site fixed: no neighbours added" "$(cat "$T/out")" 0
# A residents' initiative: the residents on the list are the initiators,
# met in an initiatiefgesprek; Or 7.4's checks belong to permit applications.
jq -c '.voorstel.soort = "initiatief" | .voorstel.initiatiefnemer = "inwoners" | .stakeholders = [{"naam":"Jongeren","groep":"jongeren"},{"naam":"Wijkraad","groep":"bewonersorganisatie"}] | .strategie = {"participatie":true,"ladder":"overheidsparticipatie","trede":"faciliteren"}' "$D/voorstel.jsonl" > "$T/ini.json"
run "PT_DATA_DIR= pt-plan ini.json | jq -c '[.plan.activiteiten[] | select(.doelgroepen | index(\"jongeren\")) | .werkvorm], [.plan.activiteiten[].werkvorm | select(. == \"toetsplan\" or . == \"toetsverslag\")]'"
is "initiative: the young initiators in the talk and the support, no Or 7.4 check" "$(tr '\n' ' ' < "$T/out")" '["initiatiefgesprek","ondersteuning"] [] '
# Feedback after the decision, where the paragraph says it is.
run "jq -c '[.plan.activiteiten[] | select(.moment == \"terugkoppeling\") | .week] | unique' plan.json"
is "feedback two weeks after the decision" "$(cat "$T/out")" '[2]'

# Forward from today (PT_TODAY=2026-11-28): a decision date too near or
# past, phase uitvoering, spoed.
run "pt-plan $G/besluit-voorbij/dossier.json > late.json"
run "jq -c '[.plan.start, .plan.besluitVoorzien, .plan.activiteiten[0].datum]' late.json"
is "forward: a date too near even for the shortest plan: it starts today" "$(cat "$T/out")" '["2026-11-28","2027-02-20","2026-11-28"]'
like "forward: said, with the earliest decision date" "$T/late.json" '"code":"plan-te-krap".*op zijn kortst 12 weken.*het besluit kan op zijn vroegst op 2027-02-20 vallen'
jq -c '.voorstel.datumBesluit = "2026-12-10"' "$D/voorstel.jsonl" > "$T/soon.json"
run "pt-plan soon.json"
like "forward: the start that has passed is named" "$T/out" '"code":"plan-te-krap".*had op 2026-09-24 moeten beginnen'
# Informing only asks no input: late, it starts now, the decision stays
# and no one is told to move it.
jq -c '.voorstel.datumBesluit = "2026-12-10" | .strategie = {"participatie":true,"ladder":"burgerparticipatie","trede":"informeren"} | .stakeholders |= map(del(.trede))' "$D/voorstel.jsonl" > "$T/inf.json"
run "pt-plan inf.json > inf.out; jq -c '[.plan.besluitVoorzien, ([.plan.activiteiten[] | select(.moment != \"terugkoppeling\") | .datum >= \"2026-11-28\" and .datum < \"2026-12-10\"] | all), ([.meldingen[].code] | index(\"plan-te-krap\"))]' inf.out"
is "late informing: starts today, before the decision, decision kept" "$(cat "$T/out")" '[null,true,null]'
like "late informing: said" "$T/inf.out" '"code":"plan-nu".*het besluit blijft op 2026-12-10'
run "pt-plan $G/uitvoering-vooruit/dossier.json > uit.json"
run "jq -r '[.plan.activiteiten[].datum | select(. < \"2026-11-28\")] | length' uit.json"
is "forward: phase uitvoering, nothing dated in the past" "$(cat "$T/out")" 0
like "forward: phase uitvoering said" "$T/uit.json" '"code":"plan-uitvoering"'
run "jq -c '[.plan.activiteiten[].week] | min' uit.json"
is "forward: phase uitvoering, weeks after the decision taken" "$(cat "$T/out")" 26
run "pt-plan $G/noodopvang-spoed/dossier.json > spoed.json"
run "jq -c '[.plan.start, ([.plan.activiteiten[].datum | select(. < \"2026-11-28\")] | length)]' spoed.json"
is "spoed: starts this week, nothing in the past" "$(cat "$T/out")" '["2026-12-03",0]'
run "jq -c '[.plan.activiteiten[] | select(.week > 0) | [.werkvorm, .trede, .week]]' spoed.json"
is "spoed: the later step (strategie.vervolg) after the decision" "$(cat "$T/out")" '[["keukentafelgesprek","raadplegen",6],["bilateraal","raadplegen",6]]'
jq -c 'del(.voorstel.datumBesluit)' "$G/noodopvang-spoed/dossier.json" > "$T/spoed2.json"
run "pt-plan spoed2.json | jq -c '[.plan.start, .plan.besluitVoorzien]'"
is "spoed without a date: forward from today" "$(cat "$T/out")" '["2026-11-28","2027-01-09"]'

# Initiatives: the municipality's role, not the initiator's sessions.
run "pt-plan $G/bewonerstuin-faciliteren/dossier.json > tuin.json"
run "jq -r '[.plan.activiteiten[] | .soort + \":\" + .werkvorm] | join(\" \")' tuin.json"
is "initiative faciliteren: pre-application talk, checks, support" "$(cat "$T/out")" \
  "rol:vooroverleg rol:toetsplan rol:rolcommunicatie rol:ondersteuning rol:toetsverslag"
like "initiative: the initiator involves the surroundings (Or 7.4)" "$T/tuin.json" 'De initiatiefnemer betrekt de omgeving en doet daarvan verslag \(Or 7.4\): omwonenden, woningcorporatie'
run "pt-plan $G/ontwikkelaar-reguleren/dossier.json | jq -r '[.plan.activiteiten[] | .werkvorm] | join(\" \")'"
is "initiative reguleren with an omgevingsplan: talks, checks and the procedure" "$(cat "$T/out")" \
  "vooroverleg toetsplan terinzagelegging toetsverslag zienswijzen"
run "pt-plan $G/festival-regisseren/dossier.json | jq -r '[.plan.activiteiten[] | .werkvorm] | join(\" \")'"
is "initiative regisseren: the parties at the table, the police bilaterally" "$(cat "$T/out")" \
  "vooroverleg toetsplan rolcommunicatie bilateraal netwerkbijeenkomst toetsverslag"

# Without participation: only informing, no feedback round.
jq -c '.strategie.participatie = false | .strategie.trede = null' "$D/voorstel.jsonl" > "$T/geen.json"
run "pt-plan geen.json | jq -c '[.plan.activiteiten[] | [.moment, .werkvorm, .week]]'"
is "no participation: informing only, with its process work" "$(cat "$T/out")" '[["voorbereiding","procesontwerp",-11],["start","bewonersbrief",-8],["start","nieuwsbrief",-8],["start","communicatie",-8]]'
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
like "no date: relative weeks" "$T/out.json" '"werkvorm":"keukentafelgesprek",[^}]*"week":-12'
like "no date: an open point" "$T/out.json" 'Leg de datum van het besluit vast'

# The budget: over it, reach is lowered in one fixed order, each dropped
# werkvorm said once, the feedback kept; nothing fits: a fout with the sum.
run "pt-plan --budget 7000 $D/voorstel.jsonl > out.json"
is "budget lowered: exit 0" "$rc" 0
run "jq -c '[.plan.totaal.kostenEur, .plan.budget, ([.plan.activiteiten[].kostenEur]|add)]' out.json"
is "budget lowered: fits, and totals are the sums" "$(cat "$T/out")" '[6366,7000,6366]'
like "budget lowered: the order and what was dropped, once" "$T/out.json" \
  'in deze volgorde: minder deelnemers per activiteit, tot het minimum van elke werkvorm; trede adviseren verlaagd naar raadplegen. Vervallen: Keukentafelgesprek, Focusgroep. Het plan kost € 6.366 in plaats van € 7.811; de terugkoppeling blijft.'
run "jq -c '[.meldingen[] | select(.bron == \"pt-plan\")] | length' out.json"
is "budget lowered: the fit and the lower step, two meldingen" "$(cat "$T/out")" 2
# One decision in the dossier: the lower step is the strategy's now.
run "jq -c '[.strategie.trede, ([.meldingen[] | select(.code == \"plan-trede-verlaagd\")] | length)]' out.json"
is "budget lowered: strategie.trede says the step that will happen" "$(cat "$T/out")" '["raadplegen",1]'
# A step the user chose is not lowered: a fout asks budget or step.
jq -c '.strategie.gekozenDoor = "gebruiker"' "$D/voorstel.jsonl" > "$T/user.json"
run "pt-plan --budget 7000 user.json > user.out; jq -c '[.strategie.trede, ([.meldingen[] | select(.code == \"plan-budget-of-trede\") | .ernst] | .[0])]' user.out"
is "user's step: kept, with a fout" "$(cat "$T/out")" '["adviseren","fout"]'
like "user's step: budget or step asked" "$T/user.out" 'Budget of trede\? Het plan op trede adviseren kost'
jq -c '.voorstel.impact = "hoog"' "$D/voorstel.jsonl" > "$T/heavy.json"
run "pt-plan --budget 7000 heavy.json | jq -c '[.strategie.trede, ([.meldingen[] | select(.code == \"plan-budget-of-trede\")] | length)]'"
is "high impact: the step is not lowered by the budget" "$(cat "$T/out")" '["adviseren",1]'
# A mandate is a promise made beforehand: the budget does not undo it.
jq -c '.strategie.kenmerken.zeggenschap = "mandaat"' "$D/voorstel.jsonl" > "$T/mandate.json"
run "pt-plan --budget 7000 mandate.json > mandate.out; jq -c '[.strategie.trede, ([.meldingen[] | select(.code == \"plan-budget-of-trede\") | .ernst] | .[0])]' mandate.out"
is "mandate: the step is not lowered by the budget, a fout asks" "$(cat "$T/out")" '["adviseren","fout"]'
like "mandate: the fout says why" "$T/mandate.out" 'mandaat'
run "jq -c '[.plan.activiteiten[] | select(.moment == \"terugkoppeling\") | .werkvorm]' out.json"
is "budget lowered: feedback kept" "$(cat "$T/out")" '["bewonersbrief","nieuwsbrief","verslag"]'
# Stable: a higher budget never gives less, and the cost never exceeds it.
prev=0 stable=yes
for b in 6400 6800 7200 7600 8000 9000; do
	c=$(pt-plan --budget $b "$D/voorstel.jsonl" | jq '.plan.totaal.kostenEur')
	if [ "$c" -gt "$b" ] || [ "$c" -lt "$prev" ]; then stable="no at $b: $c after $prev"; fi
	prev=$c
done
is "budget: more money never buys less reach" "$stable" yes
run "pt-plan --budget 1000 $D/voorstel.jsonl > out.json"
is "budget too small: exit 0 without --strict" "$rc" 0
like "budget too small: a fout with the sum needed" "$T/out.json" '"ernst":"fout","code":"plan-budget-te-laag".*kost het nog € 6.366. Verhoog het budget tot minstens € 6.366'
like "budget too small: the full plan stands" "$T/out.json" '"totaal":\{"uren":93,"kostenEur":7811'
like "budget too small: open point" "$T/out.json" 'past niet in het budget: verhoog het budget tot minstens € 6.366'
run "pt-plan --strict --budget 1000 $D/voorstel.jsonl"
is "budget too small: --strict exits 1" "$rc" 1
jq -c '.voorstel.budget = 7000' "$D/voorstel.jsonl" > "$T/b.json"
run "pt-plan b.json | jq .plan.totaal.kostenEur"
is "budget from the dossier" "$(cat "$T/out")" 6366
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
is "budget just below 10^15: kept whole" "$(cat "$T/out")" '[999999999999999,7811]'
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
# Numbers in the catalogue follow pt(7) NUMBERS: "1,200" is refused, not
# guessed.
sed '/^focusgroep,/s/,nee,150,25,/,nee,"1,200",25,/' "$CAT" > "$T/dot.csv"
line=$(grep -n '^focusgroep,' "$CAT" | cut -d: -f1)
run "pt-plan --catalog dot.csv $D/voorstel.jsonl"
is "catalogue 1,200: ambiguous, exit 3" "$rc" 3
is "catalogue 1,200: file, line, row and column named" "$(cat "$T/err")" \
  "pt-plan: dot.csv:$line: row $line (focusgroep): column vasteKosten: '1,200' is ambiguous: write 1200 if ',' separates thousands, or 1,2 if it is the decimal sign"
# Only a letter and the focus group, so that the plan holds the focus group.
grep -E '^(id|bewonersbrief|focusgroep),' "$CAT" | sed '/^focusgroep,/s/,nee,150,25,/,nee,"1.200,00",25,/' > "$T/nl.csv"
run "pt-plan --catalog nl.csv $D/voorstel.jsonl | jq -c '.plan.activiteiten[] | select(.werkvorm == \"focusgroep\") | [.werkvorm, .kostenEur]'"
is "catalogue 1.200,00: twelve hundred (12 h x 75 + 1200 + 12 x 25)" "$(cat "$T/out")" '["focusgroep",2400]'
grep -E '^(id|bewonersbrief|focusgroep),' "$CAT" | sed '/^focusgroep,/s/,nee,150,25,/,nee,"1,200.00",25,/' > "$T/en.csv"
run "pt-plan --catalog en.csv $D/voorstel.jsonl | jq -c '.plan.activiteiten[] | select(.werkvorm == \"focusgroep\") | [.werkvorm, .kostenEur]'"
is "catalogue 1,200.00: twelve hundred" "$(cat "$T/out")" '["focusgroep",2400]'
# Counts are whole: a decimal in min, max or sessies is a spreadsheet
# typo, refused with file, line, row and column rather than rounded.
sed '/^focusgroep,/s/,6,12,fysiek,/,"2,5",12,fysiek,/' "$CAT" > "$T/min.csv"
run "pt-plan --catalog min.csv $D/voorstel.jsonl"
is "catalogue min 2,5: exit 3" "$rc" 3
is "catalogue min 2,5: file, line, row and column named" "$(cat "$T/err")" \
  "pt-plan: min.csv:$line: row $line (focusgroep): column min: '2,5' is not a whole number"
is "catalogue min 2,5: nothing written" "$(wc -c < "$T/out" | tr -d ' ')" 0
sed '/^focusgroep,/s/,6,12,fysiek,/,6,11.6,fysiek,/' "$CAT" > "$T/max.csv"
run "pt-plan --catalog max.csv $D/voorstel.jsonl"
is "catalogue max 11.6: exit 3, not 12" "$rc" 3
like "catalogue max 11.6: column named" "$T/err" "max.csv:$line: row $line \(focusgroep\): column max: '11.6' is not a whole number$"
sed '/^focusgroep,/s/,tijdens,10,2,1,nee,/,tijdens,10,2,1.5,nee,/' "$CAT" > "$T/sess.csv"
run "pt-plan --catalog sess.csv $D/voorstel.jsonl"
is "catalogue sessies 1.5: exit 3" "$rc" 3
like "catalogue sessies 1.5: column named" "$T/err" "sess.csv:$line: row $line \(focusgroep\): column sessies: '1.5' is not a whole number$"
sed '/^focusgroep,/s/,6,12,fysiek,/,"6,0",12,fysiek,/' "$CAT" > "$T/whole.csv"
run "pt-plan --catalog whole.csv $D/voorstel.jsonl | jq -c '.plan.activiteiten[4] | [.werkvorm, .kostenEur]'"
is "catalogue min 6,0: a whole number with decimals is still whole" "$(cat "$T/out")" '["focusgroep",1350]'
sed '/^focusgroep,/s/,nee,150,25,/,misschien,150,25,/' "$CAT" > "$T/pp.csv"
run "pt-plan --catalog pp.csv $D/voorstel.jsonl"
like "catalogue perPartij misschien: named" "$T/err" "pp.csv:$line: row $line \(focusgroep\): column perPartij: 'misschien' is not ja or nee$"
sed '/^focusgroep,/s/,werkvorm,raadplegen;adviseren,/,werkform,raadplegen;adviseren,/' "$CAT" > "$T/so.csv"
run "pt-plan --catalog so.csv $D/voorstel.jsonl"
like "catalogue soort typo: closest named" "$T/err" "so.csv:$line: row $line \(focusgroep\): column soort: unknown value 'werkform'; did you mean 'werkvorm'"
run "pt-plan --catalog nowhere.csv $D/voorstel.jsonl"
is "missing catalogue: exit 4" "$rc" 4
# Read once per process: from a pipe, for two dossiers.
run "cat $D/voorstel.jsonl $D/voorstel.jsonl > two.jsonl; pt-plan --catalog /dev/stdin two.jsonl < $CAT | wc -l"
is "catalogue parsed once for the whole stream" "$(tr -d ' ' < "$T/out")" 2

# The hourly rate: option over settings over default.
mkdir -p "$T/dd" && printf 'instelling,waarde,cijfers\nuurtarief,90,eigen\n' > "$T/dd/plan-instellingen.csv"
cp "$DATA/pt-plan/werkvormen.csv" "$DATA/pt-plan/plan-minimum.csv" "$T/dd/"
run "PT_DATA_DIR=dd pt-plan $D/voorstel.jsonl | jq -c '[.plan.totaal.uurtarief, .plan.totaal.kostenEur]'"
is "uurtarief from the settings: 93 h at 90" "$(cat "$T/out")" "[90,9206]"
run "PT_DATA_DIR=dd pt-plan --uurtarief 60 $D/voorstel.jsonl | jq -c '[.plan.totaal.uurtarief, .plan.totaal.kostenEur]'"
is "--uurtarief over the settings: 93 h at 60" "$(cat "$T/out")" "[60,6416]"
printf 'instelling;waarde;cijfers\nuurtarief;82,50;eigen\n' > "$T/dd/plan-instellingen.csv"
run "PT_DATA_DIR=dd pt-plan $D/voorstel.jsonl | jq -c .plan.totaal.uurtarief"
is "uurtarief 82,50 from the settings: exact" "$(cat "$T/out")" 82.5
printf 'instelling;waarde\nuurtarief;"82,500"\n' > "$T/dd/plan-instellingen.csv"
run "PT_DATA_DIR=dd pt-plan $D/voorstel.jsonl"
is "uurtarief 82,500 in the settings: exit 3" "$rc" 3
like "uurtarief 82,500 in the settings: named" "$T/err" "plan-instellingen.csv:2: row 2 \\(uurtarief\\): column waarde: '82,500' is ambiguous"
# The rate is written as given, cents and all; the costs stay whole euros.
run "pt-plan --uurtarief 82.50 $D/voorstel.jsonl > rate.json"
run "jq -c '[.plan.totaal.uurtarief, .plan.activiteiten[4].kostenEur, .plan.totaal.kostenEur]' rate.json"
is "--uurtarief 82.50: the rate exact, 12 h x 82.50 + 150 + 12 x 25" "$(cat "$T/out")" '[82.5,1440,8510]'
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
is "--instellingen: feedback a week after the decision, a buurt of 100" "$(cat "$T/out")" '[[-20,0],[-17,100],[-17,100],[-17,0],[-15,12],[-15,2],[-12,12],[-9,0],[-6,0],[1,100],[1,100],[1,0]]'
printf 'instelling;waarde\nuurtarief;80\nbereik.buurt;100,5\n' > "$T/inst.csv"
run "pt-plan --instellingen inst.csv $D/voorstel.jsonl"
is "settings bereik.buurt 100,5: exit 3" "$rc" 3
is "settings bereik.buurt 100,5: file, line, row and setting named" "$(cat "$T/err")" \
  "pt-plan: inst.csv:3: row 3 (bereik.buurt): column waarde: '100,5' is not a whole number"
printf 'instelling,waarde\nweken.stap.buurt,2.5\n' > "$T/inst.csv"
run "pt-plan --instellingen inst.csv $D/voorstel.jsonl"
is "settings weken.stap.buurt 2.5: exit 3" "$rc" 3
like "settings weken.stap.buurt 2.5: named" "$T/err" "inst.csv:2: row 2 \(weken.stap.buurt\): column waarde: '2.5' is not a whole number$"
printf 'instelling,waarde\nfactor.schaal.buurt;2\nfactor.trede.adviseren,1\n' | tr ';' ',' > "$T/inst.csv"
run "pt-plan --instellingen inst.csv $D/voorstel.jsonl | jq -c '[.plan.activiteiten[] | select(.soort == \"proces\") | .uren]'"
is "settings: process factors (8, 6, 8, 10, 4 h x 2 x 1)" "$(cat "$T/out")" '[16,12,16,20,8]'
printf 'instelling,waarde\nweken.stap,5\n' > "$T/inst.csv"
run "pt-plan --instellingen inst.csv $D/voorstel.jsonl | jq -c '[.plan.activiteiten[].week] | min'"
is "settings: weken.stap for every scale (6 + 3 + 5 + 5 + 2 + 3 weeks)" "$(cat "$T/out")" -24
printf 'instelling,waarde\ntarief,90\n' > "$T/dd/plan-instellingen.csv"
run "PT_DATA_DIR=dd pt-plan $D/voorstel.jsonl"
is "unknown setting: exit 3" "$rc" 3
like "unknown setting: named" "$T/err" "dd/plan-instellingen.csv:2: unknown setting 'tarief'"

# Cases: the three most similar of the same ladder, and the overrun.
run "pt-plan --cases $D/cases.jsonl $D/voorstel.jsonl > out.json"
is "--cases: exit 0" "$rc" 0
run "jq -c '[.plan.vergelijkbaar[] | [.id, .gelijkenis, .oordeel]]' out.json"
is "--cases: most similar first, other ladder and the project itself left out" "$(cat "$T/out")" \
  '[["CV-2025-003",98,"voldoende"],["CV-2024-010",77,"goed"],["CV-2025-020",45,"onvoldoende"]]'
run "jq -c '.plan.totaal' out.json"
is "--cases: overrun adjusts the estimate, both figures shown" "$(cat "$T/out")" \
  '{"uren":93,"kostenEur":7811,"uurtarief":75,"cijfers":"standaard","bijgesteld":{"uren":112,"kostenEur":9113,"overschrijdingUrenPct":20,"overschrijdingKostenPct":17,"zaken":["CV-2025-003","CV-2024-010"]}}'
like "--cases: lessons kept" "$T/out.json" '"lessen":\["Begin eerder met de terugkoppeling."\]'
like "--cases: overrun melding" "$T/out.json" 'liepen 20% uit in uren en 17% in kosten: reken op 112 uur en € 9.113 in plaats van 93 uur en € 7.811'
run "pt-plan --budget 8000 --cases $D/cases.jsonl $D/voorstel.jsonl"
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
  '[["procesontwerp",[]],["bewonersbrief",["Joost Hermans"]],["nieuwsbrief",["Joost Hermans"]],["communicatie",[]],["focusgroep",[]],["bilateraal",[]],["keukentafelgesprek",["Fatima El Amrani","Ingrid Pieters"]],["analyse",[]],["reactienota",[]],["bewonersbrief",["Joost Hermans"]],["nieuwsbrief",["Joost Hermans"]],["verslag",[]]]'
printf 'naam,werkvormen\nPiet,zwemles\n' > "$T/badcol.csv"
run "pt-plan --collegas badcol.csv $D/voorstel.jsonl"
is "colleague with an unknown werkvorm: exit 3" "$rc" 3
like "colleague with an unknown werkvorm: named" "$T/err" "badcol.csv:2: column werkvormen: 'zwemles' is not in the werkvormen catalogue"

# English.
run "pt-plan --lang en --budget 7000 $D/voorstel.jsonl"
like "--lang en: names" "$T/out" '"naam":"Letter to residents"'
like "--lang en: open points" "$T/out" 'choose the date and time, a venue and who leads it'
like "--lang en: meldingen" "$T/out" 'To stay within the budget of €7,000 reach was lowered, in this order: fewer participants per activity, down to each werkvorm.s minimum; step involve lowered to consult. Dropped: Kitchen-table talk, Focus group. The plan costs €6,366 instead of €7,811; the feedback stays.'

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
run "cd $D && pt-plan --budget 7000 voorstel.jsonl > /dev/null"
is "man example: --budget" "$rc" 0
run "cd $D && pt-plan --cases cases.jsonl --collegas collegas.csv voorstel.jsonl > /dev/null"
is "man example: --cases --collegas" "$rc" 0
run "cd $D && pt-plan --catalog catalogus-eigen.csv --uurtarief 82.50 -o $T/o.jsonl voorstel.jsonl"
is "man example: --catalog --uurtarief -o" "$rc" 0
like "man example: -o wrote the plan with 82.50 an hour" "$T/o.jsonl" '"uurtarief":82.5,'
# An omgevingsplan is one by its soort alone: the six weeks open for views
# and their processing are planned without voorstel.instrument.
printf '{"pt":1,"voorstel":{"id":"op","titel":"Omgevingsplan Oost","soort":"omgevingsplan","initiatiefnemer":"gemeente","beleidsfase":"beleidsvoorbereiding","locatie":{"schaal":"wijk"}},"strategie":{"participatie":true,"ladder":"burgerparticipatie","trede":"adviseren"},"stakeholders":[{"naam":"Bewoners","groep":"inwoners","rol":"deelnemer","trede":"adviseren"}]}\n' > "$T/op.json"
run "pt-plan op.json | jq -r '[.plan.activiteiten[] | select(.soort == \"procedure\") | .werkvorm] | join(\" \")'"
is "soort omgevingsplan without an instrument: the legal procedure planned" "$(cat "$T/out")" "terinzagelegging zienswijzen"

# The shipped defaults (lib/data), apart from the algorithms' frozen data:
# every row valid, and plans of three typical weights inside what Dutch
# municipal practice spends (shared/practice README: deliberately wide).
run "PT_DATA_DIR=$top/lib/data pt-plan --catalog $top/lib/data/werkvormen.csv --minimum $top/lib/data/plan-minimum.csv $D/voorstel.jsonl"
is "shipped defaults: every row of catalogue, settings and minimum sets valid" "$rc" 0
printf '{"pt":1,"voorstel":{"id":"fee","soort":"verordening","locatie":{"schaal":"stad"},"beleidsfase":"besluitvorming","impact":"laag","datumBesluit":"2027-03-01"},"stakeholders":[{"naam":"Inwoners","groep":"inwoners"},{"naam":"Team","groep":"intern"}],"strategie":{"participatie":false,"ladder":"burgerparticipatie","trede":"informeren"}}\n' > "$T/fee.json"
run "PT_DATA_DIR= pt-plan fee.json | jq -c '[.plan.totaal.uren <= 24, .plan.totaal.kostenEur <= 2500, ([.plan.activiteiten[].werkvorm] | index(\"procesontwerp\"))]'"
is "shipped defaults: an informing plan is a few days' work, no process design" "$(cat "$T/out")" '[true,true,null]'
printf '{"pt":1,"voorstel":{"id":"heat","soort":"raadsvoorstel","locatie":{"schaal":"wijk"},"beleidsfase":"agendavorming","beleidsruimte":"ruim","impact":"hoog","datumBesluit":"2028-03-01"},"stakeholders":[{"naam":"Bewoners","groep":"inwoners"},{"naam":"Wijkraad","groep":"bewonersorganisatie"},{"naam":"Corporatie","groep":"woningcorporatie"}],"strategie":{"participatie":true,"ladder":"burgerparticipatie","trede":"adviseren","perStakeholder":[{"naam":"Bewoners","trede":"raadplegen"},{"naam":"Wijkraad","trede":"adviseren"},{"naam":"Corporatie","trede":"adviseren"}]}}\n' > "$T/heat.json"
run "PT_DATA_DIR= pt-plan heat.json | jq -c '[.plan.totaal.uren >= 150, .plan.totaal.kostenEur >= 12000, ([.plan.activiteiten[] | select(.moment == \"tijdens\") | .week] | min) <= -26, ([.plan.activiteiten[].werkvorm] | index(\"keukentafelgesprek\") != null or index(\"huisaanhuis\") != null)]'"
is "shipped defaults: a weighty wijk process, half a year of input, talks at home or at the door" "$(cat "$T/out")" '[true,true,true,true]'
printf '{"pt":1,"voorstel":{"id":"street","soort":"collegevoorstel","locatie":{"schaal":"straat"},"beleidsfase":"besluitvorming","impact":"midden","datumBesluit":"2027-02-20"},"stakeholders":[{"naam":"Bewoners","groep":"omwonenden"}],"strategie":{"participatie":true,"ladder":"burgerparticipatie","trede":"raadplegen"}}\n' > "$T/street.json"
run "PT_DATA_DIR= pt-plan street.json | jq -c '[.plan.totaal.uren >= 8 and .plan.totaal.uren <= 100, ([.plan.activiteiten[] | select(.moment != \"terugkoppeling\") | .datum < \"2027-02-20\"] | all)]'"
is "shipped defaults: one street in twelve weeks, all before the decision" "$(cat "$T/out")" '[true,true]'

# One light round: a consultation on a tariff (a kind of decision that caps the
# step at raadplegen) is the affected groups' werkvorm, a reply, and process work
# of one round, whatever the scale; the same matter of a kind that does not cap
# it is a full process (shared/domain.md, 'How an adviser reasons to a step').
light() { printf '{"pt":1,"voorstel":{"id":"l","titel":"Wijziging","soort":"verordening","locatie":{"schaal":"stad"},"beleidsfase":"beleidsvoorbereiding","impact":"midden","datumBesluit":"2027-09-01"},"stakeholders":[{"naam":"Ondernemers","groep":"ondernemers"},{"naam":"Team","groep":"intern"}],"strategie":{"participatie":true,"ladder":"burgerparticipatie","trede":"raadplegen","kenmerken":{"instrument":"%s"}}}\n' "$1"; }
light tarief > "$T/light.json"
light verordening > "$T/full.json"
q='[.plan.totaal.uren, ([.plan.activiteiten[] | select(.werkvorm == "procesontwerp") | .uren] | add), ([.plan.activiteiten[].werkvorm] | index("projectwebsite") != null)]'
run "PT_DATA_DIR= pt-plan light.json | jq -c '$q'"
light_out=$(cat "$T/out")
like "shipped defaults: a tariff consultation is one light round (process design 8 h, no project page)" "$T/out" '^\[[0-9]+,8,false\]$'
run "PT_DATA_DIR= pt-plan light.json | jq '.plan.totaal.uren <= 80 and .plan.totaal.kostenEur <= 7000'"
is "shipped defaults: a light round is one to two weeks of work" "$(cat "$T/out")" true
run "PT_DATA_DIR= pt-plan full.json | jq -c '$q'"
like "shipped defaults: the same consultation on an ordinance is a full process for the city" "$T/out" '^\[[0-9]+,24,true\]$'
run "PT_DATA_DIR= pt-plan light.json | jq -c '[.plan.activiteiten[] | select(.moment == \"tijdens\") | .werkvorm] | index(\"burgerpanel\")'"
is "shipped defaults: no residents asked, no panel of residents" "$(cat "$T/out")" null
printf 'instelling,waarde\nlicht.instrumenten,\n' > "$T/nolight.csv"
run "PT_DATA_DIR= pt-plan --instellingen nolight.csv light.json | jq -c '$q'"
like "setting licht.instrumenten: empty, a tariff is a full process" "$T/out" '^\[[0-9]+,24,true\]$'
# Another authority decides and the municipality gives its view: one light
# round too (licht.zeggenschap), whatever the instrument.
jq -c '.strategie.kenmerken = {"instrument": "verordening", "zeggenschap": "provincie"}' "$T/full.json" > "$T/view.json"
run "PT_DATA_DIR= pt-plan view.json | jq -c '$q'"
like "shipped defaults: a view on the province's decision is one light round" "$T/out" '^\[[0-9]+,8,false\]$'
printf 'instelling,waarde\nlicht.zeggenschap,\n' > "$T/noview.csv"
run "PT_DATA_DIR= pt-plan --instellingen noview.csv view.json | jq -c '$q'"
like "setting licht.zeggenschap: empty, a full process" "$T/out" '^\[[0-9]+,24,true\]$'
printf 'instelling,waarde\nlicht.instrumenten,tarief;bogus\n' > "$T/badlight.csv"
run "PT_DATA_DIR= pt-plan --instellingen badlight.csv light.json"
is "setting licht.instrumenten: an unknown instrument, exit 3" "$rc" 3

# An evaluation asks the users about their experience: a survey, focus group,
# coffee morning or kitchen-table talk, also when only the title says it evaluates.
ev() { printf '{"pt":1,"voorstel":{"id":"e","titel":"%s","soort":"raadsvoorstel","locatie":{"schaal":"stad"},%s"impact":"midden","datumBesluit":"2027-09-01"},"stakeholders":[{"naam":"Vrijwilligers","groep":"inwoners"},{"naam":"Welzijn","groep":"maatschappelijk"}],"strategie":{"participatie":true,"ladder":"burgerparticipatie","trede":"adviseren"}}\n' "$1" "$2"; }
ev "Beleid buurthuizen" '"beleidsfase":"evaluatie",' > "$T/ev1.json"
ev "Evaluatie beleid buurthuizen" '' > "$T/ev2.json"
ev "Beleid buurthuizen" '"beleidsfase":"beleidsvoorbereiding",' > "$T/ev3.json"
q='[.plan.activiteiten[] | select(.moment == "tijdens" and (.werkvorm | test("^(enquete|focusgroep|koffieochtend|keukentafelgesprek)$")))] | length > 0'
run "PT_DATA_DIR= pt-plan ev1.json | jq '$q'"
is "shipped defaults: an evaluation gathers the users' experiences" "$(cat "$T/out")" true
run "PT_DATA_DIR= pt-plan ev2.json | jq '$q'"
is "shipped defaults: a title that says it evaluates (woorden.evaluatie) is an evaluation" "$(cat "$T/out")" true
# A werkvorm for a topic (catalogue column themas) serves only a matter about it.
co() { printf '{"pt":1,"voorstel":{"id":"c","titel":"Wijk","soort":"collegevoorstel","locatie":{"schaal":"wijk"},"beleidsfase":"beleidsvoorbereiding","impact":"midden",%s"datumBesluit":"2027-09-01"},"stakeholders":[{"naam":"Bewoners","groep":"inwoners"}],"strategie":{"participatie":true,"ladder":"burgerparticipatie","trede":"coproduceren"}}\n' "$1"; }
co '' > "$T/co1.json"
co '"thema":["energie"],' > "$T/co2.json"
q='[.plan.activiteiten[].werkvorm] | index("financieleparticipatie") != null'
run "PT_DATA_DIR= pt-plan co1.json | jq '$q'"
is "catalogue themas: no session on financial participation where energy is not the topic" "$(cat "$T/out")" false
run "PT_DATA_DIR= pt-plan co2.json | jq '$q'"
is "catalogue themas: ... and one where it is" "$(cat "$T/out")" true

# The texts of the plan (lib/data/plan-teksten.csv, id = the English): every
# row's Dutch takes the same printf conversions, in the same order, as its id.
run "$py -c 'import csv, re, sys
bad = [r[0] for r in csv.reader(open(sys.argv[1], encoding=\"utf-8\")) if re.findall(\"%[-0-9.]*l?[sdf%]\", r[0]) != re.findall(\"%[-0-9.]*l?[sdf%]\", r[1])]
print(len(bad), bad[:3])' $top/lib/data/plan-teksten.csv"
is "plan-teksten.csv: the Dutch takes the conversions of the English" "$(cat "$T/out")" "0 []"

# The hard-to-reach groups a topic touches that the list lacks are asked where
# residents are asked (groepen.bewoners), not only flagged; a matter that asks
# only businesses asks no one at home.  A street or square is discussed on the
# spot (minimum set: buurtschouw).
tg() { printf '{"pt":1,"voorstel":{"id":"t","titel":"Herinrichting","soort":"collegevoorstel","thema":["openbareRuimte"],"locatie":{"schaal":"buurt"},"beleidsfase":"beleidsvoorbereiding","impact":"midden","datumBesluit":"2027-09-01"},"stakeholders":[{"naam":"X","groep":"%s"}],"strategie":{"participatie":true,"ladder":"burgerparticipatie","trede":"raadplegen"}}\n' "$1"; }
tg omwonenden > "$T/tg1.json"
tg ondernemers > "$T/tg2.json"
q='[([.plan.activiteiten[] | select(.moment == "tijdens" and .trede == "raadplegen") | .doelgroepen[]] | (index("beperking") != null, index("ouderen") != null)), ([.plan.openPunten[] | select(test("Het thema raakt"))] | length), ([.plan.activiteiten[].werkvorm] | index("buurtschouw") != null)]'
run "PT_DATA_DIR= pt-plan tg1.json | jq -c '$q'"
is "topic groups: people with a disability and older people asked where residents are" "$(cat "$T/out")" '[true,true,1,true]'
run "PT_DATA_DIR= pt-plan tg2.json | jq -c '$q'"
is "topic groups: not added where only businesses are asked (the walk still brings them)" "$(cat "$T/out")" '[true,true,0,true]'

done_testing
