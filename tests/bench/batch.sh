#!/bin/sh
# Bench stage for a batch run, run by bench.sh with W, B and N set:
#  - pt-render -t html -o DIR/ against the same documents on standard
#    output into a file, in wall-clock time (the disk is the cost): the
#    ceiling (issue 30) is 2x;
#  - the whole pipeline from generated dossiers to Markdown on PIPE_N
#    (default 100,000) dossiers, in wall-clock seconds: a year of every
#    Dutch proposal.
: "${W:?run through make bench}" "${B:?}" "${N:?}"
[ -x "$B/pt-render" ] || { echo "batch: not built, skipped"; exit 0; }
wall() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

in=$W/last
if [ ! -s "$in" ]; then
	in=$W/batch.in
	"$B/pt-paragraph" < "$W/stage0" > "$in" 2>/dev/null
fi
a=$(wall); "$B/pt-render" -t html "$in" > "$W/batch.html" 2>/dev/null; b=$(wall)
rm -rf "$W/batch.d"
c=$(wall); "$B/pt-render" -t html -o "$W/batch.d/" "$in" 2>/dev/null; d=$(wall)
rm -rf "$W/batch.d" "$W/batch.html"
s=$(secs "$a" "$b") o=$(secs "$c" "$d")
awk -v s="$s" -v o="$o" -v n="$N" 'BEGIN {
	r = o / (s < 0.001 ? 0.001 : s)
	printf "%-14s %8s %8s %7.2f  %s\n", "batch files", o, s, r, (r <= 2 ? "ok" : "OVER")
	printf "  (pt-render -t html -o DIR/ on %d dossiers, wall s, against the same to stdout; ceiling 2x)\n", n
}'

P=${PIPE_N:-100000}
"$B/tools/gendossiers" "$P" > "$W/pipe.in"
a=$(wall)
"$B/pt-paragraph" < "$W/pipe.in" 2>/dev/null | "$B/pt-stakeholders" 2>/dev/null | "$B/pt-strategy" 2>/dev/null |
	"$B/pt-plan" 2>/dev/null | "$B/pt-render" > "$W/pipe.md" 2>/dev/null
b=$(wall)
printf 'pipeline       %d dossiers to Markdown (paragraph | stakeholders | strategy | plan | render): %s s wall\n' \
	"$P" "$(secs "$a" "$b")"
rm -f "$W/pipe.in" "$W/pipe.md"
