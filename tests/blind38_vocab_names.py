"""Names of the thirty-eighth blind corpus (tests/blind38_corpus.py), typed from the writer's own knowledge of
who lives in Västerås, Örebro and Kristianstad today; no name list or package was read.

ORIGINS: origin -> (weight, given names, surnames, nicknames). Swedish about 40 % of the weight; the rest as
in the three towns' estates (Bäckby, Vivalla, Gamlegården and their like): Syria, Iraq, Somalia, Eritrea,
Afghanistan, former Yugoslavia, Finland, Poland, Kurdistan, Iran, Turkey and many smaller groups. Double given
names with a hyphen or a space, particles (von, af, de, al, el, van, der, dos, da), apostrophes (O'Brien,
D'Angelo, Sa'ad) and fathers' names where they are usual (FATHERS).
"""

from __future__ import annotations

NAME_PARTICLES = frozenset({"von", "af", "de", "al", "el", "van", "der", "dos", "da", "la", "di", "du"})

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        0.40,
        (
            "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Emma", "Elin", "Johanna", "Malin",
            "Jenny", "Linda", "Ida", "Hanna", "Maja", "Wilma", "Ebba", "Elsa", "Alice", "Ella", "Moa",
            "Klara", "Agnes", "Lars", "Anders", "Johan", "Mikael", "Erik", "Karl", "Peter", "Magnus",
            "Fredrik", "Daniel", "Jonas", "Mattias", "Henrik", "Niklas", "Oskar", "Viktor", "Filip",
            "Gustav", "Axel", "Elias", "Ludvig", "Hampus", "Linus", "Albin", "Emil", "Anton", "Wilhelm",
            "Isak", "Göran", "Leif", "Stefan", "Bengt", "Kjell", "Birgitta", "Margareta", "Ulla", "Gunilla",
            "Inger", "Anna-Karin", "Lars-Erik", "Per-Olof", "Eva-Lena", "Ann-Sofie", "Karl-Johan",
            "Jan-Erik", "Maj-Britt", "Carl-Fredrik", "Anna Maria", "Lisa Marie", "Tove", "Josefin",
            "Therese", "Jimmy", "Robin", "Sebastian", "Rasmus", "Tobias", "Ronja", "Tilda", "Nellie",
            "Signe",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
            "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren",
            "Axelsson", "Berglund", "Bergström", "Lundberg", "Lundgren", "Lundqvist", "Mattsson", "Berggren",
            "Fransson", "Forsberg", "Sandberg", "Henriksson", "Sjöberg", "Wallin", "Engström", "Eklund",
            "Danielsson", "Håkansson", "Fredriksson", "Sundberg", "Nyström", "Holmberg", "Åberg",
            "Björklund", "Sundström", "Söderberg", "Ekström", "Nordin", "Hedlund", "Dahlberg", "Mårtensson",
            "Truedsson", "Pålsson", "Ohlsson", "Nordström", "Wahlgren", "Ahlqvist", "von Essen",
            "af Klercker", "de Geer", "von Platen", "af Ugglas", "Ahlgren-Brandt", "Sjöstedt", "Rydén",
            "Grahn", "Tornberg", "Öhman", "Lindh", "Ekelund", "Westerberg", "Bäckström",
        ),
        (
            "Kalle", "Pelle", "Micke", "Jocke", "Nisse", "Olle", "Lasse", "Janne", "Stoffe", "Totte",
            "Frasse", "Bosse", "Kicki", "Lollo", "Mackan", "Tompa", "Danne", "Jonte", "Fredde", "Hasse",
            "Kenta", "Gurra", "Putte", "Ankan", "Sigge", "Pirre", "Lillis", "Tjabo", "Nicke", "Svenne",
        ),
    ),
    "finnish": (
        0.035,
        (
            "Jukka", "Mikko", "Timo", "Pekka", "Sari", "Tuula", "Päivi", "Riikka", "Hannu", "Kari",
            "Marjatta", "Sirpa", "Eero", "Aleksi", "Aino", "Juha", "Ville", "Tiina", "Seppo", "Raili",
        ),
        (
            "Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
            "Järvinen", "Lehtonen", "Salminen", "Rantanen", "Heinonen", "Kettunen", "Kärkkäinen", "Hyvönen",
        ),
        ("Jussi", "Pekkis", "Mikke", "Tuki", "Kake", "Jukkis", "Seppis"),
    ),
    "nordic": (
        0.012,
        ("Ole", "Kjersti", "Sigrid", "Håkon", "Ingrid", "Mette", "Søren", "Mads", "Trine", "Henning"),
        ("Hansen", "Johansen", "Olsen", "Larsen", "Pedersen", "Nielsen", "Jensen", "Haugen", "Bakken",
         "Kristiansen", "Sørensen", "Berntsen"),
        ("Kjelle", "Rasse", "Tobbe", "Mettan", "Hålle"),
    ),
    "polish": (
        0.022,
        ("Piotr", "Tomasz", "Krzysztof", "Agnieszka", "Katarzyna", "Magdalena", "Marek", "Paweł", "Łukasz",
         "Joanna", "Michał", "Grzegorz", "Małgorzata", "Dorota", "Wojciech"),
        ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska",
         "Dąbrowski", "Kaczmarek", "Mazur", "Krawczyk", "Jankowski", "Woźniak"),
        ("Kasia", "Gosia", "Tomek", "Kuba", "Piotrek", "Michu", "Wojtek"),
    ),
    "bcs": (
        0.03,
        ("Amir", "Emir", "Adnan", "Edin", "Senad", "Mirela", "Amra", "Selma", "Jasmina", "Nermin", "Dragan",
         "Milan", "Zoran", "Goran", "Ivana", "Marija", "Nikola", "Dejan", "Haris", "Almir", "Lejla", "Aida"),
        ("Hodžić", "Begić", "Hadžić", "Mehmedović", "Kovačević", "Jovanović", "Petrović", "Nikolić", "Babić",
         "Marić", "Husić", "Delić", "Omerović", "Šehić", "Ibrahimović", "Mujkić", "Salihović"),
        ("Beka", "Sule", "Deki", "Gogi", "Miki", "Neno", "Hasko"),
    ),
    "iraqi": (
        0.04,
        ("Ahmed", "Mohammed", "Ali", "Hussein", "Haider", "Mustafa", "Zainab", "Fatima", "Noor", "Zahraa",
         "Abbas", "Karrar", "Hiba", "Rusul", "Sa'ad", "Murtadha", "Ruqaya", "Yasir"),
        ("Al-Saadi", "Al-Rubaie", "Hassan", "Jasim", "Kadhim", "Al-Jubouri", "Abdulrahman", "Mahmoud",
         "Al-Obaidi", "Hamid", "Salman", "Al-Tamimi", "Jaber", "Al-Maliki"),
        ("Hamoudi", "Hamo", "Zizo", "Dodo", "Lulu", "Abbasi", "Hasoon"),
    ),
    "syrian": (
        0.04,
        ("Omar", "Khaled", "Yousef", "Rami", "Bilal", "Lina", "Rasha", "Hala", "Ghaith", "Majd",
         "Muhannad", "Nour", "Tarek", "Rana", "Alaa", "Hazem", "Dima", "Abdulkarim"),
        ("Al-Hussein", "Haddad", "Khalil", "Darwish", "Othman", "Suleiman", "Al-Ahmad", "Kassem", "Hamdan",
         "Al-Khatib", "Shaker", "Al-Halabi", "Mansour", "Sabbagh"),
        ("Jojo", "Mimo", "Kiko", "Abboud", "Hammoud", "Sousou"),
    ),
    "levantine": (
        0.012,
        ("Samir", "Nidal", "Fadi", "Rania", "Maha", "Walid", "Ziad", "Layla", "Georges", "Nadine"),
        ("Abdallah", "Saleh", "Nasser", "Khoury", "El-Zein", "El-Khoury", "Awad", "Barakat", "Haddadin"),
        ("Zizou", "Fofo", "Abbe", "Nono"),
    ),
    "somali": (
        0.04,
        ("Abdi", "Abdirahman", "Abdullahi", "Mohamed", "Hodan", "Fadumo", "Hawa", "Amina", "Ayaan", "Deqa",
         "Hamse", "Liban", "Ifrah", "Sahra", "Yasin", "Khadar", "Sagal", "Mahad", "Nimco", "Bashiir"),
        ("Farah", "Ali", "Hassan", "Warsame", "Jama", "Abdi", "Osman", "Omar", "Mohamud", "Hersi", "Aden",
         "Egal", "Dahir", "Ahmed", "Nur", "Yusuf", "Ismail", "Guled"),
        ("Dheere", "Yare", "Cadde", "Gaab", "Madoobe", "Shiine"),
    ),
    "eritrean": (
        0.02,
        ("Yonas", "Filmon", "Dawit", "Aron", "Senait", "Semhar", "Selam", "Luwam", "Mussie", "Robel",
         "Helen", "Eden", "Biniam", "Saba", "Merhawi"),
        ("Tesfay", "Gebremedhin", "Haile", "Tekle", "Ghebreyesus", "Kidane", "Berhane", "Woldu", "Abraha",
         "Mehari", "Negash", "Asmelash", "Habte"),
        ("Fili", "Dawi", "Robi", "Mussi", "Bini"),
    ),
    "kurdish": (
        0.02,
        ("Baran", "Rojda", "Dilan", "Rebin", "Shilan", "Zana", "Azad", "Hevi", "Delal", "Kawa", "Soran",
         "Rezan", "Nishtiman", "Berivan", "Diyar"),
        ("Barzani", "Mustafa", "Rashid", "Aziz", "Hawrami", "Karim", "Bakir", "Zebari", "Amedi", "Sindi",
         "Goran", "Qadir"),
        ("Kaki", "Rebo", "Azo", "Shilo", "Diyo"),
    ),
    "persian": (
        0.02,
        ("Dariush", "Reza", "Parisa", "Shirin", "Neda", "Babak", "Arash", "Kourosh", "Leila", "Mahsa",
         "Nasrin", "Omid", "Sepideh", "Farhad", "Golnaz", "Siavash"),
        ("Ahmadi", "Hosseini", "Rezaei", "Moradi", "Karimi", "Mohammadi", "Jafari", "Sadeghi", "Ghorbani",
         "Tehrani", "Nazari", "Shirazi", "Farahani"),
        ("Dari", "Rezi", "Shiri", "Ari", "Babi"),
    ),
    "afghan": (
        0.025,
        ("Mohammad", "Farid", "Zahra", "Mariam", "Sohrab", "Wahid", "Mujtaba", "Hamid", "Sakina", "Habib",
         "Rahim", "Najib", "Fereshta", "Morteza", "Sediqa", "Jawad"),
        ("Hussaini", "Rahimi", "Sultani", "Haidari", "Amiri", "Rezai", "Wardak", "Popal", "Stanikzai",
         "Ahmadzai", "Noori", "Sadat", "Akbari"),
        ("Moji", "Faro", "Hami", "Jawi", "Naji"),
    ),
    "turkish": (
        0.018,
        ("Mehmet", "Emre", "Burak", "Elif", "Zeynep", "Ayşe", "Fatma", "Murat", "Kemal", "Serkan", "Özlem",
         "Hakan", "Cem", "Tuba", "Ozan", "Gökhan", "Esra"),
        ("Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan",
         "Kılıç", "Aslan", "Korkmaz", "Erdem"),
        ("Memo", "Boro", "Emo", "Keko", "Serko"),
    ),
    "english": (
        0.01,
        ("James", "Oliver", "Charlotte", "Emily", "Thomas", "Jack", "Harry", "Sophie", "Rebecca", "Matthew",
         "Claire", "Rachel", "Stuart", "Gareth", "Hayley"),
        ("Taylor", "Jones", "Williams", "Davies", "Evans", "Thompson", "Walker", "Robinson", "Wright",
         "Hughes", "Edwards", "Clarke", "Harrison"),
        ("Jim", "Charlie", "Ollie", "Becky", "Matt", "Stu"),
    ),
    "irish": (
        0.008,
        ("Siobhán", "Niamh", "Aoife", "Ciarán", "Seán", "Patrick", "Declan", "Róisín", "Eoin", "Orla"),
        ("O'Brien", "O'Connor", "O'Neill", "O'Sullivan", "Murphy", "Kelly", "O'Reilly", "McCarthy", "Byrne",
         "O'Donnell"),
        ("Paddy", "Shay", "Decko"),
    ),
    "german": (
        0.01,
        ("Jürgen", "Katrin", "Tobias", "Sebastian", "Andrea", "Ute", "Wolfgang", "Jens", "Birgit", "Lukas",
         "Julia", "Moritz", "Heike"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann",
         "Schäfer", "Richter", "von Bülow", "von Arnim", "Zimmermann"),
        ("Basti", "Tobi", "Uschi", "Jürgi"),
    ),
    "eastslavic": (
        0.015,
        ("Olga", "Natalia", "Irina", "Svetlana", "Dmitrij", "Sergej", "Aleksandr", "Jelena", "Tatjana",
         "Maksym", "Oksana", "Andrij", "Vladimir", "Anastasia", "Bohdan", "Jurij"),
        ("Ivanova", "Petrov", "Smirnov", "Kuznetsova", "Popov", "Kovalenko", "Bondarenko", "Shevchenko",
         "Melnyk", "Tkachenko", "Volkov", "Morozova", "Sokolov", "Hrytsenko"),
        ("Sasja", "Dima", "Sveta", "Natasja", "Kolja", "Misja"),
    ),
    "romanian": (
        0.01,
        ("Andrei", "Ionuț", "Mihai", "Elena", "Ioana", "Florin", "Gheorghe", "Cristina", "Adrian",
         "Alexandru", "Daniela", "Marius"),
        ("Popescu", "Ionescu", "Popa", "Dumitrescu", "Stan", "Stoica", "Gheorghiu", "Radu", "Munteanu",
         "Constantin", "Lungu", "Dinu"),
        ("Nelu", "Gigi", "Fane", "Costel"),
    ),
    "greek": (
        0.007,
        ("Giorgos", "Dimitris", "Eleni", "Nikos", "Konstantinos", "Sofia", "Katerina", "Yannis", "Despina",
         "Vasilis"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Dimitriou", "Konstantinidis", "Papadakis",
         "Karagiannis", "Oikonomou", "Christodoulou"),
        ("Takis", "Mimis", "Lakis", "Toula"),
    ),
    "latin": (
        0.015,
        ("José", "Carlos", "Luis", "Alejandro", "Camila", "Valentina", "Javier", "Gabriela", "Paula",
         "Diego", "Francisca", "Catalina", "Cristián", "Marcela", "Juan Pablo", "María José", "Ximena"),
        ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez",
         "Sepúlveda", "Morales", "Rodríguez", "López", "Fuentes", "Araya", "de la Cruz", "Vargas",
         "dos Santos", "da Costa"),
        ("Pancho", "Nacho", "Coté", "Pepe", "Cata", "Juampi", "Lucho"),
    ),
    "thai": (
        0.01,
        ("Somchai", "Malee", "Siriporn", "Nittaya", "Kanya", "Pranee", "Suda", "Wichai", "Supaporn",
         "Jintana", "Anong", "Ratana"),
        ("Srisuk", "Saelim", "Chaiyaporn", "Boonmee", "Sukprasert", "Wongsawat", "Thongchai", "Rattanakorn",
         "Kaewmanee", "Phromma"),
        ("Noi", "Lek", "Nok", "Ploy", "Pim", "Jum"),
    ),
    "vietnamese": (
        0.008,
        ("Minh", "Thanh", "Huong", "Linh", "Tuan", "Hoa", "Trang", "Duc", "Quang", "Thi Huong", "Van Minh",
         "Minh Tuan", "Thu Trang"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Ngo", "Duong", "Truong", "Huynh"),
        ("Tèo", "Bông", "Cún", "Tun"),
    ),
    "chinese": (
        0.008,
        ("Wei", "Jing", "Xiaoling", "Hao", "Ying", "Lei", "Fang", "Jun", "Xin", "Mei", "Zhiwei", "Yutong"),
        ("Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Zhu", "Lin"),
        ("Xiaobao", "Dudu", "Lele", "Tongtong"),
    ),
    "indian": (
        0.012,
        ("Priya", "Rahul", "Anil", "Sunita", "Deepak", "Kavita", "Arjun", "Neha", "Vikram", "Pooja", "Rohit",
         "Lakshmi", "Sanjay", "Anjali"),
        ("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Nair", "Iyer", "Menon", "Rao", "Joshi",
         "Desai", "Mehta", "Chatterjee"),
        ("Babu", "Pinky", "Guddu", "Raju", "Chintu"),
    ),
    "pakistani": (
        0.008,
        ("Imran", "Asif", "Ayesha", "Saima", "Usman", "Faisal", "Nadia", "Tariq", "Sana", "Kashif", "Hina",
         "Zubair"),
        ("Khan", "Malik", "Qureshi", "Chaudhry", "Butt", "Siddiqui", "Sheikh", "Akhtar", "Raza", "Iqbal",
         "Hussain", "Mirza"),
        ("Bunty", "Sunny", "Mani", "Jaani", "Shani"),
    ),
    "filipino": (
        0.006,
        ("Jomar", "Rhea", "Mary Grace", "Jericho", "Analyn", "Rodel", "Marvin", "Kristine", "Arnel",
         "Maricel"),
        ("Santos", "Reyes", "Cruz", "Bautista", "Garcia", "Mendoza", "Villanueva", "Dela Cruz", "Ramos",
         "Aquino", "Castillo"),
        ("Bong", "Tintin", "Nene", "Dodong", "Jun-Jun"),
    ),
    "albanian": (
        0.015,
        ("Arben", "Besnik", "Blerta", "Drita", "Fatmir", "Valon", "Arta", "Luan", "Albina", "Kujtim",
         "Shqipe", "Ardit", "Liridon", "Vlora", "Egzon"),
        ("Berisha", "Krasniqi", "Gashi", "Hoxha", "Morina", "Shala", "Kelmendi", "Bytyqi", "Rexhepi",
         "Hasani", "Dervishi", "Zeqiri"),
        ("Beni", "Cimi", "Loni", "Toni", "Ardi"),
    ),
    "hungarian": (
        0.006,
        ("László", "Zsófia", "Gábor", "Katalin", "Zoltán", "Erzsébet", "Attila", "Ildikó", "Tamás"),
        ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Molnár", "Németh", "Farkas"),
        ("Laci", "Zsófi", "Gabi", "Kati", "Zoli"),
    ),
    "westafrican": (
        0.012,
        ("Chinedu", "Ngozi", "Oluwaseun", "Adebayo", "Fatou", "Lamin", "Kwame", "Ama", "Ebrima", "Isatou",
         "Modou", "Yaw", "Chiamaka", "Babatunde", "Awa"),
        ("Okafor", "Adeyemi", "Mensah", "Jallow", "Ceesay", "Njie", "Touray", "Bah", "Diallo", "Sowe",
         "Okonkwo", "Asante", "Boateng", "Camara"),
        ("Seun", "Tunde", "Kojo", "Bayo", "Modi"),
    ),
    "congolese": (
        0.007,
        ("Jean-Claude", "Marie-Claire", "Patrice", "Dieudonné", "Christelle", "Jean-Pierre", "Espérance",
         "Blaise", "Fiston", "Gloire"),
        ("Mukendi", "Kasongo", "Ilunga", "Mbuyi", "Tshibangu", "Kalala", "Lukusa", "Mutombo", "Nzuzi",
         "Kabongo"),
        ("Papy", "Didi", "Titi", "Fifi"),
    ),
    "baltic": (
        0.008,
        ("Jānis", "Liene", "Tomas", "Rūta", "Mindaugas", "Aivars", "Kaspars", "Egle", "Laura", "Darius"),
        ("Bērziņš", "Kalniņš", "Kazlauskas", "Petrauskas", "Jankauskas", "Ozoliņš", "Tamm", "Saar", "Kask",
         "Vaitkus"),
        ("Janka", "Mindis", "Dariuks"),
    ),
}  # fmt: skip

# Fathers' names as a second name, where usual (Somali, Eritrean, Afghan and Iraqi names in Swedish records).
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Hassan", "Abdullahi", "Mohamud", "Jama", "Warsame", "Hersi", "Ismail", "Adan", "Sheikh"),
    "eritrean": ("Tesfamariam", "Haile", "Tekle", "Kidane", "Berhane", "Ghirmay", "Yemane"),
    "afghan": ("Ahmad", "Ghulam", "Mohammad", "Noor", "Ali"),
    "iraqi": ("Kadhim", "Jabbar", "Abdulhussein", "Khalaf", "Sabah"),
}

# Given names that are also Swedish or English words, and their origin.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Stig", "swedish"), ("Dag", "swedish"), ("Liv", "swedish"),
    ("Saga", "swedish"), ("Vilja", "swedish"), ("Svea", "swedish"), ("Storm", "swedish"),
    ("Lilja", "swedish"), ("Viking", "swedish"), ("Iris", "swedish"), ("Love", "swedish"),
    ("Maj", "swedish"), ("Ros", "swedish"), ("Sol", "latin"), ("Joy", "filipino"), ("Lovely", "filipino"),
    ("Grace", "english"), ("Hope", "english"), ("Will", "english"), ("Mark", "english"),
    ("Can", "turkish"), ("Inga", "baltic"), ("Long", "vietnamese"), ("Hung", "vietnamese"),
)  # fmt: skip
# Surnames that are also Swedish or English words, and their origin.
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"), ("Ek", "swedish"), ("Lind", "swedish"), ("Björk", "swedish"), ("Holm", "swedish"),
    ("Strand", "swedish"), ("Falk", "swedish"), ("Fors", "swedish"), ("Lund", "swedish"),
    ("Hjort", "swedish"), ("Ström", "swedish"), ("Vik", "swedish"), ("Skog", "swedish"),
    ("Kvist", "swedish"), ("Svan", "swedish"), ("Örn", "swedish"), ("Frid", "swedish"),
    ("Vinter", "swedish"), ("Sommar", "swedish"), ("Stark", "swedish"), ("Kiss", "hungarian"),
    ("Smith", "english"), ("Baker", "english"), ("Young", "english"), ("White", "english"),
    ("Wood", "english"), ("Fox", "english"), ("Wolf", "german"),
)  # fmt: skip
# How often a person of an origin drawn for an ordinary slot gets a word given name or surname.
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.03, 0.06),
    "english": (0.1, 0.2),
    "hungarian": (0.0, 0.15),
    "vietnamese": (0.1, 0.0),
    "filipino": (0.1, 0.0),
    "turkish": (0.04, 0.0),
    "latin": (0.03, 0.0),
    "baltic": (0.05, 0.0),
    "german": (0.0, 0.05),
}

__all__ = ["FATHERS", "NAME_PARTICLES", "ORIGINS", "WORD_FIRST", "WORD_SHARE", "WORD_SURNAMES"]
