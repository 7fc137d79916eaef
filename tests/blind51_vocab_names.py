"""Names of the fifty-first blind corpus (skolskjuts and färdtjänst): origins weighted as in Swedish towns
today (Sundsvall, Motala, Hässleholm, Sigtuna, Kiruna), name forms (double given names, particles,
apostrophes, fathers' names, nicknames) and word names. Typed from the writer's own knowledge; no name
package or list was used.

ORIGINS: origin -> (weight, given names, surnames, nicknames).
"""

from __future__ import annotations

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        44.0,
        (
            "Anders", "Birgitta", "Maja", "Elsa", "Wilma", "Olle", "Hampus", "Linnéa", "Ebba", "Gunnel",
            "Karl-Johan", "Ann-Sofie", "Per-Olof", "Eva-Lena", "Lars-Erik", "Tuva", "Alvin", "Melker",
            "Signe", "Astrid", "Ingrid", "Göran", "Kerstin", "Torbjörn", "Malin", "Jonna", "Vilgot",
            "Elvira", "Ture", "Märta", "Sixten", "Greta", "Hjalmar", "Isak", "Nils", "Frida", "Johanna",
            "Maj-Britt", "Sven-Åke", "Agnes", "Edvin", "Ludvig", "Stina", "Ulrika", "Mikael", "Leif",
        ),
        (
            "Lindqvist", "Sjöberg", "Nordin", "Hedlund", "Wikström", "Öberg", "Sundqvist", "Forsberg",
            "Johansson", "Andersson", "Persson", "Karlsson", "Eriksson", "Nilsson", "Lundgren", "Engström",
            "Bergström", "Åkesson", "Hallberg", "Norberg", "Sandström", "Edlund", "Bäckström", "Rydén",
            "Löfgren", "Blomqvist", "von Platen", "af Klercker", "de Geer", "Lind-Holmberg", "Ahl-Sjödin",
            "Wallin", "Strömgren", "Nyström", "Håkansson", "Olofsson", "Granlund", "Ekholm",
        ),
        (
            "Kalle", "Pelle", "Nisse", "Lasse", "Totte", "Bosse", "Kicki", "Lotta", "Jocke", "Micke",
            "Stickan", "Lillan", "Pysen", "Tompa", "Gunsan", "Bettan",
        ),
    ),
    "finnish": (
        3.0,
        ("Jukka", "Pirjo", "Tuula", "Mikko", "Aino", "Eino", "Sirpa", "Juha", "Päivi",
         "Ville", "Aila", "Onni"),
        ("Virtanen", "Mäkinen", "Heikkinen", "Koskinen", "Laitinen", "Hämäläinen", "Salonen", "Lehtonen"),
        ("Jussi", "Pena", "Tuuli", "Pekka"),
    ),
    "tornedalian": (
        2.0,
        ("Erkki", "Hilja", "Arvo", "Lempi", "Veikko", "Sanna", "Tage", "Elina", "Oskari"),
        ("Alatalo", "Niemi", "Keinänen", "Pekkari", "Kangas", "Palo", "Rantatalo", "Lahti", "Kieri", "Huhta"),
        ("Ekke", "Kaitsu", "Viltsu"),
    ),
    "sami": (
        1.0,
        ("Ánde", "Máret", "Biret", "Niillas", "Elle", "Mihkkal", "Sunná", "Ingá", "Jovnna", "Risten"),
        ("Labba", "Kuhmunen", "Sunna", "Omma", "Kitok", "Sarri", "Tuuri", "Bals", "Pavval", "Utsi"),
        ("Ándde", "Májá", "Nilsá"),
    ),
    "norwegian": (
        1.0,
        ("Ole", "Sigrid", "Håkon", "Ingvild", "Eirik", "Torild", "Sindre", "Ragnhild"),
        ("Haugen", "Solberg", "Bakken", "Ødegård", "Kristiansen", "Fjeld", "Moen", "Hovland"),
        ("Olemann", "Siggen"),
    ),
    "arabic": (
        6.0,
        (
            "Ahmad", "Omar", "Yousef", "Layla", "Rania", "Hiba", "Khaled", "Mahmoud", "Nour", "Ranim",
            "Bilal", "Jana", "Karim", "Aya", "Tariq", "Ibrahim", "Hamza", "Reem", "Salma", "Yara",
        ),
        (
            "al-Hashimi", "Haddad", "Khalil", "al-Jaberi", "Darwish", "Saleh", "Mansour", "el-Sayed",
            "Nasser", "Othman", "Rahal", "Qasim", "Barakat", "Hamdan", "Ibn Rashid", "Abu Zaid",
        ),
        ("Abu Omar", "Hamoudi", "Nono", "Sousou", "Mimo"),
    ),
    "somali": (
        4.0,
        ("Abdirahman", "Hodan", "Fadumo", "Ayaan", "Liban", "Sahra", "Mahad", "Hamdi",
         "Guled", "Ifrah", "Sagal"),
        ("Warsame", "Farah", "Jama", "Abdullahi", "Osman", "Hirsi", "Mohamud", "Egal", "Aden", "Dirie"),
        ("Cabdi", "Xamar", "Deeqa"),
    ),
    "persian": (
        2.5,
        ("Parisa", "Dariush", "Shirin", "Kian", "Yasmin", "Arash", "Roya", "Babak", "Nasrin", "Omid"),
        ("Rahimi", "Karimi", "Moradi", "Hosseini", "Jafari", "Tehrani", "Rostami", "Amini"),
        ("Dari", "Pari", "Baba"),
    ),
    "kurdish": (
        2.0,
        ("Rebaz", "Berivan", "Dilan", "Shilan", "Hawre", "Roj", "Zana", "Nazdar", "Kawa", "Avin"),
        ("Barzani", "Aziz", "Mahmud", "Rasul", "Zebari", "Qadir", "Hawrami", "Kurdo"),
        ("Kaka", "Dilo", "Bero"),
    ),
    "turkish": (
        2.0,
        ("Emre", "Elif", "Burak", "Zeynep", "Mehmet", "Ayşe", "Kerem", "Yusuf", "Derya", "Cem"),
        ("Yılmaz", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Koç", "Doğan"),
        ("Memo", "Ayşo", "Cemo"),
    ),
    "bosnian": (
        2.5,
        ("Amir", "Emina", "Jasmin", "Selma", "Adnan", "Lejla", "Edin", "Amra", "Haris", "Mirza", "Dženana"),
        ("Hodžić", "Begović", "Mehmedović", "Kovačević", "Hadžić", "Delić", "Jusić", "Omerović", "Petrović"),
        ("Edo", "Miki", "Dado"),
    ),
    "albanian": (
        1.2,
        ("Arben", "Drita", "Besnik", "Fatmire", "Blerim", "Valbona", "Dardan", "Liridona"),
        ("Krasniqi", "Gashi", "Berisha", "Hoxha", "Morina", "Shala", "Kastrati"),
        ("Beni", "Dona"),
    ),
    "polish": (
        2.5,
        ("Krzysztof", "Agnieszka", "Marek", "Katarzyna", "Tomasz", "Magdalena", "Paweł", "Zofia", "Wojciech"),
        ("Kowalski", "Nowak", "Wiśniewska", "Zieliński", "Lewandowska", "Wójcik", "Kamiński", "Szymańska"),
        ("Kasia", "Tomek", "Gosia", "Wojtek"),
    ),
    "romanian": (
        1.0,
        ("Ionuț", "Andreea", "Florin", "Mihaela", "Cosmin", "Ioana", "Bogdan"),
        ("Popescu", "Ionescu", "Constantin", "Dumitru", "Stoica", "Munteanu"),
        ("Nelu", "Fănel"),
    ),
    "ukrainian": (
        1.5,
        ("Oksana", "Dmytro", "Olena", "Taras", "Iryna", "Bohdan", "Yulia", "Mykola", "Sofiia"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Hrytsenko"),
        ("Dima", "Olenka", "Tarasik"),
    ),
    "english": (
        1.0,
        ("Oliver", "Charlotte", "Harry", "Emily", "George", "Chloe", "Jack", "Megan"),
        ("Thompson", "Walker", "O'Neill", "Hughes", "Fletcher", "Whitaker", "Parker"),
        ("Charlie", "Meg", "Olly"),
    ),
    "irish": (
        0.6,
        ("Siobhan", "Ciarán", "Aoife", "Niamh", "Declan", "Saoirse"),
        ("O'Brien", "O'Connor", "O'Sullivan", "McCarthy", "Byrne", "Gallagher"),
        ("Shiv", "Dec"),
    ),
    "german": (
        1.0,
        ("Jürgen", "Heike", "Lukas", "Anke", "Matthias", "Ute", "Felix", "Sabine"),
        ("Schneider", "Müller", "Hoffmann", "von Berg", "Krüger", "Vogel", "Zimmermann"),
        ("Jogi", "Hanni"),
    ),
    "dutch": (
        0.4,
        ("Joost", "Marieke", "Sander", "Femke", "Bram"),
        ("van Dijk", "de Vries", "van der Linden", "Bakker", "de Jong", "Visser"),
        ("Joppie", "Fem"),
    ),
    "italian": (
        0.5,
        ("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo"),
        ("D'Angelo", "Ricci", "Esposito", "Romano", "Conti", "Bianchi"),
        ("Gigi", "Fra"),
    ),
    "spanish": (
        1.5,
        ("Alejandro", "Camila", "Diego", "Valentina", "Javier", "Lucía", "Mateo", "Daniela", "Rodrigo"),
        ("González", "Muñoz", "Rojas", "Fuentes", "Contreras", "Sepúlveda", "Morales", "de la Cruz"),
        ("Pancho", "Cami", "Rodri"),
    ),
    "eritrean": (
        1.5,
        ("Yonas", "Selam", "Filmon", "Helen", "Tesfit", "Senait", "Robel", "Luwam", "Merhawi"),
        ("Gebremedhin", "Tesfamariam", "Haile", "Ghebreyesus", "Kidane", "Tekle", "Berhane", "Woldu"),
        ("Fili", "Tesfu", "Lulu"),
    ),
    "ethiopian": (
        0.5,
        ("Abebe", "Meron", "Dawit", "Tigist", "Henok", "Bethlehem"),
        ("Tadesse", "Bekele", "Alemu", "Girma", "Mekonnen"),
        ("Abi", "Mimi"),
    ),
    "afghan": (
        2.0,
        ("Mohammad", "Zahra", "Ali", "Fatima", "Mustafa", "Maryam", "Hamid", "Mursal", "Ahmad Zia", "Farhad"),
        ("Hakimi", "Sultani", "Popal", "Noori", "Rezai", "Ahmadzai", "Stanikzai", "Amiri", "Haidari"),
        ("Mamo", "Agha", "Musti"),
    ),
    "eritrean_tigre": (
        0.3,
        ("Idris", "Amna", "Saleh"),
        ("Hummed", "Osman-Idris", "Ferej"),
        ("Iddo",),
    ),
    "thai": (
        1.0,
        ("Somchai", "Siriporn", "Nattapong", "Kanya", "Pimchanok", "Anong", "Chai"),
        ("Saengthong", "Wongsakul", "Srisuk", "Chaiyaporn", "Boonmee", "Kittisak"),
        ("Noi", "Pim", "Ton"),
    ),
    "vietnamese": (
        0.5,
        ("Minh", "Thu", "Quang", "Lan", "Tuan", "Huong"),
        ("Nguyen", "Tran", "Pham", "Le", "Vu", "Hoang"),
        ("Bé", "Tí"),
    ),
    "chinese": (
        1.0,
        ("Wei", "Xiaoling", "Jun", "Mei", "Hao", "Yan", "Zhiyuan"),
        ("Zhang", "Wang", "Liu", "Chen", "Zhou", "Huang", "Xu"),
        ("Xiao-Wei", "Meimei"),
    ),
    "indian": (
        1.0,
        ("Priya", "Rahul", "Ananya", "Vikram", "Sneha", "Arjun", "Deepa"),
        ("Sharma", "Patel", "Iyer", "Reddy", "D'Souza", "Nair", "Gupta"),
        ("Vicky", "Pinky", "Babu"),
    ),
    "filipino": (
        0.5,
        ("Maricel", "Jerome", "Rowena", "Jhun", "Lorna"),
        ("Santos", "Reyes", "Dela Paz", "Bautista", "Villanueva"),
        ("Bong", "Lorns"),
    ),
    "greek": (
        0.4,
        ("Giorgos", "Eleni", "Nikos", "Despina", "Kostas"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis"),
        ("Takis", "Lenio"),
    ),
    "hungarian": (
        0.4,
        ("Zoltán", "Erzsébet", "Gábor", "Katalin", "Attila"),
        ("Nagy", "Kovács", "Szabó", "Tóth", "Horváth"),
        ("Zoli", "Kati"),
    ),
    "congolese": (
        0.6,
        ("Jean-Claude", "Grâce", "Patrice", "Divine", "Christelle", "Héritier"),
        ("Mukendi", "Kabila", "Tshibangu", "Mbuyi", "Ilunga", "Kasongo"),
        ("JC", "Pato"),
    ),
    "syriac": (
        1.0,
        ("Gabriel", "Maryam-Nour", "Aday", "Shamiram", "Elias", "Ninos"),
        ("Gabro", "Aho", "Barsom", "Yakob", "Ishak", "Malke"),
        ("Gabbe", "Nino"),
    ),
}  # fmt: skip

# Fathers' names where they are usual (written between a given name and a surname).
FATHERS: dict[str, tuple[str, ...]] = {
    "arabic": ("Mohammed", "Ahmed", "Hussein", "Abdallah", "Jamil", "Fadi"),
    "somali": ("Abdi", "Hassan", "Nur", "Ismail", "Yusuf"),
    "afghan": ("Gul", "Rahim", "Habib"),
    "eritrean": ("Tesfay", "Kiflom", "Mehari"),
    "ethiopian": ("Mulugeta", "Assefa"),
    "kurdish": ("Salih", "Karim"),
    "eritrean_tigre": ("Mahmoud",),
}

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "abu", "von", "van", "der", "de", "af", "la", "dela"})

# Given names and surnames that are also Swedish or English words.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"),
    ("Björn", "swedish"),
    ("Stig", "swedish"),
    ("Dag", "swedish"),
    ("Bo", "swedish"),
    ("Klara", "swedish"),
    ("Vilja", "swedish"),
    ("Sol", "swedish"),
    ("Ros", "swedish"),
    ("Hope", "english"),
    ("Grace", "english"),
    ("Will", "english"),
    ("Mark", "english"),
    ("Said", "arabic"),
    ("Long", "vietnamese"),
)
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"),
    ("Lind", "swedish"),
    ("Holm", "swedish"),
    ("Strand", "swedish"),
    ("Ek", "swedish"),
    ("Björk", "swedish"),
    ("Falk", "swedish"),
    ("Svan", "swedish"),
    ("Ström", "swedish"),
    ("Bäck", "swedish"),
    ("Kvist", "swedish"),
    ("Fors", "swedish"),
    ("Young", "english"),
    ("King", "english"),
    ("Baker", "english"),
    ("Lax", "swedish"),
)
# How often a drawn person of an origin has a word given name / word surname.
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.04, 0.08),
    "english": (0.1, 0.1),
    "arabic": (0.03, 0.0),
    "vietnamese": (0.15, 0.0),
}
