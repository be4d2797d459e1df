# Fuzzing and coverage, included by the Makefile.
#
#   make fuzz          each libFuzzer target for FUZZ_SECONDS (default 60);
#                      new inputs land in build-fuzz/corpus/TARGET
#   make fuzz-smoke    replay the saved corpus, then FUZZ_SMOKE_SECONDS (5)
#                      of fuzzing a target; any crash, leak or sanitizer
#                      report fails (.ci/run)
#   make fuzz-merge    keep what make fuzz found: merge build-fuzz/corpus
#                      into tests/fuzz/corpus (only inputs that add coverage)
#   make coverage      make check with gcc --coverage in build-cov, then the
#                      line coverage of lib/ by gcov, the total on one line
#
# The targets are tests/fuzz/*.c, one per input path; each is linked with
# clang's -fsanitize=fuzzer,address,undefined against a libpt built the same
# way in build-fuzz.  FUZZ_TARGETS=stream make fuzz picks some.

FUZZ_O             = build-fuzz
COV_O              = build-cov
FUZZ_CC           ?= clang-14
FUZZ_SECONDS      ?= 60
FUZZ_SMOKE_SECONDS ?= 5
FUZZ_TARGETS      ?= $(sort $(basename $(notdir $(wildcard tests/fuzz/*.c))))
FUZZ_DEBS          = clang-14 libclang-rt-14-dev

# These two rules run in the sub-make, where O is $(FUZZ_O) and CC clang.
$(O)/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz.h $(O)/libpt.a $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< $(O)/libpt.a $(ALL_LDFLAGS) $(LIBS)

fuzz-bins: $(FUZZ_TARGETS:%=$(O)/fuzz/%)

$(FUZZ_O)/.fuzzdeps:
	@sh tools/need-debs.sh $(FUZZ_DEBS)
	@mkdir -p $(FUZZ_O) && touch $@

fuzz-build: $(FUZZ_O)/.fuzzdeps
	@$(MAKE) --no-print-directory O=$(FUZZ_O) SANITIZE=1 CC=$(FUZZ_CC) \
		CFLAGS='-O1 -g -fsanitize=fuzzer-no-link' FUZZ_TARGETS='$(FUZZ_TARGETS)' fuzz-bins

fuzz: fuzz-build
	@sh tests/fuzz/run.sh $(FUZZ_O) $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-smoke: fuzz-build
	@sh tests/fuzz/run.sh $(FUZZ_O) $(FUZZ_SMOKE_SECONDS) $(FUZZ_TARGETS)

fuzz-merge: fuzz-build
	@sh tests/fuzz/run.sh $(FUZZ_O) merge $(FUZZ_TARGETS)

# libpt is built with --coverage first; the programs and unit tests are
# then linked against it with only the gcov runtime (notes of their own
# would land in unit/, where tests/run.sh takes every file for a test).
coverage:
	@find $(COV_O) -name '*.gcda' -delete 2>/dev/null; \
	rm -f $(COV_O)/unit/*.gcno $(COV_O)/*.gcno; \
	$(MAKE) --no-print-directory O=$(COV_O) CC=gcc CFLAGS='-O0 -g --coverage' $(COV_O)/libpt.a && \
	$(MAKE) --no-print-directory O=$(COV_O) CC=gcc CFLAGS='-O0 -g' LDFLAGS=-lgcov check; \
	echo "make check in $(COV_O): status $$?"
	@sh tests/fuzz/coverage.sh $(COV_O)

.PHONY: fuzz fuzz-smoke fuzz-merge fuzz-build fuzz-bins coverage
