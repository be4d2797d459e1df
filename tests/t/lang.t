#!/bin/sh
# The language of messages as people spell it (--lang, PT_LANG, the
# locale: nl, NL, nl_NL.UTF-8, nl_BE, en_GB.UTF-8), and a long value
# echoed in a message cut to a readable length.
. "$(dirname "$0")/../lib.sh"
nl='^pt-plan: --budget: .x. is geen getal'
en='^pt-plan: --budget: .x. is not a number'
for v in nl NL Nl nl_NL.UTF-8 nl_BE nl-BE nl_NL@euro; do
	run "PT_LANG=$v pt-plan --budget x < /dev/null"
	like "PT_LANG=$v: Dutch" "$T/err" "$nl"
	run "pt-plan --lang $v --budget x < /dev/null"
	like "--lang $v: Dutch" "$T/err" "$nl"
done
for v in nl_NL.UTF-8 nl_BE NL; do
	run "LC_ALL=$v pt-plan --budget x < /dev/null"
	like "LC_ALL=$v: Dutch" "$T/err" "$nl"
	run "LC_ALL= LC_MESSAGES= LANG=$v pt-plan --budget x < /dev/null"
	like "LANG=$v: Dutch" "$T/err" "$nl"
done
for v in en EN en_GB.UTF-8 en_US; do
	run "PT_LANG=$v LC_ALL=nl_NL.UTF-8 pt-plan --budget x < /dev/null"
	like "PT_LANG=$v over a Dutch locale: English" "$T/err" "$en"
	run "LC_ALL=nl_NL.UTF-8 pt-plan --lang $v --budget x < /dev/null"
	like "--lang $v over a Dutch locale: English" "$T/err" "$en"
done
run "LC_ALL=en_GB.UTF-8 pt-plan --budget x < /dev/null"
like "LC_ALL=en_GB.UTF-8: English" "$T/err" "$en"
run "LC_ALL=C.UTF-8 PT_LANG=fr pt-plan --budget x < /dev/null"
like "PT_LANG=fr (no such language): the locale's" "$T/err" "$en"
for v in fr nlx e 'nl NL' 9; do
	run "pt-plan --lang '$v' < /dev/null"
	is "--lang '$v': a usage error" "$rc" 2
	like "  said" "$T/err" "^pt-plan: --lang: use nl or en, not '$v'"
done
run "PT_LANG=nl_BE pt-plan --lang en_GB.UTF-8 --budget x < /dev/null"
like "--lang wins over PT_LANG" "$T/err" "$en"

# A 5,000-digit value: its first 40 characters, an ellipsis and its length.
big=$(awk 'BEGIN { for (i = 0; i < 5000; i++) printf "9" }')
run "pt-plan --budget x$big < /dev/null"
is "a 5,000-digit --budget: exit 2" "$rc" 2
like "  cut, with its length" "$T/err" "^pt-plan: --budget: 'x9{39}… \\(5001 characters\\)' is not a number"
is "  one line and the hint, short" "$(wc -c < "$T/err" | tr -d ' ')" 144
run "PT_LANG=nl pt-evaluate --kosten x$big < /dev/null"
like "  in Dutch: tekens" "$T/err" "'x9{39}… \\(5001 tekens\\)' is geen getal"
run "pt-paragraph -n --set schaal=$big"
like "a 5,000-character vocabulary value, cut in the message itself" "$T/err" \
	"unknown value '9{40}… \\(5000 characters\\)' \\(allowed: straat"
run "pt-paragraph -n --set besluitdatum=$big"
like "a 5,000-digit date" "$T/err" "besluitdatum: '9{40}… \\(5000 characters\\)' is not a date"
long=$(awk 'BEGIN { for (i = 0; i < 50; i++) printf "ééé" }')
run "pt-paragraph -n --set schaal=$long"
like "150 characters (300 bytes): cut by characters, not bytes" "$T/err" "'(éé){20}… \\(150 characters\\)'"
run "pt-paragraph -n --set schaal=wjik"
like "a short value: whole" "$T/err" "unknown value 'wjik'; did you mean 'wijk'"
done_testing
