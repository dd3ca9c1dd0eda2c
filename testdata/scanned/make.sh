#!/usr/bin/env bash
# Makes the scanned twins of the PDF fixtures (issue #15): each page of
# testdata/corpus/*.pdf and testdata/general/*.pdf, and of the field
# report whose tables have no ruling lines (field58), is rendered at 200 dpi in
# grey (pdftoppm), degraded as a scanner does (a rotation of 1 to 2 degrees,
# a little Gaussian noise, JPEG quality 60; ImageMagick) and the pages are
# rebuilt into an image-only PDF (img2pdf). The original's .gold.json is
# copied beside its twin, which has the same name. Deterministic: the angle
# and the noise seed follow from the page number.
#
# Needs poppler-utils, imagemagick and img2pdf (Debian). Run from anywhere:
#   testdata/scanned/make.sh            # every twin
#   testdata/scanned/make.sh FILE.pdf   # the twin of one original
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

angles=(1.5 -1.2 2.0 -1.8 1.0 -1.5 1.2 -2.0)
sources=("$@")
if [ ${#sources[@]} -eq 0 ]; then
	sources=("$root"/testdata/corpus/*.pdf "$root"/testdata/general/*.pdf
		"$root"/testdata/field/field58_sous-cluster-education_butembo.pdf)
fi
for src in "${sources[@]}"; do
	name="$(basename "$src")"
	rm -f "$tmp"/*
	pdftoppm -r 200 -gray "$src" "$tmp/p"
	pages=()
	i=0
	for pg in "$tmp"/p-*.pgm; do
		a="${angles[$((i % ${#angles[@]}))]}"
		size="$(identify -format '%wx%h' "$pg")"
		out="${pg%.pgm}.jpg"
		convert "$pg" -background white -rotate "$a" -gravity center -extent "$size" \
			-seed "$((i + 1))" -attenuate 0.4 +noise Gaussian \
			-units PixelsPerInch -density 200 -quality 60 "$out"
		pages+=("$out")
		i=$((i + 1))
	done
	img2pdf --producer "minutes testdata/scanned/make.sh" --nodate "${pages[@]}" -o "$here/$name"
	cp "$src.gold.json" "$here/$name.gold.json"
	echo "$name: $i pages, $(stat -c %s "$here/$name") bytes"
done
