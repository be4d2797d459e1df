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
# Browser-printed PDFs, Word and ODF files made from the same source
# (tests/check/mkdocs.py): numbered headings ("2.1 Participatieparagraaf"),
# bold labels opening lines and alone on theirs; each gives its expected
# findings, and the verdict of its Markdown original (issue 28).
verdict() { sed -E 's/^[^:]*:[0-9]+:[0-9]+: ([a-z]+): .*\[([a-z-]+)\]$/\1 \2/' "$1" | sort | tr '\n' ' '; }
for f in "$C"/*.pdf "$C"/*.docx "$C"/*.odt; do
	name=${f##*/}
	(cd "$C" && pt-paragraph --check -q "$name") >"$T/out" 2>"$T/err"
	same "corpus $name: findings" "$T/out" "$C/$name.expect"
	is "corpus $name: the verdict of ${name%.*}.md" "$(verdict "$T/out")" "$(verdict "$C/${name%.*}.expect")"
done
n=$(ls "$C" | grep -c -E '\.(md|html?|jsonl?)$')
[ "$n" -ge 40 ] && pass "corpus has $n proposals (40 or more)" || fail "corpus has only $n proposals"

# A directory is walked in name order; the findings are those of its files.
for f in $(cd "$C" && ls | grep -E '\.(md|html?|jsonl?|pdf|docx|odt)$'); do
	case $f in *.pdf|*.docx|*.odt) e=$f.expect ;; *) e=${f%.*}.expect ;; esac
	sed "s|^|check/|" "$C/$e"
done > "$T/want-dir"
run "cd $top/tests && pt-paragraph --check -q check"
grep -v ': overgeslagen: ' "$T/out" > "$T/found"
same "directory: every file's findings, in name order" "$T/found" "$T/want-dir"
like "directory: other files listed as skipped" "$T/out" '^check/README: overgeslagen: geen vorm die --check leest'
is "directory: a bad dossier line makes it exit 3" "$rc" 3
like "directory: the bad line is reported" "$T/err" '^pt-paragraph: check/53-stream.jsonl:4: ongeldige JSON'

# The summary on stderr, in Dutch and English.
run "pt-paragraph --check $C/01-sound-h2.md $C/32-vague.md $C/33-raadsvoorstel-no-role.md"
is "summary: exit 1 on an error" "$rc" 1
is "summary (nl)" "$(cat "$T/err")" "pt-paragraph: 3 bestanden gecontroleerd: 1 fout, 1 waarschuwing, 0 info"
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
is "json: one line per finding" "$(wc -l < "$T/out" | tr -d ' ')" 1
like "json: fields" "$T/out" '^\{"file":"[^"]*32-vague.md","line":3,"column":1,"severity":"error","rule":"inhoud-dun","message":"de paragraaf is te dun: ze zegt niet wie, hoe'
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
assert "sectie-placeholder" in rules and len(rules) == 16, rules
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
is "config: unknown key named" "$(cat "$T/err")" "pt-paragraph: bad1.json: unknown or malformed key 'rule' (known: headings, placeholders, draftMarkers, minMotivationWords, rules {}, terms {}, impliedBy {})"
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
like "PT_DATA_DIR replaces the defaults" "$T/out" 'sectie-placeholder|geen-trede|inhoud-dun'

# Exit codes: a file that cannot be read is 4 and never a finding; the
# other files are still checked.
run "pt-paragraph --check -q no-such.md $C/24-placeholder-nvt.md"
is "unreadable file: exit 4" "$rc" 4
is "unreadable file: said on stderr, in the run's language" "$(cat "$T/err")" "pt-paragraph: no-such.md: kan niet openen: No such file or directory"
like "unreadable file: the others still checked" "$T/out" 'sectie-placeholder'
run "pt-paragraph --check --format xml $C/01-sound-h2.md"
is "--format xml: exit 2" "$rc" 2
like "--format xml: says why" "$T/err" "^pt-paragraph: --format: use text, json, github, sarif, gitlab or junit, not 'xml'"
is "usage error: no finding" "$(cat "$T/out")" ""

# --format junit: one JUnit XML report (check_junit.c, a format in a file
# of its own): a suite per file with findings, a case per finding, an
# error or warning a failure; a skipped file a skipped case, a file not
# read an error case; totals that add up; every name escaped.
mkdir -p "$T/ju"
cp "$C/24-placeholder-nvt.md" "$T/ju/a<&\"b.md"
cp "$C/01-sound-h2.md" "$T/ju/ok.md"
echo x > "$T/ju/notes.txt"
run "pt-paragraph --check --format junit --fail-on warning ju no-such.md > ju.xml"
is "junit: a file not read: exit 4, as in text" "$rc" 4
cat > "$T/ju.py" <<'EOP'
import sys, xml.etree.ElementTree as ET
r = ET.parse(sys.argv[1]).getroot()
cases = r.findall("./testsuite/testcase")
fails = [c for c in cases if c.find("failure") is not None]
print(r.tag, r.get("tests") == str(len(cases)), r.get("failures") == str(len(fails)),
      r.get("errors"), r.get("skipped"),
      sorted({s.get("name") for s in r.findall("testsuite")}),
      all(f.find("failure").get("type") in ("error", "warning") for f in fails),
      all("[" in (f.find("failure").text or "") for f in fails))
EOP
run "python3 ju.py ju.xml"
is "junit: well-formed, totals that add up, a suite per file, escaped names" "$(cat "$T/out")" \
  "testsuites True True 1 1 ['ju/a<&\"b.md', 'ju/notes.txt', 'no-such.md'] True True"
run "pt-paragraph --check --format junit $C/01-sound-h2.md"
like "junit: a clean file: no test case, a report all the same" "$T/out" 'testsuites name="pt-paragraph --check" tests="0" failures="0"'
run "pt-paragraph --check --format json ju/a*.md | wc -l"
n=$(cat "$T/out")
run "pt-paragraph --check --format junit ju/a*.md | grep -c '<testcase'"
is "junit: as many cases as json has findings" "$(cat "$T/out")" "$n"
run "pt-paragraph --check --fail-on info $C/01-sound-h2.md"
is "--fail-on info: exit 2" "$rc" 2
run "pt-paragraph --check --csv x.csv"
is "--check with --csv: exit 2" "$rc" 2
run "pt-paragraph --format json $C/50-sound.json"
is "--format without --check: exit 2" "$rc" 2
run "pt-paragraph --help"
like "--help names --check" "$T/out" '^       pt-paragraph --check'

# Dossiers through the pipeline's own first program.
# The intake alone says too little yet: an error until it says more.
run "pt-paragraph $top/examples/voorstel.json > d.json && pt-paragraph --check -q d.json"
is "intake without a step: exit 1" "$rc" 1
like "intake without a step: too thin, at the record" "$T/out" '^d.json:1:1: error: de paragraaf is te dun: .*\(voorstel\) \[inhoud-dun\]'
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
# Each runs under bash -eo pipefail, as GitHub's and GitLab's shells do: a
# check line fails the job on a finding, a report line writes its report
# whatever the findings (issue 28).
awk '/^## In CI/ { on = 1 } on && /^```sh$/ { b = 1; next } b && /^```$/ { exit } b' "$top/README.md" |
	sed 's/ *# .*//' > "$T/readme-cmds"
is "README: three CI command lines" "$(wc -l < "$T/readme-cmds" | tr -d ' ')" 3
for yml in github-workflow.yml gitlab-ci.yml README; do
	if [ $yml = README ]; then cp "$T/readme-cmds" "$T/cmds"
	else grep 'pt-paragraph --check' "$top/examples/ci/$yml" | sed -e 's/^ *- *//' -e 's/^ *run: *//' > "$T/cmds"; fi
	[ -s "$T/cmds" ] && pass "$yml runs pt-paragraph --check" || fail "$yml runs pt-paragraph --check"
	while IFS= read -r cmd; do
		rm -f "$T"/repo/*.json "$T"/repo/*.jsonl "$T"/repo/*.sarif
		run "cd repo && bash -eo pipefail -c '$cmd'"
		is "$yml: '$cmd' passes on sound proposals (bash -eo pipefail)" "$rc" 0
	done < "$T/cmds"
	cp "$C/24-placeholder-nvt.md" "$T/repo/voorstellen/2027/"
	while IFS= read -r cmd; do
		rm -f "$T"/repo/*.json "$T"/repo/*.jsonl "$T"/repo/*.sarif
		run "cd repo && bash -eo pipefail -c '$cmd'"
		case $cmd in
		*' -o '*)
			is "$yml: '$cmd' writes its report on a placeholder" "$rc:$(ls "$T/repo" | grep -c '\.\(json\|jsonl\|sarif\)$')" 0:1 ;;
		*)
			is "$yml: '$cmd' fails on a placeholder" "$rc" 1 ;;
		esac
	done < "$T/cmds"
	rm "$T/repo/voorstellen/2027/24-placeholder-nvt.md"
done
# GitLab runs after_script as one script: every report is written.
cp "$C/24-placeholder-nvt.md" "$T/repo/voorstellen/2027/"
sed -n '/^  after_script:/,/^  [a-z]/p' "$top/examples/ci/gitlab-ci.yml" | grep '^    - ' | sed 's/^    - //' > "$T/after.sh"
cp "$T/after.sh" "$T/repo/after.sh"
run "cd repo && bash -eo pipefail after.sh"
is "gitlab after_script under errexit: exit 0 with findings" "$rc" 0
[ -s "$T/repo/gl-code-quality-report.json" ] && [ -s "$T/repo/pt-check.jsonl" ] && pass "gitlab after_script: both reports written" || fail "gitlab after_script: both reports written"
rm "$T/repo/voorstellen/2027/24-placeholder-nvt.md" "$T/repo/after.sh"
run "cd repo && pt-paragraph --check --format github voorstellen"
like "CI: github annotation for a warning" "$T/out" '^::warning file=voorstellen/2027/33-raadsvoorstel-no-role.md,line=3,col=1,'

# A link to a parent directory is not followed: the walk ends.
mkdir -p "$T/loop/sub"
printf '# Voorstel\n' > "$T/loop/sub/a.md"
ln -s .. "$T/loop/sub/up"
run "timeout 20 pt-paragraph --check loop"
is "link to a parent: checked once, exit 1" "$rc" 1
is "link to a parent: one finding" "$(grep -c 'error' "$T/out")" 1
like "link to a parent: the link listed as skipped" "$T/out" '^loop/sub/up: overgeslagen: een symbolische koppeling'
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
is "man page: eight example commands found" "$(wc -l < "$T/examples" | tr -d ' ')" 8
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
like "man page example: JUnit written" "$T/ex/pt-check.xml" '^<testsuites name="pt-paragraph --check"'
is "man page example: a dossier per CSV row" "$(wc -l < "$T/ex/dossiers.jsonl" | tr -d ' ')" 2
run "cd ex && pt-paragraph --check -q voorstellen/inspraak.md"
is "without the example configuration, Inspraak is no section" "$rc" 1
# ---- nothing checked is not a pass (issue 18) ----------------------------
mkdir -p "$T/empty" "$T/other" "$T/upper"
run "pt-paragraph --check empty"
is "empty folder: exit 2" "$rc" 2
like "empty folder: says nothing was checked" "$T/err" '^pt-paragraph: geen bestand gecontroleerd: .*--allow-empty'
run "pt-paragraph --check --lang en empty"
like "empty folder: in English with --lang en" "$T/err" '^pt-paragraph: no file was checked: .*--allow-empty'
unlike "empty folder: one language per run (--lang en)" "$T/err" 'gecontroleerd'
run "LC_ALL=C.UTF-8 PT_LANG= pt-paragraph --check empty"
unlike "empty folder: one language per run (C.UTF-8)" "$T/err" 'checked'
run "pt-paragraph --check --allow-empty empty"
is "empty folder with --allow-empty: exit 0" "$rc" 0
printf 'x' > "$T/other/notes.txt"
printf 'x' > "$T/other/scan.png"
run "pt-paragraph --check other"
is "only unknown formats: exit 2" "$rc" 2
like "only unknown formats: listed as skipped (text)" "$T/out" '^other/notes.txt: overgeslagen: geen vorm die --check leest'
like "only unknown formats: summary counts them" "$T/err" '0 bestanden gecontroleerd \(2 overgeslagen\)'
run "pt-paragraph --check --lang en --format json --allow-empty other"
like "skipped in JSON" "$T/out" '^\{"file":"other/notes.txt","skipped":"format","message":"not a format --check reads'
is "--allow-empty: exit 0" "$rc" 0
run "pt-paragraph --check --format sarif --allow-empty other"
cat > "$T/notes.py" <<'PY'
import json, sys
inv = json.load(open(sys.argv[1]))["runs"][0]["invocations"][0]
print(inv["executionSuccessful"], [(n["descriptor"]["id"], n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) for n in inv["toolExecutionNotifications"]])
PY
is "skipped in SARIF notifications" "$(python3 "$T/notes.py" "$T/out")" "True [('format', 'other/notes.txt'), ('format', 'other/scan.png')]"
run "pt-paragraph --check --format github --allow-empty other"
like "skipped as a GitHub notice" "$T/out" '^::notice file=other/notes.txt,title=pt-paragraph overgeslagen::'
cp "$C/24-placeholder-nvt.md" "$T/upper/up.MD"
cp "$C/01-sound-h2.md" "$T/upper/ok.Markdown"
run "pt-paragraph --check upper"
is "uppercase extensions: checked, the placeholder fails" "$rc" 1
like "uppercase extensions: up.MD checked" "$T/out" '^upper/up.MD:5:1: error: .*\[sectie-placeholder\]'
like "uppercase extensions: two files" "$T/err" '2 bestanden gecontroleerd'
run "pt-paragraph --check other/notes.txt $C/01-sound-h2.md"
is "unsupported file named: exit 2" "$rc" 2
is "unsupported file named: named on stderr" "$(head -1 "$T/err")" "pt-paragraph: other/notes.txt: kan niet controleren: geen vorm die --check leest (.md, .html, .json, .docx, .odt, .pdf)"

# ---- regular files only, within a size limit (issue 20.5) -----------------
mkdir -p "$T/links/sub"
printf '[core]\n\tsecret = hunter2\n' > "$T/links/config"
ln -s /dev/zero "$T/links/sub/z.md"
ln -s ../config "$T/links/sub/a.json"
cp "$C/01-sound-h2.md" "$T/links/sub/ok.md"
run "timeout 20 pt-paragraph --check links/sub"
is "links in a folder: not followed, exit 0" "$rc" 0
like "links in a folder: a.json skipped" "$T/out" '^links/sub/a.json: overgeslagen: een symbolische koppeling'
like "links in a folder: z.md skipped" "$T/out" '^links/sub/z.md: overgeslagen: een symbolische koppeling'
cat "$T/out" "$T/err" > "$T/both"
unlike "links in a folder: nothing of the target quoted" "$T/both" 'hunter2'
run "timeout 20 pt-paragraph --check links/sub/z.md"
is "a link to /dev/zero named: exit 2" "$rc" 2
like "a link to /dev/zero named: not a regular file" "$T/err" '^pt-paragraph: links/sub/z.md: kan niet controleren: geen gewoon bestand'
run "timeout 20 pt-paragraph --check /dev/zero"
is "a device named: exit 2" "$rc" 2
head -c 5000 /dev/zero | tr '\0' a > "$T/links/big.md"
run "pt-paragraph --check --max-size 4k links/big.md"
is "--max-size: a larger file named is exit 2" "$rc" 2
like "--max-size: says the limit" "$T/err" 'kan niet controleren: groter dan de grens van 4096 bytes \(--max-size\)'
run "pt-paragraph --check --max-size 4k links"
like "--max-size: in a folder, skipped" "$T/out" '^links/big.md: overgeslagen: groter dan de grens van --max-size'
run "pt-paragraph --check -q --max-size 4k - < links/big.md"
is "--max-size: standard input over it is exit 2" "$rc" 2
run "pt-paragraph --check --max-size 12x links/big.md"
is "--max-size: a bad size is exit 2" "$rc" 2
like "--max-size: a bad size is named" "$T/err" "--max-size: use a number of bytes, with k, M or G, not '12x'"

# A path longer than PATH_MAX is walked, not skipped in silence (20.12).
python3 - "$T/deep" "$C/24-placeholder-nvt.md" <<'PY'
import os, sys
os.mkdir(sys.argv[1])
fd = os.open(sys.argv[1], os.O_RDONLY)
for i in range(25):
    os.mkdir("d" * 200, dir_fd=fd)
    fd = os.open("d" * 200, os.O_RDONLY, dir_fd=fd)
out = os.open("v.md", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
os.write(out, open(sys.argv[2], "rb").read())
PY
run "pt-paragraph --check deep"
is "path over PATH_MAX: checked, exit 1" "$rc" 1
like "path over PATH_MAX: the finding" "$T/out" '/v.md:5:1: error: .*\[sectie-placeholder\]'
python3 -c 'import shutil, sys; shutil.rmtree(sys.argv[1])' "$T/deep"

# ---- hostile documents (issue 20.3, 20.4) ----------------------------------
# a memory limit shows quadratic memory; the sanitizers need their own
vlimit="ulimit -v 2000000;"
[ "${SANITIZE:-}" = 1 ] && vlimit=
python3 -c "open('$T/bi.html','w').write('<b><i>'*10000)"
python3 -c "open('$T/div.html','w').write('<div>'*100000)"
python3 -c "open('$T/attr.html','w').write('<p '+' '.join('a%d=1'%i for i in range(100000))+'>x</p>')"
python3 -c "open('$T/bi.md','w').write('# X\n\n<div>\n'+'<b><i>'*10000+'\n</div>\n')"
for f in bi.html div.html attr.html bi.md; do
	run "$vlimit timeout 20 pt-paragraph --check -q --lang en $f"
	is "hostile HTML $f: refused cleanly, exit 3" "$rc" 3
	like "hostile HTML $f: says why" "$T/err" '(nest deeper|more attributes) than --check reads \(1000\)'
done
python3 -c "open('$T/li.md','w').write('- '*200000 + 'é')"
python3 -c "open('$T/bq.md','w').write('> - '*150000 + 'é')"
slow=10
[ "${VALGRIND:-}" = 1 ] && slow=300
for f in li.md bq.md; do
	run "timeout $slow pt-paragraph --check -q $f"
	is "deep Markdown $f: in linear time (under 10 s), exit 1" "$rc" 1
done

# ---- no finding dropped for bytes that are not UTF-8 (issue 20.8) ---------
printf '# X\n\n## Participatie \377\n\nn.v.t.\n' > "$T/bad$(printf '\377').md"
run "pt-paragraph --check -q --format json bad*.md"
is "not UTF-8: one JSON finding" "$(wc -l < "$T/out" | tr -d ' ')" 1
is "not UTF-8: the name with U+FFFD" "$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).read())["file"] == "bad\ufffd.md")' "$T/out")" True
run "pt-paragraph --check -q --format sarif bad*.md"
is "not UTF-8: one SARIF result" "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["runs"][0]["results"]))' "$T/out")" 1
run "pt-paragraph --check -q --format gitlab bad*.md"
is "not UTF-8: one GitLab issue" "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$T/out")" 1

# ---- control characters in names are shown escaped (20.2, the check's part)
mkdir -p "$T/cc"
cp "$C/24-placeholder-nvt.md" "$T/cc/$(printf 'x\n::stop-commands::pwn\n.md')"
run "pt-paragraph --check -q cc"
is "a file name with newlines: one line of text" "$(wc -l < "$T/out" | tr -d ' ')" 1
like "a file name with newlines: escaped" "$T/out" '^cc/x\\x0a::stop-commands::pwn\\x0a.md:5:1: error: '
unlike "a file name with newlines: no command line of its own" "$T/out" '^::stop-commands'

# ---- SARIF: absolute paths as file:// URIs, the column kind (20.12) -------
run "pt-paragraph --check -q --format sarif $C/24-placeholder-nvt.md"
cat > "$T/uri.py" <<'PY'
import json, sys
run = json.load(open(sys.argv[1]))["runs"][0]
print(run["columnKind"], run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("file:///"))
PY
is "sarif: file:// for an absolute path, columnKind" "$(python3 "$T/uri.py" "$T/out")" "unicodeCodePoints True"

# ---- GitLab Code Quality ----------------------------------------------------
run "cd $C && pt-paragraph --check -q --format gitlab 24-placeholder-nvt.md 33-raadsvoorstel-no-role.md"
is "gitlab: exit 1" "$rc" 1
cat > "$T/cq.py" <<'PY'
import json, sys
issues = json.load(open(sys.argv[1]))
for i in issues:
    assert set(i) >= {"description", "check_name", "fingerprint", "severity", "location"}, i
print(len(issues), len({i["fingerprint"] for i in issues}),
      [(i["check_name"], i["severity"], i["location"]["path"], i["location"]["lines"]["begin"]) for i in issues])
PY
is "gitlab: issues with unique fingerprints" "$(python3 "$T/cq.py" "$T/out")" \
  "2 2 [('sectie-placeholder', 'major', '24-placeholder-nvt.md', 5), ('rol-raad', 'minor', '33-raadsvoorstel-no-role.md', 3)]"
run "pt-paragraph --check -q --format gitlab $C/01-sound-h2.md"
is "gitlab: a clean run is an empty list" "$(tr -d ' \n' < "$T/out")" "[]"

# ---- content, not words (issue 18) ------------------------------------------
run "pt-paragraph --check -q $C/60-thin-informed.md"
is "thin text ('Omwonenden worden geïnformeerd.'): exit 1" "$rc" 1
like "thin text: an error that names what is missing" "$T/out" 'error: de paragraaf is te dun: ze zegt niet hoe \(een werkvorm\), wat er met de inbreng gebeurt.*\[inhoud-dun\]'
run "pt-paragraph --check -q $C/61-rich-no-ladder.md"
is "rich text without a ladder word: exit 0" "$rc" 0
is "rich text without a ladder word: one warning, no error" "$(grep -c ': warning: ' "$T/out"):$(grep -c ': error: ' "$T/out")" "1:0"
run "pt-paragraph --check -q --fail-on warning $C/61-rich-no-ladder.md"
like "rich text without a ladder word: the warning is geen-trede" "$T/out" 'warning: de paragraaf zegt niet welke invloed mensen hebben.*\[geen-trede\]'
run "pt-paragraph --check -q $C/62-invloed-words.md"
is "influence in plain words ('mogen kiezen', 'beslissen over het budget'): clean" "$(cat "$T/out")" ""
run "pt-paragraph --check -q $C/63-pt-render-open.md"
is "pt's paragraph with open points: exit 1" "$rc" 1
like "pt's paragraph with open points: sectie-concept" "$T/out" "error: de paragraaf is nog niet af: ze bevat 'Open punt'.*\[sectie-concept\]"
run "pt-paragraph --check -q $C/64-pt-render-complete.md"
is "pt's complete paragraph: passes clean" "$rc:$(cat "$T/out")" "0:"
run "pt-paragraph --check -q $C/65-open-punt-geen.md"
like "no participation with an open point: fails" "$T/out" '\[sectie-concept\]'
run "pt-paragraph --check -q $C/66-concept-title.md"
like "a CONCEPT title: fails" "$T/out" "ze bevat 'CONCEPT'.*\[sectie-concept\]"
run "pt-paragraph --check -q $C/67-besluit-no-results.md $C/68-besluit-results.md"
like "decision stage without results: a finding" "$T/out" '^.*67-besluit-no-results.md:3:1: warning: het voorstel ligt voor ter besluitvorming.*\[resultaten\]'
unlike "decision stage with results: none" "$T/out" '68-besluit-results'
run "pt-paragraph --check -q --lang en $C/69-en-thin.md"
like "English thin text: an error in English" "$T/out" 'error: the section is too thin: it does not say how \(an activity\)'
printf '{"draftMarkers": ["ONTWERP"], "rules": {"inhoud-dun": "warning"}}\n' > "$T/cfg5.json"
run "pt-paragraph --check -q --config cfg5.json $C/60-thin-informed.md $C/66-concept-title.md"
is "config: thin text lowered to a warning, own draft markers: exit 0" "$rc" 0
unlike "config: CONCEPT no longer a marker" "$T/out" 'sectie-concept'
# A dossier up for decision needs its results (opbrengst).
run "pt-paragraph --set gewensteTrede=raadplegen --set beleidsfase=besluitvorming --set 'motivatie=Omwonenden zijn geraadpleegd; hun inbreng is verwerkt en zij kregen een brief.' $top/examples/voorstel.json | pt-paragraph --check -q"
like "dossier at besluitvorming without opbrengst: resultaten" "$T/out" '^<stdin>:1:1: warning: het voorstel ligt voor ter besluitvorming.*\(opbrengst\) \[resultaten\]'

# ---- Word, ODF and PDF (issue 18) ---------------------------------------------
D=$top/tests/check-docs
verdict() { sed -E 's/^[^:]*:[0-9]+:[0-9]+: ([a-z]+): .*\[([a-z-]+)\]$/\1 \2/' "$1" | sort | tr '\n' ' '; }
for ext in docx odt pdf; do
	n=0 bad=0 differ=0
	for f in "$D"/*.$ext; do
		name=${f##*/}
		base=${name%.*}
		base=${base%-lo}
		(cd "$D" && pt-paragraph --check -q "$name") > "$T/out" 2>"$T/err"
		cmp -s "$T/out" "$D/$name.expect" || { bad=$((bad + 1)); echo "# $name: findings differ"; diff "$D/$name.expect" "$T/out" | head -5 | sed 's/^/#   /'; }
		[ "$(verdict "$T/out")" = "$(verdict "$C/$base.expect")" ] || { differ=$((differ + 1)); echo "# $name: verdict differs from $base.md"; }
		n=$((n + 1))
	done
	[ "$n" -ge 20 ] && pass "$ext corpus: $n proposals (20 or more)" || fail "$ext corpus: only $n proposals"
	is "$ext corpus: every file gives its expected findings" "$bad" 0
	is "$ext corpus: every verdict is that of the Markdown original" "$differ" 0
done
n=$(ls "$D" | grep -c -- '-lo\.\(docx\|odt\|pdf\)$')
[ "$n" -ge 9 ] && pass "LibreOffice-saved files: $n" || fail "LibreOffice-saved files: only $n"
run "pt-paragraph --check --format json $D/61-rich-no-ladder.pdf"
like "pdf: the page in JSON" "$T/out" '"rule":"geen-trede",.*"page":1'
run "pt-paragraph --check --format json $D/60-thin-informed.docx"
like "docx: located by paragraph" "$T/out" '"line":2,"column":1,"severity":"error","rule":"inhoud-dun".*"unit":"paragraph"'
run "pt-paragraph --check --lang en $D/61-rich-no-ladder.pdf"
like "pdf: the page in text" "$T/out" ':2:1: warning: .* \(page 1\) \[geen-trede\]$'
# A folder of Word and PDF files only: checked, not skipped.
mkdir -p "$T/docs"
cp "$D/01-sound-h2.docx" "$D/24-placeholder-nvt.pdf" "$T/docs/"
cp "$D/01-sound-h2.odt" "$T/docs/UP.ODT"
run "pt-paragraph --check docs"
is "a folder of .docx, .pdf and .ODT: checked, the placeholder fails" "$rc" 1
like "a folder of .docx, .pdf and .ODT: three files" "$T/err" '3 bestanden gecontroleerd'

# Word as a Dutch Word writes it: style ids "Kop1", "Kop2" named "heading N",
# a bold one-line paragraph as a heading, a list, a table.
cat > "$T/mkdocx.py" <<'PY'
import sys, zipfile
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def p(text, style=None, bold=False, num=False):
    ppr = ''
    if style or num:
        ppr = '<w:pPr>' + (f'<w:pStyle w:val="{style}"/>' if style else '') + ('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else '') + '</w:pPr>'
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
def tc(t): return f'<w:tc>{p(t)}</w:tc>'
body = sys.argv[2]
parts = {
 'kop': p('Collegevoorstel Fietsroute', 'Kop1') + p('Participatie', 'Kop2') + p('Omwonenden worden geïnformeerd.') + p('Financiën', 'Kop2') + p('Gedekt.'),
 'bold': p('Collegevoorstel Fietsroute', 'Kop1') + p('Participatie', bold=True) + p('n.v.t.') + p('Financiën', bold=True) + p('Gedekt.'),
 'list': p('Collegevoorstel Fietsroute', 'Kop1') + p('Juridisch: geen.', num=True) + p('Participatie: n.v.t.', num=True),
 'table': p('Collegevoorstel Fietsroute', 'Kop1') + '<w:tbl>' + '<w:tr>' + tc('Participatie') + tc('PM') + '</w:tr></w:tbl>',
 'pages': p('Collegevoorstel Fietsroute', 'Kop1') + p('Aanleiding.') + '<w:p><w:r><w:lastRenderedPageBreak/><w:t>Vervolg.</w:t></w:r></w:p>' + p('Participatie', 'Kop2') + p('n.v.t.'),
}[body]
styles = f'<w:styles {W}><w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/></w:style></w:styles>'
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr('word/document.xml', f'<w:document {W}><w:body>{parts}</w:body></w:document>')
    z.writestr('word/styles.xml', styles)
PY
for kind in kop bold list table pages; do python3 "$T/mkdocx.py" "$T/$kind.docx" $kind; done
run "pt-paragraph --check -q kop.docx"
is "docx 'Kop 2' heading: the section found, thin text fails" "$(cat "$T/out")" "kop.docx:2:1: error: de paragraaf is te dun: ze zegt niet hoe (een werkvorm), wat er met de inbreng gebeurt; beschrijf wie meedoet, hoe, met welke invloed en wat er met de inbreng gebeurt [inhoud-dun]"
run "pt-paragraph --check -q bold.docx"
like "docx bold one-line heading: the placeholder at paragraph 3" "$T/out" "^bold.docx:3:1: error: de participatieparagraaf zegt alleen 'n.v.t.'"
run "pt-paragraph --check -q list.docx"
like "docx list item: the placeholder" "$T/out" "^list.docx:3:1: error: .*'n.v.t.'.*\[sectie-placeholder\]"
run "pt-paragraph --check -q pages.docx"
like "docx where Word laid out its pages: the page with the paragraph" "$T/out" "^pages.docx:5:1: error: .*'n.v.t.'.* \(pagina 2\) \[sectie-placeholder\]"
run "pt-paragraph --check -q table.docx"
like "docx table row: the placeholder" "$T/out" "^table.docx:2:1: error: .*'PM'.*\[sectie-placeholder\]"
# ODF as LibreOffice writes it in Dutch: an automatic style whose parent is
# "Kop 2" (Heading_20_2), a paragraph bold by its spans as a heading.
cat > "$T/mkodt.py" <<'PY'
import sys, zipfile
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
styles = (f'<office:document-styles {NS}><office:styles>'
          '<style:style style:name="Heading_20_2" style:display-name="Kop 2" style:family="paragraph"/>'
          '</office:styles></office:document-styles>')
content = (f'<office:document-content {NS}><office:automatic-styles>'
           '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Heading_20_2"/>'
           '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
           '</office:automatic-styles><office:body><office:text>'
           '<text:p>Collegevoorstel Fietsroute</text:p>'
           + (sys.argv[2] == 'kop' and
              '<text:p text:style-name="P1">Participatie</text:p><text:p>PM</text:p>'
              '<text:soft-page-break/>'
              '<text:p text:style-name="P1">Financi\u00ebn</text:p><text:p>Gedekt.</text:p>'
              or
              '<text:soft-page-break/>'
              '<text:p><text:span text:style-name="T1">Participatie</text:span></text:p><text:p>n.v.t.</text:p>'
              '<text:p><text:span text:style-name="T1">Financi\u00ebn</text:span></text:p><text:p>Gedekt.</text:p>') +
           '</office:text></office:body></office:document-content>')
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    z.writestr('mimetype', 'application/vnd.oasis.opendocument.text')
    z.writestr('content.xml', content)
    z.writestr('styles.xml', styles)
PY
python3 "$T/mkodt.py" "$T/kop.odt" kop
python3 "$T/mkodt.py" "$T/bold.odt" bold
run "pt-paragraph --check -q bold.odt"
is "odt bold by its spans, alone on its line: a heading, on page 2" "$(cat "$T/out")" "bold.odt:3:1: error: de participatieparagraaf zegt alleen 'n.v.t.': beschrijf de participatie, of waarom er geen is (pagina 2) [sectie-placeholder]"
run "pt-paragraph --check -q kop.odt"
is "odt 'Kop 2' through an automatic style: the placeholder, on page 1" "$(cat "$T/out")" "kop.odt:3:1: error: de participatieparagraaf zegt alleen 'PM': beschrijf de participatie, of waarom er geen is (pagina 1) [sectie-placeholder]"

# Files that are not what their name says: bad input, exit 3.
printf '# Participatie\n' > "$T/fake.docx"
cp "$T/fake.docx" "$T/fake.odt"; cp "$T/fake.docx" "$T/fake.pdf"
for f in fake.docx fake.odt fake.pdf; do
	run "pt-paragraph --check -q $f"
	is "$f that is text: exit 3" "$rc" 3
done
like "a fake PDF: says so" "$T/err" '^pt-paragraph: fake.pdf: geen leesbare pdf'
python3 -c "import zipfile; zipfile.ZipFile('$T/empty.docx','w').writestr('x.txt','x')"
run "pt-paragraph --check -q empty.docx"
is "a zip without word/document.xml: exit 3" "$rc" 3
like "a zip without word/document.xml: says so" "$T/err" 'word/document.xml ontbreekt: geen Word-document'
python3 -c "import zipfile; z=zipfile.ZipFile('$T/bad.docx','w'); z.writestr('word/document.xml','<w:document><w:body>')"
run "pt-paragraph --check -q bad.docx"
like "malformed XML: exit 3, said" "$T/err" 'word/document.xml is geen welgevormde XML'
# A zip bomb: the size the zip declares is over the limit, so it is not unpacked.
python3 -c "
import zipfile
z = zipfile.ZipFile('$T/bomb.docx', 'w', zipfile.ZIP_DEFLATED)
z.writestr('word/document.xml', '<a>' + ' ' * (300 << 20) + '</a>')
"
run "$vlimit pt-paragraph --check -q bomb.docx"
is "zip bomb: refused, exit 3" "$rc" 3
like "zip bomb: says the limit" "$T/err" 'pakt uit tot meer dan'
# Standard input: a PDF or Word file by its first bytes.
run "pt-paragraph --check -q - < $D/24-placeholder-nvt.pdf"
like "stdin PDF: sniffed" "$T/out" "^<stdin>:.*'n.v.t.'"
run "pt-paragraph --check -q < $D/24-placeholder-nvt.docx"
like "stdin Word: sniffed" "$T/out" "^<stdin>:.*'n.v.t.'"

# Every werkvorm of pt-plan's catalogue says "how", in Dutch and English: a
# paragraph pt-render writes with any of them needs no other word for it.
missing=
while IFS=, read -r id naam name rest; do
	for n in "$naam" "$name"; do
		printf '# V\n\n## Participatie\n\nOmwonenden denken mee via %s; zij horen na het besluit wat er met hun inbreng is gedaan.\n' "$n" > "$T/wv.md"
		(cd "$T" && pt-paragraph --check -q wv.md) 2>&1 | grep -q '\[werkvorm\]' && missing="$missing $id($n)"
	done
done <<EOF2
$(python3 -c "
import csv
for r in csv.DictReader(open('$top/lib/data/werkvormen.csv')):
    if r.get('soort', 'werkvorm') == 'werkvorm':
        print(','.join((r['id'], r['naam'].replace(',', ' '), r['name'].replace(',', ' '))))")
EOF2
is "every catalogue werkvorm counts as saying how" "$missing" ""

# ---- honest reports (issue 28) ---------------------------------------------
mkdir -p "$T/hr/voorstellen"
cp "$C/01-sound-h2.md" "$C/24-placeholder-nvt.md" "$T/hr/voorstellen/"
printf 'PK\003\004 not really a zip' > "$T/hr/voorstellen/kapot.docx"
cat > "$T/inv.py" <<'PY'
import json, sys
inv = json.load(open(sys.argv[1]))["runs"][0]["invocations"][0]
print(inv["executionSuccessful"], [(n["level"], n["descriptor"]["id"],
      n.get("locations", [{}])[0].get("physicalLocation", {}).get("artifactLocation", {}).get("uri", "-"))
      for n in inv["toolExecutionNotifications"]])
PY
run "cd hr && pt-paragraph --check -q --format sarif voorstellen"
is "sarif, a corrupt .docx: exit 3" "$rc" 3
is "sarif, a corrupt .docx: not successful, a notification for it" "$(python3 "$T/inv.py" "$T/out")" \
  "False [('error', 'malformed', 'voorstellen/kapot.docx')]"
run "pt-paragraph --check -q --format sarif empty"
is "sarif, an empty run: exit 2" "$rc" 2
is "sarif, an empty run: not successful, says why" "$(python3 "$T/inv.py" "$T/out")" "False [('error', 'nothing-checked', '-')]"
run "pt-paragraph --check -q --format sarif no-such.md"
is "sarif, a missing file: not successful" "$(python3 "$T/inv.py" "$T/out")" "False [('error', 'unreadable', 'no-such.md')]"
run "pt-paragraph --check -q --format sarif $C/01-sound-h2.md"
is "sarif, a clean run: successful, no notification" "$(python3 "$T/inv.py" "$T/out")" "True []"
run "cd hr && pt-paragraph --check -q --format github voorstellen"
like "github: an unreadable file is an error annotation" "$T/out" '^::error file=voorstellen/kapot.docx,title=pt-paragraph malformed::'
run "pt-paragraph --check -q --format github empty"
like "github: an empty run is an error annotation" "$T/out" '^::error title=pt-paragraph nothing-checked::geen bestand gecontroleerd'

# GitLab fingerprints: the same under inserted lines, ./ and an absolute path.
cat > "$T/fp.py" <<'PY'
import json, sys
print(" ".join(sorted(i["fingerprint"] + "@" + i["location"]["path"] for i in json.load(open(sys.argv[1])))))
PY
run "cd hr && pt-paragraph --check -q --format gitlab voorstellen"
python3 "$T/fp.py" "$T/out" > "$T/fp1"
run "cd hr && pt-paragraph --check -q --format gitlab ./voorstellen/"
python3 "$T/fp.py" "$T/out" > "$T/fp2"
run "cd hr && pt-paragraph --check -q --format gitlab \$PWD/voorstellen"
python3 "$T/fp.py" "$T/out" > "$T/fp3"
{ printf 'Inleiding.\n\nNog een regel.\n\n'; cat "$C/24-placeholder-nvt.md"; } > "$T/hr/voorstellen/24-placeholder-nvt.md"
run "cd hr && pt-paragraph --check -q --format gitlab voorstellen"
python3 "$T/fp.py" "$T/out" > "$T/fp4"
like "gitlab: a fingerprint and a relative path" "$T/fp1" '^[0-9a-f]{16}@voorstellen/24-placeholder-nvt.md$'
same "gitlab: fingerprints the same with ./" "$T/fp2" "$T/fp1"
same "gitlab: fingerprints and paths the same for an absolute path" "$T/fp3" "$T/fp1"
same "gitlab: fingerprints the same with lines inserted above" "$T/fp4" "$T/fp1"
printf '# X\n\n## Participatie\n\nPM\n' > "$T/hr/voorstellen/b.md"
printf '# X\n\n## Participatie\n\nPM\n' > "$T/hr/voorstellen/c.md"
run "cd hr && pt-paragraph --check -q --format gitlab voorstellen/b.md voorstellen/b.md voorstellen/c.md"
is "gitlab: fingerprints stay unique" "$(python3 -c 'import json,sys; f=[i["fingerprint"] for i in json.load(open(sys.argv[1]))]; print(len(f), len(set(f)))' "$T/out")" "3 3"
rm "$T/hr/voorstellen/b.md" "$T/hr/voorstellen/c.md"

# Controls in every format (issue 29.5): ESC, BEL, C1 and bidi are shown
# as text, never written raw.
mkdir -p "$T/ctl"
printf '<h1>X</h1><h2>Participatie &#x1b;[31m &#x8d; &#x202e;x</h2>' > "$T/ctl/$(printf 'a\033]0;x\007b').html"
for fmt in text json github sarif gitlab junit; do
	run "pt-paragraph --check -q --format $fmt ctl"
	if LC_ALL=C grep -q "$(printf '[\001-\011\013-\037\177]')" "$T/out" || grep -q "$(printf '\302\205\|\342\200\256')" "$T/out"; then
		fail "controls in --format $fmt: escaped"
	else
		pass "controls in --format $fmt: escaped"
	fi
	like "controls in --format $fmt: shown as text" "$T/out" 'a(\\+x1b\]0;x\\+x07b|%1B%5D0%3Bx%07b)'
done
run "pt-paragraph --check -q --format json ctl"
like "controls in a message: shown as text" "$T/out" "\\\\\\\\x1b\\[31m \\\\\\\\u008d \\\\\\\\u202ex"

# ---- pt-render's own batch folder (issue 26) ---------------------------------
# Its index.html (pt-render's generator tag) is skipped; the proposals' own
# pages are checked; an index.html of another maker is checked as any file.
run "cd $top/examples && pt-paragraph --csv batch/voorstellen-2027.csv | pt-stakeholders -f batch/stakeholders-2027.csv | pt-strategy | pt-plan > $T/batch.jsonl && pt-render -t html -o $T/batch/ $T/batch.jsonl; pt-render -o $T/mdbatch/ $T/batch.jsonl"
[ -f "$T/batch/index.html" ] && pass "batch: pt-render wrote index.html" || fail "batch: pt-render wrote index.html"
run "pt-paragraph --check batch"
like "batch: pt-render's index.html skipped, and said why" "$T/out" '^batch/index.html: overgeslagen: het overzicht van pt-render'
unlike "batch: no finding in pt-render's index.html" "$T/out" '^batch/index.html:[0-9]'
like "batch: the proposals are checked" "$T/out" '^batch/CV-2027-0'
[ -f "$T/mdbatch/index.md" ] && pass "batch: pt-render wrote index.md for Markdown" || fail "batch: pt-render wrote index.md for Markdown"
run "pt-paragraph --check mdbatch"
like "batch: pt-render's index.md skipped, and said why" "$T/out" '^mdbatch/index.md: overgeslagen: het overzicht van pt-render'
unlike "batch: no finding in pt-render's index.md" "$T/out" '^mdbatch/index.md:[0-9]'
like "batch: the Markdown proposals are checked" "$T/out" '^mdbatch/CV-2027-0'
mkdir -p "$T/own"
printf '<html><head><title>Voorstellen</title></head><body><h1>CONCEPT</h1><h2>Participatie</h2><p>PM</p></body></html>\n' > "$T/own/index.html"
printf '# Participatie\n\nCONCEPT\n' > "$T/own/index.md"
run "pt-paragraph --check own"
like "an index.html of another maker: checked" "$T/out" '^own/index.html:[0-9]+:[0-9]+: error: '
like "an index.md of another maker: checked" "$T/out" '^own/index.md:[0-9]+:[0-9]+: error: '

# ---- a rule is a row (issue 23) ---------------------------------------------
# "The section names a contact": one row of ruleTable and one term list, in a
# data directory; no C.  It is reported, listed in SARIF, and tuned by --config.
mkdir -p "$T/rowdata"
python3 - "$top/lib/data/check-config.json" "$T/rowdata/check-config.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
c["ruleTable"].append({"id": "contact", "severity": "warning", "reads": "section", "says": ["contact"],
    "pad": "voorstel.contact",
    "text": {"nl": "De paragraaf noemt een contactpersoon.", "en": "The section names a contact."},
    "message": {"nl": "de paragraaf noemt geen contactpersoon", "en": "the section names no contact"}})
c["terms"]["contact"] = ["contactpersoon", "contact&met", "mail&naar"]
json.dump(c, open(sys.argv[2], "w"))
PY
run "PT_DATA_DIR=$T/rowdata pt-paragraph --check -q $C/01-sound-h2.md"
like "a rule that is a row: reported" "$T/out" 'warning: de paragraaf noemt geen contactpersoon \[contact\]$'
printf '# X\n\n## Participatie\n\nOmwonenden adviseren in mei op een avond; hun inbreng verwerken we en we sturen een verslag. Vragen? Mail naar participatie@gemeente.nl.\n' > "$T/contact.md"
run "PT_DATA_DIR=$T/rowdata pt-paragraph --check -q contact.md"
is "a rule that is a row: satisfied by its term list" "$(cat "$T/out")" ""
run "PT_DATA_DIR=$T/rowdata pt-paragraph --check -q --format sarif $C/01-sound-h2.md"
is "a rule that is a row: in SARIF's rules, after the built-in ones" "$(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["runs"][0]; print(len(r["tool"]["driver"]["rules"]), r["results"][0]["ruleIndex"])' "$T/out")" "17 16"
printf '{"rules": {"contact": "error"}}\n' > "$T/cfg-contact.json"
run "PT_DATA_DIR=$T/rowdata pt-paragraph --check -q --config cfg-contact.json $C/01-sound-h2.md"
is "a rule that is a row: raised by --config" "$rc" 1
run "pt-paragraph --check -q --config cfg-contact.json $C/01-sound-h2.md"
like "without the row, the rule is unknown" "$T/err" "unknown rule 'contact'"

# A language is a column: in the pseudo-language qps (tools/pseudo.py)
# every text of a finding comes from a table, marked ⟦…⟧, the parts it
# lists, a rule's message from ruleTable, the skipped file's words.
python3 "$top/tools/pseudo.py" "$T/qps"
mkdir "$T/qdir"
printf 'x' > "$T/qdir/a.txt"
printf '# X\n\n## Participatie\n\nWe informeren de buurt.\n' > "$T/qdir/thin.md"
run "PT_DATA_DIR=$T/qps pt-paragraph --check -q --lang qps qdir"
like "qps: a finding marked, and the parts it lists" "$T/out" \
	'thin.md:3:1: error: ⟦the section is too thin: it does not say ⟦how \(an activity\)⟧, ⟦what is done with the input⟧; .*⟧ \[inhoud-dun\]$'
like "qps: a skipped file's words marked" "$T/out" '^qdir/a.txt: ⟦skipped⟧: ⟦not a format --check reads .*⟧$'
run "PT_DATA_DIR=$T/qps pt-paragraph --check -q --lang qps --format sarif qdir/thin.md"
is "qps: ruleTable's texts marked (sarif)" "$(jq -r '.runs[0].tool.driver.rules[].shortDescription.text' "$T/out" | grep -vc '^⟦.*⟧$')" 0
printf '# X\n\n## Participatie\n\nOmwonenden adviseren op een avond; hun inbreng verwerken we en we sturen een verslag.\n' > "$T/qdir/when.md"
run "PT_DATA_DIR=$T/qps pt-paragraph --check -q --lang qps qdir/when.md"
is "qps: a rule's message from ruleTable marked" "$(cat "$T/out")" \
	"qdir/when.md:3:1: warning: ⟦the section does not say when the participation takes or took place⟧ [planning]"

done_testing
