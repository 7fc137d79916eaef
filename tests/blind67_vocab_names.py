"""Names of the sixty-seventh blind corpus (tests/blind67_corpus.py): people in and around shops and shopping
centres in Norrköping, Gävle and Landskrona — shoplifters, store detectives, väktare, cashiers, centre
managers, youths and police. Typed from the writer's own knowledge, no name list or package.

ORIGINS: origin -> (weight, given names, surnames, nicknames). The weights are a guess at the mix of a
Swedish town's people today (Swedish a little under half, then Arabic-speaking, Finnish, the former
Yugoslavia, Somali, Kurdish, Assyrian/Syriac — Norrköping's and Landskrona's large groups — and many more).
"""

from __future__ import annotations

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        42.0,
        (
            "Anders", "Maria", "Karin", "Johan", "Erik", "Lars", "Eva", "Kristina", "Mikael", "Per",
            "Elin", "Sofia", "Emma", "Oskar", "Lukas", "Wilma", "Alice", "Ebba", "Linnea", "Hampus",
            "Viktor", "Filip", "Jonas", "Malin", "Therese", "Jenny", "Magnus", "Henrik", "Ulrika", "Gunilla",
            "Agneta", "Birgitta", "Göran", "Leif", "Kjell", "Ingrid", "Astrid", "Axel", "Gustav", "Nils",
            "Anna-Karin", "Per-Erik", "Jan-Olof", "Ann-Sofie", "Lars-Göran", "Karl Johan", "Anna Maria",
            "Tove", "Moa", "Isak", "Melker", "Elsa", "Signe", "Tilda", "Jessica", "Fredrik", "Sven",
            "Mattias", "Pontus", "Rasmus", "Josefin", "Sanna", "Frida", "Caroline", "Marcus", "Kent",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindqvist",
            "Lindgren", "Axelsson", "Magnusson", "Lindström", "Sandberg", "Forsberg", "Sjöberg", "Wallin",
            "Engström", "Danielsson", "Håkansson", "Lundgren", "Söderberg", "Nyström", "Holmberg",
            "Hedlund", "Sundström", "Åberg", "Blomqvist", "Löfgren", "Ekström", "Mattsson", "Isaksson",
            "Bergkvist", "Fransson", "Rydén", "Ahlström", "Thörnqvist", "Wahlberg", "Grahn", "Öberg",
            "von Essen", "af Klercker", "de Laval", "Cederholm", "Törnblom", "Nordin", "Sköld",
        ),
        ("Kalle", "Pelle", "Nisse", "Lasse", "Micke", "Jocke", "Tompa", "Gurra", "Danne", "Nettan", "Lollo"),
    ),
    "finnish": (
        3.5,
        ("Mikko", "Jari", "Pirjo", "Tuula", "Sari", "Jukka", "Timo", "Aino", "Veikko", "Riitta", "Eero"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laine", "Koskinen", "Järvinen",
         "Lehtonen", "Salminen", "Hämäläinen"),
        ("Jussi", "Pekka", "Kimmo", "Tepa"),
    ),
    "assyrian": (
        3.0,
        ("Gabriel", "Aphrem", "Sargon", "Ninos", "Shamiram", "Ninve", "Yakob", "Matay", "Afram", "Sharbel",
         "Nahrin", "Ilona"),
        ("Gabro", "Aydin", "Yalda", "Bahdi", "Kourie", "Barsom", "Aslan", "Issa", "Şimşek", "Malke"),
        ("Gabbe", "Ninno", "Sargi", "Jakke"),
    ),
    "syrian": (
        4.0,
        ("Mohammad", "Ahmad", "Khaled", "Rami", "Hiba", "Rasha", "Yara", "Lina", "Omar", "Tarek", "Nour",
         "Bashar", "Ghazal", "Maher", "Rawan"),
        ("Al-Khatib", "Haddad", "Mansour", "Darwish", "al Hamwi", "Kanaan", "Shami", "Zayat", "Jaber",
         "Sabbagh", "Najjar", "Halabi"),
        ("Hamoudi", "Abo Ali", "Mimo", "Khalo"),
    ),
    "iraqi": (
        3.0,
        ("Hussein", "Mustafa", "Ali", "Zainab", "Fatima", "Haider", "Saja", "Ammar", "Mariam", "Karrar"),
        ("Al-Jubouri", "Al-Saadi", "Kadhim", "Jawad", "al-Maliki", "Hashim", "Abbas", "Talib"),
        ("Abbe", "Hassi", "Zizo"),
    ),
    "palestinian": (
        1.0,
        ("Yousef", "Samir", "Dalia", "Reem", "Nabil", "Wael"),
        ("Abu Zaid", "Barghouti", "Qasem", "Odeh", "Khalil"),
        ("Jojo", "Sami"),
    ),
    "somali": (
        3.5,
        ("Abdirahman", "Hodan", "Fadumo", "Abdullahi", "Ayaan", "Hamdi", "Mahad", "Liban", "Sagal",
         "Khadar", "Ilhan", "Hibaq", "Bashir", "Deqa"),
        ("Warsame", "Farah", "Osman", "Jama", "Abdi", "Aden", "Hirsi", "Dahir", "Mohamud", "Nur", "Yusuf",
         "Egal"),
        ("Cabdi", "Xamar", "Kofi", "Ilko"),
    ),
    "eritrean": (
        2.0,
        ("Yonas", "Senait", "Filmon", "Helen", "Biniam", "Semhar", "Dawit", "Luwam", "Merhawi"),
        ("Tesfay", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Teklehaimanot", "Ghirmay", "Mehari"),
        ("Yoni", "Bini", "Semi"),
    ),
    "ethiopian": (
        1.0,
        ("Abebe", "Tigist", "Meron", "Dereje", "Selamawit", "Kebede"),
        ("Tadesse", "Alemu", "Bekele", "Girma", "Woldemariam", "Assefa"),
        ("Abi", "Mimi"),
    ),
    "afghan": (
        3.0,
        ("Mohammad Reza", "Farid", "Hamid", "Zahra", "Mursal", "Ahmad Shah", "Nilofar", "Sayed", "Rahim",
         "Tamana", "Javid", "Mahdi"),
        ("Rahimi", "Hosseini", "Ahmadi", "Sultani", "Nazari", "Haidari", "Karimi", "Amiri", "Stanikzai"),
        ("Haji", "Jabbi", "Mahdo"),
    ),
    "kurdish": (
        2.5,
        ("Rebaz", "Shler", "Dilan", "Aram", "Rojda", "Kawa", "Berfin", "Soran", "Hozan", "Nasrin",
         "Zhilwan"),
        ("Abdullah", "Rashid", "Mahmud", "Bakir", "Karim", "Barzani", "Hawrami", "Sindi", "Zebari"),
        ("Rezzo", "Kaki", "Shvan"),
    ),
    "persian": (
        2.0,
        ("Parisa", "Reza", "Kourosh", "Shirin", "Arash", "Mehrdad", "Golnaz", "Babak", "Leila", "Darius"),
        ("Mohammadi", "Tehrani", "Rostami", "Jafari", "Sadeghi", "Farahani", "Rezaei", "Shirazi"),
        ("Kouri", "Babi", "Pari"),
    ),
    "turkish": (
        1.5,
        ("Emre", "Ayşe", "Mehmet", "Elif", "Burak", "Zeynep", "Kerem", "Hatice", "Ömer"),
        ("Yılmaz", "Kaya", "Demir", "Çelik", "Öztürk", "Arslan", "Doğan", "Kılıç"),
        ("Memo", "Efe"),
    ),
    "bosnian": (
        2.5,
        ("Amir", "Emina", "Adnan", "Selma", "Edin", "Lejla", "Haris", "Amra", "Mirza", "Dženana", "Kenan"),
        ("Hodžić", "Begić", "Mehmedović", "Kovačević", "Hadžić", "Delić", "Salihović", "Osmanović",
         "Karahasan"),
        ("Dino", "Keno", "Hari"),
    ),
    "serbian": (
        1.5,
        ("Nikola", "Milica", "Dragan", "Jelena", "Stefan", "Ivana", "Bojan", "Zoran"),
        ("Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić"),
        ("Žika", "Boki", "Gaga"),
    ),
    "croatian": (
        1.0,
        ("Ivan", "Ana", "Marko", "Petra", "Tomislav", "Katarina"),
        ("Horvat", "Babić", "Knežević", "Jurić", "Perić", "Vuković"),
        ("Tomo", "Kata"),
    ),
    "kosovar": (
        2.0,
        ("Arben", "Valon", "Fatmire", "Blerina", "Driton", "Arta", "Besnik", "Liridona", "Florent"),
        ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Morina", "Shala", "Bytyqi", "Rexhepi"),
        ("Beni", "Toni", "Dritte"),
    ),
    "polish": (
        2.0,
        ("Tomasz", "Agnieszka", "Paweł", "Katarzyna", "Łukasz", "Magdalena", "Krzysztof", "Joanna",
         "Grzegorz"),
        ("Nowak", "Kowalski", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska"),
        ("Tomek", "Kasia", "Gosia", "Bartek"),
    ),
    "romanian": (
        1.5,
        ("Ionuț", "Andreea", "Florin", "Mihaela", "Costel", "Elena", "Marian", "Daniela"),
        ("Popescu", "Ionescu", "Stan", "Dumitru", "Constantin", "Lungu", "Munteanu", "Rusu"),
        ("Nelu", "Fane", "Gicu"),
    ),
    "ukrainian": (
        1.5,
        ("Oleksandr", "Olena", "Dmytro", "Iryna", "Taras", "Yuliia", "Bohdan", "Oksana"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Hnatiuk"),
        ("Sasha", "Dima", "Olia"),
    ),
    "russian": (
        1.0,
        ("Sergej", "Natalja", "Aleksej", "Svetlana", "Vladimir", "Tatjana"),
        ("Ivanov", "Smirnova", "Kuznetsov", "Popova", "Volkov", "Sokolova"),
        ("Serjoga", "Natasja", "Lyoscha"),
    ),
    "chilean": (
        1.0,
        ("Claudio", "Ximena", "Rodrigo", "Paola", "Cristián", "Camila", "Patricio"),
        ("González", "Muñoz", "Rojas", "Díaz", "Contreras", "Sepúlveda", "Fuentes", "de la Fuente"),
        ("Pato", "Cata", "Rodri"),
    ),
    "english": (
        1.5,
        ("James", "Sarah", "Liam", "Chloe", "Connor", "Siobhan", "Daniel", "Megan"),
        ("O'Brien", "Smith", "Taylor", "Walsh", "O'Connor", "Murphy", "Davies", "Hughes"),
        ("Jim", "Tommo", "Dazza"),
    ),
    "german": (
        1.0,
        ("Jürgen", "Sabine", "Matthias", "Ute", "Wolfgang", "Katrin"),
        ("Müller", "Schneider", "Fischer", "Weber", "Hoffmann", "von Bülow"),
        ("Jogi", "Bine"),
    ),
    "norwegian": (
        1.0,
        ("Ole", "Kari", "Sindre", "Ingvild", "Håvard", "Solveig"),
        ("Haugen", "Bakken", "Solberg", "Hagen", "Kristiansen", "Dahle"),
        ("Olle", "Kaja"),
    ),
    "danish": (
        1.0,
        ("Mette", "Rasmus", "Søren", "Lærke", "Mads", "Pernille"),
        ("Jørgensen", "Rasmussen", "Sørensen", "Madsen", "Christensen", "Østergaard"),
        ("Mugge", "Pusle"),
    ),
    "thai": (
        1.0,
        ("Somchai", "Nok", "Siriporn", "Kanya", "Pim", "Anong"),
        ("Srisuk", "Wongsawat", "Chaiyaporn", "Thongchai", "Boonmee"),
        ("Noi", "Ploy"),
    ),
    "vietnamese": (
        1.0,
        ("Minh", "Thanh", "Linh", "Tuan", "Huong", "Duc"),
        ("Nguyen", "Tran", "Pham", "Ly", "Hoang", "Vu"),
        ("Bao", "Tí"),
    ),
    "indian": (
        1.0,
        ("Priya", "Rahul", "Anjali", "Vikram", "Deepa", "Sandeep"),
        ("Sharma", "Patel", "Iyer", "D'Souza", "Reddy", "Nair"),
        ("Vicky", "Pinky", "Bunty"),
    ),
    "chinese": (
        0.8,
        ("Wei", "Li Na", "Jun", "Xiaoyu", "Hao", "Mei"),
        ("Wang", "Zhang", "Liu", "Chen", "Huang", "Zhou"),
        ("Xiao", "Weiwei"),
    ),
    "gambian": (
        1.0,
        ("Lamin", "Fatou", "Ebrima", "Isatou", "Modou", "Awa"),
        ("Jallow", "Ceesay", "Touray", "Sanneh", "N'Dure", "Bah"),
        ("Lams", "Modi"),
    ),
    "filipino": (
        0.5,
        ("Maricel", "Jomar", "Rowena", "Arnel"),
        ("dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva"),
        ("Bong", "Tess"),
    ),
    "greek": (
        0.7,
        ("Giorgos", "Eleni", "Nikos", "Dimitra", "Kostas"),
        ("Papadopoulos", "Georgiou", "Karagiannis", "Nikolaidou"),
        ("Takis", "Koula"),
    ),
    "hungarian": (
        0.5,
        ("Zoltán", "Erzsébet", "Gábor", "Krisztina"),
        ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth"),
        ("Zoli", "Kriszti"),
    ),
}  # fmt: skip

# Fathers' names written between the given name and the family name where that is the custom.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Ahmed", "Hassan", "Mohamed", "Ali", "Ismail", "Abdulkadir", "Hussein"),
    "eritrean": ("Tekle", "Gebre", "Habte", "Ogbay", "Zerai"),
    "ethiopian": ("Getachew", "Mulugeta", "Ayele"),
    "afghan": ("Ghulam", "Noor", "Mohammad"),
    "iraqi": ("Jabbar", "Kareem", "Salman"),
}

NAME_PARTICLES = ("von", "af", "de", "la", "al", "el", "bin", "van", "dela", "da", "dos", "abu", "abo", "le")

# Given names that are also Swedish or English words.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Bo", "swedish"), ("Inga", "swedish"),
    ("Klara", "swedish"), ("Dag", "swedish"), ("Liv", "swedish"), ("Vilja", "swedish"),
    ("Stig", "swedish"), ("Saga", "swedish"), ("Tuva", "swedish"), ("Love", "swedish"), ("Sol", "swedish"),
    ("Hope", "english"), ("Grace", "english"), ("Will", "english"), ("Mark", "english"),
    ("Joy", "filipino"), ("Rosa", "chilean"), ("Fred", "english"), ("Rand", "syrian"), ("Hind", "iraqi"),
    ("Said", "somali"), ("Viking", "swedish"), ("Ask", "swedish"),
)  # fmt: skip

# Surnames that are also Swedish or English words.
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"), ("Strand", "swedish"), ("Lund", "swedish"), ("Holm", "swedish"), ("Ek", "swedish"),
    ("Björk", "swedish"), ("Lind", "swedish"), ("Fors", "swedish"), ("Falk", "swedish"),
    ("Hjort", "swedish"), ("Lax", "swedish"), ("Rask", "swedish"), ("Vall", "swedish"),
    ("Kvist", "swedish"), ("Ström", "swedish"), ("Nord", "swedish"), ("Stark", "swedish"),
    ("Frisk", "swedish"), ("Glad", "swedish"),
    ("Lilja", "swedish"), ("Blom", "swedish"), ("Young", "english"), ("King", "english"),
    ("Stone", "english"), ("Wood", "english"), ("Hill", "english"), ("Bird", "english"),
)  # fmt: skip

# How often an ordinary draw of an origin takes a word name: (given name, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.03, 0.06),
    "english": (0.1, 0.15),
}
