"""Names of the thirty-ninth blind corpus (tests/blind39_corpus.py): the residents who call, mail, fill in web
forms and chat with a kommun's kontaktcenter, and the handläggare, fältassistenter, fastighetsvärdar and
poliser their notes name. Typed from the writer's own knowledge of who lives in Umeå, Växjö and Trollhättan
today; no name list or package was read.

ORIGINS: origin -> (weight, given names, surnames, nicknames). Swedish about 45 % of the weight; given names
with a space or a hyphen (double names), surnames with particles and apostrophes. FATHERS: a father's name
written between given name and surname where that is usual. WORD_FIRST and WORD_SURNAMES: given names and
surnames that are also Swedish or English words, with their origin.
"""

from __future__ import annotations

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "de", "af", "abu"})

_SWEDISH_GIVEN = (
    "Anna", "Maria", "Karin", "Eva", "Kristina", "Lena", "Sara", "Emma", "Johanna", "Malin", "Sofia",
    "Elin", "Ida", "Linnéa", "Maja", "Ebba", "Wilma", "Alice", "Elsa", "Agnes", "Ingrid", "Margareta",
    "Birgitta", "Gunilla", "Ulla", "Annika", "Helena", "Camilla", "Therese", "Jenny", "Frida", "Hanna",
    "Anna-Karin", "Ann-Sofie", "Marie-Louise", "Eva Lena", "Lars", "Anders", "Johan", "Per", "Erik",
    "Karl", "Mikael", "Magnus", "Jonas", "Fredrik", "Mattias", "Henrik", "Daniel", "Andreas", "Niklas",
    "Oskar", "William", "Elias", "Lucas", "Axel", "Gustav", "Olle", "Hampus", "Linus", "Viktor",
    "Jan-Erik", "Lars-Göran", "Hans-Olov", "Karl Johan", "Per-Anders", "Gunnar", "Bengt", "Kjell",
    "Leif", "Göran", "Ingemar", "Rolf", "Tobias", "Sebastian", "Isak", "Melker", "Nils", "Alva",
)  # fmt: skip
_SWEDISH_SUR = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg",
    "Lindqvist", "Lindgren", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Axelsson", "Bergström",
    "Lundberg", "Lundgren", "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg",
    "Sjöberg", "Wallin", "Engström", "Danielsson", "Håkansson", "Eklund", "Lundin", "Gunnarsson",
    "Holmberg", "Samuelsson", "Fransson", "Nyström", "Öberg", "Burman", "Nordlund", "Marklund",
    "Öhman", "Lindmark", "Sundqvist", "Wikström", "Granberg", "Holmgren", "Bäckström", "Åström",
    "Nordin", "Sehlstedt", "Rönnqvist", "Hedlund", "Ekholm", "Skoglund", "Strömgren", "Kihlberg",
    "Svensson-Brink", "Karlsson Hed", "Ljungberg", "Wennerström", "Algotsson", "Gudmundsson",
    "Petrén", "Thunberg", "Carlsén", "Stenmark", "Blomqvist", "Edvardsson", "Ingvarsson", "Alm",
    "von Essen", "af Ugglas", "De Geer", "von Platen", "af Klinteberg",
)  # fmt: skip
_SWEDISH_NICK = (
    "Kalle", "Micke", "Jocke", "Pelle", "Nisse", "Lasse", "Janne", "Stoffe", "Tompa", "Bosse",
    "Lillis", "Sigge", "Ludde", "Frippe", "Totte", "Jonte", "Kicki", "Lollo", "Bettan", "Mackan",
)  # fmt: skip

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (44.0, _SWEDISH_GIVEN, _SWEDISH_SUR, _SWEDISH_NICK),
    "finnish": (
        3.0,
        ("Jukka", "Pirjo", "Tuula", "Mikko", "Aino", "Sanna", "Kari", "Riitta", "Teemu", "Eila", "Marjatta"),
        (
            "Virtanen",
            "Korhonen",
            "Mäkinen",
            "Heikkinen",
            "Nieminen",
            "Lehtonen",
            "Laine",
            "Salonen",
            "Hämäläinen",
            "Kallio",
            "Rantanen",
            "Niskanen",
        ),
        ("Jukke", "Pike", "Tuulis", "Mikki"),
    ),  # fmt: skip
    "sami_tornedal": (
        1.0,
        ("Nils-Anders", "Áile", "Biret", "Mikkel", "Elle", "Per-Ola", "Inga-Maria"),
        ("Labba", "Kuoljok", "Sikku", "Omma", "Pittsa", "Blind", "Utsi", "Kemi"),
        ("Nilla", "Bita", "Mikke"),
    ),  # fmt: skip
    "norwegian_danish": (
        1.5,
        ("Sindre", "Ingvild", "Kristoffer", "Mette", "Rasmus", "Sigrid", "Torstein", "Mads", "Solveig"),
        ("Haugen", "Bakke", "Solberg", "Kristiansen", "Madsen", "Nørgaard", "Sørensen", "Lien", "Dahle"),
        ("Kris", "Raz", "Totto"),
    ),  # fmt: skip
    "iraqi": (
        4.0,
        (
            "Ahmed",
            "Mustafa",
            "Hussein",
            "Zainab",
            "Fatima",
            "Ali",
            "Haider",
            "Rusul",
            "Noor",
            "Saif",
            "Zahraa",
            "Ammar",
            "Muntadher",
            "Baneen",
        ),
        (
            "Al-Saadi",
            "al-Jubouri",
            "Kadhim",
            "Jasim",
            "Hamid",
            "Abbas",
            "al-Tamimi",
            "Salman",
            "Mahdi",
            "Al-Obaidi",
            "Kareem",
            "Jaber",
        ),
        ("Hamo", "Mosti", "Abo Ali", "Zizo"),
    ),  # fmt: skip
    "syrian": (
        4.5,
        (
            "Mohammad",
            "Omar",
            "Khaled",
            "Rama",
            "Lana",
            "Yazan",
            "Bashar",
            "Hala",
            "Tarek",
            "Raghad",
            "Majd",
            "Nour",
            "Ghaith",
            "Aya",
            "Abdulrahman",
        ),
        (
            "Haddad",
            "Khalil",
            "al-Halabi",
            "Sabbagh",
            "Darwish",
            "Hamwi",
            "Shami",
            "Kassab",
            "Najjar",
            "Alloush",
            "Mardini",
            "Masri",
        ),
        ("Abdo", "Khalood", "Yazi", "Moudy"),
    ),  # fmt: skip
    "somali": (
        4.0,
        (
            "Abdirahman",
            "Hodan",
            "Farhiya",
            "Abdullahi",
            "Ayaan",
            "Mohamed",
            "Hamdi",
            "Sahra",
            "Liban",
            "Nasteho",
            "Abdikadir",
            "Ifrah",
            "Guled",
            "Ikran",
            "Mahad",
        ),
        (
            "Warsame",
            "Farah",
            "Abdi",
            "Jama",
            "Osman",
            "Hirsi",
            "Ahmed Nur",
            "Mohamud",
            "Dahir",
            "Egal",
            "Omar",
            "Adan",
            "Yusuf",
            "Aden",
        ),
        ("Xamar", "Cabdi", "Sahro", "Gedi"),
    ),  # fmt: skip
    "eritrean": (
        2.0,
        ("Yonas", "Senait", "Filmon", "Helen", "Mehari", "Semhar", "Daniel", "Rahwa", "Tesfay", "Luwam"),
        ("Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Tekle", "Woldu", "Gebreyesus"),
        ("Jojo", "Semi", "Mehro"),
    ),  # fmt: skip
    "afghan": (
        3.0,
        (
            "Mohammad Reza",
            "Ali Reza",
            "Mahdi",
            "Farid",
            "Zahra",
            "Sakina",
            "Nasrin",
            "Hamid",
            "Sayed",
            "Mustafa",
            "Hakim",
            "Rahim",
            "Shabnam",
            "Ramin",
        ),
        (
            "Hosseini",
            "Rezaei",
            "Ahmadi",
            "Mohammadi",
            "Jafari",
            "Sultani",
            "Haidari",
            "Noori",
            "Rahimi",
            "Karimi",
            "Sadat",
            "Amiri",
        ),
        ("Reza", "Mamad", "Hamidi", "Ramo"),
    ),  # fmt: skip
    "persian": (
        2.0,
        ("Dariush", "Shirin", "Babak", "Parisa", "Arash", "Mitra", "Kaveh", "Laleh", "Navid", "Golnaz"),
        ("Tehrani", "Farahani", "Moradi", "Shirazi", "Sadeghi", "Bahrami", "Ghorbani", "Esfahani"),
        ("Dari", "Babi", "Navi"),
    ),  # fmt: skip
    "kurdish": (
        2.5,
        ("Rebin", "Dilan", "Shiler", "Hozan", "Berivan", "Azad", "Rojin", "Karwan", "Hêvî", "Serwan"),
        ("Barzani", "Zebari", "Doski", "Qadir", "Mahmoud", "Rashid", "Kurdi", "Bakr", "Amedi"),
        ("Rebo", "Dilo", "Azo"),
    ),  # fmt: skip
    "turkish": (
        2.0,
        ("Mehmet", "Ayşe", "Emre", "Elif", "Burak", "Zeynep", "Murat", "Gül", "Can", "Serkan", "Özlem"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç"),
        ("Memo", "Emo", "Buri"),
    ),  # fmt: skip
    "bosnian": (
        2.0,
        ("Amir", "Emina", "Edin", "Lejla", "Haris", "Amra", "Mirza", "Selma", "Adnan", "Dženana"),
        ("Hodžić", "Begić", "Mehmedović", "Husić", "Delić", "Kovačević", "Alić", "Hadžić", "Salihović"),
        ("Miki", "Edo", "Hare"),
    ),  # fmt: skip
    "serbian_croatian": (
        1.5,
        ("Dragan", "Milica", "Nenad", "Jelena", "Zoran", "Ivana", "Goran", "Snežana", "Marko", "Ana"),
        ("Petrović", "Jovanović", "Nikolić", "Marković", "Stojanović", "Babić", "Horvat", "Knežević"),
        ("Gogi", "Zoki", "Cica"),
    ),  # fmt: skip
    "kosovar_albanian": (
        1.5,
        ("Arben", "Blerta", "Driton", "Vjosa", "Ilir", "Arta", "Besnik", "Fatlinda", "Granit", "Liridona"),
        ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Morina", "Shala", "Bytyqi", "Rexhepi"),
        ("Beni", "Dritti", "Gani"),
    ),  # fmt: skip
    "polish": (
        2.0,
        (
            "Katarzyna",
            "Piotr",
            "Agnieszka",
            "Tomasz",
            "Małgorzata",
            "Paweł",
            "Magdalena",
            "Krzysztof",
            "Joanna",
            "Michał",
        ),
        (
            "Kowalski",
            "Nowak",
            "Wiśniewska",
            "Wójcik",
            "Kamińska",
            "Lewandowski",
            "Zieliński",
            "Szymańska",
            "Dąbrowski",
        ),
        ("Kasia", "Piotrek", "Gosia", "Tomek"),
    ),  # fmt: skip
    "baltic_russian_ukrainian": (
        1.5,
        ("Olena", "Dmytro", "Natalia", "Sergei", "Oksana", "Andrii", "Tatjana", "Aleksandr", "Julija"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Ivanova", "Smirnov", "Petrenko", "Melnyk", "Kuznetsova"),
        ("Sasha", "Dima", "Tanja"),
    ),  # fmt: skip
    "romanian": (
        1.0,
        ("Ionuț", "Maria Elena", "Florin", "Andreea", "Gheorghe", "Ioana", "Marius"),
        ("Popescu", "Ionescu", "Stan", "Dumitru", "Constantin", "Lungu", "Munteanu"),
        ("Fane", "Nelu", "Gica"),
    ),  # fmt: skip
    "greek": (
        0.8,
        ("Nikos", "Eleni", "Giorgos", "Katerina", "Dimitris", "Sofia", "Kostas"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinou", "Dimitriou", "Christodoulou"),
        ("Takis", "Kostis", "Lenio"),
    ),  # fmt: skip
    "chilean_latin": (
        1.5,
        (
            "Camila",
            "Rodrigo",
            "Javiera",
            "Matías",
            "Valentina",
            "Diego",
            "Carolina",
            "Sebastián",
            "Ana María",
            "Juan Pablo",
        ),
        (
            "González",
            "Muñoz",
            "Rojas",
            "Díaz",
            "Pérez",
            "Soto",
            "Contreras",
            "Silva",
            "Fuentes",
            "de la Fuente",
        ),
        ("Cami", "Rodri", "Seba", "Pancho"),
    ),  # fmt: skip
    "thai_vietnamese": (
        1.5,
        ("Somchai", "Nok", "Pranee", "Thanh", "Linh", "Duc", "Huong", "Anh", "Siriporn", "Minh"),
        ("Nguyen", "Tran", "Pham", "Le Van", "Srisuk", "Chaiyaporn", "Wongsawat", "Hoang", "Vu"),
        ("Noi", "Tuan", "Bee"),
    ),  # fmt: skip
    "chinese": (
        0.8,
        ("Wei", "Xiaoling", "Jun", "Mei", "Hao", "Yan", "Lei", "Qing"),
        ("Zhang", "Wang", "Liu", "Chen", "Huang", "Zhao", "Zhou", "Xu"),
        ("Xiao Wei", "Junjun", "Meimei"),
    ),  # fmt: skip
    "english_irish": (
        1.5,
        ("James", "Siobhan", "Patrick", "Claire", "Liam", "Niamh", "Oliver", "Sophie", "Conor", "Emily"),
        (
            "O'Brien",
            "O'Sullivan",
            "Murphy",
            "O'Neill",
            "Walsh",
            "Thompson",
            "McCarthy",
            "O'Connor",
            "Evans",
            "Taylor",
        ),
        ("Paddy", "Jimbo", "Olly"),
    ),  # fmt: skip
    "german_dutch": (
        1.2,
        ("Jürgen", "Anke", "Lukas", "Heike", "Sven-Ole", "Maarten", "Femke", "Jan Willem", "Katrin"),
        (
            "Müller",
            "Schneider",
            "Hoffmann",
            "van Dijk",
            "de Vries",
            "Bakker",
            "Vogel",
            "Schröder",
            "van Leeuwen",
            "Krüger",
        ),
        ("Jogi", "Mart", "Lukki"),
    ),  # fmt: skip
    "italian_french": (
        0.8,
        ("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Antoine", "Camille", "Mathieu"),
        ("D'Angelo", "Rossi", "Esposito", "Bianchi", "D'Amico", "Lefebvre", "Moreau", "Dubois"),
        ("Gigi", "Toto", "Mattie"),
    ),  # fmt: skip
    "west_african": (
        1.0,
        ("Aminata", "Mamadou", "Fatou", "Ousmane", "Chinedu", "Adaeze", "Kwame", "Abena", "Ibrahima"),
        ("Diallo", "N'Diaye", "Traoré", "Okafor", "Mensah", "Camara", "Sow", "Adeyemi", "Bamba"),
        ("Mams", "Chichi", "Kojo"),
    ),  # fmt: skip
    "ethiopian": (
        1.0,
        ("Abebe", "Tigist", "Dawit", "Meron", "Yohannes", "Hirut", "Bereket", "Selamawit"),
        ("Tadesse", "Bekele", "Alemu", "Getachew", "Mengistu", "Assefa", "Wolde", "Girma"),
        ("Dave", "Tigi", "Beki"),
    ),  # fmt: skip
    "lebanese_palestinian": (
        1.5,
        ("Rami", "Lina", "Jihad", "Rana", "Fadi", "Maya", "Wissam", "Dima", "Bilal", "Hiba"),
        (
            "Khoury",
            "Haddad",
            "el-Sayed",
            "Abu Khalil",
            "Saleh",
            "Hamdan",
            "Awad",
            "Nasrallah",
            "Abu Ghazaleh",
            "bin Hamdan",
        ),
        ("Ramz", "Fedo", "Bilo"),
    ),  # fmt: skip
    "indian_pakistani": (
        1.2,
        ("Priya", "Rahul", "Ananya", "Arjun", "Sana", "Imran", "Ayesha", "Vikram", "Deepa", "Faisal"),
        ("Sharma", "Patel", "Singh", "Khan", "Iyer", "Chaudhry", "Reddy", "Qureshi", "Malik"),
        ("Rocky", "Pinky", "Vicky"),
    ),  # fmt: skip
}

# A father's name between given name and surname, where that is how the name is written.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Hassan", "Ali", "Abdi", "Mohamed", "Ismail", "Nur", "Said", "Hussein"),
    "eritrean": ("Tesfay", "Ghirmay", "Habte", "Mesfin", "Yemane", "Negash"),
    "ethiopian": ("Kebede", "Haile", "Desta", "Lemma"),
    "iraqi": ("Abdulkarim", "Jassim", "Khalaf", "Hameed", "Sabah"),
    "afghan": ("Gul", "Noor", "Nazar", "Sakhi"),
}

# Given names that are also words (Swedish or English), with their origin.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Stig", "swedish"), ("Dag", "swedish"),
    ("Saga", "swedish"), ("Liv", "swedish"), ("Bo", "swedish"), ("Vilja", "swedish"),
    ("Klara", "swedish"), ("Tuva", "swedish"), ("Lo", "swedish"), ("Vide", "swedish"),
    ("Helge", "swedish"), ("Maj", "swedish"), ("Iris", "swedish"), ("Viola", "swedish"),
    ("Lilja", "swedish"), ("Ask", "swedish"), ("Tor", "swedish"), ("Ros", "swedish"),
    ("Grace", "english_irish"), ("Hope", "english_irish"), ("Will", "english_irish"),
    ("Mark", "english_irish"), ("Rose", "english_irish"), ("Sol", "chilean_latin"),
    ("Amor", "chilean_latin"), ("Dag", "norwegian_danish"),
)  # fmt: skip
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Lund", "swedish"), ("Berg", "swedish"), ("Strand", "swedish"), ("Björk", "swedish"),
    ("Ek", "swedish"), ("Lind", "swedish"), ("Holm", "swedish"), ("Fors", "swedish"),
    ("Ström", "swedish"), ("Falk", "swedish"), ("Stål", "swedish"), ("Rask", "swedish"),
    ("Stark", "swedish"), ("Vik", "swedish"), ("Hjort", "swedish"), ("Bäck", "swedish"),
    ("Kvist", "swedish"), ("Svan", "swedish"), ("Örn", "swedish"), ("Frost", "swedish"),
    ("Storm", "swedish"), ("Sand", "swedish"), ("Mård", "swedish"), ("Hägg", "swedish"),
    ("Young", "english_irish"), ("King", "english_irish"), ("Hill", "english_irish"),
    ("Wood", "english_irish"), ("Wolf", "german_dutch"), ("Vogel", "german_dutch"),
)  # fmt: skip
# How often a name drawn for an origin is one of its word names (given, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.03, 0.06),
    "english_irish": (0.05, 0.08),
    "german_dutch": (0.0, 0.05),
    "chilean_latin": (0.03, 0.0),
    "norwegian_danish": (0.03, 0.0),
}
