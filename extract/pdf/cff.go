package pdf

import "strings"

// cffStandardStrings are the predefined string IDs 0–390 of the Compact
// Font Format (Adobe TN 5176, Appendix A): glyph names a CFF charset
// refers to by number.
var cffStandardStrings = strings.Fields(`.notdef space exclam quotedbl
numbersign dollar percent ampersand quoteright parenleft parenright asterisk
plus comma hyphen period slash zero one two three four five six seven eight
nine colon semicolon less equal greater question at A B C D E F G H I J K L
M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum
underscore quoteleft a b c d e f g h i j k l m n o p q r s t u v w x y z
braceleft bar braceright asciitilde exclamdown cent sterling fraction yen
florin section currency quotesingle quotedblleft guillemotleft guilsinglleft
guilsinglright fi fl endash dagger daggerdbl periodcentered paragraph bullet
quotesinglbase quotedblbase quotedblright guillemotright ellipsis perthousand
questiondown grave acute circumflex tilde macron breve dotaccent dieresis
ring cedilla hungarumlaut ogonek caron emdash AE ordfeminine Lslash Oslash
OE ordmasculine ae dotlessi lslash oslash oe germandbls onesuperior
logicalnot mu trademark Eth onehalf plusminus Thorn onequarter divide
brokenbar degree thorn threequarters twosuperior registered minus eth
multiply threesuperior copyright Aacute Acircumflex Adieresis Agrave Aring
Atilde Ccedilla Eacute Ecircumflex Edieresis Egrave Iacute Icircumflex
Idieresis Igrave Ntilde Oacute Ocircumflex Odieresis Ograve Otilde Scaron
Uacute Ucircumflex Udieresis Ugrave Yacute Ydieresis Zcaron aacute
acircumflex adieresis agrave aring atilde ccedilla eacute ecircumflex
edieresis egrave iacute icircumflex idieresis igrave ntilde oacute
ocircumflex odieresis ograve otilde scaron uacute ucircumflex udieresis
ugrave yacute ydieresis zcaron exclamsmall Hungarumlautsmall dollaroldstyle
dollarsuperior ampersandsmall Acutesmall parenleftsuperior
parenrightsuperior twodotenleader onedotenleader zerooldstyle oneoldstyle
twooldstyle threeoldstyle fouroldstyle fiveoldstyle sixoldstyle
sevenoldstyle eightoldstyle nineoldstyle commasuperior threequartersemdash
periodsuperior questionsmall asuperior bsuperior centsuperior dsuperior
esuperior isuperior lsuperior msuperior nsuperior osuperior rsuperior
ssuperior tsuperior ff ffi ffl parenleftinferior parenrightinferior
Circumflexsmall hyphensuperior Gravesmall Asmall Bsmall Csmall Dsmall Esmall
Fsmall Gsmall Hsmall Ismall Jsmall Ksmall Lsmall Msmall Nsmall Osmall Psmall
Qsmall Rsmall Ssmall Tsmall Usmall Vsmall Wsmall Xsmall Ysmall Zsmall
colonmonetary onefitted rupiah Tildesmall exclamdownsmall centoldstyle
Lslashsmall Scaronsmall Zcaronsmall Dieresissmall Brevesmall Caronsmall
Dotaccentsmall Macronsmall figuredash hypheninferior Ogoneksmall Ringsmall
Cedillasmall questiondownsmall oneeighth threeeighths fiveeighths
seveneighths onethird twothirds zerosuperior foursuperior fivesuperior
sixsuperior sevensuperior eightsuperior ninesuperior zeroinferior
oneinferior twoinferior threeinferior fourinferior fiveinferior sixinferior
seveninferior eightinferior nineinferior centinferior dollarinferior
periodinferior commainferior Agravesmall Aacutesmall Acircumflexsmall
Atildesmall Adieresissmall Aringsmall AEsmall Ccedillasmall Egravesmall
Eacutesmall Ecircumflexsmall Edieresissmall Igravesmall Iacutesmall
Icircumflexsmall Idieresissmall Ethsmall Ntildesmall Ogravesmall Oacutesmall
Ocircumflexsmall Otildesmall Odieresissmall OEsmall Oslashsmall Ugravesmall
Uacutesmall Ucircumflexsmall Udieresissmall Yacutesmall Thornsmall
Ydieresissmall 001.000 001.001 001.002 001.003 Black Bold Book Light Medium
Regular Roman Semibold`)

// cff reads the parts of a CFF font program (FontFile3 /Type1C) that text
// extraction needs. Every read is bounds-checked: a malformed font gives
// no encoding, never a panic.
type cff struct {
	b    []byte
	strs [][2]int // the String INDEX: names of SIDs from 391 on
	bad  bool
}

func (c *cff) u8(i int) int {
	if i < 0 || i >= len(c.b) {
		c.bad = true
		return 0
	}
	return int(c.b[i])
}

func (c *cff) u16(i int) int { return c.u8(i)<<8 | c.u8(i+1) }

func (c *cff) offset(i, size int) int {
	n := 0
	for k := range size {
		n = n<<8 | c.u8(i+k)
	}
	return n
}

// index returns the start and end of each entry of the INDEX at i, and
// the position after it.
func (c *cff) index(i int) (spans [][2]int, end int) {
	count := c.u16(i)
	if count == 0 {
		return nil, i + 2
	}
	size := c.u8(i + 2)
	if size < 1 || size > 4 || count > len(c.b) {
		c.bad = true
		return nil, len(c.b)
	}
	base := i + 3 + (count+1)*size - 1
	prev := c.offset(i+3, size)
	for k := 1; k <= count && !c.bad; k++ {
		next := c.offset(i+3+k*size, size)
		if next < prev || base+next > len(c.b) {
			c.bad = true
			break
		}
		spans = append(spans, [2]int{base + prev, base + next})
		prev = next
	}
	return spans, base + prev
}

// topDict returns the integer operands of the Top DICT operators that
// locate the charset (15), the encoding (16) and the charstrings (17).
func (c *cff) topDict(start, end int) map[int]int {
	out := map[int]int{}
	var last int
	for i := start; i < end && !c.bad; {
		b := c.u8(i)
		switch {
		case b == 12:
			i += 2
		case b <= 21:
			out[b] = last
			i++
		case b == 28:
			last = int(int16(c.u16(i + 1)))
			i += 3
		case b == 29:
			last = c.offset(i+1, 4)
			i += 5
		case b == 30:
			for i++; i < end && c.u8(i)&0x0f != 0x0f && c.u8(i)&0xf0 != 0xf0; i++ {
			}
			i++
		case b >= 32 && b <= 246:
			last = b - 139
			i++
		case b >= 247 && b <= 250:
			last = (b-247)*256 + c.u8(i+1) + 108
			i += 2
		case b >= 251 && b <= 254:
			last = -(b-251)*256 - c.u8(i+1) - 108
			i += 2
		default:
			i++
		}
	}
	return out
}

// cffEncoding returns the built-in encoding of a CFF font program, code
// to glyph name, or nil when it is the standard one or unreadable.
func cffEncoding(data []byte) map[int]string {
	c := &cff{b: data}
	_, end := c.index(c.u8(2)) // the Name INDEX follows the header
	top, end := c.index(end)
	c.strs, _ = c.index(end)
	if c.bad || len(top) == 0 {
		return nil
	}
	d := c.topDict(top[0][0], top[0][1])
	enc, ok := d[16]
	if !ok || enc <= 1 {
		return nil
	}
	glyphs, _ := c.index(d[17])
	names := c.charset(d[15], len(glyphs))
	out := c.encoding(enc, names)
	if c.bad {
		return nil
	}
	return out
}

// sid returns the string of a string ID.
func (c *cff) sid(s int) string {
	if s < len(cffStandardStrings) {
		return cffStandardStrings[s]
	}
	if k := s - len(cffStandardStrings); k < len(c.strs) {
		return string(c.b[c.strs[k][0]:c.strs[k][1]])
	}
	return ""
}

// charset returns the glyph name of each of the n glyph IDs.
func (c *cff) charset(at, n int) []string {
	names := make([]string, 0, min(n, 1<<16))
	names = append(names, ".notdef")
	if at == 0 { // ISOAdobe: glyph i is SID i
		for i := 1; i < n && i < 229; i++ {
			names = append(names, c.sid(i))
		}
		return names
	}
	format, i := c.u8(at), at+1
	if format > 2 {
		c.bad = true
	}
	for len(names) < n && !c.bad {
		if format == 0 {
			names = append(names, c.sid(c.u16(i)))
			i += 2
			continue
		}
		first, left := c.u16(i), c.u8(i+2)
		i += 3
		if format == 2 {
			left = c.u16(i - 1)
			i++
		}
		for k := 0; k <= left && len(names) < n; k++ {
			names = append(names, c.sid(first+k))
		}
	}
	return names
}

// encoding reads a custom Encoding at offset at: codes of glyphs 1…n, and
// supplements that give more codes to named glyphs.
func (c *cff) encoding(at int, names []string) map[int]string {
	out := map[int]string{}
	format, gid := c.u8(at), 1
	put := func(code int) {
		if gid < len(names) {
			out[code] = names[gid]
		}
		gid++
	}
	switch format & 0x7f {
	case 0:
		n := c.u8(at + 1)
		for k := range n {
			put(c.u8(at + 2 + k))
		}
		at += 2 + n
	case 1:
		n := c.u8(at + 1)
		for k := range n {
			first, left := c.u8(at+2+2*k), c.u8(at+3+2*k)
			for code := first; code <= first+left; code++ {
				put(code)
			}
		}
		at += 2 + 2*n
	default:
		c.bad = true
	}
	if format&0x80 != 0 {
		n := c.u8(at)
		for k := range n {
			out[c.u8(at+1+3*k)] = c.sid(c.u16(at + 2 + 3*k))
		}
	}
	return out
}
