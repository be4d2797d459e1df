#!/bin/sh
# pt-evaluate: scoring, the verdict, the checklist, planned against actual,
# lessons and the case archive, through the real binary on real files.
# The fixture dossiers are hand-written to /work/contract.md.
. "$(dirname "$0")/../lib.sh"
D=$DATA/evaluate
PY=/usr/bin/python3

# --- options ---------------------------------------------------------------
run "pt-evaluate --help"
is "--help exits 0" "$rc" 0
like "--help shows usage on stdout" "$T/out" '^usage: pt-evaluate'
run "pt-evaluate --version"
like "--version" "$T/out" '^pt-evaluate [0-9]'
run "pt-evaluate --bogus < /dev/null"
is "unknown option: exit 2" "$rc" 2
run "pt-evaluate --lang fr < /dev/null"
is "--lang fr: exit 2" "$rc" 2
like "--lang fr: says why" "$T/err" "^pt-evaluate: --lang: use nl or en, not 'fr'"
run "pt-evaluate --uren veel < /dev/null"
is "--uren not a number: exit 2" "$rc" 2
like "--uren not a number: says why" "$T/err" "^pt-evaluate: --uren: 'veel' is not a number \(write e.g. 12 or 2.5\)$"
run "pt-evaluate --kosten 4,200 < /dev/null"
is "--kosten 4,200: ambiguous, exit 2" "$rc" 2
like "--kosten 4,200: says how to write it" "$T/err" \
  "^pt-evaluate: --kosten: '4,200' is ambiguous: write 4200 if ',' separates thousands, or 4,2 if it is the decimal sign$"
run "pt-evaluate --groep team < /dev/null"
is "--groep without --template: exit 2" "$rc" 2
run "pt-evaluate --les \"\$(printf 'caf\\351')\" < /dev/null"
is "--les not UTF-8: exit 2" "$rc" 2
run "pt-evaluate --les '' < /dev/null"
is "--les empty: exit 2" "$rc" 2
run "pt-evaluate -f - < /dev/null"
is "-f - without dossier files: exit 2" "$rc" 2
like "-f - without dossier files: says why" "$T/err" "^pt-evaluate: -f - reads the responses from stdin: name the dossier files"
run "pt-evaluate -f - $D/plein.json < $D/laag.csv"
like "-f -: responses from stdin" "$T/out" '"respondenten":\{"team":0,"extern":2\}'
run "pt-evaluate --template $D/plein.json"
is "--template with a dossier: exit 2" "$rc" 2

# --- the questionnaire template ---------------------------------------------
run "pt-evaluate --template"
is "--template: exit 0" "$rc" 0
is "--template: one header line" "$(wc -l < "$T/out" | tr -d ' ')" 1
like "--template: groep first, then the questions by id and text, ';' for Dutch Excel" "$T/out" \
  '^.?.?.?groep;plan1: Vooraf was er een participatieplan dat liet zien wie, wanneer en hoe betrokken werd\.;plan2: '
is "--template: a UTF-8 byte order mark first, so Excel reads the accents" "$(head -c 3 "$T/out" | od -An -tx1 | tr -d ' ')" efbbbf
like "--template: remarks, hours and costs last" "$T/out" ';wat ging goed;wat kan beter;uren;kosten$'
run "pt-evaluate --template --lang en"
like "--template --lang en: ',' and no byte order mark" "$T/out" '^group,"plan1: '
run "pt-evaluate --template --delimiter ,"
like "--template --delimiter ,: as asked" "$T/out" 'plan1: Vooraf .*werd\.",plan2: '
run "pt-evaluate --template --groep extern --lang en --delimiter ';'"
like "--template --groep extern --lang en: English, ';'" "$T/out" '^group;plan1: Beforehand there was'
unlike "--template --groep extern: no team-only question" "$T/out" 'plan2|org2|kad2'
unlike "--template --groep extern: no hours or costs" "$T/out" 'hours|costs'
run "pt-evaluate --template --groep team"
unlike "--template --groep team: no extern-only question" "$T/out" 'rep2|inv2'
run "pt-evaluate --template -o vragen.csv && cp vragen.csv ingevuld.csv && printf 'team;4;4;4;4;4;4;4;4;4;4;4;4;4;4;4;4;Fijn;Later;10;500\n' >> ingevuld.csv && pt-evaluate -f ingevuld.csv $D/plein.json"
is "--template -o, filled in, reads back as responses" "$rc" 0
like "template round trip: every criterion scored" "$T/out" '"oordeel":"goed","checklist"'
like "template round trip: hours and costs read" "$T/out" '"werkelijk":\{"uren":10\.0,"kostenEur":500\.0\}'

# --- without responses: the dossier passes through ---------------------------
run "pt-evaluate $D/plein.json"
is "no -f: exit 0" "$rc" 0
like "no -f: other sections kept in order, evaluatie added before meldingen" "$T/out" \
  '^\{"pt":1,"voorstel":\{.*\},"stakeholders":\[.*\],"strategie":\{.*\},"plan":\{.*\},"meldingen":\[.*\],"evaluatie":\{"respondenten":\{"team":0,"extern":0\}'
like "no -f: another program's melding kept" "$T/out" '"bron":"pt-plan"'
like "no -f: no verdict without answers" "$T/out" '"oordeel":null,"checklist"'
like "no -f: the checklist from the dossier" "$T/out" '"id":"C4","voldaan":true,"bron":"dossier"'
like "no -f: planned hours from the plan" "$T/out" '"gepland":\{"uren":60,"kostenEur":3500\}'
run "pt-evaluate $D/plein.json > once && pt-evaluate once > twice"
same "rerun gives the same bytes" "$T/twice" "$T/once"
run "pt-evaluate $D/kaal.json > once && pt-evaluate once > twice"
same "rerun with only its own meldingen gives the same bytes" "$T/twice" "$T/once"
like "the section before its meldingen" "$T/once" '"evaluatie":\{.*\},"meldingen":\[\{"ernst":"waarschuwing","code":"checklist-niet-voldaan"'

# --- scoring -----------------------------------------------------------------
run "pt-evaluate -f $D/antwoorden.csv $D/plein.json"
is "scoring: exit 0" "$rc" 0
cp "$T/out" "$T/scored"
like "scoring: respondents per group" "$T/scored" '"respondenten":\{"team":2,"extern":3\}'
like "scoring: mean and count per group" "$T/scored" \
  '"id":"organisatie","naam":"Trekker en organisatie","team":\{"gemiddelde":5\.0,"aantal":2,"ontbrekend":0\},"extern":\{"gemiddelde":2\.0,"aantal":3,"ontbrekend":0\},"oordeel":"voldoende"'
like "scoring: a mean rounded to two decimals" "$T/scored" '"id":"doel".*"extern":\{"gemiddelde":4\.33,"aantal":3'
like "scoring: an empty answer counted as missing, not as zero" "$T/scored" \
  '"id":"invloed".*"extern":\{"gemiddelde":3\.0,"aantal":2,"ontbrekend":1\},"oordeel":"voldoende"'
like "scoring: nvt counted as missing" "$T/scored" '"id":"timing".*"extern":\{"gemiddelde":3\.5,"aantal":2,"ontbrekend":1\}'
like "scoring: a mean of exactly 4 is goed (groups weigh the same)" "$T/scored" '"id":"timing"[^]]*"oordeel":"goed"\}'
like "scoring: below 3 is onvoldoende" "$T/scored" '"id":"representatie"[^]]*"oordeel":"onvoldoende"\}'
like "scoring: two onvoldoende make the verdict onvoldoende" "$T/scored" '\],"oordeel":"onvoldoende","checklist"'
like "scoring: the verdict is a fout melding" "$T/scored" '"ernst":"fout","code":"oordeel-onvoldoende"'
like "scoring: a criterion onvoldoende is a melding" "$T/scored" \
  '"code":"criterium-onvoldoende","pad":"evaluatie.criteria","tekst":"Representatie en inclusiviteit is onvoldoende beoordeeld."'
run "pt-evaluate --strict -f $D/antwoorden.csv $D/plein.json"
is "scoring: --strict with a fout melding exits 1" "$rc" 1

# --- the verdict rule (Gennep) ------------------------------------------------
verdict() {
	printf 'groep,plan1,org1\nteam,%s,%s\n' "$1" "$2" > "$T/v.csv"
	run "pt-evaluate -f v.csv $D/plein.json"
	like "verdict: $3 ($1, $2)" "$T/out" "\\],\"oordeel\":\"$4\",\"checklist\""
}
verdict 5 2 "one onvoldoende offset by a goed is voldoende" voldoende
verdict 3 2 "one onvoldoende and no goed is onvoldoende" onvoldoende
verdict 5 3 "no onvoldoende and half goed is goed" goed
verdict 3 3 "no onvoldoende and no goed is voldoende" voldoende
printf 'groep,plan1,org1,rep1\nteam,5,2,2\n' > "$T/v.csv"
run "pt-evaluate -f v.csv $D/plein.json"
like "verdict: two onvoldoende are onvoldoende even with a goed" "$T/out" '\],"oordeel":"onvoldoende","checklist"'
like "verdict: an unanswered criterion is not judged" "$T/out" '"id":"doel","naam":"Doel","team":\{"gemiddelde":null,"aantal":0,"ontbrekend":0\},"extern":\{"gemiddelde":null,"aantal":0,"ontbrekend":0\},"oordeel":null'

# --- the gap between team and participants --------------------------------------
like "gap: three points is a melding" "$T/scored" \
  '"code":"kloof","pad":"evaluatie.criteria","tekst":"Trekker en organisatie: het team geeft gemiddeld 5, de deelnemers 2\. Dat verschil is de les die het vaakst gemist wordt'
like "gap: exactly one point is a melding" "$T/scored" '"tekst":"Timing: het team geeft gemiddeld 4,5, de deelnemers 3,5\.'
unlike "gap: half a point is none" "$T/scored" '"tekst":"Invloed: het team'
is "gap: three criteria apart" "$(grep -o '"code":"kloof"' "$T/scored" | wc -l | tr -d ' ')" 3
run "pt-evaluate --lang en -f $D/antwoorden.csv $D/plein.json"
like "gap: in English" "$T/out" '"tekst":"Lead and organisation: the team scores 5 on average, the participants 2\. That gap is the lesson most often missed'
like "--lang en: criterion names in English" "$T/out" '"id":"timing","naam":"Timing".*"id":"informatie","naam":"Access to information"'

# --- the ombudsman checklist: every item met and unmet -----------------------------
check() {	# file item voldaan bron
	like "checklist: $2 $3 from the $4 ($5)" "$1" "\"id\":\"$2\",\"voldaan\":$3,\"bron\":\"$4\""
}
for c in C1 C2; do check "$T/scored" $c true dossier plein.json; done
# Where the participants answered, their word goes before the plan's.
check "$T/scored" C3 true antwoorden "participants score 'what is fixed' 4"
check "$T/scored" C5 true antwoorden "participants score process and timeline 3.5"
check "$T/scored" C6 false antwoorden "participants score the contact 2, though the dossier names one"
like "checklist C6: the participants' mean, not the dossier's trekker" "$T/scored" \
  '"id":"C6","voldaan":false,"bron":"antwoorden","toelichting":"De deelnemers geven gemiddeld 2 \(3 antwoorden\): een vast aanspreekpunt\."'
check "$T/scored" C9 false antwoorden "participants score feedback 2, over the plan's letter after the decision"
like "checklist C9: the participants' mean, not the plan" "$T/scored" \
  '"id":"C9","voldaan":false,"bron":"antwoorden","toelichting":"De deelnemers geven gemiddeld 2 \(3 antwoorden\): teruggekoppeld wat met de inbreng is gedaan\."'
check "$T/scored" C4 true antwoorden "participants score timing 3.5"
check "$T/scored" C7 true antwoorden antwoorden.csv
check "$T/scored" C8 true antwoorden antwoorden.csv
check "$T/scored" C10 false antwoorden antwoorden.csv
like "checklist: the answers' mean is shown" "$T/scored" '"id":"C10","voldaan":false,"bron":"antwoorden","toelichting":"Gemiddeld 2,4 op ter2 \(5 antwoorden\)\."'
run "pt-evaluate $D/kaal.json"
cp "$T/out" "$T/kaal"
check "$T/kaal" C1 false dossier "strategie without a motivation"
check "$T/kaal" C2 false dossier "strategie without a step"
check "$T/kaal" C3 false dossier "no vastKader or openVoorInbreng"
check "$T/kaal" C4 false dossier "no activity before the decision"
check "$T/kaal" C5 false dossier "an activity without a week"
check "$T/kaal" C6 false dossier "no trekker or contact"
like "checklist: an unmet item is a melding" "$T/kaal" '"code":"checklist-niet-voldaan","pad":"evaluatie.checklist","tekst":"C6 \(een vast aanspreekpunt\) is niet voldaan\."'
run "pt-evaluate -f $D/laag.csv $D/vooraf.json"
cp "$T/out" "$T/vooraf"
check "$T/vooraf" C9 false dossier "no activity at or after the decision"
printf '{"pt":1,"voorstel":{"id":"t"},"plan":{"activiteiten":[{"werkvorm":"nieuwsbrief","moment":"terugkoppeling","week":-2}]}}\n' > "$T/tk.json"
run "pt-evaluate tk.json"
check "$T/out" C9 true dossier "an activity whose moment is terugkoppeling"
# The issue's case: a reactienota planned, participants score feedback 2,3.
printf 'groep,ter1\nextern,2\nextern,3\nextern,2\nteam,5\n' > "$T/ter.csv"
printf '{"pt":1,"voorstel":{"id":"t"},"plan":{"activiteiten":[{"werkvorm":"reactienota","week":2}]}}\n' > "$T/rn.json"
run "pt-evaluate -f ter.csv rn.json"
check "$T/out" C9 false antwoorden "a planned reactienota, participants score 2,33"
like "checklist C9: the mean given" "$T/out" '"toelichting":"De deelnemers geven gemiddeld 2,33 \(3 antwoorden\)'
like "checklist C9 not met: a melding" "$T/out" '"tekst":"C9 \(teruggekoppeld wat met de inbreng is gedaan\) is niet voldaan\."'
printf 'groep,ter1\nteam,5\n' > "$T/team.csv"
run "pt-evaluate -f team.csv rn.json"
check "$T/out" C9 true dossier "only the team answered: the plan speaks"
# The opbrengst: dates actually held, feedback actually given.
printf '{"pt":1,"voorstel":{"id":"t","datumBesluit":"2027-06-15"},"plan":{"activiteiten":[{"werkvorm":"inloop","week":-4}]},"opbrengst":{"activiteiten":[{"werkvorm":"inloop","datum":"2027-07-01"}],"punten":[{"inbreng":"A"}],"terugkoppeling":"brief"}}\n' > "$T/laat.json"
run "pt-evaluate laat.json"
check "$T/out" C4 false opbrengst "held after the decision, though planned before"
like "checklist C4: the dates said" "$T/out" '"toelichting":"De eerste activiteit was pas op 2027-07-01, op of na het besluit \(2027-06-15\)\."'
check "$T/out" C9 true opbrengst "the opbrengst says how feedback was given"
check "$T/out" C8 true opbrengst "the opbrengst records the input"
sed 's/2027-07-01/2027-03-01/; s/,"terugkoppeling":"brief"//' "$T/laat.json" > "$T/op-tijd.json"
run "pt-evaluate op-tijd.json"
check "$T/out" C4 true opbrengst "held before the decision"
check "$T/out" C9 false opbrengst "an opbrengst without feedback"
printf 'groep,tim1\nextern,1\n' > "$T/tim.csv"
run "pt-evaluate -f tim.csv op-tijd.json"
check "$T/out" C4 true opbrengst "dates held go before the answers"
check "$T/vooraf" C7 false antwoorden "information scored 2"
check "$T/vooraf" C8 false antwoorden "input recorded scored 2.5"
check "$T/vooraf" C10 true antwoorden "told the decision scored 4.5"
check "$T/vooraf" C1 true dossier "the voorstel's motivatie"
printf '{"pt":1,"voorstel":{"id":"x"}}\n' > "$T/alleen.json"
run "pt-evaluate -f $D/laag.csv alleen.json"
check "$T/out" C4 true antwoorden "no plan: the answers decide"
like "checklist: no answers, no judgement" "$T/out" '"id":"C2","voldaan":null,"bron":"antwoorden","toelichting":"Het dossier zegt het niet en er zijn geen antwoorden op inv2\."'

# --- planned against actual ---------------------------------------------------
like "actual: hours column added up (30 + 42,5)" "$T/scored" '"werkelijk":\{"uren":72\.5,"kostenEur":null\}'
like "actual: ratio to the plan" "$T/scored" '"verhouding":\{"uren":1\.21,"kostenEur":null\}'
like "actual: an overrun is a melding" "$T/scored" '"code":"overschrijding","pad":"evaluatie.werkelijk","tekst":"De werkelijke uren zijn 1,21 keer de geplande\."'
run "pt-evaluate -f $D/antwoorden.csv --uren 50 --kosten 4200 $D/plein.json"
like "actual: --uren overrides the column, --kosten given" "$T/out" \
  '"gepland":\{"uren":60,"kostenEur":3500\},"werkelijk":\{"uren":50\.0,"kostenEur":4200\.0\},"verhouding":\{"uren":0\.83,"kostenEur":1\.2\}'
unlike "actual: under plan, no melding for hours" "$T/out" 'werkelijke uren'
like "actual: costs over plan, a melding" "$T/out" 'De werkelijke kosten zijn 1,2 keer de geplande'
run "pt-evaluate --kosten '€ 4.200,00' $D/plein.json | jq -c .evaluatie.werkelijk.kostenEur"
is "actual: --kosten '€ 4.200,00', Dutch thousands" "$(cat "$T/out")" 4200
run "pt-evaluate --kosten '1,250.50' --uren 12,5 $D/plein.json | jq -c '.evaluatie.werkelijk | [.uren, .kostenEur]'"
is "actual: --kosten '1,250.50' --uren 12,5" "$(cat "$T/out")" '[12.5,1250.5]'
printf 'groep;uren;kosten\nteam;1.000,5;1.250,50\nteam;2,5;"\342\202\254 1.000.000"\n' > "$T/nl.csv"
run "pt-evaluate -f nl.csv $D/plein.json | jq -c '.evaluatie.werkelijk | [.uren, .kostenEur]'"
is "actual: columns in Dutch notation added up" "$(cat "$T/out")" '[1003,1001250.5]'
run "pt-evaluate --uren 10 alleen.json"
like "actual: no plan, no ratio" "$T/out" '"gepland":\{"uren":null,"kostenEur":null\},"werkelijk":\{"uren":10\.0,"kostenEur":null\},"verhouding":\{"uren":null,"kostenEur":null\}'

# --- lessons -------------------------------------------------------------------
like "lessons: three most frequent per group, team first" "$T/scored" \
  '"valkuilen":\["Eerder beginnen met de bewonersbrief","Meer tijd voor terugkoppeling","We hoorden niets meer na de avond","Bel me gerust op \[…\] of mail \[…\]","De avond was te laat"\]'
unlike "lessons: a fourth remark of a group is left out" "$T/scored" 'parkeren'
like "lessons: success factors, the same remark counted once" "$T/scored" \
  '"succesfactoren":\["Goede opkomst bij het atelier","Duidelijke tekeningen","Fijn dat \[…\] steeds bereikbaar was"\]'
run "pt-evaluate --les 'Begin met de omwonenden' --les 'Plan de terugkoppeling mee' $D/plein.json"
like "lessons: --les as the user's own" "$T/out" '"eigen":\["Begin met de omwonenden","Plan de terugkoppeling mee"\]'

# --- responses for several proposals -----------------------------------------------
run "pt-evaluate -f $D/voorstellen.csv $D/plein.json $D/vooraf.json $D/kaal.json"
is "voorstel column: exit 0" "$rc" 0
is "voorstel column: rows go to their own proposal" "$(grep -o '"respondenten":{[^}]*}' "$T/out" | tr '\n' ' ')" \
  '"respondenten":{"team":1,"extern":1} "respondenten":{"team":0,"extern":1} "respondenten":{"team":0,"extern":0} '
like "voorstel column: a proposal without answers gets an info melding" "$T/out" \
  '"ernst":"info","code":"geen-antwoorden","pad":"evaluatie.respondenten","tekst":"Het antwoordbestand heeft geen antwoorden voor voorstel '"'"'CV-KAAL'"'"'\."'

# --- bad response files ----------------------------------------------------------
bad() {	# name csv message
	printf "$2" > "$T/bad.csv"
	run "pt-evaluate -f bad.csv $D/plein.json"
	is "bad responses, $1: exit 3" "$rc" 3
	is "bad responses, $1: message" "$(cat "$T/err")" "$3"
	is "bad responses, $1: no output" "$(wc -c < "$T/out" | tr -d ' ')" 0
}
bad "a score of 6" 'groep,plan1,org1\nteam,4,5\nextern,6,3\n' \
  "pt-evaluate: bad.csv:3: question 'plan1': score '6' is not 1 to 5; leave the cell empty when there is no answer"
bad "an unknown question" 'groep,plan1,lievelingskleur\nteam,4,blauw\n' \
  "pt-evaluate: bad.csv:1: unknown column 'lievelingskleur': not a question of the questionnaire nor a known column (groep, voorstel, naam, voornaam, achternaam, email, telefoon, uren, kosten, wat ging goed, wat kan beter); rename it, remove it or use --questions"
bad "a ragged row" 'groep,plan1,org1\nteam,4,5\nextern,3\n' \
  "pt-evaluate: bad.csv:3: row 3 has 2 fields, the header has 3"
bad "an unknown group" 'groep,plan1\nwethouder,4\n' \
  "pt-evaluate: bad.csv:2: groep 'wethouder': use team or extern"
bad "no groep column" 'plan1\n4\n' \
  "pt-evaluate: bad.csv:1: no column 'groep/group/rol/role' in the header"
bad "a question twice" 'groep,plan1,Plan1\nteam,4,4\n' \
  "pt-evaluate: bad.csv:1: question 'plan1' has two columns"
bad "hours not a number" 'groep,uren\nteam,veel\n' \
  "pt-evaluate: bad.csv:2: column uren: 'veel' is not a number (write e.g. 12 or 2.5)"
bad "costs ambiguous" 'groep;kosten\nteam;1.250,50\nteam;"1,000"\n' \
  "pt-evaluate: bad.csv:3: column kosten: '1,000' is ambiguous: write 1000 if ',' separates thousands, or 1,0 if it is the decimal sign"
bad "costs in groups of two" 'groep;kosten\nteam;1.25,50\n' \
  "pt-evaluate: bad.csv:2: column kosten: '1.25,50' is not a number: thousands go in groups of three, as in 1.250.000 or 1.250,50"
bad "a row without its voorstel" 'voorstel,groep,plan1\n,team,4\n' \
  "pt-evaluate: bad.csv:2: no voorstel id in this row; fill it in, or drop the voorstel column"
run "pt-evaluate -f geen.csv $D/plein.json"
is "a missing response file: exit 4" "$rc" 4
like "a missing response file: named" "$T/err" '^pt-evaluate: geen.csv: cannot open'

# --- questions and thresholds replaceable ------------------------------------------
run "pt-evaluate --thresholds $D/datadir/evaluatie-drempels.csv -f $D/antwoorden.csv $D/plein.json"
like "--thresholds: goed from 4.5 makes timing voldoende" "$T/out" '"id":"timing"[^]]*"oordeel":"voldoende"\}'
run "PT_DATA_DIR=$D/datadir pt-evaluate -f $D/antwoorden.csv $D/plein.json"
unlike "PT_DATA_DIR: a file there replaces the built-in one" "$T/out" '"id":"timing"[^]]*"oordeel":"goed"\}'
printf 'sleutel,waarde\ngoed,hoog\n' > "$T/d.csv"
run "pt-evaluate --thresholds d.csv $D/plein.json"
is "--thresholds not a number: exit 3" "$rc" 3
is "--thresholds not a number: message" "$(cat "$T/err")" "pt-evaluate: d.csv:2: goed: 'hoog' is not a number (write e.g. 12 or 2.5)"
run "pt-evaluate --questions $D/vragen-kort.csv -f $D/kort.csv $D/plein.json"
like "--questions: own criteria, questions matched by their text (s2 not asked of the team)" "$T/out" '"criteria":\[\{"id":"sfeer","naam":"Sfeer","team":\{"gemiddelde":4\.0,"aantal":1,"ontbrekend":0\},"extern":\{"gemiddelde":4\.0,"aantal":2,"ontbrekend":0\},"oordeel":"goed"\}\],"oordeel":"goed"'
printf 'vraag,criterium,groep,nl,en\nq1,c,team,Vraag,Question\nq1,c,team,Nog eens,Again\n' > "$T/q.csv"
run "pt-evaluate --questions q.csv $D/plein.json"
is "--questions with a duplicate: exit 3" "$rc" 3
is "--questions with a duplicate: message" "$(cat "$T/err")" "pt-evaluate: q.csv:3: question 'q1' appears twice"

# --- the case archive ------------------------------------------------------------------
run "pt-evaluate -f $D/antwoorden.csv --kosten 3000 --les 'Begin vroeg' --archive cases.jsonl $D/plein.json > /dev/null"
is "archive: exit 0" "$rc" 0
is "archive: one case" "$(wc -l < "$T/cases.jsonl" | tr -d ' ')" 1
like "archive: the keys pt-plan reads, in order" "$T/cases.jsonl" \
  '^\{"id":"CV-2027-014","titel":"Herinrichting Pancratiusplein","soort":"raadsvoorstel","schaal":"buurt","ladder":"burgerparticipatie","trede":"adviseren","werkvormen":\["bewonersbrief","ontwerpatelier"\],"gepland":\{"uren":60,"kostenEur":3500\},"werkelijk":\{"uren":72\.5,"kostenEur":3000\.0\},"oordeel":"onvoldoende","lessen":\["Begin vroeg","Eerder beginnen met de bewonersbrief",'
run "pt-evaluate --archive cases.jsonl $D/vooraf.json > /dev/null && pt-evaluate --les 'Tweede ronde' --archive cases.jsonl $D/plein.json > /dev/null"
is "archive: another id added, the same id replaced" "$(wc -l < "$T/cases.jsonl" | tr -d ' ')" 2
like "archive: the replaced case keeps its place" "$T/cases.jsonl" '^\{"id":"CV-2027-014",.*"lessen":\["Tweede ronde"\]\}$'
like "archive: the other case kept" "$T/cases.jsonl" '^\{"id":"CV-VOORAF"'
unlike "archive: the old line is gone" "$T/cases.jsonl" 'Begin vroeg'

# No personal data: no name, e-mail address or phone number of the response file.
run "pt-evaluate -f $D/antwoorden.csv --archive privacy.jsonl $D/plein.json"
# Every name (its words of three letters or more), e-mail address and phone
# number in antwoorden.csv, in its columns or in a remark.
printf '%s\n' Anouk Vries anouk.devries@heerlen.example 06-12345678 Pieter Janssen \
  p.janssen@heerlen.example '045 560 4444' Fatima Amrani f.elamrani@voorbeeld.nl \
  '+31 45 123 4567' Jan Hendriks '06 98765432' > "$T/personal"
is "privacy: the fixture holds each of them" \
  "$(while read -r p; do grep -qF -- "$p" "$D/antwoorden.csv" && echo "$p"; done < "$T/personal" | wc -l | tr -d ' ')" 15
if grep -F -i -w -f "$T/personal" "$T/privacy.jsonl" > "$T/leak"; then fail "privacy: none in the archive"; sed 's/^/#   /' "$T/leak"; else pass "privacy: none in the archive"; fi
grep -o '"evaluatie":.*' "$T/out" > "$T/ev"
if grep -F -i -w -f "$T/personal" "$T/ev" > "$T/leak"; then fail "privacy: none in the evaluatie section"; sed 's/^/#   /' "$T/leak"; else pass "privacy: none in the evaluatie section"; fi
unlike "privacy: no phone number in a remark" "$T/privacy.jsonl" '98765432|[0-9]{8}'
unlike "privacy: no e-mail address in a remark" "$T/privacy.jsonl" '@'

# Personal data that got past the old redaction (issue 20.7): the
# documented voornaam and achternaam columns, names in capitals and with
# accents, two letters, inflected; phone numbers with U+2011 and in
# full-width digits; postcode and address; e-mail with [at]; and --les.
cat > "$T/pd.csv" <<'EOF'
voornaam;achternaam;e-mailadres;groep;ter1;wat ging goed;wat kan beter
José;Öztürk;jo@voorbeeld.nl;extern;3;"JOSÉ hielp veel";"ÖZTÜRK belde niet terug"
Bo;Pieter;;extern;4;"Pieters uitleg was goed";"bel 06‑1234 5678 of ０６１２３４５６７８"
Li;Na;;extern;4;"Postcode 6411 AB; adres Pancratiusplein 12";"mail li.na[at]voorbeeld.nl"
Ed;Bo;;extern;4;"Bo regelde koffie";"Ed kwam te laat"
EOF
run "pt-evaluate -f pd.csv --les 'Bel Bo op 0612345678' --les 'Begin eerder' --archive pd.jsonl $D/plein.json"
is "privacy: voornaam and achternaam columns accepted" "$rc" 0
cat "$T/out" "$T/pd.jsonl" "$T/err" > "$T/pd-all"
for planted in José JOSÉ Öztürk ÖZTÜRK Pieters Bo Ed '1234 5678' '１２３４５６７８' 0612345678 6411 'Pancratiusplein 12' li.na '\[at\]' voorbeeld.nl; do
	if grep -E -q -w -- "$planted" "$T/pd-all"; then
		fail "privacy: planted '$planted' in no output"
		grep -E -w -o -- ".{0,30}$planted.{0,10}" "$T/pd-all" | head -3 | sed 's/^/#   /'
	else
		pass "privacy: planted '$planted' in no output"
	fi
done
like "privacy: a --les with personal data is a melding" "$T/out" \
  '"code":"persoonsgegevens-verwijderd","pad":"evaluatie.lessen.eigen\[0\]","tekst":"Persoonsgegevens \(naam, telefoonnummer\) zijn uit les 1 gehaald'
like "privacy: the dossier keeps the lesson, cleared" "$T/out" '"eigen":\["Bel \[…\] op \[…\]","Begin eerder"\]'
like "privacy: a cleared lesson goes to the archive" "$T/pd.jsonl" '"lessen":\["Begin eerder"'
unlike "privacy: what could not be cleared is withheld from the archive" "$T/pd.jsonl" '…'
like "privacy: lessons from the remarks stay in the dossier, cleared" "$T/out" '"valkuilen":\[.*"\[…\] belde niet terug"'

# A capital in the middle of a sentence may be a name nobody listed: not
# published, unless the proposal's own title and place, or the list of
# common terms (geen-namen.csv), have the word.
run "pt-evaluate --les 'Fijn dat Henk steeds bereikbaar was' --les 'Het Pancratiusplein werkte goed als plek' --les 'Betrek de Wijkraad eerder' --archive caps.jsonl $D/plein.json"
like "privacy: an unlisted capital stays in the dossier" "$T/out" '"eigen":\["Fijn dat Henk steeds bereikbaar was",'
like "privacy: the proposal's own place and a common term are published" "$T/caps.jsonl" \
  '"lessen":\["Het Pancratiusplein werkte goed als plek","Betrek de Wijkraad eerder"'
unlike "privacy: a capital that may be a name is withheld from the archive" "$T/caps.jsonl" 'Henk'
mkdir -p "$T/data"
printf 'woord\nHenk\n' > "$T/data/geen-namen.csv"
run "PT_DATA_DIR=$T/data pt-evaluate --les 'Fijn dat Henk steeds bereikbaar was' --archive caps2.jsonl $D/plein.json"
like "privacy: PT_DATA_DIR/geen-namen.csv overrides the list" "$T/caps2.jsonl" '"lessen":\["Fijn dat Henk'

# 20 writers at once: 20 valid cases, none lost.
i=1
while [ $i -le 20 ]; do
	sed "s/CV-2027-014/CASE-$i/" "$D/plein.json" > "$T/c$i.json"
	i=$((i + 1))
done
run 'i=1; while [ $i -le 20 ]; do pt-evaluate -f '"$D"'/antwoorden.csv --archive shared.jsonl c$i.json > /dev/null & i=$((i + 1)); done; wait'
is "concurrent: 20 lines" "$(wc -l < "$T/shared.jsonl" | tr -d ' ')" 20
is "concurrent: 20 different ids" "$(grep -o '^{"id":"CASE-[0-9]*"' "$T/shared.jsonl" | sort -u | wc -l | tr -d ' ')" 20
if [ -x $PY ]; then
	$PY -c 'import json,sys
n = 0
for line in open(sys.argv[1]):
    c = json.loads(line)
    assert list(c) == ["id","titel","soort","schaal","ladder","trede","werkvormen","gepland","werkelijk","oordeel","lessen"], list(c)
    n += 1
print(n)' "$T/shared.jsonl" > "$T/n" 2>&1
	is "concurrent: every line a valid case" "$(cat "$T/n")" 20
fi
is "concurrent: no temp file left" "$(ls "$T" | grep -c 'shared.jsonl.tmp')" 0

# A planted lock link must not create or touch its target (issue 20.6).
run "ln -s victim planted.jsonl.lock && pt-evaluate --archive planted.jsonl $D/plein.json > /dev/null"
is "archive: a symlinked lock file is refused, exit 4" "$rc" 4
like "archive: a symlinked lock file: says what to do" "$T/err" "planted.jsonl.lock: the lock file is a symbolic link; pt makes no such link: remove it"
is "archive: the lock link's target is not created" "$(ls "$T" | grep -c '^victim$')" 0
is "archive: nothing written beside it" "$(ls "$T" | grep -c '^planted.jsonl')" 1
# An archive path that links to the shared archive writes through the link.
run "mkdir -p central && pt-evaluate --archive central/all.jsonl $D/vooraf.json > /dev/null && ln -s central/all.jsonl mine.jsonl && pt-evaluate --archive mine.jsonl $D/plein.json > /dev/null"
is "archive: through a symlink: exit 0" "$rc" 0
is "archive: the link stays a link" "$(test -L "$T/mine.jsonl" && echo link)" link
is "archive: the shared archive got the case" "$(wc -l < "$T/central/all.jsonl" | tr -d ' ')" 2
is "archive: the lock is the shared archive's" "$(ls "$T" | grep -c '^mine.jsonl.lock$')" 0
run "ln -s nowhere/x.jsonl dangling.jsonl && pt-evaluate --archive dangling.jsonl $D/plein.json > /dev/null"
is "archive: a link to nothing is refused, exit 4" "$rc" 4
like "archive: a link to nothing: says what to do" "$T/err" "dangling.jsonl: a symbolic link to an archive that is not there"
is "archive: a link to nothing stays as it was" "$(readlink "$T/dangling.jsonl")" nowhere/x.jsonl
run "mkdir adir.jsonl && pt-evaluate --archive adir.jsonl $D/plein.json > /dev/null"
is "archive: a directory is refused, exit 4" "$rc" 4
run "pt-evaluate --archive - $D/plein.json"
is "archive: --archive - is a usage error" "$rc" 2

# Interrupted while writing a large archive: no temp file left behind,
# and the archive is the old one or the new one (issue 20.10).
awk 'BEGIN { for (i = 0; i < 300000; i++) printf "{\"id\":\"OLD-%d\",\"titel\":\"Oud voorstel %d met een wat langere titel\",\"lessen\":[]}\n", i, i }' > "$T/big.jsonl"
for signum in TERM:15 INT:2; do
	sig=${signum%:*}
	cp "$T/big.jsonl" "$T/big-$sig.jsonl"
	# A shell starts background jobs with SIGINT ignored: undo that.
	(cd "$T" && exec $PY -c 'import os, signal, sys
signal.signal(signal.SIGINT, signal.SIG_DFL)
os.execvp(sys.argv[1], sys.argv[1:])' pt-evaluate --archive "big-$sig.jsonl" "$D/plein.json" > /dev/null 2>&1) &
	pid=$!
	sleep 0.3
	kill -$sig $pid 2>/dev/null
	wait $pid
	is "archive: SIG$sig ends the run" "$?" $((128 + ${signum#*:}))
	is "archive: SIG$sig leaves no temp file" "$(ls "$T" | grep -c "^big-$sig.jsonl.")" 1
	lines=$(wc -l < "$T/big-$sig.jsonl" | tr -d ' ')
	if [ "$lines" = 300000 ] || [ "$lines" = 300001 ]; then pass "archive: $sig: the old archive or the new one"; else fail "archive: $sig: the old archive or the new one ($lines lines)"; fi
done

run "printf 'kapot\n' > broken.jsonl && pt-evaluate --archive broken.jsonl $D/plein.json > /dev/null"
is "archive: a broken line is exit 3" "$rc" 3
is "archive: a broken line named" "$(cat "$T/err")" \
  "pt-evaluate: broken.jsonl:1: not an archive case (a JSON object with an id); fix or remove the line"
is "archive: a broken archive left as it was" "$(cat "$T/broken.jsonl")" "kapot"
run "pt-evaluate --archive a.jsonl alleen.json $D/plein.json > /dev/null; printf '{\"pt\":1,\"voorstel\":{}}\n' > noid.json; pt-evaluate --archive b.jsonl noid.json"
is "archive: a dossier without an id is exit 3" "$rc" 3
is "archive: a dossier without an id named" "$(cat "$T/err")" \
  "pt-evaluate: noid.json:1: voorstel.id is missing: the archive keeps cases by id (run pt-paragraph first)"
is "archive: nothing written when the run stops at bad input" "$(ls "$T" | grep -c '^b.jsonl$')" 0
is "archive: two cases from one run" "$(wc -l < "$T/a.jsonl" | tr -d ' ')" 2

# --- the section and the archive lines match schema/evaluatie.schema.json -------
if $PY -c 'import jsonschema' 2>/dev/null; then
	cat "$T/scored" "$T/kaal" "$T/vooraf" > "$T/all.jsonl"
	$PY -c 'import json, sys, jsonschema
s = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(s)
ev = jsonschema.Draft202012Validator(s)
case = jsonschema.Draft202012Validator(s["$defs"]["archiefregel"], resolver=jsonschema.RefResolver.from_schema(s))
bad = [e.message for l in open(sys.argv[2]) for e in ev.iter_errors(json.loads(l)["evaluatie"])]
bad += [e.message for l in open(sys.argv[3]) for e in case.iter_errors(json.loads(l))]
print("\n".join(bad[:5]) or "valid")' "$top/schema/evaluatie.schema.json" "$T/all.jsonl" "$T/shared.jsonl" > "$T/schema" 2>&1
	is "schema: evaluatie sections and archive lines are valid" "$(cat "$T/schema")" valid
fi

# --- a spreadsheet with every question: a question not asked of a group ------
# plan2 is a team question and rep2 an extern one; their empty cells in the other
# group's rows are not missing answers (Excel export: BOM, ';', CRLF).
printf '\357\273\277groep;plan1;plan2;rep1;rep2\r\nteam;4;5;4;\r\nextern;2;;3;nvt\r\n' > "$T/alle.csv"
run "pt-evaluate -f alle.csv $D/plein.json"
is "all questions in one sheet: exit 0" "$rc" 0
like "team: rep2 not asked, so nothing missing" "$T/out" \
  '"id":"representatie","naam":"Representatie en inclusiviteit","team":\{"gemiddelde":4\.0,"aantal":1,"ontbrekend":0\}'
like "extern: plan2 not asked, so nothing missing; rep2 nvt is" "$T/out" \
  '"id":"participatieplan","naam":"Participatieplan","team":\{"gemiddelde":4\.5,"aantal":2,"ontbrekend":0\},"extern":\{"gemiddelde":2\.0,"aantal":1,"ontbrekend":0\}'
like "extern: the nvt on rep2 is missing" "$T/out" \
  '"id":"representatie",[^}]*\},"extern":\{"gemiddelde":3\.0,"aantal":1,"ontbrekend":1\}'

# --- the examples of pt-evaluate(1) ------------------------------------------------------
run "pt-evaluate --template --groep extern > vragen-extern.csv"
is "man example: template" "$rc" 0
run "cp $D/plein.json dossier.json && cp $D/antwoorden.csv antwoorden.csv && pt-evaluate -f antwoorden.csv --uren 70 --les 'Begin eerder' --archive cases.jsonl dossier.json > geevalueerd.json"
is "man example: evaluate and archive" "$rc" 0
run "cp $D/plein.json dossier.json && pt-evaluate --lang en dossier.json"
is "man example: without answers" "$rc" 0
# --- a lesson keeps no personal data as people type it -----------------------------
run "pt-evaluate --les 'Mail naam (apenstaartje) gemeente punt nl of stort op NL91ABNA0417164300 in 6411 ab' $D/plein.json"
unlike "--les: no hidden e-mail, IBAN or lower-case postcode" "$T/out" 'apenstaartje|NL91ABNA|6411 ab'

done_testing
