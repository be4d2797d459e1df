#!/bin/sh
# Bench stage of pt-plan at scale (issue 20.9; run by bench.sh with W and B
# set): one dossier with S, 10 S and 100 S stakeholders, each with its own
# step in strategie.perStakeholder (S = 3000 by default, PT_PLAN_SCALE).
# Linear work takes ten times as long for ten times as many; the ceiling
# is 15x per tenfold (1.5x linear), as for the other programs.
: "${B:?run through make bench}" "${W:?}"
[ -x "$B/pt-plan" ] || { echo "plan-scale: not built, skipped"; exit 0; }
S=${PT_PLAN_SCALE:-3000}
stat() { "$B/tools/runstat" "$@"; }
cpu() { sed -n 's/^cpu \([0-9.]*\).*/\1/p'; }
gen() {
	awk -v n="$1" 'BEGIN {
		split("omwonenden ondernemers maatschappelijk overheid kinderen huurders intern ouderen", g, " ")
		split("raadplegen adviseren informeren", t, " ")
		printf "{\"pt\":1,\"voorstel\":{\"id\":\"schaal-%d\",\"locatie\":{\"schaal\":\"stad\"},\"datumBesluit\":\"2028-06-01\"},\"stakeholders\":[", n
		for (i = 0; i < n; i++)
			printf "%s{\"naam\":\"s%d\",\"groep\":\"%s\"}", i ? "," : "", i, g[i % 8 + 1]
		printf "],\"strategie\":{\"participatie\":true,\"ladder\":\"burgerparticipatie\",\"trede\":\"adviseren\",\"perStakeholder\":["
		for (i = n - 1; i >= 0; i--)
			printf "%s{\"naam\":\"s%d\",\"trede\":\"%s\"}", i < n - 1 ? "," : "", i, t[i % 3 + 1]
		printf "]}}\n"
	}'
}
prev=
printf '%-14s %10s %8s %9s  %s\n' plan-scale stakeholders cpu growth "(ceiling 15x per 10x)"
for k in 1 10 100; do
	n=$((S * k))
	gen "$n" > "$W/plan-scale.in"
	t=$(stat "$W/plan-scale.in" /dev/null "$B/pt-plan" | cpu)
	if [ -n "$prev" ]; then
		awk -v n="$n" -v t="$t" -v p="$prev" 'BEGIN {
			if (p < 0.01) p = 0.01
			r = t / p
			printf "%-14s %10d %8s %8.1fx  %s\n", "", n, t, r, (r <= 15 ? "ok" : "OVER")
		}'
	else
		printf '%-14s %10d %8s %9s\n' "" "$n" "$t" -
	fi
	prev=$t
done
rm -f "$W/plan-scale.in"

# The catalogue: C and 4 C werkvormen (C = 1000, PT_PLAN_CATALOG), the
# shipped rows repeated under new ids and names.  Reading it looks each
# id up among the rows before it; linear work takes four times as long,
# the ceiling is 6x per fourfold (1.5x linear).
C=${PT_PLAN_CATALOG:-1000}
CAT=$(dirname "$0")/../../lib/data/werkvormen.csv
catalog() {
	awk -v n="$1" 'NR == 1 { print; next } { row[++m] = $0 }
	END {
		for (i = 0; i < n; i++) {
			r = row[i % m + 1]
			if (i >= m) {	# id, naam and name made unique; the rest as shipped
				split(r, f, ",")
				r = f[1] i "," f[2] " " i "," f[3] " " i substr(r, length(f[1] f[2] f[3]) + 3)
			}
			print r
		}
	}' "$CAT"
}
printf '{"pt":1,"voorstel":{"id":"cat","locatie":{"schaal":"wijk"},"datumBesluit":"2028-06-01"},"strategie":{"participatie":true,"ladder":"burgerparticipatie","trede":"adviseren"}}\n' > "$W/plan-cat.in"
prev=
printf '%-14s %10s %8s %9s  %s\n' plan-catalog werkvormen cpu growth "(ceiling 6x per 4x)"
for k in 1 4; do
	n=$((C * k))
	catalog "$n" > "$W/plan-cat.csv"
	t=$(stat "$W/plan-cat.in" /dev/null "$B/pt-plan" --catalog "$W/plan-cat.csv" | cpu)
	if [ -n "$prev" ]; then
		awk -v n="$n" -v t="$t" -v p="$prev" 'BEGIN {
			if (p < 0.01) p = 0.01
			r = t / p
			printf "%-14s %10d %8s %8.1fx  %s\n", "", n, t, r, (r <= 6 ? "ok" : "OVER")
		}'
	else
		printf '%-14s %10d %8s %9s\n' "" "$n" "$t" -
	fi
	prev=$t
done
rm -f "$W/plan-cat.in" "$W/plan-cat.csv"
