#!/bin/sh
# Link circles among the objects of lib/: a.o needs a symbol b.o defines
# while b.o (directly or through others) needs one a.o defines.  Prints
# each circle as "a.o -> b.o -> ... -> a.o" and exits 1; silent and 0 when
# every arrow points one way.  Usage: tools/linkcircles.sh [DIR] (build/lib).
dir=${1:-build/lib}
set -- "$dir"/*.o
[ -e "$1" ] || { echo "linkcircles: no objects in $dir (run make first)" >&2; exit 2; }
tmp=$(mktemp -d) || exit 4
trap 'rm -rf "$tmp"' EXIT
for o; do
	b=${o##*/}
	nm --defined-only -g "$o" | awk -v o="$b" 'NF == 3 { print $3, o }'
done | sort -u > "$tmp/def"
for o; do
	b=${o##*/}
	nm -u "$o" | awk -v o="$b" '{ print $NF, o }'
done | sort -u > "$tmp/use"
# edges "user definer", one per pair of objects
join "$tmp/use" "$tmp/def" | awk '$2 != $3 { print $2, $3 }' | sort -u > "$tmp/edges"
awk '
{ out[$1] = out[$1] " " $2; node[$1]; node[$2] }
function visit(v,    n, a, i, w) {
	state[v] = 1; stack[++depth] = v
	n = split(out[v], a, " ")
	for (i = 1; i <= n; i++) {
		w = a[i]
		if (state[w] == 1) {
			line = w
			for (k = depth; k >= 1 && stack[k] != w; k--) ;
			for (j = k + 1; j <= depth; j++) line = line " -> " stack[j]
			print line " -> " w; found = 1
		} else if (!state[w])
			visit(w)
	}
	depth--; state[v] = 2
}
END { for (v in node) if (!state[v]) visit(v); exit found }
' "$tmp/edges"
