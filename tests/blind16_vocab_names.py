# ruff: noqa: E501
"""Names of the sixteenth blind corpus (youth work and dialogue), typed from the writer's own knowledge.

Per origin: a weight for a realistic mix in a Swedish suburb, given names and surnames. Surnames may carry a
particle (`von`, `af`, `de`, `van`, `al`, `el`, `bin`), a hyphen or an apostrophe, or be two words (a father's
and grandfather's name). Nicknames with their origin; given names and surnames that are also Swedish words.
"""

from __future__ import annotations

# origin: (weight, given names, surnames)
ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        30,
        (
            "Anna", "Maria", "Karin", "Lena", "Eva", "Kristina", "Emma", "Sara", "Johanna", "Elin", "Ida", "Maja",
            "Ebba", "Alva", "Wilma", "Tilda", "Julia", "Hanna", "Frida", "Malin", "Jenny", "Camilla", "Annika",
            "Birgitta", "Gunilla", "Maj-Britt", "Anna-Karin", "Lars", "Anders", "Johan", "Erik", "Karl", "Nils",
            "Mikael", "Magnus", "Fredrik", "Mattias", "Jonas", "Henrik", "Oskar", "Viktor", "Elias", "Hugo",
            "Gustav", "Per-Anders", "Carl-Johan", "Jan-Erik", "Lars-Göran", "Tove", "Petra", "Josefin",
            "Therese", "Leif", "Bengt", "Göran", "Stefan", "Tommy", "Patrik", "Robin", "Isak", "Melker",
            "Arvid", "Moa", "Sanna", "Ulrika", "Åsa", "Ingela", "Kjell", "Ulf", "Torbjörn",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Hansson", "Bengtsson", "Jönsson", "Lindberg",
            "Lindqvist", "Lindgren", "Berglund", "Bergström", "Axelsson", "Sandberg", "Forsberg", "Sjöberg",
            "Wallin", "Engström", "Danielsson", "Håkansson", "Lundin", "Björklund", "Nyström", "Holmberg",
            "Hedlund", "Sundberg", "Wikström", "Åberg", "Isaksson", "Mattsson", "Öberg", "Blomqvist",
            "Ekström", "Sundqvist", "Fransson", "Nordin", "Söderberg", "Sjögren", "Dahlberg", "Hellström",
            "Månsson", "von Platen", "af Klercker", "von Sydow", "af Ugglas", "de Geer", "Lind", "Holm",
            "Strand", "Falk", "Ekholm-Persson", "Wiklund-Rask",
        ),
    ),
    "finnish": (
        2.5,
        ("Jukka", "Pekka", "Mikko", "Tiina", "Päivi", "Sirpa", "Marjatta", "Juha", "Timo", "Aino", "Eija",
         "Riikka", "Antti", "Heikki", "Ville", "Satu", "Raili", "Seppo"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
         "Järvinen", "Lehtonen", "Salminen", "Heinonen", "Kettunen", "Rantanen", "Karjalainen", "Pitkänen"),
    ),
    "arabic": (
        9,
        ("Mohammed", "Ahmed", "Ali", "Hassan", "Hussein", "Omar", "Khaled", "Mustafa", "Yousef", "Ibrahim",
         "Abdullah", "Karim", "Rami", "Bilal", "Tariq", "Jamal", "Nour", "Fatima", "Zainab", "Mariam", "Rania",
         "Layla", "Aya", "Hiba", "Yasmin", "Dalia", "Reem", "Rasha", "Amani", "Lina", "Ayman", "Majid",
         "Walid", "Adnan", "Abdulrahman", "Mahmoud", "Samir", "Nadia", "Salma", "Hala"),
        ("Al-Hashimi", "Al-Jaberi", "al-Tamimi", "Hamdan", "Haddad", "Khalil", "Saleh", "Mansour", "Jaber",
         "Najjar", "Darwish", "Othman", "Abbas", "Kadhim", "Al-Obaidi", "Younis", "el-Sayed", "Nasser",
         "Barakat", "Qasim", "Hammoud", "Al Saadi", "bin Khalid", "Abu Ghazaleh", "Al-Sa'adi"),
    ),
    "somali": (
        6,
        ("Abdi", "Abdirahman", "Abdullahi", "Mohamed", "Hodan", "Hibo", "Fadumo", "Sahra", "Ayaan", "Ilhan",
         "Hamza", "Khadar", "Farah", "Idil", "Asha", "Ifrah", "Najma", "Liban", "Mukhtar", "Sagal", "Nimco",
         "Deeqa", "Ubah", "Faysal"),
        ("Osman", "Warsame", "Jama", "Aden", "Mohamud", "Isse", "Egal", "Dirie", "Khadar Osman",
         "Ali Warsame", "Jama Farah", "Abdi Nur", "Hassan Aden", "Mohamud Isse", "Yusuf Dirie"),
    ),
    "kurdish": (
        4,
        ("Rebin", "Sherko", "Hiwa", "Dilan", "Rezan", "Avin", "Zana", "Karwan", "Shilan", "Rojin", "Azad",
         "Sirwan", "Berivan", "Helin", "Jiyan", "Roza", "Kawa", "Dilshad"),
        ("Barzani", "Talabani", "Zebari", "Hawrami", "Amin", "Kareem", "Salih", "Aziz", "Qadir", "Hama Salih",
         "Abdulla", "Bakir", "Rashid", "Mahmoud-Zada"),
    ),
    "persian": (
        3,
        ("Reza", "Mehdi", "Arash", "Babak", "Dariush", "Navid", "Kian", "Shirin", "Leila", "Parisa", "Mahsa",
         "Nasrin", "Farzaneh", "Roya", "Amir", "Omid", "Behrouz", "Yasaman", "Niloufar", "Sepideh", "Saman"),
        ("Ahmadi", "Hosseini", "Mohammadi", "Rezaei", "Moradi", "Jafari", "Sadeghi", "Tehrani", "Bahrami",
         "Ghasemi", "Nouri", "Farahani", "Kazemi", "Zand", "Mousavi"),
    ),
    "afghan": (
        3.5,
        ("Ahmad", "Hamid", "Habib", "Wahid", "Farid", "Sohrab", "Zahra", "Marzia", "Fereshta", "Mursal",
         "Parwana", "Nazanin", "Khatera", "Jawad", "Sultan", "Shafiq", "Nasir", "Samiullah", "Zabihullah"),
        ("Sultani", "Hakimi", "Amiri", "Noori", "Popal", "Stanikzai", "Ahmadzai", "Sharifi", "Wardak",
         "Haidari", "Yousufzai", "Hashimi", "Mohseni", "Safi", "Nazari"),
    ),
    "eritrean": (
        3,
        ("Yonas", "Semere", "Tesfay", "Filmon", "Merhawi", "Henok", "Senait", "Hiwet", "Rahel", "Saba",
         "Selam", "Ruta", "Freweini", "Abrham", "Yohannes", "Luwam", "Winta"),
        ("Tesfamariam", "Ghebremedhin", "Kidane", "Tekle", "Habte", "Berhane", "Woldemichael", "Mehari",
         "Ghebreyesus", "Asmerom", "Tewolde", "Tekle Habte", "Berhane Kidane", "Mehari Asmerom"),
    ),
    "ethiopian": (
        1.5,
        ("Abebe", "Tigist", "Meseret", "Bereket", "Yared", "Selamawit", "Mekdes", "Tsion", "Alemayehu",
         "Getachew", "Liya", "Mahlet", "Yonatan"),
        ("Tadesse", "Bekele", "Girma", "Alemu", "Wolde", "Tesfaye", "Assefa", "Mengistu", "Desta", "Negash",
         "Ayele", "Tadesse Bekele"),
    ),
    "turkish": (
        3,
        ("Mehmet", "Emre", "Burak", "Murat", "Deniz", "Elif", "Zeynep", "Ayşe", "Fatma", "Merve", "Kübra",
         "Hakan", "Serkan", "Ozan", "Esra", "Selin", "Ömer", "Kerem", "Cem", "Ebru", "Tuba"),
        ("Yılmaz", "Yilmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Ozturk", "Aydın", "Arslan",
         "Doğan", "Kılıç", "Polat", "Koç", "Erdoğan", "Güneş", "Özdemir"),
    ),
    "bks": (
        3,
        ("Emir", "Alen", "Edin", "Haris", "Mirza", "Senad", "Amra", "Lejla", "Emina", "Selma", "Azra", "Ajla",
         "Dragan", "Milan", "Nikola", "Jelena", "Ivana", "Zoran", "Dejan", "Mirela", "Nermin", "Dino", "Luka",
         "Marko"),
        ("Hodžić", "Hadžić", "Hodzic", "Begić", "Mehmedović", "Hasanović", "Kovačević", "Petrović",
         "Jovanović", "Nikolić", "Marković", "Horvat", "Babić", "Jukić", "Delić", "Mujić", "Selimović",
         "Ibrahimović", "Alić"),
    ),
    "albanian": (
        2,
        ("Arben", "Besnik", "Driton", "Fatmir", "Valon", "Labinot", "Gentiana", "Blerina", "Arta", "Drita",
         "Shpend", "Ardit", "Lirim", "Ilir", "Albana", "Valbona", "Florent", "Edona", "Dren"),
        ("Krasniqi", "Gashi", "Berisha", "Morina", "Hoxha", "Shala", "Bytyqi", "Kelmendi", "Hasani", "Rexhepi",
         "Osmani", "Zeqiri", "Beqiri", "Sadiku", "Gjoka"),
    ),
    "polish": (
        2.5,
        ("Piotr", "Tomasz", "Krzysztof", "Paweł", "Marek", "Łukasz", "Jakub", "Agnieszka", "Katarzyna",
         "Magdalena", "Joanna", "Małgorzata", "Marta", "Dorota", "Wojciech", "Michał", "Kamil", "Natalia"),
        ("Nowak", "Kowalski", "Kowalska", "Wiśniewski", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowski",
         "Zieliński", "Szymańska", "Woźniak", "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Pawlak"),
    ),
    "assyrian": (
        2.5,
        ("Sargon", "Ninos", "Shamiram", "Nahrin", "Ashur", "Akad", "Aday", "Sharbel", "Maryam", "Rita",
         "Georgis", "Afram", "Ninve", "Gabriel", "Ilona", "Jakob"),
        ("Shamoun", "Yacoub", "Aho", "Barsom", "Danho", "Lahdo", "Gabro", "Isik", "Bahdi", "Kourie", "Malke",
         "Kaplan", "Dikmen", "Yokhana"),
    ),
    "latin": (
        2,
        ("Juan Pablo", "María José", "Carlos", "Alejandro", "Diego", "Camila", "Valentina", "Catalina",
         "Sebastián", "Andrés", "Jorge", "Paola", "Daniela", "Francisca", "Ignacio", "Rodrigo", "Gabriela",
         "Ximena", "José Luis", "Ana María"),
        ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda",
         "Morales", "Rodríguez", "López", "Fuentes", "Hernández", "Torres", "Araya", "Espinoza", "Valenzuela",
         "de Souza", "López García", "Muñoz Soto"),
    ),
    "south_asian": (
        1.5,
        ("Imran", "Faisal", "Usman", "Ayesha", "Sana", "Hina", "Rahul", "Priya", "Arjun", "Anjali", "Ravi",
         "Sunita", "Harpreet", "Gurpreet", "Mandeep", "Saima", "Zeeshan", "Nadeem", "Tahir"),
        ("Khan", "Hussain", "Malik", "Qureshi", "Chaudhry", "Butt", "Sharma", "Patel", "Singh", "Kaur",
         "Gupta", "Iqbal", "Siddiqui", "D'Souza", "D'Costa", "Fernandes", "Nair", "Reddy"),
    ),
    "west_african": (
        2,
        ("Lamin", "Ousman", "Modou", "Ebrima", "Fatou", "Mariama", "Awa", "Isatou", "Chinedu", "Emeka",
         "Ngozi", "Chioma", "Kwame", "Kofi", "Abena", "Tunde", "Amadou", "Aminata", "Moussa"),
        ("Jallow", "Ceesay", "Touray", "Bah", "Sowe", "Njie", "Sanneh", "Okafor", "Okonkwo", "Adeyemi", "Mensah",
         "Boateng", "Diallo", "Ndiaye", "N'Diaye", "N'Dour", "Camara", "Traoré", "Owusu"),
    ),
    "congolese": (
        1.5,
        ("Jean-Pierre", "Jean-Claude", "Marie-Claire", "Aimé", "Chantal", "Mireille", "Dieudonné", "Exaucé",
         "Blaise", "Christelle", "Glodie", "Bénédicte", "Divine"),
        ("Mukendi", "Kabongo", "Tshibangu", "Ilunga", "Mbuyi", "Kalala", "Nkulu", "Lukusa", "Kasongo",
         "Mulumba", "Mutombo", "Nzuzi", "Makiese"),
    ),
    "ukrainian": (
        1.5,
        ("Oleksandr", "Olena", "Iryna", "Oksana", "Dmytro", "Andrii", "Yulia", "Nataliia", "Mykola", "Serhii",
         "Viktoriia", "Taras", "Bohdan", "Kateryna", "Svitlana", "Yaroslav"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Oliinyk",
         "Lysenko", "Marchenko", "Polishchuk", "Savchenko", "Rudenko"),
    ),
    "russian": (
        1,
        ("Aleksej", "Sergej", "Dmitrij", "Natalja", "Olga", "Tatjana", "Svetlana", "Jekaterina", "Pavel",
         "Nikolaj", "Vladimir", "Artjom", "Maksim", "Ksenia"),
        ("Ivanov", "Ivanova", "Petrov", "Smirnova", "Kuznetsov", "Popova", "Sokolov", "Lebedeva", "Volkov",
         "Morozova", "Novikov", "Fjodorov", "Orlova"),
    ),
    "romanian": (
        1,
        ("Ionuț", "Ionut", "Andrei", "Mihai", "Florin", "Alexandru", "Elena", "Ioana", "Mihaela", "Georgiana",
         "Cristina", "Bogdan", "Adrian", "Gheorghe", "Vasile", "Raluca", "Marius"),
        ("Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Munteanu", "Constantin", "Lungu", "Rusu",
         "Matei", "Ciobanu", "Dinu"),
    ),
    "thai": (
        1,
        ("Somchai", "Siriporn", "Malee", "Nattaya", "Pornthip", "Kanya", "Wanida", "Suda", "Anong", "Sunisa",
         "Prasert", "Chaiwat", "Ratana", "Jintana", "Arunee"),
        ("Srisuk", "Saelim", "Boonmee", "Wongsa", "Chaiyaporn", "Suwannarat", "Thongchai", "Kaewkam",
         "Phromma", "Sangthong", "Jaidee"),
    ),
    "vietnamese": (
        1,
        ("Minh", "Linh", "Hoa", "Thanh", "Tuan", "Hung", "Phuong", "Huong", "Duc", "Quang", "Khanh",
         "Thi Lan", "Thi Hoa", "Van Nam"),
        ("Nguyen", "Pham", "Hoang", "Phan", "Dang", "Bui", "Ngo", "Duong", "Truong", "Huynh", "Dinh"),
    ),
    "chinese": (
        0.8,
        ("Wei", "Jing", "Xiaoming", "Yan", "Hui", "Jun", "Lei", "Fang", "Ming", "Yuxin", "Zihan", "Hao"),
        ("Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Zhu", "Guo"),
    ),
    "greek": (
        0.8,
        ("Nikos", "Giorgos", "Dimitris", "Kostas", "Yannis", "Eleni", "Katerina", "Despina", "Vasiliki",
         "Christos", "Panagiotis", "Ioanna"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Papadakis", "Karagiannis", "Vlachos", "Dimitriou",
         "Konstantinidis", "Oikonomou", "Alexiou", "Christodoulou", "Makris"),
    ),
    "english": (
        0.9,
        ("James", "Michael", "Sean", "Patrick", "Sarah", "Emily", "Kate", "Rebecca", "David", "John", "Chris",
         "Rachel", "Siobhan", "Ciaran", "Aoife"),
        ("Smith", "Jones", "Brown", "Taylor", "Wilson", "O'Brien", "O'Neill", "O'Connor", "O'Sullivan",
         "Murphy", "Kelly", "Walsh", "Hughes", "Thompson", "Clarke"),
    ),
    "nordic": (
        1,
        ("Sigrid", "Ingrid", "Solveig", "Øystein", "Kjetil", "Hege", "Jørgen", "Søren", "Mette", "Rasmus",
         "Mads", "Pernille", "Guðrún", "Sigurður"),
        ("Hansen", "Olsen", "Johansen", "Larsen", "Pedersen", "Nielsen", "Jensen", "Kristiansen", "Halvorsen",
         "Haugen", "Bakken", "Sørensen", "Rasmussen", "Sigurðsson", "Gunnarsdóttir"),
    ),
    "german_dutch": (
        0.8,
        ("Jürgen", "Klaus", "Wolfgang", "Anke", "Birgit", "Stefanie", "Lukas", "Maximilian", "Sanne", "Joost",
         "Pieter", "Daan", "Femke", "Lieke", "Willem", "Katharina"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Krüger", "van Dijk",
         "van Leeuwen", "de Vries", "de Boer", "Bakker", "Visser", "von Bergen"),
    ),
    "filipino": (
        0.8,
        ("Maricel", "Rowena", "Jocelyn", "Rodel", "Arnel", "Lorna", "Marites", "Ronaldo", "Jericho",
         "Angelica", "Kristine", "John Paul"),
        ("Santos", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Ramos", "Aquino", "Macaraeg",
         "Dimaculangan", "Pascual", "Navarro"),
    ),
    "baltic": (
        0.6,
        ("Jānis", "Andris", "Ilze", "Inese", "Kristaps", "Līga", "Rūta", "Aistė", "Mindaugas", "Tadas",
         "Kadri", "Kristjan", "Tiit"),
        ("Bērziņš", "Kalniņš", "Ozoliņa", "Liepiņš", "Kazlauskas", "Petrauskas", "Jankauskas", "Stankevičius",
         "Tamm", "Saar", "Sepp", "Mägi", "Kask", "Rebane"),
    ),
    "hungarian": (
        0.5,
        ("Zsófia", "Gábor", "László", "Eszter", "Péter", "Ágnes", "Zoltán", "Katalin"),
        ("Nagy", "Tóth", "Szabó", "Horváth", "Varga", "Kovács", "Molnár"),
    ),
}  # fmt: skip

# Nicknames and what they are written for: (nickname, origin). `Lill-X` and `Stora X` are made in the fill.
NICKNAMES: tuple[tuple[str, str], ...] = (
    ("Micke", "swedish"), ("Jocke", "swedish"), ("Kalle", "swedish"), ("Nisse", "swedish"),
    ("Pelle", "swedish"), ("Lasse", "swedish"), ("Affe", "swedish"), ("Mackan", "swedish"),
    ("Kevve", "swedish"), ("Sebbe", "swedish"), ("Robban", "swedish"), ("Tompa", "swedish"),
    ("Jossan", "swedish"), ("Mirre", "swedish"), ("Lollo", "swedish"), ("Fredde", "swedish"),
    ("Jonte", "swedish"), ("Hamoudi", "arabic"), ("Mojje", "arabic"), ("Zizo", "arabic"), ("Abbe", "arabic"),
    ("Dheere", "somali"), ("Yare", "somali"), ("Shiine", "somali"), ("Mamad", "persian"),
    ("Memo", "turkish"), ("Apo", "turkish"), ("Ramo", "turkish"), ("Mujo", "bks"), ("Dado", "bks"),
    ("Keki", "bks"), ("Kuba", "polish"), ("Gosia", "polish"), ("Bartek", "polish"), ("Tomek", "polish"),
    ("Jussi", "finnish"), ("Tumppi", "finnish"), ("Pepe", "latin"), ("Nacho", "latin"), ("Pancho", "latin"),
    ("Dima", "russian"), ("Tolik", "russian"), ("Vova", "russian"), ("Sashko", "ukrainian"),
    ("Papy", "congolese"), ("Fiston", "congolese"), ("Takis", "greek"), ("Lakis", "greek"), ("Nok", "thai"),
    ("Ploy", "thai"), ("Ebou", "west_african"), ("Gabi", "assyrian"), ("Ninno", "assyrian"),
    ("Beni", "albanian"), ("Lumi", "albanian"), ("Paddy", "english"), ("Jun-Jun", "filipino"),
)  # fmt: skip

# Given names that are also words, with their origin (written alone they are labelled word_name).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Bo", "swedish"), ("Stig", "swedish"), ("Björn", "swedish"), ("Dag", "swedish"),
    ("Liv", "swedish"), ("Saga", "swedish"), ("Viola", "swedish"), ("Vide", "swedish"), ("Bror", "swedish"),
    ("Klara", "swedish"), ("Ask", "swedish"), ("Love", "swedish"), ("Siv", "swedish"), ("Axel", "swedish"),
    ("Linnea", "swedish"), ("Alla", "arabic"), ("Dina", "arabic"), ("Mina", "persian"), ("Can", "turkish"),
    ("Gul", "kurdish"), ("Sol", "latin"), ("Rosa", "latin"), ("Hope", "west_african"), ("Joy", "filipino"),
    ("Grace", "west_african"),
)  # fmt: skip

# Surnames that are also words, with their origin (after a role they are labelled word_name).
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Lind", "swedish"), ("Berg", "swedish"), ("Holm", "swedish"), ("Ek", "swedish"), ("Strand", "swedish"),
    ("Ström", "swedish"), ("Falk", "swedish"), ("Björk", "swedish"), ("Gran", "swedish"), ("Hjort", "swedish"),
    ("Lund", "swedish"), ("Vik", "swedish"), ("Borg", "swedish"), ("Kvist", "swedish"), ("Sand", "swedish"),
    ("Fors", "swedish"), ("Glad", "swedish"), ("Frisk", "swedish"), ("Stark", "swedish"), ("Örn", "swedish"),
    ("Svan", "swedish"), ("Ros", "swedish"), ("Hall", "swedish"), ("Mark", "swedish"), ("Storm", "swedish"),
    ("Modig", "swedish"), ("Rask", "swedish"), ("Tapper", "swedish"), ("Vall", "swedish"), ("Hed", "swedish"),
    ("Tran", "vietnamese"), ("Lin", "chinese"), ("Kiss", "hungarian"), ("Bak", "hungarian"),
    ("King", "english"), ("Young", "english"),
)  # fmt: skip
