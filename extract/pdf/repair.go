package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strconv"
)

var (
	trailerRefs = regexp.MustCompile(`/(Root|Info|Encrypt)\s+(\d+)\s+(\d+)\s+R`)
	trailerID   = regexp.MustCompile(`/ID\s*\[[^\]]*\]`)
	catalogType = regexp.MustCompile(`/Type\s*/Catalog\b`)
)

// rebuildXref appends a fresh cross-reference table, found by scanning
// the file for "N G obj", and a trailer naming the catalog. Objects inside
// object streams cannot be found this way.
func rebuildXref(data []byte) ([]byte, bool) {
	offsets, maxID := scanObjects(data)
	trailer := findTrailer(data, offsets)
	if len(offsets) == 0 || trailer == "" {
		return nil, false
	}
	var b bytes.Buffer
	b.Write(data)
	start := b.Len() + 1
	fmt.Fprintf(&b, "\nxref\n0 %d\n", maxID+1)
	for id := 0; id <= maxID; id++ {
		if o, ok := offsets[id]; ok {
			fmt.Fprintf(&b, "%010d %05d n\r\n", o[0], o[1])
		} else {
			b.WriteString("0000000000 65535 f\r\n")
		}
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n", maxID+1, trailer, start)
	return b.Bytes(), true
}

// scanObjects finds every "N G obj" header (N of at most 7 digits, G of
// at most 5, at the start of the file or after white space) and returns
// each object's offset and generation, by number, and the largest number.
// It looks for "obj" and reads backwards: a regular expression over a
// whole file of megabytes was the reader's slowest step.
func scanObjects(data []byte) (map[int][2]int, int) {
	offsets := map[int][2]int{}
	maxID := 0
	for i := 0; ; {
		j := bytes.Index(data[i:], []byte("obj"))
		if j < 0 {
			return offsets, maxID
		}
		at := i + j
		i = at + 3
		if at+3 < len(data) && isWordByte(data[at+3]) {
			continue
		}
		gs, ge, ok := digitsBefore(data, at, 5)
		if !ok {
			continue
		}
		is, ie, ok := digitsBefore(data, gs, 7)
		if !ok || is > 0 && !isSpaceByte(data[is-1]) && data[is-1] != '\f' && data[is-1] != '\v' {
			continue
		}
		id, _ := strconv.Atoi(string(data[is:ie]))
		gen, _ := strconv.Atoi(string(data[gs:ge]))
		offsets[id] = [2]int{is, gen}
		maxID = max(maxID, id)
	}
}

// digitsBefore reads, backwards from end, white space (at least one
// character) then 1 to n digits not preceded by another digit.
func digitsBefore(data []byte, end, n int) (start, stop int, ok bool) {
	k := end
	for k > 0 && isSpaceByte(data[k-1]) {
		k--
	}
	if k == end {
		return 0, 0, false
	}
	stop = k
	for k > 0 && data[k-1] >= '0' && data[k-1] <= '9' && stop-k < n {
		k--
	}
	if k == stop || k > 0 && data[k-1] >= '0' && data[k-1] <= '9' {
		return 0, 0, false
	}
	return k, stop, true
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// findTrailer gathers /Root, /Info, /Encrypt and /ID from the last
// trailer or xref stream dictionary that names a root, else finds the
// catalog object itself.
func findTrailer(data []byte, offsets map[int][2]int) string {
	refs := map[string]string{}
	for _, m := range trailerRefs.FindAllSubmatch(data, -1) {
		refs[string(m[1])] = fmt.Sprintf("%s %s R", m[2], m[3])
	}
	if refs["Root"] == "" {
		refs["Root"] = catalogRef(data, offsets)
	}
	if refs["Root"] == "" {
		return ""
	}
	var parts []string
	for _, k := range []string{"Root", "Info", "Encrypt"} {
		if refs[k] != "" {
			parts = append(parts, "/"+k+" "+refs[k])
		}
	}
	if ids := trailerID.FindAll(data, -1); len(ids) > 0 {
		parts = append(parts, string(ids[len(ids)-1]))
	}
	return string(bytes.Join(toBytes(parts), []byte(" ")))
}

func toBytes(ss []string) [][]byte {
	out := make([][]byte, len(ss))
	for i, s := range ss {
		out[i] = []byte(s)
	}
	return out
}

// catalogRef returns "N G R" for the object holding /Type /Catalog.
func catalogRef(data []byte, offsets map[int][2]int) string {
	loc := catalogType.FindIndex(data)
	if loc == nil {
		return ""
	}
	ids := make([]int, 0, len(offsets))
	for id := range offsets {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return offsets[ids[i]][0] < offsets[ids[j]][0] })
	best := -1
	for _, id := range ids {
		if offsets[id][0] < loc[0] {
			best = id
		}
	}
	if best < 0 {
		return ""
	}
	return fmt.Sprintf("%d %d R", best, offsets[best][1])
}
