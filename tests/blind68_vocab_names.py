"""Names of the sixty-eighth blind corpus (tests/blind68_corpus.py): pupils, parents, caretakers, guards,
principals and social workers in Eskilstuna, Umeå and Falun, typed from the writer's own knowledge of names
in Swedish towns today. No name list or package was read.

ORIGINS maps an origin to (weight, given names, surnames, nicknames). Swedish names weigh 42 of about 100:
Eskilstuna has many Finnish, Syrian, Iraqi, Somali and Eritrean families; Umeå a Sami and Tornedalian
element and many students; Falun a mostly Swedish town with newer arrivals from Syria, Afghanistan and
Eritrea. FATHERS gives the names that stand between a given name and a surname where that is usual.
WORD_FIRST and WORD_SURNAMES are names that are also Swedish or English words.
"""

from __future__ import annotations

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "de", "af", "der", "da", "abu", "ould"})

ORIGINS = {
    "swedish": (
        42.0,
        (
            "Anna-Karin", "Lars-Göran", "Ulla-Britt", "Jan-Erik", "Karl Johan", "Maja", "Elsa", "Wilma",
            "Alice", "Ebba", "Ella", "Olivia", "Agnes", "Freja", "Alma", "Tindra", "Moa", "Elvira", "Nellie",
            "Hugo", "William", "Liam", "Oscar", "Lucas", "Elias", "Viggo", "Melvin", "Nils", "Ludvig",
            "Theo", "Arvid", "Gustav", "Anders", "Mikael", "Johan", "Magnus", "Henrik", "Fredrik", "Per-Olof",
            "Mats", "Torbjörn", "Birgitta", "Kerstin", "Marie", "Eva-Lena", "Annika", "Helena", "Camilla",
            "Jessica", "Sofia", "Linnéa", "Emelie", "Malin", "Therese", "Åsa", "Gunnel", "Leif", "Kjell",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindqvist", "Bergström", "Lundgren",
            "Sandberg", "Forsberg", "Sjöberg", "Wallin", "Engström", "Danielsson", "Håkansson", "Lindholm",
            "Hedlund", "Norberg", "Öberg", "Nordin", "Lundberg", "Backlund", "Edlund", "Granström",
            "Wikström",
            "Ekman", "Hägglund", "Berglund", "Sundqvist", "Lindberg-Ohlsson", "Palm", "Mattsson", "Jansson",
            "Dahlgren", "Nordström", "af Klercker", "von Essen", "Åkesson", "Grahn",
        ),
        ("Kalle", "Nisse", "Lasse", "Pelle", "Janne", "Micke", "Jocke", "Lollo", "Bettan", "Sussie", "Ludde"),
    ),
    "finnish": (
        5.0,
        (
            "Jukka", "Timo", "Pekka", "Markku", "Kari", "Sari", "Tuula", "Pirjo", "Leena", "Aino", "Eetu",
            "Veeti", "Ilona", "Riikka", "Hannu", "Tarja", "Kimmo", "Satu",
        ),
        (
            "Virtanen", "Mäkinen", "Nieminen", "Korhonen", "Heikkinen", "Laaksonen", "Hämäläinen",
            "Lehtonen", "Koskinen", "Järvinen", "Salonen", "Turunen", "Rantanen", "Kallio", "Peltola",
        ),
        ("Jussi", "Tepi", "Kikka", "Pekkis", "Masa"),
    ),
    "sami_tornedal": (
        1.5,
        ("Nils-Anders", "Máret", "Ánte", "Sunna", "Elle", "Jon-Henrik", "Inga-Lill", "Per-Ivar", "Siri"),
        ("Kuoljok", "Länta", "Omma", "Pavval", "Kitok", "Juuso", "Rimpi", "Niia", "Labba", "Tuorda"),
        ("Ante-Nisse", "Máttu", "Nilsa"),
    ),
    "norwegian": (
        1.0,
        ("Sindre", "Eirik", "Ingrid", "Solveig", "Torstein", "Kari-Anne", "Håvard", "Sigrid"),
        ("Haugen", "Bakken", "Solberg", "Hansen", "Kristiansen", "Fjeld", "Aasen"),
        ("Toffen", "Sindi"),
    ),
    "danish": (
        0.7,
        ("Mads", "Rasmus", "Mette", "Søren", "Trine", "Jesper", "Louise"),
        ("Jørgensen", "Sørensen", "Rasmussen", "Madsen", "Kjærgaard", "Poulsen"),
        ("Masse", "Mettis"),
    ),
    "german": (
        1.2,
        ("Jürgen", "Matthias", "Katrin", "Stefanie", "Tobias", "Ulrike", "Dieter", "Sabine"),
        ("Schneider", "Müller", "Weber", "Hoffmann", "Schäfer", "Krüger", "von Platen", "Becker"),
        ("Jogi", "Steffi"),
    ),
    "polish": (
        2.0,
        ("Katarzyna", "Agnieszka", "Piotr", "Tomasz", "Krzysztof", "Małgorzata", "Wojciech", "Zofia",
         "Jakub"),
        ("Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński", "Szymański"),
        ("Kasia", "Gosia", "Kuba", "Wojtek"),
    ),
    "bosnian": (
        2.0,
        ("Amra", "Edin", "Mirza", "Selma", "Adnan", "Emina", "Haris", "Lejla", "Senad", "Jasmina"),
        ("Hodžić", "Begović", "Mehmedović", "Kovačević", "Hadžić", "Delić", "Alić", "Omerović", "Salihović"),
        ("Miki", "Sena", "Edo"),
    ),
    "serbian": (
        1.0,
        ("Dragan", "Milica", "Nemanja", "Jelena", "Stefan", "Dragana", "Zoran"),
        ("Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stanković"),
        ("Gaga", "Zoki"),
    ),
    "kosovo_albanian": (
        1.5,
        ("Arben", "Besnik", "Drilon", "Albulena", "Fatlinda", "Valon", "Blerta", "Ardit", "Egzon"),
        ("Krasniqi", "Berisha", "Gashi", "Morina", "Hoxha", "Shala", "Rexhepi", "Kastrati"),
        ("Beni", "Dri", "Vali"),
    ),
    "greek": (
        0.7,
        ("Giorgos", "Eleni", "Dimitris", "Katerina", "Nikos", "Sofia-Maria"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinou", "Papadaki"),
        ("Takis", "Niko"),
    ),
    "romanian": (
        1.0,
        ("Ionuț", "Andreea", "Florin", "Mihaela", "Cristian", "Ioana", "Gheorghe"),
        ("Popescu", "Ionescu", "Constantin", "Dumitru", "Stoica", "Munteanu"),
        ("Fane", "Ionel"),
    ),
    "russian": (
        1.0,
        ("Dmitrij", "Olga", "Sergej", "Natalja", "Aleksej", "Jekaterina", "Svetlana"),
        ("Ivanov", "Smirnova", "Kuznetsov", "Popova", "Volkov", "Sokolova"),
        ("Dima", "Sveta", "Ljosja"),
    ),
    "ukrainian": (
        1.5,
        ("Oleksandr", "Olena", "Mykola", "Tetiana", "Bohdan", "Iryna", "Andrij", "Oksana", "Taras"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko", "Boiko", "Marchenko"),
        ("Sasha", "Bodja", "Olenka"),
    ),
    "lithuanian": (
        0.6,
        ("Tomas", "Rūta", "Mindaugas", "Aistė", "Vytautas"),
        ("Kazlauskas", "Petrauskienė", "Jankauskas", "Žukauskas"),
        ("Vytas", "Mindė"),
    ),
    "hungarian": (
        0.6,
        ("Zoltán", "Ágnes", "László", "Erzsébet", "Bence"),
        ("Nagy", "Kovács", "Szabó", "Tóth", "Horváth"),
        ("Laci", "Zoli"),
    ),
    "english": (
        1.5,
        ("Liam", "Siobhan", "Connor", "Megan", "Aidan", "Chloe", "Declan", "Kieran"),
        ("O'Brien", "O'Connor", "Murphy", "Thompson", "McCarthy", "Walsh", "Harrison", "D'Arcy"),
        ("Deco", "Shiv", "Mags"),
    ),
    "iraqi_arabic": (
        4.0,
        (
            "Mustafa", "Ali", "Hussein", "Zainab", "Noor", "Haider", "Fatima", "Karrar", "Abbas", "Zahraa",
            "Ahmed", "Maryam", "Yasir", "Hiba",
        ),
        (
            "Al-Jabouri", "Al-Obaidi", "Al-Musawi", "Hashim", "Kadhim", "Al-Saadi", "Jassim", "Al-Rubaie",
            "Abdulkarim", "Al-Tamimi",
        ),
        ("Abbe", "Hamoudi", "Zizi", "Mimo"),
    ),
    "syrian_arabic": (
        4.5,
        (
            "Mohammad", "Omar", "Rami", "Yara", "Lana", "Khaled", "Rasha", "Bashar", "Rana", "Tarek",
            "Ghazal", "Jamil", "Nour", "Majd",
        ),
        (
            "Al-Hamwi", "Haddad", "Khalil", "Al-Ahmad", "Darwish", "Shami", "Hamdan", "Sabbagh", "Aswad",
            "Masri", "Al-Halabi", "Ibrahim",
        ),
        ("Hamo", "Mojo", "Roro", "Kiko"),
    ),
    "kurdish": (
        2.5,
        ("Rebin", "Dilan", "Shirin", "Baran", "Hozan", "Rojin", "Kawa", "Avan", "Zana", "Berivan"),
        ("Mahmoud", "Rashid", "Barzani", "Qadir", "Amin", "Hawrami", "Salih", "Aziz"),
        ("Rebo", "Baro", "Rojo"),
    ),
    "persian": (
        2.5,
        ("Reza", "Parisa", "Dariush", "Shadi", "Kian", "Sahar", "Arash", "Yasmin", "Navid", "Leila"),
        ("Hosseini", "Rahimi", "Karimi", "Ahmadi", "Moradi", "Jafari", "Sadeghi", "Tehrani"),
        ("Dari", "Pari", "Kiki"),
    ),
    "afghan": (
        3.0,
        (
            "Ahmad Shah", "Mohammad Nabi", "Zarmina", "Sayed", "Hamid", "Farzana", "Rahmatullah", "Wahid",
            "Mursal", "Naweed", "Gul Ahmad", "Sediqa",
        ),
        ("Haidari", "Rezaie", "Noorzai", "Popal", "Sultani", "Mohammadi", "Azimi", "Stanikzai", "Nazari"),
        ("Rahmat", "Naweedi", "Shahji"),
    ),
    "somali": (
        4.0,
        (
            "Abdirahman", "Hodan", "Fadumo", "Abdullahi", "Mohamed", "Hibaaq", "Ayaan", "Khadar", "Sahra",
            "Yusuf", "Hamdi", "Najma", "Abdikarim",
        ),
        ("Warsame", "Farah", "Jama", "Abdi", "Osman", "Hirsi", "Egal", "Dahir", "Nur", "Ahmed Ali"),
        ("Xaaji", "Dheere", "Gaabo", "Farxi"),
    ),
    "eritrean": (
        2.5,
        ("Yonas", "Senait", "Filmon", "Helen", "Dawit", "Semhar", "Bereket", "Luwam", "Kibrom", "Winta"),
        ("Tesfay", "Ghebremedhin", "Habte", "Kidane", "Tesfamariam", "Berhane", "Weldu", "Haile"),
        ("Yoni", "Fili", "Beki"),
    ),
    "ethiopian": (
        1.0,
        ("Abebe", "Meron", "Tewodros", "Selamawit", "Yohannes", "Bethlehem"),
        ("Tadesse", "Girma", "Alemu", "Bekele", "Wolde"),
        ("Teddy", "Beti"),
    ),
    "turkish": (
        2.0,
        ("Emre", "Elif", "Burak", "Zeynep", "Mehmet", "Ayşe", "Deniz", "Cem", "Büşra"),
        ("Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan"),
        ("Memo", "Buri", "Cemo"),
    ),
    "assyrian": (
        2.0,
        ("Gabriel", "Ninos", "Shamiram", "Sargon", "Ninve", "Aziz", "Ashur", "Mariam"),
        ("Yakoub", "Gabriel-Yousef", "Barsom", "Isik", "Malke", "Shabo", "Aydin-Lahdo", "Bahdi"),
        ("Sagi", "Nino", "Shami"),
    ),
    "chilean": (
        1.2,
        ("José Luis", "Camila", "Matías", "Valentina", "Rodrigo", "Catalina", "Sebastián"),
        ("González", "Muñoz", "Rojas", "Díaz", "Contreras", "Fuentes", "de la Fuente"),
        ("Pepe", "Cami", "Seba"),
    ),
    "thai": (
        0.8,
        ("Siriporn", "Kanya", "Somchai", "Nattaya", "Pim"),
        ("Srisuk", "Chaiyaporn", "Wongsawat", "Boonmee"),
        ("Noi", "Pla-Pla"),
    ),
    "vietnamese": (
        0.6,
        ("Minh", "Thanh", "Linh", "Duc Anh", "Huong"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu"),
        ("Minnie", "Tuti"),
    ),
    "chinese": (
        0.6,
        ("Wei", "Xiaoling", "Jun", "Yiting", "Hao"),
        ("Zhang", "Wang", "Chen", "Liu", "Zhao"),
        ("Xiaoxiao", "Junjun"),
    ),
    "indian": (
        1.0,
        ("Priya", "Rahul", "Ananya", "Arjun", "Deepika", "Vikram"),
        ("Sharma", "Patel", "Iyer", "Reddy", "Nair", "Krishnan"),
        ("Vicky", "Ani"),
    ),
    "filipino": (
        0.6,
        ("Maricel", "Jhon Paul", "Rowena", "Jericho", "Lovely"),
        ("Dela Cruz", "Santos", "Bautista", "Villanueva", "Mendoza"),
        ("Jepoy", "Weng"),
    ),
    "nigerian": (
        0.6,
        ("Chinedu", "Adaeze", "Oluwaseun", "Ngozi", "Emeka"),
        ("Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun"),
        ("Seun", "Chidi"),
    ),
}  # fmt: skip

# Fathers' and grandfathers' names written between given name and surname.
FATHERS = {
    "somali": ("Hassan", "Ismail", "Abdiqadir", "Mahad", "Sheikh"),
    "iraqi_arabic": ("Hameed", "Abdulhussein", "Kareem", "Jawad"),
    "syrian_arabic": ("Mahmoud", "Adnan", "Fayez", "Samir"),
    "afghan": ("Ghulam", "Mohammad Ali", "Abdul"),
    "eritrean": ("Tekle", "Gebre", "Mehari"),
    "ethiopian": ("Asfaw", "Desta"),
    "kurdish": ("Ahmad", "Karim"),
}

# Given names that are Swedish or English words (a stone, a bear, a day, a path, a tale, a lily, an axle,
# a will; hope, grace, joy).
WORD_FIRST = (
    ("Sten", "swedish"),
    ("Björn", "swedish"),
    ("Dag", "swedish"),
    ("Stig", "swedish"),
    ("Saga", "swedish"),
    ("Lilja", "swedish"),
    ("Axel", "swedish"),
    ("Vilja", "swedish"),
    ("Hope", "english"),
    ("Grace", "english"),
    ("Joy", "english"),
)
# Surnames that are words (birch, linden, mountain, oak, falcon, islet, beach, frost, storm, winter, deer,
# swan, eagle, twig; king, young, fox).
WORD_SURNAMES = (
    ("Björk", "swedish"),
    ("Lind", "swedish"),
    ("Berg", "swedish"),
    ("Ek", "swedish"),
    ("Falk", "swedish"),
    ("Holm", "swedish"),
    ("Strand", "swedish"),
    ("Frost", "swedish"),
    ("Storm", "swedish"),
    ("Vinter", "swedish"),
    ("Hjort", "swedish"),
    ("Svan", "swedish"),
    ("Örn", "swedish"),
    ("Kvist", "swedish"),
    ("King", "english"),
    ("Young", "english"),
    ("Fox", "english"),
)
# How often a given name or a surname of an origin is one of its word names, outside the word-name slots.
WORD_SHARE = {"swedish": (0.04, 0.06), "english": (0.1, 0.1)}
