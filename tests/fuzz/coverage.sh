#!/bin/sh
# Line coverage of lib/*.c from the .gcda files a --coverage build left in
# BUILD/lib: a line per file, then the total on one line.
B=${1:-build-cov}
cd "$(dirname "$0")/../.." || exit 4
for src in lib/*.c; do
	[ -f "$B/lib/$(basename "$src" .c).gcno" ] || continue
	gcov -n -o "$B/lib" "$src" 2>/dev/null | awk -v want="$src" '
		/^File / { f = $2; gsub(/\047/, "", f) }
		/^Lines executed:/ && f == want {
			split($2, a, ":"); p = a[2]; sub(/%/, "", p)
			n = $NF; printf "%-28s %6.1f%% of %5d lines\n", want, p, n
			print "#", int(p * n / 100 + 0.5), n > "/dev/stderr"
			f = ""
		}'
done 2>"$B/coverage.sum"
awk '{ c += $2; n += $3 }
	END { if (n) printf "lib/ line coverage: %.1f%% (%d of %d lines)\n", 100 * c / n, c, n
	      else print "lib/ line coverage: no data (run make coverage)" }' "$B/coverage.sum"
