package html

import (
	"strings"
	"testing"
)

// newsPage is a news site page: banner, menus, breadcrumb, share buttons,
// sidebar, cookie banner and footer around one article.
const newsPage = `<!DOCTYPE html><html><head><title>Article – Journal</title></head>
<body class="single has-sidebar">
<a class="skip-link" href="#main">Aller au contenu</a>
<div id="cookie-banner">Nous utilisons des cookies. <button>Accepter</button></div>
<div class="top-bar"><ul><li><a href="/">À propos</a></li><li><a href="/c">Contact</a></li></ul></div>
<header class="site-header" role="banner"><p class="site-title"><a href="/">Journal</a></p>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/sante">Santé</a></li></ul></nav></header>
<div class="wrap">
<main id="main">
<div class="breadcrumbs"><a href="/">Accueil</a> » Santé</div>
<article>
<header class="entry-header"><span class="cat-links"><a href="/sante">Santé</a></span>
<h1>Le Cluster Santé tient sa retraite</h1>
<p class="byline">Publié le 20 mars 2025</p></header>
<div class="entry-content">
<p>Le Cluster Santé a organisé du 19 au 20 mars 2025 sa retraite annuelle.</p>
<p>Les acteurs ont défini les priorités pour 2025.</p>
</div>
<div class="share">Partager : <a href="#">Facebook</a></div>
<footer class="entry-footer"><a href="/tag/oms">OMS</a> <a href="/tag/mali">Mali</a></footer>
</article>
<section class="comments"><h2>Commentaires</h2><p>Très bon article, merci pour ces informations détaillées.</p></section>
</main>
<aside class="widget-area"><h2>Recherche</h2><form><input name="s"></form>
<h2>Catégories</h2><ul><li><a href="/a">Actualité</a></li></ul>
<div class="newsletter"><p>Recevez nos articles dans votre boîte mail.</p></div></aside>
</div>
<div class="related-posts"><h3>À lire aussi</h3><p>Un autre article sur la santé au Mali et ailleurs.</p></div>
<footer class="site-footer"><p>© Journal – Tous droits réservés</p></footer>
</body></html>`

func TestContentArticle(t *testing.T) {
	want := "p0 #0 h1: Le Cluster Santé tient sa retraite\n" +
		"p0 #1 p: Publié le 20 mars 2025\n" +
		"p0 #2 p: Le Cluster Santé a organisé du 19 au 20 mars 2025 sa retraite annuelle.\n" +
		"p0 #3 p: Les acteurs ont défini les priorités pour 2025."
	if got := formatBlocks(t, newsPage); got != want {
		t.Errorf("Parse(newsPage) =\n%s\nwant\n%s", got, want)
	}
}

func TestContentWithoutLandmarks(t *testing.T) {
	page := `<body><div class="navbar"><ul><li><a href="/">Accueil</a></li><li><a href="/p">Producteurs</a></li></ul></div>
<ul class="dropdown-content"><li><a href="/a">adhérer</a></li><li><a href="/c">Contacts</a></li></ul>
<div class="container"><div class="card"><div class="card-content">
<h1>CA du 14 mai 2020</h1>
<p>Membres présents : François Berte, Sylvie Gallou, Gwladys Galan, Claire Picard.</p>
<p>François va donc contacter le président de Amap en BIOce pour trouver une solution.</p>
</div><div class="card-action"><a href="/">Retour</a></div></div></div>
<div class="page-footer"><p>Text about the site</p><a href="https://github.com/x">GitHub</a></div></body>`
	got := formatBlocks(t, page)
	want := "p0 #0 h1: CA du 14 mai 2020\n" +
		"p0 #1 p: Membres présents : François Berte, Sylvie Gallou, Gwladys Galan, Claire Picard.\n" +
		"p0 #2 p: François va donc contacter le président de Amap en BIOce pour trouver une solution."
	if got != want {
		t.Errorf("Parse(page) =\n%s\nwant\n%s", got, want)
	}
}

func TestContentKeepsHeadingBesideArticle(t *testing.T) {
	page := `<body><nav><a href="/">Accueil</a></nav><main><h1>Compte rendu du COPIL</h1>
<article><p>` + strings.Repeat("Le comité a validé la feuille de route. ", 10) + `</p></article></main></body>`
	got := formatBlocks(t, page)
	if !strings.HasPrefix(got, "p0 #0 h1: Compte rendu du COPIL\np0 #1 p: Le comité") || strings.Contains(got, "Accueil") {
		t.Errorf("Parse(page) =\n%s\nwant the h1 then the article, no menu", got)
	}
}

func TestChromeName(t *testing.T) {
	tests := []struct {
		names string
		want  bool
	}{
		{"cookie-banner", true}, {"gdpr-notice", true}, {"breadcrumbs", true},
		{"share-facebook", true}, {"widget_social", true}, {"comments-area", true},
		{"sidebar", true}, {"main-menu", true}, {"related-posts", true},
		{"newsletter", true}, {"skip-link", true}, {"entry-footer", true},
		{"entry-content", false}, {"card-content", false}, {"post hentry", false},
		{"shared-notes", false}, {"compte-rendu", false}, {"", false},
	}
	for _, tt := range tests {
		if got := chromeName(tt.names); got != tt.want {
			t.Errorf("chromeName(%q) = %v, want %v", tt.names, got, tt.want)
		}
	}
}
