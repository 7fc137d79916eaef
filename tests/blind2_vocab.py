"""Vocabulary of the second blind redaction corpus (tests/blind2_corpus.py).

Written from the author's own knowledge of names used in Sweden and of Nacka, Nyköping and other Swedish
places, without reading the project's redaction code or its earlier corpora. Lists are `|`-separated
strings to keep the file short; a name may hold a space or a hyphen.
"""

from __future__ import annotations


def _s(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


# origin -> (given names, surnames)
ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        _s(
            "Anders|Johan|Erik|Lars|Karin|Anna|Eva|Maria|Emma|Elin|Oskar|Viktor|Hugo|Ebba|Wilma|Alice|Felix"
            "|Jonas|Mikael|Sofia|Frida|Kent|Ronny|Conny|Jenny|Malin|Therese|Robin|Agneta|Gunnel|Håkan|Tove"
        ),
        _s(
            "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Persson|Svensson|Gustafsson"
            "|Pettersson|Jonsson|Lindqvist|Lindström|Bergström|Sandberg|Forsberg|Hedlund|Sjögren|Wikström"
            "|Engström|Nyberg|Holmgren|Lundgren|Åberg|Öhman|Ekström|Blomqvist|Dahlgren|Wallin"
        ),
    ),
    "finnish": (
        _s("Jukka|Mikko|Pekka|Sari|Päivi|Tuula|Juha|Marjatta|Heikki|Aino|Eeva|Ville|Jari|Raili|Kimmo"),
        _s(
            "Virtanen|Mäkinen|Nieminen|Korhonen|Heikkinen|Laine|Koskinen|Hämäläinen|Järvinen|Lehtonen"
            "|Salminen|Rantanen|Karjalainen"
        ),
    ),
    "somali": (
        _s(
            "Abdirahman|Abdullahi|Hodan|Faadumo|Ayaan|Liban|Hamdi|Ifrah|Khadar|Sagal|Deeqa|Abdiaziz|Hibaaq"
            "|Mahad|Najma"
        ),
        _s("Abdi|Warsame|Farah|Hussein|Jama|Osman|Aden|Yusuf|Nur|Guled|Hirsi|Mohamud|Egal"),
    ),
    "arabic": (
        _s(
            "Ahmad|Mustafa|Omar|Khaled|Yousef|Fatima|Layla|Noor|Rania|Samir|Tarek|Hiba|Amira|Bilal"
            "|Ibrahim|Zainab|Mahmoud|Rami"
        ),
        _s(
            "Haddad|Khalil|Mansour|Saleh|Nasser|El-Sayed|Hamdan|Darwish|Al-Rashid|Kassem|Al-Amin|Abboud"
            "|Shammari"
        ),
    ),
    "kurdish": (
        _s("Rebin|Dilan|Shilan|Berivan|Azad|Hawre|Rojin|Baran|Kawa|Zana|Soran|Helin|Diyar|Nishtiman"),
        _s("Barzani|Zebari|Hawrami|Qadir|Rasul|Taha|Bakir|Sindi|Doski|Ali Khan"),
    ),
    "persian": (
        _s("Reza|Dariush|Shirin|Mahsa|Arash|Babak|Parisa|Leila|Kian|Nasrin|Omid|Yasaman|Navid|Golnar"),
        _s("Karimi|Hosseini|Rahimi|Moradi|Jafari|Tehrani|Sadeghi|Rostami|Kazemi|Mohammadi|Ghorbani"),
    ),
    "afghan": (
        _s("Mujtaba|Zahra|Hamid|Sediqa|Ali Reza|Mortaza|Farhad|Sakina|Wahid|Habib|Khalida|Sohrab|Marzia"),
        _s("Rezaie|Hakimi|Naseri|Amiri|Sultani|Noori|Haidari|Popal|Wardak|Safi|Mohseni"),
    ),
    "eritrean": (
        _s("Yonas|Senait|Tesfay|Merhawi|Filmon|Semhar|Mehari|Abrehet|Kibrom|Saba|Yohannes|Luwam|Aklilu"),
        _s("Tesfamariam|Gebremedhin|Habte|Kidane|Ghebreyesus|Berhane|Tekle|Woldu|Haile|Asmerom"),
    ),
    "balkan": (
        _s(
            "Dragan|Milica|Nikola|Jovana|Emir|Amra|Edin|Selma|Aleksandar|Mirza|Lejla|Goran|Ivana|Dženan"
            "|Admir|Jasmina"
        ),
        _s(
            "Kovačević|Hodžić|Petrović|Jovanović|Nikolić|Begić|Mehmedović|Popović|Ilić|Delić|Marković"
            "|Hadžić|Kovacevic|Hodzic"
        ),
    ),
    "polish": (
        _s("Piotr|Katarzyna|Tomasz|Agnieszka|Łukasz|Magdalena|Krzysztof|Paweł|Joanna|Marek|Wojtek"),
        _s("Nowak|Kowalski|Wiśniewski|Wójcik|Kamińska|Lewandowski|Zieliński|Szymańska|Dąbrowski|Kozłowski"),
    ),
    "ukrainian": (
        _s("Oleksandr|Olena|Dmytro|Iryna|Andrii|Yuliia|Taras|Oksana|Bohdan|Nataliia|Mykola|Sofiia"),
        _s("Shevchenko|Kovalenko|Bondarenko|Tkachenko|Melnyk|Kravchenko|Boyko|Lysenko|Oliinyk|Hrytsenko"),
    ),
    "turkish": (
        _s("Mehmet|Ayşe|Emre|Elif|Burak|Zeynep|Hakan|Serkan|Murat|Özlem|Cem|Merve|Tolga"),
        _s("Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan|Doğan|Koç|Kılıç|Yilmaz|Ozturk"),
    ),
    "latin_american": (
        _s(
            "Carlos|Alejandra|Diego|Camila|Mateo|Valentina|Luis|Gabriela|Javier|Daniela|Andrés|Ximena"
            "|Patricio|Constanza"
        ),
        _s(
            "González|Rodríguez|Muñoz|Rojas|Pérez|Fuentes|Castillo|Herrera|Vargas|Soto|Contreras|Quispe"
            "|Morales|Gonzalez"
        ),
    ),
    "vietnamese": (
        _s("Minh|Thu|Tuan|Lan|Huong|Duc|Linh|Quang|Trang|Phuong|Hung|Thao"),
        _s("Nguyen|Tran|Pham|Hoang|Dang|Bui|Ngo|Vo|Truong|Huynh"),
    ),
    "thai": (
        _s("Somchai|Malee|Niran|Ploy|Kanya|Supaporn|Anong|Chaiwat|Siriporn|Arthit|Nittaya"),
        _s("Srisuk|Chaiyaporn|Wongsawat|Saetang|Boonmee|Thongchai|Rattanakorn|Jaidee|Phromma"),
    ),
    "chinese": (
        _s("Wei|Li Na|Jun|Xiaoming|Mei|Hao|Yan|Ling|Zhiwei|Fang|Lei|Jing"),
        _s("Wang|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Lin"),
    ),
    "roma": (
        _s("Rosita|Milan|Dika|Angelina|Nadja|Hilja|Stefan|Sonja|Lolo|Bartolomeus|Mirjami|Armas"),
        _s("Taikon|Demeter|Caldaras|Grönfors|Hagert|Lindroos|Baltzar|Schwartz|Kwiek|Åkerlund"),
    ),
    "sami": (
        _s("Áillohaš|Máret|Nils-Anders|Ánde|Biret|Sunná|Ingá|Per-Henrik|Niila|Elle|Ánte|Aslak"),
        _s("Kuhmunen|Labba|Sarri|Pittja|Päiviö|Omma|Kitok|Utsi|Spiik|Simma|Nutti|Blind"),
    ),
    "assyrian": (
        _s("Gabriel|Nahrin|Ninos|Sargon|Shamiram|Nineb|Afram|Ninve|Aday"),
        _s("Shamoun|Yakoub|Barsom|Gabro|Aslan|Kourie|Hanna"),
    ),
    "west_african": (
        _s("Lamin|Fatou|Ousman|Mariama|Modou|Awa|Ebrima|Isatou|Kwame|Chidi"),
        _s("Jallow|Ceesay|Touray|Sanneh|Bah|Mensah|Okafor|Diallo"),
    ),
}

# Given names that are also ordinary Swedish words (björn = bear, sten = stone, saga = fairy tale, ...).
WORD_GIVEN = _s(
    "Björn|Sten|Stig|Dag|Bo|Örn|Bror|Lo|Sol|Vilja|Lilja|Iris|Maj|Vide|Ask|Saga|Kasper|Liv|Klara|Rosa|Ebbe"
    "|Viola|Ros"
)
# Surnames that are also ordinary words (björk = birch, ström = current, ...).
WORD_SURNAMES = _s("Björk|Lind|Berg|Ström|Holm|Falk|Fors|Strand|Sjö|Lax|Ek|Lejon|Hjort|Råberg|Vinter")

NICKNAMES = _s(
    "Lillen|Bengan|Skuggan|Kobran|Bamse|Zorro|Shorty|Boxarn|Prinsen|Muffe|Mini-Mo|Lill-Hassan|Gringo"
    "|Chapo|Pitbull|Slim|Mackan|Jocke|Babyface|Ghost|Dino|Texas|Tiger|Kungen|Blixten|Räven|Tjabo"
    "|Lill-Ali|Ankan|Spöket|Uncle|Yung Dre|Habibi|Bebben|Knasen|Sniper|Goofy|Professorn"
)
NICK_INTRO = _s(
    "kallad|kallas|kallad för|som kallar sig|kallar sig|alias|smeknamnet|med smeknamnet|aka|a.k.a."
    "|även kallad|går under namnet"
)

# Role words before a surname: (as written, full meaning not needed).
ROLES = _s(
    "vakt|väktare|ordningsvakt|OV|kpol|kommunpolis|polisinsp.|bovärd|bovärden|fastighetsskötare|fsk|fältass."
    "|fältassistent|fritidsledare|fritidsl.|rektor|kurator|soc.sekr|socialsekreterare|trygghetsvärd"
    "|områdesvärd|handläggare|skolvärd|nattvandrare|hyresgäst|grannen|fritidsgårdschef|busschauffören"
    "|butikschef|lärare|biträdande rektor|väktaren"
)
PERSON_WORDS = _s(
    "killen|tjejen|grabben|pojken|flickan|mannen|kvinnan|en kille|en tjej|en man|en kvinna|en ungdom"
    "|ynglingen|gubben|tanten|snubben|brorsan|lillebror|storebror|mamman|pappan|kusinen"
)

# Places (look-alikes that must survive): Nacka, Nyköping and elsewhere in Sweden.
PLACES = _s(
    "Fisksätra centrum|Fisksätra station|Fisksätra torg|Fisksätra marina|Älta centrum|Ältasjön|Saltsjöbaden"
    "|Solsidan|Tattby|Igelboda|Erstavik|Erstaviksbadet|Brandkärr|Brandkärrs centrum|Nyköpings resecentrum"
    "|Stora torget|Nacka forum|Sickla|Orminge centrum|Björknäs|Gustavsberg|Kristineberg|Hagalund|Sofielund"
    "|Navestad|Hageby centrum|Gottsunda centrum|Rinkeby torg|Oppeby|Arnö|Harg|Nyköpingsån|Långsjön"
    "|Ektorp centrum|Henriksdal|Kummelnäs|Skarpnäck|Tensta centrum|Vivalla|Hammarkullen|Rosengård"
)
INSTITUTIONS = _s(
    "Sigfridsborgsskolan|Älta tennishall|Brandkärrsskolan|Långbergsskolan|Mariebergsgården"
    "|Fisksätra fritidsgård|Fisksätra bibliotek|Fisksätra skola|Fisksätra kyrka|Fisksätra folkets hus"
    "|Stavsborgsskolan|Nyköpings lasarett|Älta bibliotek|Brandkärrs fritidsgård|vårdcentralen i Fisksätra"
    "|Saltsjöbadens samskola|Nacka gymnasium|Ältabergs skola|Nyköpings simhall|Storängens skola"
    "|Brandkärrs vårdcentral|Kristinaskolan|Sankt Nicolai kyrka|Sjöängsskolan|Älta idrottsplats"
)
STREETS = _s(
    "Brandkärrsvägen|Ältavägen|Saltsjöbadsvägen|Stensövägen|Tennisvägen|Oxelvägen|Värmdövägen|Byvägen"
    "|Skönviksvägen|Stockholmsvägen|Östra Storgatan|Västra Storgatan|Repslagaregatan|Idrottsvägen"
    "|Fisksätravägen|Båthöjden|Lagbasvägen|Ormingeringen|Hagavägen|Kvarnbergsvägen|Mariebergsvägen"
    "|Tattbyvägen|Hjortvägen|Gästabudsvägen"
)
PERSON_STREETS = _s(
    "Olof Palmes gata|Per Albins väg|Sten Stures gata|Gustav Adolfs torg|Drottning Kristinas väg"
    "|Evert Taubes gata|Karl Gerhards väg|Anna Lindhs plats|Selma Lagerlöfs väg|Birger Jarls torg"
)
ORGANISATIONS = _s(
    "Stena Fastigheter|Nyköpingshem|Wallenstam|HSB|Rikshem|Securitas|Avarn|SL|Sörmlandstrafiken|Ica"
    "|Coop|Willys|Pressbyrån|Max|Systembolaget|Nattvandrarna|Nacka kommun|Nyköpings kommun|Akelius"
    "|Hemköp|Apoteket|Lidl"
)
# Areas for property designations (kommun's register areas).
PROPERTY_AREAS = _s("Fisksätra|Brandkärr|Älta|Sicklaön|Erstavik|Tattby|Solsidan|Harg|Oppeby|Nyköping Hjorten")
EMAIL_DOMAINS = _s(
    "hotmail.com|gmail.com|outlook.com|live.se|icloud.com|yahoo.se|telia.com|nacka.se|hotmail.se"
)
MOBILE_PREFIXES = ("070", "072", "073", "076", "079")
AREA_CODES = ("08", "0155", "019", "031", "040", "018", "013", "0150")
BUS_LINES = _s(
    "buss 401|buss 414|linje 444|bussen 471|linje 474|buss 467|linje 2|stadsbuss 4|Saltsjöbanan"
    "|nattbuss 494|buss 412"
)
