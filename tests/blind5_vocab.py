"""Vocabulary of the fifth blind redaction corpus (issue 14), written from the author's own knowledge of
names in Sweden today and of the places an EST report mentions; no name package, no project name list."""

from __future__ import annotations

# origin -> (first names, surnames); weights in ORIGIN_WEIGHTS give rough present-day proportions.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        ("Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Emma", "Johanna", "Malin", "Ulrika",
         "Therese", "Jenny", "Linnéa", "Maja", "Elsa", "Agnes", "Wilma", "Ebba", "Tilde", "Moa", "Hanna",
         "Erik", "Lars", "Karl", "Anders", "Johan", "Per-Olof", "Mikael", "Fredrik", "Henrik", "Mattias",
         "Joakim", "Niklas", "Oskar", "Gustav", "Viktor", "Hampus", "Linus", "Måns", "Elias", "Ludvig",
         "Ann-Britt", "Gunilla", "Birgitta", "Kjell", "Göran", "Leif", "Sune", "Tommy", "Conny", "Jonna"),
        ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
         "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Magnusson", "Lindström",
         "Axelsson", "Bergström", "Lundgren", "Sandberg", "Forsberg", "Sjöberg", "Wallin", "Engström",
         "Danielsson", "Håkansson", "Lundin", "Björklund", "Fransson", "Nyberg", "Holmgren", "Blomqvist",
         "Hedlund", "Sundqvist", "Wikström", "Ekman", "Öberg", "Åkesson", "Strömberg", "Grahn"),
    ),
    "nordic": (
        ("Sigrid", "Ingrid", "Solveig", "Astrid", "Kari", "Mette", "Rasmus", "Søren", "Ole", "Halvard",
         "Trond", "Bjarne", "Guðrún", "Einar", "Freja", "Tove"),
        ("Hansen", "Jensen", "Halvorsen", "Christensen", "Nygaard", "Bakke", "Sørensen", "Mortensen",
         "Jónsdóttir", "Haugland"),
    ),
    "finnish": (
        ("Jukka", "Pekka", "Mikko", "Timo", "Sami", "Juha", "Kari", "Tuula", "Päivi", "Riikka", "Satu",
         "Aino", "Eino", "Veikko", "Sirpa", "Anneli", "Hannele", "Jyrki", "Tapio", "Marjatta"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
         "Järvinen", "Lehtonen", "Salminen", "Kettunen", "Rantanen", "Peltola", "Hyvönen", "Väisänen"),
    ),
    "arabic": (
        ("Mohammed", "Ahmad", "Ali", "Omar", "Yousef", "Khaled", "Hassan", "Ibrahim", "Mustafa", "Karim",
         "Bilal", "Hamza", "Fatima", "Aisha", "Mariam", "Noor", "Rana", "Lina", "Hiba", "Yasmin", "Zainab",
         "Layla", "Samir", "Tareq", "Walid", "Rami"),
        ("Haddad", "Al-Hassan", "Khalil", "Saleh", "Nasser", "Hamdan", "Mansour", "Abbas", "Jaber",
         "al-Tamimi", "Darwish", "Rahman", "Qasim", "Hussein", "Shammari", "Obeid", "Suleiman"),
    ),
    "somali": (
        ("Abdirahman", "Abdullahi", "Mahad", "Liban", "Hodan", "Hawa", "Ubah", "Sahra", "Idil", "Farhiya",
         "Guled", "Abdikarim", "Nasteexo", "Ayaan", "Mursal"),
        ("Warsame", "Farah", "Abdi", "Jama", "Hirsi", "Egal", "Mohamud", "Nur", "Aden", "Osman", "Yusuf",
         "Dahir"),
    ),
    "persian": (
        ("Reza", "Mehdi", "Dariush", "Kaveh", "Babak", "Shirin", "Parisa", "Nasrin", "Golnar", "Arash",
         "Roya", "Soheila", "Behrouz"),
        ("Hosseini", "Karimi", "Rahimi", "Tehrani", "Moradi", "Jafari", "Sadeghi", "Mohammadi", "Ahmadi",
         "Rostami", "Bahrami"),
    ),
    "kurdish": (
        ("Rebin", "Dilan", "Zhiyar", "Rojda", "Berivan", "Hejar", "Shilan", "Azad", "Kawa", "Nawroz",
         "Delal", "Serdar"),
        ("Barzani", "Amedi", "Zebari", "Kaya", "Doski", "Hawrami", "Baban", "Mahmoud"),
    ),
    "turkish": (
        ("Emre", "Mehmet", "Hakan", "Burak", "Cem", "Elif", "Zeynep", "Ayşe", "Selin", "Murat", "Deniz",
         "Yusuf", "Ebru"),
        ("Yılmaz", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
         "Aksoy"),
    ),
    "balkan": (
        ("Nikola", "Dragan", "Milan", "Jasmina", "Emir", "Amra", "Edin", "Selma", "Goran", "Vesna", "Adnan",
         "Mirela", "Dževad", "Ivana", "Zoran"),
        ("Hodžić", "Kovačević", "Petrović", "Jovanović", "Begić", "Hadžić", "Mehmedović", "Babić", "Marić",
         "Nikolić", "Delić", "Zukic"),
    ),
    "polish": (
        ("Katarzyna", "Agnieszka", "Tomasz", "Piotr", "Krzysztof", "Magdalena", "Paweł", "Łukasz", "Marta",
         "Wojciech"),
        ("Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymańska",
         "Grabowski"),
    ),
    "tigrinya": (
        ("Yonas", "Tesfay", "Mehari", "Senait", "Hiwet", "Filmon", "Merhawi", "Selam", "Helen", "Robel",
         "Saba", "Awet"),
        ("Tesfamariam", "Gebremedhin", "Haile", "Berhane", "Kidane", "Tekle", "Ghebreyesus", "Woldu",
         "Habte"),
    ),
    "afghan": (
        ("Mohammad Nabi", "Abdul", "Hamid", "Farid", "Sayed", "Shabnam", "Mursal", "Habibullah", "Zahra",
         "Parwana", "Khalid", "Rahmatullah", "Najib"),
        ("Rahimi", "Noori", "Hakimi", "Sultani", "Popal", "Amiri", "Wardak", "Azizi", "Stanikzai", "Haidari"),
    ),
    "assyrian": (
        ("Sargon", "Ninos", "Shamiram", "Ashur", "Nahrin", "Gabriel", "Afram", "Tamar", "Ilona", "Aziz",
         "Melke", "Fehmi"),
        ("Yakoub", "Gabro", "Aydin", "Barsom", "Danho", "Ishak", "Lahdo", "Malke", "Bahdi", "Chamoun"),
    ),
    "albanian": (
        ("Arben", "Besnik", "Driton", "Valon", "Fatos", "Arta", "Blerta", "Drita", "Liridona", "Egzon",
         "Shpresa"),
        ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Shala", "Morina", "Bytyqi", "Rexhepi", "Kelmendi"),
    ),
    "sami": (
        ("Áile", "Máret", "Ánte", "Niila", "Sunna", "Jovnna", "Biret", "Elle", "Nils-Ánte", "Inga"),
        ("Labba", "Sara", "Kuhmunen", "Omma", "Pirak", "Utsi", "Blind", "Tuuri", "Skum", "Spik"),
    ),
    "thai": (
        ("Somchai", "Siriporn", "Nattaya", "Kanya", "Anong", "Wanida", "Pranee", "Malee"),
        ("Srisuk", "Chaiyaporn", "Wongsawat", "Saetang", "Boonmee", "Phromma"),
    ),
    "vietnamese": (
        ("Minh", "Thanh", "Huong", "Linh", "Tuan", "Hoa", "Quang", "Thu"),
        ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"),
    ),
    "chinese": (
        ("Wei", "Xiaoming", "Jing", "Yan", "Hao", "Li Na", "Zhiwei", "Mei"),
        ("Wang", "Zhang", "Chen", "Liu", "Huang", "Zhao", "Zhou", "Xu"),
    ),
    "ukrainian": (
        ("Oleksandr", "Olena", "Iryna", "Andrii", "Mykola", "Tetiana", "Yulia", "Dmytro", "Bohdan", "Oksana"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk", "Boyko", "Lysenko"),
    ),
    "romani": (
        ("Fernando", "Dzemal", "Rosita", "Mirsada", "Baro", "Sandokan", "Rupa", "Lenka", "Katica"),
        ("Taikon", "Dimitri", "Caldaras", "Demeter", "Kwiek", "Ivanovitch", "Lundgren-Taikon"),
    ),
    "latin": (
        ("Carlos", "Alejandra", "Camila", "Diego", "Javier", "Valentina", "Andrés", "Luisa", "Mateo",
         "Ximena"),
        ("González", "Rodríguez", "Fernández", "Muñoz", "Rojas", "Gutiérrez", "Castillo", "Vargas", "Peña"),
    ),
    "west_african": (
        ("Kwame", "Abena", "Chinedu", "Ngozi", "Oluwaseun", "Fatoumata", "Mamadou", "Aminata", "Kofi",
         "Ousmane"),
        ("Mensah", "Okafor", "Adeyemi", "Diallo", "Traoré", "Ndiaye", "Boateng", "Camara", "Owusu"),
    ),
}  # fmt: skip

ORIGIN_WEIGHTS = {
    "swedish": 40, "nordic": 3, "finnish": 6, "arabic": 10, "somali": 5, "persian": 4, "kurdish": 3,
    "turkish": 3, "balkan": 4, "polish": 3, "tigrinya": 3, "afghan": 3, "assyrian": 3, "albanian": 2,
    "sami": 1, "thai": 1, "vietnamese": 1, "chinese": 1, "ukrainian": 2, "romani": 1, "latin": 2,
    "west_african": 2,
}  # fmt: skip

# (nickname, origin): how colleagues and youths are named in reports.
NICKNAMES = (
    ("Kalle", "swedish"), ("Micke", "swedish"), ("Jocke", "swedish"), ("Lasse", "swedish"),
    ("Pelle", "swedish"), ("Nisse", "swedish"), ("Stoffe", "swedish"), ("Mange", "swedish"),
    ("Tobbe", "swedish"), ("Frasse", "swedish"), ("Kricke", "swedish"), ("Benke", "swedish"),
    ("Bettan", "swedish"), ("Lollo", "swedish"), ("Gittan", "swedish"), ("Sussi", "swedish"),
    ("Affe", "swedish"), ("Jonte", "swedish"), ("Hasse", "swedish"), ("Robban", "swedish"),
    ("Abbe", "arabic"), ("Mo", "arabic"), ("Hammo", "arabic"), ("Yoyo", "arabic"), ("Musse", "arabic"),
    ("Memo", "turkish"), ("Ali-boy", "arabic"), ("Jussi", "finnish"), ("Pekkis", "finnish"),
    ("Sakke", "finnish"), ("Dino", "balkan"), ("Kiki", "balkan"), ("Shiro", "kurdish"),
    ("Abdi-K", "somali"), ("Liibaan-L", "somali"), ("Sasha", "ukrainian"), ("Tesfi", "tigrinya"),
    ("Gabbe", "assyrian"), ("Reza-R", "persian"), ("Nacho", "latin"),
)  # fmt: skip

# First names that are also ordinary Swedish words (or read as such), with their origin.
WORD_NAMES = (
    ("Björn", "swedish"), ("Sten", "swedish"), ("Stig", "swedish"), ("Bo", "swedish"),
    ("Ulf", "swedish"), ("Rut", "swedish"), ("Dag", "swedish"), ("Saga", "swedish"),
    ("Vilja", "swedish"), ("Klara", "swedish"), ("Ask", "swedish"), ("Frej", "swedish"),
    ("Iris", "swedish"), ("Viola", "swedish"), ("Sol", "swedish"), ("Vide", "swedish"),
    ("Lejon", "swedish"), ("Malva", "swedish"), ("Tyra", "swedish"), ("Vera", "swedish"),
    ("Nour", "arabic"), ("Amal", "arabic"), ("Hope", "west_african"), ("Blessing", "west_african"),
    ("Sabah", "arabic"), ("Fanny", "swedish"), ("Love", "swedish"), ("Hjördis", "swedish"),
    ("Siv", "swedish"), ("Ros", "swedish"),
)  # fmt: skip
# Surnames that are also words, used after a role ("väktare Björk").
WORD_SURNAMES = ("Björk", "Lind", "Ek", "Berg", "Holm", "Ström", "Fors", "Ros", "Falk", "Hjort", "Lax",
                 "Stål")  # fmt: skip

ROLES = (
    "väktare", "vakten", "ordningsvakt", "OV", "polisinspektör", "kommunpolis", "polisassistent", "rektor",
    "biträdande rektor", "fritidsledare", "socialsekreterare", "fältassistent", "trygghetsvärd",
    "fastighetsvärd", "bovärd", "förvaltare", "områdesansvarig", "lärare", "kurator", "skolsköterska",
    "mentor", "handläggare", "vaktmästare", "boende", "hyresgäst", "målsägande", "anmälare", "hr",
    "fru", "herr", "räddningsledare", "insatsledare", "styckbiträdet", "kassörskan",
)  # fmt: skip

PLACES = (
    "Fisksätra", "Brandkärr", "Älta", "Saltsjöbaden", "Nyköping", "Nacka", "Erstavik", "Långberget",
    "Nacka strand", "Sickla", "Orminge", "Oxelösund", "Stigtomta", "Arnö", "Harg", "Svalsta", "Ekbacken",
    "Rosenlund", "Marieberg", "Kristineberg", "Bagarmossen", "Skogsö", "Tollare", "Kungsör", "Trosa",
)  # fmt: skip
INSTITUTIONS = (
    "Brandkärrsskolan", "Långbergsskolan", "Mariebergsgården", "Sigfridsborgsskolan", "Älta tennishall",
    "Fisksätra skola", "Fisksätra fritidsgård", "Fisksätra bibliotek", "Ältaskolan", "vårdcentralen i Älta",
    "Nyköpings lasarett", "Fisksätra station", "Älta centrum", "Fisksätra centrum", "Brandkärrs centrum",
    "Nyköpings gymnasium", "Tessinskolan", "Familjecentralen", "Ältahallen", "Brandkärrshallen",
    "Nacka gymnasium", "Fisksätra folkets hus", "Hotell Kompaniet", "Stadsbiblioteket",
)  # fmt: skip
STREETS = (
    "Fisksätravägen", "Brandkärrsvägen", "Ältavägen", "Storgatan", "Västra Storgatan", "Brunnsgatan",
    "Tennisvägen", "Ringvägen", "Fiskarevägen", "Krokvägen", "Lovisedalsvägen", "Stensövägen",
    "Hasselbacken", "Oxelösundsvägen", "Kvarnbergsvägen", "Älta strandväg", "Fisksätra allé",
    "Herrhagsvägen", "Östra Kyrkogatan", "Sjöbrovägen", "Skolgången", "Gästgivarevägen",
)  # fmt: skip
PERSON_STREETS = (
    "Olof Palmes gata", "Stig Dagermans väg", "Drottning Kristinas väg", "Gustav Adolfs torg",
    "Astrid Lindgrens väg", "Evert Taubes gata", "Selma Lagerlöfs väg", "Carl Larssons väg",
    "Anders Celsius gata", "Karin Boyes gata", "Nils Ferlins väg", "Greta Garbos väg",
)  # fmt: skip
ORGANISATIONS = (
    "Nyköpingshem", "HSB", "Rikshem", "Stena Fastigheter", "Wallenstam", "Securitas", "Avarn",
    "Nattvandrarna", "Fryshuset", "Räddningstjänsten Storstockholm", "Sörmlandskustens räddningstjänst",
    "SL", "Nacka vatten",
    "Svenska kyrkan", "Röda korset", "Friends", "Maskrosbarn", "Brå", "Länsstyrelsen", "Coompanion",
    "Hyresgästföreningen", "Nacka kommun", "Socialtjänsten", "Skolverket", "Ungdomsmottagningen",
)  # fmt: skip
BUS_LINES = ("414", "417", "428", "409", "471", "701", "702", "713", "840", "401", "444")
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")  # fmt: skip
EMAIL_DOMAINS = ("gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "live.se", "yahoo.se", "telia.com",
                 "icloud.com", "bredband.net", "spray.se")  # fmt: skip
# Letters a Swedish plate never uses (I, Q, V, Å, Ä, Ö), so these are the ones it may.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
