#!/bin/sh
# make bless: run every golden case's cmd again and save what it prints as
# the new expectation (tests/golden/PROG/CASE/{out,err,rc}), then show what
# changed for review.  A file is written when it has something to say
# (output, messages, a status other than 0) and removed when it falls
# silent, as t/golden.t reads a missing file as empty (rc: 0).  Same
# environment as make check: PT_TODAY, LC_ALL, PATH.
#   sh tools/bless.sh [PROG/CASE ...]    only these cases
: "${PT_BUILD:?set PT_BUILD to the build directory}"
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 4
PATH=$PT_BUILD:$PATH PT_TODAY=2026-11-28 LC_ALL=C.UTF-8
export PATH PT_TODAY LC_ALL
tmp=$(mktemp -d) || exit 4
trap 'rm -rf "$tmp"' EXIT

# keep FILE NEW SILENT: NEW becomes FILE; when SILENT is yes, no FILE.
keep() {
	if [ "$3" = yes ]; then
		rm -f "$1"
	else
		cp "$2" "$1"
	fi
}

if [ $# -gt 0 ]; then
	cases=$(for c in "$@"; do printf '%s\n' "tests/golden/${c%/}/"; done)
else
	cases=$(ls -d tests/golden/*/*/)
fi
n=0
for dir in $cases; do
	[ -f "$dir/cmd" ] || { echo "bless: $dir has no cmd" >&2; exit 2; }
	(cd "$dir" && sh ./cmd) >"$tmp/out" 2>"$tmp/err"
	echo $? >"$tmp/rc"
	[ -s "$tmp/out" ] && e=no || e=yes
	keep "$dir/out" "$tmp/out" "$e"
	[ -s "$tmp/err" ] && e=no || e=yes
	keep "$dir/err" "$tmp/err" "$e"
	[ "$(cat "$tmp/rc")" = 0 ] && e=yes || e=no
	keep "$dir/rc" "$tmp/rc" "$e"
	n=$((n + 1))
done
echo "bless: ran $n golden cases; what changed (read it before you commit):"
git status --short -- tests/golden
git --no-pager diff --stat -- tests/golden
git --no-pager diff -- tests/golden
