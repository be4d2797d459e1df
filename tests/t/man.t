#!/bin/sh
# Every man page is clean mdoc (mandoc -Tlint), and every program has one.
. "$(dirname "$0")/../lib.sh"
for m in "$top"/man/*.[1-9]; do
	out=$(mandoc -Tlint -W warning "$m" 2>&1)
	is "mandoc -Tlint ${m##*/}" "$out" ""
done
for p in "$top"/cmd/pt-*.c; do
	name=${p##*/}
	name=${name%.c}
	if [ -f "$top/man/$name.1" ]; then pass "$name has a man page"; else fail "$name has a man page"; fi
	run "$name --help"
	is "$name --help exits 0" "$rc" 0
	like "$name --help prints usage" "$T/out" "^usage: $name"
done
done_testing
