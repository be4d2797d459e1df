#!/bin/sh
# Bench stage of pt-stakeholders at scale (run by bench.sh with W and B set;
# issue 20.9): one dossier with N, 10N and 100N stakeholders, half of them
# named twice, and the same through -f, a CSV with as many rows.  The time
# must grow linearly or as n log n: each tenfold step may cost at most 20x
# (quadratic work costs 100x).  S sets N (default 1,000).
: "${B:?run through make bench}" "${W:?}" "${S:=1000}"
[ -x "$B/pt-stakeholders" ] || { echo "stakeholders-scale: not built, skipped"; exit 0; }
gen() {	# $1 stakeholders, into $2 (a dossier) and $3 (a CSV for -f)
	awk -v n="$1" -v j="$2" -v c="$3" 'BEGIN {
		printf "{\"pt\":1,\"voorstel\":{\"id\":\"CV-1\",\"titel\":\"Speelplek\",\"locatie\":{\"schaal\":\"wijk\"}},\"stakeholders\":[" > j
		print "voorstel,naam,groep,invloed,belang,legitiem,urgent" > c
		for (i = 0; i < n; i++) {
			k = i % (n / 2 + 1)
			printf "%s{\"naam\":\"Partij %d\",\"groep\":\"inwoners\",\"invloed\":%d,\"belang\":%d,\"legitiem\":%s}", i ? "," : "", k, i % 5 + 1, (i * 7) % 5 + 1, i % 3 ? "true" : "false" > j
			printf "CV-1,Partij %d,ondernemers,%d,%d,ja,nee\n", (i * 3) % n, (i * 3) % 5 + 1, i % 5 + 1 > c
		}
		print "]}" > j
	}'
}
cpu() { sed -n 's/^cpu \([0-9.]*\).*/\1/p'; }
printf '%-22s %9s %9s %9s %7s %7s  %s\n' "pt-stakeholders cpu s" "n=$S" "10n" "100n" "n>10n" "10n>100n" "(growth ratio; ceiling 20x a step)"
for mode in dossier file; do
	times=""
	for n in "$S" $((S * 10)) $((S * 100)); do
		gen "$n" "$W/sh-$n.json" "$W/sh-$n.csv"
		if [ "$mode" = dossier ]; then
			t=$("$B/tools/runstat" "$W/sh-$n.json" /dev/null "$B/pt-stakeholders" | cpu)
		else
			t=$("$B/tools/runstat" "$W/sh-$n.json" /dev/null "$B/pt-stakeholders" -f "$W/sh-$n.csv" | cpu)
		fi
		times="$times $t"
	done
	echo "$times" | awk -v m="$mode" '{
		a = $1 > 0.005 ? $1 : 0.005; b = $2 > 0.005 ? $2 : 0.005
		r1 = b / a; r2 = $3 / b
		printf "%-22s %9s %9s %9s %6.1fx %6.1fx  %s\n", "  " m, $1, $2, $3, r1, r2, (r2 <= 20) ? "ok" : "TOO SLOW"
	}'
done
rm -f "$W"/sh-*.json "$W"/sh-*.csv
