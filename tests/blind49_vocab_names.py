"""Names of the forty-ninth blind corpus (tests/blind49_corpus.py): who lives in the flats, who works in
hemtjänst and POSOM, who calls in, as the writer knows them from Swedish towns (Norrtälje, Karlstad, Kalmar,
Trelleborg, Piteå). Typed from memory: no name package or list was read.

ORIGINS: origin -> (weight, given names, surnames, nicknames). FATHERS: the middle names (fathers' names,
patronymics, Vietnamese middle names) written between given name and surname where usual. WORD_FIRST and
WORD_SURNAMES: names that are also Swedish or English words, with their origin.
"""

from __future__ import annotations

NAME_PARTICLES = frozenset({"al", "el", "von", "af", "de", "van", "bin", "abu", "dela"})

ORIGINS = {
    "swedish": (
        44.0,
        (
            "Gunvor", "Elof", "Sigvard", "Astrid", "Alvar", "Britt-Marie", "Inger", "Rolf", "Anders",
            "Birgitta", "Gunnel", "Karl-Erik", "Ann-Christin", "Margareta", "Lennart", "Sture", "Elsa",
            "Ingrid", "Gösta", "Maj-Britt", "Kerstin", "Per-Olof", "Ulla", "Åke", "Lars", "Eva", "Johan",
            "Emma", "Oskar", "Ebba", "Agnes", "Hugo", "Wilma", "Nils", "Torbjörn", "Solveig", "Göran",
            "Berit", "Rune", "Lars-Göran", "Anna Maria", "Karin", "Henrik", "Malin", "Tove", "Sixten",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindqvist", "Bergström", "Sandberg", "Öberg",
            "Nordström", "Wikström", "Lundgren", "Hedlund", "Forsberg", "Sjöberg", "Engström", "Marklund",
            "Lindbäck", "Nyström", "Wallin", "Åström", "Holmgren", "Jansson", "Hägglund", "Granlund",
            "von Platen", "af Klercker", "Lindqvist-Öberg", "Burman", "Rönnbäck", "Sundkvist",
        ),
        (
            "Kicki", "Pelle", "Lasse", "Nisse", "Bosse", "Gittan", "Micke", "Sussi", "Jocke", "Ankan",
            "Totte", "Tompa", "Lillis", "Kalle-Ruben",
        ),
    ),
    "finnish": (
        5.0,
        ("Pirjo", "Seppo", "Kalevi", "Raija", "Marjatta", "Jukka", "Tuula", "Eero", "Aino", "Veikko"),
        ("Virtanen", "Mäkinen", "Heikkinen", "Koskinen", "Hämäläinen", "Nieminen", "Rautio", "Keskitalo"),
        ("Pike", "Seppe", "Jukke", "Rane", "Pirkko-mor"),
    ),
    "norwegian": (
        1.5,
        ("Ingvild", "Torstein", "Sigrid", "Håkon", "Eirik", "Kjersti"),
        ("Haugen", "Bakken", "Kristiansen", "Hansen", "Fjeldstad"),
        ("Totto", "Kjersa", "Eikka"),
    ),
    "danish": (
        1.5,
        ("Mette", "Søren", "Jesper", "Lærke", "Bjarne"),
        ("Jørgensen", "Mikkelsen", "Rasmussen", "Østergaard", "Kjærgaard"),
        ("Sørre", "Jeppe", "Mettemor"),
    ),
    "german": (
        2.0,
        ("Jürgen", "Uwe", "Heike", "Sabine", "Klaus", "Dieter", "Annegret"),
        ("Schneider", "Müller", "Hoffmann", "Becker", "von Bülow", "Schäfer"),
        ("Klausi", "Didi", "Hexe"),
    ),
    "polish": (
        3.0,
        ("Katarzyna", "Tomasz", "Agnieszka", "Piotr", "Małgorzata", "Krzysztof", "Wojciech"),
        ("Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Zieliński", "Kamińska", "Lewandowski"),
        ("Kasia", "Tomek", "Gosia", "Krzysiek", "Wojtek"),
    ),
    "bosnian": (
        2.5,
        ("Amela", "Emir", "Senada", "Mirza", "Edin", "Amra", "Sead"),
        ("Hodžić", "Begović", "Mehmedović", "Hadžić", "Softić", "Delić"),
        ("Edo", "Mirzo", "Sejo"),
    ),
    "serbian": (
        1.5,
        ("Dragan", "Milica", "Nenad", "Jelena", "Zoran", "Snežana"),
        ("Jovanović", "Petrović", "Nikolić", "Stojanović", "Đorđević"),
        ("Gaga", "Zoki", "Neša"),
    ),
    "croatian": (
        1.0,
        ("Ivana", "Marko", "Ante", "Dubravka", "Tomislav"),
        ("Horvat", "Kovačević", "Babić", "Marić", "Jurić"),
        ("Tomo", "Duda", "Antiša"),
    ),
    "kurdish": (
        2.5,
        ("Rojda", "Dilan", "Azad", "Berivan", "Shvan", "Newroz", "Hêvî", "Rebwar"),
        ("Hawrami", "Botani", "Zebari", "Amedi", "Barwari", "Doski"),
        ("Azo", "Rojo", "Shvo"),
    ),
    "arabic": (
        4.0,
        ("Fatima", "Mohammed", "Zainab", "Hussein", "Noor", "Ahmed", "Rana", "Haider", "Sajjad", "Huda"),
        ("al-Hassan", "al-Jaburi", "Kadhim", "Abdullah", "al-Saadi", "Jasim", "al-Obaidi", "Mahdi"),
        ("Hamoudi", "Zouzou", "Abu Haider", "Umm Sajjad"),
    ),
    "syrian": (
        4.0,
        ("Rami", "Lama", "Yara", "Omar", "Khaled", "Hiba", "Ghassan", "Rasha", "Nour"),
        ("Haddad", "Khoury", "Darwish", "Sabbagh", "Najjar", "al-Hamwi", "Kassab", "Hallak"),
        ("Abu Omar", "Lulu", "Rimo", "Khalloud"),
    ),
    "persian": (
        2.5,
        ("Shirin", "Reza", "Maryam", "Farhad", "Parisa", "Dariush", "Negin", "Kourosh"),
        ("Hosseini", "Karimi", "Rahimi", "Tehrani", "Moradi", "Jafari", "Ghorbani"),
        ("Dari", "Shiri", "Kouri"),
    ),
    "somali": (
        3.0,
        ("Hodan", "Abdirahman", "Faadumo", "Ayaan", "Sahra", "Mahad", "Deeqa", "Abdiweli", "Ifrah"),
        ("Warsame", "Farah", "Jama", "Abdi", "Hirsi", "Guled", "Egal"),
        ("Dheere", "Yare", "Gaab", "Qorax"),
    ),
    "eritrean": (
        2.0,
        ("Semhar", "Yonas", "Merhawi", "Selam", "Filmon", "Luwam", "Senait"),
        ("Tesfay", "Gebremedhin", "Haile", "Kidane", "Tekle", "Weldu"),
        ("Semi", "Yoni", "Fili"),
    ),
    "turkish": (
        2.0,
        ("Emre", "Elif", "Murat", "Ayşe", "Burak", "Zeynep", "Serkan"),
        ("Yılmaz", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Kılıç"),
        ("Memo", "Ayşo", "Sero"),
    ),
    "afghan": (
        2.5,
        ("Farid", "Zahra", "Naweed", "Mursal", "Sohrab", "Khadija", "Wahid", "Nazanin"),
        ("Ahmadzai", "Noori", "Rahmani", "Sultani", "Hakimi", "Qaderi", "Popal"),
        ("Nawi", "Farido", "Sohi"),
    ),
    "spanish": (
        1.5,
        ("José Luis", "Camila", "Diego", "Pablo", "Valentina", "María José", "Rodrigo"),
        ("González", "Muñoz", "Rojas", "Díaz", "Soto", "Contreras", "Rojas Muñoz"),
        ("Pepe", "Cami", "Nacho", "Rodri"),
    ),
    "english": (
        1.5,
        ("Oliver", "Emily", "James", "Chloe", "Sean", "Siobhan", "Callum"),
        ("O'Brien", "O'Neill", "Smith", "Taylor", "Walsh", "McCarthy", "O'Sullivan"),
        ("Ollie", "Jimbo", "Shiv"),
    ),
    "italian": (
        0.7,
        ("Giulia", "Marco", "Francesca", "Luca", "Alessandro"),
        ("D'Angelo", "Russo", "Esposito", "Dell'Orto", "Ferrari"),
        ("Gigi", "Franci", "Ale"),
    ),
    "thai": (
        1.2,
        ("Somchai", "Malee", "Siriporn", "Nattaya", "Anong", "Kanya"),
        ("Srisuk", "Chaiyaporn", "Wongsawat", "Boonmee", "Saelim"),
        ("Noi", "Lek", "Nok", "Ploy"),
    ),
    "vietnamese": (
        0.8,
        ("Lan", "Minh", "Hoa", "Tuan", "Thanh", "Huong"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang"),
        ("Bé", "Tí", "Út"),
    ),
    "chinese": (
        0.8,
        ("Xiaoming", "Mei", "Jing", "Hao", "Yan", "Wenjun"),
        ("Wang", "Zhang", "Liu", "Chen", "Zhao"),
        ("Xiaomei", "Haohao", "Jingjing"),
    ),
    "russian": (
        1.2,
        ("Olga", "Dmitrij", "Natalja", "Sergej", "Irina", "Aleksej", "Tatjana"),
        ("Ivanova", "Smirnov", "Kuznetsova", "Popov", "Volkova", "Morozov"),
        ("Olja", "Dima", "Natasja", "Serjozja", "Ljosja"),
    ),
    "ukrainian": (
        1.5,
        ("Oksana", "Taras", "Mykola", "Yulia", "Bohdan", "Iryna", "Halyna"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk"),
        ("Oksi", "Mykolka", "Bodja", "Halja"),
    ),
    "romanian": (
        1.2,
        ("Ionuț", "Mihaela", "Andrei", "Florin", "Gabriela", "Doina"),
        ("Popescu", "Ionescu", "Dumitru", "Constantinescu", "Munteanu"),
        ("Nelu", "Gabi", "Flo"),
    ),
    "estonian": (
        0.6,
        ("Kadri", "Toomas", "Tiina", "Priit", "Maarja"),
        ("Tamm", "Kask", "Mägi", "Rebane", "Saarsalu"),
        ("Tomps", "Kaddi"),
    ),
    "hungarian": (
        0.6,
        ("Zsófia", "Gábor", "László", "Erzsébet", "Csaba"),
        ("Nagy", "Kovács", "Szabó", "Tóth", "Horváth"),
        ("Laci", "Zsófi", "Erzsi"),
    ),
    "greek": (
        0.6,
        ("Dimitris", "Eleni", "Giorgos", "Vasiliki", "Kostas"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis"),
        ("Mitsos", "Lenio", "Kostakis"),
    ),
    "lithuanian": (
        0.8,
        ("Rūta", "Tomas", "Jurgita", "Mindaugas", "Aušra"),
        ("Kazlauskas", "Petrauskienė", "Jankauskas", "Butkus", "Žukauskaitė"),
        ("Mindė", "Rūtelė"),
    ),
    "sami": (
        0.8,
        ("Risten", "Ánte", "Biret", "Nils-Aslak", "Máret", "Jovnna"),
        ("Kuhmunen", "Labba", "Omma", "Partapuoli", "Nutti", "Tuorda"),
        ("Ristu", "Ánde", "Jovna-Piera"),
    ),
    "filipino": (
        0.8,
        ("Maricel", "Rowena", "Jerome", "Analyn", "Rodel"),
        ("Santos", "Reyes", "dela Cruz", "Bautista", "Villanueva"),
        ("Bong", "Weng", "Jojo"),
    ),
}  # fmt: skip

FATHERS = {
    "arabic": ("Kadhim", "Abbas", "Jawad", "Karim", "Salman"),
    "syrian": ("Mahmoud", "Yousef", "Ibrahim", "Adnan"),
    "somali": ("Mohamed", "Ismail", "Osman", "Nuur"),
    "eritrean": ("Tesfamariam", "Berhane", "Ghebre", "Mehari"),
    "afghan": ("Ahmad", "Gul", "Nazar"),
    "russian": ("Ivanovna", "Petrovitj", "Sergejevna", "Nikolajevitj"),
    "vietnamese": ("Thi", "Van", "Duc"),
}

# Names that are also words (Swedish or English), with their origin.
WORD_FIRST = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Siv", "swedish"), ("Iris", "swedish"), ("Dag", "swedish"),
    ("Vilja", "swedish"), ("Linnea", "swedish"), ("Viking", "swedish"), ("Stig", "swedish"),
    ("Saga", "swedish"), ("Lilja", "swedish"), ("Sol", "swedish"), ("Hope", "english"),
    ("Grace", "english"), ("Rose", "english"),
)  # fmt: skip
WORD_SURNAMES = (
    ("Berg", "swedish"), ("Lund", "swedish"), ("Holm", "swedish"), ("Ström", "swedish"), ("Björk", "swedish"),
    ("Ek", "swedish"), ("Strand", "swedish"), ("Falk", "swedish"), ("Lind", "swedish"), ("Hjort", "swedish"),
    ("Blom", "swedish"), ("Fors", "swedish"), ("Stål", "swedish"), ("Green", "english"),
    ("Wood", "english"), ("Young", "english"), ("Blind", "sami"),
)  # fmt: skip
# How often a given name or surname of an origin drawn for a plain slot is one of its word names.
WORD_SHARE = {"swedish": (0.03, 0.1), "english": (0.1, 0.2), "sami": (0.0, 0.15)}
