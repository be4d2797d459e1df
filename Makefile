# pt — the Participatietoolbox as small Unix filters.
#
#   make            build everything into $(O)/
#   make demo       run the example proposal through the pipeline
#   make check      run every test (SANITIZE=1: under ASan and UBSan)
#   make bless      regenerate the golden files and show their diff
#   make bench      time each program against the parse-and-dump floor
#   make install    PREFIX, DESTDIR honoured; make uninstall; make clean
#
# Objects go to $(O) (default build/, build-san/ with SANITIZE=1), so several
# builds can live side by side.

VERSION   = 0.1.0
PREFIX   ?= /usr/local
BINDIR    = $(PREFIX)/bin
MANDIR    = $(PREFIX)/share/man
# The data tables as shipped, to copy into SYSCONFDIR/pt and edit there
# (pt(7), FILES); SYSCONFDIR is built into the programs (lib/data.c).
DATADIR   = $(PREFIX)/share/pt
SYSCONFDIR ?= /etc
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR  = $(PREFIX)/share/zsh/vendor-completions
CC       ?= cc
CFLAGS   ?= -O2 -g
WARN      = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-unused-parameter

ifeq ($(SANITIZE),1)
O        ?= build-san
SANFLAGS  = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
else
O        ?= build
endif

# Recursive (=) on purpose: pkg-config is asked when a recipe runs, after
# the deps step has had its chance to install what is missing.
PKG_CFLAGS = $(shell pkg-config --cflags jansson libcmark-gfm)
PKG_LIBS   = $(shell pkg-config --libs jansson libcmark-gfm) -lcmark-gfm-extensions -lcsv
HTML_LIBS  = $(shell pkg-config --libs gumbo 2>/dev/null)
HTML_CFLAGS = $(shell pkg-config --cflags gumbo 2>/dev/null)
# Word, ODF and PDF for pt-paragraph --check; --as-needed keeps them out of
# the programs that do not read documents.
# poppler is opened at run time (lib/check_pdf.c), by the soname found here;
# so is librsvg, which draws pt-render's pictures for Word (lib/render_png.c).
DOC_CFLAGS = $(shell pkg-config --cflags libzip libxml-2.0 poppler-glib librsvg-2.0 2>/dev/null) \
             -DPT_RSVG_SO='"$(shell objdump -p $$(pkg-config --variable=libdir librsvg-2.0 2>/dev/null)/librsvg-2.so 2>/dev/null | awk '/SONAME/ { print $$2 }')"' \
             -DPT_POPPLER_SO='"$(shell objdump -p $$(pkg-config --variable=libdir poppler-glib 2>/dev/null)/libpoppler-glib.so 2>/dev/null | awk '/SONAME/ { print $$2 }')"'
DOC_LIBS   = -Wl,--as-needed $(shell pkg-config --libs libzip libxml-2.0 zlib 2>/dev/null) -Wl,--no-as-needed
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(WARN) $(CFLAGS) $(SANFLAGS) \
             -DPT_VERSION='"$(VERSION)"' -Ilib $(PKG_CFLAGS) $(HTML_CFLAGS) $(DOC_CFLAGS)
ALL_LDFLAGS = $(LDFLAGS) $(SANFLAGS)
LIBS       = $(PKG_LIBS) $(HTML_LIBS) $(DOC_LIBS) -lm

BUILD_DEBS = pkg-config libjansson-dev libcsv-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libgumbo-dev \
             libzip-dev libxml2-dev libpoppler-glib-dev librsvg2-dev
TEST_DEBS  = mandoc tidy python3-jsonschema cmark-gfm jq libreoffice-writer-nogui python3-docx poppler-utils

LIB_SRC  = $(sort $(wildcard lib/*.c))
LIB_OBJ  = $(LIB_SRC:lib/%.c=$(O)/lib/%.o) $(O)/lib/blobs.o
DATA     = $(sort $(wildcard lib/data/*))
CMD_SRC  = $(sort $(wildcard cmd/pt-*.c))
PROGS    = $(CMD_SRC:cmd/%.c=$(O)/%)
UNIT_SRC = $(sort $(wildcard tests/unit/*.c))
UNITS    = $(UNIT_SRC:tests/unit/%.c=$(O)/unit/%)
TOOLS    = $(O)/tools/floor $(O)/tools/runstat $(O)/tools/gendossiers
COMPLETIONS = $(O)/completions/pt.bash $(O)/completions/_pt
MANS     = $(sort $(wildcard man/*.[1-9]))
HEADERS  = $(wildcard lib/*.h)

all: $(PROGS) $(COMPLETIONS)

$(O)/.deps:
	@sh tools/need-debs.sh $(BUILD_DEBS)
	@mkdir -p $(O) && touch $@

$(O)/.testdeps:
	@sh tools/need-debs.sh $(TEST_DEBS)
	@mkdir -p $(O) && touch $@

# Where the system's copies of the data tables are: data.o alone knows.
$(O)/lib/data.o: ALL_CFLAGS += -DPT_SYSCONFDIR='"$(SYSCONFDIR)"'

$(O)/lib/%.o: lib/%.c $(HEADERS) Makefile | $(O)/.deps
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/embed: tools/embed.c
	@mkdir -p $(@D)
	$(CC) -O1 -o $@ tools/embed.c

$(O)/lib/blobs.c: $(O)/embed $(DATA)
	@mkdir -p $(@D)
	$(O)/embed $(DATA) > $@.tmp && mv $@.tmp $@

$(O)/lib/blobs.o: $(O)/lib/blobs.c lib/pt.h | $(O)/.deps
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(O)/libpt.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

$(O)/pt-%: cmd/pt-%.c $(O)/libpt.a $(HEADERS)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(O)/libpt.a $(ALL_LDFLAGS) $(LIBS)

$(O)/unit/%: tests/unit/%.c tests/unit/tap.h $(O)/libpt.a $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(O)/libpt.a $(ALL_LDFLAGS) $(LIBS)

$(O)/tools/values: tools/values.c $(O)/libpt.a $(HEADERS)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(O)/libpt.a $(ALL_LDFLAGS) $(LIBS)

# bash and zsh completions, from the programs' --help and the vocabularies
$(COMPLETIONS) &: $(PROGS) $(O)/tools/values tools/mkcompletions.sh
	sh tools/mkcompletions.sh $(O) $(O)/completions

$(O)/tools/%: tests/bench/%.c $(O)/libpt.a
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(O)/libpt.a $(ALL_LDFLAGS) $(LIBS)

check: all $(UNITS) $(TOOLS) $(O)/.testdeps
	@PT_BUILD=$(abspath $(O)) SANITIZE=$(SANITIZE) VALGRIND=$(VALGRIND) sh tests/run.sh

# Run every golden case again and save its out/err/rc; shows the diff to
# review (tools/bless.sh; CASES="pt-plan/basis ..." for some only).
bless: all
	@PT_BUILD=$(abspath $(O)) sh tools/bless.sh $(CASES)

# Headless Chromium prints the demo HTML to PDF (tests/browser.sh).
check-browser: all
	@sh tools/need-debs.sh chromium poppler-utils imagemagick
	@PT_BUILD=$(abspath $(O)) sh tests/browser.sh

demo: all
	@PT_BUILD=$(abspath $(O)) sh examples/demo.sh

bench: all $(TOOLS)
	@PT_BUILD=$(abspath $(O)) sh tests/bench/bench.sh $(N)

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man7 \
		$(DESTDIR)$(DATADIR) $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR)
	for p in $(PROGS); do cp $$p $(DESTDIR)$(BINDIR)/; done
	for m in $(MANS); do s=$${m##*.}; cp $$m $(DESTDIR)$(MANDIR)/man$$s/; done
	for d in $(DATA); do cp $$d $(DESTDIR)$(DATADIR)/; done
	for p in $(PROGS); do cp $(O)/completions/pt.bash $(DESTDIR)$(BASHCOMPDIR)/$${p##*/}; done
	cp $(O)/completions/_pt $(DESTDIR)$(ZSHCOMPDIR)/_pt

uninstall:
	for p in $(PROGS); do rm -f $(DESTDIR)$(BINDIR)/$${p##*/} $(DESTDIR)$(BASHCOMPDIR)/$${p##*/}; done
	for m in $(MANS); do s=$${m##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m##*/}; done
	for d in $(DATA); do rm -f $(DESTDIR)$(DATADIR)/$${d##*/}; done
	rm -f $(DESTDIR)$(ZSHCOMPDIR)/_pt
	-rmdir $(DESTDIR)$(DATADIR) 2>/dev/null

# A Debian package of pt (tools/mkdeb.sh); make check-deb installs it into
# a scratch root, runs the README pipeline from there and removes it.
deb: all
	@sh tools/need-debs.sh dpkg-dev binutils
	@sh tools/mkdeb.sh $(O) $(VERSION)

check-deb: deb
	@sh tools/need-debs.sh lintian
	@PT_BUILD=$(abspath $(O)) PT_BIN=$(abspath $(O)) PT_TODAY=2026-11-28 LC_ALL=C.UTF-8 PT_LINTIAN=1 sh tests/t/deb.t

clean:
	rm -rf build build-* demo-out

# make fuzz, make coverage (and what .ci/run needs of them) live here.
-include tests/fuzz/fuzz.mk

.PHONY: all bless check check-browser check-deb deb demo bench install uninstall clean
