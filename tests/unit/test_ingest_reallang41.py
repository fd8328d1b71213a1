"""Round reallang41: rules found reading real news pages in German, Russian, Korean and Portuguese by hand (police
and court news, local government, business). Invented sentences and invented persons throughout; the places are
real, since in another language only places the gazetteer knows are proposed."""

from __future__ import annotations

from tests.unit.ingest_helpers import draft_kinds


def _kinds(text: str, language: str) -> dict[str, str]:
    return {name: str(kind) for name, kind in draft_kinds(text, language=language).items()}


def test_a_korean_police_station_prosecutor_or_court_names_its_town_or_province() -> None:
    drafts = _kinds(
        "충북경찰청은 지난 3일 공무원 박모씨를 구속했다. 사건은 청주지검으로 송치됐고 청주지방법원은 영장을 "
        "발부했다. 성북경찰서와 안산남부경찰서도 수사에 나섰다. 국가경찰과 자치경찰의 역할은 다르다.",
        "ko",
    )
    assert drafts.get("충청북도") == "place"  # the province's police, by its short name
    assert drafts.get("청주") == "place"
    assert drafts.get("성북구") == "place"  # a district of Seoul, by its station
    assert drafts.get("안산") == "place"  # a part of town between the town and the station
    assert len(drafts) == 4  # the national and the local police name no place


def test_a_portuguese_court_or_police_command_names_the_town_of_its_seat() -> None:
    drafts = _kinds(
        "O comerciante Abílio Teixeira foi ouvido no Tribunal Judicial de Vila Real de Santo António, e o caso "
        "passou ao Comando Territorial de Faro. O mandado foi expedido pela Comarca de Nova Lima e o preso segue "
        "para a Delegacia Territorial de Brumado, foragido da Justiça do Estado de Goiás.",
        "pt",
    )
    assert drafts.get("Vila Real de Santo António") == "place"
    assert drafts.get("Faro") == "place"
    assert drafts.get("Nova Lima") == "place"  # opens with a given name, yet the court's seat
    assert drafts.get("Brumado") == "place"
    assert drafts.get("Goiás") == "place"  # Brazil writes the noun for a state capitalised
    assert "Abílio Teixeira" not in drafts


def test_towns_joined_by_a_slash_before_an_agency_s_regional_bracket_are_the_dateline() -> None:
    drafts = _kinds(
        "Schwerin/Rostock (dpa/mv). Zwei Männer haben nach Angaben der Polizei am Dienstag einen Kiosk überfallen, "
        "sagte Sprecherin Henrike Ostwald.",
        "de",
    )
    assert drafts.get("Schwerin") == "place"
    assert drafts.get("Rostock") == "place"
    assert "Henrike Ostwald" not in drafts


def test_the_guarda_of_a_gnr_press_note_is_the_force_not_the_town() -> None:
    force = _kinds(
        "A GNR deteve na terça-feira um homem de 40 anos. Os militares da Guarda foram chamados ao local, e a "
        "patrulha da Guarda intercetou o suspeito em Seia.",
        "pt",
    )
    assert "Guarda" not in force
    assert force.get("Seia") == "place"
    town = _kinds(
        "A GNR deteve um homem no distrito da Guarda, e o suspeito foi ouvido na Guarda pelo juiz Osvaldo Meireles.",
        "pt",
    )
    assert town.get("Guarda") == "place"


def test_a_neighbourhood_named_like_a_town_elsewhere_is_no_draft_of_that_town() -> None:
    drafts = _kinds(
        "Policiais prenderam um suspeito no bairro São Mateus, em São João de Meriti.",
        "pt",
    )
    assert "São Mateus" not in drafts  # a town of Espírito Santo
    assert drafts.get("São João de Meriti") == "place"


def test_a_police_force_s_compound_before_a_town_places_the_town() -> None:
    drafts = _kinds(
        "Wie die Kantonspolizei Zürich am Sonntag mitteilte, wurde eine Frau verletzt. Die Stadtpolizei Winterthur "
        "sucht Zeugen, sagte Sprecher Ueli Brändli.",
        "de",
    )
    assert drafts.get("Zürich") == "place"
    assert drafts.get("Winterthur") == "place"
    assert "Ueli Brändli" not in drafts


def test_an_urban_district_s_adjective_in_any_case_names_its_town() -> None:
    drafts = _kinds(
        "Двоих задержанных доставили в отдел полиции по Дмитровскому городскому округу, сообщил Тимофей Ласкин.",
        "ru",
    )
    assert drafts.get("Дмитров") == "place"
    assert "Тимофей Ласкин" not in drafts


def test_a_portuguese_camara_de_names_its_municipality() -> None:
    drafts = _kinds(
        "O presidente da Câmara de Coimbra, Rogério Valadares, reuniu com a Câmara de Comércio e a Câmara dos "
        "Deputados.",
        "pt",
    )
    assert drafts.get("Coimbra") == "place"
    assert "Rogério Valadares" not in drafts


def test_a_brazilian_state_that_takes_no_article_is_a_club_after_o() -> None:
    drafts = _kinds(
        "O Vitória levou 1 a 0 do Goiás no domingo, e o Goiás encara o Criciúma em Feira de Santana, disse o "
        "técnico Aldemir Rocha.",
        "pt",
    )
    assert "Goiás" not in drafts
    assert drafts.get("Feira de Santana") == "place"


def test_a_german_land_named_as_its_people_after_a_plural_article_is_no_land() -> None:
    drafts = _kinds(
        "Der BVB verlor zuletzt 2:4 bei den Bayern, sagte Trainer Olaf Brenning. Die Fans der Bayern jubelten in "
        "München.",
        "de",
    )
    assert "Bayern" not in drafts
    assert drafts.get("München") == "place"


def test_a_police_force_s_initials_before_de_name_the_town_of_its_unit() -> None:
    drafts = _kinds(
        "A PSP de Braga deteve dois homens, o NIC de Loulé investigou e o posto da GNR de Lagoa confirmou, disse o "
        "comissário Hélder Quintas. O CD de Natal vendeu bem.",
        "pt",
    )
    assert drafts.get("Braga") == "place"
    assert drafts.get("Loulé") == "place"
    assert drafts.get("Lagoa") == "place"
    assert "Natal" not in drafts  # a Christmas record, not the town


def test_a_police_station_s_or_district_office_s_short_form_names_its_town() -> None:
    drafts = _kinds(
        "Der neue Kommandant der API Imst, Kontrollinspektor Albin Wörndle, wurde ernannt. Die PI Salzgitter "
        "ermittelt, die BH Landeck sperrte die Straße. Die AOK Niedersachsen zahlt mehr.",
        "de",
    )
    assert drafts.get("Imst") == "place"
    assert drafts.get("Salzgitter") == "place"
    assert drafts.get("Landeck") == "place"
    assert "Niedersachsen" not in drafts  # an insurer's branch, named after its land
