#!/bin/sh
# make deb: a Debian binary package of pt from the programs built in BUILD,
# with dpkg-deb, as Debian policy wants it (FHS paths, stripped programs,
# compressed pages, copyright and changelog, md5sums, the shared libraries
# the programs link declared by dpkg-shlibdeps).
#   sh tools/mkdeb.sh BUILD VERSION [OUTDIR]   -> OUTDIR/pt_VERSION_ARCH.deb
set -e
B=$(cd "$1" && pwd) VERSION=$2 OUT=${3:-$1}
top=$(cd "$(dirname "$0")/.." && pwd)
arch=$(dpkg --print-architecture)
clog=$(sed -n '1s/^pt (\([^)]*\)).*/\1/p' "$top/debian/changelog")
if [ "$clog" != "$VERSION" ]; then
	echo "mkdeb: debian/changelog is at $clog, the Makefile at $VERSION: add a changelog entry" >&2
	exit 3
fi
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
S=$W/pt
# The programs read /etc/pt: they must have been built with that SYSCONFDIR.
strings "$B/pt-render" | grep -qx /etc/pt || {
	echo "mkdeb: $B was built with another SYSCONFDIR; rebuild with SYSCONFDIR=/etc" >&2; exit 3; }
make -s -C "$top" O="$B" install PREFIX=/usr DESTDIR="$S" >/dev/null
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$S"/usr/bin/pt-*
find "$S/usr/share/man" -type f -exec gzip -9n {} +
doc=$S/usr/share/doc/pt
mkdir -p "$doc"
cp "$top/debian/copyright" "$doc/copyright"
gzip -9n < "$top/debian/changelog" > "$doc/changelog.gz"
gzip -9n < "$top/README.md" > "$doc/README.md.gz"
chmod -R u=rwX,go=rX "$S"

# Depends: the shared libraries the programs link, as the system's
# packages provide them.  poppler is opened at run time, for --check on
# PDF: recommended, by the package that has the soname built in.
mkdir -p "$W/src/debian"
cp "$top/debian/control" "$W/src/debian/control"
set --
for f in "$S"/usr/bin/pt-*; do set -- "$@" "-e$f"; done
(cd "$W/src" && dpkg-shlibdeps -O "$@") > "$W/shlibs" 2>"$W/shlibs.err" || {
	cat "$W/shlibs.err" >&2; exit 4; }
depends=$(sed -n 's/^shlibs:Depends=//p' "$W/shlibs")
so=$(strings "$B/pt-paragraph" | grep -m1 '^libpoppler-glib\.so\.[0-9]*$' || true)
recommends=$( [ -n "$so" ] && dpkg -S "*/$so" 2>/dev/null | sed -n '1s/:.*//p')
size=$(du -sk --exclude=DEBIAN "$S" | cut -f1)

mkdir -p "$S/DEBIAN"
{
	sed -n '/^Package:/,$p' "$top/debian/control" | sed '/^Architecture:/d; /^Depends:/d; /^Recommends:/d; /^Description:/,$d'
	echo "Version: $VERSION"
	echo "Architecture: $arch"
	sed -n 's/^\(Maintainer\|Section\|Priority\): /&/p' "$top/debian/control"
	echo "Installed-Size: $size"
	echo "Depends: $depends"
	[ -n "$recommends" ] && echo "Recommends: $recommends"
	sed -n '/^Description:/,$p' "$top/debian/control"
} > "$S/DEBIAN/control"
(cd "$S" && find usr -type f -print0 | sort -z | xargs -0 md5sum) > "$S/DEBIAN/md5sums"
chmod 644 "$S/DEBIAN/control" "$S/DEBIAN/md5sums"
deb=$OUT/pt_${VERSION}_$arch.deb
dpkg-deb --root-owner-group -Zxz --build "$S" "$deb" >/dev/null
echo "$deb"
