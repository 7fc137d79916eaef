"""Names of the eighth blind corpus, written from the author's own knowledge of who lives in Sweden.

No name list, package or earlier corpus was read: every name below was typed by hand. Each origin has
first names and surnames; word names are names that are also ordinary Swedish or English words; the
nicknames are the short forms people actually use in reports ("Jocke", "Mody", "Kuba").
"""

from __future__ import annotations

PEOPLE: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        ("Anna", "Johan", "Karin", "Mikael", "Eva", "Lars", "Maria", "Anders", "Kristina", "Peter", "Elin",
         "Fredrik", "Ingrid", "Gunnar", "Ebba", "Oskar", "Maja", "Hugo", "Agneta", "Leif", "Birgitta",
         "Mattias", "Ulrika", "Tobias", "Wilma", "Elsa"),
        ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
         "Svensson", "Gustafsson", "Pettersson", "Lindqvist", "Lindberg", "Sjöberg", "Engström", "Hedlund",
         "Bergström", "Wikström", "Axelsson", "Forsberg", "Sandberg", "Åberg", "Öhman", "Nyström"),
    ),
    "finnish": (
        ("Matti", "Pekka", "Tuula", "Kaarina", "Juha", "Sirpa", "Aino", "Eero", "Päivi", "Jukka", "Heikki",
         "Riitta", "Veikko", "Marjatta"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Heikkinen", "Koskinen", "Järvinen",
         "Lehtonen", "Rantanen", "Kallio", "Tuominen"),
    ),
    "sami": (
        ("Ánte", "Máret", "Inga", "Biret", "Sire", "Elle", "Jovnna", "Niillas", "Risten", "Áslat", "Sunná",
         "Ovllá"),
        ("Labba", "Kuhmunen", "Sarri", "Päiviö", "Omma", "Sikku", "Utsi", "Huuva", "Nutti", "Kitok", "Länta",
         "Pavval"),
    ),
    "arabic": (
        ("Ahmad", "Mohammed", "Fatima", "Yousef", "Rania", "Khaled", "Layla", "Omar", "Hiba", "Bilal",
         "Samira", "Tariq", "Zainab", "Mahmoud", "Abdullah", "Nisreen"),
        ("Haddad", "Khalil", "Saleh", "Mansour", "Abbas", "Hamdan", "Darwish", "Nasser", "Qasim", "Al-Tamimi",
         "Jaber", "Al-Obeidi", "Al-Shammari"),
    ),
    "somali": (
        ("Abdirahman", "Hodan", "Mahad", "Ayaan", "Faadumo", "Liibaan", "Sagal", "Abdiqani", "Hamdi",
         "Ilhaan", "Mustafe", "Nimco"),
        ("Warsame", "Farah", "Hirsi", "Jama", "Guled", "Osman", "Egal", "Dahir", "Mohamud", "Abdullahi",
         "Yusuf", "Nuur"),
    ),
    "kurdish": (
        ("Rojda", "Baran", "Hejar", "Dilan", "Zana", "Berfin", "Diyar", "Rezan", "Shirwan", "Nalin", "Kawa",
         "Avin"),
        ("Zebari", "Hawrami", "Doski", "Berwari", "Amedi", "Rekani", "Sindi", "Baban"),
    ),
    "persian": (
        ("Arash", "Shirin", "Ramin", "Parisa", "Dariush", "Nasrin", "Kaveh", "Golnar", "Babak", "Laleh",
         "Farhad", "Mahsa"),
        ("Ahmadi", "Hosseini", "Rahimi", "Karimi", "Moradi", "Jafari", "Tehrani", "Sadeghi", "Rostami",
         "Mirzaei", "Farahani", "Kazemi"),
    ),
    "afghan": (
        ("Mursal", "Wahid", "Zarghona", "Habibullah", "Sediqa", "Naweed", "Marwa", "Shafiq", "Frishta",
         "Ajmal", "Hamida", "Zabihullah"),
        ("Stanikzai", "Ahmadzai", "Popal", "Noori", "Sultani", "Wardak", "Hotak", "Karimzada", "Amiri",
         "Safi", "Rahmani", "Haidari"),
    ),
    "turkish": (
        ("Mehmet", "Ayşe", "Emre", "Elif", "Burak", "Zeynep", "Hakan", "Esra", "Serkan", "Gülsen", "Oğuz",
         "Derya"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç", "Polat",
         "Erdem"),
    ),
    "bcs": (
        ("Dragan", "Jasmina", "Goran", "Amela", "Nenad", "Snežana", "Emir", "Selma", "Dejan", "Vesna",
         "Adnan", "Ivana"),
        ("Hodžić", "Petrović", "Kovačević", "Jovanović", "Begić", "Marić", "Nikolić", "Delić", "Mehmedović",
         "Babić", "Stojanović", "Husić"),
    ),
    "albanian": (
        ("Arben", "Drita", "Besnik", "Valbona", "Ilir", "Mimoza", "Fatmir", "Blerta", "Agim", "Teuta",
         "Dardan", "Liridona"),
        ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Shala", "Morina", "Kelmendi", "Bytyqi", "Rexhepi",
         "Demiri", "Ahmeti", "Sejdiu"),
    ),
    "polish": (
        ("Tomasz", "Agnieszka", "Piotr", "Małgorzata", "Krzysztof", "Katarzyna", "Paweł", "Ewa", "Marcin",
         "Joanna", "Grzegorz", "Magdalena"),
        ("Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński", "Szymańska",
         "Dąbrowski", "Kozłowski", "Jankowska", "Mazur"),
    ),
    "eritrean": (
        ("Yonas", "Senait", "Tesfay", "Mebrat", "Filmon", "Saba", "Dawit", "Luwam", "Habtom", "Rahwa",
         "Biniam", "Semhar"),
        ("Tesfamariam", "Ghebremedhin", "Kidane", "Haile", "Weldu", "Berhane", "Tekle", "Gebreyesus",
         "Andemariam", "Mehari", "Woldemichael", "Asfaha"),
    ),
    "ethiopian": (
        ("Abebe", "Tigist", "Meron", "Bereket", "Hirut", "Dereje", "Selamawit", "Kebede", "Meseret", "Yared",
         "Almaz", "Fikru"),
        ("Tadesse", "Bekele", "Girma", "Alemu", "Mulugeta", "Assefa", "Wondimu", "Tesfaye", "Desta", "Negash",
         "Lemma", "Gebre"),
    ),
    "syriac": (
        ("Ninos", "Shamiram", "Sargon", "Nahrin", "Aday", "Ninorta", "Afrem", "Sanharib", "Gabriella",
         "Yacoub"),
        ("Barsom", "Yakoub", "Shamoun", "Danho", "Khoshaba", "Lahdo", "Ishak", "Malki"),
    ),
    "thai": (
        ("Somchai", "Malee", "Siriporn", "Kittisak", "Nattaya", "Anong", "Prasert", "Wanida", "Supaporn",
         "Chaiwat"),
        ("Wongsawat", "Srisuk", "Boonmee", "Thongchai", "Chaiyasit", "Rattanakorn", "Phromma", "Saelim",
         "Kaewkhao", "Suwannarat"),
    ),
    "vietnamese": (
        ("Minh", "Thanh", "Huong", "Tuan", "Phuong", "Quang", "Hanh", "Dung", "Trang", "Khanh", "Hieu"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Ngo", "Duong", "Truong"),
    ),
    "chinese": (
        ("Wei", "Xiaoling", "Jun", "Meiling", "Hao", "Yanyan", "Zhiwei", "Lihua", "Jiayi", "Yuxuan"),
        ("Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu", "Xu"),
    ),
    "west_african": (
        ("Kwame", "Ama", "Kofi", "Abena", "Chukwuemeka", "Ngozi", "Oluwaseun", "Folake", "Mamadou",
         "Aminata", "Ousmane", "Fatou", "Ibrahima", "Adaeze"),
        ("Mensah", "Owusu", "Boateng", "Okafor", "Adeyemi", "Okonkwo", "Diallo", "Touré", "Ndiaye", "Camara",
         "Asante"),
    ),
    "latin_american": (
        ("Carlos", "Ximena", "Alejandro", "Valentina", "Jorge", "Camila", "Andrés", "Paola", "Diego",
         "Fernanda", "Mauricio", "Gabriela"),
        ("González", "Rodríguez", "Muñoz", "Rojas", "Contreras", "Silva", "Espinoza", "Morales", "Fuentes",
         "Castillo", "Herrera", "Vargas"),
    ),
    "ukrainian_russian": (
        ("Oksana", "Dmytro", "Olena", "Sergej", "Natalja", "Andrij", "Tetiana", "Jurij", "Irina", "Mykola",
         "Svetlana", "Oleksandr"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Ivanova", "Petrov", "Melnyk", "Tkachenko", "Smirnova",
         "Kuznetsov", "Boyko", "Kravchuk", "Sokolova"),
    ),
    "romanian": (
        ("Andrei", "Ioana", "Mihai", "Elena", "Florin", "Cristina", "Bogdan", "Alina", "Marius", "Daniela",
         "Vasile", "Roxana"),
        ("Popescu", "Ionescu", "Popa", "Dumitru", "Munteanu", "Constantin", "Ciobanu", "Lungu", "Stoica",
         "Radu"),
    ),
    "roma": (
        ("Rosita", "Milan", "Ljuba", "Zlata", "Mirko", "Angelina", "Sonja", "Nadja", "Dimitri", "Lolita"),
        ("Taikon", "Demeter", "Caldaras", "Baltzar", "Grönfors", "Hagert", "Blomerus", "Lindén"),
    ),
    "baltic": (
        ("Jānis", "Ilze", "Andris", "Kristīne", "Mindaugas", "Rūta", "Tomas", "Aistė", "Kaido", "Tiina",
         "Mart", "Kadri"),
        ("Bērziņš", "Kalniņa", "Ozols", "Petrauskas", "Kazlauskienė", "Jankauskas", "Tamm", "Saar", "Sepp",
         "Mägi"),
    ),
    "greek": (
        ("Giorgos", "Eleni", "Dimitris", "Katerina", "Nikos", "Sofia", "Kostas", "Yannis", "Despina",
         "Panagiotis", "Vasiliki"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinou", "Papadakis", "Vlachos", "Dimitriou",
         "Karagiannis", "Oikonomou", "Christodoulou"),
    ),
    "hungarian": (
        ("Zoltán", "Erzsébet", "László", "Katalin", "Gábor", "Ildikó", "Tamás", "Zsófia", "Attila",
         "Eszter"),
        ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss", "Molnár", "Németh", "Farkas"),
    ),
    "filipino": (
        ("Maricel", "Jerome", "Rowena", "Arnel", "Lorna", "Rodel", "Jocelyn", "Ramil", "Marites", "Edwin"),
        ("Santos", "Reyes", "Dela Cruz", "Bautista", "Mendoza", "Villanueva", "Aquino", "Macaraeg",
         "Dimaculangan", "Manalo"),
    ),
    "south_asian": (
        ("Priya", "Rahul", "Anjali", "Vikram", "Sunita", "Arjun", "Imran", "Saima", "Farhan", "Harpreet",
         "Gurpreet", "Deepa"),
        ("Sharma", "Patel", "Singh", "Gupta", "Iyer", "Reddy", "Chaudhry", "Qureshi", "Malik", "Khan",
         "Mehta", "Nair"),
    ),
    "english": (
        ("Gareth", "Siobhan", "Rhys", "Colin", "Fiona", "Declan", "Sinead", "Trevor"),
        ("Whitfield", "O'Brien", "Thompson", "McAllister", "Hughes", "Kavanagh", "Pritchard", "Ashworth"),
    ),
}  # fmt: skip

# First names that are also ordinary words (Swedish unless the origin says otherwise).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Björn", "swedish"), ("Sten", "swedish"), ("Dag", "swedish"), ("Bo", "swedish"), ("Per", "swedish"),
    ("Klara", "swedish"), ("Lisa", "swedish"), ("Viola", "swedish"), ("Iris", "swedish"),
    ("Saga", "swedish"), ("Vilja", "swedish"), ("Tindra", "swedish"), ("Liv", "swedish"),
    ("Ask", "swedish"), ("Siv", "swedish"), ("Bror", "swedish"), ("Stig", "swedish"),
    ("Vide", "swedish"), ("Linnea", "swedish"), ("Hans", "swedish"), ("Aura", "finnish"),
    ("Hala", "arabic"), ("Lina", "arabic"), ("Rim", "arabic"), ("Tala", "arabic"), ("Hind", "arabic"),
    ("Said", "arabic"), ("Mina", "persian"), ("Sina", "persian"), ("Dina", "persian"),
    ("Can", "turkish"), ("Tan", "turkish"), ("Grace", "west_african"), ("Blessing", "west_african"),
    ("Mercy", "west_african"), ("Precious", "west_african"), ("Gift", "west_african"),
    ("Patience", "west_african"), ("Joy", "filipino"), ("Cherry", "filipino"), ("Honey", "filipino"),
    ("Princess", "filipino"), ("Rosa", "latin_american"), ("Sol", "latin_american"),
    ("Angel", "latin_american"), ("Flor", "latin_american"), ("Roman", "polish"),
    ("Lev", "ukrainian_russian"), ("Lada", "ukrainian_russian"), ("Ion", "romanian"),
    ("Rasa", "baltic"), ("Som", "thai"), ("Mint", "thai"), ("Bank", "thai"), ("Golf", "thai"),
    ("Long", "vietnamese"), ("Son", "vietnamese"), ("Fang", "chinese"), ("Ping", "chinese"),
    ("Sunny", "south_asian"), ("Flora", "albanian"), ("Will", "english"), ("Hope", "english"),
    ("Faith", "english"), ("Mark", "english"), ("Frank", "english"),
)  # fmt: skip

# Surnames that are also ordinary words.
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"), ("Lind", "swedish"), ("Holm", "swedish"), ("Strand", "swedish"),
    ("Ström", "swedish"), ("Björk", "swedish"), ("Ek", "swedish"), ("Falk", "swedish"),
    ("Blom", "swedish"), ("Rask", "swedish"), ("Frisk", "swedish"), ("Modig", "swedish"),
    ("Glad", "swedish"), ("Hjort", "swedish"), ("Svan", "swedish"), ("Fors", "swedish"),
    ("Kvist", "swedish"), ("Sand", "swedish"), ("Blind", "sami"), ("Kaya", "turkish"),
    ("Long", "chinese"), ("Stan", "romanian"), ("Nagy", "hungarian"), ("Kiss", "hungarian"),
    ("Cruz", "filipino"), ("Singh", "south_asian"), ("Haile", "eritrean"), ("Said", "somali"),
)  # fmt: skip

NICKNAMES: tuple[tuple[str, str], ...] = (
    ("Jocke", "swedish"), ("Micke", "swedish"), ("Kalle", "swedish"), ("Pelle", "swedish"),
    ("Lasse", "swedish"), ("Janne", "swedish"), ("Mackan", "swedish"), ("Fredde", "swedish"),
    ("Lollo", "swedish"), ("Mange", "swedish"), ("Kicki", "swedish"), ("Bosse", "swedish"),
    ("Nisse", "swedish"), ("Totte", "swedish"), ("Affe", "swedish"), ("Tepa", "finnish"),
    ("Pena", "finnish"), ("Abbe", "arabic"), ("Mody", "arabic"), ("Hamoudi", "arabic"),
    ("Ibbe", "arabic"), ("Dheere", "somali"), ("Yarow", "somali"), ("Shero", "kurdish"),
    ("Dilo", "kurdish"), ("Ari", "persian"), ("Pari", "persian"), ("Shafi", "afghan"),
    ("Memo", "turkish"), ("Hako", "turkish"), ("Gogi", "bcs"), ("Brane", "bcs"), ("Dule", "bcs"),
    ("Zlatte", "bcs"), ("Beni", "albanian"), ("Ardi", "albanian"), ("Kuba", "polish"),
    ("Gosia", "polish"), ("Bartek", "polish"), ("Kasia", "polish"), ("Yoni", "eritrean"),
    ("Filo", "eritrean"), ("Dere", "ethiopian"), ("Nino", "syriac"), ("Shami", "syriac"),
    ("Noi", "thai"), ("Lek", "thai"), ("Ploy", "thai"), ("Maomao", "chinese"), ("Chuks", "west_african"),
    ("Seun", "west_african"), ("Pancho", "latin_american"), ("Nacho", "latin_american"),
    ("Lupe", "latin_american"), ("Sasha", "ukrainian_russian"), ("Misha", "ukrainian_russian"),
    ("Dima", "ukrainian_russian"), ("Vova", "ukrainian_russian"), ("Kolya", "ukrainian_russian"),
    ("Nelu", "romanian"), ("Gigi", "romanian"), ("Takis", "greek"), ("Laci", "hungarian"),
    ("Pisti", "hungarian"), ("Bong", "filipino"), ("JunJun", "filipino"), ("Bunty", "south_asian"),
    ("Sonu", "south_asian"), ("Raju", "south_asian"), ("Gaz", "english"), ("Mimi", "roma"),
    ("Jaan", "baltic"),
)  # fmt: skip

EMAIL_DOMAINS = (
    "gmail.com", "hotmail.com", "outlook.com", "live.se", "telia.com", "icloud.com", "yahoo.se",
    "nacka.se", "nykoping.se", "orebro.se", "nykopingshem.se", "stenafastigheter.se", "securitas.se",
    "polisen.se", "skola.nacka.se", "bredband.net", "spray.se",
)  # fmt: skip
