"""Names of the thirty-sixth blind corpus (tests/blind36_corpus.py): who walks a trygghetsvandring or sits at
a medborgardialog in Gävle, Borås and Sundsvall today. Typed from the writer's own knowledge of Swedish towns,
no name list or package read.

ORIGINS: origin -> (weight, given names, surnames, nicknames). Swedish names are about two in five of the
draws; the rest as people in Sätra, Hässleholmen or Skönsberg are named: Finnish, Arabic (Iraq, Syria,
Lebanon), Somali, Eritrean, Afghan, Iranian, Kurdish, Turkish, Bosnian, Polish, and a long tail. FATHERS:
origins whose people often write a father's name between given name and surname. WORD_FIRST and
WORD_SURNAMES: names that are also Swedish or English words.
"""

from __future__ import annotations

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "de", "af", "da", "di", "abu"})

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        41.0,
        (
            "Anna-Karin",
            "Per-Olof",
            "Karl Johan",
            "Ulla-Britt",
            "Ingegerd",
            "Gunnel",
            "Torbjörn",
            "Rolf",
            "Margareta",
            "Lennart",
            "Kerstin",
            "Göran",
            "Birgitta",
            "Håkan",
            "Monica",
            "Anders",
            "Helena",
            "Mattias",
            "Jessica",
            "Fredrik",
            "Sofia",
            "Johanna",
            "Emil",
            "Elin",
            "Oskar",
            "Wilma",
            "Albin",
            "Ebba",
            "Linnéa",
            "Hampus",
            "Agnes",
            "Gustav",
            "Moa",
            "Viktor",
            "Thea",
            "Lars-Erik",
            "Åsa",
            "Sven-Åke",
            "Maj-Lis",
            "Ylva",
            "Örjan",
            "Pernilla",
            "Magnus",
            "Tove",
            "Jonas",
            "Camilla",
            "Stina",
            "Ingvar",
            "Lovisa",
            "Hjalmar",
            "Greta",
            "Ture",
            "Malin",
            "Kristoffer",
            "Therese",
        ),
        (
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Olsson",
            "Persson",
            "Svensson",
            "Gustafsson",
            "Pettersson",
            "Jonsson",
            "Jansson",
            "Hansson",
            "Bengtsson",
            "Lindgren",
            "Sjöberg",
            "Wallin",
            "Engström",
            "Hedlund",
            "Lundqvist",
            "Norberg",
            "Sundström",
            "Öberg",
            "Hägglund",
            "Westerlund",
            "Forsberg",
            "Edlund",
            "Nordin",
            "Strömberg",
            "Åkerman",
            "Blomqvist",
            "Granlund",
            "Vikström",
            "Sandberg",
            "Bergkvist",
            "Hellström",
            "Löfgren",
            "Ekström",
            "Sjödin",
            "Hallberg",
            "Wikman",
            "Danielsson",
            "Åström",
            "von Essen",
            "af Klercker",
            "De Geer",
            "Grahn",
            "Myrberg",
            "Tjärnström",
            "Boström",
            "Brännström",
            "Palmqvist",
            "Rydén",
        ),
        (
            "Kalle",
            "Pelle",
            "Nisse",
            "Lasse",
            "Micke",
            "Jocke",
            "Bosse",
            "Kicki",
            "Lotta",
            "Mackan",
            "Affe",
            "Tompa",
            "Gunsan",
            "Kajsan",
            "Lillis",
            "Totte",
            "Janne",
            "Pysen",
        ),
    ),  # fmt: skip
    "finnish": (
        5.0,
        ("Pirjo", "Seppo", "Marjatta", "Jukka", "Tuula", "Raimo", "Aila", "Kari", "Eija", "Timo", "Riitta"),
        (
            "Virtanen",
            "Korhonen",
            "Mäkinen",
            "Nieminen",
            "Heikkinen",
            "Laitinen",
            "Hämäläinen",
            "Salonen",
            "Koskinen",
            "Rantanen",
            "Järvinen",
            "Lehtonen",
        ),
        ("Seppe", "Pikku-Kari", "Tuuli", "Jukkis"),
    ),  # fmt: skip
    "iraqi": (
        4.0,
        ("Mustafa", "Zainab", "Haider", "Noor", "Ammar", "Rusul", "Hussein", "Zahraa", "Muntadher", "Ayat"),
        ("al-Jaberi", "Hassan", "Kadhim", "al-Maliki", "Jawad", "al-Saadi", "Abbas", "Mahdi", "al-Rubaie"),
        ("Mousa", "Abu Haider", "Hamoudi", "Zizo"),
    ),  # fmt: skip
    "syrian": (
        4.0,
        ("Rami", "Lama", "Bashar", "Rasha", "Ghaith", "Hiba", "Wael", "Nour", "Khaled", "Yara", "Omar"),
        ("Haddad", "Khoury", "Darwish", "al-Halabi", "Sabbagh", "Kassab", "Hamwi", "Shami", "Najjar"),
        ("Abu Omar", "Ramo", "Lulu", "Shadi"),
    ),  # fmt: skip
    "somali": (
        4.0,
        ("Hodan", "Abdirahman", "Fartun", "Abdullahi", "Sahra", "Mahad", "Ayaan", "Liban", "Hamdi", "Ilhan"),
        ("Warsame", "Farah", "Jama", "Abdi", "Hirsi", "Dualeh", "Nur", "Osman", "Mohamud", "Yusuf"),
        ("Cadde", "Xamse", "Dheere", "Yare"),
    ),  # fmt: skip
    "eritrean": (
        2.0,
        ("Semhar", "Yonas", "Helen", "Filmon", "Senait", "Dawit", "Luwam", "Robel", "Mehret"),
        ("Tesfay", "Ghebremedhin", "Haile", "Tekle", "Berhane", "Woldu", "Kidane", "Mebrahtu"),
        ("Yoni", "Seme", "Robi"),
    ),  # fmt: skip
    "ethiopian": (
        1.0,
        ("Tigist", "Abebe", "Meron", "Bereket", "Hanna", "Yared", "Selamawit"),
        ("Alemu", "Bekele", "Getachew", "Tadesse", "Mengistu", "Worku"),
        ("Beki", "Seli", "Abi"),
    ),  # fmt: skip
    "afghan": (
        2.5,
        (
            "Mohammad Reza",
            "Fereshta",
            "Ahmad Shah",
            "Zarghuna",
            "Naqib",
            "Mursal",
            "Farid",
            "Shabnam",
            "Ali Akbar",
            "Zuhal",
        ),
        ("Rahimi", "Ahmadzai", "Noori", "Sultani", "Hakimi", "Popal", "Karimi", "Stanikzai", "Wardak"),
        ("Reza", "Faro", "Shabi"),
    ),  # fmt: skip
    "iranian": (
        2.5,
        ("Shirin", "Babak", "Maryam", "Kaveh", "Parisa", "Arash", "Nasrin", "Dariush", "Leila", "Behrouz"),
        ("Mohammadi", "Tehrani", "Hosseini", "Rostami", "Farahani", "Jafari", "Sadeghi", "Esfahani"),
        ("Babi", "Pari", "Dari"),
    ),  # fmt: skip
    "kurdish": (
        2.0,
        ("Rojda", "Dilan", "Shirwan", "Berivan", "Hawre", "Nishtiman", "Karwan", "Avin", "Rebin", "Zhilwan"),
        ("Barzani", "Hawrami", "Amedi", "Zebari", "Mirani", "Dosky", "Soran", "Sindi"),
        ("Roji", "Kaka Karwan", "Dili"),
    ),  # fmt: skip
    "turkish": (
        2.0,
        ("Emre", "Elif", "Mehmet", "Zeynep", "Burak", "Ayşe", "Serkan", "Gülay", "Murat", "Derya"),
        ("Yılmaz", "Öztürk", "Demir", "Kaya", "Çelik", "Aydın", "Arslan", "Doğan", "Şahin"),
        ("Memo", "Eli", "Buri"),
    ),  # fmt: skip
    "bosnian": (
        2.0,
        ("Amra", "Edin", "Selma", "Mirza", "Lejla", "Adnan", "Emina", "Haris", "Amela", "Nermin"),
        ("Hodžić", "Begić", "Mehmedović", "Ahmetović", "Hadžić", "Kovačević", "Delić", "Mujić"),
        ("Mirzo", "Edo", "Leki"),
    ),  # fmt: skip
    "serbian": (
        1.2,
        ("Dragan", "Jelena", "Nenad", "Milica", "Zoran", "Snežana", "Goran", "Vesna"),
        ("Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić"),
        ("Gaga", "Zoki", "Neno"),
    ),  # fmt: skip
    "polish": (
        2.5,
        (
            "Katarzyna",
            "Paweł",
            "Agnieszka",
            "Tomasz",
            "Małgorzata",
            "Piotr",
            "Joanna",
            "Krzysztof",
            "Magdalena",
            "Łukasz",
        ),
        (
            "Kowalski",
            "Nowak",
            "Wiśniewska",
            "Wójcik",
            "Kamińska",
            "Lewandowski",
            "Zieliński",
            "Szymańska",
            "Dąbrowski",
            "Kozłowska",
        ),
        ("Kasia", "Tomek", "Gosia", "Piotrek", "Madzia"),
    ),  # fmt: skip
    "lithuanian": (
        0.7,
        ("Rūta", "Mindaugas", "Jurgita", "Darius", "Asta"),
        ("Kazlauskas", "Petrauskienė", "Jankauskas", "Žukauskas"),
        ("Mindis", "Rutka"),
    ),  # fmt: skip
    "german": (
        1.2,
        ("Jürgen", "Sabine", "Uwe", "Heike", "Matthias", "Ute", "Dirk", "Anja"),
        ("Schneider", "Müller", "Hoffmann", "Schäfer", "Becker", "Krüger", "von Bergen", "Weiß"),
        ("Jogi", "Bine", "Matze"),
    ),  # fmt: skip
    "english": (
        1.2,
        ("Gareth", "Siobhan", "Nigel", "Hannah", "Craig", "Gemma", "Stuart", "Rachel"),
        ("Thompson", "Whitfield", "Harrison", "Clarke", "Fletcher", "Ashworth", "Pemberton"),
        ("Gaz", "Stu", "Jemma"),
    ),  # fmt: skip
    "irish": (
        1.0,
        ("Aoife", "Ciarán", "Niamh", "Declan", "Siobhán", "Eoin", "Róisín"),
        ("O'Brien", "O'Sullivan", "O'Connor", "McCarthy", "O'Neill", "Gallagher", "O'Donnell"),
        ("Decky", "Ro"),
    ),  # fmt: skip
    "italian": (
        0.9,
        ("Giuseppe", "Francesca", "Alessandro", "Chiara", "Luca", "Giulia", "Matteo"),
        ("D'Angelo", "Russo", "D'Amico", "Esposito", "Bianchi", "Dell'Orto", "Romano"),
        ("Beppe", "Fra", "Ale"),
    ),  # fmt: skip
    "chilean": (
        1.3,
        ("Patricio", "Ximena", "Rodrigo", "Carolina", "Gonzalo", "Paulina", "Cristián", "Marcela"),
        ("González", "Muñoz", "Rojas", "Díaz", "Contreras", "Fuentes", "de la Fuente", "Sepúlveda"),
        ("Pato", "Chelo", "Gonza"),
    ),  # fmt: skip
    "thai": (
        1.0,
        ("Siriporn", "Nattapong", "Kanya", "Somchai", "Wanida", "Pim", "Araya"),
        ("Srisuk", "Wongsawat", "Chaiyaporn", "Boonmee", "Thongdee", "Saetang"),
        ("Noi", "Lek", "Nok"),
    ),  # fmt: skip
    "vietnamese": (
        0.8,
        ("Thi Lan", "Van Minh", "Thu Trang", "Duc Anh", "Hoa", "Quang"),
        ("Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu"),
        ("Minh", "Bé"),
    ),  # fmt: skip
    "chinese": (
        0.7,
        ("Wei", "Xiaoming", "Li Na", "Jun", "Mei", "Hao"),
        ("Zhang", "Wang", "Chen", "Liu", "Zhou", "Huang"),
        ("Xiao Wei", "Meimei"),
    ),  # fmt: skip
    "lebanese": (
        1.0,
        ("Georges", "Rita", "Fadi", "Maya", "Tony", "Nadine", "Ziad"),
        ("Khalil", "Saade", "el-Khoury", "Haddad-Aoun", "Karam", "Abou Jaoude", "Chamoun"),
        ("Fadoush", "Zizi"),
    ),  # fmt: skip
    "russian": (
        0.9,
        ("Olga", "Dmitrij", "Natalja", "Sergej", "Irina", "Aleksej", "Svetlana"),
        ("Ivanova", "Smirnov", "Kuznetsova", "Popov", "Sokolova", "Morozov"),
        ("Dima", "Sveta", "Seryozha"),
    ),  # fmt: skip
    "ukrainian": (
        1.2,
        ("Oksana", "Taras", "Iryna", "Bohdan", "Olena", "Mykola", "Yuliia", "Andrii"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Oliinyk"),
        ("Oksi", "Bodya", "Kolya"),
    ),  # fmt: skip
    "albanian": (
        1.5,
        ("Arben", "Drita", "Valon", "Blerta", "Fatmir", "Arta", "Besnik", "Vjosa", "Liridon"),
        ("Berisha", "Krasniqi", "Gashi", "Hoxha", "Morina", "Shala", "Kelmendi", "Rexhepi"),
        ("Beni", "Vali", "Lira"),
    ),  # fmt: skip
    "romanian": (
        1.0,
        ("Ionuț", "Elena", "Florin", "Andreea", "Cătălin", "Mihaela", "Sorin"),
        ("Popescu", "Ionescu", "Dumitru", "Stan", "Constantin", "Munteanu"),
        ("Ionel", "Flo", "Miha"),
    ),  # fmt: skip
    "norwegian": (
        1.0,
        ("Sigrid", "Håvard", "Ingrid", "Eirik", "Solveig", "Kjetil", "Ragnhild"),
        ("Haugen", "Bakke", "Solberg", "Fjeld", "Aasheim", "Strand-Olsen", "Brekke"),
        ("Sigge", "Kjetta", "Eiki"),
    ),  # fmt: skip
    "sami": (
        0.5,
        ("Máret", "Ánde", "Inga-Máret", "Niillas", "Sárá"),
        ("Labba", "Kuoljok", "Sunna", "Tuorda", "Omma"),
        ("Nilla", "Ánte"),
    ),  # fmt: skip
    "indian": (
        1.0,
        ("Priya", "Rahul", "Ananya", "Vikram", "Deepa", "Arjun", "Sunita"),
        ("Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Menon"),
        ("Vicky", "Anu", "Raj"),
    ),  # fmt: skip
    "filipino": (
        0.7,
        ("Maricel", "Jericho", "Rowena", "Arnel", "Joy Ann"),
        ("dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva"),
        ("Jeck", "Weng", "Bong"),
    ),  # fmt: skip
    "nigerian": (
        0.6,
        ("Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo"),
        ("Okafor", "Adeyemi", "Eze", "Okonkwo", "Balogun"),
        ("Chi-Chi", "Seun", "Emmy"),
    ),  # fmt: skip
    "gambian": (
        0.6,
        ("Lamin", "Fatou", "Ebrima", "Isatou", "Modou", "Awa"),
        ("Jallow", "Ceesay", "Touray", "Sanneh", "Bojang"),
        ("Lamino", "Fati", "Modi"),
    ),  # fmt: skip
    "greek": (
        0.5,
        ("Dimitris", "Eleni", "Giorgos", "Katerina", "Nikos"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis"),
        ("Takis", "Katie"),
    ),  # fmt: skip
}

# Given names from which a father's name is often written in the middle.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Mohamed", "Ahmed", "Ali", "Hassan", "Abdi", "Ismail", "Omar"),
    "eritrean": ("Tesfamariam", "Gebreyesus", "Mehari", "Habte", "Yemane"),
    "ethiopian": ("Tesfaye", "Girma", "Abebe", "Kebede"),
    "iraqi": ("Kareem", "Jabbar", "Abdulrazzaq", "Salim"),
    "afghan": ("Gul", "Mohammad", "Nasir"),
    "gambian": ("Lamin", "Ousman", "Saikou"),
}

# Names that are also words: (name, origin). Swedish given names Sten, Björn, Ros, Liv, Dag, Stig, Bror, Sol,
# Vide, Iris, Vilja, Saga, Lo, Bo; English Hope, Joy, Grace, Will, Summer; Spanish Rosa (rosa).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Ros", "swedish"), ("Liv", "swedish"), ("Dag", "swedish"),
    ("Stig", "swedish"), ("Bror", "swedish"), ("Sol", "swedish"), ("Vide", "swedish"), ("Iris", "swedish"),
    ("Vilja", "swedish"), ("Saga", "swedish"), ("Lo", "swedish"), ("Bo", "swedish"),
    ("Hope", "english"), ("Joy", "english"), ("Grace", "english"), ("Will", "english"),
    ("Summer", "english"), ("Rosa", "chilean"),
)  # fmt: skip
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"), ("Ek", "swedish"), ("Lund", "swedish"), ("Holm", "swedish"),
    ("Strand", "swedish"), ("Falk", "swedish"), ("Björk", "swedish"), ("Rask", "swedish"),
    ("Stark", "swedish"), ("Fors", "swedish"), ("Hägg", "swedish"), ("Lind", "swedish"),
    ("Sjö", "swedish"), ("Hjort", "swedish"), ("Lax", "swedish"), ("Ström", "swedish"),
    ("Brown", "english"), ("King", "english"), ("White", "english"), ("Rose", "english"),
)  # fmt: skip
# How often a name of an origin is one of its word names anyway: (given name, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.03, 0.05),
    "english": (0.05, 0.08),
}
