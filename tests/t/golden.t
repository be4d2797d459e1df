#!/bin/sh
# Golden-file command tests: each directory tests/golden/PROG/CASE holds
#   cmd   the command line, run with sh in that directory
#   out   the expected stdout      err  the expected stderr (empty if absent)
#   rc    the expected exit status (0 if absent)
# To add a case, write cmd, run it, read the output closely, then save it.
. "$(dirname "$0")/../lib.sh"
for dir in "$top"/tests/golden/*/*/; do
	[ -f "$dir/cmd" ] || continue
	name=${dir#"$top"/tests/golden/}
	name=${name%/}
	(cd "$dir" && sh ./cmd) >"$T/out" 2>"$T/err"
	rc=$?
	want_rc=0
	[ -f "$dir/rc" ] && want_rc=$(cat "$dir/rc")
	[ -f "$dir/err" ] && want_err="$dir/err" || want_err=/dev/null
	[ -f "$dir/out" ] && want_out="$dir/out" || want_out=/dev/null
	is "$name: exit status" "$rc" "$want_rc"
	same "$name: stdout" "$T/out" "$want_out"
	same "$name: stderr" "$T/err" "$want_err"
done
done_testing
