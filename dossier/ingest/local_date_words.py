"""Words for months and weekdays in the other languages sources come in, for `dates`.

German, French, Spanish, Portuguese, Italian and Russian; Russian in the genitive a day puts a
month in ("3 февраля") and the prepositional a month alone takes ("в феврале"). They are read only in
a text of that language, since "Mars", "Mai" and "Avril" are names in English.
"""

from __future__ import annotations

LOCAL_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            "januar jänner janvier enero janeiro gennaio января январе",
            "februar février fevrier febrero fevereiro febbraio февраля феврале",
            "märz maerz mars marzo março marco марта марте",
            "april avril abril aprile апреля апреле",
            "mai mayo maio maggio мая мае",
            "juni juin junio junho giugno июня июне",
            "juli juillet julio julho luglio июля июле",
            "august août aout agosto августа августе",
            "september septembre septiembre setiembre setembro settembre сентября сентябре",
            "oktober octobre octubre outubro ottobre октября октябре",
            "november novembre noviembre novembro ноября ноябре",
            "dezember décembre decembre diciembre dezembro dicembre декабря декабре",
        ],
        start=1,
    )
    for name in names.split()
}

# Each language's weekdays -> the English name `dates` counts with. Russian in the accusative that
# "в" puts them in ("в среду"); Korean with its "요일" mark, which no name carries.
LOCAL_WEEKDAYS: dict[str, str] = {
    name: english
    for english, names in zip(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
        [
            "montag lundi lunes segunda-feira lunedì lunedi понедельник 월요일",
            "dienstag mardi martes terça-feira terca-feira martedì martedi вторник 화요일",
            "mittwoch mercredi miércoles miercoles quarta-feira mercoledì mercoledi среду 수요일",
            "donnerstag jeudi jueves quinta-feira giovedì giovedi четверг 목요일",
            "freitag vendredi viernes sexta-feira venerdì venerdi пятницу 금요일",
            "samstag sonnabend samedi sábado sabado sabato субботу 토요일",
            "sonntag dimanche domingo domenica воскресенье 일요일",
        ],
        strict=True,
    )
    for name in names.split()
}
