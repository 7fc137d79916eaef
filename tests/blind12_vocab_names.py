"""Names of the twelfth blind corpus (tests/blind12_corpus.py), typed from the writer's own knowledge.

ORIGINS maps an origin to (first names, surnames). NICKNAMES are (nickname, the name it comes from, origin).
WORD_FIRST and WORD_SURNAMES are names that are also ordinary Swedish or English words, with their origin.
No name list or package was used.
"""

from __future__ import annotations

ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        (
            "Anna", "Eva", "Maria", "Kristina", "Lena", "Sara", "Emma", "Johanna", "Malin", "Elin", "Ida",
            "Linnéa", "Maja", "Elsa", "Ebba", "Wilma", "Ingrid", "Birgitta", "Margareta", "Ulla", "Åsa",
            "Annika", "Camilla", "Helena", "Therese", "Sofia", "Ann-Sofie", "Marie-Louise", "Erik", "Lars",
            "Anders", "Johan", "Mikael", "Jan", "Peter", "Thomas", "Daniel", "Fredrik", "Magnus", "Mattias",
            "Henrik", "Jonas", "Oskar", "Gustav", "Viktor", "Filip", "Ludvig", "Olle", "Nils", "Åke",
            "Göran", "Leif", "Bengt", "Kjell", "Ulf", "Patrik", "Andreas", "Niklas", "Tobias", "Emil",
            "Hampus", "Linus", "Karl-Erik", "Per-Olof", "Lars-Göran", "Agneta", "Gunilla", "Jessica",
            "Hanna", "Josefin", "Amanda", "Moa", "Tuva", "Stina", "Jenny", "Frida", "Sixten", "Melker",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
            "Lindberg", "Lindström", "Lindqvist", "Lindgren", "Jakobsson", "Magnusson", "Olofsson",
            "Lundberg", "Lundgren", "Axelsson", "Bergström", "Lundqvist", "Mattsson", "Fredriksson",
            "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund", "Danielsson",
            "Håkansson", "Lundin", "Gunnarsson", "Holmberg", "Björklund", "Bergman", "Samuelsson",
            "Fransson", "Wikström", "Isaksson", "Nyström", "Holmström", "Åberg", "Söderberg", "Nyberg",
            "Blomqvist", "Claesson", "Mårtensson", "Hedlund", "Sundberg", "Öberg", "Ekström", "Hellström",
            "Sjögren", "Dahlberg", "af Klercker", "von Platen", "De Geer", "Lindh-Olsson", "Wahlgren",
            "Grönlund", "Östlund", "Rydén", "Tegnér", "Ståhl", "Hägglund", "Forsgren", "Edlund", "Norén",
        ),
    ),
    "finnish": (
        (
            "Matti", "Juha", "Mikko", "Jari", "Timo", "Pekka", "Kari", "Antti", "Tuula", "Päivi", "Sari",
            "Riitta", "Anneli", "Marjatta", "Hannele", "Satu", "Jukka", "Seppo", "Aino", "Kaisa",
        ),
        (
            "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
            "Koskinen", "Järvinen", "Lehtonen", "Salminen", "Heinonen", "Niemi", "Kinnunen", "Rantanen",
        ),
    ),
    "nordic": (
        (
            "Ole", "Knut", "Sindre", "Rasmus", "Mads", "Ingvild", "Sigrid", "Mette", "Trine", "Kirsten",
            "Tone", "Jens", "Søren", "Halvard", "Solveig", "Gunnhild",
        ),
        (
            "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nielsen", "Kristiansen",
            "Jensen", "Haugen", "Bakke", "Solberg", "Sørensen", "Rasmussen", "Kristensen", "Haugland",
        ),
    ),
    "arabic": (
        (
            "Mohammed", "Ahmad", "Ali", "Omar", "Khaled", "Yousef", "Ibrahim", "Mahmoud", "Hussein",
            "Mustafa", "Abdullah", "Karim", "Bilal", "Tarek", "Fatima", "Aisha", "Maryam", "Rania", "Noor",
            "Hiba", "Rasha", "Huda", "Zainab", "Amira", "Dima", "Walid", "Samir", "Nadia", "Yasmin",
        ),
        (
            "Al-Hassan", "al-Rashid", "Haddad", "Khalil", "Hamdan", "Saleh", "Mansour", "Nasser", "Khoury",
            "Abboud", "Darwish", "Yassin", "Jaber", "Hamoud", "El-Sayed", "Al-Obaidi", "Kadhim", "Jasim",
            "Issa", "Suleiman", "Al-Khatib", "Qasim", "Shaker", "Awad",
        ),
    ),
    "assyrian": (
        ("Sargon", "Ninos", "Robil", "Shamiram", "Nahrin", "Atour", "Ramina", "Aday", "Sanharib", "Ninve"),
        ("Lahdo", "Barsom", "Gabro", "Malke", "Yacoub", "Aho", "Danho", "Shabo", "Kourie", "Elias"),
    ),
    "somali": (
        (
            "Abdi", "Abdirahman", "Abdullahi", "Mohamed", "Hassan", "Ahmed", "Liban", "Yusuf", "Hodan",
            "Fadumo", "Hawa", "Sahra", "Ifrah", "Ayaan", "Deeqa", "Hibaaq", "Nimco", "Mustafe", "Guled",
        ),
        (
            "Warsame", "Farah", "Jama", "Osman", "Adan", "Egal", "Mohamud", "Hersi", "Duale", "Abdulle",
            "Isse", "Dahir", "Gedi", "Samatar", "Aden", "Nuur",
        ),
    ),
    "persian": (
        (
            "Reza", "Mehdi", "Hossein", "Amir", "Dariush", "Babak", "Kaveh", "Arash", "Parisa", "Shirin",
            "Nasrin", "Leila", "Golnaz", "Farnaz", "Roya", "Shahin", "Behrouz", "Azadeh", "Negin",
        ),
        (
            "Mohammadi", "Hosseini", "Ahmadi", "Rezaei", "Karimi", "Moradi", "Jafari", "Sadeghi", "Kazemi",
            "Tehrani", "Esfahani", "Shirazi", "Afshar", "Najafi", "Ghorbani", "Bagheri", "Sharifi",
        ),
    ),
    "afghan": (
        (
            "Hamid", "Wahid", "Naweed", "Sohrab", "Farid", "Ramin", "Zahra", "Mursal", "Freshta", "Parwana",
            "Sabira", "Habibullah", "Sayed", "Zarmina", "Masood", "Nasima",
        ),
        (
            "Haidari", "Sultani", "Popal", "Noori", "Hakimi", "Amiri", "Stanikzai", "Wardak", "Rasuli",
            "Jalali", "Safi", "Azizi", "Barakzai", "Ahmadzai", "Mohseni",
        ),
    ),
    "kurdish": (
        (
            "Rebin", "Dilan", "Shvan", "Soran", "Baran", "Rojan", "Zana", "Azad", "Hejar", "Berivan",
            "Rojda", "Zilan", "Avin", "Shilan", "Kawa", "Goran",
        ),
        (
            "Zebari", "Barzani", "Mahmud", "Qadir", "Aziz", "Omer", "Hawrami", "Sindi", "Mirza", "Doski",
            "Berwari", "Rasul", "Hawramani", "Jaff",
        ),
    ),
    "bks": (
        (
            "Emir", "Adnan", "Edin", "Senad", "Nermin", "Dragan", "Milan", "Zoran", "Nikola", "Marko",
            "Ivana", "Jelena", "Amra", "Selma", "Lejla", "Azra", "Mirela", "Snežana", "Dragana", "Vesna",
            "Haris", "Almir", "Dženana",
        ),
        (
            "Hodžić", "Hadžić", "Kovačević", "Begić", "Mehmedović", "Hasanović", "Delić", "Jovanović",
            "Petrović", "Nikolić", "Marković", "Đorđević", "Ilić", "Babić", "Kovač", "Horvat",
            "Šabanović", "Ibrahimović", "Mujić", "Softić", "Alić",
        ),
    ),
    "polish": (
        (
            "Piotr", "Krzysztof", "Tomasz", "Paweł", "Marcin", "Michał", "Łukasz", "Jakub", "Katarzyna",
            "Agnieszka", "Małgorzata", "Magdalena", "Joanna", "Ewa", "Aleksandra", "Dorota", "Grzegorz",
        ),
        (
            "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
            "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowska", "Jankowska", "Mazur", "Krawczyk",
        ),
    ),
    "turkish": (
        (
            "Mehmet", "Ahmet", "Murat", "Emre", "Burak", "Serkan", "Hakan", "Kemal", "Ayşe", "Elif",
            "Zeynep", "Emine", "Fatma", "Hatice", "Derya", "Gülsen", "Oğuz",
        ),
        (
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
            "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Koç",
        ),
    ),
    "eritrean": (
        (
            "Yonas", "Tesfay", "Dawit", "Mehari", "Tekle", "Semere", "Filmon", "Haben", "Senait", "Rahel",
            "Selam", "Mebrat", "Luwam", "Saba", "Feven", "Yemane",
        ),
        (
            "Tesfamariam", "Ghebremedhin", "Habte", "Kidane", "Woldemichael", "Berhane", "Tekeste",
            "Haile", "Asmerom", "Gebru", "Yohannes", "Tewolde", "Mehreteab", "Andemariam",
        ),
    ),
    "latin": (
        (
            "Juan Carlos", "Luis", "Jorge", "Carlos", "Pablo", "Sebastián", "Diego", "María José",
            "Camila", "Valentina", "Daniela", "Catalina", "Francisca", "Rodrigo", "Ximena",
        ),
        (
            "González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez",
            "Sepúlveda", "Morales", "Fuentes", "Vargas", "Reyes", "Castillo", "González Muñoz",
        ),
    ),
    "thai": (
        (
            "Somchai", "Nattapong", "Anong", "Siriporn", "Malee", "Pranee", "Kanya", "Sunisa", "Wanida",
            "Niran",
        ),
        ("Srisuk", "Wongsawat", "Boonmee", "Sukprasert", "Chaiyasit", "Phromma", "Rattanakorn", "Kongsuk"),
    ),
    "vietnamese": (
        ("Minh", "Tuan", "Hung", "Duc", "Thanh", "Linh", "Huong", "Thu", "Hoa", "Ngoc", "Quang", "Phuong"),
        ("Nguyen", "Pham", "Hoang", "Huynh", "Phan", "Vu", "Dang", "Bui", "Ngo", "Duong", "Truong"),
    ),
    "english": (
        (
            "James", "David", "Michael", "Christopher", "Sarah", "Emily", "Rebecca", "Laura", "Claire",
            "Sophie", "Gareth", "Siobhan", "Liam", "Niamh",
        ),
        (
            "Smith", "Taylor", "Wilson", "Davies", "Evans", "Thompson", "Roberts", "Walker", "Wright",
            "Robinson", "O'Connor", "O'Brien", "McLeod", "Fitzgerald",
        ),
    ),
    "german_dutch": (
        ("Klaus", "Jürgen", "Wolfgang", "Stefan", "Matthias", "Sabine", "Heike", "Ute", "Anke", "Katrin"),
        (
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schulz",
            "van der Meer", "de Vries", "de Jong", "van Dijk",
        ),
    ),
    "romanian": (
        ("Andrei", "Ionuț", "Florin", "Mihai", "Ioana", "Elena", "Andreea", "Cristina", "Vasile"),
        ("Popescu", "Ionescu", "Popa", "Dumitru", "Munteanu", "Constantin", "Radu", "Lungu"),
    ),
    "ukrainian": (
        (
            "Oleksandr", "Andrij", "Serhij", "Dmytro", "Olena", "Iryna", "Oksana", "Natalija", "Tetiana",
            "Jurij",
        ),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Lysenko"),
    ),
    "south_asian": (
        ("Rahul", "Amit", "Priya", "Anjali", "Imran", "Asif", "Ayesha", "Sana", "Faisal", "Harpreet"),
        ("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Khan", "Qureshi", "Chaudhry", "Malik", "Iqbal"),
    ),
    "chinese": (
        ("Wei", "Jing", "Xiaoming", "Yan", "Hui", "Mei", "Jun", "Xiu Ying", "Haoran"),
        ("Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu"),
    ),
    "west_african": (
        ("Kwame", "Kofi", "Chinedu", "Emeka", "Ngozi", "Amara", "Fatou", "Aminata", "Mamadou", "Ousmane"),
        ("Diallo", "Traoré", "Camara", "Koné", "Mensah", "Okafor", "Nwosu", "Adeyemi", "Ndiaye", "Sow"),
    ),
    "sami": (
        ("Ánde", "Máret", "Niila", "Sunná", "Risten", "Ailo", "Elle", "Nils-Anders"),
        ("Labba", "Kuhmunen", "Sarri", "Päiviö", "Omma", "Huuva", "Gaup", "Sparrok"),
    ),
}  # fmt: skip

# Weight of each origin when a person is drawn (Swedish names most common, as in a Swedish town today).
WEIGHTS: dict[str, int] = {o: 4 for o in ORIGINS} | {
    "swedish": 30, "arabic": 8, "somali": 6, "persian": 5, "finnish": 5, "bks": 5, "polish": 5,
    "kurdish": 5, "turkish": 5, "eritrean": 4, "afghan": 4, "sami": 2, "thai": 3, "chinese": 3,
}  # fmt: skip

NICKNAMES: tuple[tuple[str, str, str], ...] = (
    ("Jocke", "Joakim", "swedish"), ("Micke", "Mikael", "swedish"), ("Kalle", "Karl", "swedish"),
    ("Pelle", "Per", "swedish"), ("Nisse", "Nils", "swedish"), ("Lasse", "Lars", "swedish"),
    ("Janne", "Jan", "swedish"), ("Kicki", "Kristina", "swedish"), ("Lotta", "Charlotte", "swedish"),
    ("Sanna", "Susanne", "swedish"), ("Bettan", "Elisabeth", "swedish"), ("Frasse", "Fredrik", "swedish"),
    ("Hasse", "Hans", "swedish"), ("Roffe", "Rolf", "swedish"), ("Steffe", "Stefan", "swedish"),
    ("Danne", "Daniel", "swedish"), ("Robban", "Robert", "swedish"), ("Tobbe", "Tobias", "swedish"),
    ("Jonte", "Jonathan", "swedish"), ("Gurra", "Gustav", "swedish"), ("Affe", "Alfred", "swedish"),
    ("Mange", "Magnus", "swedish"), ("Tompa", "Tomas", "swedish"), ("Musse", "Mustafa", "arabic"),
    ("Mo", "Mohammed", "arabic"), ("Hamoudi", "Mohammed", "arabic"), ("Abbe", "Abdullahi", "somali"),
    ("Kasia", "Katarzyna", "polish"), ("Gosia", "Małgorzata", "polish"), ("Tomek", "Tomasz", "polish"),
    ("Kuba", "Jakub", "polish"), ("Basia", "Barbara", "polish"), ("Memo", "Mehmet", "turkish"),
    ("Pepe", "José", "latin"), ("Nacho", "Ignacio", "latin"), ("Sasha", "Oleksandr", "ukrainian"),
    ("Dima", "Dmytro", "ukrainian"), ("Jussi", "Juha", "finnish"), ("Masa", "Matti", "finnish"),
    ("Mikki", "Mikael", "finnish"), ("Dado", "Damir", "bks"), ("Ceca", "Svetlana", "bks"),
    ("Ame", "Amir", "persian"), ("Mamad", "Mohammad", "persian"), ("Abdi-boy", "Abdirahman", "somali"),
    ("Jimmy", "James", "english"), ("Becky", "Rebecca", "english"), ("Zizi", "Zainab", "arabic"),
)  # fmt: skip

WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Bo", "swedish"), ("Stig", "swedish"), ("Björn", "swedish"), ("Ros", "swedish"),
    ("Dag", "swedish"), ("Vilja", "swedish"), ("Liv", "swedish"), ("Örn", "swedish"), ("Ask", "swedish"),
    ("Axel", "swedish"), ("Hans", "swedish"), ("Per", "swedish"), ("Saga", "swedish"), ("Maj", "swedish"),
    ("Klara", "swedish"), ("Iris", "swedish"), ("Viola", "swedish"), ("Malva", "swedish"),
    ("Love", "swedish"), ("Vide", "swedish"), ("Karl", "swedish"), ("Mina", "persian"), ("Lina", "arabic"),
    ("Hala", "arabic"), ("Rim", "arabic"), ("Said", "arabic"), ("Can", "turkish"), ("Rosa", "latin"),
    ("Sol", "latin"), ("Will", "english"), ("Hope", "english"), ("Grace", "english"), ("Joy", "english"),
    ("Mark", "english"), ("Bill", "english"), ("Frank", "english"), ("Dawn", "english"),
    ("Faith", "english"), ("Summer", "english"), ("Gift", "west_african"), ("Blessing", "west_african"),
    ("Precious", "west_african"), ("Inga", "swedish"), ("Tor", "swedish"), ("Siv", "swedish"),
)  # fmt: skip

WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"), ("Björk", "swedish"), ("Gran", "swedish"), ("Ek", "swedish"), ("Lund", "swedish"),
    ("Holm", "swedish"), ("Strand", "swedish"), ("Falk", "swedish"), ("Svan", "swedish"),
    ("Glad", "swedish"), ("Stark", "swedish"), ("Frisk", "swedish"), ("Ström", "swedish"),
    ("Blom", "swedish"), ("Fors", "swedish"), ("Vik", "swedish"), ("Kvist", "swedish"), ("Sand", "swedish"),
    ("Bäck", "swedish"), ("Rask", "swedish"), ("Modig", "swedish"), ("Lilja", "swedish"), ("Nord", "swedish"),
    ("Hjort", "swedish"), ("Hök", "swedish"), ("Lax", "swedish"), ("Räv", "swedish"), ("Dahl", "swedish"),
    ("Young", "english"), ("Long", "chinese"), ("Bird", "english"), ("Baker", "english"),
    ("White", "english"), ("Green", "english"), ("Lam", "vietnamese"), ("Tran", "vietnamese"),
    ("Kiss", "hungarian"), ("Koch", "german_dutch"), ("Wolf", "german_dutch"), ("Said", "somali"),
)  # fmt: skip

ALL_ORIGINS = sorted(set(ORIGINS) | {o for _, o in WORD_FIRST} | {o for _, o in WORD_SURNAMES})
