"""Names of the thirty-first blind corpus (tests/blind31_corpus.py): shift and alarm logs.

Typed from the writer's own knowledge of who lives and works in Nyköping, Eskilstuna, Trollhättan,
Södertälje and Umeå today: Swedish names a little under half, then Finnish, Balkan, Polish, Somali,
Eritrean, Iraqi, Syrian, Kurdish, Persian, Afghan, Turkish, Assyrian/Syriac (many in Södertälje) and others.
No name list or package was used.

ORIGINS: origin -> (weight, given names, surnames, nicknames). FATHERS: the father's name written as a middle
name where that is usual. WORD_FIRST and WORD_SURNAMES: names that are also Swedish or English words.
"""

from __future__ import annotations

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "de", "af", "der", "den", "del", "da"})

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        44.0,
        (
            "Anders", "Lars", "Mikael", "Johan", "Per", "Karl", "Erik", "Magnus", "Fredrik", "Daniel",
            "Jonas", "Mattias", "Niklas", "Henrik", "Tobias", "Emil", "Linus", "Elias", "Hugo",
            "Sebastian", "Kristoffer", "Joakim", "Ulf", "Leif", "Kent", "Roger", "Göran", "Thomas",
            "Patrik", "Marcus", "Andreas", "Robin", "Jimmy", "Anna", "Maria", "Karin", "Eva", "Lena",
            "Sara", "Emma", "Johanna", "Sofia", "Linda", "Malin", "Jenny", "Camilla", "Therese", "Ida",
            "Elin", "Josefin", "Frida", "Matilda", "Moa", "Ebba", "Wilma", "Alva", "Agnes", "Elsa",
            "Tove", "Ulrika", "Annika", "Helena", "Gunilla", "Åsa", "Pia", "Cecilia", "Louise",
            "Madeleine", "Ellinor", "Lovisa", "Stina", "Märta", "Karl-Johan", "Per-Olof", "Lars-Göran",
            "Jan-Erik", "Ann-Sofie", "Eva-Lena", "Anna-Karin", "Carl-Fredrik", "Ann-Marie", "Hans-Åke",
            "Lisa Marie", "Nils Olof", "Björn-Erik", "Mona-Lisa",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
            "Jönsson", "Lindberg", "Lindqvist", "Lindgren", "Magnusson", "Axelsson", "Bergström",
            "Lundberg", "Lundqvist", "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson",
            "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund", "Danielsson", "Håkansson", "Lundin",
            "Gunnarsson", "Björklund", "Bergman", "Holmberg", "Samuelsson", "Fransson", "Wikström",
            "Isaksson", "Nyström", "Holmgren", "Söderberg", "Nyberg", "Blomqvist", "Claesson",
            "Nordström", "Mårtensson", "Lundström", "Viklund", "Sundberg", "Öberg", "Åberg", "Hedlund",
            "Sundqvist", "Norberg", "Östlund", "Marklund", "Lidström", "Burman", "Nordin", "Öhman",
            "Hägglund", "Ståhlberg", "von Essen", "af Klercker", "de Geer", "von Platen", "Sehlstedt",
        ),
        (
            "Kalle", "Pelle", "Nisse", "Lasse", "Micke", "Jonte", "Fredde", "Tobbe", "Sebbe", "Kicki",
            "Lillen", "Tjorven", "Bullen", "Snoken", "Bamse", "Jompa", "Putte", "Totte", "Sussi", "Affe",
            "Ankan", "Jocke", "Hacke", "Lurven",
        ),
    ),
    "finnish": (
        4.0,
        ("Juha", "Jukka", "Mika", "Pekka", "Timo", "Kari", "Sami", "Ville", "Tuomas", "Päivi", "Tuula",
         "Sari", "Riitta", "Aila", "Leena", "Marjatta", "Kaisa"),
        ("Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
         "Järvinen", "Lehtonen", "Salonen", "Kinnunen", "Rantanen", "Niemi", "Heikkilä", "Karjalainen",
         "Huttunen"),
        ("Jussi", "Pena", "Masa", "Pekkis", "Jukke", "Finnen"),
    ),
    "norwegian_danish": (
        1.5,
        ("Ole", "Kjetil", "Sindre", "Håkon", "Ingrid", "Sigrid", "Solveig", "Mette", "Rasmus", "Mads",
         "Søren", "Torbjørn"),
        ("Hansen", "Jensen", "Nielsen", "Pedersen", "Kristiansen", "Haugen", "Bakke", "Solberg",
         "Rasmussen", "Østergaard"),
        ("Norsken", "Kjetta", "Sörre", "Dansken"),
    ),
    "bosnian": (
        3.0,
        ("Amir", "Edin", "Emir", "Adnan", "Haris", "Kenan", "Mirza", "Jasmin", "Amra", "Lejla", "Selma",
         "Amela", "Aida", "Merima", "Dženana"),
        ("Hodžić", "Hadžić", "Begić", "Mehmedović", "Delić", "Kovačević", "Mujić", "Hasanović",
         "Salihović", "Ibrahimović", "Softić", "Omerović"),
        ("Edo", "Dino", "Hari", "Mirzo", "Keno"),
    ),
    "serbian": (
        1.5,
        ("Nikola", "Marko", "Miloš", "Dragan", "Zoran", "Dušan", "Jelena", "Milica", "Snežana",
         "Dragana", "Ivana"),
        ("Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Pavlović",
         "Popović"),
        ("Džoni", "Gago", "Žika", "Čeda"),
    ),
    "croatian": (
        1.0,
        ("Ante", "Ivan", "Josip", "Tomislav", "Mario", "Ana", "Marija", "Katarina", "Petra"),
        ("Horvat", "Babić", "Jurić", "Knežević", "Vuković", "Marić", "Perić"),
        ("Tomo", "Jole", "Pero"),
    ),
    "kosovo_albanian": (
        2.5,
        ("Arben", "Besnik", "Driton", "Fatmir", "Valon", "Blerim", "Agron", "Liridon", "Arta", "Blerta",
         "Drita", "Vlora", "Fjolla", "Mimoza"),
        ("Krasniqi", "Gashi", "Berisha", "Morina", "Shala", "Hoxha", "Bytyqi", "Kelmendi", "Rexhepi",
         "Hyseni"),
        ("Beni", "Toni", "Lumi", "Kimi"),
    ),
    "polish": (
        2.5,
        ("Piotr", "Paweł", "Krzysztof", "Tomasz", "Marcin", "Łukasz", "Michał", "Agnieszka", "Katarzyna",
         "Magdalena", "Joanna", "Małgorzata"),
        ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski",
         "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowska"),
        ("Kuba", "Bartek", "Gosia", "Tomek", "Polacken"),
    ),
    "somali": (
        4.0,
        ("Abdi", "Mohamed", "Ahmed", "Abdirahman", "Abdullahi", "Yusuf", "Ismail", "Mukhtar", "Hodan",
         "Fadumo", "Sahra", "Amina", "Hibo", "Ifrah", "Nimco", "Ayaan", "Ubah", "Muna"),
        ("Warsame", "Jama", "Hersi", "Osman", "Aden", "Guled", "Dahir", "Mohamud", "Egal", "Farah",
         "Abdille", "Shire"),
        ("Xamar", "Dheere", "Gaab", "Yare", "Cadde"),
    ),
    "eritrean": (
        2.5,
        ("Yonas", "Tesfay", "Mehari", "Filmon", "Robel", "Semhar", "Senait", "Luwam", "Saba", "Yohannes",
         "Biniam"),
        ("Tesfamariam", "Ghebremedhin", "Habte", "Tekle", "Berhane", "Weldemichael", "Kahsay",
         "Gebreyesus", "Haile"),
        ("Jonny", "Fili", "Robi", "Semi"),
    ),
    "ethiopian": (
        1.0,
        ("Dawit", "Abebe", "Tadesse", "Bereket", "Selam", "Meron", "Tigist", "Hirut"),
        ("Alemu", "Bekele", "Girma", "Tesfaye", "Wolde", "Mengistu", "Desta"),
        ("Bek", "Meri", "Dave"),
    ),
    "iraqi": (
        4.0,
        ("Ali", "Hussein", "Mustafa", "Haidar", "Abbas", "Karrar", "Ammar", "Zainab", "Fatima", "Zahraa",
         "Rusul", "Shahad", "Muntadhar", "Sajjad"),
        ("Al-Saadi", "al-Khafaji", "Jabbar", "Hashim", "Al-Rubaie", "Mahdi", "Jawad", "Karim", "Salman",
         "Al-Obaidi", "Kareem"),
        ("Hamoudi", "Zozo", "Lolo", "Abu Sajjad"),
    ),
    "syrian": (
        4.0,
        ("Mohammad", "Ahmad", "Omar", "Khaled", "Yousef", "Rami", "Tarek", "Ghaith", "Rasha", "Rana",
         "Dima", "Nour", "Bilal", "Majd"),
        ("Al-Ahmad", "Haddad", "Khalil", "Hamdan", "Darwish", "Sabbagh", "Kassem", "Shami", "Mansour",
         "Halabi", "el-Masri"),
        ("Hamo", "Rimo", "Tito", "Abu Khaled"),
    ),
    "kurdish": (
        3.0,
        ("Rebaz", "Dilan", "Shivan", "Aram", "Karwan", "Baran", "Rojda", "Berivan", "Zilan", "Nazdar",
         "Hozan", "Kawa", "Sherwan"),
        ("Barzani", "Mahmoud", "Rashid", "Abdullah", "Aziz", "Qadir", "Sindi", "Zebari", "Amin", "Botani"),
        ("Kawe", "Roj", "Baro", "Dilo"),
    ),
    "persian": (
        3.0,
        ("Reza", "Mehdi", "Dariush", "Kourosh", "Babak", "Arash", "Farid", "Nasrin", "Leila", "Shirin",
         "Parisa", "Roya", "Ladan", "Navid"),
        ("Hosseini", "Mohammadi", "Karimi", "Moradi", "Jafari", "Ahmadi", "Rostami", "Sadeghi",
         "Tehrani", "Nazari", "Kazemi", "Ghorbani", "Rezaei"),
        ("Dari", "Kurre", "Babi", "Shiri"),
    ),
    "afghan": (
        3.0,
        ("Hamid", "Nasir", "Rahim", "Sohrab", "Farhad", "Zahra", "Mariam", "Nilofar", "Freshta",
         "Madina", "Wahida", "Ehsan", "Mujtaba"),
        ("Rahimi", "Hakimi", "Haidari", "Sultani", "Noori", "Amiri", "Popal", "Stanikzai", "Wardak",
         "Safi", "Azizi", "Sharifi"),
        ("Sohi", "Jawi", "Nasse", "Hami"),
    ),
    "turkish": (
        2.5,
        ("Mehmet", "Emre", "Burak", "Murat", "Cem", "Kemal", "Serkan", "Ayşe", "Elif", "Zeynep", "Fatma",
         "Derya", "Esra", "Sibel"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan",
         "Kılıç", "Koç"),
        ("Memo", "Muro", "Emo", "Keko"),
    ),
    "assyrian": (
        3.0,
        ("Gabriel", "Aho", "Ninos", "Yakob", "Sargon", "Shamoun", "Melke", "Nahrin", "Sabrina", "Ninve",
         "Shamiram", "Rima", "Afrem", "Jakob"),
        ("Yaramis", "Kourie", "Isik", "Barsom", "Bahdi", "Kerimo", "Tuncel", "Shabo", "Lahdo", "Malke",
         "Yalda", "Ishak", "Gabro"),
        ("Bobo", "Ninno", "Jaki", "Sargi"),
    ),
    "chilean": (
        1.5,
        ("José", "Juan", "Carlos", "Luis", "Pablo", "Diego", "Cristian", "Rodrigo", "Camila", "Valentina",
         "Francisca", "Daniela", "Paula", "Carolina"),
        ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez",
         "Sepúlveda", "Morales", "Reyes", "del Río"),
        ("Pancho", "Nacho", "Lucho", "Coté", "Pepe", "Chino"),
    ),
    "thai": (
        1.0,
        ("Somchai", "Suda", "Malee", "Niran", "Apinya", "Kanya", "Siriporn", "Pornthip"),
        ("Saetang", "Srisuk", "Boonmee", "Wongsa", "Chaiyaporn", "Suksawat"),
        ("Noi", "Nok", "Pla", "Tuk"),
    ),
    "vietnamese": (
        1.0,
        ("Minh", "Thanh", "Tuan", "Duc", "Linh", "Huong", "Thuy", "Quynh"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Ngo", "Huynh", "Phan", "Truong"),
        ("Tí", "Tun", "Út", "Bim"),
    ),
    "chinese": (
        1.0,
        ("Wei", "Jun", "Yan", "Xiao", "Hui", "Jing", "Lei", "Zhen", "Xiu"),
        ("Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu"),
        ("Lulu", "Kiki", "Xiaoxiao"),
    ),
    "english": (
        1.5,
        ("James", "David", "Michael", "John", "Sarah", "Emily", "Rachel", "Kevin", "Liam", "Sean",
         "Aoife", "Claire"),
        ("Smith", "Jones", "Williams", "Taylor", "O'Brien", "O'Neill", "O'Connor", "Murphy", "Walsh",
         "Evans", "Clarke", "Hughes"),
        ("Jamie", "Paddy", "Jonno", "Shaz", "Dazza"),
    ),
    "german": (
        1.0,
        ("Jürgen", "Klaus", "Uwe", "Sabine", "Katrin", "Heike", "Jens", "Dirk", "Anke"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
         "Schäfer", "von Bülow"),
        ("Tysken", "Klausi", "Jogi"),
    ),
    "greek": (
        1.0,
        ("Georgios", "Dimitrios", "Nikos", "Kostas", "Giannis", "Eleni", "Katerina", "Despina"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinidis", "Dimitriou", "Karagiannis",
         "Vlachos"),
        ("Takis", "Mimis", "Kostis"),
    ),
    "romanian": (
        1.5,
        ("Andrei", "Ionuț", "Florin", "Marian", "Adrian", "Elena", "Ioana", "Mihaela", "Alina",
         "Gabriela"),
        ("Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Constantin", "Munteanu", "Dinu", "Lungu",
         "Rusu"),
        ("Nelu", "Gică", "Costel", "Mitică"),
    ),
    "russian_ukrainian": (
        1.5,
        ("Aleksandr", "Dmitrij", "Sergej", "Andrej", "Oleksandr", "Vitalij", "Natalia", "Olga", "Irina",
         "Tatiana", "Oksana", "Julia"),
        ("Ivanov", "Petrova", "Smirnov", "Kuznetsov", "Shevchenko", "Kovalenko", "Bondarenko", "Melnyk",
         "Tkachenko", "Volkova", "Morozov"),
        ("Sasja", "Dima", "Serjoga", "Tanja"),
    ),
    "indian": (
        1.0,
        ("Rahul", "Arjun", "Vikram", "Sanjay", "Priya", "Anjali", "Deepa", "Ravi", "Sunita", "Neha"),
        ("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "D'Souza", "D'Costa",
         "Menon"),
        ("Raj", "Vicky", "Sonu", "Bunty", "Pinky"),
    ),
    "west_african": (
        1.0,
        ("Lamin", "Ousman", "Modou", "Ebrima", "Fatou", "Awa", "Mariama", "Chinedu", "Ngozi", "Kwame",
         "Adama"),
        ("Jallow", "Ceesay", "Touray", "Sowe", "N'Diaye", "Diallo", "Okafor", "Adeyemi", "Mensah",
         "Camara"),
        ("Lamo", "Modo", "Chi", "Baba"),
    ),
    "hungarian": (
        0.5,
        ("László", "Zoltán", "Gábor", "Péter", "Katalin", "Zsófia", "Erzsébet", "Ildikó"),
        ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Molnár", "Farkas", "Balogh"),
        ("Laci", "Zoli", "Gabi", "Kati"),
    ),
}  # fmt: skip

# The father's name as a middle name (Somali, Eritrean, Ethiopian, Iraqi and Afghan custom).
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Hassan", "Ibrahim", "Nur", "Omar", "Adan", "Abdiaziz", "Said"),
    "eritrean": ("Gebremichael", "Abraham", "Kidane", "Woldu", "Tsegay"),
    "ethiopian": ("Tesfaye", "Getachew", "Haile", "Mulugeta"),
    "iraqi": ("Kadhim", "Jasim", "Hamid", "Sabah", "Qasim", "Naji"),
    "afghan": ("Ghulam", "Mohammadi", "Rasul", "Habib"),
}

# Given names that are also Swedish or English words, with their origin.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Stig", "swedish"), ("Bo", "swedish"),
    ("Bror", "swedish"), ("Saga", "swedish"), ("Vilja", "swedish"), ("Lilja", "swedish"),
    ("Tindra", "swedish"), ("Iris", "swedish"), ("Liv", "swedish"), ("Ask", "swedish"),
    ("Axel", "swedish"), ("Viola", "swedish"), ("Mina", "persian"), ("Hala", "syrian"),
    ("Lina", "iraqi"), ("Aura", "finnish"), ("Can", "turkish"), ("Hope", "english"),
    ("Vide", "swedish"), ("Dag", "swedish"),
)  # fmt: skip
# Surnames that are also Swedish or English words, with their origin.
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"), ("Ek", "swedish"), ("Lind", "swedish"), ("Björk", "swedish"),
    ("Holm", "swedish"), ("Strand", "swedish"), ("Lund", "swedish"), ("Ström", "swedish"),
    ("Falk", "swedish"), ("Fors", "swedish"), ("Gran", "swedish"), ("Varg", "swedish"),
    ("Svan", "swedish"), ("Örn", "swedish"), ("Rask", "swedish"), ("Frisk", "swedish"),
    ("Modig", "swedish"), ("Glad", "swedish"), ("Stark", "swedish"), ("Kvist", "swedish"),
    ("Bäck", "swedish"), ("Stan", "romanian"), ("Kiss", "hungarian"), ("Brown", "english"),
    ("Hall", "english"), ("Lin", "chinese"), ("Winter", "german"),
)  # fmt: skip
# How often an ordinary draw of an origin takes a word name (given, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.04, 0.12),
    "persian": (0.04, 0.0),
    "syrian": (0.03, 0.0),
    "iraqi": (0.03, 0.0),
    "finnish": (0.03, 0.0),
    "turkish": (0.05, 0.0),
    "english": (0.05, 0.1),
    "romanian": (0.0, 0.1),
    "hungarian": (0.0, 0.15),
    "chinese": (0.0, 0.1),
    "german": (0.0, 0.08),
}
