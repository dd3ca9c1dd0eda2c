package normalize

import (
	"regexp"
	"regexp/syntax"
	"sync"
)

// Expr is a regular expression over folded text that first checks the
// words every match of it must hold (its cues, derived from the
// expression by cuesOf): the extraction runs its rules on every sentence
// of every document, and most sentences hold none of a rule's words.
//
// The cues are derived, never written by hand, so that a rule cannot be
// silently disabled by a word list that disagrees with its expression.
// Every Expr is registered (Exprs) for the test that checks, on real
// text, that gating changes no match.
type Expr struct {
	re   *regexp.Regexp
	cues cues
	gate gate
}

var (
	exprsMu sync.Mutex
	exprs   []*Expr
)

// MustExpr compiles expr, derives its cues and registers it; it panics on
// a bad expression, like regexp.MustCompile, for package-level rules.
func MustExpr(expr string) *Expr {
	re := regexp.MustCompile(expr)
	cs := cuesOf(re)
	e := &Expr{re: re, cues: cs}
	if !anchored(re) {
		e.gate = cs.gate()
	}
	exprsMu.Lock()
	exprs = append(exprs, e)
	exprsMu.Unlock()
	return e
}

// anchored reports whether re matches only at the start of a text: it
// then fails at once on most texts, and checking its cues first would only
// cost.
func anchored(re *regexp.Regexp) bool {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return false
	}
	for t.Op == syntax.OpConcat || t.Op == syntax.OpCapture {
		if len(t.Sub) == 0 {
			return false
		}
		t = t.Sub[0]
	}
	return t.Op == syntax.OpBeginText || t.Op == syntax.OpBeginLine
}

// Exprs returns every Expr compiled so far.
func Exprs() []*Expr {
	exprsMu.Lock()
	defer exprsMu.Unlock()
	return append([]*Expr(nil), exprs...)
}

// String returns the source of the expression.
func (e *Expr) String() string { return e.re.String() }

// Regexp returns the expression without its gate.
func (e *Expr) Regexp() *regexp.Regexp { return e.re }

// Cues returns the lists of words derived from the expression: every match
// holds a word of each list. Nil when nothing is certain (the expression
// then always runs).
func (e *Expr) Cues() [][]string { return e.cues }

// May reports whether s holds the cues, that is whether the expression
// may match in s.
func (e *Expr) May(s string) bool { return e.gate.in(s) }

func (e *Expr) MatchString(s string) bool { return e.May(s) && e.re.MatchString(s) }

func (e *Expr) FindString(s string) string {
	if !e.May(s) {
		return ""
	}
	return e.re.FindString(s)
}

func (e *Expr) FindStringIndex(s string) []int {
	if !e.May(s) {
		return nil
	}
	return e.re.FindStringIndex(s)
}

func (e *Expr) FindStringSubmatch(s string) []string {
	if !e.May(s) {
		return nil
	}
	return e.re.FindStringSubmatch(s)
}

func (e *Expr) FindStringSubmatchIndex(s string) []int {
	if !e.May(s) {
		return nil
	}
	return e.re.FindStringSubmatchIndex(s)
}

func (e *Expr) FindAllString(s string, n int) []string {
	if !e.May(s) {
		return nil
	}
	return e.re.FindAllString(s, n)
}

func (e *Expr) FindAllStringIndex(s string, n int) [][]int {
	if !e.May(s) {
		return nil
	}
	return e.re.FindAllStringIndex(s, n)
}

func (e *Expr) FindAllStringSubmatch(s string, n int) [][]string {
	if !e.May(s) {
		return nil
	}
	return e.re.FindAllStringSubmatch(s, n)
}

func (e *Expr) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !e.May(s) {
		return nil
	}
	return e.re.FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString returns s itself when the expression cannot match.
func (e *Expr) ReplaceAllString(s, repl string) string {
	if !e.May(s) {
		return s
	}
	return e.re.ReplaceAllString(s, repl)
}

// SubexpIndex is that of the expression.
func (e *Expr) SubexpIndex(name string) int { return e.re.SubexpIndex(name) }

// Split is regexp's Split; s whole when the expression cannot match.
func (e *Expr) Split(s string, n int) []string {
	if !e.May(s) {
		if n == 0 {
			return nil
		}
		return []string{s}
	}
	return e.re.Split(s, n)
}

// ReplaceAllStringFunc is regexp's; s itself when the expression cannot
// match.
func (e *Expr) ReplaceAllStringFunc(s string, repl func(string) string) string {
	if !e.May(s) {
		return s
	}
	return e.re.ReplaceAllStringFunc(s, repl)
}
