# Helpers for command tests: TAP out, programs from $PT_BIN.
#   run 'shell command'        runs it in $T; sets $rc, files $T/out, $T/err
#   is NAME GOT WANT           equal strings
#   like NAME FILE REGEX       FILE has a line matching REGEX (grep -E)
#   unlike NAME FILE REGEX     FILE has no such line
#   same NAME FILE WANTFILE    identical files (a diff is shown otherwise)
#   done_testing               prints the plan
#   $PT_PROGS                  every program that reads a dossier stream
: "${PT_BIN:?run through make check}"
PATH=$PT_BIN:$PATH
export PATH
top=$(cd "$(dirname "$0")/../.." && pwd)
DATA=$top/tests/data
PT_PROGS="pt-paragraph pt-stakeholders pt-strategy pt-plan pt-evaluate pt-render"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
_n=0

pass() { _n=$((_n + 1)); echo "ok $_n - $1"; }
fail() { _n=$((_n + 1)); echo "not ok $_n - $1"; }

run() {
	(cd "$T" && sh -c "$1") >"$T/out" 2>"$T/err"
	rc=$?
}

is() {
	if [ "$2" = "$3" ]; then pass "$1"; else fail "$1"; echo "#   got:  '$2'"; echo "#   want: '$3'"; fi
}

like() {
	if grep -Eq -- "$3" "$2"; then pass "$1"; else fail "$1"; echo "#   no line like /$3/ in:"; sed 's/^/#   /' "$2" | head -20; fi
}

unlike() {
	if grep -Eq -- "$3" "$2"; then fail "$1"; echo "#   unwanted /$3/:"; grep -E -- "$3" "$2" | sed 's/^/#   /' | head -5; else pass "$1"; fi
}

same() {
	if cmp -s "$2" "$3"; then pass "$1"; else fail "$1"; diff -u "$3" "$2" | head -40 | sed 's/^/#   /'; fi
}

done_testing() { echo "1..$_n"; }
