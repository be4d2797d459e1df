#!/bin/sh
# make bench: time each program on a stream of N dossiers (default 10000)
# against the floor (parse and dump each line with jansson), and check that
# memory stays flat from 1,000 to 100,000 dossiers.  Prints ratios; the
# ceilings are the issues' (CPU 1.5x the floor, memory 1.2x).
: "${PT_BUILD:?run through make bench}"
N=${1:-10000}
B=$PT_BUILD
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
export PT_TODAY=2026-11-28
cd "$(dirname "$0")/../.." || exit 4

stat() { "$B/tools/runstat" "$@"; }
cpu() { sed -n 's/^cpu \([0-9.]*\).*/\1/p'; }
rss() { sed -n 's/.*maxrss \([0-9]*\).*/\1/p'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b < 0.001) b = 0.001; printf "%.2f", a / b }'; }
verdict() { awk -v r="$1" -v c="$2" 'BEGIN { print (r <= c ? "ok" : "OVER") }'; }

echo "pt bench: $N dossiers"
"$B/tools/gendossiers" "$N" > "$W/stage0"

# Each stage: a name, and the command that turns the previous stream into
# the next.  A stage whose program is not built yet is skipped.
stages='
paragraph	pt-paragraph
stakeholders	pt-stakeholders
strategy	pt-strategy
plan	pt-plan
evaluate	pt-evaluate
'
prev=$W/stage0
printf '%-14s %8s %8s %7s  %s\n' program cpu floor ratio "(ceiling 1.5x)"
echo "$stages" | while IFS='	' read -r name cmd; do
	[ -n "$name" ] || continue
	[ -x "$B/${cmd%% *}" ] || { echo "$name: not built, skipped"; continue; }
	t=$(stat "$prev" "$W/$name" "$B/$cmd" | cpu)
	f=$(stat "$W/$name" /dev/null "$B/tools/floor" | cpu)
	r=$(ratio "$t" "$f")
	printf '%-14s %8s %8s %7s  %s\n' "$name" "$t" "$f" "$r" "$(verdict "$r" 1.5)"
	cp "$W/$name" "$W/last"
	prev=$W/$name
done
[ -f "$W/bench.extra" ] && cat "$W/bench.extra"
for extra in tests/bench/*.sh; do
	case "$extra" in */bench.sh) continue ;; esac
	W=$W B=$B N=$N sh "$extra"
done

echo "memory: peak RSS on 1,000 and 100,000 dossiers (ceiling 1.2x)"
"$B/tools/gendossiers" 1000 > "$W/m1k"
"$B/tools/gendossiers" 100000 > "$W/m100k"
"$B/pt-paragraph" < "$W/m1k" > "$W/in1k" 2>/dev/null
"$B/pt-paragraph" < "$W/m100k" > "$W/in100k" 2>/dev/null
for cmd in pt-paragraph pt-stakeholders pt-strategy pt-plan pt-evaluate pt-render; do
	[ -x "$B/$cmd" ] || continue
	a=$(stat "$W/in1k" /dev/null "$B/$cmd" | rss)
	b=$(stat "$W/in100k" /dev/null "$B/$cmd" | rss)
	r=$(ratio "$b" "$a")
	printf '%-16s %8s KiB %8s KiB %6s  %s\n' "$cmd" "$a" "$b" "$r" "$(verdict "$r" 1.2)"
done
