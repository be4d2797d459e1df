#!/bin/sh
# Bench stage for pt-render, run by bench.sh with W, B and N set: one
# dossier with many stakeholders and activities (issue 20, item 9: a city-wide
# list of 30,000 took 49 s, each stakeholder looked up in the whole
# per-stakeholder list, the activities sorted by insertion).  Renders
# --section all at 3,000 and 30,000 of each; the ceiling on the growth is
# 15x for ten times the size (linear, with room for noise).
: "${W:?run through make bench}" "${B:?}"
[ -x "$B/pt-render" ] || { echo "render-scale: not built, skipped"; exit 0; }
stat() { "$B/tools/runstat" "$@"; }
cpu() { sed -n 's/^cpu \([0-9.]*\).*/\1/p'; }

# One dossier with n stakeholders (each with a per-stakeholder step) and n
# activities, on one line.
big() {
	awk -v n="$1" 'BEGIN {
		printf "{\"pt\":1,\"voorstel\":{\"id\":\"GROOT\",\"titel\":\"Groot\",\"datumBesluit\":\"2027-06-01\"},\"stakeholders\":["
		for (i = 0; i < n; i++)
			printf "%s{\"naam\":\"Partij %d\",\"groep\":\"inwoners\",\"invloed\":%d,\"belang\":%d,\"houding\":\"voor\",\"kwadrant\":\"informeren\"}",
				i ? "," : "", i, i % 5 + 1, (i * 7) % 5 + 1
		printf "],\"strategie\":{\"participatie\":true,\"trede\":\"raadplegen\",\"perStakeholder\":["
		for (i = 0; i < n; i++)
			printf "%s{\"naam\":\"Partij %d\",\"trede\":\"informeren\"}", i ? "," : "", n - 1 - i
		printf "]},\"plan\":{\"activiteiten\":["
		for (i = 0; i < n; i++)
			printf "%s{\"werkvorm\":\"w%d\",\"naam\":\"Activiteit %d\",\"week\":%d,\"uren\":1,\"kostenEur\":10}",
				i ? "," : "", i, i, -((i * 37) % 50)
		print "]}}"
	}'
}
big 3000 > "$W/scale-1"
big 30000 > "$W/scale-10"
a=$(stat "$W/scale-1" /dev/null "$B/pt-render" --section all --format html | cpu)
b=$(stat "$W/scale-10" /dev/null "$B/pt-render" --section all --format html | cpu)
awk -v a="$a" -v b="$b" 'BEGIN {
	if (a < 0.01) a = 0.01
	r = b / a
	printf "%-14s %8s %8s %7.2f  %s\n", "render-scale", b, a, r, (r <= 15 ? "ok" : "OVER")
	printf "  (pt-render --section all, one dossier: 30,000 stakeholders and activities against 3,000; ceiling 15x)\n"
}'
