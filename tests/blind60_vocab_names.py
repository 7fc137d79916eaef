"""Names of the sixtieth blind corpus (tests/blind60_corpus.py): the people of Uppsala, Enköping and Tierp
who turn up in a cemetery's papers — caretakers, parish staff, relatives, funeral directors, priests,
guards, police, neighbours — and the deceased whose names stand on the stones.

Typed from the writer's own knowledge of Swedish towns today, without a name package or list. An origin
is (weight, given names, surnames, nicknames); the weights are rough shares of people in the Uppsala
region today (Swedish a little under half). The deceased are often older Swedes and Finns, so the Swedish
and Finnish lists hold older given names as well as young ones.
"""

from __future__ import annotations

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        42.0,
        (
            "Gösta", "Elsa", "Ingegerd", "Birgitta", "Sven-Erik", "Karl-Erik", "Ann-Britt", "Margareta",
            "Lars-Göran", "Gunnel", "Anna", "Erik", "Johan", "Maja", "Ebba", "Hugo", "Wilma", "Ingvar",
            "Kerstin", "Agneta", "Torbjörn", "Ulla-Britt", "Per-Olof", "Märta", "Sigvard", "Astrid", "Rune",
            "Lennart", "Inga-Lill", "Jonas", "Frida", "Elin", "Oskar", "Linnéa", "Ture", "Valdemar",
            "Gun", "Henrik", "Mikael", "Cecilia", "Tove", "Ida", "Viktor", "Eva-Lena", "Sune", "Folke",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Gustafsson", "Pettersson", "Jansson", "Lindqvist", "Sundberg", "Engström", "Hedlund",
            "Wahlström", "Östlund", "Bergqvist", "Hellström", "Sjöberg", "Forsgren", "Nordin", "Åkerlund",
            "Rydén", "Söderholm", "Norberg", "Ljunggren", "Hammarberg", "Westerlund", "Hallgren",
            "Tegnér", "Ekdahl", "Malmqvist", "Grahn", "Wikström", "Sandelin", "Öhman", "Thorén",
            "von Essen", "af Ugglas", "De Geer", "von Platen", "Cederström", "Lagerkvist",
        ),
        (
            "Lasse", "Pelle", "Bosse", "Kicki", "Gunnis", "Janne", "Micke", "Lollo", "Tompa", "Nisse",
            "Putte", "Bettan", "Pirre", "Stickan", "Sigge", "Totte",
        ),
    ),
    "finnish": (
        4.0,
        ("Pirjo", "Matti", "Seppo", "Tuula", "Raili", "Jari", "Kaarina", "Eino", "Sirkka", "Juha", "Aino"),
        ("Virtanen", "Mäkinen", "Heikkinen", "Koskinen", "Laaksonen", "Nieminen", "Hämäläinen", "Lehtonen",
         "Kallio", "Salminen", "Järvinen"),
        ("Pike", "Masa", "Tuiskis", "Jartsa"),
    ),
    "syrian": (
        4.5,
        ("Ahmad", "Rami", "Lina", "Yara", "Khaled", "Nour", "Bassel", "Hiba", "Ghassan", "Rasha", "Tarek"),
        ("al-Khatib", "Haddad", "al-Hamwi", "Darwish", "Sabbagh", "Kassab", "al-Halabi", "Shami",
         "Mansour", "Najjar"),
        ("Abu Rami", "Hamoudi", "Lulu"),
    ),
    "iraqi": (
        3.0,
        ("Mustafa", "Zainab", "Haider", "Noor", "Ali", "Sura", "Karrar", "Dalia", "Ammar", "Shahad"),
        ("al-Jubouri", "Kadhim", "al-Saadi", "Hashim", "al-Obaidi", "Jawad", "al-Rubaie", "Salman"),
        ("Abu Ali", "Mimo", "Hoda"),
    ),
    "iranian": (
        3.0,
        ("Dariush", "Shirin", "Behnam", "Leila", "Kaveh", "Parisa", "Omid", "Mahnaz", "Reza", "Golnar"),
        ("Tehrani", "Ahmadi", "Rostami", "Karimi", "Mohammadi", "Farahani", "Jafari", "Sadeghi", "Nazari"),
        ("Dari", "Shiri", "Bebe"),
    ),
    "kurdish": (
        2.0,
        ("Rojin", "Dilan", "Aram", "Hêvî", "Sherko", "Zana", "Berivan", "Rebwar", "Nazdar"),
        ("Barzani", "Hawrami", "Mahmoud", "Zebari", "Kurdi", "Sindi", "Ranya"),
        ("Shero", "Dilo"),
    ),
    "somali": (
        2.5,
        ("Hodan", "Abdirahman", "Fadumo", "Mohamed", "Sahra", "Abdullahi", "Ifrah", "Liban", "Hamdi"),
        ("Warsame", "Abdi", "Farah", "Jama", "Osman", "Hirsi", "Nur", "Guled", "Egal"),
        ("Xamdi", "Cabdi", "Faadu"),
    ),
    "eritrean": (
        1.5,
        ("Senait", "Tesfay", "Mebrahtu", "Helen", "Yonas", "Saba", "Filmon", "Rahel"),
        ("Tesfamariam", "Gebremedhin", "Haile", "Berhane", "Kidane", "Weldemichael", "Ghebreyesus"),
        ("Filo", "Sami"),
    ),
    "ethiopian": (
        1.0,
        ("Abebe", "Tigist", "Dawit", "Meron", "Bereket", "Hirut", "Yohannes"),
        ("Alemu", "Bekele", "Tadesse", "Girma", "Wolde", "Mengistu", "Assefa"),
        ("Dave", "Mimi"),
    ),
    "afghan": (
        2.0,
        ("Ahmad Shah", "Mariam", "Najibullah", "Farzana", "Jawid", "Zahra", "Hamid", "Shabnam", "Sultan"),
        ("Rahimi", "Hakimi", "Popal", "Noorzai", "Sultani", "Amiri", "Wardak", "Haidari"),
        ("Jawi", "Hami"),
    ),
    "turkish": (
        2.0,
        ("Emre", "Elif", "Mehmet", "Ayşe", "Burak", "Zeynep", "Hakan", "Derya", "Murat", "Gül"),
        ("Yılmaz", "Demir", "Kaya", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan", "Doğan"),
        ("Memo", "Aysel", "Hako"),
    ),
    "polish": (
        2.5,
        ("Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Krzysztof", "Joanna", "Paweł"),
        ("Kowalski", "Nowak", "Wiśniewska", "Zieliński", "Wójcik", "Kamińska", "Lewandowski", "Szymański"),
        ("Kasia", "Gosia", "Krzysiek", "Piotrek"),
    ),
    "bosnian": (
        2.0,
        ("Amra", "Edin", "Senada", "Mirza", "Jasmina", "Nermin", "Aida", "Emir", "Azra"),
        ("Hodžić", "Mehmedović", "Begić", "Karić", "Hasanović", "Delić", "Omerović", "Kovačević"),
        ("Mido", "Sena", "Edo"),
    ),
    "serbian": (
        1.0,
        ("Dragan", "Milica", "Nenad", "Jelena", "Zoran", "Snežana", "Goran"),
        ("Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović"),
        ("Gaga", "Zoki"),
    ),
    "chilean": (
        1.5,
        ("Claudia", "Rodrigo", "Marcela", "Patricio", "Ximena", "Gonzalo", "Paulina", "Cristián"),
        ("González", "Muñoz", "Rojas", "Díaz", "Soto", "Contreras", "de la Fuente", "Fuentes", "Valdés"),
        ("Pato", "Chela", "Rodri"),
    ),
    "brazilian": (
        0.7,
        ("João", "Fernanda", "Thiago", "Luana", "Rafael", "Camila"),
        ("da Silva", "dos Santos", "Oliveira", "Pereira", "Costa", "de Souza"),
        ("Juca", "Nanda"),
    ),
    "english": (
        1.5,
        ("Oliver", "Emily", "James", "Charlotte", "Niall", "Siobhan", "Gareth", "Fiona", "Patrick"),
        ("O'Brien", "Thompson", "O'Sullivan", "Walsh", "Hughes", "MacLeod", "Fitzgerald", "O'Connor"),
        ("Ollie", "Jim", "Paddy"),
    ),
    "german": (
        1.2,
        ("Jürgen", "Ursula", "Matthias", "Sabine", "Klaus", "Heike", "Lukas"),
        ("Müller", "Schneider", "von Bülow", "Hoffmann", "Krüger", "Weiß", "Zimmermann"),
        ("Uschi", "Jogi"),
    ),
    "dutch": (
        0.6,
        ("Sanne", "Joost", "Marieke", "Pieter", "Femke", "Bram"),
        ("van Dijk", "de Vries", "van der Berg", "Bakker", "van Leeuwen", "de Jong"),
        ("Pim", "Mieke"),
    ),
    "indian": (
        1.5,
        ("Priya", "Arjun", "Ananya", "Rahul", "Sunita", "Vikram", "Deepa", "Karthik"),
        ("Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Krishnamurthy", "Menon"),
        ("Vicky", "Chinnu", "Raj"),
    ),
    "pakistani": (
        0.8,
        ("Imran", "Ayesha", "Usman", "Sana", "Bilal", "Hina"),
        ("Qureshi", "Chaudhry", "Malik", "Butt", "Siddiqui"),
        ("Billu", "Sunny"),
    ),
    "chinese": (
        1.5,
        ("Wei", "Xiaoling", "Jun", "Mei", "Haoran", "Yifan", "Lihua"),
        ("Wang", "Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu"),
        ("Xiao Wang", "Lili"),
    ),
    "vietnamese": (
        0.8,
        ("Minh", "Thu", "Tuan", "Lan", "Duc", "Hoa"),
        ("Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu"),
        ("Tony", "Bé"),
    ),
    "thai": (
        0.8,
        ("Siriporn", "Nattaya", "Somchai", "Kanya", "Pimchanok", "Wanida"),
        ("Srisuk", "Chaiyaporn", "Boonmee", "Saetang", "Wongsawat"),
        ("Noi", "Pim", "Ploy"),
    ),
    "filipino": (
        0.6,
        ("Maricel", "Jerome", "Rowena", "Arnel", "Lorna"),
        ("dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza"),
        ("Bong", "Tess"),
    ),
    "romanian": (
        1.0,
        ("Ionuț", "Andreea", "Florin", "Mihaela", "Cătălin", "Ioana"),
        ("Popescu", "Ionescu", "Dumitru", "Stan", "Constantinescu"),
        ("Nelu", "Andi"),
    ),
    "russian": (
        1.2,
        ("Olga", "Dmitrij", "Natalja", "Sergej", "Tatjana", "Aleksandr"),
        ("Ivanova", "Smirnov", "Kuznetsova", "Volkov", "Morozova", "Sokolov"),
        ("Sasja", "Natasja", "Dima"),
    ),
    "ukrainian": (
        1.0,
        ("Oksana", "Bohdan", "Iryna", "Taras", "Olena", "Mykola"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk"),
        ("Ksiusha", "Kolia"),
    ),
    "greek": (
        0.6,
        ("Dimitris", "Eleni", "Giorgos", "Katerina", "Nikos"),
        ("Papadopoulos", "Georgiou", "Konstantinidis", "Pappas"),
        ("Taki", "Koula"),
    ),
    "lebanese": (
        0.8,
        ("Georges", "Rita", "Elie", "Nadine", "Joseph", "Mireille"),
        ("El Khoury", "Haddad-Saad", "Aoun", "Gemayel", "Nassar", "El Hage"),
        ("Jojo", "Didi"),
    ),
    "norwegian": (
        0.8,
        ("Ingrid", "Magnus", "Solveig", "Håkon", "Kari", "Sindre"),
        ("Haugen", "Bakken", "Solberg", "Fjeld", "Brekke", "Eide"),
        ("Maggi", "Ingi"),
    ),
    "italian": (
        0.6,
        ("Giulia", "Marco", "Francesca", "Alessandro", "Chiara"),
        ("Rossi", "D'Angelo", "Esposito", "Bianchi", "Romano", "D'Amico"),
        ("Ale", "Fra"),
    ),
    "nigerian": (
        0.6,
        ("Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka"),
        ("Okafor", "Adeyemi", "Eze", "Okonkwo", "Balogun"),
        ("Seun", "Ada"),
    ),
}  # fmt: skip

# Origins whose people often go by given name, father's name, surname.
FATHERS: dict[str, tuple[str, ...]] = {
    "syrian": ("Mahmoud", "Ibrahim", "Hussein", "Youssef", "Omar"),
    "iraqi": ("Abbas", "Jasim", "Hassan", "Kareem"),
    "somali": ("Ahmed", "Hassan", "Yusuf", "Abdi", "Ismail"),
    "eritrean": ("Tekle", "Gebre", "Mehari", "Kahsay"),
    "ethiopian": ("Tesfaye", "Haile", "Getachew"),
    "afghan": ("Ghulam", "Mohammad", "Nazar"),
    "russian": ("Ivanovitj", "Petrovna", "Sergejevitj", "Nikolajevna"),
}

NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "von", "van", "der", "de", "la", "af", "da", "dos", "dela"}
)

# Given names and surnames that are also Swedish or English words, with their origin.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"),
    ("Björn", "swedish"),
    ("Bo", "swedish"),
    ("Iris", "swedish"),
    ("Rut", "swedish"),
    ("Vilja", "swedish"),
    ("Malva", "swedish"),
    ("Axel", "swedish"),
    ("Tyra", "swedish"),
    ("Grace", "english"),
    ("Hope", "nigerian"),
    ("Joy", "filipino"),
    ("Will", "english"),
    ("Can", "turkish"),
    ("Rose", "english"),
)
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"),
    ("Lind", "swedish"),
    ("Frost", "swedish"),
    ("Björk", "swedish"),
    ("Ek", "swedish"),
    ("Vinter", "swedish"),
    ("Lilja", "swedish"),
    ("Strand", "swedish"),
    ("Hjort", "swedish"),
    ("Falk", "swedish"),
    ("Sten", "swedish"),
    ("Ström", "swedish"),
    ("Church", "english"),
    ("Stone", "english"),
    ("Bell", "english"),
    ("Fox", "english"),
    ("Gran", "norwegian"),
)
# How often a drawn given name / surname of an origin is one of its word names.
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.04, 0.06),
    "english": (0.1, 0.1),
    "norwegian": (0.0, 0.1),
    "filipino": (0.1, 0.0),
    "nigerian": (0.1, 0.0),
    "turkish": (0.05, 0.0),
}
