#!/usr/bin/env bash
# Writes the build into dist/sw.js: the list of files to precache (every file of dist/ except the
# worker itself and the clinic demo) and a version, a hash of those files, so any change to the app
# gives a new worker and a new cache, and an unchanged build does not.
# Usage: stamp_sw.sh <dist dir>. Run after the dist folder is assembled and the icons are made.
set -euo pipefail
dist=$1
sw=$dist/sw.js
files=$(cd "$dist" && find . -type f ! -name sw.js ! -name 'embed-demo.*' ! -name '.*' | sed 's#^\./##' | LC_ALL=C sort)
version=$(cd "$dist" && cat $files | sha256sum | cut -c1-16)
list=$(printf "'%s', " $files)
sed -i -e "s#'__UNCLENCH_FILES__'#${list%, }#" -e "s/__UNCLENCH_BUILD__/$version/" "$sw"
