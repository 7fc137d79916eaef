"""Names of the thirty-second blind corpus (tests/blind32_corpus.py): people of many origins as Swedish staff
write them in reports, statements taken with an interpreter and notes from meetings with families.

Typed from the writer's own knowledge, no name list: transliteration variants side by side (Mohammed,
Muhammad, Mohamed, Mohamad), diacritics kept and dropped (Çelik and Celik, Dąbrowska and Dabrowska, Nguyễn and
Nguyen), particles (al-, el-, Abu, bin, bint, Ould, de, da, van), fathers' names as middle names where the
custom is a chain of names (Somali, Iraqi, Eritrean, Ethiopian, Afghan), double and hyphenated names, an
apostrophe (Mas'ud, al-Sa'di) and Swedish pet forms of foreign names (Hasse, Ibbe, Abbe, Memo, Kasia).

ORIGINS: origin -> (weight, given names, surnames, nicknames). Weights as in a Swedish town's multilingual
areas today, Swedish a little under half.
"""

from __future__ import annotations

NAME_PARTICLES = frozenset(
    {"al", "el", "abu", "abou", "bin", "bint", "ben", "ibn", "ould", "de", "da", "dos", "del", "la", "van",
     "der", "von", "af"}
)  # fmt: skip

# fmt: off
ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        44.0,
        ("Anna", "Karin", "Lars", "Mikael", "Johan", "Maria", "Eva", "Per-Olof", "Anna-Karin", "Lisbeth",
         "Kerstin", "Mats", "Ulf", "Fredrik", "Sofia", "Elin", "Emma", "Jonas", "Magnus", "Henrik", "Ingrid",
         "Birgitta", "Gunnel", "Åsa", "Malin", "Linnéa", "Oskar", "Viktor", "Hampus", "Wilma", "Ida", "Tove",
         "Agneta", "Bengt", "Göran", "Lars-Erik", "Eva-Lena", "Kjell", "Stina", "Ulrika", "Torbjörn",
         "Helena", "Pernilla", "Martin", "Jenny", "Therese", "Hanna Maria", "Carl Johan"),
        ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
         "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Lindqvist", "Lindgren",
         "Engström", "Sjöberg", "Wallin", "Hedlund", "Nyberg", "Lundberg", "Åkesson", "Öberg", "Bergqvist",
         "Forsberg", "Sandberg", "Lindholm", "Axelsson", "Ljungberg", "Hägglund", "Söderström",
         "Andersson-Berg", "Wikström", "Norén", "Dahlgren", "Holmqvist", "Fredriksson", "Ekman",
         "van der Linden", "af Klercker", "Lundin"),
        ("Bosse", "Lasse", "Micke", "Jocke", "Kicki", "Lotta", "Mackan", "Fredde", "Gunsan", "Nettan",
         "Pelle", "Kalle", "Tobbe", "Hasse-Pelle", "Stickan", "Janne"),
    ),
    "finnish": (
        3.5,
        ("Jukka", "Päivi", "Pekka", "Tuula", "Kari", "Marjatta", "Seppo", "Riitta", "Timo", "Sirpa", "Eero",
         "Anneli", "Jari", "Satu"),
        ("Virtanen", "Mäkinen", "Korhonen", "Nieminen", "Heikkinen", "Hämäläinen", "Laitinen", "Koskinen",
         "Järvinen", "Lehtonen", "Salonen", "Kettunen", "Rautio", "Heikkilä"),
        ("Jussi", "Pekkis", "Tuukka", "Kaitsu", "Pirkko-mummo", "Sepi"),
    ),
    "sami": (
        1.0,
        ("Ánte", "Máret", "Biret", "Niila", "Ristin", "Issát", "Elle", "Sunná", "Ánde", "Ingá"),
        ("Labba", "Kuhmunen", "Pittja", "Nutti", "Omma", "Kuoljok", "Tuolja", "Jannok", "Sarri", "Marainen",
         "Kitok", "Sunna"),
        ("Ánddi", "Mággá", "Niillas"),
    ),
    "somali": (
        5.5,
        ("Ahmed", "Mohamed", "Abdirahman", "Abdullahi", "Fadumo", "Hodan", "Sahra", "Ayaan", "Hibo", "Faisal",
         "Mahad", "Ubah", "Sagal", "Warsame", "Khadar", "Nimco", "Deeqa", "Ilhan", "Shukri", "Hamse", "Ifrah",
         "Abdiaziz", "Muna", "Xamdi"),
        ("Abdi", "Hassan", "Farah", "Warsame", "Omar", "Jama", "Aden", "Hirsi", "Samatar", "Yusuf", "Duale",
         "Guled", "Ismail", "Mohamud", "Abdulle", "Nuur", "Osman", "Dahir", "Xuseen", "Cabdi"),
        ("Abbe", "Moha", "Faysal", "Dunkaal", "Hooyo-Fadumo", "Shiine", "Ayeeyo", "Xaaji"),
    ),
    "iraqi": (
        4.5,
        ("Mohammed", "Ali", "Hussein", "Haider", "Zainab", "Fatima", "Mustafa", "Ra'ed", "Ammar", "Noor",
         "Saja", "Zahraa", "Karrar", "Abbas", "Murtadha", "Hiba", "Duaa", "Sajjad", "Yasmin", "Mahdi"),
        ("al-Jaburi", "Al-Saadi", "al-Sa'di", "al-Tamimi", "Al-Rubaie", "Jabbar", "Kadhim", "al-Obaidi",
         "Hashim", "Al-Khafaji", "Abdulkarim", "al-Musawi", "Salih", "Hamoudi", "Al-Dulaimi"),
        ("Hamoudi", "Abu Ali", "Zozo", "Hasse", "Alle", "Mimmi"),
    ),
    "syrian": (
        4.5,
        ("Muhammad", "Mohamad", "Ahmad", "Omar", "Rami", "Rasha", "Bashar", "Yara", "Tarek", "Nour", "Khaled",
         "Walaa", "Ghaith", "Abdulrahman", "Joudi", "Maher", "Batoul"),
        ("Al-Hamwi", "Haddad", "Khoury", "Kassab", "Mansour", "Al-Halabi", "Darwish", "Hamdan", "Sabbagh",
         "al-Ahmad", "Nasrallah", "Ibrahim", "Abu Hamdan", "Shami", "Zein", "Moussa"),
        ("Mo", "Hamada", "Abu Omar", "Taro", "Roro", "Ahmadi"),
    ),
    "palestinian": (
        2.0,
        ("Mahmoud", "Yousef", "Samir", "Amal", "Nadia", "Issa", "Layla", "Bilal", "Rawan", "Hamza", "Sana",
         "Mas'ud"),
        ("Abu Shanab", "Qasem", "Barghouti", "Odeh", "Saleh", "Awad", "Zayed", "Abu Khalil", "Shaheen",
         "Jaber", "el-Masri"),
        ("Abu Yousef", "Samo", "Hamsa", "Lolo"),
    ),
    "lebanese": (
        2.0,
        ("Georges", "Elias", "Rania", "Nadim", "Maya", "Karim", "Jihad", "Hassan", "Nisrine", "Walid",
         "Zeinab"),
        ("el-Khoury", "Haddad-Nasr", "Chahine", "Fakhoury", "Sleiman", "Nassif", "Abou Jaoude", "Srour",
         "Hariri", "Khalil", "Bazzi", "Fadlallah"),
        ("Jojo", "Eli", "Kimo", "Nado"),
    ),
    "persian": (
        2.5,
        ("Reza", "Mehdi", "Shirin", "Parisa", "Babak", "Arash", "Nasrin", "Farhad", "Leila", "Kourosh",
         "Mahsa", "Siamak", "Golnaz", "Dariush", "Nima"),
        ("Ahmadi", "Hosseini", "Rezaei", "Mohammadi", "Karimi", "Jafari", "Rahimi", "Moradi", "Tehrani",
         "Sadeghi", "Farahani", "Shirazi", "Nazari", "Ghorbani"),
        ("Rezi", "Babi", "Kuro", "Pari", "Shiri"),
    ),
    "afghan": (
        2.5,
        ("Mohammad", "Ahmad Shah", "Hamid", "Zahra", "Farid", "Masoud", "Gulalai", "Nazanin", "Bashir",
         "Fereshta", "Habibullah", "Rahmatullah", "Mursal", "Sohrab"),
        ("Rahimi", "Hakimi", "Amiri", "Sultani", "Noori", "Popal", "Haidari", "Wardak", "Safi", "Barakzai",
         "Stanikzai", "Hussaini", "Akbari", "Azimi"),
        ("Habib", "Rahmat", "Ahmadi-bror", "Masi", "Faridi"),
    ),
    "kurdish": (
        3.0,
        ("Rojin", "Dilan", "Berfin", "Shler", "Azad", "Rebin", "Serwan", "Zana", "Hêvî", "Kawa", "Nishtiman",
         "Goran", "Sirwan", "Dilovan", "Avin"),
        ("Barzani", "Ahmed", "Rashid", "Kurdi", "Hawrami", "Zebari", "Baban", "Shwan", "Doski", "Mirani",
         "Amedi", "Jaf", "Kakai"),
        ("Rojo", "Dilo", "Kaka Azad", "Shero"),
    ),
    "eritrean": (
        2.5,
        ("Yonas", "Senait", "Filmon", "Helen", "Aman", "Selam", "Merhawi", "Ruta", "Tesfalem", "Saba",
         "Yohannes", "Winta", "Dawit", "Mebrahtu", "Freweyni"),
        ("Tesfay", "Ghebreyesus", "Habte", "Kidane", "Berhane", "Woldu", "Ghirmay", "Tekle", "Haile",
         "Mehari", "Asmerom", "Gebremedhin", "Zeray"),
        ("Yoni", "Fili", "Abu-Yonas", "Mery"),
    ),
    "ethiopian": (
        1.0,
        ("Abebe", "Meron", "Tigist", "Dawit", "Hiwot", "Bereket", "Selamawit", "Getachew", "Mekdes", "Abel"),
        ("Tadesse", "Bekele", "Girma", "Alemu", "Tesfaye", "Wolde", "Mengistu", "Assefa", "Kebede",
         "Demissie"),
        ("Mimi", "Bekky", "Gechi"),
    ),
    "turkish": (
        3.0,
        ("Mehmet", "Ayşe", "Ayse", "Emre", "Elif", "Murat", "Zeynep", "Hakan", "Özlem", "Ozlem", "Burak",
         "Gülşen", "Serkan", "Derya", "Ömer", "Yusuf"),
        ("Çelik", "Celik", "Yılmaz", "Yilmaz", "Demir", "Şahin", "Sahin", "Aydın", "Öztürk", "Ozturk",
         "Kılıç", "Doğan", "Dogan", "Arslan", "Koç", "Güneş"),
        ("Memo", "Abi-Murat", "Ayşo", "Bubu", "Hakkan"),
    ),
    "bosnian": (
        2.0,
        ("Emir", "Amra", "Senad", "Aida", "Edin", "Lejla", "Mirza", "Selma", "Adnan", "Elma", "Haris", "Azra",
         "Nermin"),
        ("Hodžić", "Hodzic", "Begić", "Begic", "Mehmedović", "Hadžić", "Kovačević", "Delić", "Omerović",
         "Softić", "Karić", "Hasanović", "Mujić", "Suljić"),
        ("Sena", "Mimo", "Edo", "Hari"),
    ),
    "serbian_croatian": (
        1.5,
        ("Dragan", "Jelena", "Nikola", "Milica", "Zoran", "Snežana", "Goran", "Ivana", "Marko", "Vesna",
         "Ante", "Tomislav"),
        ("Petrović", "Petrovic", "Jovanović", "Nikolić", "Marković", "Đorđević", "Djordjevic", "Babić",
         "Horvat", "Knežević", "Šarić", "Pavlović-Ilić"),
        ("Gaga", "Zoki", "Cile", "Ivo"),
    ),
    "albanian": (
        2.0,
        ("Arben", "Blerta", "Fatos", "Drita", "Valon", "Arta", "Besnik", "Vlora", "Florent", "Liridona",
         "Shkumbin", "Egzona", "Kujtim"),
        ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Morina", "Shala", "Kelmendi", "Rexhepi", "Bytyqi", "Thaçi",
         "Thaci", "Ahmeti", "Zeqiri"),
        ("Beni", "Toni", "Dritë", "Vali"),
    ),
    "polish": (
        2.5,
        ("Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Malgorzata", "Krzysztof", "Joanna",
         "Łukasz", "Lukasz", "Magdalena", "Paweł", "Ewelina", "Grzegorz", "Jakub"),
        ("Dąbrowska", "Dabrowska", "Nowak", "Kowalski", "Wiśniewski", "Wisniewski", "Wójcik", "Wojcik",
         "Kamińska", "Lewandowski", "Zieliński", "Szymańska", "Nowak-Kowalska", "Grabowski", "Wróbel"),
        ("Kasia", "Gosia", "Kuba", "Tomek", "Łukaszek", "Piotrek"),
    ),
    "romanian": (
        1.0,
        ("Ionuț", "Ionut", "Mihaela", "Andrei", "Florin", "Georgiana", "Vasile", "Elena", "Cristian",
         "Daniela"),
        ("Popescu", "Ionescu", "Dumitru", "Constantin", "Munteanu", "Stoica", "Dobre", "Rădulescu", "Lupu",
         "Ionescu-Stan"),
        ("Nelu", "Gica", "Costel", "Fane"),
    ),
    "roma": (
        1.0,
        ("Rosita", "Dimitri", "Milan", "Kati", "Fernando", "Sofija", "Janko", "Lenita", "Miroslav",
         "Singoalla"),
        ("Taikon", "Kaldaras", "Demetri", "Grönfors", "Lindberg-Taikon", "Mirga", "Bersenew", "Åkerlund",
         "Hagert", "Cvetković"),
        ("Bebe", "Dimmi", "Chavo", "Lalla"),
    ),
    "thai": (
        1.5,
        ("Siriporn", "Somchai", "Pranee", "Wanida", "Kannika", "Supaporn", "Nattapong", "Araya", "Ratchanee",
         "Thanawat"),
        ("Saetang", "Srisuk", "Chaiyaporn", "Wongsawat", "Boonmee", "Kaewkong", "Phromma", "Sukprasert",
         "Thongdee", "Rattanakosin"),
        ("Nok", "Ploy", "Noi", "Kung", "Pim", "Toon"),
    ),
    "vietnamese": (
        1.0,
        ("Văn Minh", "Van Minh", "Thị Lan", "Thi Lan", "Hoa", "Tuấn", "Tuan", "Linh", "Quang", "Thu Trang",
         "Duc Anh"),
        ("Nguyễn", "Nguyen", "Trần", "Tran", "Phạm", "Pham", "Lê", "Vũ", "Vu", "Hoàng", "Hoang"),
        ("Bé", "Tí", "Cún", "Minh-Minh"),
    ),
    "chinese": (
        1.0,
        ("Wei", "Xiaoming", "Li Na", "Jing", "Yan", "Hui", "Jianguo", "Mei", "Chen Jie", "Haoran"),
        ("Zhang", "Wang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Xu", "Guo"),
        ("Xiao Wang", "Jimmy", "Lele", "Mimi-Jing"),
    ),
    "latin_american": (
        1.5,
        ("Carlos", "María José", "Juan Pablo", "Camila", "Patricio", "Valentina", "Jorge", "Ximena",
         "Francisco", "Catalina", "Alejandro", "Soledad", "Ángel"),
        ("González Pérez", "Muñoz", "Munoz", "Rojas", "Díaz", "Diaz", "Soto", "Contreras", "Sepúlveda",
         "Pérez-Soto", "de la Fuente", "da Silva", "Fuentes", "Araya", "Valenzuela"),
        ("Pato", "Cata", "Pancho", "Coté", "Juampi"),
    ),
    "west_african": (
        1.5,
        ("Kwame", "Abena", "Chinedu", "Ngozi", "Mamadou", "Fatoumata", "Ousmane", "Aminata", "Kofi", "Adaeze",
         "Lamin", "Mariama", "Oluwaseun", "Yaw"),
        ("Mensah", "Owusu", "Adeyemi", "Okafor", "Diallo", "Jallow", "Ceesay", "Touré", "Traoré", "Koné",
         "Boateng", "Ould Ahmed", "Okonkwo", "Sowe", "Camara"),
        ("Kobby", "Seun", "Chichi", "Mams", "Ladi"),
    ),
}
# fmt: on

# Fathers' (and grandfathers') names as middle names: the chains of names of people registered that way.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Mohamed", "Ahmed", "Abdi", "Hassan", "Ali", "Nur", "Omar", "Ismail", "Yusuf", "Farah Jama"),
    "iraqi": ("Jasim", "Kadhim", "Abdulhussein", "Hamid", "Salman", "Falih", "Abbas Ali"),
    "eritrean": ("Tesfamariam", "Ghebremichael", "Habtom", "Kiflom", "Berhe", "Okbamichael"),
    "ethiopian": ("Hailu", "Mulugeta", "Tsegaye", "Asfaw"),
    "afghan": ("Gul", "Jan", "Mohammad", "Khan", "Ali", "Nazar"),
    "syrian": ("bin Khaled", "bint Ahmad", "Abdullah", "Mahmoud"),
    "west_african": ("Bakary", "Ebrima", "Modou"),
}

# Given names and surnames that are also Swedish or English words, with their origin.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Stig", "swedish"), ("Bo", "swedish"), ("Klara", "swedish"),
    ("Liv", "swedish"), ("Lina", "swedish"), ("Ros", "swedish"), ("Lena", "swedish"), ("Ebba", "swedish"),
    ("Bara", "syrian"), ("Lama", "syrian"), ("Rima", "syrian"), ("Hala", "iraqi"), ("Mina", "persian"),
    ("Sina", "persian"), ("Dina", "bosnian"), ("Tala", "afghan"), ("Sultan", "afghan"),
    ("Rosa", "latin_american"), ("Blessing", "west_african"), ("Patience", "west_african"),
    ("Can", "turkish"), ("Nada", "serbian_croatian"), ("Rim", "palestinian"), ("Rita", "lebanese"),
)  # fmt: skip
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"), ("Strand", "swedish"), ("Holm", "swedish"), ("Fors", "swedish"), ("Bäck", "swedish"),
    ("Sand", "swedish"), ("Björk", "swedish"), ("Ström", "swedish"), ("Frisk", "swedish"),
    ("Lund", "swedish"), ("Vinter", "swedish"), ("Inga", "sami"), ("Spik", "sami"), ("Said", "syrian"),
    ("Ha", "vietnamese"), ("Do", "vietnamese"), ("Le", "vietnamese"), ("Kula", "polish"),
    ("Bravo", "latin_american"),
    ("Tan", "chinese"), ("Sun", "chinese"), ("Stan", "romanian"), ("Shire", "somali"),
)  # fmt: skip
# How often a person of an origin drawn for a plain slot gets a word name (given, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.05, 0.08),
    "sami": (0.0, 0.2),
    "syrian": (0.06, 0.05),
    "iraqi": (0.04, 0.0),
    "persian": (0.08, 0.0),
    "afghan": (0.06, 0.0),
    "lebanese": (0.06, 0.0),
    "vietnamese": (0.0, 0.2),
    "chinese": (0.0, 0.12),
    "romanian": (0.0, 0.1),
    "somali": (0.0, 0.04),
    "polish": (0.0, 0.05),
}
