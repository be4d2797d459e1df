#!/bin/sh
# Install the Debian packages named as arguments that are missing: as root
# with apt-get, otherwise stop and print the command to run.
missing=
for p in "$@"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "installing:$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >&2 && apt-get install -y -qq --no-install-recommends $missing >&2 && exit 0
	echo "apt-get could not install:$missing" >&2
	exit 1
fi
echo "missing packages:$missing" >&2
echo "run: sudo apt-get install$missing" >&2
exit 1
