#!/bin/sh
# make deb: the Debian package, installed into a scratch root with dpkg,
# the README pipeline and `man -w` run from the installed paths, then
# removed; lintian clean of errors under make check-deb (PT_LINTIAN=1).  Skips without dpkg-deb and dpkg-shlibdeps
# (make check-deb installs them), and under SANITIZE or VALGRIND, whose
# programs are not the ones to package.
. "$(dirname "$0")/../lib.sh"
if [ -n "$SANITIZE$VALGRIND" ] || ! command -v dpkg-deb > /dev/null || ! command -v dpkg-shlibdeps > /dev/null; then
	pass "# skip the package: dpkg-dev missing, or a sanitizer or valgrind build"
	done_testing
	exit 0
fi
VERSION=$(sed -n 's/^VERSION *= *//p' "$top/Makefile")
run "sh '$top/tools/mkdeb.sh' '$PT_BUILD' '$VERSION' '$T'"
is "mkdeb: exit 0" "$rc" 0
deb=$(cat "$T/out")
is "the package: pt_VERSION_ARCH.deb" "${deb##*/}" "pt_${VERSION}_$(dpkg --print-architecture).deb"
deps=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libjansson4 libcsv3 libcmark-gfm; do
	case "$deps" in *"$lib"*) pass "Depends names $lib" ;; *) fail "Depends names $lib"; echo "#   Depends: $deps" ;; esac
done
# every dependency is a package this system has: apt-get install ./pt_*.deb works
missing=
for p in $(echo "$deps" | tr ',' '\n' | sed 's/(.*//; s/|.*//'); do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
is "  every one installed here (the build's own libraries)" "$missing" ""
like "Recommends poppler for --check on PDF" "$(dpkg-deb -f "$deb" Recommends > "$T/rec"; echo "$T/rec")" '^libpoppler-glib'
# lintian takes a minute: make check-deb runs it (PT_LINTIAN=1), make check not.
if [ "$PT_LINTIAN" = 1 ] && command -v lintian > /dev/null; then
	run "lintian --fail-on error '$deb'"
	is "lintian: no error" "$rc" 0
	[ "$rc" = 0 ] || sed 's/^/#   /' "$T/out" | head -20
else
	pass "# skip lintian: make check-deb runs it"
fi

# ---- install into a scratch root, use it, remove it -------------------------
R=$T/root
mkdir -p "$R/var/lib/dpkg/info" "$R/var/lib/dpkg/updates"
: > "$R/var/lib/dpkg/status"
# the scratch root has no libc6 and so on: the system's are used
run "dpkg --root='$R' --log=/dev/null --force-not-root --force-depends -i '$deb'"
is "dpkg -i into a scratch root: exit 0" "$rc" 0
is "  installed" "$(dpkg-query --admindir="$R/var/lib/dpkg" -W -f='${Status}' pt)" "install ok installed"
n=$(ls "$top"/cmd/pt-*.c | wc -l)
is "every program in /usr/bin" "$(ls "$R/usr/bin" | grep -c '^pt-')" "$n"
is "every data table in /usr/share/pt" "$(ls "$R/usr/share/pt" | tr '\n' ' ')" "$(ls "$top/lib/data" | tr '\n' ' ')"
run "env -u PT_DATA_DIR PATH='$R/usr/bin:/usr/bin:/bin' sh -c 'command -v pt-render'"
is "the installed pt-render is the one found" "$(cat "$T/out")" "$R/usr/bin/pt-render"
# the README pipeline, by the installed programs
run "cd '$top' && env -u PT_DATA_DIR PATH='$R/usr/bin:/usr/bin:/bin' sh -c 'pt-paragraph examples/voorstel.json | pt-stakeholders -f examples/stakeholders.csv | pt-strategy --explain | pt-plan | pt-render --format html' > '$T/readme.html'"
is "the README pipeline from the package: exit 0 or 1 (a CONCEPT)" "$(echo $rc | tr 1 0)" 0
like "  the council page" "$T/readme.html" '<h2>Participatie</h2>'
PATH=$top/build:$PATH
(cd "$top" && pt-paragraph examples/voorstel.json | pt-stakeholders -f examples/stakeholders.csv | pt-strategy --explain | pt-plan | pt-render --format html) > "$T/built.html" 2>/dev/null
same "  the same page as the programs in the build" "$T/readme.html" "$T/built.html"
run "MANPATH='$R/usr/share/man' man -w pt-paragraph"
is "man -w pt-paragraph: the installed page" "$(cat "$T/out")" "$R/usr/share/man/man1/pt-paragraph.1.gz"
run "MANPATH='$R/usr/share/man' man -w 7 pt"
is "man -w 7 pt" "$(cat "$T/out")" "$R/usr/share/man/man7/pt.7.gz"
run "bash -c '. \"$R/usr/share/bash-completion/completions/pt-paragraph\"; COMP_LINE=\"pt-paragraph --set impact=\"; COMP_POINT=\${#COMP_LINE}; _pt pt-paragraph; echo \"\${COMPREPLY[*]}\"'"
is "the bash completion: --set impact=<TAB>" "$(cat "$T/out")" "laag midden hoog"
if [ -f "$R/usr/share/zsh/vendor-completions/_pt" ]; then pass "the zsh completion"; else fail "the zsh completion"; fi
run "dpkg --root='$R' --log=/dev/null --force-not-root -r pt"
is "dpkg -r: exit 0" "$rc" 0
is "  nothing of pt left" "$(find "$R/usr" "$R/etc" -type f 2>/dev/null | wc -l | tr -d ' ')" 0
is "  not installed" "$(dpkg-query --admindir="$R/var/lib/dpkg" -W -f='${Status}' pt 2>/dev/null | grep -c 'ok installed')" 0
done_testing
