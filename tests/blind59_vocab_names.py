"""Names of the fifty-ninth blind corpus (tests/blind59_corpus.py): the people at roads, rest areas and truck
stops along the E4 and the riksvägar around Jönköping, Värnamo and Ljungby. Drivers from many countries,
truck-stop staff, bärgare, trafikledare, police and the kommun's people, with origins weighted as in a
Småland town and on its through roads today (Swedish a little under half).

Typed from the writer's own knowledge; no name list or package was read. `ORIGINS` maps an origin to
(weight, given names, surnames, nicknames); `FATHERS` the names standing between given name and surname
where that is usual; `WORD_FIRST` and `WORD_SURNAMES` names that are also Swedish or English words.
"""

from __future__ import annotations

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        44.0,
        (
            "Anders", "Mikael", "Johan", "Peter", "Magnus", "Stefan", "Fredrik", "Tobias", "Henrik",
            "Mattias", "Jonas", "Marcus", "Linnea", "Emma", "Johanna", "Sara", "Malin", "Camilla", "Sofia",
            "Ida", "Elin", "Therese", "Maria", "Annika", "Ulrika", "Birgitta", "Gunnar", "Kent", "Leif",
            "Roger", "Ingvar", "Göran", "Anna-Karin", "Jan-Erik", "Per-Olof", "Karl-Johan", "Eva-Lena",
            "Lars-Göran", "Ann-Sofie", "Carl Axel", "Nils Olof", "Oskar", "Viktor", "Albin", "Hampus",
            "Wilma", "Ebba", "Tilda", "Kerstin", "Margareta",
        ),
        (
            "Johansson", "Karlsson", "Andersson", "Nilsson", "Gustafsson", "Petersson", "Svensson",
            "Bengtsson", "Fransson", "Lundqvist", "Sandberg", "Gunnarsson", "Ivarsson", "Axelsson",
            "Hjalmarsson", "Wikström", "Lindahl", "Bergkvist", "Claesson", "Enqvist", "Thorén", "Rydell",
            "Åkesson", "Öberg", "Håkansson", "Magnusson", "Ljunggren", "Strand", "Hultgren", "Sjögren",
            "Norrman", "Palmqvist", "Wennerberg", "Stålhammar", "Lagerlöf", "Ekdahl",
        ),
        ("Micke", "Bosse", "Kalle", "Lasse", "Jonte", "Frippe", "Totte", "Pelle", "Nisse", "Gurra",
         "Janne", "Stickan", "Kicki", "Lotta", "Myran", "Bullen"),
    ),
    "finnish": (
        3.0,
        ("Jukka", "Pekka", "Marjatta", "Tuomas", "Heikki", "Sirpa", "Kari", "Aino", "Raimo", "Päivi"),
        ("Virtanen", "Korhonen", "Mäkinen", "Heikkinen", "Laaksonen", "Nieminen", "Hämäläinen", "Salo",
         "Koskinen", "Rantanen"),
        ("Jukkis", "Pekkis", "Hessu", "Kaitsu"),
    ),
    "polish": (
        5.0,
        ("Paweł", "Krzysztof", "Tomasz", "Grzegorz", "Małgorzata", "Agnieszka", "Łukasz", "Dariusz",
         "Mariusz", "Wojciech", "Katarzyna", "Zbigniew", "Jakub", "Sławomir", "Bartosz"),
        ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
         "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Pietrzak", "Grabowski"),
        ("Kuba", "Bartek", "Gosia", "Grzesiek", "Darek", "Mariuszek", "Zbyszek"),
    ),
    "lithuanian": (
        3.0,
        ("Tomas", "Mindaugas", "Darius", "Saulius", "Rimantas", "Vytautas", "Giedrius", "Audrius",
         "Rasa", "Jurgita", "Arūnas", "Žydrūnas"),
        ("Kazlauskas", "Petrauskas", "Jankauskas", "Žukauskas", "Butkus", "Stankevičius", "Vasiliauskas",
         "Paulauskas", "Navickas", "Urbonas", "Balčiūnas"),
        ("Mindis", "Dariukas", "Sauliukas", "Vytas"),
    ),
    "latvian": (
        1.5,
        ("Jānis", "Andris", "Edgars", "Māris", "Gatis", "Ilze", "Kristaps", "Aigars"),
        ("Bērziņš", "Kalniņš", "Ozoliņš", "Liepiņš", "Krūmiņš", "Vītols", "Zariņš"),
        ("Jancis", "Edžus", "Krišs"),
    ),
    "estonian": (
        0.8,
        ("Priit", "Tõnu", "Margus", "Kristjan", "Urmas", "Kadri"),
        ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Rebane"),
        ("Priidu", "Tõnts"),
    ),
    "romanian": (
        3.0,
        ("Ionuț", "Mihai", "Adrian", "Florin", "Cătălin", "Gheorghe", "Marius", "Bogdan", "Alina",
         "Nicoleta", "Costel", "Vasile"),
        ("Popescu", "Ionescu", "Dumitrescu", "Constantin", "Stoica", "Munteanu", "Rusu", "Moldovan",
         "Lungu", "Ciobanu", "Dobre", "Mocanu"),
        ("Costi", "Ionel", "Mihăiță", "Florinel", "Gică"),
    ),
    "bulgarian": (
        2.0,
        ("Georgi", "Dimitar", "Ivaylo", "Hristo", "Stoyan", "Plamen", "Tsvetelina", "Nikolay", "Todor"),
        ("Georgiev", "Dimitrov", "Petrov", "Stoyanov", "Kolev", "Todorov", "Hristova", "Angelov",
         "Yordanov"),
        ("Gosho", "Mitko", "Ico", "Tosho"),
    ),
    "ukrainian": (
        2.5,
        ("Oleksandr", "Andrii", "Serhii", "Mykola", "Vasyl", "Yurii", "Oksana", "Nataliia", "Bohdan",
         "Taras", "Volodymyr"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko",
         "Oliinyk", "Lysenko", "Marchenko", "Hnatiuk"),
        ("Sasha", "Sashko", "Tarasyk", "Kolia", "Vova"),
    ),
    "russian": (
        1.0,
        ("Dmitrij", "Aleksej", "Sergej", "Igor", "Jelena", "Nikolaj", "Vadim", "Olga"),
        ("Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolova", "Volkov", "Morozov", "Lebedev"),
        ("Dima", "Ljosja", "Serjoža", "Vadik"),
    ),
    "bosnian": (
        2.0,
        ("Emir", "Adnan", "Mirza", "Amra", "Senad", "Jasmin", "Edin", "Selma", "Nermin", "Haris"),
        ("Hodžić", "Hadžić", "Begić", "Mujić", "Delić", "Softić", "Husić", "Kovačević", "Salihović",
         "Mehmedović"),
        ("Miki", "Edo", "Haki", "Sena"),
    ),
    "serbian": (
        1.5,
        ("Nenad", "Dragan", "Zoran", "Milan", "Dejan", "Slobodan", "Jelena", "Miloš", "Goran"),
        ("Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Pavlović"),
        ("Cile", "Boki", "Ceca", "Žika"),
    ),
    "croatian": (
        1.0,
        ("Ivan", "Marko", "Josip", "Ante", "Ivana", "Tomislav", "Mario"),
        ("Horvat", "Babić", "Jurić", "Knežević", "Vuković", "Marić", "Perić"),
        ("Tomo", "Jole", "Pero"),
    ),
    "kosovo_albanian": (
        2.0,
        ("Arben", "Besnik", "Driton", "Fatmir", "Valon", "Blerina", "Shkelzen", "Agim", "Leutrim",
         "Ardita"),
        ("Krasniqi", "Gashi", "Berisha", "Morina", "Hoxha", "Shala", "Bytyqi", "Kelmendi", "Rexhepi"),
        ("Beni", "Toni", "Tani", "Bledi"),
    ),
    "turkish": (
        2.0,
        ("Mehmet", "Mustafa", "Hüseyin", "Emre", "Burak", "Serkan", "Ayşe", "Zeynep", "Ömer", "Recep"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan", "Koç"),
        ("Memo", "Hüso", "Musti", "Sero"),
    ),
    "kurdish": (
        2.0,
        ("Rebwar", "Dilan", "Hawre", "Berivan", "Shirwan", "Soran", "Rojda", "Karwan", "Zana", "Baran"),
        ("Barzani", "Mohammadi", "Rashid", "Hawrami", "Zangana", "Ahmadi", "Kurdi", "Qadir", "Sindi"),
        ("Rebo", "Shiro", "Kako", "Dilo"),
    ),
    "syrian": (
        3.0,
        ("Mohammad", "Ahmad", "Khaled", "Omar", "Yousef", "Rami", "Fadi", "Nour", "Rasha", "Hiba",
         "Bilal", "Tarek", "Ghaith", "Lama"),
        ("Al Hamoud", "al-Khatib", "Haddad", "Darwish", "Kassem", "al-Ahmad", "Mahmoud", "Sabbagh",
         "Halabi", "Shami", "Najjar", "Zein"),
        ("Abu Ali", "Hamoudi", "Fofo", "Abu Khaled"),
    ),
    "iraqi": (
        2.0,
        ("Haider", "Mustafa", "Ali", "Hussein", "Zainab", "Abbas", "Ammar", "Sajad", "Dhuha", "Muntadhar"),
        ("al-Jabouri", "Al Tamimi", "al-Saadi", "Kadhim", "Jassim", "Al Rubaie", "Hamza", "Abdulrazzaq"),
        ("Haidoosh", "Abu Hassan", "Hamudi", "Zozo"),
    ),
    "persian": (
        2.0,
        ("Reza", "Mehdi", "Amir", "Shirin", "Farhad", "Neda", "Babak", "Parisa", "Kaveh", "Ladan"),
        ("Hosseini", "Rahimi", "Karimi", "Moradi", "Jafari", "Tehrani", "Sadeghi", "Ghorbani", "Nazari"),
        ("Rezi", "Mamad", "Babi", "Shiri"),
    ),
    "afghan": (
        2.0,
        ("Ahmad Shah", "Mohammad Nabi", "Farid", "Hamid", "Zabihullah", "Mursal", "Sayed", "Wahid",
         "Hasib", "Nazanin"),
        ("Ahmadzai", "Popal", "Rahmani", "Sultani", "Hakimi", "Noori", "Safi", "Amiri", "Stanikzai"),
        ("Zabi", "Hamo", "Wahido", "Faro"),
    ),
    "somali": (
        3.0,
        ("Abdirahman", "Abdullahi", "Mohamed", "Hodan", "Fadumo", "Hamse", "Ilhan", "Liban", "Sahra",
         "Abdiaziz", "Mukhtar", "Ayaan"),
        ("Warsame", "Farah", "Jama", "Hirsi", "Osman", "Mohamud", "Abdi", "Nur", "Guled", "Egal",
         "Dualeh"),
        ("Cabdi", "Xaliimo", "Gacalo", "Abdi-yare"),
    ),
    "eritrean": (
        1.5,
        ("Yonas", "Semhar", "Tesfay", "Merhawi", "Filmon", "Helen", "Daniel", "Senait", "Kibrom"),
        ("Tesfamariam", "Ghebremedhin", "Habte", "Kidane", "Woldu", "Berhane", "Tekle", "Mehari"),
        ("Jojo", "Fili", "Kibe"),
    ),
    "ethiopian": (
        1.0,
        ("Abebe", "Meron", "Dawit", "Selamawit", "Tigist", "Getachew", "Henok"),
        ("Alemu", "Bekele", "Tadesse", "Gebre", "Haile", "Wolde", "Desta"),
        ("Abi", "Mimi", "Dawi"),
    ),
    "nigerian": (
        0.8,
        ("Chinedu", "Oluwaseun", "Ifeanyi", "Ngozi", "Emeka", "Folake", "Tunde", "Chioma"),
        ("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Ogunleye"),
        ("Seun", "Chi-Chi", "Emy", "TJ"),
    ),
    "german": (
        1.0,
        ("Jürgen", "Uwe", "Stefanie", "Klaus", "Dirk", "Sabine", "Matthias", "Torsten", "Heike"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "von Arnim",
         "Schäfer"),
        ("Jü", "Steffi", "Klausi"),
    ),
    "dutch": (
        1.0,
        ("Jeroen", "Maarten", "Sanne", "Pieter", "Bram", "Wouter", "Femke", "Joost"),
        ("de Vries", "van Dijk", "van der Berg", "de Jong", "Bakker", "Visser", "van Leeuwen", "Smit",
         "van den Broek"),
        ("Bramski", "Joos", "Pietje"),
    ),
    "hungarian": (
        1.0,
        ("Zoltán", "László", "Gábor", "Attila", "Zsuzsanna", "Tamás", "Krisztina", "Balázs"),
        ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár"),
        ("Zoli", "Laci", "Gabi", "Zsuzsi"),
    ),
    "czech_slovak": (
        0.8,
        ("Jiří", "Petr", "Martin", "Lenka", "Miroslav", "Ondřej", "Radek"),
        ("Novák", "Svoboda", "Dvořák", "Černý", "Procházka", "Kučera", "Horák"),
        ("Mirek", "Péťa", "Jirka"),
    ),
    "spanish_latin": (
        1.0,
        ("José Luis", "Alejandro", "Camila", "Rodrigo", "Valentina", "Gonzalo", "Francisca", "Sebastián"),
        ("González", "Muñoz", "Rojas", "Fernández", "de la Fuente", "Contreras", "Sepúlveda", "Pérez"),
        ("Pepe", "Gonza", "Cami", "Seba"),
    ),
    "portuguese": (
        0.6,
        ("João", "Rui", "Tiago", "Ana Rita", "Nuno", "Joana"),
        ("dos Santos", "da Silva", "Ferreira", "Pereira", "Costa", "Rodrigues"),
        ("Joãozinho", "Tico"),
    ),
    "italian": (
        0.6,
        ("Giuseppe", "Francesca", "Luca", "Alessandro", "Chiara", "Davide"),
        ("Rossi", "Esposito", "D'Angelo", "Bianchi", "De Luca", "D'Amico", "Romano"),
        ("Beppe", "Fra", "Ale"),
    ),
    "irish_english": (
        1.0,
        ("Sean", "Ciarán", "Niamh", "Gareth", "Siobhan", "Declan", "Kieran", "Aoife"),
        ("O'Connor", "O'Brien", "Murphy", "Walsh", "O'Sullivan", "Kelly", "McCarthy", "Thompson"),
        ("Gaz", "Dec", "Shiv"),
    ),
    "filipino": (
        1.0,
        ("Maricel", "Jerome", "Rowena", "Jhun", "Lorna", "Ramil", "Analyn"),
        ("Dela Cruz", "Reyes", "Bautista", "Santos", "Mendoza", "Villanueva", "Ramos", "Garcia"),
        ("Jun-Jun", "Weng", "Bong"),
    ),
    "indian": (
        1.0,
        ("Rajesh", "Priya", "Harpreet", "Gurpreet", "Sandeep", "Ananya", "Vikram", "Deepika"),
        ("Sharma", "Patel", "Singh", "Kaur", "Reddy", "Iyer", "Gupta", "Nair"),
        ("Raj", "Sandy", "Vicky", "Gogi"),
    ),
    "thai": (
        1.0,
        ("Somchai", "Siriporn", "Nattaya", "Pornthip", "Kittisak", "Wanida"),
        ("Srisuk", "Chaiyaporn", "Wongsa", "Boonmee", "Saetang", "Kaewkanya"),
        ("Noi", "Nok", "Lek", "Pim"),
    ),
    "vietnamese": (
        0.8,
        ("Thanh", "Minh", "Huong", "Tuan", "Lan Anh", "Quang"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang"),
        ("Tommy", "Bé", "Lily"),
    ),
    "chinese": (
        0.6,
        ("Wei", "Xiaoming", "Jing", "Hao", "Mei-Ling", "Zhiwei"),
        ("Zhang", "Wang", "Liu", "Chen", "Zhou", "Huang"),
        ("Xiao Wei", "Jingjing"),
    ),
    "norwegian_danish": (
        1.0,
        ("Bjørn", "Kjetil", "Solveig", "Mads", "Rasmus", "Trine", "Søren", "Mette"),
        ("Haugen", "Bakke", "Kristoffersen", "Sørensen", "Rasmussen", "Mikkelsen", "Jørgensen"),
        ("Kjetta", "Madde", "Bjørnis"),
    ),
    "greek": (
        0.5,
        ("Giorgos", "Nikos", "Eleni", "Kostas", "Dimitra"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinou", "Vlachos"),
        ("Takis", "Nikolaki"),
    ),
    "georgian": (
        0.6,
        ("Giorgi", "Levan", "Nino", "Davit", "Tamar", "Irakli"),
        ("Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Lomidze", "Tsiklauri"),
        ("Gio", "Lekso", "Dato"),
    ),
}  # fmt: skip

# Names standing between given name and surname: a father's (and a grandfather's) name, a patronymic.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Ali", "Hassan", "Yusuf", "Ismail", "Abdi Nur", "Omar", "Aden"),
    "eritrean": ("Gebremichael", "Tesfaldet", "Haile", "Yohannes"),
    "ethiopian": ("Mekonnen", "Girma", "Tesfaye"),
    "syrian": ("Abdulkarim", "Mohammad", "Hasan", "Adnan"),
    "iraqi": ("Kareem", "Abdulla", "Jaafar", "Salman"),
    "afghan": ("Gul", "Jan", "Mohammad"),
    "russian": ("Ivanovitj", "Petrovna", "Sergejevitj"),
    "ukrainian": ("Petrovych", "Mykolaiovych", "Ivanivna"),
    "kurdish": ("Kamal", "Hama"),
}

NAME_PARTICLES: frozenset[str] = frozenset(
    {"van", "von", "der", "den", "de", "la", "da", "dos", "al", "el", "bin", "ter"}
)

# Given names that are also words (Swedish or English), with their origin.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Dag", "swedish"), ("Bo", "swedish"),
    ("Viking", "swedish"), ("Vilja", "swedish"), ("Ros", "swedish"), ("Lo", "swedish"),
    ("Saga", "swedish"), ("Stig", "swedish"), ("Klara", "swedish"),
    ("Blessing", "nigerian"), ("Precious", "nigerian"), ("Joy", "filipino"), ("Faith", "nigerian"),
    ("Hope", "irish_english"), ("Will", "irish_english"), ("Grace", "filipino"),
    ("Ask", "swedish"),
)  # fmt: skip
# Surnames that are also words.
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Ek", "swedish"), ("Lind", "swedish"), ("Ström", "swedish"), ("Berg", "swedish"),
    ("Holm", "swedish"), ("Fors", "swedish"), ("Björk", "swedish"), ("Frost", "swedish"),
    ("Hägg", "swedish"), ("Svan", "swedish"), ("Örn", "swedish"), ("Stål", "swedish"),
    ("Lax", "swedish"), ("Kvist", "swedish"), ("Stone", "irish_english"), ("Fox", "irish_english"),
    ("Baker", "irish_english"), ("Young", "irish_english"), ("Bird", "irish_english"),
    ("Rask", "swedish"), ("Mild", "swedish"),
)  # fmt: skip
# How often an ordinary draw of an origin takes a word name (given, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.06, 0.1),
    "irish_english": (0.1, 0.2),
    "nigerian": (0.2, 0.0),
    "filipino": (0.15, 0.0),
}
