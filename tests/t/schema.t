#!/bin/sh
# The JSON Schema in schema/ describes what the programs write: the example
# proposal and generated dossiers, run through every program that is built,
# validate with Debian's python3-jsonschema.  And a wrong dossier does not.
. "$(dirname "$0")/../lib.sh"
py=/usr/bin/python3
if ! $py -c 'import jsonschema' 2>/dev/null; then
	pass "# skip python3-jsonschema not installed"
	done_testing
	exit 0
fi
chain="pt-paragraph"
[ -x "$PT_BUILD/pt-stakeholders" ] && chain="$chain | pt-stakeholders"
[ -x "$PT_BUILD/pt-strategy" ] && chain="$chain | pt-strategy"
[ -x "$PT_BUILD/pt-plan" ] && chain="$chain | pt-plan"
[ -x "$PT_BUILD/pt-evaluate" ] && chain="$chain | pt-evaluate"
run "\"$PT_BUILD/tools/gendossiers\" 40 > gen.jsonl && cat $top/examples/voorstel.json gen.jsonl | $chain > all.jsonl"
is "pipeline ($chain) ran" "$rc" 0
$py "$top/tests/schema.py" "$T/all.jsonl" > "$T/tap" 2>&1
is "every dossier matches the schema" "$?" 0
grep '^not ok' "$T/tap" | head -5
grep '^#' "$T/tap" | head -10
# The batch example: a year's proposals and their stakeholders.
B=$top/examples/batch
if [ -x "$PT_BUILD/pt-stakeholders" ]; then
	rest=${chain#"pt-paragraph | pt-stakeholders"}
	run "pt-paragraph --csv $B/voorstellen-2027.csv | pt-stakeholders -f $B/stakeholders-2027.csv $rest > batch.jsonl"
	is "batch example through the pipeline" "$rc" 0
	$py "$top/tests/schema.py" "$T/batch.jsonl" > "$T/tap3" 2>&1
	is "every batch dossier matches the schema" "$?" 0
	grep -E '^(not ok|#)' "$T/tap3" | head -10
fi
printf '{"pt":1,"voorstel":{"locatie":{"schaal":"planeet"}},"meldingen":[{"ernst":"fout"}]}\n' > "$T/wrong.jsonl"
$py "$top/tests/schema.py" "$T/wrong.jsonl" > "$T/tap2" 2>&1
is "a wrong dossier does not match" "$?" 1
like "the wrong value is named" "$T/tap2" "schaal.*planeet"

# One home per vocabulary: the schemas' enums and the man pages' lists
# say what lib/data/termen.csv says (tools/vocabcheck.py).
vc=$top/tools/vocabcheck.py
run "$py $vc $top"
is "schemas and man pages agree with termen.csv" "$rc" 0
sed 's/^/#   /' "$T/out" | grep -v '^#   # '
# A new group in the table, and nowhere else yet: named, where and what.
mkdir -p "$T/top/lib/data"
ln -s "$top/schema" "$T/top/schema"
ln -s "$top/man" "$T/top/man"
{ cat "$top/lib/data/termen.csv"; echo 'groep,buurtbewoners,buurtbewoners,local residents'; } |
	sed '/^thema,sport,/d' > "$T/top/lib/data/termen.csv"
run "$py $vc $T/top"
is "  a group only in the table: exit 1" "$rc" 1
like "  the schema that lacks it named" "$T/out" '^schema/stakeholders.schema.json /\$defs/groep \(groep\): missing: buurtbewoners$'
like "  the man page that lacks it named" "$T/out" '^man/pt-dossier.5 /.*groep\$/ \(groep\): missing: buurtbewoners$'
like "  a topic gone from the table: the schema's extra named" "$T/out" '^schema/voorstel.schema.json /properties/thema/items \(thema\): not in termen.csv: sport;$'
done_testing
