"""Names of the forty-eighth blind corpus (tests/blind48_corpus.py): people who work at, use and dump beside
the återvinningscentraler of Linköping, Växjö, Östersund, Järfälla and Halmstad, and who receive the
kommun's letters. Typed from the writer's own knowledge of Swedish towns today; no name list or package.

ORIGINS: origin -> (weight, given names, surnames, nicknames). Swedish is about 42 % by weight; the rest as
in a mid-sized Swedish town: Finnish, Arabic from Iraq and Syria, Somali, Persian, Kurdish, Bosnian, Polish,
Eritrean, Afghan, Turkish and more, and a few Sami names (Östersund). FATHERS: where a father's name is
written as a middle name. WORD_FIRST and WORD_SURNAMES: names that are also Swedish or English words.
"""

from __future__ import annotations

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "de", "af", "abu", "ben", "da", "dos"})

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        42.0,
        (
            "Anders", "Per-Erik", "Margareta", "Ulla-Britt", "Kjell", "Göran", "Birgitta", "Lennart",
            "Ingrid", "Mats", "Åsa", "Tommy", "Helena", "Jonas", "Malin", "Fredrik", "Sofia", "Emil",
            "Ebba", "Hugo", "Wilma", "Oskar", "Elsa", "Ludvig", "Astrid", "Gustav", "Signe", "Albin",
            "Moa", "Viktor", "Jenny", "Rasmus", "Therese", "Pontus", "Camilla", "Hampus", "Karin",
            "Anna Maria", "Karl Johan", "Eva-Lena", "Lars-Göran", "Ann-Christin", "Ulf", "Gunilla",
            "Torbjörn", "Maj-Britt", "Sven-Olof", "Agneta", "Henrik", "Cecilia", "Linus", "Tilda",
        ),
        (
            "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Andersson", "Pettersson",
            "Gustafsson", "Lindqvist", "Bergström", "Sjöberg", "Wallin", "Engström", "Hedlund",
            "Sandberg", "Forsberg", "Nyström", "Åkesson", "Lundgren", "Holmberg", "Axelsson", "Fransson",
            "Löfgren", "Ekdahl", "Wikström", "Sundqvist", "Öberg", "Hallberg", "Jonsson Blom",
            "af Klercker", "von Essen", "Zetterlund", "Grahn", "Rydén", "Nordin", "Olofsson",
            "Hellström", "Danielsson", "Segerström", "Ljungberg", "Persson", "Svensson",
        ),
        (
            "Kalle", "Pelle", "Nisse", "Lasse", "Micke", "Jocke", "Bosse", "Kicki", "Tompa", "Gurra",
            "Stickan", "Sanna", "Lotta", "Jompa", "Affe", "Pirre", "Totte", "Nettan", "Lillis", "Kenta",
        ),
    ),
    "finnish": (
        4.0,
        ("Pekka", "Jukka", "Sirpa", "Marjatta", "Tuula", "Raimo", "Heikki", "Aino", "Eero", "Päivi"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laitinen", "Hämäläinen", "Koskela"),
        ("Pekkis", "Jussi", "Raikka", "Tupu"),
    ),
    "norwegian": (
        1.2,
        ("Sigrid", "Håkon", "Ingvild", "Torstein", "Solveig", "Øyvind"),
        ("Haugen", "Solberg", "Bakke", "Kristiansen", "Sæther", "Fjeld"),
        ("Tosse", "Håkke"),
    ),
    "danish": (
        0.8,
        ("Mette", "Søren", "Rasmus", "Kirsten", "Bjarne"),
        ("Mikkelsen", "Sørensen", "Kjær", "Thygesen", "Østergaard"),
        ("Søs", "Bjarnis"),
    ),
    "sami": (
        0.4,
        ("Ánte", "Máret", "Biret", "Ovllá", "Nils-Ánte", "Sunná", "Elle"),
        ("Labba", "Kuhmunen", "Kroik", "Jåma", "Sunna", "Omma", "Kitok"),
        ("Ánde", "Mággá"),
    ),
    "arabic_iraq": (
        3.5,
        ("Mustafa", "Haider", "Zainab", "Hussein", "Ammar", "Noor", "Ali Reza", "Saif", "Rusul", "Karrar"),
        ("Al-Jubouri", "al-Obaidi", "Kadhim", "Jabbar", "Al-Saadi", "Hamoudi", "Mahdi", "Al-Khafaji"),
        ("Abu Hamza", "Hamoudi", "Zozo", "Abu Ali"),
    ),
    "arabic_syria": (
        3.5,
        ("Omar", "Rania", "Khaled", "Yara", "Bashar", "Hala", "Tarek", "Dalia", "Ayham", "Majd"),
        ("Haddad", "Al-Hamwi", "Kassab", "Shami", "Darwish", "Halabi", "Najjar", "al-Masri"),
        ("Abu Omar", "Hamo", "Toto", "Dodo"),
    ),
    "lebanese": (
        0.8,
        ("Georges", "Rita", "Elias", "Nadine", "Charbel"),
        ("Khoury", "Haddad-Saab", "Aoun", "Gemayel", "Nassar"),
        ("Jojo", "Lulu"),
    ),
    "somali": (
        2.5,
        ("Abdirahman", "Hodan", "Faadumo", "Mohamed", "Sahra", "Abdullahi", "Hibaaq", "Liban", "Ayaan"),
        ("Warsame", "Farah", "Jama", "Abdi", "Osman", "Hirsi", "Guuleed", "Dahir"),
        ("Dheere", "Yare", "Faysal-ka", "Gaab"),
    ),
    "persian": (
        2.5,
        ("Reza", "Shirin", "Dariush", "Parisa", "Kaveh", "Nasrin", "Babak", "Mahsa", "Arash"),
        ("Hosseini", "Rahimi", "Karimi", "Moradi", "Tehrani", "Jafari", "Sadeghi", "Ahmadi"),
        ("Mamad", "Bobby", "Shiri"),
    ),
    "kurdish": (
        2.5,
        ("Rebwar", "Shilan", "Dilan", "Hawre", "Nazdar", "Aram", "Rojin", "Karwan", "Sherzad"),
        ("Barzani", "Mahmoud", "Rashid", "Kakei", "Zangana", "Hawrami", "Baban"),
        ("Azo", "Rebo", "Shvan"),
    ),
    "turkish": (
        1.8,
        ("Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Serkan", "Gülsen"),
        ("Yılmaz", "Demir", "Kaya", "Çelik", "Aydın", "Öztürk", "Arslan"),
        ("Memo", "Cano", "Apo"),
    ),
    "bosnian": (
        1.8,
        ("Emir", "Amra", "Adnan", "Selma", "Mirza", "Lejla", "Edin", "Dina"),
        ("Hodžić", "Begović", "Mehmedović", "Delić", "Husić", "Kovačević"),
        ("Mujo", "Eki", "Seki"),
    ),
    "serbian": (
        1.0,
        ("Dragan", "Milica", "Nenad", "Jelena", "Zoran"),
        ("Petrović", "Jovanović", "Nikolić", "Stojanović", "Marković"),
        ("Gaga", "Zoki"),
    ),
    "croatian": (
        0.8,
        ("Ivana", "Tomislav", "Marija", "Stjepan"),
        ("Horvat", "Babić", "Jurić", "Knežević"),
        ("Tomo", "Stipe"),
    ),
    "albanian": (
        1.4,
        ("Arben", "Blerta", "Driton", "Valbona", "Fatmir", "Arta"),
        ("Berisha", "Krasniqi", "Gashi", "Hoxha", "Morina"),
        ("Beni", "Toni"),
    ),
    "polish": (
        2.4,
        ("Krzysztof", "Agnieszka", "Tomasz", "Magdalena", "Paweł", "Katarzyna", "Marek", "Joanna"),
        ("Kowalski", "Nowak", "Wiśniewska", "Zieliński", "Lewandowska", "Kamiński", "Wójcik"),
        ("Kuba", "Gosia", "Kasia", "Tomek", "Bartek"),
    ),
    "eritrean": (
        1.5,
        ("Yonas", "Senait", "Tesfalem", "Helen", "Mebrahtu", "Saba", "Filmon"),
        ("Tesfay", "Gebremedhin", "Haile", "Kidane", "Woldu", "Berhane"),
        ("Jojo", "Fili"),
    ),
    "ethiopian": (
        0.7,
        ("Abebe", "Tigist", "Dawit", "Meron", "Yared"),
        ("Tadesse", "Alemu", "Bekele", "Girma"),
        ("Dave", "Miki"),
    ),
    "afghan": (
        2.0,
        ("Ahmad Shah", "Mursal", "Farid", "Zahra", "Mujtaba", "Setara", "Nasir", "Hamid"),
        ("Rahmani", "Hakimi", "Amiri", "Noori", "Sultani", "Wardak", "Popal"),
        ("Hamo", "Faro"),
    ),
    "chilean": (
        1.0,
        ("Carlos", "Ximena", "Patricio", "Macarena", "Rodrigo", "Paz"),
        ("González", "Muñoz", "Rojas", "Fuentes", "de la Fuente", "Sepúlveda"),
        ("Pato", "Checho", "Maca"),
    ),
    "english": (
        0.9,
        ("Oliver", "Charlotte", "Gareth", "Siobhan", "Liam", "Niamh", "Patrick"),
        ("O'Connor", "Thompson", "Walsh", "O'Brien", "Murphy", "Davies", "Hughes"),
        ("Ollie", "Paddy", "Charlie"),
    ),
    "german": (
        0.9,
        ("Jürgen", "Anke", "Matthias", "Sabine", "Uwe", "Katrin"),
        ("Schneider", "Müller", "Becker", "von Bülow", "Hoffmann", "Krüger"),
        ("Jogi", "Uwi"),
    ),
    "dutch": (
        0.5,
        ("Joost", "Femke", "Sander", "Marloes"),
        ("van Dijk", "de Jong", "van der Berg", "Visser", "Bakker"),
        ("Joppie", "Fem"),
    ),
    "thai": (
        1.0,
        ("Siriporn", "Nong", "Malee", "Somchai", "Pranee", "Kannika"),
        ("Srisuk", "Wongsawat", "Chaiyaphum", "Boonmee", "Thongdee"),
        ("Noi", "Lek", "Pim"),
    ),
    "vietnamese": (
        0.7,
        ("Thi Lan", "Van Minh", "Huong", "Duc", "Mai"),
        ("Nguyen", "Tran", "Pham", "Le", "Vu"),
        ("Bé", "Tí"),
    ),
    "chinese": (
        0.6,
        ("Wei", "Xiaoling", "Jun", "Mei", "Hao"),
        ("Zhang", "Wang", "Liu", "Chen", "Zhou"),
        ("Xiao Wang", "Lulu"),
    ),
    "indian": (
        1.2,
        ("Priya", "Rahul", "Ananya", "Vikram", "Deepa", "Arjun"),
        ("Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta"),
        ("Vicky", "Bunty", "Pinky"),
    ),
    "pakistani": (
        0.6,
        ("Imran", "Ayesha", "Usman", "Sana"),
        ("Qureshi", "Chaudhry", "Malik", "Butt"),
        ("Immi", "Shani"),
    ),
    "russian": (
        0.8,
        ("Dmitrij", "Olga", "Sergej", "Natalja", "Aleksej"),
        ("Ivanov", "Smirnova", "Kuznetsov", "Popova", "Volkov"),
        ("Dima", "Serjoga", "Natasja"),
    ),
    "ukrainian": (
        1.0,
        ("Oleksandr", "Iryna", "Bohdan", "Oksana", "Taras", "Yuliia"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk"),
        ("Sasha", "Bodia", "Ira"),
    ),
    "romanian": (
        0.8,
        ("Ionuț", "Florin", "Mihaela", "Andreea", "Gheorghe"),
        ("Popescu", "Ionescu", "Dumitru", "Stan", "Constantin"),
        ("Nelu", "Gicu"),
    ),
    "greek": (
        0.4,
        ("Giorgos", "Eleni", "Nikos", "Dimitra"),
        ("Papadopoulos", "Georgiou", "Nikolaidis"),
        ("Takis", "Koula"),
    ),
    "hungarian": (
        0.4,
        ("László", "Zsófia", "Gábor", "Erzsébet"),
        ("Nagy", "Szabó", "Tóth", "Kovács"),
        ("Laci", "Zsofi"),
    ),
    "congolese": (
        0.6,
        ("Jean-Pierre", "Grâce", "Patrice", "Mireille", "Christelle"),
        ("Mukendi", "Kabongo", "Ilunga", "Tshibanda", "N'Diaye"),
        ("JP", "Mimi"),
    ),
    "nigerian": (
        0.5,
        ("Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka"),
        ("Okafor", "Adeyemi", "Eze", "Okonkwo"),
        ("Seun", "Ada"),
    ),
    "filipino": (
        0.4,
        ("Maricel", "Jericho", "Rowena", "Ramil"),
        ("Santos", "dela Cruz", "Reyes", "Bautista"),
        ("Tintin", "Jojit"),
    ),
}  # fmt: skip

# Father's names written as a middle name, where that is usual.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Ahmed", "Hassan", "Yusuf", "Ismail", "Nur", "Aden"),
    "eritrean": ("Tekle", "Ghirmay", "Habte", "Mehari"),
    "ethiopian": ("Worku", "Getachew", "Assefa"),
    "arabic_iraq": ("Abdulkarim", "Jassim", "Fadhil"),
    "arabic_syria": ("Mohammad", "Adnan", "Fawaz"),
    "afghan": ("Gul", "Mohammad"),
}

# Given names that are also words: (name, origin).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"),
    ("Björn", "swedish"),
    ("Inga", "swedish"),
    ("Bo", "swedish"),
    ("Dag", "swedish"),
    ("Liv", "swedish"),
    ("Saga", "swedish"),
    ("Klara", "swedish"),
    ("Stig", "swedish"),
    ("Vide", "swedish"),
    ("Ask", "swedish"),
    ("Linnea", "swedish"),
    ("Viola", "swedish"),
    ("Tuva", "swedish"),
    ("Vilja", "swedish"),
    ("Hope", "english"),
    ("Grace", "english"),
    ("Rose", "english"),
    ("Will", "english"),
    ("Mark", "english"),
    ("Sol", "chilean"),
    ("Said", "arabic_iraq"),
    ("Lina", "arabic_syria"),
)

# Surnames that are also words: (name, origin).
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"),
    ("Lind", "swedish"),
    ("Ek", "swedish"),
    ("Björk", "swedish"),
    ("Holm", "swedish"),
    ("Strand", "swedish"),
    ("Ström", "swedish"),
    ("Gran", "swedish"),
    ("Falk", "swedish"),
    ("Örn", "swedish"),
    ("Hjort", "swedish"),
    ("Malm", "swedish"),
    ("Lilja", "swedish"),
    ("Kvist", "swedish"),
    ("Fors", "swedish"),
    ("Frisk", "swedish"),
    ("Glad", "swedish"),
    ("Ljung", "swedish"),
    ("Svan", "swedish"),
    ("Vik", "swedish"),
    ("Green", "english"),
    ("Young", "english"),
    ("King", "english"),
    ("Stone", "english"),
    ("Wolf", "german"),
)

# How often a drawn person of an origin carries a word name in an ordinary slot: (given, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.04, 0.07),
    "english": (0.1, 0.1),
    "german": (0.0, 0.1),
    "chilean": (0.05, 0.0),
    "arabic_iraq": (0.03, 0.0),
    "arabic_syria": (0.04, 0.0),
}
