"""Reader tools a plain-text copy of a page keeps, the same on every site: the pagination of a
story split over pages, share and view counts, the text-size button, the app's prompt; and a
server's error message printed into the page. The line alone goes, nothing around it; a sentence
of the article that names a page or a count stays."""
from __future__ import annotations

import pytest

from clean.plain_article import amid, removals


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Page 1 of 3"),
    ("en", "Next page"),
    ("en", "1.2K shares"),
    ("en", "Text size"),
    ("de", "Seite 1 von 2"),
    ("de", "Weiter zu Seite 2"),
    ("de", "Schriftgröße"),
    ("es", "Página 2 de 4"),
    ("es", "345 compartidos"),
    ("fr", "Page suivante"),
    ("fr", "Taille du texte"),
    ("it", "Pagina 1 di 3"),
    ("it", "Apri nell'app"),
])
def test_reader_tools_alone_on_their_line_go(lang: str, line: str) -> None:
    assert removals(amid(line, lang), lang) == [("other", line)]


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "The report runs to 40 pages, of which page 3 lists the costs."),
    ("de", "Auf Seite 1 von 3 des Berichts nennt das Ministerium die Kosten."),
    ("it", "La pagina successiva del rapporto elenca i costi della riforma."),
])
def test_a_sentence_naming_a_page_stays(lang: str, line: str) -> None:
    assert removals(amid(line, lang), lang) == []


def test_the_next_line_after_pagination_stays() -> None:
    """Pagination is no "related" label: the subhead under it is the article's."""
    text = amid("Seite 2 von 3\nDie Reaktion der Opposition", "de")
    assert removals(text, "de") == [("other", "Seite 2 von 3")]


def test_a_server_error_message_goes() -> None:
    line = ("Warning: Creating default object from empty value in "
            "/www/htdocs/w0094d70/wp-includes/classes.php on line 407")
    assert removals(amid(line, "de"), "de") == [("other", line)]


def test_a_sentence_about_a_warning_stays() -> None:
    line = "Warning: the ministry said the reform would be debated in parliament on Thursday."
    assert removals(amid(line, "en"), "en") == []


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Abbildung 5: Europäische Gefahrenstufen für Lawinen"),
    ("en", "Figure 2: Changing Font Size of All Text Elements."),
    ("es", "Gráfico 2: Evolución del desempleo entre 2019 y 2023"),
    ("fr", "Graphique 2 : évolution du chômage depuis 2019"),
    ("it", "Tabella 1: I risultati delle elezioni regionali"),
])
def test_a_numbered_figure_caption_goes(lang: str, line: str) -> None:
    assert removals(amid(line, lang), lang) == [("caption", line)]


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Table 2.5 million tonnes of grain were exported last year, the ministry said."),
    ("de", "Abbildung 3 zeigt, wie stark die Preise im vergangenen Jahr gestiegen sind."),
])
def test_a_sentence_opening_on_a_figure_word_stays(lang: str, line: str) -> None:
    assert removals(amid(line, lang), lang) == []


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "Kategorie: News"),
    ("de", "Wie hilfreich war dieser Artikel?"),
    ("en", "Category: Politics"),
    ("en", "Rate this article"),
    ("es", "¿Te ha resultado útil este artículo?"),
    ("es", "Fuente de la imagen, Getty Images"),
    ("fr", "Notez cet article"),
    ("fr", "Légende image, Des manifestants devant le parlement à Dakar"),
    ("it", "Ti è stato utile questo articolo?"),
    ("it", "Categoria: Politica"),
])
def test_rating_prompts_and_category_labels_go(lang: str, line: str) -> None:
    assert removals(amid(line, lang), lang) == [("other", line)]


def test_a_sentence_about_a_category_stays() -> None:
    line = "Kategorie: Die Regierung stufte das Land nach langen Verhandlungen als sicher ein."
    assert removals(amid(line, "de"), "de") == []


@pytest.mark.parametrize("line", ["Comenta esta nota", "Escribe tu comentario", "Tuitear"])
def test_spanish_comment_prompts_alone_on_their_line_go(line: str) -> None:
    assert removals(amid(line, "es"), "es") == [("navigation", line)]
