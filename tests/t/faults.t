#!/bin/sh
# Faults (issue 9): a full disk, a closed pipe, an unwritable -o, a write
# cut off by a size limit or a signal.  Every program ends with the
# documented status (4, said once on stderr; a closed pipe quietly) and no
# stray output: -o FILE appears whole or not at all, and no temp file stays.
. "$(dirname "$0")/../lib.sh"
H=$DATA/harden

cp "$H/good.jsonl" "$T/good.jsonl"
# 300 dossiers: far more output than a pipe or a stdio buffer holds.
i=0
while [ $i -lt 300 ]; do cat "$H/good.jsonl"; i=$((i + 1)); done > "$T/many.jsonl"
temps() { find "$T" -name '*.tmp*' | wc -l | tr -d ' '; }
# Messages of the program itself (a coverage build's runtime adds its own).
said() { grep -c "^$1: " "$2"; }

for p in $PT_PROGS; do
	run "$p many.jsonl > many.$p"
	is "$p: 300 dossiers to stdout: exit 0" "$rc" 0
	run "$p good.jsonl > many.$p.1"

	# --version and --help on a full disk: a write error, not success.
	for o in --version --help; do
		run "$p $o > /dev/full"
		is "$p $o > /dev/full: exit 4" "$rc" 4
		like "$p $o > /dev/full: said" "$T/err" "^$p: <stdout>: write error: No space left on device\$"
	done

	# A full disk.
	run "$p good.jsonl > /dev/full"
	is "$p: one dossier to /dev/full: exit 4" "$rc" 4
	like "$p: /dev/full: said" "$T/err" "^$p: <stdout>: write error: No space left on device\$"
	is "$p: /dev/full: said once" "$(said "$p" "$T/err")" 1
	run "$p many.jsonl > /dev/full"
	is "$p: 300 dossiers to /dev/full: exit 4" "$rc" 4
	is "$p: 300 dossiers to /dev/full: said once" "$(said "$p" "$T/err")" 1

	# A closed pipe: status 4, nothing on stderr, the first line whole.
	run "{ $p many.jsonl; echo \$? > st; } | head -1 > first"
	is "$p | head -1: exit 4" "$(cat "$T/st")" 4
	is "$p | head -1: quiet" "$(cat "$T/err")" ""
	head -1 "$T/many.$p" > "$T/want"
	same "$p | head -1: the first dossier whole" "$T/first" "$T/want"

	# Input that cannot be read: a directory, a file that is not there.
	mkdir -p "$T/indir"
	run "$p indir"
	is "$p: a directory as input: exit 4" "$rc" 4
	like "$p: a directory as input: said" "$T/err" "^$p: indir(:1)?: read error: Is a directory"
	run "$p good.jsonl no-such.jsonl"
	is "$p: a missing input file: exit 4" "$rc" 4
	like "$p: a missing input file: said" "$T/err" "^$p: no-such.jsonl: cannot open: No such file or directory"

	# -o into places that cannot take it: exit 4, said, nothing left.
	run "$p -o nodir/out.jsonl good.jsonl"
	is "$p -o into a missing directory: exit 4" "$rc" 4
	like "$p -o into a missing directory: said" "$T/err" "^$p: nodir/out.jsonl: cannot write: No such file or directory"
	echo x > "$T/afile"
	run "$p -o afile/out.jsonl good.jsonl"
	is "$p -o below a plain file: exit 4" "$rc" 4
	like "$p -o below a plain file: said" "$T/err" "^$p: afile/out.jsonl: cannot write: Not a directory"
	mkdir -p "$T/adir"
	if "$PT_BIN/$p" --help | grep -q -- '-o FILE|DIR'; then
		pass "# skip $p -o onto a directory: it writes a file per dossier there"
	else
		run "$p -o adir good.jsonl"
		is "$p -o onto a directory: exit 4" "$rc" 4
		like "$p -o onto a directory: said" "$T/err" "^$p: adir: write error: Is a directory"
		is "$p -o onto a directory: no temp file left" "$(temps)" 0
	fi
	if [ "$(id -u)" != 0 ]; then
		mkdir -p "$T/ro" && chmod 555 "$T/ro"
		run "$p -o ro/out.jsonl good.jsonl"
		is "$p -o into a read-only directory: exit 4" "$rc" 4
		like "$p -o into a read-only directory: said" "$T/err" "^$p: ro/out.jsonl: cannot write: Permission denied"
		is "$p -o into a read-only directory: nothing left" "$(ls "$T/ro" | wc -l | tr -d ' ')" 0
		chmod 755 "$T/ro"
	else
		pass "# skip read-only directory: root writes anywhere"
	fi


	# -o onto what is not a regular file (issue 20): a device, a FIFO or
	# a terminal is written to as it is, behind a symlink too; what cannot
	# be written safely is refused; a symlink is never turned into a file
	# of another kind, nor does a new file take its target's mode.
	rm -f "$T/null" "$T/sock" "$T/suid" "$T/link.out"
	ln -s /dev/null "$T/null"
	run "$p -o null good.jsonl"
	is "$p -o a symlink to /dev/null: exit 0" "$rc" 0
	is "$p -o a symlink to /dev/null: still a symlink" "$(stat -c %F "$T/null")" "symbolic link"
	is "$p -o a symlink to /dev/null: still a device" "$(stat -L -c %F "$T/null")" "character special file"
	# (A link of our own to what /dev/stdout links to: a program that
	# replaced it must not replace the system's /dev/stdout.)
	rm -f "$T/so" && ln -s /proc/self/fd/1 "$T/so"
	run "$p -o so good.jsonl | wc -c"
	is "$p -o a symlink to /proc/self/fd/1 (a pipe): written through" "$(tr -d ' ' < "$T/out")" "$(wc -c < "$T/many.$p" | awk '{print int($1 / 300)}')"
	is "$p -o a symlink to /proc/self/fd/1: still a symlink" "$(stat -c %F "$T/so")" "symbolic link"
	rm -f "$T/ofifo" && mkfifo "$T/ofifo"
	(timeout 20 cat "$T/ofifo" > "$T/ofifo.got") &
	run "$p -o ofifo good.jsonl"
	wait
	is "$p -o a FIFO: exit 0" "$rc" 0
	is "$p -o a FIFO: still a FIFO" "$(stat -c %F "$T/ofifo")" fifo
	same "$p -o a FIFO: the reader got the output" "$T/ofifo.got" "$T/many.$p.1"
	python3 -c 'import socket,sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$T/sock"
	run "$p -o sock good.jsonl"
	is "$p -o a socket: exit 4" "$rc" 4
	like "$p -o a socket: said" "$T/err" "^$p: sock: cannot write: not a regular file, device or FIFO"
	cp "$PT_BIN/$p" "$T/suid" && chmod 4755 "$T/suid" && ln -s suid "$T/link.out"
	run "umask 022; $p -o link.out good.jsonl"
	is "$p -o a symlink to a setuid file: the link replaced by a plain file" \
		"$(stat -c '%F %a' "$T/link.out")" "regular file 644"
	is "$p -o a symlink to a setuid file: the target untouched" "$(stat -c %a "$T/suid")" 4755

	# Cut off by a file size limit (ulimit -f, 4 KiB): the old file stays
	# whole, the temp file goes, and it is said once.
	echo old > "$T/out.jsonl"
	run "ulimit -f 8; $p -o out.jsonl many.jsonl"
	is "$p -o past ulimit -f: exit 4" "$rc" 4
	like "$p -o past ulimit -f: said" "$T/err" "^$p: out.jsonl: write error: File too large"
	is "$p -o past ulimit -f: said once" "$(said "$p" "$T/err")" 1
	is "$p -o past ulimit -f: the old file whole" "$(cat "$T/out.jsonl")" old
	is "$p -o past ulimit -f: no temp file left" "$(temps)" 0
	run "ulimit -f 8; $p many.jsonl > big.out"
	is "$p > file past ulimit -f: exit 4" "$rc" 4
	like "$p > file past ulimit -f: said" "$T/err" "^$p: <stdout>: write error: File too large"

	# Ended by a signal while the output is open: the temp file goes too,
	# even with kill -9 (an unnamed O_TMPFILE, issue 20).  The program
	# waits in the open of a FIFO nobody writes, its output open.
	for sig in TERM HUP KILL; do
		rm -f "$T/fifo" "$T/sig.st" "$T/pid" && mkfifo "$T/fifo"
		echo old > "$T/sig.jsonl"
		(cd "$T" && { $p -o sig.jsonl fifo 2>/dev/null & echo $! > pid; wait $!; echo $? > sig.st; }) 2>/dev/null &
		n=0
		while [ "$(ls -l "/proc/$(cat "$T/pid" 2>/dev/null)/fd" 2>/dev/null | grep -c 'sig.jsonl\|tmp')" = 0 ] &&
		      [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
		kill -$sig "$(cat "$T/pid")"
		n=0
		while [ ! -s "$T/sig.st" ] && [ $n -lt 100 ]; do sleep 0.1; n=$((n + 1)); done
		wait
		case $sig in TERM) want=143 ;; HUP) want=129 ;; KILL) want=137 ;; esac
		is "$p -o killed by SIG$sig: ended by it" "$(cat "$T/sig.st")" $want
		is "$p -o killed by SIG$sig: the old file whole" "$(cat "$T/sig.jsonl")" old
		is "$p -o killed by SIG$sig: no temp file left" "$(temps)" 0
	done

	# A good run: the same bytes as stdout, the mode a new file gets
	# (umask) or the mode of the file it replaces.
	rm -f "$T/new.jsonl"
	run "umask 022; $p -o new.jsonl many.jsonl"
	is "$p -o: exit 0" "$rc" 0
	same "$p -o: the same bytes as stdout" "$T/new.jsonl" "$T/many.$p"
	is "$p -o: a new file as the umask says" "$(stat -c %a "$T/new.jsonl")" 644
	chmod 640 "$T/new.jsonl"
	run "$p -o new.jsonl good.jsonl"
	is "$p -o: a replaced file keeps its mode" "$(stat -c %a "$T/new.jsonl")" 640
	# Reading and writing the same file is safe: it is replaced at the end.
	cp "$T/many.jsonl" "$T/self.jsonl"
	run "$p -o self.jsonl self.jsonl"
	same "$p -o FILE FILE: read whole, then replaced" "$T/self.jsonl" "$T/many.$p"
	is "$p -o: no temp file left after good runs" "$(temps)" 0
done
# pt-render -o DIR: a planted DIR/ID.html -> a setuid program is refused
# (exit 4), the link and the program untouched (issue 20, finding 11;
# issue 29: in an output folder only regular files are replaced).
if [ -x "$PT_BIN/pt-render" ]; then
	rm -rf "$T/rd" && mkdir "$T/rd"
	cp "$PT_BIN/pt-render" "$T/rd/suid" && chmod 4755 "$T/rd/suid"
	id=$(jq -r .voorstel.id "$T/good.jsonl")
	ln -s suid "$T/rd/$id.html"
	run "umask 022; pt-render --format html -o rd good.jsonl"
	is "pt-render -o DIR over a symlink to a setuid file: refused, exit 4" "$rc" 4
	is "pt-render -o DIR: the link left as it was" "$(readlink "$T/rd/$id.html")" suid
	is "pt-render -o DIR: the setuid file untouched" "$(cmp -s "$T/rd/suid" "$PT_BIN/pt-render" && stat -c %a "$T/rd/suid")" 4755
fi
# A side file that cannot be read (a directory) is an I/O error with the reason.
mkdir -p "$T/adir"
for p in pt-stakeholders pt-evaluate; do
	[ -x "$PT_BUILD/$p" ] || continue
	run "$p -f adir good.jsonl"
	is "$p -f DIR: exit 4" "$rc" 4
	like "$p -f DIR: the reason given" "$T/err" "^$p: adir: read error: Is a directory"
done
done_testing
