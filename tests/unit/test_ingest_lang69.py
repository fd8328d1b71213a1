"""Round lang69: business, transport, education and local-politics news in German, Russian, Korean,
Portuguese, Spanish and Italian: places in the forms their language gives them (a region's name in its
country's second official language or with its noun put first, a landscape's genitive, a Russian list of
towns opened by a word shaped like a famous man's name, a Russian plural town after "в", a Korean province
as the second pair of a list, an Italian valley named with "Val", a village after a word for one born there,
a town after its court, towns after "such as" and a noun for towns), and a sentence's opening place that is
no list with its subject.

Invented examples; the places are real but differ from the benchmark pages' own where they can.
"""

from __future__ import annotations

import pytest

from tests.unit.ingest_helpers import draft_kinds


@pytest.mark.parametrize(
    ("text", "language", "name", "kind"),
    [
        # Spanish: a region ISO names in brackets in a second official language, or with its noun last
        ("Los ganaderos de Cataluña piden ayudas.", "es", "Cataluña", "place"),
        ("El ferry zarpa hacia las Islas Baleares.", "es", "Islas Baleares", "place"),
        ("La sequía afecta a la Comunidad Valenciana.", "es", "Comunidad Valenciana", "place"),
        ("El hospital más grande de la Región de Murcia abrirá en enero.", "es", "Región de Murcia", "place"),
        # German: a landscape in the genitive, its "-s" or "-es" dropped
        ("Die Bergwerke des Erzgebirges sind heute Museen.", "de", "Erzgebirge", "place"),
        ("Die Dörfer des Sauerlandes verlieren Einwohner.", "de", "Sauerland", "place"),
        # Russian: a town shaped like a famous man's name opens a list whose next town only a town declines so
        ("Письма пришли из Гагарина и Десногорска.", "ru", "Гагарин", "place"),
        ("Письма пришли из Гагарина и Десногорска.", "ru", "Десногорск", "place"),
        # ...and a town named by a plural after "в", which takes no genitive ("в Печоры" is no Печора)
        ("Экскурсия отправится в Печоры утром.", "ru", "Печоры", "place"),
        # Korean: a province's short name after a province and its town joined by 과
        ("충남 태안과 전남 갯벌에 철새가 몰렸다.", "ko", "전라남도", "place"),
        # Portuguese, Spanish, Italian: a village after a word for one born there, "of" between
        ("O pintor, natural de Sabugal, expõe em Lisboa.", "pt", "Sabugal", "place"),
        ("La cantante, natural de Almadén, actuó anoche.", "es", "Almadén", "place"),
        ("Lo chef, originario di Scanno, apre un ristorante.", "it", "Scanno", "place"),
        # Spanish: a village after those who trade or farm there, or after a settlement's noun, its name whole
        # across "y"
        ("Los comerciantes de Oropesa vuelven al mercado.", "es", "Oropesa", "place"),
        ("Vive en la localidad de Calera y Chozas desde niño.", "es", "Calera y Chozas", "place"),
        # ...and a town after the court named after it
        ("O julgamento decorre no Tribunal de Viseu.", "pt", "Viseu", "place"),
        ("La causa passa al Tribunale di Lecce.", "it", "Lecce", "place"),
        ("El caso llegó al Juzgado de Coria.", "es", "Coria", "place"),
        # Italian, German: towns after "such as" and a plural noun for towns
        ("Servono più medici nei comuni vicini, come Galatina e Maglie.", "it", "Maglie", "place"),
        ("Servono più medici nei comuni vicini, come Galatina e Maglie.", "it", "Galatina", "place"),
        # Italian: a valley named with "Val" and its name
        ("Le piste della Val di Fassa apriranno sabato.", "it", "Val di Fassa", "place"),
        ("Un incendio in Val Brembana ha distrutto un fienile.", "it", "Val Brembana", "place"),
        # ...or by one word opening with "Val", after a valley's feminine article or "in"
        ("Il turismo della Valtellina cresce ancora.", "it", "Valtellina", "place"),
        ("Due nuovi rifugi in Valsesia.", "it", "Valsesia", "place"),
        # ...and a plateau named with "della"
        ("I sindaci dell'Altopiano della Paganella votano domani.", "it", "Altopiano della Paganella", "place"),
    ],
)
def test_places_in_their_language_s_forms(text: str, language: str, name: str, kind: str) -> None:
    assert draft_kinds(text, language).get(name) == kind


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        # Spanish: the sentence's opening place and its subject after a bare comma are no list of two
        ("En Cataluña, Rodalies funciona con normalidad.", "es", "Rodalies"),
        # German: a genitive after "des" of a word no landscape's
        ("Das Ende des Essens kam spät.", "de", "Essen"),
        # Russian: a quotation's sources, famous men, open no list of towns
        ("Цитаты из Пушкина и Тютчева звучали весь вечер.", "ru", "Пушкин"),
        # ...and a republic's name after a capitalised adjective opens a longer name, not the republic's
        ("В Горном Алтае выпал первый снег.", "ru", "Алтай"),
        # ...and "в Печоры" names no Печора
        ("Экскурсия отправится в Печоры утром.", "ru", "Печора"),
        # Korean: a province's short name alone, a football club
        ("전북 현대가 홈에서 이겼다.", "ko", "전라북도"),
        # Portuguese: a court named after no town
        ("O Tribunal de Contas auditou as contas da câmara.", "pt", "Contas"),
        # Italian: "Val" as a given name, and a word opening with "Val" that is a word
        ("Il regista Val Rossi ha vinto il premio.", "it", "Val Rossi"),
        ("Gli sciatori temono la Valanga.", "it", "Valanga"),
    ],
)
def test_words_that_stay_unread(text: str, language: str, name: str) -> None:
    assert name not in draft_kinds(text, language)


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        # ...but a list that opens after the sentence's preposition and goes on with "y" stays a list
        ("En Lugo, Monforte y Chantada llueve desde el lunes.", "es", ("Lugo", "Monforte", "Chantada")),
    ],
)
def test_lists_of_towns_stay_lists(text: str, language: str, names: tuple[str, ...]) -> None:
    drafts = draft_kinds(text, language)
    assert all(name in drafts for name in names)
