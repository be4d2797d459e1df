#!/bin/sh
# make install and uninstall honour PREFIX and DESTDIR; the data tables,
# their lookup order (pt(7), FILES), and the shell completions.
. "$(dirname "$0")/../lib.sh"
run "make -s -C '$top' O='$PT_BUILD' install PREFIX=/opt/pt DESTDIR='$T/root'"
is "make install: exit 0" "$rc" 0
n=$(ls "$top"/cmd/pt-*.c | wc -l)
is "every program installed" "$(ls "$T/root/opt/pt/bin" | wc -l)" "$n"
if [ -f "$T/root/opt/pt/share/man/man7/pt.7" ]; then pass "pt.7 installed"; else fail "pt.7 installed"; fi
if [ -f "$T/root/opt/pt/share/man/man5/pt-dossier.5" ]; then pass "pt-dossier.5 installed"; else fail "pt-dossier.5 installed"; fi
is "every data table in PREFIX/share/pt" "$(ls "$T/root/opt/pt/share/pt" | tr '\n' ' ')" "$(ls "$top/lib/data" | tr '\n' ' ')"
same "  as shipped" "$T/root/opt/pt/share/pt/werkvormen.csv" "$top/lib/data/werkvormen.csv"
is "bash completion for every program" "$(ls "$T/root/opt/pt/share/bash-completion/completions" | wc -l)" "$n"
if [ -f "$T/root/opt/pt/share/zsh/vendor-completions/_pt" ]; then pass "zsh completion installed"; else fail "zsh completion installed"; fi
run "make -s -C '$top' O='$PT_BUILD' uninstall PREFIX=/opt/pt DESTDIR='$T/root'"
is "make uninstall: exit 0" "$rc" 0
is "nothing left after uninstall" "$(find "$T/root" -type f | wc -l)" 0

# ---- the lookup order of a data table, through the programs ----------------
# PT_DATA_DIR, then $XDG_CONFIG_HOME/pt ($HOME/.config/pt), then
# SYSCONFDIR/pt (tests/unit/data.c, which can point it elsewhere), then
# the copy built in; table by table.
D=$DATA/render/para/p01-informeren.json
heading() { sed "s/^kop.paragraaf;Participatie;/kop.paragraaf;$1;/" "$top/lib/data/zinnen.csv"; }
mkdir -p "$T/home/.config/pt" "$T/xdg/pt" "$T/data"
heading Thuis > "$T/home/.config/pt/zinnen.csv"
heading Xdg > "$T/xdg/pt/zinnen.csv"
heading Data > "$T/data/zinnen.csv"
look() { env -u PT_DATA_DIR -u XDG_CONFIG_HOME HOME="$T/nohome" "$@" pt-render "$D" 2>/dev/null | sed -n 's/^## //p' | head -1; }
is "no copy anywhere: the built-in table" "$(look)" Participatie
is "\$HOME/.config/pt/zinnen.csv" "$(look HOME="$T/home")" Thuis
is "\$XDG_CONFIG_HOME/pt/zinnen.csv before \$HOME/.config" "$(look HOME="$T/home" XDG_CONFIG_HOME="$T/xdg")" Xdg
is "PT_DATA_DIR before both" "$(look HOME="$T/home" XDG_CONFIG_HOME="$T/xdg" PT_DATA_DIR="$T/data")" Data
is "  table by table: render.css still the built-in one" \
	"$(env PT_DATA_DIR="$T/data" pt-render -t html "$D" | grep -c 'pt-timeline')" \
	"$(pt-render -t html "$D" | grep -c 'pt-timeline')"
if [ -x "$PT_BUILD/unit/data" ]; then
	"$PT_BUILD/unit/data" > "$T/unit"
	is "SYSCONFDIR/pt, after the user's, before the built-in (unit/data)" "$(grep -c '^not ok' "$T/unit")" 0
fi
like "the programs look in /etc/pt (SYSCONFDIR)" "$(strings "$PT_BIN/pt-render" > "$T/strings"; echo "$T/strings")" '^/etc/pt$'

# ---- completions: options and values from the programs --------------------
C=$PT_BUILD/completions
comp() {	# what bash completes at the end of the line $1
	bash -c '. "$1"; COMP_LINE=$2; COMP_POINT=${#2}; _pt "${2%% *}" 2>/dev/null; echo "${COMPREPLY[*]}"' sh "$C/pt.bash" "$1"
}
is "bash: --set soort=<TAB> gives the kinds" "$(comp 'pt-paragraph --set soort=')" \
	"$("$PT_BUILD/tools/values" | sed -n 's/^field	soort	 //p')"
like "  from the vocabulary: raadsvoorstel among them" "$(comp 'pt-paragraph --set soort=' > "$T/c"; echo "$T/c")" 'raadsvoorstel'
is "bash: --set soort=r" "$(comp 'pt-paragraph --set soort=r')" "raadsvoorstel raadsinformatiebrief"
is "bash: --set loc gives the fields" "$(comp 'pt-paragraph --set locatie.s')" "locatie.schaal="
is "bash: an option of the program" "$(comp 'pt-render --prog')" "--progress"
is "bash: an option's values from its --help" "$(comp 'pt-render --format ')" "md html docx"
like "bash: --trede gives the steps" "$(comp 'pt-strategy --trede ' > "$T/c"; echo "$T/c")" '^informeren raadplegen adviseren coproduceren meebeslissen'
# every value the completion offers is one the program takes
bad=
for v in $(comp 'pt-render --section '); do pt-render --section "$v" < /dev/null > /dev/null 2>&1; [ $? = 2 ] && bad="$bad section:$v"; done
for v in $(comp 'pt-paragraph --format '); do pt-paragraph --check --format "$v" --allow-empty "$T/none" > /dev/null 2>&1; [ $? = 2 ] && bad="$bad format:$v"; done
for v in $(comp 'pt-paragraph --fail-on '); do pt-paragraph --check --fail-on "$v" --allow-empty "$T/none" > /dev/null 2>&1; [ $? = 2 ] && bad="$bad fail-on:$v"; done
for v in $(comp 'pt-strategy --trede '); do pt-strategy --trede "$v" < /dev/null > /dev/null 2>&1; [ $? = 2 ] && bad="$bad trede:$v"; done
is "every value offered is accepted by its program" "$bad" ""
if command -v zsh > /dev/null; then
	run "zsh -c 'autoload -U compinit; compinit -u; fpath=($C \$fpath); . $C/_pt' 2>&1 </dev/null"
	is "zsh: _pt loads" "$(grep -v compinit "$T/out")" ""
else
	run "sh -n '$C/_pt'"
	is "_pt parses (zsh not installed: as sh)" "$rc" 0
fi
done_testing
