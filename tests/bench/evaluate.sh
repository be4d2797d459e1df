#!/bin/sh
# Bench stage for pt-evaluate's scaling (issue 20.9), run by bench.sh with
# W (its work directory) and B (the build) set.  Two inputs grow by 10x
# and 100x; each step of 10x may cost at most 15x the time (linear or
# n log n; quadratic would be 100x):
#   -f with R respondents (names, e-mail, remarks that name them):
#      2,000, 20,000 and 200,000 respondents;
#   --archive with D dossiers into an archive of 2D lines:
#      200, 2,000 and 20,000 dossiers.
: "${W:?run through make bench}" "${B:?}"
[ -x "$B/pt-evaluate" ] || { echo "evaluate scaling: not built, skipped"; exit 0; }
stat() { "$B/tools/runstat" "$@"; }
cpu() { sed -n 's/^cpu \([0-9.]*\).*/\1/p'; }
step() {	# label size time previous-time
	awk -v l="$1" -v n="$2" -v t="$3" -v p="$4" 'BEGIN {
		if (p == "") { printf "  %-28s %8d %8.2f s\n", l, n, t; exit }
		b = p < 0.01 ? 0.01 : p; r = t / b
		printf "  %-28s %8d %8.2f s  x%6.2f  %s\n", l, n, t, r, (r <= 15 ? "ok" : "OVER")
	}'
}

responses() {	# n -> CSV on stdout
	awk -v n="$1" 'BEGIN {
		print "voornaam,achternaam,email,groep,ter1,tim1,inf1,wat ging goed,wat kan beter"
		for (i = 0; i < n; i++)
			printf "Voornaam%d,Achter%d,v%d@voorbeeld.nl,%s,%d,%d,%d,Goed geregeld door Achter%d,Bel 06-%08d of Voornaam%d\n",
				i, i, i, (i % 5 ? "extern" : "team"), i % 5 + 1, (i + 2) % 5 + 1, (i + 3) % 5 + 1, i, i, i % 97
	}'
}

echo "evaluate scaling (ceiling 15x a step of 10x)"
"$B/tools/gendossiers" 1 | "$B/pt-paragraph" > "$W/ev1" 2>/dev/null
prev=
for n in 2000 20000 200000; do
	responses $n > "$W/resp.csv"
	t=$(stat "$W/ev1" /dev/null "$B/pt-evaluate" -f "$W/resp.csv" | cpu)
	step "-f respondents" $n "$t" "$prev"
	prev=$t
done
prev=
for n in 200 2000 20000; do
	"$B/tools/gendossiers" $n | "$B/pt-paragraph" > "$W/evd" 2>/dev/null
	awk -v n=$((2 * n)) 'BEGIN { for (i = 0; i < n; i++)
		printf "{\"id\":\"CV-2026-%05d\",\"titel\":\"Oud %d\",\"lessen\":[]}\n", (i % 2 ? 90000 + i : i / 2 + 1), i }' > "$W/arch.jsonl"
	t=$(stat "$W/evd" /dev/null "$B/pt-evaluate" --archive "$W/arch.jsonl" | cpu)
	step "--archive dossiers (2x lines)" $n "$t" "$prev"
	prev=$t
done
