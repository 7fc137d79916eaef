"""Names of the fiftieth blind corpus (tests/blind50_corpus.py): patients, relatives, visitors and staff of
hospitals, vårdcentraler, psychiatric wards and ambulance stations in Umeå, Lund, Falun, Nacka and Visby.

Typed from the writer's own knowledge of names in Swedish towns today (no name package or list): the origins
and their weights, given names, surnames and nicknames, fathers' names where they are written as a middle
name, and word names (given names and surnames that are also Swedish or English words). Swedish names are
42 of about 94 in weight (about 45 %).
"""

from __future__ import annotations

# origin -> (weight, given names, surnames, nicknames)
ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        42.0,
        (
            "Anna", "Eva", "Karin", "Maria", "Kristina", "Lena", "Sara", "Emma", "Johanna", "Malin", "Linnea",
            "Elin", "Ida", "Hanna", "Sofia", "Frida", "Ebba", "Maja", "Alva", "Wilma", "Ingrid", "Margareta",
            "Birgitta", "Gunilla", "Ulla", "Agneta", "Camilla", "Jenny", "Therese", "Anna-Karin", "Eva-Lena",
            "Ann-Sofie", "Lars", "Anders", "Johan", "Magnus", "Mikael", "Fredrik", "Henrik", "Erik", "Karl",
            "Nils", "Olof", "Gustav", "Oskar", "Viktor", "Axel", "Filip", "Emil", "Linus", "Jonas", "Mattias",
            "Andreas", "Tobias", "Patrik", "Stefan", "Ulf", "Göran", "Bengt", "Leif", "Kjell", "Rolf",
            "Håkan",
            "Jan-Erik", "Lars-Göran", "Karl-Johan", "Mia-Lotta", "Ann-Charlotte", "Elsa", "Astrid", "Hampus",
            "Ludvig", "Albin", "Vilgot", "Tuva", "Moa", "Signe", "Greta",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg",
            "Lindqvist", "Lindström", "Lundgren", "Lundqvist", "Sandberg", "Forsberg", "Sjöberg", "Wallin",
            "Engström", "Eklund", "Danielsson", "Håkansson", "Henriksson", "Bergström", "Nyström", "Holmberg",
            "Sundberg", "Öberg", "Hedlund", "Åberg", "Nordin", "Lundin", "Hägglund", "Marklund", "Burman",
            "Öhman", "Nordström", "Granlund", "Westerlund", "Mattsson", "Hedman", "Ahlgren", "Ljungqvist",
            "von Essen", "af Klercker", "von Platen", "De Geer", "Wachtmeister", "Gyllenhammar",
            "Stjernkvist",
            "Dahlberg", "Sjögren", "Ekström", "Brännström", "Lidström", "Boström", "Wiklund", "Norberg",
        ),
        (
            "Kalle", "Micke", "Lasse", "Jocke", "Nisse", "Janne", "Kicki", "Lotta", "Mackan", "Frippe",
            "Bosse", "Totte", "Lillis", "Bullen", "Kenta", "Tjorven", "Gurra", "Sussi", "Pyret", "Tubbe",
        ),
    ),
    "finnish": (
        3.5,
        (
            "Jukka", "Mikko", "Timo", "Kari", "Pekka", "Sirpa", "Marjatta", "Tuula", "Päivi", "Anneli",
            "Riikka", "Jussi", "Aino", "Eetu", "Ville", "Heikki",
        ),
        (
            "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
            "Koskinen", "Järvinen", "Lehtonen", "Salminen", "Kangas", "Niskanen", "Peltola",
        ),
        ("Timppa", "Jukkis", "Pekkis", "Sirkku", "Masa"),
    ),
    "sami": (
        0.6,
        ("Ante", "Máret", "Sunna", "Elle", "Aslak", "Nils-Anders", "Biret", "Jovnna"),
        ("Kuoljok", "Nutti", "Labba", "Sarri", "Pavval", "Omma", "Tuorda", "Juuso"),
        ("Aslis", "Máre", "Jovva"),
    ),
    "arabic": (
        8.0,
        (
            "Ahmed", "Mohammed", "Omar", "Khaled", "Hassan", "Hussein", "Ali", "Mustafa", "Ibrahim", "Yousef",
            "Karim", "Samir", "Walid", "Rami", "Fadi", "Tarek", "Nour", "Fatima", "Aisha", "Mariam", "Layla",
            "Rania", "Hiba", "Dalia", "Yasmin", "Rasha", "Huda", "Zainab", "Bashar", "Majd",
        ),
        (
            "Al-Hassan", "al-Obeidi", "Haddad", "Khalil", "Mansour", "Saleh", "Hamdan", "Nasser", "Abbas",
            "Jaber", "Darwish", "Shalabi", "El-Amin", "Kassem", "Yassin", "Hamoud", "Qasim", "Othman",
            "Sabbagh", "Bakir", "al-Jabouri", "El Khatib",
        ),
        ("Mido", "Hamoudi", "Zizo", "Dodo", "Abu Jamal", "Sheikh"),
    ),
    "somali": (
        3.5,
        (
            "Abdi", "Abdirahman", "Mohamed", "Hodan", "Fadumo", "Hawa", "Sahra", "Ayaan", "Faisal", "Ilhan",
            "Yusuf", "Deeqa", "Idil", "Khadar", "Mahad", "Sagal",
        ),
        (
            "Warsame", "Farah", "Osman", "Mohamud", "Jama", "Abdullahi", "Aden", "Nur", "Ismail", "Hersi",
            "Egal", "Dirie", "Guled", "Abdikadir",
        ),
        ("Dheere", "Yare", "Shorty", "Gaaboow"),
    ),
    "eritrean": (
        1.5,
        ("Yonas", "Tesfay", "Semhar", "Senait", "Mehari", "Filmon", "Yohannes", "Selam", "Feven", "Awet"),
        ("Tesfamariam", "Gebremedhin", "Haile", "Berhane", "Tekle", "Ghebreab", "Kidane", "Woldemichael"),
        ("Yoni", "Fili", "Mimi"),
    ),
    "ethiopian": (
        0.8,
        ("Abebe", "Tigist", "Meron", "Dawit", "Bethlehem", "Henok", "Mekdes"),
        ("Bekele", "Tadesse", "Girma", "Alemu", "Mengistu", "Desta", "Assefa"),
        ("Titi", "Beti", "Dave"),
    ),
    "persian": (
        3.0,
        (
            "Reza", "Mehdi", "Amir", "Behrouz", "Dariush", "Farhad", "Kaveh", "Shirin", "Maryam", "Nasrin",
            "Leila", "Parisa", "Mina", "Roya", "Arash", "Golnaz",
        ),
        (
            "Hosseini", "Rahimi", "Karimi", "Moradi", "Ahmadi", "Jafari", "Mohammadi", "Rostami", "Sadeghi",
            "Tehrani", "Farahani", "Ebrahimi", "Khosravi",
        ),
        ("Rezo", "Farre", "Dari", "Kavo"),
    ),
    "kurdish": (
        2.0,
        ("Rebin", "Shwan", "Dilan", "Berivan", "Rozhin", "Aram", "Soran", "Hevin", "Zana", "Kawa", "Shilan"),
        ("Hawrami", "Zangana", "Rasul", "Qadir", "Mahmud", "Faraj", "Bapir", "Sindi"),
        ("Shwano", "Kako", "Dilo"),
    ),
    "afghan": (
        3.0,
        (
            "Mohammad", "Hamid", "Farid", "Sayed", "Ahmad", "Nasir", "Zahra", "Fereshta", "Mursal", "Shabnam",
            "Habib", "Wahid", "Rahim", "Jawad", "Mahboba",
        ),
        (
            "Hakimi", "Sultani", "Noori", "Amiri", "Popal", "Wardak", "Haidari", "Rezaei", "Hotak", "Sharifi",
            "Azizi", "Samadi",
        ),
        ("Hamo", "Fari", "Jawi"),
    ),
    "turkish": (
        1.8,
        ("Mehmet", "Emre", "Burak", "Murat", "Ayşe", "Elif", "Zeynep", "Fatma", "Cem", "Serkan", "Ebru"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan",
            "Polat"),
        ("Memo", "Bura", "Cemo"),
    ),
    "assyrian": (
        0.8,
        ("Gabriel", "Sargon", "Shamiram", "Ninos", "Ashur", "Nahrin", "Malke"),
        ("Yakoub", "Gabro", "Barsom", "Shabo", "Hanna-Aho", "Yildiz-Barsom"),
        ("Gabbe", "Sargo"),
    ),
    "exyu": (
        3.5,
        (
            "Edin", "Emir", "Jasmin", "Senad", "Dino", "Nermin", "Adnan", "Mirza", "Amra", "Selma", "Lejla",
            "Amela", "Dragan", "Goran", "Zoran", "Milan", "Ivana", "Jelena", "Tomislav", "Dejan", "Nikola",
        ),
        (
            "Hodžić", "Hadžić", "Begić", "Mehmedović", "Hasanović", "Delić", "Kovačević", "Petrović",
            "Jovanović", "Nikolić", "Marković", "Babić", "Horvat", "Perić", "Kapetanović", "Salihović",
            "Mujić",
        ),
        ("Dule", "Gogi", "Mixa", "Cica", "Bato"),
    ),
    "albanian": (
        0.8,
        ("Arben", "Blerim", "Besnik", "Fatmir", "Valon", "Arta", "Drita", "Vlora", "Liridona", "Egzon"),
        ("Krasniqi", "Berisha", "Gashi", "Morina", "Hoxha", "Shala", "Bytyqi", "Kelmendi"),
        ("Beni", "Vali", "Egzi"),
    ),
    "polish": (
        2.5,
        (
            "Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Agnieszka", "Katarzyna", "Małgorzata",
            "Joanna", "Magdalena", "Michał", "Łukasz", "Grzegorz", "Dorota",
        ),
        (
            "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Dąbrowska", "Kozłowska", "Jankowska", "Krawczyk",
        ),
        ("Kuba", "Gosia", "Kasia", "Tomek"),
    ),
    "baltic": (
        0.8,
        ("Darius", "Rasa", "Aušra", "Mindaugas", "Jurgita", "Andris", "Ilze", "Kristjan", "Liis"),
        ("Kazlauskas", "Jankauskas", "Petraitis", "Bērziņš", "Kalniņš", "Tamm", "Saar", "Sepp", "Mägi"),
        ("Dariukas", "Mindė"),
    ),
    "ukrainian": (
        1.5,
        ("Oleksandr", "Olena", "Iryna", "Andrii", "Dmytro", "Yuliia", "Oksana", "Serhii", "Tetiana",
            "Bohdan"),
        (
            "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Lysenko",
            "Marchenko", "Rudenko", "Savchenko",
        ),
        ("Sasha", "Dima", "Yulka", "Tanya"),
    ),
    "russian": (
        0.8,
        ("Sergej", "Svetlana", "Natalja", "Igor", "Vladimir", "Olga", "Jekaterina", "Dmitrij"),
        ("Ivanov", "Smirnova", "Kuznetsov", "Popova", "Volkov", "Sokolova", "Morozov"),
        ("Sveta", "Vova", "Olja"),
    ),
    "romanian": (
        0.7,
        ("Andrei", "Ionuț", "Mihai", "Elena", "Ioana", "Cristina", "Florin", "Gheorghe"),
        ("Popescu", "Ionescu", "Dumitru", "Constantin", "Munteanu", "Stoica", "Lungu"),
        ("Fane", "Nelu", "Lili"),
    ),
    "greek": (
        0.4,
        ("Georgios", "Dimitris", "Eleni", "Katerina", "Nikos", "Yannis"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Pappas"),
        ("Takis", "Dimi"),
    ),
    "latin": (
        1.3,
        (
            "Claudio", "Rodrigo", "Marcela", "Paula", "Alejandro", "Camila", "Valentina", "Diego", "Luis",
            "Carolina", "Jorge", "Gabriela",
        ),
        (
            "González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez",
            "Sepúlveda", "Fuentes", "Araya", "Vergara",
        ),
        ("Flaco", "Pato", "Chino", "Nacho"),
    ),
    "english": (
        1.2,
        (
            "James", "Oliver", "Emily", "Charlotte", "Thomas", "Sarah", "Matthew", "Jessica", "Ryan", "Megan",
            "Chloe", "Jack",
        ),
        (
            "Smith", "Johnson", "Williams", "Taylor", "Davies", "Evans", "Wilson", "Thompson", "Walker",
            "Robinson", "Harris", "Clarke", "Mitchell", "Turner",
        ),
        ("Jimmy", "Ollie", "Charlie", "Tommy", "Jess"),
    ),
    "irish": (
        0.8,
        ("Siobhán", "Aoife", "Niamh", "Seán", "Ciarán", "Conor", "Declan", "Róisín"),
        ("O'Brien", "O'Connor", "O'Sullivan", "Murphy", "Kelly", "O'Neill", "Byrne", "McCarthy"),
        ("Shay", "Kev", "Ree"),
    ),
    "westafrican": (
        0.9,
        (
            "Mamadou", "Fatou", "Awa", "Ousmane", "Aminata", "Lamin", "Isatou", "Chinedu", "Ngozi", "Kwame",
            "Kofi", "Adaeze",
        ),
        (
            "N'Diaye", "Diallo", "Jallow", "Ceesay", "Sowe", "Okafor", "Adeyemi", "Mensah", "Boateng",
            "N'Dour", "Touré", "Camara",
        ),
        ("Papis", "Lamino", "Big K", "Chichi"),
    ),
    "german": (
        1.0,
        ("Jürgen", "Wolfgang", "Stefanie", "Katrin", "Matthias", "Lukas", "Anja", "Sabine", "Florian"),
        (
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
            "von Bülow", "Zimmermann", "von Arnim",
        ),
        ("Flo", "Jogi", "Steffi", "Matze"),
    ),
    "dutch": (
        0.4,
        ("Sander", "Joost", "Femke", "Anouk", "Maarten", "Sanne", "Pieter"),
        ("de Vries", "van Dijk", "van der Berg", "Jansen", "Bakker", "Visser", "de Jong", "van Leeuwen"),
        ("Joos", "Pietje"),
    ),
    "nordic": (
        1.5,
        ("Mads", "Rasmus", "Mette", "Sigrid", "Ole", "Kristian", "Ingvild", "Torstein", "Jón", "Guðrún"),
        (
            "Hansen", "Jensen", "Pedersen", "Nielsen", "Kristiansen", "Haugen", "Bakke", "Solberg",
            "Jónsdóttir", "Sigurðsson",
        ),
        ("Siggi", "Rasse", "Krille"),
    ),
    "italian": (
        0.5,
        ("Giuseppe", "Marco", "Francesca", "Giulia", "Luca", "Alessandro", "Chiara"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Colombo", "D'Angelo", "Dell'Orto"),
        ("Beppe", "Ale"),
    ),
    "french": (
        0.4,
        ("Pierre", "Camille", "Julien", "Amélie", "Mathieu", "Claire", "Antoine"),
        ("Dubois", "Moreau", "Laurent", "Lefebvre", "Girard", "Rousseau", "Fontaine"),
        ("Pierrot", "Juju"),
    ),
    "hungarian": (
        0.3,
        ("László", "Zoltán", "Katalin", "Eszter", "Gábor", "Zsófia"),
        ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga"),
        ("Laci", "Zoli"),
    ),
    "thai": (
        0.9,
        ("Somchai", "Siriporn", "Nattapong", "Kanya", "Malee", "Waraporn", "Supaporn", "Pim"),
        ("Srisuk", "Chaiyaporn", "Wongsawat", "Saetang", "Phromma", "Boonmee", "Kaewkla"),
        ("Noi", "Lek", "Nok", "Aom"),
    ),
    "vietnamese": (
        0.4,
        ("Minh", "Thanh", "Huong", "Tuan", "Linh", "Dung", "Hoa"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Dang", "Bui"),
        ("Bi", "Tun"),
    ),
    "chinese": (
        0.8,
        ("Wei", "Jing", "Xiaoming", "Mei", "Yan", "Hui", "Lei", "Hao"),
        ("Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Lin"),
        ("Xiaoxiao", "Lily", "Coco"),
    ),
    "indian": (
        1.3,
        ("Priya", "Rahul", "Anil", "Sunita", "Deepak", "Ananya", "Vikram", "Pooja", "Arjun", "Rohan", "Neha"),
        ("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "D'Souza", "D'Costa",
            "Menon"),
        ("Raju", "Bunty", "Pinky", "Sonu"),
    ),
    "pakistani": (
        0.4,
        ("Imran", "Usman", "Bilal", "Ayesha", "Sana", "Hira", "Kamran"),
        ("Khan", "Butt", "Chaudhry", "Malik", "Qureshi", "Raza"),
        ("Mani", "Billo"),
    ),
    "filipino": (
        0.5,
        ("Jose", "Ramon", "Marites", "Rowena", "Jerome", "Analyn", "Rodel"),
        ("Santos", "Reyes", "dela Cruz", "Bautista", "Mendoza", "Villanueva", "Aquino"),
        ("Jun-Jun", "Bong", "Tess"),
    ),
}  # fmt: skip

# Fathers' (or middle) names written between a given name and a surname where that is usual.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Abdi", "Mohamed", "Hussein", "Ahmed", "Omar", "Yusuf", "Hirsi"),
    "eritrean": ("Tesfay", "Gebre", "Haile", "Kahsay", "Mehari"),
    "ethiopian": ("Abebe", "Tesfaye", "Girma", "Worku"),
    "arabic": ("Abdullah", "Mahmoud", "Jamal", "Salim", "Adnan"),
    "ukrainian": ("Oleksandrovych", "Ivanivna", "Petrovych", "Mykolaivna"),
    "russian": ("Sergejevitj", "Ivanovna", "Nikolajevitj"),
    "vietnamese": ("Thi", "Duc", "Hong", "Quang"),
}

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "de", "af", "der", "dela"})

# Given names and surnames that are also Swedish or English words (name, origin).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Stig", "swedish"), ("Inga", "swedish"), ("Klara", "swedish"),
    ("Björn", "swedish"), ("Liv", "swedish"), ("Saga", "swedish"), ("Dag", "swedish"),
    ("Siv", "swedish"), ("Iris", "swedish"), ("Lisa", "swedish"), ("Bo", "swedish"),
    ("Hope", "english"), ("Joy", "english"), ("Grace", "english"), ("Rose", "english"),
    ("Faith", "english"), ("Dawn", "english"), ("Roman", "polish"), ("Mark", "german"),
    ("Ploy", "thai"), ("Will", "english"),
)  # fmt: skip
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"), ("Björk", "swedish"), ("Lind", "swedish"), ("Ek", "swedish"),
    ("Strand", "swedish"), ("Holm", "swedish"), ("Falk", "swedish"), ("Storm", "swedish"),
    ("Örn", "swedish"), ("Svan", "swedish"), ("Stark", "swedish"), ("Rask", "swedish"),
    ("Kvist", "swedish"), ("Hjort", "swedish"), ("Lax", "swedish"), ("Vinter", "swedish"),
    ("Sommar", "swedish"), ("Blom", "swedish"), ("Green", "english"), ("Young", "english"),
    ("King", "english"), ("Wood", "english"), ("Hill", "english"), ("Stone", "english"),
    ("Wolf", "german"), ("Koch", "german"), ("Long", "chinese"), ("Fang", "chinese"),
    ("Blind", "sami"),
)  # fmt: skip
# How often an ordinary person of an origin has a word as given name or surname (first, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.03, 0.05),
    "english": (0.1, 0.1),
    "german": (0.05, 0.1),
    "chinese": (0.0, 0.1),
    "thai": (0.08, 0.0),
    "polish": (0.04, 0.0),
    "sami": (0.0, 0.15),
}
