# ruff: noqa: E501  (a data file: one frame or one group of names a line reads better than wrapped)
"""Vocabulary of the sixth blind redaction corpus (tests/blind6_corpus.py).

Written from general knowledge of Sweden and of how EST reporters write, without reading the redaction, its
name lists or any earlier corpus. Names are grouped by origin; every list here is the author's own.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------------
# Names by origin: (first names, surnames)
# --------------------------------------------------------------------------------------------------
ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        ("Karin", "Ingrid", "Birgitta", "Malin", "Johanna", "Linnéa", "Ebba", "Wilma", "Alva", "Stina",
         "Annika", "Agneta", "Ulla", "Tuva", "Ronja", "Elsa", "Astrid", "Märta", "Erik", "Lars", "Anders",
         "Johan", "Mikael", "Magnus", "Fredrik", "Henrik", "Oskar", "Elias", "Axel", "Viktor", "Gustav",
         "Linus", "Rasmus", "Jesper", "Tobias", "Göran", "Bengt", "Kjell", "Leif", "Torbjörn", "Ingvar",
         "Sixten", "Melker", "Folke", "Gunnel", "Siv", "Maj-Britt", "Per-Olof"),
        ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
         "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Bengtsson", "Lindqvist", "Lindgren",
         "Bergström", "Sandberg", "Forsberg", "Sjögren", "Wikström", "Hedlund", "Åberg", "Engström",
         "Nordin", "Lundin", "Holmgren", "Ekström", "Dahlberg", "Björklund", "Sundqvist", "Hellström",
         "Blomqvist", "Öberg", "Wallin", "Lindholm", "Sjöström", "Nyström", "Fransson", "Söderberg",
         "Mattsson", "Hägglund", "Åkesson", "Rydberg", "Grahn", "Ljungqvist"),
    ),
    "finnish": (
        ("Jukka", "Mikko", "Pekka", "Antti", "Timo", "Jari", "Sari", "Päivi", "Tuula", "Riitta", "Kaisa",
         "Aino", "Eino", "Veikko", "Tiina", "Marjatta", "Heikki", "Ilkka", "Satu", "Raili", "Seppo", "Pirjo"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Heikkinen", "Koskinen", "Järvinen",
         "Lehtonen", "Salonen", "Kallio", "Rantanen", "Niskanen", "Mattila", "Turunen", "Hakala", "Laitinen",
         "Peltonen", "Kinnunen"),
    ),
    "sami": (
        ("Ánde", "Biret", "Máret", "Elle", "Ristin", "Sunná", "Áile", "Jovnna", "Mihkkal", "Niillas",
         "Sire", "Ailo", "Risten", "Ánná", "Issát", "Gáren"),
        ("Kuoljok", "Labba", "Kuhmunen", "Sarri", "Länta", "Utsi", "Kitok", "Pirak", "Svonni", "Nutti",
         "Gaup", "Marainen", "Omma", "Tuorda", "Tuuri", "Kappfjell"),
    ),
    "arabic": (
        ("Mohammed", "Ahmad", "Omar", "Khaled", "Yousef", "Hassan", "Hussein", "Ibrahim", "Mustafa",
         "Tareq", "Bilal", "Samir", "Rami", "Ziad", "Fatima", "Aisha", "Mariam", "Rana", "Layla", "Huda",
         "Dima", "Yasmin", "Rasha", "Salma", "Hiba", "Rawan", "Zainab", "Abdulrahman", "Mahmoud", "Waleed"),
        ("Haddad", "Khalil", "Mansour", "Nasser", "Saleh", "Abbas", "Hamdan", "Darwish", "Qasim", "Ayoub",
         "Shaker", "Jaber", "Haidar", "Kanaan", "al-Jabouri", "El-Sayed", "Abu Zaid", "Al-Obaidi", "Suleiman",
         "Khatib", "Hamoud"),
    ),
    "somali": (
        ("Abdirahman", "Abdullahi", "Mohamud", "Abdiaziz", "Hodan", "Sahra", "Ayaan", "Ifrah", "Hamdi",
         "Fadumo", "Khadra", "Nimco", "Ubah", "Liban", "Guled", "Farhan", "Mahad", "Faysal", "Istahil",
         "Deeqa", "Sagal", "Abdikarim"),
        ("Warsame", "Jama", "Hirsi", "Abdi", "Osman", "Aden", "Egal", "Dahir", "Samatar", "Gedi", "Hersi",
         "Mohamed", "Ismail", "Guleid", "Abdulle", "Elmi", "Ahmed"),
    ),
    "kurdish": (
        ("Azad", "Rebin", "Shvan", "Dilan", "Rojin", "Berivan", "Zhilwan", "Hawre", "Soran", "Kawa", "Roza",
         "Nazdar", "Helin", "Delal", "Shirin", "Jiyan", "Rezan", "Hêvî", "Dersim", "Avin"),
        ("Zebari", "Hawrami", "Amedi", "Baban", "Jaff", "Rashid", "Doski", "Sindi", "Herki", "Bradosti",
         "Bahdini", "Xoshnaw", "Mirani", "Soran-Ali"),
    ),
    "persian": (
        ("Reza", "Mehdi", "Arash", "Dariush", "Kaveh", "Babak", "Siavash", "Farzad", "Parisa", "Leila",
         "Maryam", "Neda", "Nasrin", "Azadeh", "Golnaz", "Yasaman", "Navid", "Pouya", "Bahar", "Shahram"),
        ("Hosseini", "Rahimi", "Karimi", "Mohammadi", "Ahmadi", "Rezaei", "Jafari", "Moradi", "Sadeghi",
         "Nazari", "Tehrani", "Kazemi", "Ghorbani", "Shirazi", "Farahani", "Esfahani"),
    ),
    "turkish": (
        ("Mehmet", "Emre", "Burak", "Cem", "Serkan", "Volkan", "Kerem", "Murat", "Hakan", "Ayşe", "Elif",
         "Zeynep", "Merve", "Esra", "Büşra", "Gülten", "Sevgi", "Özlem", "Tuğba", "Oğuz", "Ercan"),
        ("Yılmaz", "Yilmaz", "Kaya", "Demir", "Şahin", "Çelik", "Celik", "Yıldırım", "Aydın", "Öztürk",
         "Arslan", "Doğan", "Kılıç", "Çetin", "Koç", "Özdemir", "Erdem", "Kocabaş"),
    ),
    "bcs": (
        ("Adnan", "Emir", "Senad", "Edin", "Mirza", "Haris", "Nermin", "Dragan", "Zoran", "Goran", "Milan",
         "Nikola", "Marko", "Ivana", "Jelena", "Amra", "Lejla", "Aida", "Mersiha", "Vesna", "Snežana",
         "Dženana", "Slobodan"),
        ("Hodžić", "Hadžić", "Kovačević", "Begić", "Delić", "Mujić", "Petrović", "Jovanović", "Nikolić",
         "Marković", "Babić", "Horvat", "Knežević", "Ilić", "Šehić", "Halilović", "Omerović", "Karić",
         "Hodzic", "Mehmedović"),
    ),
    "albanian": (
        ("Arben", "Besnik", "Driton", "Fatmir", "Valon", "Arian", "Ardit", "Blerim", "Agron", "Shkelzen",
         "Lirim", "Dardan", "Albana", "Arta", "Blerta", "Drita", "Fjolla", "Mimoza", "Valbona", "Teuta",
         "Vjosa", "Egzon"),
        ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Shala", "Morina", "Kelmendi", "Rexhepi", "Bytyqi",
         "Hasani", "Ramadani", "Kastrati", "Dervishi", "Sadiku", "Zeqiri", "Ahmeti"),
    ),
    "eritrean": (
        ("Yonas", "Dawit", "Semere", "Tesfay", "Mehari", "Ermias", "Filmon", "Habtom", "Kidane", "Senait",
         "Ruta", "Feven", "Yordanos", "Luwam", "Winta", "Mebrat", "Aklilu", "Mussie", "Helen"),
        ("Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Tekle", "Kahsay", "Woldu", "Gebreyesus", "Habte",
         "Andemariam", "Negash", "Asmerom", "Ghirmay", "Teklehaimanot", "Yohannes", "Zerai"),
    ),
    "ethiopian": (
        ("Abebe", "Dereje", "Girma", "Mulugeta", "Tsegaye", "Meron", "Hiwot", "Tigist", "Selamawit", "Mahlet",
         "Kalkidan", "Lemlem", "Chaltu", "Obsa", "Gemechu", "Lensa", "Yared", "Bethlehem"),
        ("Bekele", "Tadesse", "Alemayehu", "Wolde", "Desta", "Mekonnen", "Kebede", "Tesfaye", "Negussie",
         "Gudina", "Tolosa", "Fufa", "Regassa", "Ayele", "Getachew"),
    ),
    "syriac": (
        ("Sargon", "Ninos", "Ashur", "Afram", "Gabriel", "Yakub", "Ninorta", "Nahrin", "Shamiran", "Sanharib",
         "Atra", "Tamar", "Aday", "Shlemun", "Ilona", "Samira", "Gabro", "Marlin"),
        ("Barsom", "Danho", "Lahdo", "Chamoun", "Bahdo", "Ishak", "Khamis", "Ablahad", "Malke", "Aho", "Rhawi",
         "Toma", "Bar-Yousef", "Yakoub", "Kaplan", "Gallo", "Isik"),
    ),
    "afghan": (
        ("Farid", "Habib", "Jawad", "Naweed", "Sohrab", "Wahid", "Zabihullah", "Rahmatullah", "Hamid",
         "Mursal", "Fereshta", "Zarghona", "Marzia", "Zahra", "Nilofar", "Shabnam", "Tamana", "Hasiba",
         "Gulalai", "Mahbooba", "Mujtaba", "Ehsanullah"),
        ("Sultani", "Noori", "Hakimi", "Popal", "Stanekzai", "Ahmadzai", "Wardak", "Sadat", "Durrani",
         "Hashimi", "Amiri", "Safi", "Qaderi", "Rasuli", "Jalali", "Mohseni", "Haidari"),
    ),
    "polish": (
        ("Krzysztof", "Tomasz", "Paweł", "Piotr", "Marcin", "Łukasz", "Grzegorz", "Agnieszka", "Katarzyna",
         "Małgorzata", "Magdalena", "Joanna", "Dorota", "Wojciech", "Bartosz", "Justyna", "Zbigniew",
         "Kasia"),
        ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
         "Woźniak", "Dąbrowski", "Kozłowska", "Jankowska", "Mazur", "Krawczyk", "Grabowski", "Pawlak",
         "Wisniewski"),
    ),
    "romanian": (
        ("Andrei", "Ionuț", "Mihai", "Florin", "Cristian", "Bogdan", "Alexandru", "Marius", "Ioana", "Elena",
         "Gabriela", "Andreea", "Mihaela", "Roxana", "Raluca", "Georgiana", "Vasile", "Costel", "Ionut"),
        ("Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Gheorghe", "Munteanu", "Constantin", "Moldovan",
         "Rusu", "Ungureanu", "Dobre", "Lazăr", "Matei", "Dumitrescu", "Nistor"),
    ),
    "roma": (
        ("Rosita", "Esmeralda", "Jovanka", "Nadja", "Florica", "Romeo", "Valto", "Hilja", "Janita", "Fonso",
         "Milos", "Savo", "Kimmo", "Baldo", "Sonja", "Dimitri", "Lolita"),
        ("Taikon", "Caldaras", "Grönfors", "Hagert", "Blomerus", "Åkerlund", "Demetri", "Kaldaras",
         "Lindberg", "Nikkinen", "Hedman", "Bihari", "Stojka"),
    ),
    "latin_american": (
        ("Alejandro", "Felipe", "Cristóbal", "Rodrigo", "Sebastián", "Matías", "Camila", "Valentina",
         "Javiera", "Francisca", "Catalina", "Constanza", "Carolina", "Pablo", "Nicolás", "José", "Luis",
         "Ximena", "Gonzalo", "Paulina"),
        ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez", "Sepúlveda",
         "Morales", "Fuentes", "Vergara", "Araya", "Carrasco", "Gonzalez", "Valenzuela", "Espinoza"),
    ),
    "thai": (
        ("Somchai", "Somsak", "Nattapong", "Suda", "Malee", "Siriporn", "Kanya", "Ploy", "Wanida", "Chanida",
         "Apinya", "Kittisak", "Sompong", "Arunee", "Ratana", "Porntip", "Jiraporn"),
        ("Srisuk", "Saetang", "Wongsawat", "Chaiyaporn", "Boonmee", "Kaewkla", "Phromma", "Sukprasert",
         "Thongchai", "Rattanakorn", "Intharat", "Jaidee", "Srisawat"),
    ),
    "vietnamese": (
        ("Minh", "Anh", "Thu", "Hung", "Tuan", "Dung", "Linh", "Huong", "Thanh", "Quang", "Hieu", "Trang",
         "Duc", "Khanh", "Phuong", "Thao", "Nhung", "Long"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Ngo", "Duong", "Truong", "Nguyễn", "Trần",
         "Phan", "Huynh", "Dinh"),
    ),
    "chinese": (
        ("Wei", "Jing", "Fang", "Lei", "Yan", "Hui", "Xin", "Jun", "Xiaoming", "Zhiwei", "Meiling", "Yuxuan",
         "Haoran", "Zihan", "Qiang", "Xiaolin", "Yiting"),
        ("Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Guo", "Lin", "Luo", "Zheng",
         "Xie", "Tang", "Feng"),
    ),
    "ukrainian": (
        ("Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Taras", "Bohdan", "Yurii", "Oksana", "Olena",
         "Iryna", "Nataliia", "Tetiana", "Yuliia", "Kateryna", "Viktoriia", "Anastasiia", "Sofiia"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Oliinyk",
         "Lysenko", "Marchenko", "Savchenko", "Rudenko", "Petrenko", "Kovalchuk", "Hrytsenko"),
    ),
    "west_african": (
        ("Chinedu", "Emeka", "Oluwaseun", "Tunde", "Kwame", "Kofi", "Kwabena", "Abena", "Adwoa", "Ngozi",
         "Chiamaka", "Folake", "Mamadou", "Ousmane", "Fatou", "Binta", "Lamin", "Ebrima", "Modou", "Isatou",
         "Aminata", "Babacar"),
        ("Okafor", "Adeyemi", "Okonkwo", "Mensah", "Asante", "Boateng", "Owusu", "Diallo", "Ndiaye", "Jallow",
         "Ceesay", "Sowe", "Touré", "Camara", "Sanneh", "Darboe", "Njie", "Oyelaran"),
    ),
    "baltic": (
        ("Jānis", "Andris", "Mārtiņš", "Ilze", "Inese", "Līga", "Mindaugas", "Aistė", "Eglė", "Jurgita",
         "Tõnu", "Priit", "Kadri", "Tiit", "Kristjan", "Rimantas", "Laima", "Vytautas"),
        ("Bērziņš", "Kalniņš", "Ozoliņš", "Jansons", "Kazlauskas", "Petrauskas", "Jankauskas", "Butkus",
         "Saar", "Sepp", "Kask", "Mägi", "Ilves", "Tamm", "Vaitkus", "Liepiņa"),
    ),
    "south_asian": (
        ("Priya", "Rahul", "Arjun", "Ananya", "Deepak", "Sunita", "Ravi", "Kavya", "Anil", "Pooja", "Harpreet",
         "Gurpreet", "Imran", "Ayesha", "Tahir", "Sadia"),
        ("Sharma", "Patel", "Singh", "Gupta", "Reddy", "Kumar", "Nair", "Iyer", "Chopra", "Chaudhry", "Qureshi",
         "Malik", "Siddiqui", "Bhatti"),
    ),
}  # fmt: skip

# Origins drawn more often: Swedish names are the most common in a Swedish report.
ORIGIN_WEIGHTS = {"swedish": 3, "finnish": 2, "arabic": 2, "somali": 2}

# Names that are ordinary words (Swedish or in their own language): (name, origin).
WORD_NAMES: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Ros", "swedish"), ("Saga", "swedish"), ("Bris", "swedish"),
    ("Stig", "swedish"), ("Vide", "swedish"), ("Ask", "swedish"), ("Sol", "swedish"), ("Liv", "swedish"),
    ("Klara", "swedish"), ("Iris", "swedish"), ("Viola", "swedish"), ("Malva", "swedish"), ("Ärla", "swedish"),
    ("Ylva", "swedish"), ("Signe", "swedish"), ("Måns", "swedish"), ("Frej", "swedish"), ("Embla", "swedish"),
    ("Ull", "swedish"), ("Tyra", "swedish"), ("Ljung", "swedish"), ("Vilja", "swedish"), ("Idun", "swedish"),
    ("Amal", "arabic"), ("Nour", "arabic"), ("Hayat", "arabic"), ("Salam", "arabic"), ("Iman", "arabic"),
    ("Jamal", "arabic"), ("Wafa", "arabic"), ("Rahma", "arabic"), ("Hana", "arabic"), ("Amir", "arabic"),
    ("Omid", "persian"), ("Shadi", "persian"), ("Setareh", "persian"), ("Nasim", "persian"), ("Roya", "persian"),
    ("Baran", "kurdish"), ("Deniz", "turkish"), ("Umut", "turkish"), ("Barış", "turkish"), ("Güneş", "turkish"),
    ("Aslan", "turkish"), ("Tähti", "finnish"), ("Lumi", "finnish"), ("Ilma", "finnish"), ("Sade", "finnish"),
    ("Nur", "somali"), ("Hibo", "somali"), ("Selam", "eritrean"), ("Saba", "eritrean"), ("Hope", "west_african"),
    ("Blessing", "west_african"), ("Precious", "west_african"), ("Mercy", "west_african"), ("Nadia", "ukrainian"),
    ("Vira", "ukrainian"), ("Lyubov", "ukrainian"), ("Zora", "bcs"), ("Mir", "bcs"), ("Drita", "albanian"),
    ("Paz", "latin_american"), ("Luz", "latin_american"), ("Dolores", "latin_american"), ("Rosa", "roma"),
    ("Mai", "vietnamese"), ("Xuan", "vietnamese"), ("Ploy", "thai"), ("Fah", "thai"), ("Lan", "chinese"),
)  # fmt: skip

# Nicknames: (nickname, origin). Swedish short forms, youth names, street nicknames.
NICKNAMES: tuple[tuple[str, str], ...] = (
    ("Kalle", "swedish"), ("Pelle", "swedish"), ("Nisse", "swedish"), ("Olle", "swedish"), ("Janne", "swedish"),
    ("Lasse", "swedish"), ("Micke", "swedish"), ("Jocke", "swedish"), ("Robban", "swedish"), ("Sebbe", "swedish"),
    ("Totte", "swedish"), ("Affe", "swedish"), ("Tobbe", "swedish"), ("Danne", "swedish"), ("Jonte", "swedish"),
    ("Hampe", "swedish"), ("Simpa", "swedish"), ("Flisan", "swedish"), ("Lollo", "swedish"), ("Mirre", "swedish"),
    ("Lillis", "swedish"), ("Bettan", "swedish"), ("Mojje", "swedish"), ("Cissi", "swedish"), ("Mackan", "swedish"),
    ("Stickan", "swedish"), ("Bosse", "swedish"), ("Kenta", "swedish"), ("Uffe", "swedish"), ("Putte", "swedish"),
    ("Svenne", "swedish"), ("Kicki", "swedish"), ("Tessan", "swedish"), ("Jossan", "swedish"), ("Emmis", "swedish"),
    ("Linnis", "swedish"), ("Nettan", "swedish"), ("Frippe", "swedish"), ("Gurra", "swedish"), ("Ludde", "swedish"),
    ("Fredde", "swedish"), ("Frasse", "swedish"), ("Kribban", "swedish"), ("Sannis", "swedish"), ("Majan", "swedish"),
    ("Sussi", "swedish"), ("Pontan", "swedish"), ("Villan", "swedish"), ("Jimpa", "swedish"), ("Krille", "swedish"),
    ("Abbe", "arabic"), ("Ibbe", "arabic"), ("Moha", "arabic"), ("Hamudi", "arabic"), ("Mudde", "arabic"),
    ("Yusse", "arabic"), ("Lill-Ali", "arabic"), ("Lill-Mo", "somali"), ("Abdi-boy", "somali"), ("Khadi", "somali"),
    ("Memo", "turkish"), ("Apo", "kurdish"), ("Kaki", "kurdish"), ("Dado", "bcs"), ("Bata", "bcs"), ("Keke", "bcs"),
    ("Bebo", "albanian"), ("Toni", "albanian"), ("Jojje", "syriac"), ("Ninno", "syriac"), ("Afi", "afghan"),
    ("Zabi", "afghan"), ("Juanjo", "latin_american"), ("Pancho", "latin_american"), ("Seba", "latin_american"),
    ("Sasha", "ukrainian"), ("Dima", "ukrainian"), ("Kuba", "polish"), ("Gosia", "polish"), ("Tomek", "polish"),
    ("Jussi", "finnish"), ("Jokke", "finnish"), ("Pena", "finnish"), ("Noki", "thai"), ("Bao", "vietnamese"),
    ("Tumbe", "west_african"), ("Kofa", "west_african"),
    ("Lillen", "street_nickname"), ("Tjocken", "street_nickname"), ("Blixten", "street_nickname"),
    ("Kungen", "street_nickname"), ("Spöket", "street_nickname"), ("Snorken", "street_nickname"),
    ("Knatten", "street_nickname"), ("Skuggan", "street_nickname"), ("Jokern", "street_nickname"),
    ("Prinsen", "street_nickname"), ("Tiny", "street_nickname"), ("Ghost", "street_nickname"),
    ("Lil Z", "street_nickname"), ("Shadow", "street_nickname"), ("Ninja", "street_nickname"),
    ("Tjuven", "street_nickname"), ("Räven", "street_nickname"), ("Vargen", "street_nickname"),
    ("Bullen", "street_nickname"), ("Skrot-Kalle", "street_nickname"), ("Kex", "street_nickname"),
    ("Smulan", "street_nickname"), ("Mango", "street_nickname"), ("Turbo", "street_nickname"),
)  # fmt: skip

# Roles a surname follows, per voice ("handläggare Ekström", "OV Berg").
ROLES: dict[str, tuple[str, ...]] = {
    "samordnare": ("samordnare", "trygghetssamordnare", "handläggare", "enhetschef", "kollegan", "kommunens samordnare"),
    "kommunpolis": ("kommunpolis", "polisassistent", "inspektör", "insp.", "kommissarie", "kollegan", "poliskollega"),
    "bostadsbolag": ("fastighetsskötare", "bovärd", "förvaltare", "områdesansvarig", "uthyrare", "hyresgäst"),
    "vaktare": ("väktare", "OV", "ordningsvakt", "larmoperatör", "vaktchef", "väktaren"),
    "falt": ("fältassistent", "fältarbetare", "socialsekreterare", "kontaktperson", "fältaren"),
    "fritidsgard": ("fritidsledare", "föreståndare", "ledaren", "fritidsledaren", "praktikant"),
    "skola": ("rektor", "kurator", "vaktmästare", "elevassistent", "mentor", "skolsköterska", "lärare"),
    "soc": ("handläggare", "socialsekreterare", "familjebehandlare", "boendestödjare", "gode man"),
    "trygghetsvard": ("trygghetsvärd", "värd", "kollegan", "teamledare", "lagledare"),
    "nattvandrare": ("nattvandrare", "vuxen", "pappan", "mamman", "ansvarige"),
}  # fmt: skip

# --------------------------------------------------------------------------------------------------
# Places and things that must survive
# --------------------------------------------------------------------------------------------------
PLACES = (
    "Brandkärr", "Fisksätra", "Älta", "Nyköping", "Nacka", "Saltsjöbaden", "Erstavik", "Oppeby", "Arnö", "Harg",
    "Svalsta", "Stensund", "Isaksdal", "Högbrunn", "Sigfridsborg", "Henriksdal", "Ektorp", "Orminge", "Björknäs",
    "Sickla", "Kvarnholmen", "Jarlaberg", "Lännersta", "Tyresö", "Gustavsberg", "Södertälje", "Oxelösund",
    "Katrineholm", "Flen", "Trosa", "Stigtomta", "Nävekvarn", "Tystberga", "Jönåker", "Lund", "Kristineberg",
    "Karlslund", "Fredriksdal", "Annedal", "Rinkeby", "Tensta", "Hallunda", "Skogås", "Fittja", "Hammarkullen",
    "Rosengård", "Gottsunda", "Vivalla", "Skäggetorp", "Långberget", "Ekensberg", "Marieberg", "Västra Brandkärr",
    "Fisksätra holme", "Ältadalen", "Stora Sköndal", "Idunlund", "Kila", "Runtuna", "Alby", "Norrby", "Eriksberg",
)  # fmt: skip

INSTITUTIONS = (
    "Brandkärrsskolan", "Långbergsskolan", "Mariebergsgården", "Sigfridsborgsskolan", "Älta tennishall",
    "Fisksätra bibliotek", "Fisksätra skola", "Älta skola", "Fisksätra fritidsgård", "Älta fritidsgård",
    "Nyköpings lasarett", "vårdcentralen i Brandkärr", "Fisksätra kyrka", "Nyköpings gymnasium", "Rosvalla",
    "Ältabadet", "Fisksätra simhall", "Nacka gymnasium", "Fisksätra folkets hus", "Ängsskolan", "Kyrkskolan",
    "S:t Nicolai kyrka", "Alla helgona kyrka", "Raoul Wallenbergskolan", "Selma Lagerlöfskolan",
    "Astrid Lindgrens skola", "Ellen Keyskolan", "Tessinskolan", "Ältahallen", "Fisksätra IP",
    "Brandkärrs förskola", "Stadsbiblioteket", "Familjecentralen", "Fisksätra station", "Nyköpings resecentrum",
    "Ungdomsmottagningen", "Fritidsgården Ungdomens hus", "Kulturskolan", "Sjöcronaskolan", "Stenkullaskolan",
)  # fmt: skip

STREETS = (
    "Brandkärrsvägen", "Kärrvägen", "Tallbacksvägen", "Idunvägen", "Ringvägen", "Stigtomtavägen", "Fisksätra allé",
    "Fiskarhöjden", "Ältavägen", "Ältabergsvägen", "Almvägen", "Björkstigen", "Skolgatan", "Storgatan",
    "Järnvägsgatan", "Bergsvägen", "Ängsvägen", "Tallstigen", "Hamnvägen", "Mensättravägen", "Lovisedalsvägen",
    "Oxelösundsvägen", "Långbergsvägen", "Mariebergsvägen", "Saltsjöbadsleden", "Sigfridsborgsvägen",
    "Sjöbrovägen", "Gästabudsvägen", "Hjortvägen", "Rävstigen", "Lärkvägen", "Klockargatan", "Parkvägen",
    "Torggatan", "Industrivägen", "Kvarnbacken", "Östra Längdgatan", "Brunnsgatan", "Fruängsgatan", "Kungsvägen",
)  # fmt: skip

PERSON_STREETS = (
    "Selma Lagerlöfs väg", "Evert Taubes väg", "Astrid Lindgrens väg", "Nils Ferlins gränd", "Dag Hammarskjölds väg",
    "Olof Palmes gata", "Fredrika Bremers gata", "Greta Garbos väg", "Ingrid Bergmans gata", "Hugo Alfvéns väg",
    "Tage Erlanders väg", "Karin Boyes gränd", "Birger Jarlsgatan", "Strindbergsvägen", "Bellmansgatan",
    "Linnégatan", "Drottning Kristinas väg", "Gustav Adolfs gata", "Harry Martinsons väg", "Moa Martinsons gränd",
    "Anna Lindhs plats", "Sven Hedins väg", "Pelle Molins gränd", "Jenny Linds gata",
)  # fmt: skip

ORGANISATIONS = (
    "Nyköpingshem", "Stena Fastigheter", "Wallenstam", "HSB", "Rikshem", "Securitas", "Avarn Security",
    "Nacka kommun", "Nyköpings kommun", "Polisen", "Brå", "Södertörns brandförsvarsförbund", "Sörmlandskustens räddningstjänst",
    "SL", "Sörmlandstrafiken", "Fryshuset", "Nattvandrarna", "Röda Korset", "Länsstyrelsen", "Hyresgästföreningen",
    "Stadsmissionen", "Nacka Vatten och Avfall", "Vattenfall", "Ellevio", "Telia", "Keolis", "Arriva", "Tekniska verken",
    "Trafikverket", "Friskis&Svettis", "IFK Nyköping", "Älta IF", "Fisksätra IF", "Save the Children", "Rädda Barnen",
    "Coop", "ICA Nära", "Willys", "Pressbyrån", "Apoteket",
)  # fmt: skip

# Ordinary words that start a sentence and could be taken for a name: (word, opening clause).
WORD_OPENERS: tuple[tuple[str, str], ...] = (
    ("Sten", "Sten kastad genom rutan"), ("Ros", "Ros från boende för de nya lamporna"),
    ("Björk", "Björk knäckt av vinden"), ("Ek", "Ek fälld över gångvägen"), ("Storm", "Storm under natten"),
    ("Frost", "Frost på trappan, halkrisk"), ("Lind", "Lind har vuxit över gatlyktan"),
    ("Alm", "Alm med rötter som lyft asfalten"), ("Rönn", "Rönn nedbruten av några ungdomar"),
    ("Hassel", "Hassel och sly skymmer sikten"), ("Asp", "Asp vid lekplatsen ska tas ned"),
    ("Strand", "Strand nedskräpad efter helgen"), ("Skog", "Skog nära skolan upplevs otrygg"),
    ("Ström", "Ström borta i trapphuset"), ("Sol", "Sol och mycket folk ute"), ("Lilja", "Lilja-rabatten trampad"),
    ("Falk", "Falk häckar på taket, taket avspärrat"), ("Örn", "Örn-logotypen sprayad över"),
    ("Dag", "Dag två av insatsen"), ("Saga", "Saga-stunden på biblioteket fick ställas in"),
    ("Klara", "Klara besked behövs om belysningen"), ("Vilja", "Vilja finns hos föreningen"),
    ("Ljung", "Ljung brann i slänten"), ("Vide", "Vide växer över belysningen"), ("Sand", "Sand saknas i sandlådan"),
    ("Grus", "Grus i hela porten"), ("Hagel", "Hagel och regn höll folk inne"), ("Dimma", "Dimma hela kvällen"),
    ("Regn", "Regn hela helgen"), ("Snö", "Snö ej skottad vid entrén"), ("Is", "Is på gångvägen"),
    ("Berg", "Berg i dagen sprängs bakom garaget"), ("Holm", "Holm-bryggan avstängd"),
    ("Bris", "Bris från sjön, lugnt"), ("Lugnt", "Lugnt i stort"), ("Glas", "Glas på marken"),
    ("Rök", "Rök från papperskorg"), ("Många", "Många ute på torget"), ("Flera", "Flera mopeder på cykelbanan"),
    ("Inga", "Inga nya tags"), ("Samma", "Samma grupp som förra veckan"), ("Tonåringar", "Tonåringar i förrådet"),
    ("Personal", "Personal kände sig hotad"), ("Boende", "Boende klagar på ljud"),
    ("Källare", "Källare uppbruten"), ("Container", "Container brann"), ("Moped", "Moped utan skyltar"),
    ("Bråk", "Bråk utanför kiosken"), ("Gäng", "Gäng samlat vid rondellen"), ("Hot", "Hot mot chauffören"),
    ("Stilla", "Stilla natt"), ("Trygg", "Trygg stämning på torget"), ("Vakten", "Vakten stängde porten"),
    ("Björn", "Björn-statyn klottrad"), ("Fors", "Fors i dagvattenbrunnen efter skyfallet"),
    ("Sjö", "Sjö-promenaden mörk"), ("Nord", "Nord-entrén trasig"), ("Rosen", "Rosen vid minnesplatsen förstörd"),
    ("Liv", "Liv och rörelse vid badet"), ("Tyst", "Tyst på torget"), ("Mörkt", "Mörkt i gångtunneln"),
)  # fmt: skip

PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
# Letter groups a plate never gets here: real words that would be ambiguous in a sentence.
PLATE_AVOID = frozenset({"BUS", "SEX", "OLA", "LAX", "BIL", "ROT", "MAT", "KOL", "SOS", "OBS", "HUS", "SOC", "EST",
                         "SMS", "ATT", "OCH", "DEN", "DET", "MED", "HAN", "HON", "SOM", "POL", "RAN", "BRA",
                         "TOR", "LOS", "GUL", "ALL", "NAT", "DAG", "SAS", "ICA", "SKO", "KOR", "BOK"})  # fmt: skip

EMAIL_DOMAINS = (
    "gmail.com", "hotmail.com", "outlook.com", "live.se", "icloud.com", "telia.com", "yahoo.se",
    "nacka.se", "nykoping.se", "elev.nacka.se", "edu.nykoping.se", "bredband.net", "spray.se",
)  # fmt: skip

# Property designations: (tract, kind) — kind "area" gives "Brandkärr 4:12", "kvarter" gives "Ekorren 7".
PROPERTY_TRACTS = (
    "Brandkärr",
    "Fisksätra",
    "Älta",
    "Sicklaön",
    "Erstavik",
    "Oppeby",
    "Nyköping Harg",
    "Bergkvara",
)
PROPERTY_KVARTER = (
    "Ekorren",
    "Tärnan",
    "Bagaren",
    "Hjorten",
    "Svalan",
    "Smeden",
    "Kastanjen",
    "Lodjuret",
    "Måsen",
)
