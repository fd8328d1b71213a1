"""Seas, gulfs, straits and rivers in Arabic, a closed set the news names often and the town tables lack
("البحر الأحمر", "الخليج العربي", "نهر النيل", "شط العرب"): the spelling and the water's English name."""

from __future__ import annotations

ARABIC_WATERS: dict[str, str] = {
    "البحر الأحمر": "Red Sea",
    "البحر الأبيض المتوسط": "Mediterranean Sea",
    "البحر المتوسط": "Mediterranean Sea",
    "البحر الميت": "Dead Sea",
    "البحر الأسود": "Black Sea",
    "بحر العرب": "Arabian Sea",
    "بحر قزوين": "Caspian Sea",
    "الخليج العربي": "Persian Gulf",
    "الخليج الفارسي": "Persian Gulf",
    "خليج عمان": "Gulf of Oman",
    "خليج العقبة": "Gulf of Aqaba",
    "خليج السويس": "Gulf of Suez",
    "المحيط الأطلسي": "Atlantic Ocean",
    "المحيط الهندي": "Indian Ocean",
    "المحيط الهادئ": "Pacific Ocean",
    "قناة السويس": "Suez Canal",
    "مضيق هرمز": "Strait of Hormuz",
    "مضيق جبل طارق": "Strait of Gibraltar",
    "باب المندب": "Bab-el-Mandeb",
    "نهر النيل": "Nile",
    "النيل": "Nile",
    "نهر دجلة": "Tigris",
    "دجلة": "Tigris",
    "نهر الفرات": "Euphrates",
    "الفرات": "Euphrates",
    "شط العرب": "Shatt al-Arab",
    "نهر الأردن": "Jordan River",
    "نهر الليطاني": "Litani",
}
