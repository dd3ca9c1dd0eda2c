package store

import (
	"encoding/binary"
	"hash/fnv"
	"slices"
	"strings"
	"unicode"

	"github.com/sahelim/minutes/extract/doc"
	"github.com/sahelim/minutes/normalize"
)

// CopyThreshold is the least similarity (the jaccard of their shingles) of two documents of the same
// date and cluster for them to be copies of one meeting. Measured on the
// three corpora (docs/copies.md): the true copies score 1.000 (DOCX and
// PDF, DOCX and HTML), two distinct meetings at most 0.477 (0.036 with the
// same date and cluster); a draft with one action row fewer than its final
// still scores over 0.9.
const CopyThreshold = 0.7

// sameText is the similarity above which two copies hold the same text: a
// less complete copy under it is a draft (an earlier version), over it a
// copy whose extraction merely found less.
const sameText = 0.99

// shingleWords is the number of words in a shingle.
const shingleWords = 3

// shingles returns the sorted, distinct 64-bit hashes of the 3-word
// shingles of a document's text: every heading, paragraph, list item and
// table cell in document order, folded (case, accents, œ), cut into words
// at anything but a letter or a digit. The layout (pages, line breaks, a
// table drawn in PDF or in DOCX) does not change them; a word changed
// changes three.
func shingles(d *doc.Document) []uint64 {
	var words []string
	for _, b := range d.Blocks {
		eachText(b, func(_ doc.Pos, _ string, _, _ int, text string) error {
			words = append(words, strings.FieldsFunc(normalize.Fold(text), func(r rune) bool {
				return !unicode.IsLetter(r) && !unicode.IsDigit(r)
			})...)
			return nil
		})
	}
	var out []uint64
	for i := 0; i+shingleWords <= len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words[i:i+shingleWords], " ")))
		out = append(out, h.Sum64())
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// jaccard is |A∩B| / |A∪B| of two sorted sets of hashes, 0 when both are
// empty.
func jaccard(a, b []uint64) float64 {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	if u := len(a) + len(b) - n; u > 0 {
		return float64(n) / float64(u)
	}
	return 0
}

// encodeShingles is the stored form of a set of hashes: 8 bytes each, big
// endian.
func encodeShingles(s []uint64) []byte {
	out := make([]byte, 0, 8*len(s))
	for _, h := range s {
		out = binary.BigEndian.AppendUint64(out, h)
	}
	return out
}

func decodeShingles(b []byte) []uint64 {
	out := make([]uint64, len(b)/8)
	for i := range out {
		out[i] = binary.BigEndian.Uint64(b[8*i:])
	}
	return out
}
