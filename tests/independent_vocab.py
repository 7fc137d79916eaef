"""Vocabulary of the independent redaction corpus (see tests/independent_corpus.py).

Written from scratch for this corpus, without looking at the redaction rules, their name lists or the
project's own corpus, so that the measurement says how the rules cope with text nobody tuned them to.
Names are invented combinations of names common in Sweden; no entry refers to a real person.
Lists are kept as strings (split on whitespace or "|") so they stay compact under the formatter.
"""

from __future__ import annotations


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _p(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


# First names and surnames by origin, so that recall can be broken down by origin.
FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "svenska": _w(
        """Anders Johanna Kristoffer Malin Emil Sanna Oskar Elin Viktor Frida Jesper Matilda Hampus Moa
        Linus Tilda Albin Wilma Elias Ebba Melker Alva Isak Saga Ture Ellen Gustav Agnes Jonatan Tuva
        Pontus Klara Sixten Stina Rasmus Hedvig Måns Lovisa Joel Ronja Lars-Erik Anna-Karin Per-Olof
        Eva-Lena"""
    ),
    "somaliska": _w("Abdirahman Hodan Faadumo Ayaan Hamza Sahra Liban Ifrah Abdiwali Hibo Mahad Najma"),
    "arabiska": _w("Yousef Rania Khaled Layla Omar Nour Tariq Samira Bilal Hiba Karim Dalia Mustafa Amal"),
    "persiska": _w("Dariush Shirin Kaveh Parisa Arash Roya Behzad Nasrin Payam Golnar"),
    "finska": _w("Juha Pirjo Jari Tuula Matti Aino Eero Sirkka Heikki Riikka"),
    "bosniska": _w("Emir Amela Adnan Lejla Edin Selma Haris Azra Mirza Dženana"),
    "polska": _w("Tomasz Agnieszka Krzysztof Magdalena Paweł Katarzyna Marek Zofia Grzegorz Ewa"),
    "eritreanska": _w("Yonas Selam Tesfay Filmon Senait Dawit Mehret Robel Biniam Feven"),
    "kurdiska": _w("Rebin Dilan Shvan Rojin Baran Zozan Hawre Berivan Karwan Shilan"),
    "turkiska": _w("Emre Elif Burak Zeynep Mert Ayşe Cem Yusuf Ceren Onur"),
    "afghanska": _w("Farid Zahra Mujtaba Mursal Habib Nazifa Sohrab Wahid"),
    "latinamerikanska": _w("Cristián Valentina Rodrigo Camila Joaquín Javiera"),
    "ukrainska": _w("Olena Dmytro Iryna Oleksandr Bohdan Oksana"),
}

SURNAMES: dict[str, tuple[str, ...]] = {
    "svenska": _w(
        """Lindqvist Bergström Sundberg Holmgren Åkesson Nyström Forsberg Lundgren Sjögren Wikström
        Hedlund Engström Ekström Blomqvist Isaksson Mattsson Sandberg Nordin Lindholm Strömberg
        Björklund Öberg Hellström Dahlgren Ljungberg Fransson Augustsson Söderberg Norberg Wallin"""
    ),
    "somaliska": _w("Warsame Farah Jama Abdi Osman Hersi Egal Duale Ismail Nuur"),
    "arabiska": _w("Haddad Al-Khatib Mansour Nasser Saleh Darwish Khalil Hamdan Aziz El-Amin"),
    "persiska": _w("Tehrani Rezaei Hosseini Karimi Moradi Jafari Sadeghi Ahmadi Rostami Ghorbani"),
    "finska": _w("Virtanen Mäkinen Korhonen Heikkinen Laine Hämäläinen Koskinen Järvinen Lehtonen Salonen"),
    "bosniska": _w("Hodžić Begić Mehmedović Kovačević Delić Hadžić Omerović Halilović Karić Suljić"),
    "polska": _w(
        "Kowalski Nowak Wiśniewski Wójcik Kamińska Lewandowski Zieliński Szymańska Dąbrowski Kaczmarek"
    ),
    "eritreanska": _w(
        "Tesfamariam Ghebreyesus Haile Kidane Berhane Woldu Tekle Mebrahtu Gebremedhin Asmerom"
    ),
    "kurdiska": _w("Rashid Abdullah Amedi Zebari Dosky Hawrami Jaff Sindi Barwari Goran"),
    "turkiska": _w("Yılmaz Demir Kaya Şahin Çelik Öztürk Aydın Arslan"),
    "afghanska": _w("Rahimi Noori Sultani Haidari Amiri Wardak"),
    "latinamerikanska": _w("González Muñoz Rojas Contreras Fuentes Vergara"),
    "ukrainska": _w("Kovalenko Shevchenko Bondarenko Tkachenko Melnyk Hrytsenko"),
}

# Names that are also ordinary Swedish words; the corpus uses them only where the context says person.
WORD_FIRST_NAMES = _w("Sten Björn Rosa Dag Vide Stig Bo Iris Viola Rut Sol Ros")
WORD_SURNAMES = _w("Berg Ljung Falk Holm Lind Ek Strand Storm Frost Lund Björk Gran Bäck Fors Örn")

NICKNAMES = _p(
    """Blixten | Lillen | Snabben | Kungen | Mojje | Kenta | Gizmo | Ziggy | Tompa | Mackan | Dino | Zorro |
    Shorty | Biggie | Rocky | Tiger | Räven | Tjuren | Prinsen | Lil Zee | Khalle | Abbe | Jimbo | Chico |
    Nano | Kobra | Mamba | Ghost | Papi | Ninja | Smallz | Flaco | Lejonet | Sotarn | Big Moe | Krille |
    Tussan | Bullen | Hajen | Babyface"""
)

# Role words that precede a surname, by source.
ROLES_HOUSING = _w("väktare bovärd fastighetsskötare ordningsvakt trygghetsvärd områdeschef")
ROLES_POLICE = _w("kommunpolis polisinspektör insp. polisassistent kommunpolisen poliskollegan")
ROLES_KOMMUN = _w("fältassistent fritidsledare rektor kurator fältaren fritidsledaren skolsköterska")

# Look-alikes that must survive redaction.
PLACES = _p(
    """Fisksätra centrum | Älta centrum | Fisksätra station | Älta IP | Älta tennishall |
    Nyköpings resecentrum | Saltsjöbanan | Brandkärrs centrum | Fisksätra torg | Erstaviksbadet |
    Nacka Forum | Stadsparken i Nyköping | Fisksätra marina | Älta gård | Ältasjön | Fisksätra holme |
    Brandkärrs bollplan | Nyköpingsån | Saltsjöbadens centrum | Stora torget i Nyköping"""
)
INSTITUTIONS = _p(
    """Brandkärrsskolan | Långbergsskolan | Mariebergsgården | Sigfridsborgsskolan | Fisksätra skola |
    Fisksätra bibliotek | Fisksätra fritidsgård | Älta fritidsgård | Ältaskolan | Nyköpings gymnasium |
    Fisksätra vårdcentral | Älta bibliotek | Brandkärrs förskola | Tessinskolan | Fisksätra kyrka"""
)
STREETS = _p(
    """Fisksätravägen | Brandkärrsvägen | Ältavägen | Idrottsvägen | Saltsjöbadsvägen | Gamla Ältavägen |
    Bergkällavägen | Långbergsvägen | Stensövägen | Fiskarstigen | Källvägen | Skolvägen | Ringvägen |
    Torggatan | Storgatan | Västra Storgatan"""
)
# Streets that carry a person's name: a harder look-alike, reported but not one of the targets.
PERSON_STREETS = _p(
    """Olof Palmes gata | Selma Lagerlöfs väg | Kung Karls väg | Drottning Kristinas väg | Carl Larssons väg |
    Evert Taubes gränd | Astrid Lindgrens gata | Dag Hammarskjölds väg"""
)
ORGANISATIONS = _p(
    """Nyköpingshem | Stena Fastigheter | Wallenstam | Rikshem | HSB | Securitas | Avarn | Fryshuset |
    Röda Korset"""
)
MONTHS = _w("januari februari mars april maj juni juli augusti september oktober november december")
WEEKDAYS = _w("måndag tisdag onsdag torsdag fredag lördag söndag")
MAIL_DOMAINS = _w("gmail.com hotmail.com outlook.com live.se telia.com icloud.com yahoo.se")
