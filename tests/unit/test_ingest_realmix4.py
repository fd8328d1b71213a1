"""Round realmix4: sixty real news pages in five languages (English, German, Russian, Korean, Portuguese), twelve
stories each told by several outlets (a chip maker's new chairman, a typhoon on an industrial port, a war's front, an
election and its court case, a trade dispute), ingested one after another into ONE workspace; what records the
workspace then holds and what name each shows.

Each test ingests invented documents into one workspace on disk (as `dossier ingest` does with one session), then
looks at the records a reader would see and at the records each document links to, and runs `check`. Invented
sentences and names throughout; the places are real, as the gazetteer must know them."""

from __future__ import annotations

from pathlib import Path

from tests.unit.ingest_helpers import ingest_linked


def _records(root: Path, *texts: str) -> tuple[dict[str, list[str]], dict[int, set[str]]]:
    """`ingest_linked`: each record's name with its kind and aliases, and what each document links to."""
    records, linked = ingest_linked(root, *texts)
    return {actor.name: [actor.kind.value, *actor.aliases] for actor in records}, linked


def test_a_russian_page_s_oblast_is_a_record_named_as_english_writes_it_with_the_page_s_words_kept(
    tmp_path: Path,
) -> None:
    # ISO keeps the region as "Kharkivska oblast" (Ukraine) and "Tul'skaya oblast'" (Russia); English news writes
    # "Kharkiv Oblast" and "Tula Oblast". The page's own words stay a spelling of the record.
    actors, _ = _records(
        tmp_path / "ws",
        "# Новый мост\n\nВ понедельник власти Харьковской области открыли новый мост через реку. Как сообщил "
        "губернатор Харьковская область получит ещё два моста до конца года, работы ведет компания Веснодар.\n",
        "# Завод\n\nВо вторник в Тульской области открылся новый завод. По словам директора, Тульская область "
        "получит сотни рабочих мест, а компания Веснодар вложит в производство ещё миллиард рублей.\n",
    )
    assert actors["Kharkiv Oblast"][0] == "place"
    assert "Харьковская область" in actors["Kharkiv Oblast"] or "Харьковской области" in actors["Kharkiv Oblast"]
    assert actors["Tula Oblast"][0] == "place"
    assert not [name for name in actors if "oblast" in name]


def test_a_korean_page_s_province_is_a_record_named_as_english_writes_it(tmp_path: Path) -> None:
    # ISO writes "Chungcheongnam-do" and "Jeollabuk-do"; English news "South Chungcheong Province" and "North Jeolla
    # Province".
    actors, _ = _records(
        tmp_path / "ws",
        "# 새 공장\n\n충청남도는 14일 새 반도체 공장이 문을 열었다고 밝혔다. 회사 관계자는 내년까지 직원 300명을 더 "
        "뽑겠다고 말했다.\n",
        "# 축제\n\n전라북도는 다음 달 전주에서 음식 축제를 연다고 15일 밝혔다. 축제에는 관광객 10만 명이 찾을 것으로 "
        "보인다.\n",
    )
    assert actors["South Chungcheong Province"][0] == "place"
    assert "충청남도" in actors["South Chungcheong Province"]
    assert actors["North Jeolla Province"][0] == "place"
    assert not [name for name in actors if name.endswith("-do")]


def test_an_english_page_naming_the_province_so_links_to_the_record_a_korean_page_made(tmp_path: Path) -> None:
    # The English name is the region's spelling in every language now: the English page's "South Chungcheong
    # Province" is the Korean page's record, not a second record of one province.
    actors, linked = _records(
        tmp_path / "ws",
        "# 새 공장\n\n충청남도는 14일 새 반도체 공장이 문을 열었다고 밝혔다. 회사 관계자는 내년까지 직원 300명을 더 "
        "뽑겠다고 말했다.\n",
        "# New plant\n\nOn Tuesday the chip maker Velmora Systems opened a plant in South Chungcheong Province, "
        "the governor said.\n",
    )
    provinces = [name for name in actors if "Chungcheong" in name or "충청" in name]
    assert provinces == ["South Chungcheong Province"]
    assert "South Chungcheong Province" in linked[2]


def test_a_region_whose_adjective_names_no_town_of_its_land_keeps_its_iso_name(tmp_path: Path) -> None:
    # Guard: "Амурская область" is named for a river, not a town; the nearest town in letters (Amursk, a smaller
    # town of another region) is no reading of it, so the record keeps ISO's name rather than a wrong English one.
    actors, _ = _records(
        tmp_path / "ws",
        "# Паводок\n\nВ среду в Амурской области начался паводок. Как сообщили спасатели, Амурская область "
        "ждёт подъёма воды ещё три дня, жителей сел вывозят на автобусах.\n",
    )
    assert "Amursk Oblast" not in actors
    assert [name for name in actors if actors[name][0] == "place" and "Amur" in name] == ["Amurskaya oblast'"]


def test_a_region_written_with_its_word_in_small_letters_is_one_record_with_the_region_written_in_capitals(
    tmp_path: Path,
) -> None:
    # "North Gyeongsang province" on one page, "North Gyeongsang Province" on the next, in either order: one record
    # of the province, to which both pages link.
    first = "# Storm\n\nOn Tuesday floods hit the port of Kelvane in North Gyeongsang province, officials said.\n"
    second = (
        "# Repairs\n\nOn Friday the governor of North Gyeongsang Province, Ilse Varnholt, visited the flooded port.\n"
    )
    for order, texts in enumerate(((first, second), (second, first))):
        actors, linked = _records(tmp_path / f"ws{order}", *texts)
        provinces = [name for name in actors if name.startswith("North Gyeongsang")]
        assert len(provinces) == 1 and actors[provinces[0]][0] == "place"
        assert provinces[0] in linked[1] and provinces[0] in linked[2]


def test_a_name_before_a_small_region_word_the_gazetteer_does_not_know_with_it_stays_as_written(
    tmp_path: Path,
) -> None:
    # Guard: "Tarnvale province" is no place of the gazetteer; the draft is the words written, with no other name.
    actors, _ = _records(
        tmp_path / "ws", "# Storm\n\nOn Tuesday floods hit the villages of Tarnvale province, officials said.\n"
    )
    assert actors["Tarnvale"] == ["place"]


def test_a_quoted_nickname_before_a_particled_family_name_is_one_person(tmp_path: Path) -> None:
    # 'Marcos "Beto" da Cunha': the quotes and the small "da" broke the name into a given name alone and a family
    # name read as a town of the gazetteer (Cunha, Brazil).
    actors, linked = _records(
        tmp_path / "ws",
        "# Count\n\nWith most votes counted, former governor Marcos “Beto” da Cunha led incumbent President Ilse "
        "Varnholt on Sunday, officials said.\n",
    )
    assert actors["Marcos da Cunha"][0] == "person"
    assert "Marcos" not in actors and "Cunha" not in actors
    assert "Marcos da Cunha" in linked[1]


def test_a_page_naming_a_person_in_full_and_then_with_a_quoted_nickname_has_one_record_of_them(
    tmp_path: Path,
) -> None:
    # The full name first, then the given names, the nickname in quotes and the particled family name: the second
    # mention is the same person, not a second record of the given names alone.
    actors, _ = _records(
        tmp_path / "ws",
        "# Runoff\n\nFormer President Marcos Távio Beto da Cunha, who governed between 2003 and 2010, came close "
        "to winning on Sunday. With most votes counted, the candidate Marcos Tavio “Beto” da Cunha led incumbent "
        "President Ilse Varnholt.\n",
    )
    people = sorted(name for name, entry in actors.items() if entry[0] == "person")
    assert people == ["Ilse Varnholt", "Marcos Távio Beto da Cunha"]


def test_a_quoted_word_before_a_particle_that_opens_no_family_name_joins_nothing(tmp_path: Path) -> None:
    # Guard: 'Marcos "Beto" da manhã': the small word after the quotes opens no capitalised family name.
    actors, _ = _records(
        tmp_path / "ws",
        "# Show\n\nOn Sunday the host Marcos Varnholt called the show “Beto” da manhã, the network said.\n",
    )
    assert actors["Marcos Varnholt"][0] == "person"
    assert not [name for name in actors if "manhã" in name or "Beto" in name]


def test_a_people_s_peninsula_written_small_is_the_peninsula_and_one_record_with_it_in_capitals(
    tmp_path: Path,
) -> None:
    # "the Korean peninsula" drafted the adjective alone as a place ("Korean"), beside a page's "Korean Peninsula".
    actors, linked = _records(
        tmp_path / "ws",
        "# Storm\n\nThe storm left the Korean peninsula early on Tuesday after lashing the port of Kelvane, officials "
        "said.\n",
        "# Storm\n\nThe storm veered away from the Korean Peninsula on Tuesday, officials said.\n",
    )
    assert "Korean" not in actors
    peninsulas = [name for name in actors if name.casefold() == "korean peninsula"]
    assert len(peninsulas) == 1 and actors[peninsulas[0]][0] == "place"
    assert peninsulas[0] in linked[1] and peninsulas[0] in linked[2]


def test_a_rare_name_before_peninsula_is_still_the_area_s_own_name(tmp_path: Path) -> None:
    # Guard: "the Tarnuvan peninsula" is a land's own name (rare as a word), drafted as written before.
    actors, _ = _records(
        tmp_path / "ws",
        "# Floods\n\nOn Monday floods cut off the villages of the Tarnuvan peninsula, officials said.\n",
    )
    assert actors["Tarnuvan"][0] == "place"


_ENGINEER = (
    "# Chips\n\nThe chip maker Velmora said on Monday that its profits fell, according to the engineer Park Jae-min, "
    "who leads its plant.\n"
)


def test_a_known_family_name_written_first_before_another_given_name_is_another_person(tmp_path: Path) -> None:
    # The workspace knows "Park Jae-min"; a later page's "President Park Min-hye" is someone else of that family,
    # not a mention of him ("Park" linked to him, "Min" left a draft of no kind).
    actors, linked = _records(
        tmp_path / "ws",
        _ENGINEER,
        "# Bribes\n\nThe banker was jailed in 2019 for bribing the then President Park Min-hye, prosecutors said on "
        "Friday.\n",
    )
    assert actors["Park Min-hye"][0] == "person"
    assert "Min" not in actors
    assert "Park Jae-min" not in linked[2] and "Park Min-hye" in linked[2]


def test_a_known_family_name_written_alone_still_names_the_known_person(tmp_path: Path) -> None:
    # Guard: "Park said" on a later page, no given name after it, is the one Park the workspace knows.
    _, linked = _records(
        tmp_path / "ws",
        _ENGINEER,
        "# Plant\n\nPark said on Friday that the plant of Velmora would reopen in May.\n",
    )
    assert "Park Jae-min" in linked[2]


def test_a_korean_page_s_district_known_only_in_hangul_is_a_record_named_in_latin_letters(tmp_path: Path) -> None:
    # The gazetteer knows Seoul's districts and neighbourhoods by their Hangul names only; the record shows the name
    # English news writes (Revised Romanization, the unit in English), the page's Hangul kept as a spelling.
    actors, _ = _records(
        tmp_path / "ws",
        "# 새 도서관\n\n서울 종로구는 14일 새 도서관이 문을 열었다고 밝혔다. "
        "구청 관계자는 주민 3천 명이 찾을 것으로 본다고 말했다.\n",
    )
    assert actors["Jongno District"][0] == "place"
    assert "종로구" in actors["Jongno District"]
    assert not [name for name in actors if any("\uac00" <= char <= "\ud7a3" for char in name)]


def test_an_english_page_naming_a_district_a_korean_page_drafted_links_to_its_record(tmp_path: Path) -> None:
    # "종로구" on a Korean page, then "Jongno District" on an English one: one record, the English page's mention
    # linked to it (before, the Hangul record and an English one stood side by side).
    korean = (
        "# 새 도서관\n\n서울 종로구는 14일 새 도서관이 문을 열었다고 밝혔다. "
        "구청 관계자는 주민 3천 명이 찾을 것으로 본다고 말했다.\n"
    )
    english = "# Library\n\nOn Monday a new library opened in Seoul's Jongno District, officials said.\n"
    actors, linked = _records(tmp_path / "ws", korean, english)
    assert [name for name in actors if "Jongno" in name or "종로" in name] == ["Jongno District"]
    assert "Jongno District" in linked[2]


def test_a_russian_page_s_district_known_only_in_cyrillic_is_a_record_named_in_latin_letters(tmp_path: Path) -> None:
    actors, _ = _records(
        tmp_path / "ws",
        "# Новая школа\n\nВ понедельник в Петушинском районе открылась новая школа. Как сообщили в администрации, "
        "Петушинский район получит ещё две школы до конца года.\n",
    )
    districts = [name for name in actors if "Petushinsk" in name]
    assert districts == ["Petushinskiy District"]
    assert not [name for name in actors if any("\u0400" <= char <= "\u04ff" for char in name)]
