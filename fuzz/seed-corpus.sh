#!/bin/sh
# Builds the starting corpora in fuzz/corpus/ (git-ignored) from the project's
# fixtures, the small tables in fuzz/seeds/, and the seed list cut at its
# headings. The `fix` target reads its first byte as the unsafe-fixes flag,
# so each of its seeds is there twice: prefixed with `0` (safe) and `1`
# (unsafe). Safe to re-run: it only adds files.
set -eu
cd "$(dirname "$0")"
mkdir -p corpus/parse_lint corpus/fix
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp ../fixtures/*.md seeds/*.md "$tmp"/
# One seed per section of the seed list (a heading and the table below it).
awk -v dir="$tmp" '/^#/ { n++ } { print > (dir "/nas-seed-section-" n ".md") }' ../fixtures/nas-seed.md
for f in "$tmp"/*.md; do
    name=$(basename "$f" .md)
    cp "$f" "corpus/parse_lint/$name"
    { printf 0; cat "$f"; } > "corpus/fix/safe-$name"
    { printf 1; cat "$f"; } > "corpus/fix/unsafe-$name"
done
echo "corpus/parse_lint: $(ls corpus/parse_lint | wc -l) files, corpus/fix: $(ls corpus/fix | wc -l) files"
