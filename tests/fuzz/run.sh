#!/bin/sh
# Run the libFuzzer targets: tests/fuzz/run.sh BUILD SECONDS|merge TARGET...
# Each target first replays its saved corpus (tests/fuzz/corpus/TARGET),
# then fuzzes for SECONDS with new inputs kept in BUILD/corpus/TARGET.
# Any crash, leak, timeout or sanitizer report fails the run; the input
# that did it is saved as BUILD/crash/TARGET-* and shown.  "merge" instead
# adds to tests/fuzz/corpus what BUILD/corpus holds that covers new code.
B=$1 secs=$2
shift 2
cd "$(dirname "$0")/../.." || exit 4
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
failed=0
mkdir -p "$B/crash" "$B/log"
for t in "$@"; do
	bin=$B/fuzz/$t seeds=tests/fuzz/corpus/$t work=$B/corpus/$t log=$B/log/$t
	mkdir -p "$seeds" "$work"
	dict=
	[ -f "tests/fuzz/$t.dict" ] && dict=-dict=tests/fuzz/$t.dict
	if [ "$secs" = merge ]; then
		"$bin" -merge=1 $dict "$seeds" "$work" >"$log" 2>&1 || { failed=1; tail -20 "$log"; }
		echo "$t: $(ls "$seeds" | wc -l) inputs in $seeds"
		continue
	fi
	opts="$dict -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 -artifact_prefix=$B/crash/$t-"
	# Replay: every saved input once (a regression test of old crashes).
	if ! "$bin" $opts -runs=0 "$seeds" >"$log" 2>&1; then
		echo "FAIL $t: replaying $seeds"
		grep -E 'ERROR|SUMMARY|Test unit written|#[0-9]+ 0x' "$log" | head -30
		failed=1
		continue
	fi
	n=$(ls "$seeds" | wc -l)
	if ! "$bin" $opts -max_total_time="$secs" -print_final_stats=1 "$work" "$seeds" >"$log" 2>&1; then
		echo "FAIL $t: after fuzzing (log: $log)"
		grep -E 'ERROR|SUMMARY|Test unit written|#[0-9]+ 0x' "$log" | head -30
		failed=1
		continue
	fi
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1)
	echo "ok   $t: $n saved inputs replayed, $runs runs in ${secs}s, $cov edges"
done
exit $failed
