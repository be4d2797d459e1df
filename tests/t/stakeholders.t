#!/bin/sh
# pt-stakeholders: the stakeholder analysis, through the real binary on real files.
. "$(dirname "$0")/../lib.sh"
D=$DATA/stakeholders
EX=$top/examples
# The names in the stakeholders section (what follows it holds no naam here).
names() { sed 's/.*"stakeholders":\[//' "$1" | grep -o '"naam":"[^"]*"' | sed 's/"naam":"//; s/"$//' | tr '\n' '|'; }

run "pt-stakeholders --help"
is "--help exits 0" "$rc" 0
like "--help shows usage on stdout" "$T/out" '^usage: pt-stakeholders'
run "pt-stakeholders --version"
like "--version" "$T/out" '^pt-stakeholders [0-9]'
run "pt-stakeholders --bogus < /dev/null"
is "unknown option: exit 2" "$rc" 2
run "pt-stakeholders --drempel 6 < /dev/null"
is "--drempel 6: exit 2" "$rc" 2
like "--drempel 6: says why" "$T/err" "^pt-stakeholders: --drempel: give a whole number from 1 to 5, not '6'"
run "pt-stakeholders --drempel x < /dev/null"
is "--drempel x: exit 2" "$rc" 2
run "pt-stakeholders --lang fr < /dev/null"
is "--lang fr: exit 2" "$rc" 2
run "pt-stakeholders -f a.csv -f b.csv < /dev/null"
is "two -f: exit 2" "$rc" 2
run "pt-stakeholders --delimiter : -f a.csv < /dev/null"
is "bad --delimiter: exit 2" "$rc" 2

# CSV with ";", a BOM, CRLF, Dutch headers, a quoted field over two lines,
# and a row of bare delimiters at the end (skipped).
run "pt-stakeholders -f $D/nl-bom-crlf.csv $D/buurt.json"
is "nl CSV: exit 0" "$rc" 0
like "nl CSV: first column read past the BOM" "$T/out" '"naam":"Wijkraad Molenberg","groep":"bewonersorganisatie","invloed":4,"belang":4,"houding":"voor","legitiem":true,"urgent":false,"contact":"wijkraad@example.org"'
like "nl CSV: quoted field with doubled quotes and a line break" "$T/out" '"opmerking":"zegt: \\"eerst praten\\"\\r\\nmet de buurt"'
like "nl CSV: tags split on ';' inside quotes" "$T/out" '"naam":"Omwonenden","groep":"omwonenden","tags":\["jongeren","ouderen"\]'
like "nl CSV: hoog and laag are 5 and 1" "$T/out" '"naam":"Afdeling Sport","groep":"intern","invloed":5,"belang":1'
unlike "nl CSV: no CR left in an empty last field" "$T/out" '"opmerking":"\\r"'
unlike "nl CSV: every group of a buurt present" "$T/out" 'ontbrekende-groep","pad":"stakeholders","tekst":"[^"]*schaal en soort'
like "nl CSV: the topic (speelplek: spelen) asks for children" "$T/out" 'groep kinderen \(kinderen\): het thema spelen raakt hen meestal'
like "nl CSV: the internal team is a partner, without a step" "$T/out" '"naam":"Afdeling Sport",[^}]*"rol":"partner","aanpak":"Een partner binnen de gemeente[^"]*"\}'
is "nl CSV: priority order" "$(names "$T/out")" "Wijkraad Molenberg|Omwonenden|Afdeling Sport|"

# English headers and values.
run "pt-stakeholders -f $D/english.csv $D/buurt.json"
is "en CSV: exit 0" "$rc" 0
like "en CSV: labels become codes, low/high/medium 1/5/3" "$T/out" '"naam":"Neighbours","groep":"omwonenden","tags":\["jongeren"\],"invloed":1,"belang":5,"houding":"tegen","legitiem":true,"urgent":true,"opmerking":"worried about noise"'
like "en CSV: in favour is voor" "$T/out" '"naam":"Housing association","groep":"woningcorporatie","invloed":5,"belang":3,"houding":"voor"'

# JSON: an array, and JSON Lines, give the same.
run "pt-stakeholders -f $D/lijst.json $D/buurt.json > a; pt-stakeholders -f $D/lijst.jsonl $D/buurt.json > b"
is "JSON: exit 0" "$rc" 0
same "JSON array and JSON Lines give the same" "$T/a" "$T/b"
like "JSON: English keys and text values read" "$T/a" '"naam":"Omwonenden","groep":"omwonenden","tags":\["jongeren","ouderen"\],"invloed":2,"belang":5,"houding":"tegen","legitiem":true,"urgent":true'

# Merging: by folded name, the file winning per field, the rest kept.
run "pt-stakeholders -f $D/dubbel.csv $D/merge.json"
is "merge: exit 0" "$rc" 0
like "merge: file fields win, dossier fields stay, first spelling, unknown key kept" "$T/out" '"naam":"Wijkraad Molenberg","groep":"bewonersorganisatie","invloed":2,"belang":4,"houding":"tegen","legitiem":false,"urgent":false,"contact":"oud@example.org","opmerking":"uit het dossier","kwadrant":"consulteren","salience":"geen","rol":"deelnemer","aanpak":"[^"]*","trede":"raadplegen","kleur":"blauw"'
like "merge: a dossier-only stakeholder stays" "$T/out" '"naam":"Sportclub"'
like "merge: a file-only stakeholder is added" "$T/out" '"naam":"Omwonenden","groep":"omwonenden","invloed":2,"belang":5'
is "merge: three stakeholders, influence plus interest breaking the tie" "$(names "$T/out")" "Omwonenden|Wijkraad Molenberg|Sportclub|"
like "duplicate in the file: a melding with count, file and line" "$T/out" "\"ernst\":\"waarschuwing\",\"code\":\"dubbele-stakeholder\",\"pad\":\"stakeholders\",\"tekst\":\"'Wijkraad Molenberg' staat 2 keer in $D/dubbel.csv \\(vanaf regel 2\\); de rijen zijn samengevoegd, de laatste wint per veld\",\"bron\":\"pt-stakeholders\""

# A duplicate within the dossier: both kept, named once.
printf '{"pt":1,"voorstel":{"id":"X","locatie":{"schaal":"straat"}},"stakeholders":[{"naam":"Buren","groep":"omwonenden","invloed":1,"belang":1},{"naam":"BUREN ","invloed":5,"belang":5},{"naam":"buren","invloed":2,"belang":2},{"naam":"Gemeente","groep":"intern","invloed":5,"belang":5}]}\n' > "$T/dup.json"
run "pt-stakeholders dup.json"
is "dossier duplicate: exit 0" "$rc" 0
is "dossier duplicate: all kept, by priority" "$(names "$T/out")" "BUREN |buren|Buren|Gemeente|"
is "dossier duplicate: one melding" "$(grep -o '"dubbele-stakeholder"' "$T/out" | wc -l | tr -d ' ')" 1
like "dossier duplicate: says how often" "$T/out" "'BUREN ' staat 3 keer bij de stakeholders van het dossier"
run "pt-stakeholders -f $D/dubbel.csv dup.json | pt-stakeholders -f $D/dubbel.csv > twice; pt-stakeholders -f $D/dubbel.csv dup.json > once"
same "dossier duplicate: a rerun gives the same bytes" "$T/twice" "$T/once"

# Batch: rows with a voorstel column go to that dossier, the rest to all.
run "pt-stakeholders -f $D/batch.csv $D/twee.jsonl"
is "batch: exit 0" "$rc" 0
sed -n 1p "$T/out" > "$T/cv1"; sed -n 2p "$T/out" > "$T/cv2"; sed -n 3p "$T/out" > "$T/cv0"
is "batch: CV-1 gets its own rows and the general one (partners last)" "$(names "$T/cv1")" "Omwonenden Molenberg|Afdeling Openbare Ruimte|"
like "batch: the dossier's own row wins over the general one" "$T/cv1" '"naam":"Afdeling Openbare Ruimte","groep":"intern","invloed":5,"belang":5,"houding":"voor","legitiem":true,"urgent":true'
is "batch: CV-2 gets its own" "$(names "$T/cv2")" "Fietsersbond|Afdeling Openbare Ruimte|"
like "batch: the general row as given for CV-2" "$T/cv2" '"naam":"Afdeling Openbare Ruimte","groep":"intern","invloed":4,"belang":3'
is "batch: a dossier without id gets the general rows only" "$(names "$T/cv0")" "Afdeling Openbare Ruimte|"
unlike "batch: a row for another dossier goes nowhere" "$T/out" 'Niemand'
unlike "batch: the voorstel column is not kept" "$T/out" '"voorstel":"CV'

# A voorstel that no dossier has: one warning on stderr per id, at its
# first row, in file order, after all input is read; the status stays 0.
cp "$D/batch.csv" "$D/twee.jsonl" "$T/"
run "pt-stakeholders -f batch.csv twee.jsonl > plain.out"
is "unmatched voorstel: exit 0" "$rc" 0
is "unmatched voorstel: named once, with file and row" "$(cat "$T/err")" \
  "pt-stakeholders: batch.csv:6: voorstel 'CV-3' matches no dossier in the input"
run "pt-stakeholders -f batch.csv twee.jsonl 2>/dev/null | jq -c '[.voorstel.id, [.stakeholders[].naam]]'"
is "unmatched voorstel: the dossiers as before (jq)" "$(cat "$T/out")" \
  '["CV-1",["Omwonenden Molenberg","Afdeling Openbare Ruimte"]]
["CV-2",["Fietsersbond","Afdeling Openbare Ruimte"]]
[null,["Afdeling Openbare Ruimte"]]'
printf 'voorstel;naam;invloed;belang\nCV-9;Z;1;1\nCV-1;A;2;2\n;Alle;3;3\nCV-10;Y;1;1\n"CV-9";X;1;1\nCV-9;Z;2;2\ncv-1;B;1;1\n' > "$T/typo.csv"
run "pt-stakeholders -f typo.csv twee.jsonl > /dev/null"
is "unmatched ids: exit 0" "$rc" 0
is "unmatched ids: each once, at its first row, in file order; ids match exactly" "$(cat "$T/err")" \
  "pt-stakeholders: typo.csv:2: voorstel 'CV-9' matches no dossier in the input
pt-stakeholders: typo.csv:5: voorstel 'CV-10' matches no dossier in the input
pt-stakeholders: typo.csv:8: voorstel 'cv-1' matches no dossier in the input"
run "pt-stakeholders --strict -f batch.csv twee.jsonl"
is "unmatched voorstel with --strict: still exit 0 (no fout melding)" "$rc" 0
like "unmatched voorstel with --strict: still said" "$T/err" "^pt-stakeholders: batch\\.csv:6: voorstel 'CV-3'"
printf '[{"naam":"A","invloed":1,"belang":1,"voorstel":"CV-1"},\n {"naam":"B","invloed":1,"belang":1,"voorstel":"CV-7"}]\n{"naam":"C","invloed":1,"belang":1,"proposal":"CV-8"}\n' > "$T/rows.json"
run "pt-stakeholders -f rows.json twee.jsonl > /dev/null"
is "unmatched voorstel in a JSON file: the line its JSON value starts on" "$(cat "$T/err")" \
  "pt-stakeholders: rows.json:1: voorstel 'CV-7' matches no dossier in the input
pt-stakeholders: rows.json:3: voorstel 'CV-8' matches no dossier in the input"
# A stream split in parts: each part warns about the others' ids, and the
# parts' output together is the whole run's.
printf '{"pt":1,"voorstel":{"id":"CV-3"}}\n' > "$T/cv3.jsonl"
cat "$T/twee.jsonl" "$T/cv3.jsonl" > "$T/drie.jsonl"
run "pt-stakeholders -f batch.csv drie.jsonl > whole.out"
is "the whole stream: no warning" "$(cat "$T/err")" ""
run "head -1 drie.jsonl | pt-stakeholders -f batch.csv > p1 && tail -n +2 drie.jsonl | pt-stakeholders -f batch.csv > p2"
is "split: exit 0" "$rc" 0
is "split: each part names the ids of the other" "$(cat "$T/err")" \
  "pt-stakeholders: batch.csv:4: voorstel 'CV-2' matches no dossier in the input
pt-stakeholders: batch.csv:6: voorstel 'CV-3' matches no dossier in the input
pt-stakeholders: batch.csv:3: voorstel 'CV-1' matches no dossier in the input"
run "cat p1 p2 > parts.out"
same "split: the parts' output is the whole run's" "$T/parts.out" "$T/whole.out"
# Bad input: a run that stops has not seen the rest, so it says nothing;
# with --keep-going it has, and a refused dossier's id was in the input.
printf '{"pt":1,"voorstel":{"id":"CV-1"}}\n{"pt":1,"voorstel":{"id":"CV-2"},"stakeholders":[{"naam":"Q","invloed":9,"belang":1}]}\n{"pt":1,"voorstel":{"id":"CV-4"}}\n' > "$T/stop.jsonl"
run "pt-stakeholders -f batch.csv stop.jsonl"
is "stopped at bad input: exit 3" "$rc" 3
is "stopped at bad input: only the error" "$(cat "$T/err")" \
  "pt-stakeholders: stop.jsonl:2: stakeholders[0].invloed: '9' is not a level (give 1 to 5, or laag, midden, hoog)"
is "stopped at bad input: the good dossier before it written (jq)" "$(jq -r .voorstel.id "$T/out")" "CV-1"
run "pt-stakeholders --keep-going -f batch.csv stop.jsonl"
is "--keep-going: exit 3" "$rc" 3
is "--keep-going: the error, then the id no dossier had" "$(cat "$T/err")" \
  "pt-stakeholders: stop.jsonl:2: stakeholders[0].invloed: '9' is not a level (give 1 to 5, or laag, midden, hoog)
pt-stakeholders: batch.csv:6: voorstel 'CV-3' matches no dossier in the input"
is "--keep-going: the good dossiers written (jq)" "$(jq -r .voorstel.id "$T/out" | tr '\n' ' ')" "CV-1 CV-4 "
# Memory stays flat as the stream grows: one flag per id of the file, not
# a list of the dossiers seen (not under the sanitizers or valgrind, whose
# own bookkeeping grows with every allocation).
if [ "$SANITIZE" != 1 ] && [ "$VALGRIND" != 1 ]; then
	gen() { awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++)
		printf "{\"pt\":1,\"voorstel\":{\"id\":\"CV-%d\",\"locatie\":{\"schaal\":\"stad\"}}}\n", i }'; }
	awk 'BEGIN { print "voorstel,naam,invloed,belang"; for (i = 0; i < 500; i++) printf "CV-%d,Partij %d,%d,%d\n", i, i, i % 5 + 1, (i + 2) % 5 + 1
		print "CV-x,Typo,1,1" }' > "$T/many.csv"
	gen 2000 > "$T/small.jsonl"
	gen 100000 > "$T/large.jsonl"
	a=$("$PT_BUILD/tools/runstat" "$T/small.jsonl" /dev/null "$PT_BIN/pt-stakeholders" -f "$T/many.csv" 2>"$T/err.small")
	b=$("$PT_BUILD/tools/runstat" "$T/large.jsonl" /dev/null "$PT_BIN/pt-stakeholders" -f "$T/many.csv" 2>"$T/err.large")
	ra=$(echo "$a" | sed -n 's/.*maxrss \([0-9]*\).*/\1/p')
	rb=$(echo "$b" | sed -n 's/.*maxrss \([0-9]*\).*/\1/p')
	is "memory: 100,000 dossiers in at most 1.2 times the peak of 2,000 ($ra, $rb KiB)" \
		"$(awk -v a="$ra" -v b="$rb" 'BEGIN { print (a > 0 && b <= 1.2 * a) ? "flat" : "grows" }')" flat
	is "memory: the typo named, after 100,000 dossiers" "$(grep -c . "$T/err.large")" 1
fi

# Every quadrant and every salience class, and the step each gets.
run "pt-stakeholders $D/alle.json"
is "all classes: exit 0" "$rc" 0
for want in \
  'Definitief","groep":"bewonersorganisatie","invloed":4,"belang":4,"houding":"onbekend","legitiem":true,"urgent":true,"kwadrant":"actief betrekken","salience":"definitief",.*"trede":"adviseren"' \
  'Dominant","groep":"ouderen","invloed":5,"belang":5,"houding":"onbekend","legitiem":true,"urgent":false,"kwadrant":"actief betrekken","salience":"dominant",.*"trede":"adviseren"' \
  'Gevaarlijk",.*"kwadrant":"tevreden houden","salience":"gevaarlijk","rol":"partner","aanpak":"Een partner[^"]*"\}' \
  'Slapend",.*"kwadrant":"tevreden houden","salience":"slapend",.*"trede":"informeren"' \
  'Discretionair",.*"kwadrant":"consulteren","salience":"discretionair",.*"trede":"raadplegen"' \
  'Afhankelijk",.*"kwadrant":"informeren","salience":"afhankelijk",.*"trede":"raadplegen"' \
  'Veeleisend",.*"kwadrant":"informeren","salience":"veeleisend",.*"trede":"raadplegen"' \
  'Geen","groep":"inwoners","invloed":1,"belang":1,"houding":"onbekend","legitiem":false,"urgent":false,"kwadrant":"informeren","salience":"geen",.*"trede":"informeren"'; do
	like "class ${want%%\"*}" "$T/out" "\"naam\":\"$want"
done
is "all classes: ordered by step, quadrant, salience" "$(names "$T/out")" \
  "Definitief|Dominant|Discretionair|Afhankelijk|Veeleisend|Slapend|Geen|Gevaarlijk|"
like "aanpak: the dependent group's advice" "$T/out" '"naam":"Afhankelijk".*"aanpak":"Informeer deze partij: [^"]*Zij is legitiem en urgent maar zonder macht \(vaak bewoners\)'
unlike "all classes: no missing groups for this stad plan" "$T/out" '"meldingen"'
run "pt-stakeholders --drempel 4 $D/alle.json"
like "--drempel 4: invloed 3 is low" "$T/out" '"naam":"Gevaarlijk",.*"kwadrant":"informeren","salience":"veeleisend"'
run "pt-stakeholders --lang en $D/alle.json"
like "--lang en: advice in English, codes stay Dutch" "$T/out" '"kwadrant":"actief betrekken","salience":"definitief","rol":"deelnemer","aanpak":"Involve this party early and closely'

# Missing groups, per schaal and soort, named in waarschuwing meldingen.
run "pt-stakeholders $D/buurt.json"
is "no stakeholders: exit 0" "$rc" 0
like "no stakeholders: an empty list" "$T/out" '"stakeholders":\[\]'
like "no stakeholders: a melding" "$T/out" '"code":"geen-stakeholders"'
unlike "internal departments are not demanded (issue 14)" "$T/out" 'interne afdelingen'
like "missing group named: omwonenden" "$T/out" '"ernst":"waarschuwing","code":"ontbrekende-groep","pad":"stakeholders","tekst":"Geen stakeholder uit de groep omwonenden: een plan van deze schaal en soort raakt hen meestal; ga na wie hen vertegenwoordigt en voeg die toe","bron":"pt-stakeholders"'
like "missing group named: wijkraad" "$T/out" 'groep buurtvereniging of wijkraad \(bewonersorganisatie\)'
is "missing groups: two for a buurt, three for play" "$(grep -o '"ontbrekende-groep"' "$T/out" | wc -l | tr -d ' ')" 5
like "hard to reach for play: newcomers, as info" "$T/out" '"ernst":"info","code":"moeilijk-bereikbare-groep","pad":"stakeholders","tekst":"Denk aan nieuwkomers en anderstaligen \(anderstaligen\)' 
run "pt-stakeholders --lang en $D/buurt.json"
like "missing group in English" "$T/out" 'No stakeholder from the group neighbours \(omwonenden\)'
printf '{"pt":1,"voorstel":{"soort":"omgevingsplan","locatie":{"schaal":"wijk"}},"stakeholders":[{"naam":"A","groep":"jongeren","tags":["ouderen","beperking","inwoners","intern"],"invloed":1,"belang":1},{"naam":"B","groep":"maatschappelijk","tags":"woningcorporatie; onderwijs; ondernemers; bewonersorganisatie","invloed":1,"belang":1}]}\n' > "$T/wijk.json"
run "pt-stakeholders wijk.json"
is "counted through groep and tags; the soort adds its own" "$(grep -o 'uit de groep [^:]*' "$T/out" | tr '\n' '|')" \
  "uit de groep natuur- en milieuorganisaties (natuur)|uit de groep hulpdiensten|"
printf '{"pt":1,"voorstel":{"locatie":{"schaal":"buurt"},"geenParticipatie":{"reden":"wettelijk verplicht"}}}\n' > "$T/geen.json"
run "pt-stakeholders geen.json"
unlike "no participation: no checklist" "$T/out" 'ontbrekende-groep'

# Running twice gives the same bytes as once; other sections and meldingen kept.
printf '{"zz":1,"pt":1,"voorstel":{"id":"CV-1","locatie":{"schaal":"buurt"}},"meldingen":[{"ernst":"info","code":"c","pad":"","tekst":"t","bron":"pt-paragraph"}],"plan":{"x":1}}\n' > "$T/keep.json"
run "pt-stakeholders -f $D/nl-bom-crlf.csv keep.json > once; pt-stakeholders -f $D/nl-bom-crlf.csv once > twice"
same "rerun with -f: same bytes" "$T/twice" "$T/once"
like "other keys kept in place, the section added" "$T/once" '^\{"zz":1,"pt":1,"voorstel":\{"id":"CV-1","locatie":\{"schaal":"buurt"\}\},"meldingen":\[\{"ernst":"info","code":"c","pad":"","tekst":"t","bron":"pt-paragraph"\}\],"plan":\{"x":1\},"stakeholders":\['
run "pt-stakeholders $D/buurt.json > once; pt-stakeholders once > twice"
same "rerun with meldingen only: same bytes" "$T/twice" "$T/once"
run "pt-stakeholders -f $D/batch.csv $D/twee.jsonl > once; pt-stakeholders -f $D/batch.csv once > twice"
same "rerun of a batch: same bytes" "$T/twice" "$T/once"
run "\"$PT_BUILD/tools/gendossiers\" 300 | pt-stakeholders -f $EX/stakeholders.csv > once; pt-stakeholders -f $EX/stakeholders.csv once > twice"
same "rerun of 300 generated dossiers: same bytes" "$T/twice" "$T/once"

# Bad values: input errors with file, line and what to give.
run "pt-stakeholders -f $D/invloed7.csv $D/buurt.json"
is "invloed 7 in -f: exit 3" "$rc" 3
is "invloed 7 in -f: message" "$(cat "$T/err")" \
  "pt-stakeholders: $D/invloed7.csv:3: invloed: '7' is not a level (give 1 to 5, or laag, midden, hoog)"
is "invloed 7 in -f: nothing written" "$(wc -c < "$T/out" | tr -d ' ')" 0
printf 'naam,groep,invloed,belang\nBuren,omwonenden,-1,3\n' > "$T/neg.csv"
run "pt-stakeholders -f neg.csv $D/buurt.json"
is "invloed -1 in -f: exit 3, not read as 1" "$rc" 3
is "invloed -1 in -f: message" "$(cat "$T/err")" \
  "pt-stakeholders: neg.csv:2: invloed: '-1' is not a level (give 1 to 5, or laag, midden, hoog)"
run "pt-stakeholders -f $D/houding.csv $D/buurt.json"
is "unknown houding in -f: exit 3" "$rc" 3
is "unknown houding in -f: message" "$(cat "$T/err")" \
  "pt-stakeholders: $D/houding.csv:2: houding: unknown value 'boos' (allowed: voor, twijfel, tegen, onbekend)"
printf '{"pt":1,"voorstel":{"id":"ok"}}\n{"pt":1,"stakeholders":[{"naam":"A","invloed":1,"belang":1},{"naam":"B","invloed":7,"belang":1}]}\n{"pt":1,"stakeholders":[{"naam":"C","invloed":1,"belang":1,"houding":"tgen"}]}\n{"pt":1,"voorstel":{"id":"after"}}\n' > "$T/bad.jsonl"
run "pt-stakeholders bad.jsonl"
is "invloed 7 in a dossier: exit 3" "$rc" 3
is "invloed 7 in a dossier: message, and the next bad one in the same run" "$(cat "$T/err")" \
  "pt-stakeholders: bad.jsonl:2: stakeholders[1].invloed: '7' is not a level (give 1 to 5, or laag, midden, hoog)
pt-stakeholders: bad.jsonl:3: stakeholders[0].houding: unknown value 'tgen'; did you mean 'tegen'? (allowed: voor, twijfel, tegen, onbekend)"
like "the good dossier before it written" "$T/out" '"id":"ok"'
unlike "stops at the bad dossier" "$T/out" '"id":"after"'
run "pt-stakeholders --keep-going bad.jsonl"
is "--keep-going: still exit 3" "$rc" 3
like "--keep-going: unknown houding named with the closest" "$T/err" "^pt-stakeholders: bad.jsonl:3: stakeholders\\[0\\].houding: unknown value 'tgen'; did you mean 'tegen'\\?"
like "--keep-going: goes on after them" "$T/out" '"id":"after"'
printf '{"pt":1,"stakeholders":[{"naam":"A","invloed":"hoog"}]}\n' > "$T/nobelang.json"
run "pt-stakeholders nobelang.json"
is "no belang: exit 3" "$rc" 3
like "no belang: message" "$T/err" "nobelang.json:1: stakeholders\\[0\\]: 'A' has no belang \\(give 1 to 5, or laag, midden, hoog\\)"
printf 'naam,invloed\nA,2\n' > "$T/half.csv"
run "pt-stakeholders -f half.csv $D/buurt.json"
is "no belang in -f: exit 3" "$rc" 3
like "no belang in -f: points at the row" "$T/err" "half.csv:2: 'A' has no belang"
printf '{"pt":1,"stakeholders":{"naam":"A"}}\n' > "$T/obj.json"
run "pt-stakeholders obj.json"
is "stakeholders not a list: exit 3" "$rc" 3
like "stakeholders not a list: message" "$T/err" "obj.json:1: stakeholders: expected a list of objects"
printf '{"pt":1,"stakeholders":[{"groep":"jongeren"}]}\n' > "$T/nonaam.json"
run "pt-stakeholders nonaam.json"
is "no naam: exit 3" "$rc" 3
like "no naam: message" "$T/err" "stakeholders\\[0\\]: no naam"
printf '{"pt":1,"stakeholders":[{"naam":"A","invloed":2.5,"belang":1}]}\n' > "$T/frac.json"
run "pt-stakeholders frac.json"
is "a fraction: exit 3" "$rc" 3
like "a fraction: message" "$T/err" "stakeholders\\[0\\].invloed: 'a fraction' is not a level"
printf 'wie,invloed\nA,1\n' > "$T/nonaam.csv"
run "pt-stakeholders -f nonaam.csv $D/buurt.json"
is "CSV without naam column: exit 3" "$rc" 3
like "CSV without naam column: message" "$T/err" "nonaam.csv:1: no column naam"
printf '[{"naam":"A","invloed":1,"belang":1},\n {"naam":"B",}]\n' > "$T/broken.json"
run "pt-stakeholders -f broken.json $D/buurt.json"
is "broken JSON in -f: exit 3" "$rc" 3
like "broken JSON in -f: line" "$T/err" "^pt-stakeholders: broken.json:2: invalid JSON"
run "pt-stakeholders -f no-such.csv $D/buurt.json"
is "missing -f file: exit 4" "$rc" 4
like "missing -f file: named" "$T/err" "^pt-stakeholders: no-such.csv: cannot open"

# -f - reads the stakeholders from stdin when the dossiers come from files.
run "pt-stakeholders -f - $D/buurt.json < $D/lijst.json > c; pt-stakeholders -f $D/lijst.json $D/buurt.json > d"
same "-f -: the same as the file" "$T/c" "$T/d"
run "pt-stakeholders -f - < $D/lijst.json"
is "-f - with dossiers on stdin: exit 2" "$rc" 2

# --strict: this program raises no fout meldingen.
run "pt-stakeholders --strict $D/buurt.json"
is "--strict: waarschuwingen only, exit 0" "$rc" 0

# The tables are data: an option or $PT_DATA_DIR replaces them.
printf 'schaal,soort,groep\n*,*,media\n' > "$T/media.csv"
run "pt-stakeholders --checklist media.csv $D/buurt.json"
like "--checklist: the file's groups" "$T/out" 'groep media: '
unlike "--checklist: not the built-in ones" "$T/out" '\(intern\)'
mkdir -p "$T/data" && cp "$T/media.csv" "$T/data/groepen-checklist.csv"
run "PT_DATA_DIR=data pt-stakeholders $D/buurt.json"
like "PT_DATA_DIR: the file's groups" "$T/out" 'groep media: '
printf 'kwadrant,salience,trede\nconsulteren,geen,raadplegen\n' > "$T/treden.csv"
run "pt-stakeholders --treden treden.csv $D/buurt.json"
is "incomplete step table: exit 3" "$rc" 3
like "incomplete step table: says what to add" "$T/err" "^pt-stakeholders: treden.csv: no trede for kwadrant 'actief betrekken' with salience 'slapend' \\(add a row\\)"
printf 'soort,waarde,nl,en\nkwadrant,actief,x,y\n' > "$T/aanpak.csv"
run "pt-stakeholders --aanpak aanpak.csv $D/buurt.json"
is "bad advice table: exit 3" "$rc" 3
like "bad advice table: line and value" "$T/err" "^pt-stakeholders: aanpak.csv:2: kwadrant: unknown value 'actief'"
# Every row of the tables is named by its line when wrong: a copy of the
# built-in table with one value spoilt a few rows down.
sed '4s/,[a-z]*$/,meedoen/' "$top/lib/data/stakeholder-treden.csv" > "$T/treden.csv"
run "pt-stakeholders --treden treden.csv $D/buurt.json"
is "bad step table: exit 3, the line and value" "$rc:$(cat "$T/err")" \
  "3:pt-stakeholders: treden.csv:4: trede: unknown value 'meedoen' (allowed: informeren, raadplegen, adviseren, coproduceren, meebeslissen)"
{ cat "$top/lib/data/stakeholder-treden.csv"; sed -n 3p "$top/lib/data/stakeholder-treden.csv"; } > "$T/treden.csv"
run "pt-stakeholders --treden treden.csv $D/buurt.json"
like "step table with a row twice: the second one's line" "$T/err" \
  "^pt-stakeholders: treden\\.csv:$(($(wc -l < "$top/lib/data/stakeholder-treden.csv") + 1)): kwadrant '[a-z ]*' with salience '[a-z]*' has a second row; keep one"
sed '3s/,[^,]*$/,marsmannetjes/' "$top/lib/data/groepen-checklist.csv" > "$T/check.csv"
run "pt-stakeholders --checklist check.csv $D/buurt.json"
like "bad group checklist: exit 3, the line" "$T/err" "^pt-stakeholders: check\\.csv:3: groep: unknown value 'marsmannetjes'"
sed '1s/groep/groupie/' "$top/lib/data/groepen-checklist.csv" > "$T/check.csv"
run "pt-stakeholders --checklist check.csv $D/buurt.json"
is "group checklist without its column: the header line" "$(cat "$T/err")" \
  "pt-stakeholders: check.csv:1: no column 'groep/group/groepen/groups' in the header"

# -o writes atomically; --pretty indents.
run "pt-stakeholders -o out.jsonl $D/alle.json && pt-stakeholders $D/alle.json > want.jsonl"
same "-o FILE: the same bytes as stdout" "$T/out.jsonl" "$T/want.jsonl"
run "pt-stakeholders -o out.jsonl -f $D/invloed7.csv $D/alle.json"
same "-o FILE: a failed run leaves the old file" "$T/out.jsonl" "$T/want.jsonl"
run "pt-stakeholders --pretty $D/alle.json"
like "--pretty indents" "$T/out" '^    \{$'

# The EXAMPLES of pt-stakeholders(1).
cp "$EX/voorstel.json" "$EX/stakeholders.csv" "$T/"
cp "$D/batch.csv" "$T/alle-stakeholders.csv"
cp "$D/twee.jsonl" "$T/voorstellen.jsonl"
run "pt-paragraph voorstel.json | pt-stakeholders -f stakeholders.csv --pretty"
is "example 1: exit 0" "$rc" 0
like "example 1: the example's stakeholders" "$T/out" '"naam": "Omwonenden Pancratiusplein"'
run "pt-stakeholders -f alle-stakeholders.csv voorstellen.jsonl > uit.jsonl"
is "example 2: exit 0" "$rc" 0
is "example 2: one dossier a line" "$(wc -l < "$T/uit.jsonl" | tr -d ' ')" 3
run "pt-stakeholders --drempel 4 --lang en uit.jsonl"
is "example 3: exit 0" "$rc" 0
mkdir -p "$T/mijn"
printf 'schaal,soort,groep\n*,*,intern\nbuurt,*,omwonenden|inwoners\n' > "$T/mijn/groepen-checklist.csv"
run "PT_DATA_DIR=mijn pt-stakeholders uit.jsonl"
is "example 4: exit 0" "$rc" 0
# --template: a spreadsheet Dutch Excel opens in columns (issue 19).
run "pt-stakeholders --template > tpl.csv"
is "--template: exit 0" "$rc" 0
is "--template nl: a UTF-8 byte order mark first" "$(head -c 3 "$T/tpl.csv" | od -An -tx1 | tr -d ' ')" efbbbf
like "--template nl: ';' between Dutch column names" "$T/tpl.csv" 'naam;groep;tags;invloed;belang;houding;legitiem;urgent;contact;opmerking;voorstel;rol$'
is "--template: no header cell starts with = + - @" "$(tail -c +4 "$T/tpl.csv" | tr ';' '\n' | grep -c '^[=+@-]')" 0
run "pt-stakeholders --template --lang en -o tpl-en.csv"
like "--template en: ',' and English names, no BOM" "$T/tpl-en.csv" '^name,group,tags,influence,interest,attitude,legitimate,urgent,contact,remark,proposal,role$'
printf 'Wijkraad;bewonersorganisatie;;4;4;voor;ja;nee;;;;\n' >> "$T/tpl.csv"
run "pt-stakeholders -f tpl.csv $D/buurt.json"
like "--template: filled in, it reads back" "$T/out" '"naam":"Wijkraad","groep":"bewonersorganisatie","invloed":4'

# Roles: an initiator given as such gets no step; residents labelled
# inwoners count for omwonenden (overlapping codes).
cat > "$T/rol.json" <<'EOF'
{"pt":1,"voorstel":{"id":"R1","titel":"Herinrichting plein","locatie":{"schaal":"buurt"}},"stakeholders":[{"naam":"Bewoners rond het plein","groep":"inwoners","invloed":2,"belang":5},{"naam":"Ontwikkelaar BV","groep":"ondernemers","rol":"initiatiefnemer","invloed":5,"belang":5},{"naam":"Provincie","groep":"overheid","invloed":4,"belang":2}]}
EOF
run "pt-stakeholders rol.json"
is "roles: exit 0" "$rc" 0
like "roles: the initiator listed with its role, no step" "$T/out" '"naam":"Ontwikkelaar BV",[^}]*"rol":"initiatiefnemer","aanpak":"De initiatiefnemer[^"]*"\}'
like "roles: another authority by its groep" "$T/out" '"naam":"Provincie",[^}]*"rol":"overheid","aanpak":"Een andere overheid[^"]*"\}'
unlike "roles: inwoners count for omwonenden" "$T/out" 'groep omwonenden'
run "pt-stakeholders rol.json | pt-stakeholders > rol2"
run "pt-stakeholders rol.json > rol1"
same "roles: a rerun gives the same bytes" "$T/rol2" "$T/rol1"
run "pt-stakeholders --file /dev/null --template > /dev/null; echo '{\"stakeholders\":[{\"naam\":\"X\",\"rol\":\"burgemeester\",\"invloed\":1,\"belang\":1}]}' | pt-stakeholders"
is "roles: an unknown rol is bad input" "$rc" 3
like "roles: the error names the allowed values" "$T/err" "rol: unknown value 'burgemeester'"

# The gate says no: nobody is asked, so nobody is missing (issue 14).
cat > "$T/tarief.json" <<'EOF'
{"pt":1,"voorstel":{"id":"T1","titel":"Indexering leges 2027","locatie":{"schaal":"stad"},"intake":{"keuzes":false}},"stakeholders":[]}
EOF
run "pt-stakeholders tarief.json"
unlike "gate closed: no inclusion warnings" "$T/out" 'ontbrekende-groep|moeilijk-bereikbare-groep'

# Diagnostics in the user's language.
run "PT_LANG=nl pt-stakeholders --drempel 9 < /dev/null"
like "PT_LANG=nl: a usage error in Dutch" "$T/err" "--drempel: geef een geheel getal van 1 tot en met 5, niet '9'"
run "echo '{\"stakeholders\":[{\"naam\":\"A\",\"invloed\":7,\"belang\":1}]}' | PT_LANG=nl pt-stakeholders"
like "PT_LANG=nl: a bad level in Dutch" "$T/err" "stakeholders\\[0\\]\\.invloed: '7' is geen niveau \\(geef 1 tot en met 5, of laag, midden, hoog\\)"

# The topic table is data: a municipality's own, by option or PT_DATA_DIR.
printf 'thema,groep,moeilijk\nspelen,ouderen,nee\n' > "$T/tg.csv"
run "pt-stakeholders --thema-groepen tg.csv $D/buurt.json"
like "--thema-groepen: its own group for play" "$T/out" 'groep ouderen \(ouderen\): het thema spelen raakt hen meestal'
unlike "--thema-groepen: the built-in rows are replaced" "$T/out" 'groep kinderen'
printf 'thema,groep,moeilijk\nspelen,kinderen,misschien\n' > "$T/tg-bad.csv"
run "pt-stakeholders --thema-groepen tg-bad.csv $D/buurt.json"
is "--thema-groepen: a bad row is bad input" "$rc" 3
like "--thema-groepen: file, line and what is wrong" "$T/err" "tg-bad.csv:2: moeilijk: 'misschien' is not ja or nee"
mkdir -p "$T/eigen"
printf 'thema,woord\nspelen,glijbaan\n' > "$T/eigen/thema-woorden.csv"
echo '{"voorstel":{"id":"G","titel":"Nieuwe glijbaan","locatie":{"schaal":"straat"}},"stakeholders":[]}' > "$T/glij.json"
run "PT_DATA_DIR=eigen pt-stakeholders glij.json"
like "PT_DATA_DIR: its own words recognise the topic" "$T/out" 'groep kinderen \(kinderen\): het thema spelen'
run "pt-stakeholders glij.json"
unlike "built-in words: glijbaan is not among them" "$T/out" 'thema spelen'

# ---- who is missing (issue 24) ----------------------------------------------
mk() { printf '{"pt":1,"voorstel":{"id":"M","initiatiefnemer":"%s","titel":"%s","locatie":{"schaal":"%s"},"openVoorInbreng":%s},"stakeholders":%s}\n' "$@"; }
# Initiators never stand in for the others affected: the one the title
# names is the initiator (without a note in brackets), and the neighbours
# are missing beside them.
mk inwoners "Buurtgroep Lindelaan legt een jeu-de-boulesbaan aan" straat '["inrichting"]' \
  '[{"naam":"Buurtgroep Lindelaan (12 leden)","groep":"inwoners","invloed":2,"belang":5}]' > "$T/m1.json"
run "pt-stakeholders m1.json"
is "initiator: named in the title, so its role (jq)" "$(jq -r '.stakeholders[0].rol' "$T/out")" initiatiefnemer
like "initiator: the neighbours missing beside the initiators" "$T/out" '"code":"ontbrekende-groep","pad":"stakeholders","tekst":"Geen stakeholder uit de groep omwonenden \(omwonenden\) naast de initiatiefnemers'
mk gemeente "Buurtgroep Lindelaan legt een jeu-de-boulesbaan aan" straat '["inrichting"]' \
  '[{"naam":"Buurtgroep Lindelaan","groep":"inwoners","invloed":2,"belang":5}]' > "$T/m2.json"
run "pt-stakeholders m2.json"
is "initiator: none in the municipality's own plan (jq)" "$(jq -r '.stakeholders[0].rol' "$T/out")" deelnemer
unlike "  and residents count as the surroundings there" "$T/out" 'groep omwonenden'
# Several sites: the neighbours of each, whoever else is listed.
mk gemeente "Keuze uit drie locaties voor een brengstation" stad '["welke locatie"]' \
  '[{"naam":"Inwoners","groep":"inwoners","invloed":1,"belang":3}]' > "$T/m3.json"
run "pt-stakeholders m3.json"
like "sites: the neighbours of each site, with the words read" "$T/out" "Geen stakeholder uit de groep omwonenden \(omwonenden\): het voorstel weegt locaties \('locaties' in titel\)"
# A local facility: those who depend on it most; a measure at home: the
# hard to reach.
mk gemeente "Sluiting bibliotheek Zuid" wijk '["welke vestiging"]' \
  '[{"naam":"Wijkraad","groep":"bewonersorganisatie","invloed":3,"belang":4},{"naam":"Leden","groep":"inwoners","invloed":1,"belang":5}]' > "$T/m4.json"
run "pt-stakeholders m4.json"
like "facilities: older people missing" "$T/out" 'groep ouderen \(ouderen\): het thema voorzieningen in de buurt raakt hen'
like "facilities: young people missing" "$T/out" 'groep jongeren \(jongeren\)'
mk gemeente "Nieuw inzamelsysteem voor huishoudelijk afval" stad '["plek van de containers"]' \
  '[{"naam":"Inwoners","groep":"inwoners","invloed":1,"belang":4}]' > "$T/m5.json"
run "pt-stakeholders m5.json"
like "households: people with low literacy, hard to reach" "$T/out" '"ernst":"info","code":"moeilijk-bereikbare-groep","pad":"stakeholders","tekst":"Denk aan laaggeletterden \(laaggeletterden\): bij het thema thuis en huishouden'
# Residents of a city or region, neighbours of a street.
mk gemeente "Programma water en hitte" regio '["maatregelen"]' '[{"naam":"Waterschap","groep":"overheid","invloed":5,"belang":5}]' > "$T/m6.json"
run "pt-stakeholders m6.json"
like "scale: a region's residents are inwoners" "$T/out" 'groep inwoners \(inwoners\): het thema water'
mk gemeente "Nieuwe vijver" straat '["oever"]' '[{"naam":"Waterschap","groep":"overheid","invloed":5,"belang":5}]' > "$T/m7.json"
run "pt-stakeholders m7.json"
like "scale: a street's are omwonenden" "$T/out" 'groep omwonenden'
unlike "  not inwoners" "$T/out" 'groep inwoners'
# A "no participation" while the proposal lists what is open does not hold
# (pt-strategy(1)): the groups still count; with nothing listed open, none.
jq -c '.voorstel.geenParticipatie = {"reden":"Al besloten."}' "$T/m4.json" > "$T/m8.json"
run "pt-stakeholders m8.json"
like "gate contradicted by what is open: groups still named" "$T/out" 'groep ouderen'
jq -c '.voorstel.openVoorInbreng = []' "$T/m8.json" > "$T/m9.json"
run "pt-stakeholders m9.json"
unlike "gate with nothing open: no groups named" "$T/out" 'ontbrekende-groep'

done_testing
