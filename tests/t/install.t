#!/bin/sh
# make install and uninstall honour PREFIX and DESTDIR.
. "$(dirname "$0")/../lib.sh"
run "make -s -C '$top' O='$PT_BUILD' install PREFIX=/opt/pt DESTDIR='$T/root'"
is "make install: exit 0" "$rc" 0
n=$(ls "$top"/cmd/pt-*.c | wc -l)
is "every program installed" "$(ls "$T/root/opt/pt/bin" | wc -l)" "$n"
if [ -f "$T/root/opt/pt/share/man/man7/pt.7" ]; then pass "pt.7 installed"; else fail "pt.7 installed"; fi
if [ -f "$T/root/opt/pt/share/man/man5/pt-dossier.5" ]; then pass "pt-dossier.5 installed"; else fail "pt-dossier.5 installed"; fi
run "make -s -C '$top' O='$PT_BUILD' uninstall PREFIX=/opt/pt DESTDIR='$T/root'"
is "make uninstall: exit 0" "$rc" 0
is "nothing left after uninstall" "$(find "$T/root" -type f | wc -l)" 0
done_testing
