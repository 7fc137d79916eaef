"""Names of the seventy-seventh blind corpus (tests/blind77_corpus.py): who works at, leaves rubbish at,
steals from or inspects a recycling centre in Jönköping, Värnamo and Nässjö.

Typed from the writer's own knowledge of names in Swedish towns today (no name list or package used).
Weights: Swedish about 44 %, then the Finnish, Bosnian, Kosovo-Albanian, Syriac/Assyrian, Arabic, Kurdish,
Somali, Eritrean, Afghan, Polish and other groups that live in Småland's towns. A person's middle name is a
father's name where that is usual (Somali, Eritrean, Ethiopian, Arabic, Afghan, Russian patronymics).
"""

from __future__ import annotations

# origin -> (weight, given names, surnames, nicknames)
ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        44.0,
        (
            "Anders", "Lars-Göran", "Bengt", "Gunilla", "Margareta", "Ulf", "Kent", "Roger", "Håkan",
            "Birgitta", "Ingrid", "Annika", "Pernilla", "Johanna", "Malin", "Emma", "Elsa", "Alice", "Wilma",
            "Ebba", "Agnes", "Hugo", "Oskar", "Viktor", "Axel", "Ludvig", "Albin", "Elias", "Gustav",
            "Fredrik", "Magnus", "Mattias", "Tobias", "Henrik", "Jonas", "Per-Olof", "Karl-Erik", "Ann-Sofie",
            "Eva-Lena", "Marie-Louise", "Linnéa", "Ronja", "Tilda", "Alvar", "Vidar", "Torbjörn", "Sune",
            "Gösta", "Inger", "Siv", "Berit", "Rolf", "Lennart", "Kjell", "Åsa", "Märta", "Sixten", "Tyra",
            "Hampus", "Jesper", "Sofia Maria", "Anna Karin", "Carl Johan", "Jan Erik",
        ),
        (
            "Johansson", "Karlsson", "Nilsson", "Gustafsson", "Svensson", "Petersson", "Andersson",
            "Jonsson", "Fransson", "Hultgren", "Wikström", "Ljungqvist", "Sandberg", "Carlén", "Hägg",
            "Åkesson", "Bengtsson", "Claesson", "Axelsson", "Ivarsson", "Lundgren", "Sjöberg", "Forsell",
            "Gunnarsson", "Thörn", "Wennerholm", "Stålhammar", "Rydell", "Ekström", "Palmqvist",
            "Hammarlund", "Engdahl", "Tornberg", "Magnusson", "Ottosson", "Skoglund", "von Essen",
            "af Klinteberg", "Löfgren", "Sjöstrand", "Grankvist", "Boström", "Fägerskiöld", "Roos",
        ),
        (
            "Kalle", "Lasse", "Pelle", "Nisse", "Micke", "Jocke", "Stoffe", "Bosse", "Kicki", "Lotta",
            "Sussi", "Gurra", "Tompa", "Affe", "Ante", "Janne", "Putte", "Sigge", "Lillis", "Kribbe",
            "Skrot-Janne", "Tjocka Berra", "Danne", "Robban", "Pucko",
        ),
    ),
    "finnish": (
        3.0,
        ("Jukka", "Pirjo", "Marjatta", "Kari", "Tuula", "Pekka", "Aino", "Eero", "Sirpa", "Heikki"),
        ("Virtanen", "Mäkinen", "Korhonen", "Niemi", "Heikkinen", "Laaksonen", "Hämäläinen", "Lehtonen"),
        ("Jukke", "Pirkko-mamma", "Finnen", "Tuppe"),
    ),
    "norwegian_danish": (
        1.0,
        ("Sigrid", "Ragnhild", "Øystein", "Mads", "Rasmus", "Mette", "Sindre"),
        ("Haugen", "Bakke", "Søndergaard", "Kristiansen", "Fjeldstad", "Mikkelsen"),
        ("Norsken", "Dansken"),
    ),
    "bosnian": (
        4.0,
        ("Emir", "Amra", "Senad", "Lejla", "Edin", "Merima", "Almir", "Adnan", "Selma", "Haris", "Emina"),
        ("Hodžić", "Begić", "Mehmedović", "Husić", "Delić", "Ćatić", "Halilović", "Omerović", "Mujić"),
        ("Sejo", "Mujo", "Ado", "Eki"),
    ),
    "serbian_croatian": (
        2.0,
        ("Dragan", "Milica", "Zoran", "Jelena", "Goran", "Snežana", "Nikola", "Ivana", "Marko"),
        ("Petrović", "Jovanović", "Marković", "Kovačević", "Babić", "Horvat", "Perić", "Stanković"),
        ("Gaga", "Zoki", "Peki"),
    ),
    "kosovo_albanian": (
        3.0,
        ("Arben", "Valbona", "Besnik", "Drita", "Fatmir", "Blerta", "Shkelzen", "Arta", "Driton"),
        ("Krasniqi", "Berisha", "Gashi", "Morina", "Hoxha", "Shala", "Bytyqi", "Rexhepi"),
        ("Beni", "Toni", "Fati"),
    ),
    "assyrian_syriac": (
        3.0,
        ("Gabriel", "Aphrem", "Ninos", "Shamiram", "Yakub", "Sargon", "Nahrain", "Ilona", "Bahdi"),
        ("Gabro", "Yalda", "Aydin", "Barsom", "Kourie", "Danho", "Isik", "Lahdo", "Hanna"),
        ("Gabbe", "Ninno", "Sarro"),
    ),
    "arabic_iraqi": (
        4.0,
        ("Mustafa", "Zainab", "Haider", "Noor", "Ali", "Hussein", "Fatima", "Karrar", "Ahmed", "Rusul"),
        ("al-Hashimi", "al-Jubouri", "Kadhim", "al-Saadi", "Jawad", "Abbas", "el-Tayeb", "al-Obaidi"),
        ("Abu Ali", "Hamoudi", "Zozo"),
    ),
    "syrian": (
        4.0,
        ("Omar", "Rama", "Yazan", "Lana", "Khaled", "Hiba", "Mohammad", "Aya", "Bashar", "Dana", "Tarek"),
        ("Haddad", "Khoury", "al-Masri", "Darwish", "Sabbagh", "Halabi", "Najjar", "Kassab"),
        ("Abu Omar", "Mido", "Khalo"),
    ),
    "kurdish": (
        2.0,
        ("Rebin", "Shilan", "Dilan", "Kawa", "Zhyar", "Berivan", "Rozhin", "Hiwa", "Sarbast"),
        ("Barzani", "Amedi", "Zebari", "Rashid", "Dosky", "Kurdi", "Mahmoud"),
        ("Kaka Rebin", "Dilo"),
    ),
    "persian": (
        2.0,
        ("Reza", "Shirin", "Babak", "Mahsa", "Dariush", "Parisa", "Kian", "Leyla", "Arash"),
        ("Hosseini", "Rahimi", "Karimi", "Moradi", "Jafari", "Tehrani", "Ahmadi"),
        ("Rezi", "Bobby"),
    ),
    "afghan": (
        3.0,
        ("Mohammad Nabi", "Zahra", "Hamid", "Sakina", "Rahmatullah", "Farid", "Mursal", "Samiullah"),
        ("Sultani", "Noori", "Rezaie", "Hakimi", "Stanekzai", "Ahmadzai", "Safi"),
        ("Hami", "Faridi"),
    ),
    "somali": (
        4.0,
        ("Abdirahman", "Hodan", "Mohamed", "Ifrah", "Abdullahi", "Sahra", "Liban", "Hamdi", "Ayan", "Deqa"),
        ("Farah", "Warsame", "Abdi", "Jama", "Hirsi", "Osman", "Guled", "Nur", "Aden"),
        ("Abdi-boy", "Dhuuban", "Gaabo"),
    ),
    "eritrean": (
        2.5,
        ("Yonas", "Senait", "Filmon", "Helen", "Tesfalem", "Eden", "Robel", "Selam", "Mehari", "Saba"),
        ("Tesfay", "Gebremedhin", "Haile", "Kidane", "Ghebreyesus", "Habte", "Woldu", "Berhane"),
        ("Yoni", "Fili"),
    ),
    "ethiopian": (
        1.0,
        ("Abebe", "Tigist", "Dawit", "Meron", "Bereket", "Hanna Tsion"),
        ("Tadesse", "Alemu", "Bekele", "Girma", "Mengistu"),
        ("Dawi",),
    ),
    "polish": (
        3.0,
        ("Krzysztof", "Agnieszka", "Tomasz", "Katarzyna", "Paweł", "Małgorzata", "Łukasz", "Wojciech"),
        ("Kowalski", "Nowak", "Wiśniewska", "Zieliński", "Wójcik", "Kamińska", "Lewandowski", "Szymański"),
        ("Krzysiek", "Kasia", "Tomek"),
    ),
    "lithuanian_latvian": (
        1.5,
        ("Mindaugas", "Rūta", "Darius", "Jurgita", "Andris", "Ilze", "Tomas", "Laima"),
        ("Kazlauskas", "Petraitis", "Jankauskienė", "Bērziņš", "Ozoliņš", "Vaitkus"),
        ("Mindis", "Darke"),
    ),
    "romanian": (
        1.5,
        ("Ionuț", "Mihaela", "Florin", "Andreea", "Cătălin", "Elena", "Sorin", "Ioana"),
        ("Popescu", "Ionescu", "Dumitru", "Stan", "Constantinescu", "Munteanu"),
        ("Nelu", "Fane"),
    ),
    "russian_ukrainian": (
        2.0,
        ("Oleksandr", "Natalia", "Dmitrij", "Olena", "Sergej", "Iryna", "Andrij", "Svetlana"),
        ("Shevchenko", "Kovalenko", "Ivanova", "Bondarenko", "Melnyk", "Petrenko", "Sokolov"),
        ("Sasja", "Dima", "Serjoga"),
    ),
    "turkish": (
        1.5,
        ("Mehmet", "Ayşe", "Emre", "Elif", "Hakan", "Zeynep", "Murat", "Büşra"),
        ("Yılmaz", "Demir", "Şahin", "Çelik", "Öztürk", "Kaya", "Aslan"),
        ("Memo", "Emo"),
    ),
    "thai": (
        1.0,
        ("Siriporn", "Nattaya", "Somchai", "Kanokwan", "Pimchanok"),
        ("Srisuk", "Wongsakul", "Chaiyaporn", "Bunnag"),
        ("Noi", "Ploy"),
    ),
    "vietnamese": (
        1.0,
        ("Thi Lan", "Minh", "Hoa", "Duc Anh", "Thu Trang"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu"),
        ("Bin", "Tí"),
    ),
    "chinese": (
        0.8,
        ("Wei", "Xiaoling", "Jun", "Mei", "Haoran"),
        ("Zhang", "Liu", "Chen", "Huang", "Zhou"),
        ("Xiao Wei",),
    ),
    "indian": (
        1.0,
        ("Priya", "Rahul", "Ananya", "Vikram", "Deepika", "Arjun"),
        ("Sharma", "Iyer", "Patel", "Reddy", "Nair", "Menon"),
        ("Vicky", "Pinky"),
    ),
    "english": (
        1.5,
        ("Liam", "Siobhan", "Gareth", "Chloe", "Declan", "Megan", "Ryan"),
        ("O'Brien", "O'Connor", "McKenzie", "Thompson", "D'Souza", "Hughes", "Gallagher"),
        ("Gaz", "Macca"),
    ),
    "german_dutch": (
        1.0,
        ("Jürgen", "Anke", "Matthias", "Sabine", "Joost", "Femke", "Dirk"),
        ("Schneider", "Müller", "van der Meer", "de Vries", "Hoffmann", "van Dijk", "Becker"),
        ("Jogi",),
    ),
    "latin_american": (
        1.2,
        ("Alejandro", "Camila", "José Luis", "Valentina", "Rodrigo", "Ximena", "Andrés"),
        ("González", "de la Cruz", "Muñoz", "Rojas", "dos Santos", "da Silva", "Fuentes"),
        ("Pancho", "Cami", "Rodri"),
    ),
    "greek": (
        0.7,
        ("Giorgos", "Eleni", "Kostas", "Dimitra", "Yannis"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis"),
        ("Kosta",),
    ),
    "hungarian": (
        0.6,
        ("Zoltán", "Katalin", "Gábor", "Erzsébet"),
        ("Nagy", "Szabó", "Tóth", "Farkas"),
        ("Zoli",),
    ),
    "filipino": (
        0.6,
        ("Maricel", "Jonel", "Rowena", "Arnel"),
        ("Santos", "Reyes", "Bautista", "Dela Paz"),
        ("Ate Maricel",),
    ),
}  # fmt: skip

# Fathers' names written as a middle name where that is usual.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Ahmed", "Hassan", "Yusuf", "Ismail", "Abdulkadir", "Omar"),
    "eritrean": ("Tewolde", "Mehreteab", "Ghirmay", "Araya", "Zerai"),
    "ethiopian": ("Tesfaye", "Assefa", "Worku"),
    "arabic_iraqi": ("Jassim", "Kareem", "Salman", "Abdulla"),
    "afghan": ("Gul", "Nazar", "Sher", "Jan"),
    "russian_ukrainian": ("Ivanovitj", "Petrovna", "Viktorovitj", "Mykolajivna"),
}

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "der", "de", "la", "af", "da", "dos"})

# Given names that are also Swedish or English words (name, origin).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Stig", "swedish"), ("Saga", "swedish"),
    ("Klara", "swedish"), ("Bo", "swedish"), ("Dag", "swedish"), ("Maj", "swedish"), ("Viola", "swedish"),
    ("Iris", "swedish"), ("Sol", "swedish"), ("Ask", "swedish"), ("Vide", "swedish"), ("Lo", "swedish"),
    ("Rosa", "swedish"), ("Hope", "english"), ("Grace", "english"), ("Will", "english"),
    ("Joy", "english"), ("Amber", "english"), ("Ruby", "english"),
)  # fmt: skip
# Surnames that are also Swedish or English words (name, origin).
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Ek", "swedish"), ("Björk", "swedish"), ("Lind", "swedish"), ("Holm", "swedish"),
    ("Berg", "swedish"), ("Falk", "swedish"), ("Varg", "swedish"), ("Hjort", "swedish"),
    ("Örn", "swedish"), ("Svan", "swedish"), ("Fors", "swedish"), ("Rask", "swedish"),
    ("Stark", "swedish"), ("Glad", "swedish"), ("Skog", "swedish"), ("Sand", "swedish"),
    ("Kvist", "swedish"), ("Ström", "swedish"), ("Blom", "swedish"), ("Bäck", "swedish"),
    ("Fox", "english"), ("Stone", "english"), ("Baker", "english"), ("Wolf", "german_dutch"),
)  # fmt: skip
# How often a Swedish or English person's given name / surname is a word, when not asked for.
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.06, 0.1),
    "english": (0.1, 0.1),
    "german_dutch": (0.0, 0.1),
}
