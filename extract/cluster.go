package extract

import (
	"strings"
	"unicode"

	"github.com/sahelim/minutes"
	"github.com/sahelim/minutes/normalize"
)

var clusterRe = normalize.MustExpr(`(?i)\b((sous[- ])?cluster\s+[A-ZÉa-zé/]+(\s+(alimentaire|de l'enfant|et nutrition))?|inter[- ]?clusters?|ICC\b|GT\s+[A-Z][\wé]+|groupe de travail[^()–:,\n]{2,60}|AoR\s+\w+)`)

func readCluster(m *minutes.Meeting, us []unit) {
	texts := []string{m.Title}
	for i, u := range us {
		if i >= head {
			break
		}
		texts = append(texts, u.Text)
	}
	for _, t := range texts {
		if c := clusterRe.FindString(t); c != "" {
			m.Cluster = clusterName(groupName(c))
			return
		}
	}
}

// groupName keeps of "Groupe de travail …" its name, up to the next
// capitalised word: "Groupe de Travail Accessibilité Commission des
// standards" is "Groupe de Travail Accessibilité"; "Groupe de Travail
// Protection de l'Enfance" stays whole.
func groupName(s string) string {
	ws := strings.Fields(s)
	if len(ws) < 4 || normalize.Fold(strings.Join(ws[:3], " ")) != "groupe de travail" {
		return s
	}
	for i := 4; i < len(ws); i++ {
		if r := []rune(ws[i])[0]; unicode.IsUpper(r) {
			return strings.Join(ws[:i], " ")
		}
	}
	return s
}

// clusterNames are the usual names of the other clusters of the
// humanitarian system in Mali, by the word that opens them: "Cluster
// Abris et Articles Ménagers Essentiels" is "Cluster Abris/AME", "Cluster
// Eau, Hygiène et Assainissement" is "Cluster WASH".
var clusterNames = []struct {
	re   *normalize.Expr
	name string
}{
	{normalize.MustExpr(`^(abris|ame\b|bna\b|shelter)`), "Cluster Abris/AME"},
	{normalize.MustExpr(`^(eau|eha\b|wash\b|hygiene)`), "Cluster WASH"},
	{normalize.MustExpr(`^(securite alimentaire|sa\b|food)`), "Cluster Sécurité Alimentaire"},
	{normalize.MustExpr(`^education`), "Cluster Éducation"},
	{normalize.MustExpr(`^logisti`), "Cluster Logistique"},
	{normalize.MustExpr(`^nutrition`), "Cluster Nutrition"},
	{normalize.MustExpr(`^(cccm|gestion des sites|coordination et gestion des camps)`), "Cluster CCCM"},
	{normalize.MustExpr(`^(telecom|etc\b)`), "Cluster Télécommunications d'urgence"},
	{normalize.MustExpr(`^(relevement|early)`), "Cluster Relèvement précoce"},
}

// clusterName gives a cluster its usual spelling: "CLUSTER SANTE" and
// "Cluster Santé" are one.
func clusterName(s string) string {
	f := normalize.Fold(s)
	if rest, ok := strings.CutPrefix(f, "sous"); ok && strings.HasPrefix(strings.TrimLeft(rest, "- "), "cluster ") {
		// "SOUS-CLUSTER SANTE" is the "Sous-cluster Santé" of its region.
		return "Sous-c" + clusterName(strings.TrimSpace(s[len("sous-"):]))[1:]
	}
	switch {
	case strings.HasPrefix(f, "inter") || f == "icc":
		return "ICC"
	case strings.HasPrefix(f, "cluster") && strings.Contains(f, "sante"):
		return "Cluster Santé"
	case strings.HasPrefix(f, "cluster") && strings.Contains(f, "protection"):
		return "Cluster Protection"
	}
	if strings.HasPrefix(f, "cluster ") {
		for _, c := range clusterNames {
			if c.re.MatchString(f[len("cluster "):]) {
				return c.name
			}
		}
	}
	// "CLUSTER NUTRITION" and "cluster Nutrition" are "Cluster Nutrition";
	// other bodies keep their name as written.
	s = strings.TrimSpace(s)
	if !strings.HasPrefix(f, "cluster") && !strings.HasPrefix(f, "sous") {
		return s
	}
	orig := strings.Fields(s)
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		if i > 0 && isAcronym(orig[i]) && len(orig[i]) <= 5 {
			ws[i] = orig[i] // "WASH", "VBG"
			continue
		}
		if i == 0 || len(w) > 3 {
			r := []rune(w)
			ws[i] = strings.ToUpper(string(r[:1])) + string(r[1:])
		}
	}
	if len(ws) > 0 && (ws[0] == "Gt" || ws[0] == "Aor" || ws[0] == "Icc") {
		ws[0] = strings.ToUpper(ws[0])
		if ws[0] == "AOR" {
			ws[0] = "AoR"
		}
	}
	return strings.Join(ws, " ")
}
