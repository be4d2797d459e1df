#!/bin/sh
# Bench stage for pt-results' scaling, run by bench.sh with W and B set:
# a reactienota of 2,000, 20,000 and 200,000 rows (half activities, half
# points, each naming its submitter, whose name is in a name column) for
# 1,000 dossiers.  Each step of 10x may cost at most 15x the time.
: "${W:?run through make bench}" "${B:?}"
[ -x "$B/pt-results" ] || { echo "results scaling: not built, skipped"; exit 0; }
stat() { "$B/tools/runstat" "$@"; }
cpu() { sed -n 's/^cpu \([0-9.]*\).*/\1/p'; }
echo "results scaling (ceiling 15x a step of 10x)"
"$B/tools/gendossiers" 1000 | "$B/pt-paragraph" > "$W/res-d" 2>/dev/null
prev=
for n in 1000 10000 100000; do
	awk -v n=$n 'BEGIN {
		print "voorstel;naam;activiteit;datum;deelnemers;inbreng;besluit;reden"
		for (i = 0; i < n; i++) {
			printf "CV-2026-%05d;;act%d;2027-03-%02d;%d;;;\n", i % 1000 + 1, i, i % 28 + 1, i % 50
			printf "CV-2026-%05d;Persoon%d Achter%d;act%d;;;Punt %d van Persoon%d;niet;\n", i % 1000 + 1, i, i, i, i, i
		}
	}' > "$W/res.csv"
	t=$(stat "$W/res-d" /dev/null "$B/pt-results" -f "$W/res.csv" 2>/dev/null | cpu)
	awk -v n=$((2 * n)) -v t="$t" -v p="$prev" 'BEGIN {
		if (p == "") { printf "  %-28s %8d %8.2f s\n", "-f rows", n, t; exit }
		b = p < 0.01 ? 0.01 : p; r = t / b
		printf "  %-28s %8d %8.2f s  x%6.2f  %s\n", "-f rows", n, t, r, (r <= 15 ? "ok" : "OVER")
	}'
	prev=$t
done
