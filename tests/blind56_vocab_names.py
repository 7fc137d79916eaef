"""Names of the fifty-sixth blind corpus (tests/blind56_corpus.py): licence holders, their staff, inspectors
and neighbours in Malmö, Lund and Helsingborg, typed from the writer's own knowledge (no name list or
package was used).

ORIGINS maps an origin to (weight, given names, surnames, nicknames); the weights are meant to look like
the people a licensing unit in Skåne's three largest towns meets today (Swedish a little over two in five;
many from Iraq, Syria, former Yugoslavia, Denmark, Poland, Iran, Afghanistan and Somalia; restaurant and
kiosk trades bring Thai, Vietnamese, Chinese, Turkish, Kurdish and Greek names). FATHERS are middle names
where a father's name is usual. WORD_FIRST and WORD_SURNAMES are names that are also Swedish or English
words.
"""

from __future__ import annotations

NAME_PARTICLES = frozenset({"von", "af", "de", "da", "dos", "al", "el", "bin", "ibn", "di"})

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        39.0,
        (
            "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Emma", "Johanna", "Malin",
            "Linda", "Ida", "Elin", "Hanna", "Frida", "Sofia", "Cecilia", "Ulrika", "Therese", "Jenny",
            "Camilla", "Helena", "Annika", "Ingrid", "Birgitta", "Louise", "Matilda", "Julia", "Ebba",
            "Elsa", "Agnes", "Tove", "Linnéa", "Moa", "Ellen", "Astrid", "Signe", "Ann-Charlotte",
            "Anna-Karin", "Ann-Sofie", "Lars", "Anders", "Johan", "Per", "Erik", "Karl", "Peter", "Mikael",
            "Magnus", "Fredrik", "Henrik", "Mattias", "Jonas", "Martin", "Niklas", "Stefan", "Thomas",
            "Patrik", "Andreas", "Olof", "Gustav", "Oskar", "Viktor", "Emil", "Filip", "Jakob", "Ludvig",
            "Hugo", "Olle", "Nils", "Göran", "Leif", "Kjell", "Bengt", "Ulf", "Rickard", "Joakim",
            "Kristoffer", "Sebastian", "Jesper", "Tobias", "Jan-Erik", "Lars-Göran", "Per-Olof",
            "Carl-Johan", "Hans-Åke", "Mats", "Håkan", "Torbjörn", "Pontus", "Måns", "Truls", "Sune",
            "Bertil", "Gunnel", "Siv", "Marianne", "Pia", "Ylva",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jönsson", "Jansson", "Hansson", "Bengtsson",
            "Mårtensson", "Håkansson", "Nordström", "Lindqvist", "Lindgren", "Bergström", "Sandberg",
            "Sjöberg", "Wallin", "Engström", "Lundgren", "Ekström", "Holmberg", "Nyström", "Lundberg",
            "Mattsson", "Ohlsson", "Ståhl", "Sjögren", "Åkesson", "Nordin", "Hedlund", "Dahlberg",
            "Lindholm", "Wikström", "Isaksson", "Fransson", "Ljungberg", "Blomqvist", "Appelqvist",
            "Tufvesson", "Trulsson", "Ingvarsson", "Paulsson", "Strandberg", "Hallberg", "Rosengren",
            "Malmqvist", "Ahlgren", "Nilsson Dahl", "Persson Wiberg", "von Platen", "af Klercker",
            "von Essen", "Lindahl-Åkesson", "Borg", "Thelin", "Grahn", "Sköld",
        ),
        (
            "Jocke", "Micke", "Pelle", "Nisse", "Kalle", "Lollo", "Sussi", "Bosse", "Mackan", "Tompa",
            "Jonte", "Lasse", "Putte", "Kicki", "Tobbe", "Stoffe", "Janne", "Gurra", "Pålle",
        ),
    ),
    "danish": (
        3.0,
        (
            "Mette", "Søren", "Mads", "Kasper", "Rasmus", "Jens", "Morten", "Bjarne", "Henning",
            "Pernille", "Trine", "Sanne", "Dorthe", "Lone", "Tine", "Jørgen",
        ),
        (
            "Jensen", "Nielsen", "Hansen", "Pedersen", "Christensen", "Rasmussen", "Sørensen", "Madsen",
            "Kristensen", "Thomsen", "Poulsen", "Møller", "Østergaard", "Kjærgaard", "Lauridsen",
        ),
        ("Søs", "Manse", "Kasse", "Bjasse"),
    ),
    "iraqi": (
        6.0,
        (
            "Ahmed", "Mohammed", "Ali", "Hussein", "Hassan", "Omar", "Mustafa", "Haider", "Ammar",
            "Zainab", "Fatima", "Noor", "Zahraa", "Marwa", "Sura", "Hiba", "Yasir", "Abbas", "Mahdi",
            "Mortada", "Qusay", "Muntadhar", "Rusul", "Duaa",
        ),
        (
            "Al-Saadi", "Al-Jaberi", "Al-Obaidi", "Hamid", "Jassim", "Kadhim", "Al-Musawi", "Al-Tamimi",
            "Abdulrahman", "Al-Zubaidi", "Hashim", "Salman", "Al-Rubaie", "Al-Khafaji", "Jabbar",
        ),
        ("Hamoudi", "Abu Karim", "Zizo", "Abu Sajjad"),
    ),
    "syrian": (
        5.0,
        (
            "Rami", "Bassam", "Khaled", "Maher", "Tarek", "Firas", "Rasha", "Lina", "Dima", "Hala",
            "Ghaith", "Yamen", "Alaa", "Louay", "Samer", "Reem", "Mazen", "Wael", "Rouba", "Nisreen",
        ),
        (
            "Haddad", "Khoury", "Alhamoui", "Al-Ahmad", "Sabbagh", "Halabi", "Kassab", "Darwish",
            "Shami", "Najjar", "Hamwi", "Mansour", "Al-Khatib", "Azzam", "Moussa",
        ),
        ("Abu Rami", "Mimo", "Sousou", "Hammoud"),
    ),
    "lebanese_palestinian": (
        2.5,
        (
            "Walid", "Nabil", "Ziad", "Samir", "Mona", "Rana", "Layla", "Hadi", "Nadim", "Fadi",
            "Jamal", "Yousef", "Sami", "Nour", "Rabih",
        ),
        (
            "Hamdan", "Saleh", "Issa", "Odeh", "Khalil", "Barakat", "Aoun", "Fakhoury", "Jaber",
            "Abu Hamdan", "El-Hage", "Shehadeh", "Abdallah",
        ),
        ("Abu Yousef", "Doudi", "Fofo"),
    ),
    "bosnian": (
        4.0,
        (
            "Emir", "Adnan", "Amir", "Kenan", "Haris", "Edin", "Senad", "Alma", "Amra", "Lejla",
            "Selma", "Emina", "Azra", "Merima", "Nermin", "Jasmin", "Almir",
        ),
        (
            "Hodžić", "Mehmedović", "Hadžić", "Begić", "Kovačević", "Halilović", "Delić", "Omerović",
            "Husić", "Mujić", "Softić", "Ibrahimović", "Salihović", "Karić", "Čolić",
        ),
        ("Braco", "Dado", "Keka", "Šeki"),
    ),
    "serbian": (
        2.0,
        (
            "Dragan", "Milan", "Nikola", "Zoran", "Goran", "Dejan", "Jelena", "Milica", "Snežana",
            "Vesna", "Marko", "Bojan", "Slobodan",
        ),
        (
            "Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić",
            "Pavlović", "Milošević", "Popović", "Lazić",
        ),
        ("Zoki", "Gaga", "Boki"),
    ),
    "croatian": (
        1.2,
        ("Ivan", "Ante", "Josip", "Tomislav", "Ivana", "Mirela", "Zvonimir", "Marina"),
        ("Horvat", "Kovač", "Babić", "Marić", "Jurić", "Perić", "Knežević", "Vuković"),
        ("Tomo", "Jole"),
    ),
    "albanian": (
        2.2,
        (
            "Arben", "Besnik", "Driton", "Fatmir", "Valon", "Arta", "Blerta", "Drita", "Vjosa",
            "Liridon", "Ardit", "Shqipe", "Egzon", "Fitore",
        ),
        (
            "Krasniqi", "Berisha", "Gashi", "Hoxha", "Morina", "Shala", "Bytyqi", "Rexhepi", "Kastrati",
            "Hajdari", "Zeqiri",
        ),
        ("Beni", "Toni", "Lumi"),
    ),
    "macedonian": (
        0.8,
        ("Aleksandar", "Goce", "Biljana", "Vlatko", "Zorica", "Blagoja"),
        ("Trajkovski", "Stojanovski", "Petrovski", "Dimovski", "Angelovski"),
        ("Ace", "Goco"),
    ),
    "polish": (
        3.0,
        (
            "Piotr", "Tomasz", "Krzysztof", "Paweł", "Marcin", "Łukasz", "Agnieszka", "Katarzyna",
            "Magdalena", "Joanna", "Małgorzata", "Michał", "Grzegorz", "Aleksandra", "Wojciech",
        ),
        (
            "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
            "Szymański", "Woźniak", "Kaczmarek", "Mazur", "Krawczyk", "Grabowski", "Pawlak",
        ),
        ("Kuba", "Gosia", "Kasia", "Bartek", "Tomek"),
    ),
    "iranian": (
        3.0,
        (
            "Reza", "Mehdi", "Farshid", "Babak", "Kourosh", "Dariush", "Shirin", "Maryam", "Parisa",
            "Azadeh", "Leila", "Nasrin", "Golnaz", "Arash", "Navid", "Behrouz", "Siavash",
        ),
        (
            "Ahmadi", "Hosseini", "Karimi", "Rahimi", "Rostami", "Moradi", "Jafari", "Ghorbani",
            "Tehrani", "Sadeghi", "Bagheri", "Shirazi", "Farahani", "Kazemi",
        ),
        ("Mamad", "Dadash", "Abji"),
    ),
    "afghan": (
        2.5,
        (
            "Wahid", "Farid", "Jawid", "Zabihullah", "Sayed", "Roya", "Zahra", "Freshta", "Mursal",
            "Khalid", "Najib", "Shabnam", "Rahmatullah", "Sohrab", "Elham",
        ),
        (
            "Hashimi", "Sultani", "Noori", "Rezaei", "Ahmadzai", "Popal", "Stanikzai", "Haidari",
            "Amiri", "Sadat", "Azizi", "Rahmani", "Nazari",
        ),
        ("Lala", "Bacha", "Agha"),
    ),
    "somali": (
        2.2,
        (
            "Abdi", "Abdirahman", "Abdullahi", "Hodan", "Hibaaq", "Fadumo", "Ayaan", "Khadra", "Sahra",
            "Ikran", "Liban", "Mahad", "Nasra", "Mukhtar", "Sagal",
        ),
        ("Warsame", "Farah", "Jama", "Yusuf", "Osman", "Nur", "Egal", "Aden", "Dirie", "Guled"),
        ("Dheere", "Yare", "Gaab", "Madoobe"),
    ),
    "eritrean": (
        1.2,
        (
            "Yonas", "Semere", "Mehari", "Tesfay", "Senait", "Selam", "Rahel", "Feven", "Filmon",
            "Biniam", "Dawit", "Saron", "Winta", "Luwam",
        ),
        (
            "Tesfamariam", "Ghebremedhin", "Habte", "Kidane", "Berhane", "Tekle", "Gebreyesus", "Woldu",
            "Haile", "Asmerom",
        ),
        ("Wedi", "Semi", "Filo"),
    ),
    "turkish": (
        2.0,
        (
            "Mehmet", "Emre", "Burak", "Serkan", "Murat", "Kemal", "Cem", "Elif", "Zeynep", "Ayşe",
            "Özlem", "Derya", "Gülşen", "Onur", "Volkan", "Kaan",
        ),
        (
            "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan",
            "Doğan", "Kılıç", "Çetin", "Polat", "Güneş",
        ),
        ("Memo", "Apo", "Ibo"),
    ),
    "kurdish": (
        2.0,
        (
            "Rebwar", "Dilan", "Shwan", "Kawa", "Hawre", "Aram", "Karwan", "Soran", "Zana", "Bahar",
            "Rozh", "Nazdar", "Berivan", "Avin", "Sherzad",
        ),
        ("Hama", "Rasul", "Qadir", "Salih", "Baban", "Jaff", "Hawrami", "Omer", "Zangana", "Dosky"),
        ("Shero", "Kako", "Dilo"),
    ),
    "finnish": (
        0.8,
        (
            "Jukka", "Pekka", "Matti", "Timo", "Sari", "Päivi", "Tuula", "Riitta", "Heikki", "Jussi",
            "Outi", "Eija",
        ),
        (
            "Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Koskinen",
            "Heikkinen", "Järvinen", "Lehtonen", "Salonen",
        ),
        ("Masa", "Jukkis", "Tupu"),
    ),
    "german": (
        1.0,
        (
            "Klaus", "Jürgen", "Wolfgang", "Dieter", "Stefanie", "Sabine", "Ute", "Birgit", "Matthias",
            "Katrin", "Uwe",
        ),
        (
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
            "Hoffmann", "Richter", "von Bülow", "Schröder",
        ),
        ("Jogi", "Bine", "Uschi"),
    ),
    "romanian": (
        1.5,
        (
            "Ionuț", "Andrei", "Alexandru", "Mihai", "Florin", "Cristian", "Gabriela", "Elena", "Ioana",
            "Mariana", "Adrian", "Bogdan", "Marius",
        ),
        (
            "Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Gheorghe", "Constantin", "Munteanu",
            "Moldovan", "Lungu", "Ciobanu", "Rusu", "Mocanu",
        ),
        ("Costi", "Nelu", "Gigel", "Fănel"),
    ),
    "bulgarian": (
        0.6,
        ("Georgi", "Ivaylo", "Dimitar", "Petar", "Hristo", "Tsvetelina", "Desislava", "Stoyan"),
        ("Georgiev", "Dimitrov", "Todorov", "Stoyanov", "Hristov", "Kolev", "Angelova"),
        ("Gosho", "Mitko", "Pesho"),
    ),
    "ukrainian": (
        1.5,
        (
            "Oleksandr", "Andrii", "Serhii", "Dmytro", "Taras", "Oksana", "Olena", "Iryna", "Nataliia",
            "Yuliia", "Bohdan", "Mykola", "Halyna",
        ),
        (
            "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko",
            "Oliinyk", "Lysenko", "Marchenko", "Savchenko", "Rudenko",
        ),
        ("Sashko", "Tarasyk", "Olia"),
    ),
    "russian": (
        0.6,
        ("Sergei", "Aleksei", "Dmitri", "Vladimir", "Igor", "Svetlana", "Olga", "Tatiana", "Pavel"),
        ("Smirnov", "Kuznetsov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Morozov", "Fedorov"),
        ("Vova", "Dima", "Sveta"),
    ),
    "vietnamese": (
        0.9,
        (
            "Minh", "Hoa", "Tuan", "Dung", "Hung", "Thao", "Linh", "Huong", "Quang", "Trang", "Phuong",
            "Thi Lan", "Van Tuan", "Thi Huong", "Duc Anh",
        ),
        ("Nguyen", "Tran", "Pham", "Hoang", "Dang", "Bui", "Ngo", "Duong", "Truong", "Vo"),
        ("Bé", "Tí", "Út"),
    ),
    "chinese": (
        0.8,
        ("Wei", "Jing", "Yan", "Lei", "Hao", "Xin", "Jun", "Fang", "Ying", "Zhiwei", "Jiahui", "Xiaoyu"),
        ("Wang", "Zhang", "Chen", "Liu", "Yang", "Huang", "Zhao", "Zhou", "Xu", "Zhu", "Lin"),
        ("Xiao Wang", "Lao Chen", "Jojo"),
    ),
    "thai": (
        0.9,
        (
            "Somchai", "Nattaya", "Siriporn", "Pornthip", "Kanya", "Supaporn", "Wanida", "Malee",
            "Apinya", "Chaiwat", "Niran", "Suda",
        ),
        (
            "Srisuk", "Wongsawat", "Chaiyaphum", "Sukprasert", "Thongchai", "Boonmee", "Saetang",
            "Kaewkla", "Phromma", "Jaidee",
        ),
        ("Noi", "Lek", "Ploy", "Aom", "Nok", "Toon"),
    ),
    "indian": (
        0.8,
        (
            "Rahul", "Priya", "Anil", "Sunita", "Vikram", "Deepak", "Ananya", "Rohit", "Sneha", "Arjun",
            "Kavita", "Rajesh", "Pooja",
        ),
        (
            "Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Menon", "Joshi",
            "D'Souza", "D'Costa", "Fernandes",
        ),
        ("Raju", "Bunty", "Pinky", "Guddu"),
    ),
    "pakistani": (
        0.6,
        ("Imran", "Usman", "Bilal", "Faisal", "Asif", "Ayesha", "Hina", "Saima", "Kashif", "Adeel"),
        ("Khan", "Butt", "Chaudhry", "Qureshi", "Malik", "Iqbal", "Raza", "Javed", "Bhatti"),
        ("Billu", "Pappu", "Mani"),
    ),
    "latin_american": (
        1.0,
        (
            "Carlos", "Juan", "Luis", "Pablo", "Diego", "Francisco", "Camila", "Valentina", "Paula",
            "Carolina", "Ximena", "Gonzalo", "Rodrigo", "Ignacio", "Macarena",
        ),
        (
            "González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Martínez",
            "Sepúlveda", "Morales", "Fuentes", "Soto Araya", "Muñoz Valenzuela", "da Silva", "dos Santos",
        ),
        ("Pancho", "Nacho", "Pepe", "Coni", "Cote"),
    ),
    "greek": (
        0.5,
        ("Nikos", "Giorgos", "Kostas", "Dimitris", "Yannis", "Eleni", "Katerina", "Despina", "Vasilis"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Papadakis", "Karagiannis", "Vlachos", "Oikonomou"),
        ("Takis", "Mitsos", "Sakis"),
    ),
    "italian": (
        0.6,
        ("Marco", "Luca", "Giuseppe", "Francesco", "Alessandro", "Giulia", "Chiara", "Federica"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "De Santis",
         "Di Stefano"),
        ("Gigi", "Beppe", "Pippo"),
    ),
    "british": (
        0.7,
        ("James", "Oliver", "Emily", "Charlotte", "Jack", "Harry", "Sophie", "Rebecca", "Gareth", "Rhys"),
        ("Jones", "Taylor", "Wilson", "Evans", "Roberts", "Walker", "Wright", "Hughes", "Edwards",
         "Cooper"),
        ("Robbo", "Gaz", "Smithy"),
    ),
    "irish": (
        0.5,
        ("Seán", "Ciarán", "Siobhán", "Niamh", "Aoife", "Conor", "Declan", "Róisín", "Eoin"),
        ("O'Brien", "O'Neill", "O'Sullivan", "O'Connor", "O'Donnell", "Murphy", "McCarthy", "Byrne"),
        ("Paddy", "Murph"),
    ),
    "west_african": (
        0.8,
        (
            "Chinedu", "Emeka", "Ngozi", "Adaeze", "Oluwaseun", "Tunde", "Kwame", "Kofi", "Akosua",
            "Yaw", "Abena", "Chiamaka", "Femi",
        ),
        (
            "Okafor", "Adeyemi", "Okonkwo", "Mensah", "Asante", "Boateng", "Owusu", "Adebayo", "Eze",
            "Nwosu", "Appiah",
        ),
        ("Emmy", "Kwabs", "Seun"),
    ),
    "filipino": (
        0.4,
        ("Maricel", "Jocelyn", "Rowena", "Arnel", "Jomar", "Rosalie", "Jerome", "Lorna"),
        ("Santos", "Reyes", "Cruz", "Bautista", "Mendoza", "Villanueva", "Aquino", "Ramos"),
        ("Jun-Jun", "Bong", "Tintin"),
    ),
    "assyrian": (
        0.6,
        ("Ninos", "Ninve", "Sargon", "Shamiran", "Ashur", "Afram", "Jacoub", "Ilona", "Gabriel"),
        ("Lahdo", "Barsom", "Khoshaba", "Gewargis", "Shamoun", "Bahnan", "Malke", "Danho"),
        ("Gabbe", "Ninno"),
    ),
    "hungarian": (
        0.5,
        ("László", "Zoltán", "Gábor", "Katalin", "Zsuzsanna", "Attila", "Krisztina", "Tamás"),
        ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Molnár", "Németh", "Farkas"),
        ("Laci", "Zoli", "Kati"),
    ),
    "lithuanian": (
        0.4,
        ("Mindaugas", "Darius", "Rūta", "Jurgita", "Aušra", "Vytautas", "Giedrius"),
        ("Kazlauskas", "Petrauskas", "Jankauskas", "Stankevičius", "Vasiliauskas", "Žukauskas"),
        ("Mindė", "Vytas"),
    ),
}  # fmt: skip

# Middle names where a father's (or grandfather's) name is usual.
FATHERS: dict[str, tuple[str, ...]] = {
    "iraqi": ("Abdullah", "Kareem", "Sattar", "Naji", "Jawad", "Raheem"),
    "somali": ("Mohamud", "Hirsi", "Dahir", "Ismail", "Abdiqadir"),
    "eritrean": ("Gebre", "Habtom", "Mesfin", "Zerai"),
    "afghan": ("Gul", "Ahmad", "Mir"),
    "kurdish": ("Jalal", "Kamal", "Othman"),
}

# Given names and surnames that are also Swedish or English words.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"),
    ("Björn", "swedish"),
    ("Axel", "swedish"),
    ("Klara", "swedish"),
    ("Saga", "swedish"),
    ("Dag", "swedish"),
    ("Vilja", "swedish"),
    ("Bo", "swedish"),
    ("Can", "turkish"),
    ("Hope", "west_african"),
    ("Grace", "west_african"),
    ("Joy", "filipino"),
    ("Rosa", "latin_american"),
    ("Sunny", "indian"),
    ("Frank", "german"),
    ("Mark", "british"),
)
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"),
    ("Lind", "swedish"),
    ("Ek", "swedish"),
    ("Holm", "swedish"),
    ("Ström", "swedish"),
    ("Björk", "swedish"),
    ("Falk", "swedish"),
    ("Örn", "swedish"),
    ("Svan", "swedish"),
    ("Frost", "swedish"),
    ("Storm", "swedish"),
    ("Kvist", "swedish"),
    ("Hjort", "swedish"),
    ("Vinter", "swedish"),
    ("Kiss", "hungarian"),
    ("Sun", "chinese"),
    ("Long", "chinese"),
    ("Baker", "british"),
    ("Green", "british"),
    ("Young", "british"),
    ("Wolf", "german"),
    ("Fink", "german"),
)
# How often an ordinary draw of an origin takes one of its word names (given name, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.04, 0.08),
    "british": (0.1, 0.2),
    "german": (0.08, 0.15),
    "chinese": (0.0, 0.15),
    "hungarian": (0.0, 0.15),
    "turkish": (0.06, 0.0),
    "west_african": (0.12, 0.0),
    "filipino": (0.12, 0.0),
    "latin_american": (0.06, 0.0),
    "indian": (0.08, 0.0),
}
