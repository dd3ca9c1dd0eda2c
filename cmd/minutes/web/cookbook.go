package web

import "github.com/sahelim/minutes/store"

// recipe is a query of the SQL cookbook (store/cookbook), one click away on
// the SQL page, in the spelling of the backend served.
type recipe struct {
	Number, SQL string
	fr, en      string
}

// cookbookFor returns the cookbook in the spelling of the backend.
func cookbookFor(postgres bool) []recipe {
	var out []recipe
	for _, r := range store.Cookbook() {
		out = append(out, recipe{Number: r.Number, SQL: r.Query(postgres), fr: r.TitleFR, en: r.Title})
	}
	return out
}

// Title is the recipe's title in lang.
func (r recipe) Title(lang string) string {
	if lang == "en" {
		return r.en
	}
	return r.fr
}
