"""Names of the forty-first blind corpus (tests/blind41_corpus.py): the people who turn up in a public
transport operator's incident reports in Malmö, Lund and Landskrona — drivers, tram and train staff,
trygghetsvärdar, biljettkontrollanter, station hosts, passengers, witnesses and the people they report.

Typed from the writer's own knowledge of who lives in western Skåne today, with no name list or package.
ORIGINS maps an origin to (weight, given names, surnames, nicknames); the weights are the share of names of
that origin in the corpus (Swedish a little below half, as in Malmö's and Landskrona's registers). FATHERS
gives a father's or grandfather's name written between given name and surname where that is usual.
WORD_FIRST and WORD_SURNAMES are names that are also Swedish or English words.
"""

from __future__ import annotations

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "de", "af"})

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        44.0,
        (
            "Anders", "Mikael", "Johan", "Lars-Göran", "Karl Johan", "Per-Olof", "Jonas", "Henrik", "Magnus",
            "Fredrik", "Niklas", "Patrik", "Ulf", "Kent", "Tommy", "Emil", "Oscar", "Gustav",
            "Viktor", "Linus",
            "Anna", "Eva", "Karin", "Maria", "Lena", "Kristina", "Ann-Sofie", "Anna-Karin", "Helena", "Sofia",
            "Malin", "Jenny", "Therese", "Camilla", "Ebba", "Elsa", "Wilma", "Alva", "Ellen",
            "Maja", "Agneta",
            "Birgitta", "Gunilla", "Britt-Marie", "Hampus", "Jesper", "Rasmus", "Sixten", "Ingrid", "Tove",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jönsson", "Mårtensson", "Håkansson", "Nordström",
            "Lindqvist", "Bengtsson", "Ohlsson", "Paulsson", "Mattsson", "Sjögren", "Wallin", "Lundgren",
            "Ekström", "Hallberg", "Axelsson", "Ingvarsson", "Åkesson", "Törnqvist", "Bladh", "Sandell",
            "Cederholm", "Rosendahl", "Frisk", "Appelqvist", "Tufvesson", "Nordin", "Hägglund",
            "von Platen", "af Klercker", "Lilliehöök", "Göransson", "Stjernberg", "Malmqvist",
        ),
        ("Kalle", "Pelle", "Lasse", "Nisse", "Bosse", "Micke", "Jocke", "Tobbe", "Lillen",
        "Blixten", "Bamse"),
    ),
    "danish": (
        2.0,
        ("Mads", "Rasmus", "Søren", "Jens", "Mette", "Pernille", "Sanne", "Kasper", "Mikkel", "Birthe"),
        ("Jørgensen", "Sørensen", "Rasmussen", "Kristensen", "Møller", "Madsen", "Thomsen", "Poulsen"),
        ("Dansken", "Søs", "Mikki"),
    ),
    "finnish": (
        1.5,
        ("Jukka", "Pekka", "Timo", "Sari", "Päivi", "Tuula", "Kari", "Marjatta", "Aila", "Jari"),
        ("Virtanen", "Mäkinen", "Heikkinen", "Koskinen", "Nieminen", "Laaksonen", "Hämäläinen", "Salo"),
        ("Finnen", "Jussi", "Pekkis"),
    ),
    "bosnian": (
        3.0,
        ("Emir", "Amer", "Adnan", "Edin", "Senad", "Amra", "Lejla", "Azra", "Selma", "Elma", "Kenan", "Dino"),
        ("Hodžić", "Mehmedović", "Begić", "Hasanović", "Delić", "Omerović", "Kovačević", "Halilović"),
        ("Dado", "Keno", "Edo", "Bato"),
    ),
    "serbian": (
        1.5,
        ("Dragan", "Nenad", "Miloš", "Dejan", "Jelena", "Milica", "Snežana", "Zoran", "Vesna", "Nikola"),
        ("Petrović", "Jovanović", "Nikolić", "Stojanović", "Marković", "Đorđević", "Ilić", "Pavlović"),
        ("Gaga", "Žika", "Cile"),
    ),
    "croatian": (
        1.0,
        ("Ivan", "Marko", "Ante", "Josip", "Ivana", "Marija", "Ana-Marija", "Tomislav", "Katarina"),
        ("Horvat", "Babić", "Jurić", "Knežević", "Vuković", "Matić", "Perić", "Tomić"),
        ("Jure", "Tomo", "Kiki"),
    ),
    "albanian": (
        2.5,
        ("Arben", "Besnik", "Driton", "Valon", "Fatmir", "Liridona", "Blerta", "Arta", "Granit", "Leutrim"),
        ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Shala", "Morina", "Rexhepi", "Bytyqi", "Kelmendi"),
        ("Beni", "Toni", "Lonni", "Dritte"),
    ),
    "macedonian": (
        0.8,
        ("Goran", "Aleksandar", "Biljana", "Zlatko", "Dragana", "Vlatko", "Marjan"),
        ("Stojanovski", "Trajkovski", "Petrovska", "Nikolovski", "Dimitrovski", "Angelovska"),
        ("Goki", "Sasho"),
    ),
    "iraqi": (
        4.5,
        (
            "Ahmed", "Mustafa", "Haider", "Hussein", "Ali", "Zainab", "Noor", "Fatima", "Maryam", "Yousif",
            "Karrar", "Sajjad", "Rusul", "Ruqaya", "Abbas",
        ),
        ("al-Saadi", "al-Jabouri", "Kadhim", "Jasim", "al-Tamimi", "Abdulkareem", "Mahdi",
         "al-Obaidi", "Salman"),
        ("Hamoudi", "Abo Ali", "Sajjo", "Karro"),
    ),
    "syrian": (
        4.0,
        ("Mohammad", "Omar", "Khaled", "Yaser", "Rami", "Bashar", "Hala", "Rasha", "Lama", "Dima", "Ghaith"),
        ("al-Halabi", "Darwish", "Haddad", "Kassem", "al-Homsi", "Shaheen", "Najjar", "Suleiman"),
        ("Abo Omar", "Mido", "Rambo", "Khalodi"),
    ),
    "palestinian": (
        2.0,
        ("Mahmoud", "Samir", "Nabil", "Tarek", "Walid", "Amal", "Samira", "Jamal", "Hanan", "Ibrahim"),
        ("Khalil", "Abu-Nasser", "Odeh", "Barghouti", "Hamdan", "el-Masri", "Zaqout", "Awad"),
        ("Abo Jamal", "Tito", "Mimo"),
    ),
    "lebanese": (
        1.5,
        ("Hassan", "Bilal", "Ziad", "Fadi", "Hussein", "Mariam", "Zeinab", "Rabih", "Nadine"),
        ("Fakih", "Khodr", "Chahine", "Hijazi", "Moussawi", "Dakroub", "Srour"),
        ("Abo Hassan", "Bilo", "Fado"),
    ),
    "somali": (
        3.0,
        ("Abdirahman", "Abdullahi", "Mohamed", "Hodan", "Fartun", "Ayaan", "Hamza", "Sahra",
        "Ilhan", "Liban"),
        ("Warsame", "Farah", "Jama", "Abdi", "Hersi", "Osman", "Nur", "Dahir", "Ismail", "Egal"),
        ("Gaab", "Dheere", "Yare", "Cali"),
    ),
    "eritrean": (
        1.0,
        ("Yonas", "Tesfay", "Semhar", "Filmon", "Helen", "Merhawi", "Rahel", "Robel", "Senait"),
        ("Tekle", "Ghebremedhin", "Haile", "Berhane", "Woldu", "Kidane", "Mehari"),
        ("Yoni", "Fili"),
    ),
    "ethiopian": (
        0.5,
        ("Dawit", "Meron", "Bethlehem", "Abel", "Hanna", "Yared"),
        ("Girma", "Tadesse", "Bekele", "Alemu", "Desta"),
        ("Dave", "Beti"),
    ),
    "afghan": (
        2.5,
        ("Ahmad", "Mohammad Reza", "Farid", "Hamid", "Sayed", "Zahra", "Fereshta", "Morteza", "Nasrin",
         "Ali Reza", "Mahdi"),
        ("Hosseini", "Rahimi", "Jafari", "Noori", "Ahmadzai", "Sultani", "Mohammadi", "Azizi", "Haidari"),
        ("Afghanen", "Reza", "Mati"),
    ),
    "iranian": (
        2.0,
        ("Reza", "Babak", "Kaveh", "Dariush", "Shirin", "Parisa", "Mahsa", "Arash", "Leila", "Nima"),
        ("Ahmadi", "Karimi", "Mousavi", "Rostami", "Tehrani", "Moradi", "Sadeghi", "Rezaei", "Ghasemi"),
        ("Babbe", "Dari", "Kavve"),
    ),
    "kurdish": (
        2.0,
        ("Rebin", "Shvan", "Dilan", "Berivan", "Rojda", "Hozan", "Zana", "Azad", "Newroz", "Jiyan"),
        ("Baban", "Barzani", "Hawrami", "Sharif", "Goran", "Mahmood", "Qadir", "Bakr"),
        ("Rebbe", "Shvanne", "Zanko"),
    ),
    "turkish": (
        2.0,
        ("Mehmet", "Murat", "Emre", "Burak", "Elif", "Zeynep", "Ayşe", "Serkan", "Gülay", "Kemal", "Tuba"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan"),
        ("Memo", "Muri", "Turken"),
    ),
    "polish": (
        2.5,
        ("Piotr", "Tomasz", "Krzysztof", "Paweł", "Agnieszka", "Katarzyna", "Magdalena", "Łukasz", "Marek",
         "Joanna", "Grzegorz"),
        ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska",
         "Dąbrowski"),
        ("Polacken", "Kuba", "Gosia"),
    ),
    "romanian": (
        1.2,
        ("Ionuț", "Florin", "Mihai", "Andreea", "Ioana", "Cristian", "Gheorghe", "Elena"),
        ("Popescu", "Ionescu", "Dumitru", "Stan", "Constantin", "Munteanu", "Lăcătuș"),
        ("Nelu", "Gigi", "Fane"),
    ),
    "bulgarian": (
        0.6,
        ("Georgi", "Dimitar", "Ivaylo", "Desislava", "Radostina", "Stoyan"),
        ("Georgiev", "Dimitrova", "Ivanov", "Petkov", "Todorova"),
        ("Gosho", "Mitko"),
    ),
    "ukrainian": (
        1.2,
        ("Oleksandr", "Andrii", "Olena", "Iryna", "Yulia", "Taras", "Dmytro", "Oksana"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchuk", "Melnyk", "Boyko"),
        ("Sasha", "Dima", "Ira"),
    ),
    "russian": (
        0.7,
        ("Sergej", "Aleksej", "Natalja", "Svetlana", "Igor", "Jekaterina"),
        ("Ivanova", "Smirnov", "Kuznetsov", "Popova", "Sokolov", "Volkova"),
        ("Serjoga", "Katja", "Ljosja"),
    ),
    "german": (
        1.0,
        ("Jürgen", "Klaus", "Stefan", "Sabine", "Ulrike", "Matthias", "Anke", "Tobias"),
        ("Müller", "Schneider", "Fischer", "Becker", "Hoffmann", "Schäfer", "Wagner", "Zimmermann"),
        ("Tyskan", "Uli", "Matze"),
    ),
    "english": (
        1.2,
        ("James", "Oliver", "Daniel", "Sarah", "Emily", "Rebecca", "Liam", "Siobhan", "Connor", "Aoife"),
        ("O'Brien", "O'Connor", "O'Neill", "Thompson", "McCarthy", "Walsh", "O'Sullivan", "Fletcher"),
        ("Jamie", "Ollie", "Becks"),
    ),
    "dutch": (
        0.4,
        ("Joost", "Sanne", "Bram", "Femke", "Maarten"),
        ("de Vries", "van Dijk", "de Jong", "van der Berg", "Bakker", "Visser"),
        ("Holländarn",),
    ),
    "gambian": (
        1.0,
        ("Lamin", "Ebrima", "Modou", "Fatou", "Isatou", "Ousman", "Mariama", "Alieu"),
        ("Jallow", "Ceesay", "Touray", "Sanneh", "Camara", "Bojang", "Darboe"),
        ("Lamo", "Ebou", "Modi"),
    ),
    "thai": (
        0.8,
        ("Somchai", "Nattaya", "Siriporn", "Kanya", "Wanida", "Pranee", "Somsak"),
        ("Srisuk", "Boonmee", "Chaiyasit", "Sukprasert", "Thongdee", "Wongsawat"),
        ("Nok", "Pim", "Noi"),
    ),
    "vietnamese": (
        0.8,
        ("Minh", "Thanh", "Hoa", "Tuan", "Linh", "Quang", "Phuong"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui"),
        ("Tommy", "Bé"),
    ),
    "chinese": (
        0.6,
        ("Wei", "Jing", "Xiaoming", "Li Na", "Yan", "Hao"),
        ("Zhang", "Liu", "Chen", "Huang", "Zhou", "Wu"),
        ("Xiao", "Mingming"),
    ),
    "indian": (
        0.8,
        ("Rahul", "Priya", "Arjun", "Deepika", "Vikram", "Ananya", "Sanjay", "Neha"),
        ("Sharma", "Patel", "Iyer", "Reddy", "D'Souza", "Nair", "Gupta", "Menon"),
        ("Raju", "Chintu", "Bunty"),
    ),
    "pakistani": (
        0.6,
        ("Imran", "Usman", "Ayesha", "Bilal", "Sana", "Faisal"),
        ("Qureshi", "Chaudhry", "Malik", "Butt", "Siddiqui", "Rana"),
        ("Immi", "Chaudhry Sahib"),
    ),
    "chilean": (
        1.0,
        ("Carlos", "Jorge", "Alejandra", "Valentina", "Cristóbal", "Camila", "Rodrigo", "Francisca"),
        ("González", "Muñoz", "Rojas", "Díaz", "Soto", "Contreras", "Sepúlveda", "de la Fuente"),
        ("Pancho", "Coco", "Negro"),
    ),
    "italian": (
        0.6,
        ("Giuseppe", "Francesca", "Luca", "Giulia", "Matteo", "Chiara"),
        ("D'Amico", "Dell'Orto", "D'Angelo", "Romano", "Esposito", "Ferrari"),
        ("Beppe", "Gigi"),
    ),
    "hungarian": (
        0.6,
        ("Zoltán", "László", "Ágnes", "Katalin", "Gábor", "Eszter"),
        ("Nagy", "Tóth", "Szabó", "Horváth", "Varga", "Molnár"),
        ("Laci", "Zoli"),
    ),
    "greek": (
        0.5,
        ("Giorgos", "Nikos", "Eleni", "Dimitris", "Sofia", "Kostas"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Oikonomou", "Karagiannis"),
        ("Takis", "Grekern"),
    ),
    "lithuanian": (
        0.4,
        ("Tomas", "Mantas", "Rasa", "Jurgita", "Darius"),
        ("Kazlauskas", "Petrauskas", "Jankauskaitė", "Stankevičius"),
        ("Mantis",),
    ),
}  # fmt: skip

# A father's (or grandfather's) name between given name and surname, where that is how people are written.
FATHERS: dict[str, tuple[str, ...]] = {
    "iraqi": ("Hussein", "Kadhim", "Abdulredha", "Jabbar", "Khalaf"),
    "syrian": ("Mohammad", "Ahmad", "Abdulrahman", "Fawaz"),
    "somali": ("Ahmed", "Hassan", "Yusuf", "Aden", "Mahamud"),
    "afghan": ("Gul", "Rahim", "Nazar"),
    "eritrean": ("Gebre", "Tesfamariam", "Weldemichael"),
    "palestinian": ("Ahmad", "Yousef"),
    "russian": ("Ivanovitj", "Petrovna", "Sergejevitj"),
}

# Given names that are also words (and their origin).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Stig", "swedish"), ("Dag", "swedish"), ("Bo", "swedish"), ("Björn", "swedish"),
    ("Bror", "swedish"), ("Vilja", "swedish"), ("Saga", "swedish"), ("Klara", "swedish"), ("Ros", "swedish"),
    ("Sol", "swedish"), ("Ask", "swedish"), ("Love", "swedish"), ("Axel", "swedish"), ("Iris", "swedish"),
    ("Viola", "swedish"), ("Vide", "swedish"), ("Rut", "swedish"), ("Lina", "swedish"), ("Hans", "swedish"),
    ("Hope", "english"), ("Grace", "english"), ("Will", "english"), ("Mark", "english"), ("Faith", "english"),
    ("Can", "turkish"), ("Mina", "iranian"), ("Nur", "kurdish"), ("Amal", "palestinian"), ("Frank", "german"),
)  # fmt: skip

# Surnames that are also words (and their origin).
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Björk", "swedish"), ("Lind", "swedish"), ("Ek", "swedish"), ("Berg", "swedish"), ("Holm", "swedish"),
    ("Strand", "swedish"), ("Falk", "swedish"), ("Hjort", "swedish"), ("Örn", "swedish"), ("Svan", "swedish"),
    ("Ström", "swedish"), ("Bäck", "swedish"), ("Fors", "swedish"), ("Frost", "swedish"), ("Storm",
    "swedish"),
    ("Modig", "swedish"), ("Glad", "swedish"), ("Ljung", "swedish"), ("Kvist", "swedish"),
    ("Vinter", "swedish"),
    ("Sommar", "swedish"), ("Hed", "swedish"), ("Mård", "swedish"), ("Trana", "swedish"),
    ("Kiss", "hungarian"), ("Long", "vietnamese"), ("Said", "iraqi"), ("Sultan", "afghan"),
    ("Wolf", "german"), ("Young", "english"), ("King", "english"), ("Brown", "english"), ("Bell", "english"),
)  # fmt: skip

# How often a drawn given name or surname of an origin is a word name when the frame does not ask for one.
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.03, 0.06),
    "english": (0.03, 0.05),
}
