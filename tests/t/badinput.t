#!/bin/sh
# Bad input, tried on purpose (issue 9): every program gets each bad
# input of the table below.  Each must end with the status wanted (3 for bad
# data, 2 for usage), say where (prog: FILE:LINE: ...), have written the
# good dossier before the bad one whole (the output equals that of the good
# dossier alone), and never crash: a status of 128 or more, valgrind's 99 or
# a sanitizer report fails.  A UTF-8 BOM before JSON is accepted on purpose.
. "$(dirname "$0")/../lib.sh"
H=$DATA/harden

crashed() {
	[ "$rc" -ge 128 ] || [ "$rc" -eq 99 ] ||
		grep -Eq 'Sanitizer|runtime error:|^==[0-9]+==|Segmentation|core dumped' "$T/err"
}

# check NAME WANT_RC WHERE [WANT_OUT]: judge the last run.
#   WANT_RC   allowed statuses, as a grep -E pattern: 3, '0|1'
#   WHERE     a grep -E pattern stderr must match ('' when rc is 0)
#   WANT_OUT  a file stdout must equal (absent: not checked)
check() {
	why=
	if crashed; then
		why="crashed (status $rc): $(grep -Em3 'ERROR|runtime error|==[0-9]+==|Segm' "$T/err" | tr '\n' ' ')"
	else
		echo "$rc" | grep -Eqx -- "$2" || why="status $rc, wanted $2"
		if [ -n "$3" ] && ! grep -Eq -- "$3" "$T/err"; then
			why="$why; no message like /$3/ (stderr: $(head -c 300 "$T/err"))"
		fi
		if [ -n "$4" ] && ! cmp -s "$T/out" "$4"; then
			why="$why; stdout differs from the good dossier's own ($(wc -c < "$T/out") bytes, wanted $(wc -c < "$4"))"
		fi
	fi
	if [ -z "$why" ]; then pass "$1"; else fail "$1"; echo "#   $why"; fi
}

cp "$H/good.jsonl" "$T/good.jsonl"
good=$(cat "$T/good.jsonl")

# The table: a name, then the bytes that follow the good dossier on the
# next line ("-" as the first field: no good dossier in front), printed
# into bad.jsonl by printf.  Every one is exit 3 on line 2.
cases='
invalid UTF-8 in a string	{"voorstel":{"titel":"caf\351"}}\n
invalid UTF-8 outside strings	\377\376\n
a lone continuation byte	{"a":"\200"}\n
an overlong encoding	{"a":"\300\257"}\n
a surrogate escape alone	{"a":"\\ud800"}\n
a NUL byte in a string	{"a":"x\000y"}\n
NUL bytes on a line	\000\000\000\n
a NUL byte between tokens	{"a":\0001}\n
a BOM in the middle of the stream	\357\273\277{"a":1}\n
a truncated last line	{"voorstel":{"id":"x"
a truncated string	{"voorstel":{"id":"x
a truncated escape	{"a":"\\u00
JSON that is an array	[1,2]\n
JSON that is a string	"dossier"\n
JSON that is a number	42\n
JSON that is null	null\n
JSON that is true	true\n
a lone closing brace	}\n
a duplicate key	{"a":1,"a":2}\n
an integer that overflows	{"voorstel":{"budget":123456789012345678901234567890}}\n
a real that overflows	{"voorstel":{"budget":1e999}}\n
a negative overflow	{"a":-1e400}\n
a number that is not JSON	{"a":NaN}\n
an infinity	{"a":Infinity}\n
a format version 2	{"pt":2,"voorstel":{"id":"x"}}\n
a format version as text	{"pt":"1"}\n
'

# Big inputs, made once: 100,000 levels deep, a 200 MB line, each between
# two good dossiers; and 200 MB of blanks before a good one (no error).
# Under valgrind 70 MB (still past the 64 MiB limit): the same paths.
size=200000000
[ "$VALGRIND" = 1 ] && size=70000000
awk -v g="$good" 'BEGIN { print g; s = ""; for (i = 0; i < 1000; i++) s = s "[";
	for (i = 0; i < 100; i++) printf "%s", s; print ""; print g }' > "$T/deep-arrays"
awk -v g="$good" 'BEGIN { print g; s = ""; for (i = 0; i < 1000; i++) s = s "{\"a\":";
	for (i = 0; i < 100; i++) printf "%s", s; print "1"; print g }' > "$T/deep-objects"
{ printf '%s\n{"voorstel":{"titel":"' "$good"; head -c $size /dev/zero | tr '\0' x
  printf '"}}\n%s\n' "$good"; } > "$T/huge"
{ printf '%s\n' "$good"; head -c $size /dev/zero | tr '\0' ' '; printf '%s\n' "$good"; } > "$T/spaces"

for p in $PT_PROGS; do
	run "$p good.jsonl"
	check "$p: the good dossier alone: exit 0" '0' '' ''
	cp "$T/out" "$T/good.$p"

	# No dossier at all.
	: > "$T/bad.jsonl"
	run "$p bad.jsonl"
	check "$p: empty input: exit 3, said" 3 "^$p: bad\\.jsonl: no dossier in the input" /dev/null
	printf '\n' > "$T/bad.jsonl"
	run "$p bad.jsonl"
	check "$p: a lone newline: exit 3, said" 3 "^$p: bad\\.jsonl: no dossier in the input" /dev/null
	run "$p < /dev/null"
	check "$p: empty stdin: exit 3, <stdin> named" 3 "^$p: <stdin>: no dossier in the input" /dev/null

	# A BOM before the JSON is skipped (a deliberate deviation: Windows
	# editors write one, and JSON text read by jq starts after it too).
	printf '\357\273\277%s\n' "$good" > "$T/bad.jsonl"
	run "$p bad.jsonl"
	check "$p: a UTF-8 BOM before JSON: accepted" 0 '' "$T/good.$p"

	while IFS='	' read -r name bytes; do
		[ -n "$name" ] || continue
		{ printf '%s\n' "$good"; printf "$bytes"; } > "$T/bad.jsonl"
		run "$p bad.jsonl"
		check "$p: $name: exit 3 at line 2, the good one written" 3 "^$p: bad\\.jsonl:2: " "$T/good.$p"
	done <<EOC
$cases
EOC

	# Two good dossiers, to compare --keep-going runs with.
	cat "$T/good.jsonl" "$T/good.jsonl" > "$T/two.jsonl"
	run "$p two.jsonl"
	cp "$T/out" "$T/two.$p"
	for big in deep-arrays deep-objects huge; do
		case $big in
		deep*) msg="nesting deeper than 64 levels" ;;
		huge) msg="dossier larger than 67108864 bytes" ;;
		esac
		run "$p $big"
		check "$p: $big: exit 3 at line 2, said, the good one written" 3 "^$p: $big:2: $msg" "$T/good.$p"
		run "$p --keep-going $big"
		check "$p: $big with --keep-going: exit 3, the dossier after it read" 3 "^$p: $big:2: " "$T/two.$p"
	done
	run "$p spaces"
	check "$p: 200 MB of blanks between dossiers: read" 0 '' "$T/two.$p"
	rm -f "$T/bad.jsonl"

	# The limits are settable.
	printf '%s\n{"a":[[[[[1]]]]]}\n' "$good" > "$T/lim.jsonl"
	run "PT_MAX_DEPTH=5 $p lim.jsonl"
	check "$p: PT_MAX_DEPTH=5: 6 levels refused" 3 "^$p: lim\\.jsonl:2: nesting deeper than 5 levels" "$T/good.$p"
	run "PT_MAX_DEPTH=6 $p lim.jsonl"
	# pt-render: a dossier with no step is a CONCEPT, exit 1 (pt-render(1))
	check "$p: PT_MAX_DEPTH=6: 6 levels read" "$([ $p = pt-render ] && echo 1 || echo 0)" ''
	# (4000, not less: the data files' rows must still fit.)
	awk -v g="$good" 'BEGIN { s = ""; for (i = 0; i < 5000; i++) s = s "x"
		sub(/^\{/, "{\"opmerking\":\"" s "\",", g); print g }' > "$T/lim.jsonl"
	run "PT_MAX_RECORD=4000 $p lim.jsonl"
	check "$p: PT_MAX_RECORD=4000: a bigger dossier refused" 3 "^$p: lim\\.jsonl:1: dossier larger than 4000 bytes" /dev/null
	for v in 64k 0 -1 99999999999999999999; do
		run "PT_MAX_RECORD=$v $p good.jsonl"
		check "$p: PT_MAX_RECORD=$v: a usage error, nothing written" 2 "^$p: PT_MAX_RECORD: '$v' is not a whole number" /dev/null
	done
	run "PT_MAX_DEPTH=deep $p good.jsonl"
	check "$p: PT_MAX_DEPTH=deep: a usage error, nothing written" 2 "^$p: PT_MAX_DEPTH: 'deep' is not a whole number" /dev/null

	# Usage errors: exit 2 and a word on what to do.
	run "$p --no-such-option good.jsonl"
	check "$p: an unknown option: exit 2" 2 "." /dev/null
	run "$p --lang fr good.jsonl"
	check "$p: --lang fr: exit 2, said" 2 "^$p: --lang" /dev/null
	run "$p good.jsonl -o"
	check "$p: -o without a file: exit 2" 2 "." /dev/null

	# A malformed data file (by \$PT_DATA_DIR): exit 3 naming its line,
	# or, for a program that does not read it, no effect at all.
	for data in "$top"/lib/data/*; do
		n=${data##*/}
		rm -rf "$T/dd" && mkdir "$T/dd"
		case $n in
		*.csv)
			head -2 "$data" > "$T/dd/ragged"; echo 'x' >> "$T/dd/ragged"
			head -2 "$data" > "$T/dd/quote"; printf '"never closed\n' >> "$T/dd/quote"
			head -1 "$data" > "$T/dd/header"
			# Negative and overflowing numbers: the first number of row 2.
			sed '2s/,[0-9][0-9.]*,/,-5,/' "$data" > "$T/dd/negative"
			sed '2s/,[0-9][0-9.]*,/,1e999,/' "$data" > "$T/dd/overflow"
			cmp -s "$data" "$T/dd/negative" && rm "$T/dd/negative" "$T/dd/overflow" ;;
		*.json)
			head -c 40 "$data" > "$T/dd/truncated"
			echo '[1,2]' > "$T/dd/array" ;;
		*) continue ;;
		esac
		for kind in $(ls "$T/dd"); do
			rm -rf "$T/data" && mkdir "$T/data" && cp "$T/dd/$kind" "$T/data/$n"
			run "PT_DATA_DIR=\$PWD/data $p good.jsonl"
			if [ "$rc" -eq 0 ]; then
				check "$p: $n ($kind): not read, no effect" 0 '' "$T/good.$p"
			else
				check "$p: $n ($kind): exit 3 naming the file" 3 "^$p: [^ ]*data/$n(:[0-9]+)?: " /dev/null
			fi
		done
		# A byte order mark, as an editor may save it, changes nothing.
		rm -rf "$T/data" && mkdir "$T/data"
		{ printf '\357\273\277'; cat "$data"; } > "$T/data/$n"
		run "PT_DATA_DIR=\$PWD/data $p good.jsonl"
		check "$p: $n with a byte order mark: as without" 0 '' "$T/good.$p"
	done
done

# A data file from standard input would compete with the dossiers.
for opt in "pt-strategy --rules" "pt-plan --catalog" "pt-plan --instellingen" "pt-evaluate --questions"; do
	run "$opt - < good.jsonl"
	check "$opt -: a usage error, nothing written" 2 "^${opt%% *}: .* cannot come from standard input" /dev/null
done

# A broken byte order mark is no text at all.
printf '\357\273{}' > "$T/halfbom.json"
run "pt-strategy --rules halfbom.json good.jsonl"
check "pt-strategy --rules with half a byte order mark: exit 3 at line 1" 3 "^pt-strategy: halfbom\\.json:1: not UTF-8 text" /dev/null

# pt-paragraph's own inputs: --set values and CSV.
if [ -x "$PT_BIN/pt-paragraph" ]; then
	for v in inf nan 1e999 -5 veel 25,000 1,000 12,--- ,-; do
		run "pt-paragraph --set budget=$v good.jsonl"
		check "pt-paragraph --set budget=$v: exit 3, said" 3 \
			"^pt-paragraph: good\\.jsonl:1: --set budget: expected a number of 0 or more" /dev/null
	done
	# Dates: a slash date that reads both ways, no such day, a short year.
	for v in 4/5/2027 31-2-2027 29-4-27 2027-13-01 '29 foo 2027'; do
		run "pt-paragraph --set 'besluitdatum=$v' good.jsonl"
		check "pt-paragraph --set besluitdatum=$v: exit 3, the forms that work" 3 \
			"^pt-paragraph: good\\.jsonl:1: --set besluitdatum: '$v' is (ambiguous|not a date).*(2027-|day)" /dev/null
	done
	# A malformed --set is a usage error, whatever is wrong with it.
	for v in =x titel nope=1 locatie.straat=x; do
		run "pt-paragraph --set '$v' good.jsonl"
		check "pt-paragraph --set $v: exit 2, said" 2 "^pt-paragraph: --set " /dev/null
	done
	run "pt-paragraph --set titel=\$(printf 'caf\\351') good.jsonl"
	check "pt-paragraph --set with invalid UTF-8: exit 3, said" 3 \
		"^pt-paragraph: good\\.jsonl:1: --set titel: not valid UTF-8" /dev/null

	printf 'id;titel\nA-1;Een\n' > "$T/ok.csv"
	run "pt-paragraph --csv ok.csv > one.out"
	check "pt-paragraph --csv: a good row" 0 ''
	csvcase() {	# NAME LINE BYTES: the good row, then BYTES
		{ printf 'id;titel\nA-1;Een\n'; printf "$3"; } > "$T/bad.csv"
		run "pt-paragraph --csv bad.csv"
		check "pt-paragraph --csv: $1: exit 3 at line $2, the good row written" 3 \
			"^pt-paragraph: bad\\.csv:$2: " "$T/one.out"
	}
	csvcase "an unterminated quote" 3 'A-2;"Twee\nen meer\n'
	csvcase "a ragged row" 3 'A-2;Twee;drie\n'
	csvcase "a short row" 3 'A-2\n'
	csvcase "invalid UTF-8" 3 'A-2;caf\351\n'
	csvcase "a NUL byte" 3 'A-2;a\000b\n'
	csvcase "a bare quote inside a field" 3 'A-2;Tw"ee\n'
	printf 'id;titel\n' > "$T/bad.csv"
	run "pt-paragraph --csv bad.csv"
	check "pt-paragraph --csv: a header only: exit 3, said" 3 "^pt-paragraph: bad\\.csv:1: .*header" /dev/null
	: > "$T/bad.csv"
	run "pt-paragraph --csv bad.csv"
	check "pt-paragraph --csv: an empty file: exit 3, said" 3 "^pt-paragraph: bad\\.csv: " /dev/null
	{ printf 'id;titel\nA-1;Een\nA-2;'; head -c 70000000 /dev/zero | tr '\0' x; printf '\n'; } > "$T/bad.csv"
	run "pt-paragraph --csv bad.csv"
	check "pt-paragraph --csv: a 70 MB row: exit 3 at line 3, said" 3 \
		"^pt-paragraph: bad\\.csv:3: row larger than 67108864 bytes" "$T/one.out"
	printf 'id;titel\nA-1;Een\nA-2;"Twee\n\n\nregels en meer"\n' > "$T/lim.csv"
	run "PT_MAX_RECORD=20 pt-paragraph --csv lim.csv"
	check "pt-paragraph --csv: PT_MAX_RECORD=20: a longer row refused" 3 \
		"^pt-paragraph: lim\\.csv:3: row larger than 20 bytes" "$T/one.out"
	rm -f "$T/bad.csv"

	# A value of the wrong type in every voorstel field: one dossier a line,
	# each line's message names its field.
	: > "$T/types.jsonl"
	: > "$T/types.want"
	n=0
	while IFS='	' read -r field value; do
		[ -n "$field" ] || continue
		n=$((n + 1))
		case $field in
		*.*) obj="{\"${field%%.*}\":{\"${field#*.}\":$value}}" ;;
		*) obj="{\"$field\":$value}" ;;
		esac
		printf '{"voorstel":%s}\n' "$obj" >> "$T/types.jsonl"
		echo "pt-paragraph: types.jsonl:$n: voorstel.$field" >> "$T/types.want"
	done <<'EOF'
id	42
id	"../etc/passwd"
titel	{"a":1}
soort	7
soort	"onzin"
afdeling	[]
trekker	true
contact	1.5
portefeuillehouder	["x"]
initiatiefnemer	false
locatie.naam	3
locatie.wijk	{}
locatie.schaal	"planeet"
beleidsfase	[1]
beleidsruimte	0
impact	"enorm"
politiekGevoelig	"misschien"
omgevingswet	2
vastKader	{"a":"b"}
vastKader	[1,2]
openVoorInbreng	42
besluitDoor	"koning"
datumBesluit	"2027-02-30"
datumBesluit	20270101
intake.keuzes	"soms"
intake.merkbaar	3
intake.middelen	[]
geenParticipatie.reden	7
gewensteTrede	"bovenste"
motivatie	false
publiekBelang	"wellicht"
eigenDoelen	{}
initiatiefFase	1
uitzondering	[]
budget	"veel"
budget	-1
budget	-0.01
EOF
	run "pt-paragraph --keep-going types.jsonl"
	check "pt-paragraph: a wrong value in every field: exit 3, nothing written" 3 '.' /dev/null
	sed -E 's/^(pt-paragraph: types\.jsonl:[0-9]+: voorstel\.[A-Za-z.]*[A-Za-z]).*/\1/' "$T/err" > "$T/types.got"
	same "pt-paragraph: every wrong field named on its own line" "$T/types.got" "$T/types.want"
	for sec in locatie geenParticipatie intake uitdaagrecht; do
		printf '{"voorstel":{"%s":"tekst"}}\n' "$sec" > "$T/sec.jsonl"
		run "pt-paragraph sec.jsonl"
		check "pt-paragraph: voorstel.$sec not an object: exit 3, named" 3 \
			"^pt-paragraph: sec\\.jsonl:1: voorstel\\.$sec: expected an object" /dev/null
	done
	printf '{"voorstel":"tekst"}\n' > "$T/sec.jsonl"
	run "pt-paragraph sec.jsonl"
	check "pt-paragraph: voorstel not an object: exit 3" 3 "^pt-paragraph: sec\\.jsonl:1: voorstel: expected an object" /dev/null
fi

# CSV given beside the dossiers (-f): each bad CSV stops the run before any
# dossier, with exit 3 and the file's line.  The good rows come from the
# tests' own fixtures.
sidecsv='
pt-stakeholders	-f	examples/stakeholders.csv
pt-evaluate	-f	tests/data/evaluate/antwoorden.csv
'
while IFS='	' read -r p opt src; do
	[ -n "$p" ] && [ -x "$PT_BIN/$p" ] || continue
	head -2 "$top/$src" > "$T/side-ok.csv"
	run "$p $opt side-ok.csv good.jsonl"
	check "$p $opt: the first row of its fixture: read" '0|1'
	d=$(head -1 "$top/$src" | tr -d -c ',;\t' | cut -c1)
	bad() {	# NAME LINE: side.csv is ready
		run "$p $opt side.csv good.jsonl"
		check "$p $opt: $1: exit 3 at line $2" 3 "^$p: side\\.csv:$2: " /dev/null
	}
	{ head -2 "$top/$src"; printf '"never closed\n'; } > "$T/side.csv"; bad "an unterminated quote" 3
	{ head -2 "$top/$src"; printf 'x%sy\n' "$d"; } > "$T/side.csv"; bad "a ragged row" 3
	{ head -2 "$top/$src"; printf 'caf\351%s\n' "$(head -2 "$top/$src" | tail -1 | cut -d"$d" -f2-)"; } > "$T/side.csv"
	bad "invalid UTF-8" 3
	head -1 "$top/$src" > "$T/side.csv"; bad "a header only" 1
	: > "$T/side.csv"
	run "$p $opt side.csv good.jsonl"
	check "$p $opt: an empty file: exit 3, named" 3 "^$p: side\\.csv: " /dev/null
done <<EOC
$sidecsv
EOC

# pt-paragraph --check reads Markdown and HTML: whatever the bytes, a
# finding (1) or none (0), never a crash; a broken config is a usage error.
if "$PT_BIN/pt-paragraph" --help | grep -q -- --check; then
	printf '# Voorstel\n\n## Participatie\n\ncaf\351 \000 \377\n' > "$T/bin.md"
	# Under valgrind, 20 times smaller: the same paths, in minutes less.
	k=1
	[ "$VALGRIND" = 1 ] && k=20
	awk -v n=$((100000 / k)) 'BEGIN { for (i = 0; i < n; i++) printf "> "; print "diep" }' > "$T/quotes.md"
	awk -v n=$((20000 / k)) 'BEGIN { for (i = 0; i < n; i++) printf "<div>"; print "diep" }' > "$T/divs.html"
	awk -v n=$((20000 / k)) 'BEGIN { for (i = 0; i < n; i++) printf "%*s- x\n", i % 200, "" }' > "$T/lists.md"
	{ printf '# Participatie\n\n'; head -c $((200000000 / k)) /dev/zero | tr '\0' x; echo; } > "$T/huge.md"
	: > "$T/empty.md"
	for f in bin.md quotes.md lists.md empty.md; do
		run "pt-paragraph --check $f"
		check "pt-paragraph --check $f: exit 0 or 1, no crash" '0|1'
	done
	# deeper than --check reads, larger than --max-size: refused, said
	run "pt-paragraph --check --lang en divs.html"
	check "pt-paragraph --check divs.html: exit 3, named" 3 "^pt-paragraph: divs\\.html:1: elements nest deeper"
	run "pt-paragraph --check --lang en huge.md"
	check "pt-paragraph --check huge.md: exit 2, named" 2 "^pt-paragraph: huge\\.md: cannot check: larger than"
	printf '{"regels": [\n' > "$T/cfg.json"
	run "pt-paragraph --check --config cfg.json empty.md"
	check "pt-paragraph --check: a truncated --config: exit 2, named" 2 "^pt-paragraph: cfg\\.json(:[0-9]+)?: "
	echo '[1,2]' > "$T/cfg.json"
	run "pt-paragraph --check --config cfg.json empty.md"
	check "pt-paragraph --check: a --config that is no object: exit 2, named" 2 "^pt-paragraph: cfg\\.json(:[0-9]+)?: "
	rm -f "$T/huge.md"
fi

# A wrong value in the other sections, negative hours and euros among them
# (sect.txt): a program that reads the section refuses the dossier, naming
# its line; the others pass it on.  pt-stakeholders reads lines 1-11.
g=$(cat "$T/good.jsonl")
while IFS='	' read -r key value; do
	case $key in ''|'#'*) continue ;; esac
	printf '%s\n' "$g" | sed "s|^{|{\"$key\":$value,|"
done < "$H/sect.txt" > "$T/sect.jsonl"
for p in $PT_PROGS; do
	run "$p --keep-going sect.jsonl"
	check "$p: wrong values in other sections: no crash, exit 0, 1 or 3" '0|1|3'
	if grep -v "^$p: sect\\.jsonl:[0-9]*: " "$T/err" | grep -q .; then
		fail "$p: other sections: each message names the file and line"
		grep -v "^$p: sect\\.jsonl:[0-9]*: " "$T/err" | head -3 | sed 's/^/#   /'
	else
		pass "$p: other sections: each message names the file and line"
	fi
	if [ "$p" = pt-stakeholders ]; then
		is "pt-stakeholders: every wrong stakeholder refused" \
			"$(sed -n 's/^pt-stakeholders: sect\.jsonl:\([0-9]*\): .*/\1/p' "$T/err" | tr '\n' ' ')" \
			"1 2 3 4 5 6 7 8 9 10 11 "
	fi
done

# A misspelt column header is an error in every CSV reader, named with
# a did-you-mean, never dropped in silence (issue 19); --extra-columns
# lets it through with one warning.
printf 'naam;groep;invloed;belang;Houdng;Legitim\nCafe De Zon;ondernemers;2;3;positief;ja\n' > "$T/typo-sh.csv"
run "pt-stakeholders -f typo-sh.csv good.jsonl"
check "pt-stakeholders -f: misspelt columns: exit 3, both named with a did-you-mean" 3 \
	"^pt-stakeholders: typo-sh\\.csv:1: unknown column 'Houdng' \\(did you mean 'houding'\\?\\), 'Legitim' \\(did you mean 'legitiem'\\?\\)" /dev/null
run "pt-stakeholders --extra-columns -f typo-sh.csv good.jsonl"
is "pt-stakeholders --extra-columns: read" "$rc" 0
like "pt-stakeholders --extra-columns: the columns not read named once" "$T/err" \
	"^pt-stakeholders: typo-sh\\.csv:1: columns not read: 'Houdng', 'Legitim'$"
# A stakeholder CSV with three typos: all three named in one run.
printf 'naam;groep;invloed;belang;houding\nA;ondernemers;9;3;voor\nB;omwonenden;2;3;boos\nC;omwonenden;2;3;tgen\n' > "$T/three-sh.csv"
run "pt-stakeholders -f three-sh.csv good.jsonl"
check "pt-stakeholders -f: three bad rows: exit 3" 3 "^pt-stakeholders: three-sh\\.csv:4: houding: unknown value 'tgen'; did you mean 'tegen'" /dev/null
is "pt-stakeholders -f: three bad rows: each named with its line" \
	"$(sed -n 's/^pt-stakeholders: three-sh\.csv:\([0-9]*\): .*/\1/p' "$T/err" | tr '\n' ' ')" "2 3 4 "
printf 'id;titel;Besluitdatm\nA-1;Plein;29-4-2027\n' > "$T/typo-p.csv"
run "pt-paragraph --csv typo-p.csv"
check "pt-paragraph --csv: a misspelt column: exit 3, did you mean" 3 \
	"^pt-paragraph: typo-p\\.csv:1: unknown column 'Besluitdatm' \\(did you mean 'besluitdatum'\\?\\)" /dev/null
run "pt-paragraph --csv typo-p.csv --extra-columns"
is "pt-paragraph --csv --extra-columns: exit 0" "$rc" 0
printf 'id;titel;Besluitdatum\nA-1;Plein;29-4-2027\n' > "$T/dutch-p.csv"
run "pt-paragraph --csv dutch-p.csv | jq -r .voorstel.datumBesluit"
is "pt-paragraph --csv: a Dutch Excel date under 'Besluitdatum' read" "$(cat "$T/out")" 2027-04-29
printf 'id;titel;Besluitdatum\nA-1;Plein;31-4-2027\n' > "$T/dutch-p.csv"
run "pt-paragraph --csv dutch-p.csv"
check "pt-paragraph --csv: no such day: exit 3, the column named as written" 3 \
	"^pt-paragraph: dutch-p\\.csv:2: column 'Besluitdatum': '31-4-2027' is not a date" /dev/null
sed '1s/^id,/id,naaam,/; 2,$s/^\([^,]*\),/\1,x,/' "$top/lib/data/werkvormen.csv" > "$T/typo-cat.csv"
run "pt-plan --catalog typo-cat.csv good.jsonl"
check "pt-plan --catalog: an unknown column: exit 3, named" 3 \
	"^pt-plan: typo-cat\\.csv:1: unknown column 'naaam' \\(did you mean 'naam'\\?\\)" /dev/null

# Control characters from file names and values never reach stderr raw
# (issue 20): a newline would start a line of its own in a CI log.
bad=$(printf 'x\n::stop-commands::pwn\n.json')
printf '{"voorstel":{"id":"a","titel":"t","locatie":{"schaal":"w\\u001b[31m\\n::add-mask::S"}}}\n' > "$T/$bad"
for p in $PT_PROGS; do
	run "$p \"\$(printf 'x\\n::stop-commands::pwn\\n.json')\" \"\$(printf 'no\\rsuch\\033.json')\""
	check "$p: control characters in names and values: exit 3 or 4" '3|4'
	unlike "$p: no message line starts with a workflow command" "$T/err" '^::'
	unlike "$p: no raw ESC or CR in a message" "$T/err" "$(printf '[\033\r]')"
	like "$p: the file name shown escaped" "$T/err" '^'"$p"': (x\\n::stop-commands::pwn\\n\.json|no\\rsuch\\x1B\.json)'
done

# Every other program on the wrong-typed dossiers: no crash, and a status
# and messages by the rules.
for p in $PT_PROGS; do
	[ -s "$T/types.jsonl" ] || break
	[ "$p" = pt-paragraph ] && continue
	run "$p --keep-going types.jsonl"
	check "$p: wrong-typed voorstel fields: no crash, exit 0, 1 or 3" '0|1|3'
	if grep -v "^$p: types\\.jsonl:[0-9]*: " "$T/err" | grep -q .; then
		fail "$p: each message names the file and line"
		grep -v "^$p: types\\.jsonl:[0-9]*: " "$T/err" | head -3 | sed 's/^/#   /'
	else
		pass "$p: each message names the file and line"
	fi
done
done_testing
