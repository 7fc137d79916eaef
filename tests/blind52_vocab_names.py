"""Names of the fifty-second blind corpus (tests/blind52_corpus.py): the people the police's local
investigators and kommunpolis write about in their own case work (suspects, målsägande, witnesses,
guardians, colleagues), typed from the helper's own knowledge of who lives in Järva, Hammarkullen,
Gottsunda, Borlänge and Landskrona today. No name list or package was used.

ORIGINS: origin -> (weight, given names, surnames, nicknames). Swedish about 42 % of the weight. Given names
may be double ("Karl Johan", "Anna-Karin"); surnames may carry a particle ("af", "von", "al-", "van der",
"dos") or an apostrophe ("O'Brien", "N'Diaye"). FATHERS: fathers' names written between given name and
surname where that is usual. WORD_FIRST and WORD_SURNAMES: names that are also Swedish or English words, with
their origin; a name that is a word is in these lists and nowhere in ORIGINS.
"""

from __future__ import annotations

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        42.0,
        (
            "Erik", "Lars", "Mikael", "Johan", "Anders", "Magnus", "Fredrik", "Henrik", "Mattias", "Kristina",
            "Karin", "Malin", "Sofia", "Emma", "Elin", "Johanna", "Ulrika", "Camilla", "Therese", "Jessica",
            "Oskar", "Viktor", "Emil", "Linus", "Albin", "Elias", "Wilma", "Ebba", "Alice", "Nils", "Gustav",
            "Isak", "Hampus", "Lovisa", "Agnes", "Stina", "Göran", "Kjell", "Leif", "Gunnel", "Birgitta",
            "Margareta", "Åsa", "Pernilla", "Tove", "Jonas", "Patrik", "Rasmus", "Filip", "Karl Johan",
            "Anna-Karin", "Jan-Erik", "Ulla-Britt", "Lars-Göran", "Eva Marie", "Carl-Fredrik", "Matts",
            "Kerstin", "Sixten", "Ture", "Märta", "Vendela", "Tindra", "Melker", "Sigge", "Jonatan",
            "Madeleine", "Sanna", "Josefin", "Ellinor",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg",
            "Lindqvist", "Lundgren", "Sjöberg", "Bergström", "Engström", "Forsberg", "Sandberg", "Lindholm",
            "Håkansson", "Mattsson", "Hedlund", "Öberg", "Ekström", "Nyström", "Isaksson", "Danielsson",
            "Wikström", "Blomqvist", "Holmgren", "Sundberg", "Dahlberg", "Fransson", "Backman", "Lundin",
            "Hellström", "Åberg", "Söderberg", "Nordin", "Nyberg", "Berglund", "af Klercker", "von Platen",
            "de Geer", "af Ugglas", "Sjöberg-Nilsson", "Lindqvist-Öberg", "Ersson", "Hallgren", "Grankvist",
            "Wiklander", "Östlund", "Jernberg", "Tjernström", "Hedenius",
        ),
        (
            "Kalle", "Nicke", "Jompa", "Lillen", "Bullen", "Tjocken", "Svensken", "Pojken", "Lill-Erik",
            "Gurra",
        ),
    ),
    "finnish": (
        3.0,
        ("Jukka", "Pekka", "Sirpa", "Tuula", "Mikko", "Aino", "Eero", "Päivi", "Juha", "Riikka"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen"),
        ("Finnen", "Jukis", "Pexi"),
    ),
    "somali": (
        6.0,
        ("Abdirahman", "Hodan", "Fadumo", "Ayan", "Mohamed", "Liban", "Hamza", "Ikran", "Nimco", "Abdiaziz",
         "Sagal", "Khadar", "Mustaf", "Hibaaq", "Bashir", "Deeqa"),
        ("Warsame", "Farah", "Osman", "Jama", "Guled", "Abdullahi", "Hirsi", "Aden", "Egal", "Dirie",
         "Samatar", "Mohamud"),
        ("Lill-Mo", "Abdi-Boy", "Shorty", "Dhuxul", "Yaryar", "Gacmo"),
    ),
    "arabic_iraq": (
        5.0,
        ("Ahmed", "Mustafa", "Zainab", "Haider", "Ali", "Fatima", "Hussein", "Zahraa", "Mohanad", "Rusul",
         "Ammar", "Sajjad"),
        ("al-Jabouri", "al-Amiri", "Kadhim", "Abbas", "al-Saadi", "Jasim", "al-Obaidi", "Hameed", "Salman"),
        ("Baggi", "Abu Zed", "Haidi", "Smurfen"),
    ),
    "arabic_syria": (
        5.0,
        ("Omar", "Khaled", "Rania", "Yazan", "Lama", "Majd", "Tarek", "Nour", "Hamoudi", "Bashar", "Ghina"),
        ("Haddad", "Khalil", "Darwish", "al-Halabi", "Kanaan", "Shami", "Hamwi", "Zoubi", "Tlass"),
        ("Hammo", "Kobra", "Doktorn", "Sheikh"),
    ),
    "palestinian": (
        1.5,
        ("Rami", "Layla", "Karim", "Samir", "Dina", "Yousef", "Hiba"),
        ("Khoury", "Saleh", "Nasser", "El-Sayed", "Abu Hamdan", "Odeh"),
        ("Gazza", "Ramz"),
    ),
    "kurdish": (
        3.0,
        ("Dilan", "Rojin", "Aram", "Baran", "Shvan", "Hawre", "Rezan", "Berivan", "Kawa", "Nazdar"),
        ("Qadir", "Rasul", "Amin", "Zebari", "Sindi", "Mirza", "Barzinji", "Hawrami"),
        ("Kaka", "Shvano", "Bebis"),
    ),
    "persian": (
        3.0,
        ("Reza", "Mahsa", "Arash", "Shirin", "Dariush", "Parisa", "Kourosh", "Nasrin", "Behrouz", "Yasaman"),
        ("Karimi", "Hosseini", "Rahimzadeh", "Moradi", "Ghorbani", "Tehrani", "Jafari", "Sadeghi"),
        ("Persern", "Shah", "Kiki"),
    ),
    "turkish": (
        2.5,
        ("Mehmet", "Emre", "Ayşe", "Burak", "Elif", "Serkan", "Zeynep", "Murat", "Ceren", "Hakan"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan"),
        ("Turken", "Memo", "Bursi"),
    ),
    "assyrian": (
        2.0,
        ("Ninos", "Sargon", "Yakup", "Ninve", "Sabrina", "Aday", "Josef", "Martha", "Gabriel", "Elona"),
        ("Shabo", "Barsom", "Yakoub", "Danho", "Gabro", "Lahdo", "Aho", "Malke"),
        ("Ninno", "Sargo"),
    ),
    "bosnian": (
        2.0,
        ("Emir", "Amra", "Adnan", "Selma", "Jasmin", "Edin", "Lejla", "Mirza", "Almir", "Amela"),
        ("Hodžić", "Begić", "Mehmedović", "Hadžić", "Kovačević", "Delić", "Husić", "Avdić"),
        ("Bosse B", "Edo", "Mirzo"),
    ),
    "serbian": (
        1.0,
        ("Nikola", "Dragan", "Milica", "Stefan", "Jelena", "Nemanja"),
        ("Jovanović", "Petrović", "Nikolić", "Đorđević", "Stojanović"),
        ("Srbin", "Gago"),
    ),
    "kosovo_albanian": (
        2.0,
        ("Arben", "Blerim", "Drita", "Fatos", "Valon", "Arta", "Besart", "Liridon", "Vjosa"),
        ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Morina", "Shala", "Kastrati", "Rexhepi"),
        ("Albanen", "Beni", "Toni K"),
    ),
    "polish": (
        2.0,
        ("Krzysztof", "Agnieszka", "Piotr", "Katarzyna", "Tomasz", "Magdalena", "Paweł", "Marta", "Łukasz"),
        ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska"),
        ("Polacken", "Kris", "Pavo"),
    ),
    "eritrean": (
        2.5,
        ("Yonas", "Senait", "Filmon", "Helen", "Dawit", "Semhar", "Robel", "Selam", "Awet", "Luwam"),
        ("Tesfay", "Ghebremariam", "Haile", "Berhane", "Tekle", "Kidane", "Woldu", "Habte", "Mehari"),
        ("Yoni", "Fili", "Habesha"),
    ),
    "ethiopian": (
        1.0,
        ("Abebe", "Tigist", "Mulugeta", "Meron", "Yared", "Hirut"),
        ("Tadesse", "Bekele", "Girma", "Alemu", "Wondimu", "Demissie"),
        ("Abi", "Yaredo"),
    ),
    "afghan": (
        3.0,
        ("Mohammad Reza", "Farid", "Zahra", "Ali Reza", "Hamid", "Mursal", "Sohrab", "Parwana", "Javid",
         "Mujtaba"),
        ("Ahmadi", "Rahimi", "Sultani", "Noori", "Hashimi", "Rezaei", "Mohammadi", "Sharifi", "Haidari"),
        ("Afghanen", "Jojo", "Mojje"),
    ),
    "pakistani": (
        1.0,
        ("Usman", "Ayesha", "Bilal", "Sana", "Imran", "Hira"),
        ("Chaudhry", "Qureshi", "Malik", "Siddiqui", "Rana"),
        ("Bilo", "Chaudi"),
    ),
    "indian": (
        1.0,
        ("Priya", "Rahul", "Arjun", "Deepa", "Vikram", "Ananya"),
        ("Patel", "Sharma", "Iyer", "D'Souza", "Nair", "Reddy"),
        ("Raj", "Vikki"),
    ),
    "tamil": (
        0.5,
        ("Tharshan", "Nirosha", "Kajan", "Thivya", "Sutharsan"),
        ("Sivakumar", "Rajendran", "Krishnan", "Thevarajah", "Ponnampalam"),
        ("Thasan", "KJ"),
    ),
    "chilean": (
        1.5,
        ("Camila", "Matías", "Sebastián", "Javiera", "Felipe", "Constanza", "Cristóbal", "Valentina"),
        ("Rodríguez", "González", "Muñoz", "Soto", "Fuentes", "Contreras", "de la Fuente", "Henríquez"),
        ("Chino", "Pancho", "Chilenaren"),
    ),
    "brazilian": (
        0.6,
        ("Thiago", "Larissa", "Rafael", "Juliana", "Gustavo"),
        ("dos Santos", "da Silva", "Oliveira", "Ferreira", "Carvalho"),
        ("Brasse", "Tiago B"),
    ),
    "russian": (
        0.7,
        ("Dmitrij", "Olga", "Aleksej", "Natalja", "Sergej", "Jekaterina"),
        ("Ivanov", "Smirnova", "Kuznetsov", "Volkova", "Morozov", "Sokolova"),
        ("Ryssen", "Dima"),
    ),
    "ukrainian": (
        1.0,
        ("Oleksandr", "Oksana", "Bohdan", "Iryna", "Taras", "Nadiia"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk"),
        ("Sasja", "Taro"),
    ),
    "chechen": (
        0.5,
        ("Ramzan", "Zelimchan", "Madina", "Aslan", "Chava"),
        ("Dudajev", "Masjadov", "Umarov", "Basajeva", "Magomadov"),
        ("Tjetjenen", "Zelim"),
    ),
    "thai": (
        0.8,
        ("Somchai", "Siriporn", "Malee", "Pornthip", "Anong", "Kittipong"),
        ("Srisuk", "Wongsawat", "Chaiyaphum", "Saetang", "Boonmee"),
        ("Noi", "Lek"),
    ),
    "vietnamese": (
        0.7,
        ("Minh", "Thu", "Linh", "Duc", "Huong", "Quang"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang"),
        ("Vietnamesen", "Ming"),
    ),
    "chinese": (
        0.7,
        ("Wei", "Jing", "Xiaoming", "Yuqing", "Hao", "Lijuan"),
        ("Wang", "Zhang", "Chen", "Liu", "Huang", "Zhou"),
        ("Kinesen", "Xiao"),
    ),
    "english_irish": (
        1.0,
        ("Liam", "Sean", "Siobhan", "Aoife", "Declan", "Niamh", "Connor", "Gráinne"),
        ("O'Brien", "O'Neill", "O'Connor", "Murphy", "Walsh", "Kelly", "O'Sullivan", "McCarthy"),
        ("Paddy", "Irländaren"),
    ),
    "german": (
        0.8,
        ("Jürgen", "Anke", "Lukas", "Katrin", "Matthias", "Ute"),
        ("Müller", "Schmidt", "Wagner", "Hoffmann", "Schröder", "Krüger"),
        ("Tysken", "Jogi"),
    ),
    "dutch": (
        0.4,
        ("Joost", "Femke", "Pieter", "Sanne"),
        ("van der Berg", "van Dijk", "de Jong", "van der Meer", "Visser"),
        ("Holländaren", "Piet"),
    ),
    "nigerian": (
        1.0,
        ("Chinedu", "Ngozi", "Oluwaseun", "Emeka", "Adaeze", "Tunde", "Folake"),
        ("Okafor", "Adeyemi", "Okonkwo", "Eze", "Balogun", "Nwosu"),
        ("Naija", "Chi-Chi", "Emmy"),
    ),
    "gambian": (
        1.0,
        ("Lamin", "Fatou", "Ousman", "Mariama", "Modou", "Isatou", "Ebrima"),
        ("Jallow", "Ceesay", "Sowe", "Touray", "N'Diaye", "Njie", "Camara"),
        ("Gambi", "Modi", "Ebo"),
    ),
    "congolese": (
        0.8,
        ("Patrice", "Grâce", "Jean-Pierre", "Dieudonné", "Nadège", "Christelle"),
        ("Mbuyi", "Kabongo", "Tshibanda", "Mukendi", "Ilunga", "Kalonji"),
        ("JP", "Kizo"),
    ),
    "filipino": (
        0.5,
        ("Maricel", "Jerome", "Rowena", "Jericho", "Analyn"),
        ("Reyes", "dela Cruz", "Bautista", "Villanueva", "Mendoza"),
        ("Jeje", "Pinoy"),
    ),
    "greek": (
        0.5,
        ("Dimitrios", "Eleni", "Kostas", "Georgia", "Nikos"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Christodoulou", "Karamanlis"),
        ("Greken", "Mitsos"),
    ),
    "romanian": (
        0.8,
        ("Andrei", "Ioana", "Florin", "Mihaela", "Adrian", "Cristina"),
        ("Popescu", "Ionescu", "Dumitru", "Stoica", "Constantinescu", "Lungu"),
        ("Rumänen", "Flo"),
    ),
    "roma": (
        0.6,
        ("Dragan", "Rosita", "Milan", "Angelika", "Bela", "Sonja"),
        ("Taikon", "Caldaras", "Demeter", "Lakatos", "Dimitri"),
        ("Kaldi", "Roffe"),
    ),
    "hungarian": (
        0.4,
        ("Zoltán", "Katalin", "Gábor", "Eszter"),
        ("Nagy", "Horváth", "Szabó", "Tóth", "Kiss-Varga"),
        ("Zoli", "Ungraren"),
    ),
    "norwegian": (
        0.6,
        ("Sigrid", "Kristoffer", "Ingvild", "Håvard", "Solveig"),
        ("Hansen", "Johansen", "Haugen", "Bakke", "Solberg"),
        ("Norsken", "Kris B"),
    ),
    "lithuanian": (
        0.4,
        ("Tomas", "Rūta", "Mindaugas", "Jurgita"),
        ("Kazlauskas", "Petrauskas", "Jankauskienė", "Žukauskas"),
        ("Litauern", "Mindo"),
    ),
}  # fmt: skip

# Fathers' names written between the given name and the surname.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Abdi", "Hassan", "Yusuf", "Ismail", "Nur", "Omar", "Aw-Ali"),
    "eritrean": ("Tesfamariam", "Gebreyesus", "Haileab", "Kahsay"),
    "ethiopian": ("Getachew", "Mekonnen", "Wolde"),
    "arabic_iraq": ("Kareem", "Abdulhussein", "Jabbar"),
    "afghan": ("Gul", "Ahmad", "Mohammad"),
}

NAME_PARTICLES: frozenset[str] = frozenset(
    {"al", "el", "bin", "ibn", "von", "van", "de", "af", "der", "dos", "da", "dela", "la"}
)

# Given names that are also Swedish or English words, with their origin.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Dag", "swedish"), ("Bo", "swedish"), ("Sol", "swedish"),
    ("Saga", "swedish"), ("Tuva", "swedish"), ("Klara", "swedish"), ("Lilja", "swedish"), ("Iris", "swedish"),
    ("Storm", "swedish"), ("Vide", "swedish"), ("Ask", "swedish"), ("Hans", "swedish"), ("Stig", "swedish"),
    ("Axel", "swedish"), ("Max", "swedish"), ("Lena", "swedish"), ("Linda", "swedish"), ("Viola", "swedish"),
    ("Blessing", "nigerian"), ("Precious", "nigerian"), ("Gift", "nigerian"), ("Hope", "english_irish"),
    ("Joy", "nigerian"), ("Grace", "english_irish"), ("Mercy", "gambian"), ("Rose", "english_irish"),
)  # fmt: skip

# Surnames that are also Swedish or English words, with their origin.
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"), ("Ek", "swedish"), ("Lind", "swedish"), ("Holm", "swedish"), ("Björk", "swedish"),
    ("Falk", "swedish"), ("Strand", "swedish"), ("Stål", "swedish"), ("Örn", "swedish"), ("Hjort", "swedish"),
    ("Ström", "swedish"), ("Fors", "swedish"), ("Bäck", "swedish"), ("Nord", "swedish"), ("Sand", "swedish"),
    ("Sköld", "swedish"), ("Svan", "swedish"), ("Frost", "swedish"), ("Vass", "swedish"), ("Lund", "swedish"),
    ("King", "english_irish"), ("Young", "english_irish"), ("Brown", "english_irish"), ("Love", "nigerian"),
    ("Friday", "nigerian"), ("Sunday", "gambian"),
)  # fmt: skip

# origin -> (share of given names, share of surnames drawn from the word lists in ordinary name slots)
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.04, 0.08),
    "nigerian": (0.15, 0.1),
    "english_irish": (0.1, 0.15),
    "gambian": (0.05, 0.05),
}
