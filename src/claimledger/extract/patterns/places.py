"""A small gazetteer of places the reports talk about, and the words of legal measures.

Countries (with the Central Asian and South Caucasus states in full), Russian federal subjects
(oblasts, krais, republics) and cities that recur in reporting on displacement and
recruitment. Matching is case-sensitive on these spellings; "X Oblast/Krai/Republic" is also
recognised by pattern for any capitalised X.
"""

from __future__ import annotations


def _names(words: list[str]) -> frozenset[str]:
    """Underscores stand for spaces inside one name."""
    return frozenset(w.replace("_", " ") for w in words)


# fmt: off
COUNTRIES = _names(
    [
        "Afghanistan", "Albania", "Algeria", "Armenia", "Austria", "Azerbaijan", "Bangladesh",
        "Belarus", "Belgium", "Bosnia", "Brazil", "Bulgaria", "Burkina_Faso", "Burundi",
        "Cameroon", "Canada", "Chad", "China", "Colombia", "Congo", "Croatia", "Cuba", "Cyprus",
        "Czechia", "Denmark", "Egypt", "Eritrea", "Estonia", "Ethiopia", "Finland", "France",
        "Gaza", "Georgia", "Germany", "Greece", "Haiti", "Hungary", "India", "Indonesia",
        "Iran", "Iraq", "Ireland", "Israel", "Italy", "Japan", "Jordan", "Kazakhstan", "Kenya",
        "Kosovo", "Kyrgyzstan", "Latvia", "Lebanon", "Libya", "Lithuania", "Mali", "Mexico",
        "Moldova", "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Nepal",
        "Netherlands", "Niger", "Nigeria", "North_Korea", "Norway", "Pakistan", "Palestine",
        "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi_Arabia", "Serbia",
        "Slovakia", "Slovenia", "Somalia", "South_Korea", "South_Sudan", "Spain", "Sri_Lanka",
        "Sudan", "Sweden", "Switzerland", "Syria", "Tajikistan", "Tunisia", "Turkey", "Türkiye",
        "Turkmenistan", "Uganda", "Ukraine", "United_Kingdom", "United_States", "Uzbekistan",
        "Venezuela", "Vietnam", "Yemen", "Zimbabwe", "Central_Asia", "Europe", "Africa", "Asia",
        "Crimea", "Donbas", "Donbass", "Chechnya", "Dagestan", "Tatarstan", "Bashkortostan",
        "Buryatia", "Tuva", "Transnistria", "Abkhazia", "Ossetia",
    ]
)
# fmt: on

# fmt: off
RUSSIAN_REGIONS = _names(
    [
        "Moscow_Oblast", "Leningrad_Oblast", "Belgorod_Oblast", "Kursk_Oblast",
        "Bryansk_Oblast", "Voronezh_Oblast", "Rostov_Oblast", "Saratov_Oblast", "Samara_Oblast",
        "Volgograd_Oblast", "Sverdlovsk_Oblast", "Novosibirsk_Oblast", "Chelyabinsk_Oblast",
        "Nizhny_Novgorod_Oblast", "Kaliningrad_Oblast", "Donetsk_Oblast", "Luhansk_Oblast",
        "Zaporizhzhia_Oblast", "Kherson_Oblast", "Kharkiv_Oblast", "Sumy_Oblast",
        "Krasnodar_Krai", "Stavropol_Krai", "Primorsky_Krai", "Khabarovsk_Krai",
        "Krasnoyarsk_Krai", "Perm_Krai", "Altai_Krai", "Zabaykalsky_Krai",
    ]
)
# fmt: on

# fmt: off
CITIES = _names(
    [
        "Moscow", "St._Petersburg", "Saint_Petersburg", "Novosibirsk", "Yekaterinburg", "Kazan",
        "Krasnodar", "Rostov-on-Don", "Samara", "Saratov", "Belgorod", "Kursk", "Bryansk",
        "Voronezh", "Volgograd", "Grozny", "Donetsk", "Luhansk", "Mariupol", "Kherson",
        "Kharkiv", "Kyiv", "Kiev", "Odesa", "Odessa", "Zaporizhzhia", "Bakhmut", "Avdiivka",
        "Pokrovsk", "Dushanbe", "Tashkent", "Bishkek", "Almaty", "Astana", "Ashgabat",
        "Samarkand", "Osh", "Tbilisi", "Yerevan", "Baku", "Minsk", "Istanbul", "Ankara",
        "Brussels", "Geneva", "Helsinki", "Warsaw", "Berlin", "Vienna", "Kabul", "Khartoum",
        "Damascus", "Aleppo", "Beirut", "Amman", "Cairo", "Tripoli", "Lampedusa",
    ]
)
# fmt: on

# Generic region heads recognised after any capitalised name ("Tver Oblast").
REGION_HEADS = ("Oblast", "Krai", "Republic", "Region", "Province", "Governorate", "Okrug")

# Words that name a legal measure; "Federal Law No. 123-FZ" and "Article 5" by pattern.
# fmt: off
LEGAL_WORDS = [
        "law", "laws", "decree", "decrees", "bill", "bills", "amendment", "amendments",
        "resolution", "resolutions", "order", "orders", "code", "regulation", "regulations",
        "directive", "directives", "statute", "act",
    ]
# fmt: on
