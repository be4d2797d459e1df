#!/bin/sh
# pt-paragraph --check: the corpus in tests/check, the formats, the
# configuration, the exit codes, and the command lines of examples/ci.
. "$(dirname "$0")/../lib.sh"
C=$top/tests/check

# Every proposal of the corpus gives exactly its expected findings.
for f in "$C"/*.md "$C"/*.html "$C"/*.htm "$C"/*.json "$C"/*.jsonl; do
	name=${f##*/}
	base=${name%.*}
	(cd "$C" && pt-paragraph --check -q "$name") >"$T/out" 2>"$T/err"
	rc=$?
	want=0
	grep -q ': error: ' "$C/$base.expect" && want=1
	[ -f "$C/$base.rc" ] && want=$(cat "$C/$base.rc")
	same "corpus $name: findings" "$T/out" "$C/$base.expect"
	is "corpus $name: exit status" "$rc" "$want"
done
n=$(ls "$C" | grep -c -E '\.(md|html?|jsonl?)$')
[ "$n" -ge 40 ] && pass "corpus has $n proposals (40 or more)" || fail "corpus has only $n proposals"

# A directory is walked in name order; the findings are those of its files.
for f in $(cd "$C" && ls | grep -E '\.(md|html?|jsonl?)$'); do
	sed "s|^|check/|" "$C/${f%.*}.expect"
done > "$T/want-dir"
run "cd $top/tests && pt-paragraph --check -q check"
same "directory: every file's findings, in name order" "$T/out" "$T/want-dir"
is "directory: a bad dossier line makes it exit 3" "$rc" 3
like "directory: the bad line is reported" "$T/err" '^pt-paragraph: check/53-stream.jsonl:4: invalid JSON'

# The summary on stderr, in Dutch and English.
run "pt-paragraph --check $C/01-sound-h2.md $C/32-vague.md $C/33-raadsvoorstel-no-role.md"
is "summary: exit 1 on an error" "$rc" 1
is "summary (nl)" "$(cat "$T/err")" "pt-paragraph: 3 bestanden gecontroleerd: 1 fout, 4 waarschuwingen, 0 info"
run "pt-paragraph --check --lang en $C/01-sound-h2.md $C/29-no-participation-bare.md"
is "summary (en)" "$(cat "$T/err")" "pt-paragraph: 2 files checked: 1 error, 0 warnings, 0 info"
like "--lang en: messages in English" "$T/out" "29-no-participation-bare.md:3:1: error: the section says there is no participation, but not why: motivate that choice \(2 words, at least 8\) \[geen-participatie-zonder-reden\]"

# --fail-on: warnings fail only when asked.
run "pt-paragraph --check -q $C/33-raadsvoorstel-no-role.md"
is "a warning alone: exit 0" "$rc" 0
run "pt-paragraph --check -q --fail-on warning $C/33-raadsvoorstel-no-role.md"
is "--fail-on warning: exit 1" "$rc" 1
run "pt-paragraph --check -q --fail-on warning $C/01-sound-h2.md"
is "--fail-on warning, clean: exit 0" "$rc" 0

# Standard input: Markdown, HTML or a dossier, by its first byte.
run "pt-paragraph --check -q < $C/24-placeholder-nvt.md"
is "stdin Markdown: named <stdin>" "$(cat "$T/out")" "<stdin>:5:1: error: de participatieparagraaf zegt alleen 'n.v.t.': beschrijf de participatie, of waarom er geen is [sectie-placeholder]"
run "pt-paragraph --check -q - < $C/42-placeholder-table.html"
like "stdin HTML" "$T/out" '^<stdin>:8:28: error: .*\[sectie-placeholder\]'
run "pt-paragraph --check -q - < $C/52-geen-participatie-kort.json"
like "stdin dossier" "$T/out" '^<stdin>:1:1: error: .*\[geen-participatie-zonder-reden\]'

# --format json: one object per finding.
run "pt-paragraph --check -q --format json $C/32-vague.md"
is "json: one line per finding" "$(wc -l < "$T/out" | tr -d ' ')" 4
like "json: fields" "$T/out" '^\{"file":"[^"]*32-vague.md","line":3,"column":1,"severity":"error","rule":"geen-trede","message":"de paragraaf noemt geen trede'
python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$T/out" && pass "json: every line parses" || fail "json: every line parses"

# --format github: workflow commands, with %, : and , escaped.
mkdir -p "$T/a,b"
printf '# X\n\n## Participatie\n\nGeen participatie: 100%% zeker.\n' > "$T/a,b/v:1.md"
run "pt-paragraph --check -q --format github 'a,b/v:1.md' $C/33-raadsvoorstel-no-role.md"
is "github: error annotation, properties escaped" "$(sed -n 1p "$T/out")" \
  "::error file=a%2Cb/v%3A1.md,line=3,col=1,title=pt-paragraph geen-participatie-zonder-reden::de paragraaf zegt dat er geen participatie is, maar niet waarom: motiveer die keuze (4 woorden, minstens 8)"
like "github: warning annotation" "$T/out" '^::warning file=.*33-raadsvoorstel-no-role.md,line=3,col=1,title=pt-paragraph rol-raad::dit is een raadsvoorstel'

# --format sarif: one SARIF 2.1.0 log, every rule listed.
run "cd $C && pt-paragraph --check -q --format sarif 24-placeholder-nvt.md 33-raadsvoorstel-no-role.md"
is "sarif: exit 1" "$rc" 1
cat > "$T/sarif.py" <<'PY'
import json, sys
log = json.load(open(sys.argv[1]))
assert log["version"] == "2.1.0"
run = log["runs"][0]
rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
assert "sectie-placeholder" in rules and len(rules) == 12, rules
res = run["results"]
print(len(res), res[0]["ruleId"], res[0]["level"], rules.index(res[0]["ruleId"]) == res[0]["ruleIndex"],
      res[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
      res[0]["locations"][0]["physicalLocation"]["region"], res[1]["level"])
PY
is "sarif: results, rules, locations" "$(python3 "$T/sarif.py" "$T/out")" \
  "2 sectie-placeholder error True 24-placeholder-nvt.md {'startLine': 5, 'startColumn': 1} warning"
run "pt-paragraph --check -q --format sarif $C/01-sound-h2.md"
like "sarif: a clean run is still a log" "$T/out" '"results": \[\]'

# -o writes the findings to a file.
run "pt-paragraph --check -q -o found.txt $C/24-placeholder-nvt.md"
is "-o: stdout empty" "$(cat "$T/out")" ""
like "-o: the file has the finding" "$T/found.txt" 'sectie-placeholder'

# --config: headings, rules, severities, placeholders, terms.
printf '# X\n\n## Inspraak\n\nnvt hier\n' > "$T/inspraak.md"
printf '{"headings": ["Inspraak"], "placeholders": ["nvt hier"]}\n' > "$T/cfg1.json"
run "pt-paragraph --check -q --config cfg1.json inspraak.md"
like "config: own heading and placeholder" "$T/out" '^inspraak.md:5:1: error: .*\[sectie-placeholder\]'
printf '{"rules": {"rol-raad": "error", "sectie-placeholder": false}}\n' > "$T/cfg2.json"
run "pt-paragraph --check -q --config cfg2.json $C/33-raadsvoorstel-no-role.md $C/24-placeholder-nvt.md"
like "config: a warning raised to error" "$T/out" 'error: dit is een raadsvoorstel.*\[rol-raad\]'
unlike "config: a rule turned off" "$T/out" 'sectie-placeholder'
is "config: exit 1 for the raised rule" "$rc" 1
printf '{"terms": {"trede": ["uitgenodigd"]}, "minMotivationWords": 2}\n' > "$T/cfg3.json"
run "pt-paragraph --check -q --config cfg3.json $C/31-no-step.md $C/29-no-participation-bare.md"
is "config: own terms and motivation length" "$(cat "$T/out")" ""
printf '{"rules": {"melding": "off"}}\n' > "$T/cfg4.json"
run "pt-paragraph --check -q --config cfg4.json $C/53-stream.jsonl"
unlike "config: dossier meldingen off" "$T/out" '\[melding\]'
printf '{"headings": ["Inspraak"], "rule": {}}\n' > "$T/bad1.json"
run "pt-paragraph --check --config bad1.json inspraak.md"
is "config: unknown key is exit 2" "$rc" 2
is "config: unknown key named" "$(cat "$T/err")" "pt-paragraph: bad1.json: unknown or malformed key 'rule' (known: headings, placeholders, minMotivationWords, rules {}, terms {})"
is "config: no finding printed" "$(cat "$T/out")" ""
printf '{"rules": {"rol-raad": "fatal"}}\n' > "$T/bad2.json"
run "pt-paragraph --check --config bad2.json inspraak.md"
is "config: bad severity exit 2" "$rc" 2
like "config: bad severity says what to use" "$T/err" 'rules.rol-raad: use "error", "warning", "info", "off", true or false'
printf '{"rules": {"no-such-rule": "off"}}\n' > "$T/bad3.json"
run "pt-paragraph --check --config bad3.json inspraak.md"
like "config: unknown rule" "$T/err" "rules: unknown rule 'no-such-rule'"
printf '{"headings": [\n' > "$T/bad4.json"
run "pt-paragraph --check --config bad4.json inspraak.md"
is "config: invalid JSON exit 2" "$rc" 2
like "config: invalid JSON with line" "$T/err" '^pt-paragraph: bad4.json:[0-9]+: invalid JSON'
run "pt-paragraph --check --config nope.json inspraak.md"
is "config: missing file exit 4" "$rc" 4
mkdir "$T/data"
printf '{"headings": ["Inspraak"]}\n' > "$T/data/check-config.json"
run "PT_DATA_DIR=$T/data pt-paragraph --check -q inspraak.md"
like "PT_DATA_DIR replaces the defaults" "$T/out" 'sectie-placeholder|geen-trede'

# Exit codes: a file that cannot be read is 4 and never a finding; the
# other files are still checked.
run "pt-paragraph --check -q no-such.md $C/24-placeholder-nvt.md"
is "unreadable file: exit 4" "$rc" 4
is "unreadable file: said on stderr" "$(cat "$T/err")" "pt-paragraph: no-such.md: cannot open: No such file or directory"
like "unreadable file: the others still checked" "$T/out" 'sectie-placeholder'
run "pt-paragraph --check --format xml $C/01-sound-h2.md"
is "--format xml: exit 2" "$rc" 2
like "--format xml: says why" "$T/err" "^pt-paragraph: --format: use text, json, github or sarif, not 'xml'"
is "usage error: no finding" "$(cat "$T/out")" ""
run "pt-paragraph --check --fail-on info $C/01-sound-h2.md"
is "--fail-on info: exit 2" "$rc" 2
run "pt-paragraph --check --csv x.csv"
is "--check with --csv: exit 2" "$rc" 2
run "pt-paragraph --format json $C/50-sound.json"
is "--format without --check: exit 2" "$rc" 2
run "pt-paragraph --help"
like "--help names --check" "$T/out" '^       pt-paragraph --check'

# Dossiers through the pipeline's own first program.
# The intake alone names no step yet: an error until one is chosen.
run "pt-paragraph $top/examples/voorstel.json > d.json && pt-paragraph --check -q d.json"
is "intake without a step: exit 1" "$rc" 1
like "intake without a step: geen-trede, at the record" "$T/out" '^d.json:1:1: error: .*\(voorstel.gewensteTrede\) \[geen-trede\]'
run "pt-paragraph --set gewensteTrede=adviseren --set 'motivatie=Omwonenden adviseren; we verwerken hun inbreng en koppelen terug.' $top/examples/voorstel.json | pt-paragraph --check -q"
is "intake with a step, from a pipe: exit 0" "$rc" 0
is "intake with a step: no findings" "$(cat "$T/out")" ""
run "pt-paragraph --set gewensteTrede=adviseren --set 'motivatie=We verwerken de inbreng.' $top/examples/voorstel.json | pt-paragraph --check -q"
like "Omgevingswet: who is missing" "$T/out" '^<stdin>:1:1: warning: het voorstel valt onder de Omgevingswet: de paragraaf zegt niet wie \(voorstel\) \[omgevingswet\]'

# The CI examples: run the very command lines they run, in a repository
# with a voorstellen/ folder.
mkdir -p "$T/repo/voorstellen/2027"
cp "$C/01-sound-h2.md" "$C/40-sound.html" "$T/repo/voorstellen/"
cp "$C/33-raadsvoorstel-no-role.md" "$T/repo/voorstellen/2027/"
for yml in github-workflow.yml gitlab-ci.yml; do
	grep 'pt-paragraph --check' "$top/examples/ci/$yml" | sed -e 's/^ *- *//' -e 's/^ *run: *//' > "$T/cmds"
	[ -s "$T/cmds" ] && pass "$yml runs pt-paragraph --check" || fail "$yml runs pt-paragraph --check"
	while IFS= read -r cmd; do
		run "cd repo && $cmd"
		is "$yml: '$cmd' passes on sound proposals" "$rc" 0
	done < "$T/cmds"
	cp "$C/24-placeholder-nvt.md" "$T/repo/voorstellen/2027/"
	while IFS= read -r cmd; do
		run "cd repo && $cmd"
		is "$yml: '$cmd' fails on a placeholder" "$rc" 1
	done < "$T/cmds"
	rm "$T/repo/voorstellen/2027/24-placeholder-nvt.md"
done
run "cd repo && pt-paragraph --check --format github voorstellen"
like "CI: github annotation for a warning" "$T/out" '^::warning file=voorstellen/2027/33-raadsvoorstel-no-role.md,line=3,col=1,'

# A link to a parent directory is not followed: the walk ends.
mkdir -p "$T/loop/sub"
printf '# Voorstel\n' > "$T/loop/sub/a.md"
ln -s .. "$T/loop/sub/up"
run "timeout 20 pt-paragraph --check loop"
is "link to a parent: checked once, exit 1" "$rc" 1
is "link to a parent: one finding" "$(wc -l < "$T/out" | tr -d ' ')" 1
like "link to a parent: one file in the summary" "$T/err" "^pt-paragraph: 1 bestand gecontroleerd"

# The EXAMPLES of pt-paragraph(1), as written there: the commands (a
# literal block joined at its \e continuations) and the configuration.
awk '
	/^\.Sh EXAMPLES/ { on = 1; next }
	/^\.Sh / { on = 0 }
	!on { next }
	/^\.Dl pt-paragraph / { sub(/^\.Dl /, ""); print; next }
	/^\.Bd -literal/ { lit = 1; cmd = ""; next }
	/^\.Ed/ { if (cmd != "") print cmd; lit = 0; next }
	lit && (cmd != "" || /^pt-paragraph /) {
		line = $0; sub(/^ +/, "", line)
		if (sub(/ *\\e$/, " ", line)) { cmd = cmd line; next }
		cmd = cmd line; print cmd; cmd = ""
	}' "$top/man/pt-paragraph.1" > "$T/examples"
awk '/^\.Sh EXAMPLES/ { on = 1 } on && /^\{$/ { lit = 1 } lit { print } lit && /^\}$/ { exit }' \
	"$top/man/pt-paragraph.1" > "$T/pt-check.json"
mkdir -p "$T/ex/voorstellen"
cp "$T/pt-check.json" "$top/examples/voorstel.json" "$T/ex/"
cp "$DATA/paragraph/excel.csv" "$T/ex/voorstellen.csv"
cp "$C/01-sound-h2.md" "$C/07-sound-raadsvoorstel.md" "$C/40-sound.html" "$C/50-sound.json" "$T/ex/voorstellen/"
is "man page: six example commands found" "$(wc -l < "$T/examples" | tr -d ' ')" 6
python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/ex/pt-check.json" && pass "man page: the example configuration is JSON" || fail "man page: the example configuration is JSON"
while IFS= read -r cmd; do
	# the configuration example has a proposal that needs it
	case $cmd in *--config*)
		sed 's/^## Participatie$/## Inspraak/' "$C/01-sound-h2.md" > "$T/ex/voorstellen/inspraak.md" ;;
	esac
	run "cd ex && $cmd"
	is "man page example: $cmd" "$rc" 0
	cat "$T/out" >> "$T/ex-out"
done < "$T/examples"
like "man page example: -n wrote a dossier" "$T/ex-out" '"id":"CV-2027-020"'
like "man page example: SARIF written" "$T/ex/pt-check.sarif" '"version": "2.1.0"'
is "man page example: a dossier per CSV row" "$(wc -l < "$T/ex/dossiers.jsonl" | tr -d ' ')" 2
run "cd ex && pt-paragraph --check -q voorstellen/inspraak.md"
is "without the example configuration, Inspraak is no section" "$rc" 1
done_testing
