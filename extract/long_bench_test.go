package extract

import (
	"fmt"
	"testing"

	"github.com/sahelim/minutes/extract/doc"
)

// longReport is a report of n blocks: a numbered heading every tenth
// block (each an agenda point) and sentences under it, some of them
// actions with deadlines.
func longReport(n int) *doc.Document {
	d := &doc.Document{Format: doc.HTML}
	d.Blocks = append(d.Blocks, &doc.Heading{Level: 1, Text: "Compte rendu de la réunion du cluster santé du 12 mars 2024"})
	for i := 1; i < n; i++ {
		var b doc.Block
		switch {
		case i%10 == 1:
			b = &doc.Heading{Level: 2, Text: fmt.Sprintf("%d. Situation sanitaire de la commune %d et réponse des partenaires", i/10+1, i)}
		case i%10 == 5:
			b = &doc.ListItem{Marker: "-", Text: fmt.Sprintf("L'OMS partagera le rapport de la mission %d avec les partenaires avant le 15 avril 2024.", i)}
		default:
			b = &doc.Paragraph{Text: fmt.Sprintf("Les partenaires ont présenté la situation de la zone %d : %d cas notifiés cette semaine, la riposte se poursuit.", i, i%97)}
		}
		d.Blocks = append(d.Blocks, b)
	}
	d.Renumber()
	return d
}

// BenchmarkMeetingLong extracts reports of growing size: the time per
// block must not grow with the size.
func BenchmarkMeetingLong(b *testing.B) {
	for _, n := range []int{700, 7000} {
		d := longReport(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Meeting(d)
			}
		})
	}
}
