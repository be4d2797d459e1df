#!/bin/sh
# Bench stage of pt-paragraph --check (run by bench.sh with W, B and N set):
# N proposals of typical length (a collegevoorstel of some 3 KB: headings,
# paragraphs, a table, a list and a participation section, sound or not),
# checked by pt-paragraph --check against cmark-gfm parsing the same files
# (with the table extension, rendering HTML to /dev/null).  Ceiling 1.5x.
: "${B:?run through make bench}" "${W:?}" "${N:=10000}"
[ -x "$B/pt-paragraph" ] || { echo "check: not built, skipped"; exit 0; }
command -v cmark-gfm >/dev/null || { echo "check: cmark-gfm not installed, skipped"; exit 0; }
D=$W/check-corpus
rm -rf "$D" && mkdir -p "$D"
awk -v n="$N" -v dir="$D" 'BEGIN {
	split("Kloosterweide Molenweg Stationsplein Heidepark Marktstraat Lindelaan Parkstraat", plek, " ")
	split("raadplegen adviseren informeren coproduceren meebeslissen faciliteren", trede, " ")
	for (i = 1; i <= n; i++) {
		f = sprintf("%s/voorstel-%05d.md", dir, i)
		p = plek[i % 7 + 1]
		printf "# Collegevoorstel %d: herinrichting %s\n\n", i, p > f
		printf "| Onderdeel | Gegevens |\n|---|---|\n| Kenmerk | CV-2027-%05d |\n| Portefeuillehouder | wethouder Openbare Ruimte |\n| Afdeling | Openbare Ruimte |\n\n", i > f
		printf "## Aanleiding\n\nDe openbare ruimte aan de %s is versleten. De bestrating ligt scheef, de\nverlichting voldoet niet meer en bewoners melden al jaren *onveilige*\nsituaties bij de oversteek. In de begroting is geld gereserveerd voor de\nherinrichting; dit voorstel vraagt het college de uitgangspunten vast te stellen.\n\n", p > f
		printf "## Beoogd effect\n\n- een veilige oversteek voor fietsers en voetgangers;\n- meer groen en minder verharding;\n- een plek om te spelen en elkaar te ontmoeten.\n\n" > f
		printf "## Argumenten\n\n1. **Veiligheid.** Het aantal meldingen is in drie jaar verdubbeld.\n2. **Klimaat.** Meer groen vangt regenwater op en geeft verkoeling.\n3. **Samenhang.** De herinrichting sluit aan op het mobiliteitsplan.\n\n" > f
		if (i % 10 == 0)
			printf "## Participatie\n\nn.v.t.\n\n" > f
		else if (i % 10 == 1)
			printf "## Participatie\n\nGeen participatie.\n\n" > f
		else
			printf "## Participatie\n\nWe gaan de bewoners en ondernemers rond de %s **%s** in maart 2027,\nmet een inloopavond, een buurtschouw en een enquete. Hun inbreng verwerken\nwe in twee schetsontwerpen; in een bewonersbrief laten we weten wat we met\nde reacties hebben gedaan en waarom.\n\n", p, trede[i % 6 + 1] > f
		printf "## Kanttekeningen\n\n" > f
		for (k = 1; k <= 3; k++)
			printf "%d. Tijdens de uitvoering is de %s enkele weken slecht bereikbaar voor\nautoverkeer. Ondernemers houden de bevoorrading via een tijdelijke route; de\nbussen rijden om via de ringweg. De planning houdt rekening met de\nevenementen in het centrum en met de schoolvakanties, zodat de overlast zo\nklein mogelijk blijft. Zie ook [het mobiliteitsplan](https://example.nl/mobiliteit).\n\n", k, p > f
		printf "## Vervolg\n\n| Stap | Wanneer |\n|---|---|\n| Voorlopig ontwerp | mei 2027 |\n| Definitief ontwerp | september 2027 |\n| Uitvoering | voorjaar 2028 |\n\n" > f
		printf "## Financien\n\nDe kosten van EUR %d zijn gedekt in de begroting 2027.\n\n## Communicatie\n\nNa het besluit volgt een persbericht en een bericht op de website.\n", 100000 + i * 7 > f
		close(f)
	}
}'
cd "$D" || exit 4
stat() { "$B/tools/runstat" "$@"; }
t=$(stat /dev/null "$W/check.out" "$B/pt-paragraph" --check -q voorstel-*.md | sed -n 's/^cpu \([0-9.]*\).*/\1/p')
f=$(stat /dev/null /dev/null cmark-gfm -e table voorstel-*.md | sed -n 's/^cpu \([0-9.]*\).*/\1/p')
r=$(awk -v a="$t" -v b="$f" 'BEGIN { if (b < 0.001) b = 0.001; printf "%.2f", a / b }')
v=$(awk -v r="$r" 'BEGIN { print (r <= 1.5 ? "ok" : "OVER") }')
printf '%-14s %8s %8s %7s  %s\n' check "$t" "$f" "$r" "$v (vs cmark-gfm, $N proposals)"
