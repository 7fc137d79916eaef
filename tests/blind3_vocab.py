"""Vocabulary of the third blind redaction corpus (tests/blind3_corpus.py).

Written from general knowledge of who lives in Fisksätra, Älta (Nacka) and Brandkärr (Nyköping) and of how
weekly notes from those places read, without reading the project's redaction rules, its name lists or the
two earlier blind corpora. Names are ordinary given names and surnames of each origin, not real people.
"""

from __future__ import annotations

# origin -> (first names, surnames). Hyphenated first names, particles (al-, bin, von) and double
# surnames are part of the lists as people write them.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        ("Anders", "Karin", "Lars-Göran", "Ulla", "Johan", "Elin", "Mikael", "Ebba", "Gunnar", "Anna-Karin"),
        ("Johansson", "Lindqvist", "Nyström", "Sjöberg", "Eriksson", "Wallin", "Lundgren", "Hedlund"),
    ),
    "finnish": (
        ("Jukka", "Päivi", "Tuomas", "Riikka", "Kalevi", "Sirpa", "Jarmo", "Tuula"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laaksonen", "Kettunen"),
    ),
    "somali": (
        ("Abdirahman", "Hodan", "Mahad", "Ayaan", "Farhiya", "Abdiaziz", "Hibaq", "Sagal", "Guled"),
        ("Mohamud", "Warsame", "Farah", "Hirsi", "Osman", "Jama", "Abdulle", "Egal"),
    ),
    "arabic": (
        ("Mohammed", "Fatima", "Ahmad", "Yasmin", "Omar", "Layla", "Khaled", "Rania", "Abdallah"),
        ("al-Hassan", "Haddad", "Khalil", "Mansour", "Saleh", "bin Saeed", "al-Tamimi", "Qassem"),
    ),
    "kurdish": (
        ("Rojda", "Dilan", "Berfin", "Baran", "Rebwar", "Shilan", "Hiwa", "Zana", "Nishtiman"),
        ("Zangana", "Baban", "Hawrami", "Doski", "Sindi", "Barzinji", "Shwani"),
    ),
    "persian": (
        ("Dariush", "Shirin", "Arash", "Negar", "Babak", "Parisa", "Mohammad-Reza", "Golnaz"),
        ("Hosseini", "Mohammadi", "Rezaei", "Ahmadi", "Jafari", "Moradi", "Tehrani", "Kazemi"),
    ),
    "turkish": (
        ("Mehmet", "Ayşe", "Emre", "Elif", "Burak", "Zeynep", "Hakan", "Gülsüm"),
        ("Yılmaz", "Demir", "Öztürk", "Şahin", "Çelik", "Aydoğan", "Kılıç"),
    ),
    "bcs": (
        ("Amir", "Emina", "Dragan", "Jelena", "Mirza", "Ivana", "Nikola", "Senada", "Goran"),
        ("Hodžić", "Jovanović", "Begić", "Kovačević", "Petrović", "Babić", "Mujić", "Delić"),
    ),
    "polish": (
        ("Krzysztof", "Agnieszka", "Paweł", "Katarzyna", "Tomasz", "Małgorzata", "Łukasz"),
        ("Nowak", "Kowalski", "Wiśniewska", "Zieliński", "Wójcik", "Lewandowska", "Grabowski"),
    ),
    "eritrean": (
        ("Yonas", "Senait", "Mehari", "Tesfay", "Filmon", "Semhar", "Selam", "Aklilu"),
        ("Tesfamariam", "Ghebremedhin", "Habtom", "Kidane", "Berhane", "Woldu", "Tekle"),
    ),
    "thai": (
        ("Somchai", "Kanya", "Nattaya", "Supaporn", "Anong", "Wichai", "Ratana"),
        ("Srisuk", "Wongsawat", "Boonmee", "Chaiyaphum", "Thongchai", "Saetang"),
    ),
    "chinese": (
        ("Wei", "Jing", "Xiaoming", "Mei", "Haoran", "Yuting", "Jun"),
        ("Zhang", "Wang", "Chen", "Liu", "Huang", "Zhou", "Xu"),
    ),
    "vietnamese": (
        ("Thanh", "Huong", "Minh", "Linh", "Tuan", "Phuong", "Duc"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui"),
    ),
    "sami": (
        ("Áilu", "Máret", "Ánte", "Niillas", "Sunna", "Biret", "Jovnna"),
        ("Sarri", "Labba", "Kuoljok", "Valkeapää", "Päiviö", "Omma", "Spik"),
    ),
    "assyrian": (
        ("Ninos", "Shamiram", "Aday", "Sargon", "Nahrin", "Ashur", "Rabi", "Tamar"),
        ("Barsom", "Yakoub", "Gabro", "Malke", "Isik", "Afram", "Chamoun"),
    ),
    "afghan": (
        ("Zarmina", "Farid", "Mursal", "Sohrab", "Nazanin", "Wahid", "Khalida", "Ahmad Shah"),
        ("Rahimi", "Sultani", "Hakimi", "Noori", "Wardak", "Popal", "Ghafoori"),
    ),
    "ukrainian": (
        ("Oksana", "Dmytro", "Olena", "Taras", "Iryna", "Bohdan", "Yulia", "Mykola"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachenko", "Hnatiuk", "Savchuk"),
    ),
    "romani": (
        ("Rosita", "Milan", "Jani", "Sonja", "Ljuba", "Dimitri", "Fatme", "Kati"),
        ("Taikon", "Caldaras", "Demeter", "Grönfors", "Baltzar", "Hagert", "Bolgar"),
    ),
    "chilean": (
        ("Camila", "Matías", "Francisca", "Javier", "Valentina", "Rodrigo", "María José"),
        ("González Muñoz", "Rojas", "Fuentes Soto", "Contreras", "Pérez Araya", "Sepúlveda", "Vergara"),
    ),
    "albanian": (
        ("Arben", "Blerta", "Driton", "Valbona", "Besnik", "Arta", "Fatos"),
        ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Shala", "Morina", "Rexhepi"),
    ),
    "german_particle": (
        ("Charlotte", "Fredrik", "Cecilia", "Gustaf", "Louise", "Carl-Henrik"),
        ("von Essen", "von Platen", "af Klercker", "de Geer", "von Schwerin", "af Ugglas"),
    ),
}

# Nicknames as they turn up in notes: short forms, street names, English words, a "Lill-" prefix.
NICKNAMES = (
    "Zizzi", "Lillen", "Kingen", "Bullen", "Shorty", "Mackan", "Jonte", "Lollo", "Kicki", "Gurra", "Abbe",
    "Moody", "Dodo", "Bebbe", "Chico", "Babba", "Jojo", "Gizmo", "Rocky", "Blixten", "Speedy", "Lill-Ali",
    "Tjabo", "Pluttan", "Memo", "Dexter", "Mansa", "Boxarn", "Zorro", "Kruxet",
)  # fmt: skip

# Given names and surnames that are also ordinary Swedish words (sten, björn, ros, berg, vall ...).
WORD_FIRST = ("Sten", "Björn", "Bo", "Love", "Ros", "Linnea", "Viola", "Sol", "Kaj", "Bror", "Vide", "Iris")
WORD_SURNAMES = (
    "Berg", "Lind", "Vall", "Ek", "Strand", "Holm", "Frost", "Falk", "Örn", "Björk", "Fors", "Lax",
)  # fmt: skip

# Role words before a surname, in full and in the abbreviations notes use.
ROLES = (
    "väktare", "Väktare", "kpol", "Kpol", "kommunpolis", "fältassistent", "fältass.", "fältare", "vaktm.",
    "vaktmästare", "fastighetsskötare", "fsk", "bovärd", "områdesvärd", "ordningsvakt", "OV", "rektor",
    "samordnare", "polisinsp.", "insp.", "fritidsledare", "bitr. rektor", "kurator", "nattvandrare",
)  # fmt: skip

# Verbs of saying, before or after a name.
SAID_BEFORE = ("säger", "enligt", "uppger", "berättar", "meddelar", "skriver")

# Look-alikes: real places, institutions and organisations around Fisksätra, Älta and Brandkärr.
PLACES = (
    "Fisksätra centrum", "Älta centrum", "Brandkärrs centrum", "Saltsjöbanan", "Fisksätra station",
    "Fisksätra marina", "Ältasjön", "Nacka forum", "Orminge centrum", "Sickla köpkvarter", "Saltsjöbaden",
    "Nyköpings resecentrum", "Stora torget", "Nyköpingsån", "Oppeby gård", "Fisksätra torg",
    "Älta tennishall", "Skogsö", "Brandkärrsbadet", "Älta idrottsplats", "Arnö", "Harg",
)  # fmt: skip
INSTITUTIONS = (
    "Fisksätra skola", "Ältaskolan", "Sigfridsborgs skola", "Brandkärrsskolan", "Fisksätra bibliotek",
    "Älta bibliotek", "Fisksätra fritidsgård", "fritidsgården i Älta", "Brandkärrs fritidsgård",
    "Fisksätra vårdcentral", "Älta vårdcentral", "Nyköpings lasarett", "Tessinskolan", "Fisksätra museum",
    "Stavsborgsskolan", "Nyköpings gymnasium", "Familjecentralen Brandkärr", "Fisksätra folkets hus",
)  # fmt: skip
STREETS = (
    "Fisksätra allé", "Ältavägen", "Brandkärrsvägen", "Oxelvägen", "Västra Storgatan", "Ringvägen",
    "Saltsjöbadsleden", "Stensövägen", "Fruängsgatan", "Arnövägen", "Almvägen", "Östra Storgatan",
    "Lovisedalsvägen", "Repslagaregatan",
)  # fmt: skip
PERSON_STREETS = (
    "Olof Palmes gata", "Selma Lagerlöfs väg", "Evert Taubes väg", "Astrid Lindgrens gata",
    "Dag Hammarskjölds väg", "Karin Boyes gata", "Nils Ferlins gränd", "Vilhelm Mobergs gata",
    "Greta Garbos väg", "Alfred Nobels allé",
)  # fmt: skip
ORGANISATIONS = (
    "Nacka Energi", "Stena Fastigheter", "Securitas", "Avarn Security", "Nyköpingshem", "Nacka kommun",
    "Nyköpings kommun", "Polisen", "SL", "Hyresgästföreningen", "Nattvandrarna", "Fältgruppen",
    "Räddningstjänsten", "Södertörns brandförsvarsförbund", "Vattenfall", "Fisksätra IF", "Röda korset",
    "Svenska kyrkan", "Fryshuset", "Socialtjänsten", "Länstrafiken Sörmland",
)  # fmt: skip
TIMES = (
    "kl 22.30", "kl. 23:15–01:00", "23.15-01.00", "ca 02.00", "vid 21-tiden", "kl 19", "mellan 22 och 24",
    "kl 00.45", "18:00–21:00", "kl 03:10", "strax efter 20", "kl. 16.45", "ca kl 1 i natt", "21-23",
)  # fmt: skip
DATES = (
    "12/3", "2026-03-14", "14 mars", "fre 6/3", "den 3:e", "2/11 2026", "lördag 21/11", "tis 1 dec",
    "30/11–6/12", "15 okt", "söndag 8/2", "2026-11-28",
)  # fmt: skip
AMOUNTS = (
    "12 500 kr", "350:-", "4 000 kronor", "1,2 mkr", "ca 800 kr", "25 000 SEK", "2500 kr", "90 000:-",
    "ca 40 tkr", "6 750 kr",
)  # fmt: skip
WEEKS = ("v. 11", "vecka 12", "v12", "v.14–15", "vecka 49", "V48", "v 7", "veckorna 3-4")
BUS_LINES = (
    "buss 401", "linje 2", "buss 443", "busslinje 467", "linje 4", "nattbuss 491", "buss 414", "stadsbuss 3",
    "buss 409", "linje 515",
)  # fmt: skip
# Ordinary words that open a note with a capital and could pass for a name.
WORDS = (
    "Ros", "Sten", "Lugnt", "Oro", "Bråk", "Klotter", "Larm", "Halka", "Rök", "Mörkt", "Tomt", "Obs", "Tack",
    "Glaskross", "Frost", "Storm", "Grus", "Vall",
)  # fmt: skip

# Structured building blocks.
MOBILE_PREFIXES = ("070", "072", "073", "076", "079")
STREETS_FOR_ADDRESSES = STREETS + ("Fiskarvägen", "Gumsbackevägen", "Hjortsbergavägen", "Ekensbergsvägen")
PROPERTY_BLOCKS = (
    "Nacka Fisksätra", "Nacka Älta", "Nacka Sicklaön", "Nacka Lännersta", "Nacka Erstavik",
    "Nyköping Brandkärr", "Nyköping Oppeby", "Nyköping Harg", "Nyköping Arnö",
)  # fmt: skip
MAIL_DOMAINS = ("gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "yahoo.se", "icloud.com")
