// Package normalize maps organizations, people, places, dates and deadlines
// written in French meeting reports to canonical forms: ISO dates, HH:MM
// times, canonical organization acronyms, "Given FAMILY" names and Malian
// regions. It knows French; it imports only the standard library and
// golang.org/x/text, never the extract packages.
package normalize
