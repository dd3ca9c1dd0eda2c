package extract

import (
	"fmt"
	"strings"

	"github.com/sahelim/minutes"
)

// FormatMeeting prints what was extracted, one value per line with its
// provenance ("p1 #3 r2c1"), for `minutes show`.
func FormatMeeting(m *minutes.Meeting) string {
	var b strings.Builder
	field := func(name, value string) {
		if value == "" {
			return
		}
		src := m.Sources[name]
		fmt.Fprintf(&b, "%-18s %s  [%s]\n", name+":", value, src.Ref())
	}
	fmt.Fprintf(&b, "%-18s %s\n", "kind:", m.Kind)
	field("title", m.Title)
	field("date", m.Date)
	field("end_date", m.EndDate)
	field("start_time", m.StartTime)
	field("end_time", m.EndTime)
	field("location", m.Location)
	if m.Region != "" {
		fmt.Fprintf(&b, "%-18s %s\n", "region:", m.Region)
	}
	if m.Cluster != "" {
		fmt.Fprintf(&b, "%-18s %s\n", "cluster:", m.Cluster)
	}
	if m.ParticipantCount > 0 {
		field("participant_count", fmt.Sprint(m.ParticipantCount))
	}
	fmt.Fprintf(&b, "\nparticipants (%d):\n", len(m.Participants))
	for _, p := range m.Participants {
		who := strings.TrimSpace(strings.Join([]string{p.Title, p.Person}, " "))
		if p.Organization.Acronym != "" {
			who = strings.TrimSpace(who + " [" + p.Organization.Acronym + "]")
		}
		excused := ""
		if p.Excused {
			excused = " (excusé)"
		}
		fmt.Fprintf(&b, "  %s — %s%s  [%s]\n", who, p.Role, excused, p.Source.Ref())
	}
	fmt.Fprintf(&b, "\nagenda (%d):\n", len(m.Agenda))
	for _, a := range m.Agenda {
		fmt.Fprintf(&b, "  %d. %s  [%s]\n", a.Position, a.Title, a.Source.Ref())
	}
	fmt.Fprintf(&b, "\nactions (%d):\n", len(m.Actions))
	for _, a := range m.Actions {
		fmt.Fprintf(&b, "  %d. %s  [%s]\n", a.Position, a.Text, a.Source.Ref())
		var owners []string
		for _, o := range a.Owners {
			owners = append(owners, ownerName(o))
		}
		if len(owners) > 0 {
			fmt.Fprintf(&b, "     owners: %s\n", strings.Join(owners, "; "))
		}
		if a.DueRaw != "" {
			fmt.Fprintf(&b, "     due: %s -> %s (%s)\n", a.DueRaw, orDash(a.Due), orDash(a.DuePrecision))
		}
		if a.Status != "" && a.Status != minutes.StatusOpen {
			fmt.Fprintf(&b, "     status: %s\n", a.Status)
		}
	}
	return b.String()
}

func ownerName(o minutes.Owner) string {
	switch {
	case o.Organization.Acronym != "":
		return o.Organization.Acronym + " (" + o.Raw + ")"
	case o.Person != "":
		return o.Person
	}
	return o.Raw
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// MeetingJSON returns the extracted meeting as a JSON-ready value, with
// the provenance of each value.
func MeetingJSON(m *minutes.Meeting) map[string]any {
	if m == nil {
		return nil
	}
	src := func(s minutes.Source) map[string]any {
		// "quote", not "text": tools that collect a document's words from
		// the "text" keys of `show --json` must not count extracted values.
		return map[string]any{"page": s.Page, "ref": s.Ref(), "quote": s.Text}
	}
	sources := map[string]any{}
	for k, s := range m.Sources {
		sources[k] = src(s)
	}
	var parts, agenda, actions []map[string]any
	for _, p := range m.Participants {
		parts = append(parts, map[string]any{"person": p.Person, "title": p.Title, "organization": p.Organization.Acronym,
			"role": p.Role, "excused": p.Excused, "raw": p.Raw, "source": src(p.Source)})
	}
	for _, a := range m.Agenda {
		agenda = append(agenda, map[string]any{"position": a.Position, "title": a.Title, "source": src(a.Source)})
	}
	for _, a := range m.Actions {
		var owners []string
		for _, o := range a.Owners {
			owners = append(owners, ownerName(o))
		}
		actions = append(actions, map[string]any{"action": a.Text, "owners": owners, "owner_raw": a.OwnerRaw,
			"due_raw": a.DueRaw, "due_date": a.Due, "due_precision": a.DuePrecision, "status": a.Status, "source": src(a.Source)})
	}
	return map[string]any{"kind": m.Kind, "title": m.Title, "date": m.Date, "end_date": m.EndDate,
		"start_time": m.StartTime, "end_time": m.EndTime, "location": m.Location, "region": m.Region,
		"cluster": m.Cluster, "participant_count": m.ParticipantCount, "sources": sources,
		"participants": parts, "agenda": agenda, "actions": actions}
}
