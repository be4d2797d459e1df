#!/bin/sh
# Bench stage for pt-render, run by bench.sh with W (its work directory),
# B (the build) and N (dossiers) set.  The ceiling (issue 7): rendering N
# dossiers to HTML takes at most 1.5x the CPU of the floor (parse and dump
# each dossier with jansson) plus the cmark-gfm program on the Markdown
# that pt-render writes for the same dossiers.
: "${W:?run through make bench}" "${B:?}" "${N:?}"
[ -x "$B/pt-render" ] || { echo "render: not built, skipped"; exit 0; }
command -v cmark-gfm >/dev/null || { echo "render: no cmark-gfm program, skipped"; exit 0; }
stat() { "$B/tools/runstat" "$@"; }
cpu() { sed -n 's/^cpu \([0-9.]*\).*/\1/p'; }

# The richest stream the stages before made; else the generated one.
in=$W/last
if [ ! -s "$in" ]; then
	in=$W/render.in
	"$B/pt-paragraph" < "$W/stage0" > "$in" 2>/dev/null
fi
t=$(stat "$in" "$W/render.html" "$B/pt-render" --section all --format html | cpu)
"$B/pt-render" --section all --format md < "$in" > "$W/render.md"
f=$(stat "$in" /dev/null "$B/tools/floor" | cpu)
c=$(stat "$W/render.md" /dev/null cmark-gfm -e table | cpu)
awk -v t="$t" -v f="$f" -v c="$c" -v n="$N" 'BEGIN {
	base = f + c; if (base < 0.001) base = 0.001
	r = t / base
	printf "%-14s %8s %8s %7.2f  %s\n", "render", t, sprintf("%.2f", base), r, (r <= 1.5 ? "ok" : "OVER")
	printf "  (pt-render --format html on %d dossiers; floor %s + cmark-gfm on its Markdown %s)\n", n, f, c
}'
