#!/bin/sh
# The house: no link circle among the objects of lib/ (tools/linkcircles.sh).
# How it is checked: every undefined symbol of an object (nm -u) joined to
# the object that defines it (nm --defined-only), and a circle sought in
# that graph.
. "$(dirname "$0")/../lib.sh"
lc=$top/tools/linkcircles.sh
: "${PT_BUILD:?run through make check}"

mkdir "$T/two" "$T/one" "$T/none"
printf 'int b(void);\nint a(void) { return b(); }\n' > "$T/two/a.c"
printf 'int a(void);\nint b(void) { return a() + 1; }\n' > "$T/two/b.c"
printf 'int c(void) { return 0; }\n' > "$T/one/c.c"
printf 'int c(void);\nint d(void) { return c(); }\n' > "$T/one/d.c"
for f in "$T"/two/*.c "$T"/one/*.c; do cc -c -o "${f%.c}.o" "$f"; done

run "sh $lc $T/two"
is "a planted circle: exit 1" "$rc" 1
like "  and it is named" "$T/out" '^(a\.o -> b\.o -> a\.o|b\.o -> a\.o -> b\.o)$'
run "sh $lc $T/one"
is "one arrow one way: exit 0" "$rc" 0
is "  and nothing said" "$(cat "$T/out")" ""
run "sh $lc $T/none"
is "no objects: exit 2" "$rc" 2
like "  and says to build" "$T/err" 'no objects in .*run make first'

run "sh $lc $PT_BUILD/lib"
is "lib/: no link circle" "$rc" 0
is "  none named" "$(cat "$T/out")" ""

# One home for the words: every message of lib/data/meldingen.csv once,
# used by the code, with the conversions of its id (tools/textcheck.py);
# lib/msgtab.h holds no message (a merged one: tools/msgtab2csv.py).
tc=$top/tools/textcheck.py
run "python3 $tc $top"
is "meldingen.csv: each message once, each used, same conversions" "$rc" 0
sed 's/^/#   /' "$T/out" | grep -v '^#   # ' | head -10
mkdir -p "$T/tc/lib/data" "$T/tc/cmd"
printf 'id,nl,fy\nsaid,gezegd,sein\nunsaid,ongezegd,\n%%s done,%%s klaar,%%d dien\nsaid,weer,\n' > "$T/tc/lib/data/meldingen.csv"
cat > "$T/tc/cmd/x.c" <<'EOC'
const char *a = pt_tr("sa" /* joined */
	"id"), *b = pt_tr("%s done"), c = '"';
EOC
run "python3 $tc $T/tc"
is "  a planted fault: exit 1" "$rc" 1
like "  an unused message named" "$T/out" 'meldingen.csv:3: unused: unsaid$'
like "  a second row named" "$T/out" 'meldingen.csv:5: twice: said$'
like "  another conversion named" "$T/out" "meldingen.csv:4: format: fy has \['%d'\]"
unlike "  literals joined as the compiler joins them" "$T/out" 'unused: said$'
is "lib/msgtab.h: no message left in it" "$(grep -c '^{' "$top/lib/msgtab.h")" 0
done_testing
