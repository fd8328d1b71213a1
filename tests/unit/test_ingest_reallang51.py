"""Round reallang51 read news pages in German, Russian, Korean and Portuguese (court reports, regional
politics, election results, market reports, club news) and a few pages in languages ingest has no rules
for: lists of towns and their mayors, the cases and particles around a place's name, and the words that
name an offence or a court rather than a place. The sentences and names here are invented."""

from __future__ import annotations

from dossier.ingest.extract import extract
from dossier.model import ActorKind
from tests.unit.ingest_helpers import draft_kinds


def test_a_list_of_towns_and_their_mayors_names_each_town() -> None:
    text = (
        "Resultados no distrito, concelho a concelho:\n"
        "- Tondela - Ilda Varnes Quelhas (PS)\n"
        "- Arganil - Rui Tavosa Mirande (PSD)\n"
        "- Ponte de Lima - Tomé Quental Varnel (CDS-PP)\n"
        "- Castelo de Vide - Inês Varosa Telmo (PS)\n"
    )
    kinds = draft_kinds(text, "pt")
    for town in ("Tondela", "Arganil", "Ponte de Lima", "Castelo de Vide"):
        assert kinds.get(town) is ActorKind.place, (town, kinds)
    assert not {"Ilda Varnes Quelhas", "Quelhas", "Varnel"} & set(kinds)


def test_a_state_heading_an_item_of_a_list_of_home_towns_is_no_state() -> None:
    text = (
        "Os presidentes eleitos:\n"
        "- Tondela - Ilda Varnes Quelhas (PS)\n"
        "- Malta - Rui Tavosa Mirande (PSD)\n"
        "- Arganil - Tomé Quental Varnel (CDS-PP)\n"
    )
    kinds = draft_kinds(text, "pt")
    assert kinds.get("Tondela") is ActorKind.place
    assert kinds.get("Malta") is not ActorKind.state


def test_two_lines_with_a_dash_are_no_list_of_towns() -> None:
    # guard: a pair of such lines may be headings of anything; the rule asks for a list
    text = "Notas do dia:\n- Tondela - Ilda Varnes Quelhas (PS)\n- Arganil - Rui Tavosa Mirande (PSD)\n"
    kinds = draft_kinds(text, "pt")
    assert "Tondela" not in kinds and "Arganil" not in kinds


def test_a_korean_word_charged_or_suffered_is_an_offence_not_a_city() -> None:
    text = "검찰은 최모 씨를 상해 혐의로 재판에 넘겼다. 피해자 측은 전치 3주의 상해를 입었다고 밝혔다.\n"
    assert draft_kinds(text, "ko") == {}


def test_a_korean_city_before_a_verb_of_travel_stays_a_city() -> None:
    # guard: the same word, travelled from, is the city
    text = "윤모 씨는 지난주 상해에서 열린 박람회를 둘러보고 귀국했다.\n"
    assert draft_kinds(text, "ko").get("상해") is ActorKind.place


def test_a_russian_court_or_prosecutors_of_a_town_name_the_town() -> None:
    text = "Вчера в районном суде Калуги огласили приговор бывшему чиновнику. Прокуратура Твери обжаловала решение.\n"
    kinds = draft_kinds(text, "ru")
    assert kinds.get("Калуга") is ActorKind.place
    assert kinds.get("Тверь") is ActorKind.place


def test_a_court_named_after_a_person_names_no_town() -> None:
    # guard: the genitive after "суд" is a town only when it is no surname
    assert draft_kinds("Суд Иванова признал доводы защиты необоснованными.\n", "ru") == {}


def test_a_capitalised_adjective_opening_a_courts_name_is_no_village() -> None:
    text = "Иск подан в Центральный районный суд Калуги ещё в марте.\n"
    kinds = draft_kinds(text, "ru")
    assert kinds.get("Калуга") is ActorKind.place
    assert "Центральный" not in kinds


def test_a_town_named_by_an_adjective_alone_in_its_case_stays_a_town() -> None:
    # guard: with no lower-case adjective after it, the adjective is the town's name
    assert draft_kinds("Потом семья Зуевых переехала жить в Центральный.\n", "ru").get("Центральный") is ActorKind.place


def test_a_towns_short_form_after_its_whole_name_is_that_town() -> None:
    # a language with no rules of its own: the page names the town it named in full, not another town called so
    text = (
        "La Policía Local de Villanueva de la Serena (Badajoz) detuvo ayer a un vecino. "
        "El joven, natural de Villanueva, tiene 20 años.\n"
    )
    extraction = extract(text, None, [], set(), "test-drafts", language="es")
    assert [(draft.name, draft.aliases) for draft in extraction.actors] == [("Villanueva de la Serena", ["Villanueva"])]


def test_a_short_name_written_before_the_whole_one_stays_apart() -> None:
    # guard: only a later short form is the town named in full before it
    text = "Vive en Villanueva desde niño. Trabaja en Villanueva de la Serena, a veinte kilómetros.\n"
    names = {draft.name for draft in extract(text, None, [], set(), "test-drafts", language="es").actors}
    assert "Villanueva de la Serena" in names and "Villanueva" in names


def test_a_word_opening_a_hyphened_name_is_no_short_form_of_it() -> None:
    # guard: a river named after a district whose name opens with it ("Saale-Holzland-Kreis") is still the river
    text = "Der Saale-Holzland-Kreis plant ein neues Freibad. Das Hochwasser der Saale hat den Uferweg überflutet.\n"
    names = {draft.name for draft in extract(text, None, [], set(), "test-drafts", language="de").actors}
    assert {"Saale-Holzland-Kreis", "Saale"} <= names


def test_a_region_named_like_the_start_of_a_citys_name_is_no_short_form_of_it() -> None:
    # guard: the land keeps its own draft beside the city named after it
    text = (
        "Die Klinik in Brandenburg an der Havel sucht Pflegekräfte. "
        "Landesweit fehlen in Brandenburg nach Angaben des Ministeriums rund 900 Stellen.\n"
    )
    names = {draft.name for draft in extract(text, None, [], set(), "test-drafts", language="de").actors}
    assert {"Brandenburg an der Havel", "Brandenburg"} <= names
