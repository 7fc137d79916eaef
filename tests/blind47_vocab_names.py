"""Names of the forty-seventh blind corpus (tests/blind47_corpus.py), typed from the writer's own knowledge of
who rents a flat in Malmö, Uppsala, Jönköping, Huddinge and Skellefteå today; no name list was read.

ORIGINS: origin -> (weight, given names, surnames, nicknames). FATHERS: a father's name written between given
name and surname, where that is usual. WORD_FIRST and WORD_SURNAMES: names that are also Swedish or English
words, with their origin. WORD_SHARE: how often a person of an origin draws a word name unasked.
"""

from __future__ import annotations

NAME_PARTICLES = frozenset({"af", "von", "van", "de", "al", "el", "bin", "da", "dos", "la"})

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        42.0,
        (
            "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Margareta", "Birgitta", "Ingrid", "Malin",
            "Emma", "Sara", "Johanna", "Linnea", "Elin", "Ida", "Ebba", "Wilma", "Alice", "Maja", "Astrid",
            "Siv", "Gunnel", "Ulla", "Britt-Marie", "Anna-Karin", "Ann-Sofie", "Eva-Lena", "Marie-Louise",
            "Lars", "Mikael", "Anders", "Johan", "Per-Olof", "Karl", "Erik", "Peter", "Thomas", "Jonas",
            "Fredrik", "Magnus", "Mattias", "Daniel", "Henrik", "Jan-Erik", "Lars-Göran", "Karl-Johan",
            "Oskar", "Hugo", "Elias", "Linus", "Viktor", "Gustav", "Arvid", "Ture", "Kjell", "Göran",
            "Rolf", "Leif", "Bengt", "Torbjörn", "Hans-Åke", "Ulrika", "Camilla", "Therese", "Jessica",
            "Agneta", "Inger", "Solveig", "Sixten", "Alvar", "Folke", "Majken",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Lundgren",
            "Bergström", "Sandberg", "Forsberg", "Sjöberg", "Wallin", "Engström", "Danielsson", "Håkansson",
            "Lundin", "Björklund", "Berglund", "Fransson", "Nyström", "Holmberg", "Sundberg", "Öberg",
            "Marklund", "Lundmark", "Burman", "Öhman", "Nordlund", "Lindholm", "Wikström", "Renström",
            "Boström", "Granberg", "Hedlund", "Nordin", "Åström", "Söderlund", "Wahlgren",
            "af Klercker", "von Essen", "De Geer", "af Ugglas", "von Platen", "Sjöholm", "Ekdahl",
            "Hallberg", "Tornberg", "Wester", "Hägglund", "Lidström", "Stenlund", "Åkesson", "Mårtensson",
        ),
        ("Kalle", "Nisse", "Lasse", "Micke", "Janne", "Bosse", "Kicki", "Lotta", "Pelle", "Totte", "Lillis",
         "Gurra", "Sussie", "Tompa", "Affe", "Olle", "Jocke", "Fia", "Pyret", "Stickan"),
    ),
    "finnish": (
        4.0,
        ("Juha", "Jari", "Pekka", "Matti", "Timo", "Sirpa", "Tuula", "Päivi", "Aino", "Eija", "Marjatta",
         "Kalevi", "Seppo", "Riitta", "Heikki", "Tarja"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laitinen", "Hämäläinen", "Koskinen",
         "Salonen", "Lehtonen", "Huttunen", "Kettunen", "Rantala", "Jääskeläinen"),
        ("Jussi", "Pekkis", "Sirkku", "Masa", "Tuukka"),
    ),
    "norwegian": (
        1.0,
        ("Ingvild", "Sigrid", "Eirik", "Håvard", "Torstein", "Solveig", "Kjersti", "Øyvind"),
        ("Haugen", "Bakke", "Hansen", "Solberg", "Kristiansen", "Dahle", "Myklebust"),
        ("Totto", "Kjelle"),
    ),
    "danish": (
        1.5,
        ("Mette", "Søren", "Rasmus", "Lærke", "Mads", "Jesper", "Birthe", "Niels"),
        ("Jørgensen", "Christensen", "Sørensen", "Rasmussen", "Madsen", "Kjærgaard", "Poulsen"),
        ("Søs", "Mikkel"),
    ),
    "polish": (
        3.0,
        ("Agnieszka", "Katarzyna", "Małgorzata", "Joanna", "Piotr", "Tomasz", "Krzysztof", "Paweł", "Marek",
         "Magdalena", "Łukasz", "Wojciech", "Grzegorz", "Ewa", "Dorota"),
        ("Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński", "Szymańska",
         "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk"),
        ("Kasia", "Gosia", "Tomek", "Krzysiek", "Aga"),
    ),
    "bosnian": (
        3.0,
        ("Emir", "Amela", "Senad", "Edina", "Adnan", "Lejla", "Haris", "Selma", "Mirsad", "Jasmina", "Almir",
         "Amra", "Kemal"),
        ("Hodžić", "Begović", "Mehmedović", "Hadžić", "Delić", "Kovačević", "Ibrahimović", "Salihović",
         "Hasanović", "Mujić", "Omerović"),
        ("Eki", "Miki", "Seki", "Jasa"),
    ),
    "serbian": (
        1.5,
        ("Dragan", "Milica", "Nenad", "Jelena", "Zoran", "Snežana", "Goran", "Vesna", "Dušan"),
        ("Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Pavlović"),
        ("Gaga", "Zoki", "Ceca"),
    ),
    "albanian": (
        2.0,
        ("Arben", "Valbona", "Besnik", "Drita", "Fatmir", "Liridona", "Agron", "Blerta", "Ilir", "Vjosa"),
        ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Morina", "Shala", "Rexhepi", "Bytyqi", "Kastrati"),
        ("Beni", "Aga", "Lumi"),
    ),
    "turkish": (
        2.5,
        ("Mehmet", "Ayşe", "Mustafa", "Fatma", "Emre", "Elif", "Burak", "Zeynep", "Hüseyin", "Özlem",
         "Serkan", "Gülşen", "Cem"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç",
         "Koç", "Erdoğan"),
        ("Memo", "Mecit", "Ayşo", "Hüso"),
    ),
    "kurdish": (
        2.5,
        ("Rebwar", "Shirin", "Dilan", "Rojda", "Kawa", "Hozan", "Berfin", "Nechirvan", "Jiyan", "Azad",
         "Silan", "Baran"),
        ("Zebari", "Barzani", "Ahmadi", "Mohammadi", "Hawrami", "Talabani", "Rashid", "Karimi", "Sindi"),
        ("Rebo", "Kaki", "Dilo"),
    ),
    "iraqi": (
        5.0,
        ("Ahmed", "Mohammed", "Ali", "Hussein", "Zainab", "Fatima", "Mustafa", "Hayder", "Noor", "Rusul",
         "Abbas", "Sajjad", "Zahraa", "Karrar", "Maryam", "Ammar"),
        ("al-Jabouri", "al-Obaidi", "Al-Saadi", "Hassan", "Kadhim", "Jasim", "al-Tamimi", "Abdulrahman",
         "Hamid", "Salman", "Jawad", "Naji", "al-Khafaji"),
        ("Hamoudi", "Abu Ali", "Mimi", "Hodi", "Zozo"),
    ),
    "syrian": (
        5.0,
        ("Omar", "Rami", "Lana", "Rasha", "Khaled", "Yara", "Bashar", "Nour", "Tarek", "Dima", "Majd",
         "Hiba", "Waleed", "Razan", "Fadi", "Abdul-Karim", "Abdul-Rahman"),
        ("Haddad", "Al-Masri", "Khalil", "Darwish", "Hamdan", "Sabbagh", "Othman", "Kassab", "el-Hariri",
         "Nasrallah", "Shaheen", "Mardini", "al-Halabi"),
        ("Abu Omar", "Rimo", "Lulu", "Fofo", "Khalloudi"),
    ),
    "palestinian": (
        2.0,
        ("Mahmoud", "Samira", "Yousef", "Reem", "Ibrahim", "Hanan", "Jamal", "Lina"),
        ("Abu Shanab", "Qasem", "Barghouti", "Odeh", "Zaqout", "Saleh", "Hijazi"),
        ("Abu Yousef", "Jimmy", "Sousou"),
    ),
    "iranian": (
        3.0,
        ("Reza", "Mahsa", "Parisa", "Dariush", "Shirin", "Kourosh", "Leila", "Farhad", "Nasrin", "Babak",
         "Golnar", "Arash", "Roya"),
        ("Hosseini", "Rezaei", "Mousavi", "Jafari", "Tehrani", "Rahimi", "Sadeghi", "Farahani", "Esfandiari",
         "Kazemi", "Shirazi"),
        ("Dari", "Kourosh-jan", "Babi"),
    ),
    "afghan": (
        3.0,
        ("Ahmad", "Hamid", "Farid", "Mursal", "Nazanin", "Sayed", "Zahra", "Wahid", "Shabnam", "Rahmatullah",
         "Gulalai", "Mujtaba", "Habiba"),
        ("Rahimi", "Hakimi", "Noori", "Sultani", "Haidari", "Popal", "Stanikzai", "Wardak", "Amiri",
         "Azizi", "Mohammadzai"),
        ("Sayed-jan", "Faro", "Wahidi"),
    ),
    "somali": (
        3.5,
        ("Abdi", "Hodan", "Faadumo", "Mohamed", "Sahra", "Hamza", "Ifrah", "Ayaan", "Khadar", "Nimco",
         "Ubah", "Abdirahman", "Hibaaq", "Yusuf", "Muna", "Liban"),
        ("Warsame", "Farah", "Abdullahi", "Hirsi", "Jama", "Egal", "Dahir", "Nur", "Aden", "Osman",
         "Mohamud", "Samatar", "Gedi"),
        ("Xaaji", "Cabdi", "Deeqo", "Yaya"),
    ),
    "eritrean": (
        2.0,
        ("Yonas", "Semhar", "Filmon", "Helen", "Daniel", "Senait", "Tesfay", "Luwam", "Biniam", "Mebrat",
         "Robel"),
        ("Gebremedhin", "Tesfamariam", "Haile", "Kidane", "Ghebreyesus", "Weldemichael", "Tekle",
         "Habtemariam"),
        ("Yoni", "Bini", "Semi"),
    ),
    "ethiopian": (
        1.0,
        ("Abebe", "Tigist", "Meron", "Dawit", "Hirut", "Solomon", "Bethlehem"),
        ("Bekele", "Tadesse", "Alemu", "Getachew", "Woldemariam", "Asfaw"),
        ("Tigi", "Dave"),
    ),
    "chilean": (
        1.5,
        ("Carolina", "Pablo", "Rodrigo", "Francisca", "Camila", "Sebastián", "Ignacio", "Valentina",
         "José Luis", "María José"),
        ("González", "Muñoz", "Rojas", "Díaz", "Soto", "Contreras", "Sepúlveda", "de la Fuente",
         "Fuentes", "Valenzuela", "Araya"),
        ("Pancho", "Nacho", "Cata", "Seba"),
    ),
    "german": (
        1.5,
        ("Jürgen", "Sabine", "Wolfgang", "Katrin", "Matthias", "Anke", "Stefan", "Heike", "Dieter"),
        ("Müller", "Schneider", "Fischer", "Becker", "Hoffmann", "Schäfer", "Zimmermann", "von Bülow",
         "Krüger", "Hartmann"),
        ("Jojo", "Steffi", "Didi"),
    ),
    "english": (
        1.5,
        ("James", "Emily", "Oliver", "Charlotte", "Thomas", "Sophie", "Daniel", "Rachel", "Matthew",
         "Hannah", "Stuart"),
        ("Smith", "Taylor", "Johnson", "Walker", "Thompson", "Roberts", "Harrison", "Clarke", "Hughes",
         "Edwards"),
        ("Jim", "Ollie", "Charlie", "Matty"),
    ),
    "irish": (
        0.6,
        ("Siobhán", "Ciarán", "Aoife", "Declan", "Niamh", "Padraig"),
        ("O'Brien", "O'Connor", "O'Sullivan", "Murphy", "Kelly", "O'Neill", "McCarthy"),
        ("Paddy", "Shiv"),
    ),
    "greek": (
        0.8,
        ("Nikos", "Eleni", "Georgios", "Dimitra", "Konstantinos", "Sofia", "Yannis"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Papadakis", "Karagiannis", "Vlachou"),
        ("Kostas", "Giorgos"),
    ),
    "romanian": (
        1.2,
        ("Ionuț", "Andreea", "Florin", "Mihaela", "Cristian", "Elena", "Gheorghe", "Ioana", "Marius"),
        ("Popescu", "Ionescu", "Dumitru", "Stoica", "Constantin", "Munteanu", "Radu", "Lungu"),
        ("Gigi", "Fane", "Nelu"),
    ),
    "thai": (
        1.0,
        ("Somchai", "Nong", "Siriporn", "Wanida", "Kanya", "Malee", "Pornthip", "Ratana"),
        ("Srisuk", "Chaiyasit", "Boonmee", "Wongsawat", "Suwannarat", "Thongchai"),
        ("Noi", "Pim", "Ning"),
    ),
    "vietnamese": (
        0.8,
        ("Thanh", "Hoa", "Tuan", "Linh", "Minh", "Huong", "Quang", "Thao"),
        ("Nguyen", "Tran", "Pham", "Bui", "Hoang", "Vu", "Dang"),
        ("Bé", "Tí"),
    ),
    "chinese": (
        1.0,
        ("Wei", "Xiaoming", "Jing", "Li Na", "Yan", "Hui", "Jun", "Xiaoli", "Zhiwei"),
        ("Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu"),
        ("Xiao Wang", "Lily", "Kevin"),
    ),
    "indian": (
        1.5,
        ("Priya", "Rahul", "Anjali", "Vikram", "Sneha", "Arjun", "Deepika", "Rohan", "Kavitha", "Suresh",
         "Lakshmi"),
        ("Sharma", "Patel", "Reddy", "Iyer", "Nair", "Gupta", "Kumar", "Krishnan", "D'Souza", "Menon"),
        ("Chintu", "Babloo", "Pinky"),
    ),
    "filipino": (
        0.8,
        ("Maricel", "Jerome", "Rowena", "Arnel", "Jocelyn", "Rodel", "Marites"),
        ("dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza", "Aquino"),
        ("Tata", "Jun-Jun", "Baby"),
    ),
    "ukrainian": (
        2.0,
        ("Olena", "Oksana", "Andrii", "Yuliia", "Serhii", "Iryna", "Dmytro", "Nataliia", "Oleksandr",
         "Viktoriia", "Bohdan"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko", "Oliinyk",
         "Savchenko", "Lysenko", "Hrytsenko"),
        ("Sasha", "Olia", "Dima", "Yulia"),
    ),
    "russian": (
        1.0,
        ("Svetlana", "Aleksej", "Natalja", "Sergej", "Tatjana", "Igor", "Jelena", "Vladimir"),
        ("Ivanova", "Smirnov", "Kuznetsova", "Popov", "Volkova", "Sokolov", "Morozova"),
        ("Sveta", "Lyosha", "Tanja"),
    ),
    "nigerian": (
        0.8,
        ("Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Chiamaka"),
        ("Okafor", "Adeyemi", "Nwosu", "Okonkwo", "Balogun", "Eze", "Adebayo"),
        ("Seun", "Ada", "Chichi"),
    ),
    "korean": (
        0.5,
        ("Min-jun", "Seo-yeon", "Ji-ho", "Hye-jin", "Dong-hyun", "Su-bin"),
        ("Kim", "Park", "Choi", "Jung", "Kang", "Yoon"),
        ("Minnie", "JJ"),
    ),
    "hungarian": (
        0.6,
        ("Zsófia", "Gábor", "Katalin", "László", "Eszter", "Balázs"),
        ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga"),
        ("Laci", "Zsófi"),
    ),
    "icelandic": (
        0.3,
        ("Guðrún", "Sigurður", "Jón", "Katrín", "Ragnheiður", "Einar"),
        ("Jónsdóttir", "Sigurðsson", "Guðmundsdóttir", "Einarsson", "Ólafsson"),
        ("Siggi", "Gunna"),
    ),
}  # fmt: skip

# A father's name between given name and surname, where it is usual (drawn for half of such people).
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Ahmed", "Hassan", "Ali", "Abdi", "Mohamed", "Ismail", "Omar", "Yusuf"),
    "eritrean": ("Tesfay", "Gebre", "Kidane", "Tekle", "Mehari", "Berhane"),
    "ethiopian": ("Alemayehu", "Girma", "Tesfaye", "Mulugeta"),
    "iraqi": ("Jabbar", "Kareem", "Sabah", "Fadhil", "Abdulameer"),
    "afghan": ("Gul", "Nazir", "Rahim", "Qadir"),
    "syrian": ("Mahmoud", "Adnan", "Fawaz"),
}

# Given names that are also Swedish or English words (sten, björn, bo, dag, stig, liv, tuva, ask, lo, vide,
# kaj, bror, klara, saga, iris, maj; grace, hope, will, mark, bill, amber, ivy; blessing, favour, gift;
# joy, honey, princess; can; long; min).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Bo", "swedish"), ("Dag", "swedish"), ("Stig", "swedish"),
    ("Liv", "swedish"), ("Tuva", "swedish"), ("Ask", "swedish"), ("Lo", "swedish"), ("Vide", "swedish"),
    ("Kaj", "swedish"), ("Bror", "swedish"), ("Klara", "swedish"), ("Saga", "swedish"), ("Iris", "swedish"),
    ("Maj", "swedish"), ("Viola", "swedish"), ("Gun", "swedish"),
    ("Grace", "english"), ("Hope", "english"), ("Will", "english"), ("Mark", "english"), ("Bill", "english"),
    ("Amber", "english"), ("Ivy", "english"),
    ("Blessing", "nigerian"), ("Favour", "nigerian"), ("Gift", "nigerian"),
    ("Joy", "filipino"), ("Honey", "filipino"), ("Princess", "filipino"),
    ("Can", "turkish"), ("Long", "vietnamese"), ("Min", "chinese"),
)  # fmt: skip

# Surnames that are also words (berg, ek, lind, strand, falk, svan, björk … ; king, young, white, green,
# bird, wood; wolf; lin; son).
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"), ("Ek", "swedish"), ("Lind", "swedish"), ("Strand", "swedish"), ("Falk", "swedish"),
    ("Svan", "swedish"), ("Gran", "swedish"), ("Storm", "swedish"), ("Glad", "swedish"),
    ("Frisk", "swedish"), ("Stark", "swedish"), ("Modig", "swedish"), ("Vinter", "swedish"),
    ("Sommar", "swedish"), ("Hjort", "swedish"), ("Fors", "swedish"), ("Skog", "swedish"),
    ("Kvist", "swedish"), ("Ström", "swedish"), ("Bäck", "swedish"), ("Sjö", "swedish"), ("Vik", "swedish"),
    ("Dal", "swedish"), ("Rask", "swedish"), ("Örn", "swedish"), ("Alm", "swedish"), ("Lund", "swedish"),
    ("Holm", "swedish"), ("Hägg", "swedish"), ("Stål", "swedish"), ("Palm", "swedish"),
    ("King", "english"), ("Young", "english"), ("White", "english"), ("Green", "english"),
    ("Bird", "english"), ("Wood", "english"),
    ("Wolf", "german"), ("Lin", "chinese"), ("Son", "korean"),
)  # fmt: skip

# origin -> (share of given names, share of surnames) drawn as word names when a slot does not ask for one.
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.05, 0.1),
    "english": (0.15, 0.2),
    "nigerian": (0.35, 0.0),
    "filipino": (0.3, 0.0),
    "turkish": (0.1, 0.0),
    "vietnamese": (0.1, 0.0),
    "chinese": (0.1, 0.15),
    "korean": (0.0, 0.2),
    "german": (0.0, 0.15),
}
