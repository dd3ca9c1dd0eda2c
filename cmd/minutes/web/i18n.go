package web

import (
	"strconv"
	"strings"
	"time"
)

// language picks the interface language: lang when it is "fr" or "en"
// (asked is then true), else the first of French or English in the
// browser's Accept-Language by preference, else French.
func language(lang, accept string) (string, bool) {
	if lang == "fr" || lang == "en" {
		return lang, true
	}
	best, bestQ := "fr", 0.0
	for _, part := range strings.Split(accept, ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				q = f
			}
		}
		base, _, _ := strings.Cut(strings.ToLower(tag), "-")
		if (base == "fr" || base == "en") && q > bestQ {
			best, bestQ = base, q
		}
	}
	return best, false
}

var months = map[string][12]string{
	"fr": {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	"en": {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
}

// formatDate shows an ISO date as "28 mars 2019" ("1er mars 2019") in
// French, "28 March 2019" in English; anything else is returned as is.
func formatDate(lang, iso string) string {
	t, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		return iso
	}
	day := strconv.Itoa(t.Day())
	if lang == "fr" && t.Day() == 1 {
		day = "1er"
	}
	return day + " " + months[lang][t.Month()-1] + " " + strconv.Itoa(t.Year())
}

func translate(lang, key string) string {
	if m, ok := messages[key]; ok {
		if lang == "en" {
			return m[1]
		}
		return m[0]
	}
	return key
}

// messages holds each interface text in French and English.
var messages = map[string][2]string{
	"colon":             {"\u00a0: ", ": "},
	"app":               {"Comptes rendus", "Meeting minutes"},
	"skip":              {"Aller au contenu", "Skip to content"},
	"nav":               {"Navigation principale", "Main navigation"},
	"nav.overview":      {"Vue d'ensemble", "Overview"},
	"nav.actions":       {"Actions", "Actions"},
	"nav.meetings":      {"Réunions", "Meetings"},
	"nav.search":        {"Recherche", "Search"},
	"nav.orgs":          {"Organisations", "Organizations"},
	"nav.sql":           {"SQL", "SQL"},
	"lang.switch":       {"English", "Français"},
	"lang.switch.label": {"Switch to English", "Passer en français"},
	"footer":            {"Lecture seule : rien n'est modifié dans la base.", "Read-only: nothing in the database is changed."},

	"overview.title":    {"Vue d'ensemble", "Overview"},
	"overview.actions":  {"Actions", "Actions"},
	"overview.overdue":  {"En retard", "Overdue"},
	"overview.soon":     {"Échéance sous 30 jours", "Due within 30 days"},
	"overview.nodate":   {"Sans échéance", "No deadline"},
	"overview.meetings": {"Réunions", "Meetings"},
	"overview.orgs":     {"Organisations présentes", "Organizations attending"},
	"overview.byowner":  {"Actions en retard par responsable", "Overdue actions by owner"},
	"overview.next":     {"Prochaines échéances", "Next deadlines"},
	"overview.recent":   {"Dernières réunions", "Latest meetings"},
	"overview.attend":   {"Organisations les plus présentes", "Organizations attending most"},
	"overview.today":    {"Situation au", "As of"},
	"overview.none":     {"Aucune.", "None."},
	"overview.all":      {"Tout voir", "See all"},
	"chart.title":       {"Les actions en graphiques", "The actions in charts"},
	"chart.status":      {"Actions par état", "Actions by status"},
	"chart.status.desc": {"Nombre d'actions de chaque état ; une action en retard est aussi ouverte ou en cours.", "Number of actions in each status; an overdue action is also open or in progress."},
	"chart.owner":       {"Actions par responsable (les dix premiers)", "Actions by owner (the first ten)"},
	"chart.owner.desc":  {"Nombre d'actions de chaque responsable ; une action à plusieurs responsables compte pour chacun.", "Number of actions of each owner; an action with several owners counts for each."},
	"chart.month":       {"Actions par mois de réunion", "Actions by month of the meeting"},
	"chart.month.desc":  {"Nombre d'actions décidées chaque mois, du premier au dernier mois où une réunion en a décidé.", "Number of actions decided each month, from the first to the last month a meeting decided some."},

	"actions.title":      {"Suivi des actions", "Action tracker"},
	"actions.filters":    {"Filtres", "Filters"},
	"actions.owner":      {"Responsable", "Owner"},
	"actions.cluster":    {"Cluster", "Cluster"},
	"actions.region":     {"Région", "Region"},
	"actions.status":     {"État", "Status"},
	"actions.q":          {"Texte de l'action", "Action text"},
	"actions.apply":      {"Filtrer", "Filter"},
	"actions.reset":      {"Effacer les filtres", "Clear filters"},
	"actions.any":        {"Tous", "All"},
	"actions.count":      {"{n} actions", "{n} actions"},
	"actions.count.one":  {"{n} action", "{n} action"},
	"actions.download":   {"Télécharger la sélection", "Download this selection"},
	"actions.none":       {"Aucune action ne correspond à ces filtres.", "No action matches these filters."},
	"actions.caption":    {"Actions sélectionnées ; cliquez sur un en-tête pour trier.", "Selected actions; select a column header to sort."},
	"col.date":           {"Réunion", "Meeting"},
	"col.action":         {"Action", "Action"},
	"col.owner":          {"Responsable", "Owner"},
	"col.due":            {"Échéance", "Deadline"},
	"col.overdue":        {"Retard", "Overdue"},
	"col.status":         {"Statut", "Status"},
	"col.cluster":        {"Cluster", "Cluster"},
	"col.source":         {"Source", "Source"},
	"status.overdue":     {"En retard", "Overdue"},
	"status.soon":        {"Échéance proche (30 jours)", "Due soon (30 days)"},
	"status.none":        {"Sans échéance", "No deadline"},
	"status.open":        {"Ouverte", "Open"},
	"status.in_progress": {"En cours", "In progress"},
	"status.done":        {"Réalisée", "Done"},
	"days":               {"{n} j", "{n} d"},
	"days.long":          {"en retard de {n} jours", "{n} days overdue"},
	"days.long.one":      {"en retard de {n} jour", "{n} day overdue"},
	"sort.asc":           {"tri croissant", "sorted ascending"},
	"sort.desc":          {"tri décroissant", "sorted descending"},

	"meetings.title":     {"Réunions", "Meetings"},
	"meetings.count":     {"{n} réunions", "{n} meetings"},
	"meetings.count.one": {"{n} réunion", "{n} meeting"},
	"meetings.none":      {"Aucune réunion ne correspond.", "No meeting matches."},
	"meetings.kind":      {"Type de document", "Kind of document"},
	"meetings.from":      {"Depuis le", "From"},
	"kind.minutes":       {"Compte rendu", "Minutes"},
	"kind.report":        {"Rapport", "Report"},
	"kind.news":          {"Actualité", "News"},
	"kind.other":         {"Autre document", "Other document"},
	"col.title":          {"Titre", "Title"},
	"col.place":          {"Lieu", "Place"},
	"col.participants":   {"Participants", "Participants"},
	"col.actions":        {"Actions", "Actions"},
	"col.file":           {"Fichier", "File"},
	"undated":            {"sans date", "undated"},

	"meeting.meta":            {"Réunion", "Meeting"},
	"meeting.participants":    {"Participants", "Participants"},
	"meeting.excused":         {"Excusés", "Excused"},
	"meeting.agenda":          {"Ordre du jour", "Agenda"},
	"meeting.actions":         {"Actions", "Actions"},
	"meeting.document":        {"Texte du document", "Document text"},
	"meeting.doc.help":        {"Les passages surlignés sont ceux d'où une valeur a été lue ; suivez un lien « source » pour voir le passage.", "Highlighted passages are those a value was read from; follow a “source” link to see the passage."},
	"meeting.none":            {"Rien n'a été extrait.", "Nothing was extracted."},
	"meeting.notext":          {"Ce document n'a pas de texte enregistré.", "This document has no stored text."},
	"field.title":             {"Titre", "Title"},
	"field.date":              {"Date", "Date"},
	"field.end_date":          {"Fin", "End"},
	"field.start_time":        {"Début", "Start"},
	"field.end_time":          {"Fin", "End"},
	"field.location":          {"Lieu", "Place"},
	"field.region":            {"Région", "Region"},
	"field.cluster":           {"Cluster", "Cluster"},
	"field.participant_count": {"Nombre de participants déclaré", "Declared participants"},
	"field.file":              {"Fichier", "File"},
	"field.kind":              {"Genre", "Kind"},
	"source":                  {"source", "source"},
	"source.label":            {"Voir la source dans le document", "See the source in the document"},
	"page":                    {"Page {n}", "Page {n}"},
	"read.as":                 {"lu ici :", "read here:"},
	"col.person":              {"Personne", "Person"},
	"col.org":                 {"Organisation", "Organization"},
	"col.role":                {"Rôle", "Role"},
	"col.raw":                 {"Tel qu'écrit", "As written"},

	"org.title":            {"Organisation", "Organization"},
	"org.rows":             {"Présences et excuses, réunion par réunion", "Attendance and apologies, meeting by meeting"},
	"orgs.title":           {"Organisations", "Organizations"},
	"orgs.label":           {"Nom ou sigle (OMS, WHO, Organisation mondiale de la Santé…)", "Name or acronym (OMS, WHO, World Health Organization…)"},
	"orgs.count":           {"{n} organisations", "{n} organizations"},
	"orgs.count.one":       {"{n} organisation", "{n} organization"},
	"orgs.none":            {"Aucune organisation ne correspond.", "No organization matches."},
	"orgs.name":            {"Nom", "Name"},
	"orgkind.un":           {"Agence des Nations unies", "UN agency"},
	"orgkind.ingo":         {"ONG internationale", "International NGO"},
	"orgkind.ngo":          {"ONG nationale", "National NGO"},
	"orgkind.red_cross":    {"Croix-Rouge, Croissant-Rouge", "Red Cross, Red Crescent"},
	"orgkind.government":   {"Administration publique", "Government"},
	"orgkind.donor":        {"Bailleur de fonds", "Donor"},
	"orgkind.coordination": {"Organe de coordination", "Coordination body"},
	"orgkind.role":         {"Fonction", "Role"},
	"orgkind.group":        {"Groupe d'acteurs", "Group of actors"},
	"orgkind.unknown":      {"Inconnu du répertoire", "Not in the gazetteer"},
	"org.kind":             {"Type", "Kind"},
	"org.attended":         {"Réunions suivies", "Meetings attended"},
	"org.byyear":           {"Réunions suivies par année", "Meetings attended per year"},
	"org.owned":            {"Actions dont elle est responsable", "Actions it owns"},
	"org.overdue":          {"Part en retard", "Overdue share"},
	"org.tracker":          {"Voir dans le suivi des actions", "See in the action tracker"},
	"org.present":          {"présente", "present"},
	"org.excused":          {"excusée", "excused"},
	"col.people":           {"Personnes", "People"},
	"col.year":             {"Année", "Year"},
	"col.count":            {"Nombre", "Count"},

	"search.title":     {"Recherche dans les documents", "Search the documents"},
	"search.label":     {"Mots à chercher (accents et majuscules ignorés, mot* pour un préfixe)", "Words to search for (accents and case ignored, word* for a prefix)"},
	"search.go":        {"Chercher", "Search"},
	"search.count":     {"{n} passages", "{n} passages"},
	"search.count.one": {"{n} passage", "{n} passage"},
	"block.heading":    {"titre", "heading"},
	"block.paragraph":  {"paragraphe", "paragraph"},
	"block.list_item":  {"élément de liste", "list item"},
	"block.cell":       {"cellule de tableau", "table cell"},
	"search.none":      {"Aucun passage ne contient tous ces mots.", "No passage holds all these words."},
	"col.passage":      {"Passage", "Passage"},
	"col.kind":         {"Type", "Kind"},

	"sql.title":    {"Requête SQL (lecture seule)", "SQL query (read-only)"},
	"sql.label":    {"Une instruction SELECT (lecture seule, limitée dans le temps)", "One SELECT statement (read-only, time-limited)"},
	"sql.run":      {"Exécuter", "Run"},
	"sql.cookbook": {"Requêtes toutes prêtes", "Ready-made queries"},
	"sql.rows":     {"{n} lignes", "{n} rows"},
	"sql.rows.one": {"{n} ligne", "{n} row"},
	"sql.more":     {"Seules les {n} premières lignes sont affichées.", "Only the first {n} rows are shown."},
	"sql.error":    {"Erreur", "Error"},
	"sql.toomany":  {"Le résultat dépasse 100 000 lignes : trop pour un téléchargement ; utilisez minutes query ou minutes export.", "The result has over 100,000 rows: too many for a download; use minutes query or minutes export."},
	"sql.timeout":  {"La requête a dépassé le temps permis et a été interrompue.", "The query took longer than allowed and was stopped."},
	"sql.busy":     {"Trop de requêtes en cours ; réessayez.", "Too many queries running; try again."},
	"sql.help":     {"Les vues v_actions, v_meetings et v_attendance répondent à la plupart des questions sans jointure.", "The views v_actions, v_meetings and v_attendance answer most questions without joins."},

	"error.title":    {"Erreur", "Error"},
	"error.notfound": {"Cette page n'existe pas.", "This page does not exist."},
	"error.internal": {"Une erreur interne s'est produite ; elle est consignée dans le journal du serveur.", "An internal error occurred; it is in the server's log."},
	"error.format":   {"Format de téléchargement inconnu : csv, json ou xlsx (pour les actions).", "Unknown download format: csv, json, or xlsx (for actions)."},
	"error.filter":   {"Les dates des filtres (today, from, to) doivent s'écrire AAAA-MM-JJ.", "The dates of the filters (today, from, to) must be YYYY-MM-DD."},

	"pager.label":  {"Pages de la liste", "Pages of the list"},
	"pager.pos":    {"{first}–{last} sur {total}", "{first}–{last} of {total}"},
	"pager.page":   {"page {n} sur {of}", "page {n} of {of}"},
	"pager.prev":   {"Précédente", "Previous"},
	"pager.next":   {"Suivante", "Next"},
	"facets.title": {"Répartition de la sélection", "This selection by"},
	"filter.from":  {"Réunions depuis le", "Meetings from"},
	"filter.to":    {"jusqu'au", "to"},
	"download":     {"Télécharger", "Download"},
}
