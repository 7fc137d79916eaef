"""Names of the sixty-second blind corpus (tests/blind62_corpus.py): grannsamverkan in Borås, Skellefteå and
Haninge. Typed from the helper's own knowledge of who lives in Swedish towns today, without any name list or
package: Swedish about 45 % of names, then the larger groups of the last decades (Arabic-speaking, Somali,
Afghan, Eritrean, Persian, Kurdish, Bosnian, Polish, Finnish, Russian and Ukrainian) and a long tail; Sami
names for the north. Double given names, particles, apostrophes, fathers' names where they are used, and
nicknames; word names (given names and surnames that are also Swedish or English words).
"""

from __future__ import annotations

from typing import Any

# origin -> (weight, given names, surnames, nicknames)
ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        41.0,
        (
            "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Emma", "Johanna", "Elin", "Malin",
            "Ulla", "Birgitta", "Margareta", "Ingrid", "Gunilla", "Annika", "Helena", "Susanne", "Camilla",
            "Linnéa", "Ebba", "Ella", "Maja", "Wilma", "Ann-Sofie", "Eva-Lena", "Anna-Karin", "Gun-Britt",
            "Ann-Christin", "Lars", "Anders", "Johan", "Per", "Karl", "Erik", "Mikael", "Magnus", "Peter",
            "Jonas", "Mattias", "Fredrik", "Henrik", "Göran", "Kjell", "Leif", "Bengt", "Håkan", "Tommy",
            "Stefan", "Oskar", "Viktor", "Gustav", "Hampus", "Elias", "Ludvig", "Karl-Johan", "Lars-Erik",
            "Per-Olof", "Jan-Erik", "Nils-Erik", "Sven-Olov", "Stig-Arne", "Anna Maria", "Lars Göran",
            "Eva Marie", "Agneta", "Siv", "Roger", "Ulf", "Torbjörn", "Åsa", "Pernilla", "Therese",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist", "Lindström",
            "Bergström", "Sandberg", "Forsberg", "Sjöberg", "Wallin", "Engström", "Lundgren", "Hedlund",
            "Nordström", "Öberg", "Marklund", "Lundmark", "Burman", "Granström", "Nyberg", "Holmgren",
            "Sundqvist", "Hedman", "Backman", "Boström", "Lidström", "Wikström", "Åström", "Kjellberg",
            "Ekdahl", "von Platen", "af Ugglas", "De Geer", "Lind-Olsson", "Söderberg", "Bäckström",
            "Stenmark", "Eklund", "Fransson", "Hermansson", "Axelsson", "Brännström", "Renström", "Wiklund",
            "Öhman", "Nordlund", "Rönnqvist", "Dahlgren", "Ågren", "Carlsson-Ek",
        ),
        (
            "Micke", "Jocke", "Pelle", "Nisse", "Lasse", "Kalle", "Bosse", "Kenta", "Lotta", "Lollo",
            "Sussi", "Gittan", "Ninni", "Totte", "Janne", "Steffe", "Roffe", "Perra", "Danne", "Mange",
        ),
    ),
    "finnish": (
        4.0,
        (
            "Mikko", "Jukka", "Pekka", "Timo", "Kari", "Sari", "Päivi", "Tuula", "Riitta", "Aino", "Eino",
            "Matti", "Juha", "Tarja", "Seija", "Pirjo", "Raimo",
        ),
        (
            "Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Heikkinen", "Hämäläinen", "Laine", "Koskinen",
            "Järvinen", "Lehtonen", "Salminen", "Rantanen", "Lahtinen", "Niemi", "Karjalainen",
        ),
        ("Jussi", "Pete", "Mikki", "Tepa", "Late", "Pirkko-mummo"),
    ),
    "arabic": (
        7.0,
        (
            "Mohammed", "Ahmad", "Omar", "Khaled", "Yousef", "Ali", "Hassan", "Mahmoud", "Rami", "Fadi",
            "Tareq", "Bilal", "Fatima", "Aisha", "Rana", "Noor", "Lina", "Hiba", "Reem", "Amira", "Yasmin",
            "Dalia", "Zainab", "Abdul-Rahman", "Nour Alhuda", "Mohammed Ali",
        ),
        (
            "al-Khatib", "al-Sayed", "Haddad", "Hamdan", "Khalil", "Mansour", "Nasser", "Darwish", "Saleh",
            "Abboud", "Jaber", "Suleiman", "el-Masri", "Younes", "Ibrahim", "Hussein", "al-Obaidi", "Kassem",
        ),
        ("Mo", "Abbe", "Hamoudi", "Dodo", "Nono", "Abu Ali"),
    ),
    "somali": (
        3.0,
        (
            "Abdi", "Abdirahman", "Mohamed", "Hodan", "Fartun", "Hawa", "Sahra", "Ayan", "Ilhan", "Faisal",
            "Hamza", "Khadra", "Sagal", "Nasra", "Abdikarim",
        ),
        ("Farah", "Warsame", "Jama", "Osman", "Abdullahi", "Hersi", "Aden", "Egal", "Dirie", "Guled", "Nur"),
        ("Xaaji", "Cabdi", "Dheere", "Yare", "Gaab"),
    ),
    "persian": (
        2.5,
        (
            "Reza", "Mohammad-Reza", "Mehdi", "Amir", "Babak", "Farhad", "Dariush", "Shirin", "Parisa",
            "Leila", "Mina", "Nasrin", "Ladan", "Golnaz", "Kaveh",
        ),
        (
            "Karimi", "Hosseini", "Rahimi", "Moradi", "Ahmadi", "Jafari", "Rostami", "Sadeghi", "Tehrani",
            "Mohammadi", "Ghorbani",
        ),
        ("Momo", "Shiri", "Amo", "Baba Reza"),
    ),
    "kurdish": (
        2.0,
        (
            "Dilan", "Rojda", "Zana", "Berivan", "Hevin", "Shvan", "Baran", "Kawa", "Delal", "Azad",
            "Serwan", "Nazdar",
        ),
        ("Rasul", "Hawrami", "Sindi", "Zebari", "Baban", "Amedi", "Dosky", "Shwani"),
        ("Kaki", "Azo", "Dilo", "Shvo"),
    ),
    "turkish": (
        1.5,
        ("Emre", "Burak", "Mehmet", "Elif", "Zeynep", "Ayşe", "Serkan", "Deniz", "Cem", "Gökhan"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan"),
        ("Memo", "Ezo", "Bura"),
    ),
    "bosnian": (
        2.0,
        (
            "Adnan", "Edin", "Emir", "Mirza", "Selma", "Amra", "Lejla", "Emina", "Nermin", "Jasmin",
            "Almir", "Dženana",
        ),
        (
            "Hodžić", "Mehmedović", "Begić", "Hadžić", "Kovačević", "Delić", "Halilović", "Suljić",
            "Omerović", "Karić",
        ),
        ("Edo", "Miki", "Dado", "Lela"),
    ),
    "serbian_croatian": (
        1.5,
        ("Dragan", "Goran", "Zoran", "Milan", "Marko", "Ivana", "Jelena", "Snežana", "Dragana", "Nikola"),
        ("Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Babić", "Horvat"),
        ("Gago", "Žika", "Ceca", "Boki"),
    ),
    "polish": (
        2.0,
        (
            "Piotr", "Tomasz", "Krzysztof", "Marek", "Paweł", "Agnieszka", "Katarzyna", "Magdalena",
            "Joanna", "Małgorzata", "Łukasz", "Wojciech",
        ),
        (
            "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowska", "Zielińska",
            "Szymański", "Dąbrowski", "Kozłowski",
        ),
        ("Kasia", "Gosia", "Tomek", "Wojtek", "Piotrek"),
    ),
    "eritrean": (
        2.0,
        ("Yonas", "Tesfay", "Merhawi", "Filmon", "Senait", "Selam", "Luwam", "Aman", "Saba", "Mebrahtu"),
        ("Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Tekle", "Woldu", "Mehari"),
        ("Yoni", "Mero", "Filo", "Sami-boy"),
    ),
    "ethiopian": (
        1.0,
        ("Abebe", "Tigist", "Meseret", "Bethlehem", "Henok", "Selamawit", "Yared", "Mulugeta", "Kidist"),
        ("Bekele", "Tadesse", "Alemu", "Girma", "Mengistu", "Wolde", "Desta", "Assefa"),
        ("Abi", "Beti", "Kiki"),
    ),
    "afghan": (
        2.5,
        (
            "Farid", "Habib", "Zabihullah", "Rahmatullah", "Sohrab", "Zahra", "Mariam", "Freshta", "Hamid",
            "Najib", "Wahid", "Shabnam", "Parwana",
        ),
        ("Popal", "Nazari", "Hakimi", "Sultani", "Wardak", "Amiri", "Noori", "Safi", "Stanikzai", "Haidari"),
        ("Zabi", "Rahmat", "Habo"),
    ),
    "english": (
        1.5,
        ("James", "Oliver", "Emily", "Charlotte", "Jessica", "Ryan", "Liam", "Chloe", "Sophie", "Harry"),
        ("Smith", "Taylor", "Johnson", "Williams", "Davies", "Evans", "Thompson", "Walker", "Harris"),
        ("Jamie", "Ollie", "Charlie", "Jess"),
    ),
    "irish": (
        1.0,
        ("Siobhan", "Niamh", "Ciaran", "Sean", "Aoife", "Declan", "Padraig"),
        ("O'Brien", "O'Connor", "O'Sullivan", "Murphy", "Kelly", "Byrne", "Walsh", "O'Neill"),
        ("Paddy", "Shay", "Dec"),
    ),
    "german": (
        1.2,
        ("Klaus", "Jürgen", "Dieter", "Uwe", "Sabine", "Ursula", "Heike", "Matthias", "Tobias", "Katrin"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "von Essen"),
        ("Jogi", "Uli", "Bine", "Steffi"),
    ),
    "dutch": (
        0.6,
        ("Jeroen", "Bas", "Sanne", "Femke", "Maarten", "Joost", "Anouk", "Pieter"),
        ("van Dijk", "de Vries", "van den Broek", "Bakker", "Visser", "de Jong", "van Leeuwen"),
        ("Joop", "Pim", "Sjors"),
    ),
    "french": (
        0.6,
        ("Jean-Pierre", "Marie-Claire", "Antoine", "Julien", "Camille", "Élodie", "Nicolas"),
        ("Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "d'Aubigny"),
        ("Jojo", "Nico", "Titi"),
    ),
    "italian": (
        0.7,
        ("Giuseppe", "Luca", "Alessandro", "Giulia", "Francesca", "Chiara", "Matteo"),
        ("Rossi", "Russo", "Esposito", "Bianchi", "Romano", "Colombo", "D'Amico", "D'Angelo"),
        ("Beppe", "Gigi", "Ale"),
    ),
    "latin_american": (
        1.5,
        (
            "Carlos", "José", "Juan Pablo", "María José", "Camila", "Valentina", "Diego", "Andrés",
            "Sebastián", "Catalina", "Rodrigo",
        ),
        ("González", "Rodríguez", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "de la Cruz"),
        ("Pepe", "Cata", "Seba", "Nacho", "Rodri"),
    ),
    "greek": (
        0.7,
        ("Nikos", "Giorgos", "Dimitris", "Eleni", "Katerina", "Kostas", "Ioanna"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Christodoulou", "Papadakis"),
        ("Takis", "Soula", "Mitsos"),
    ),
    "russian_ukrainian": (
        2.0,
        (
            "Olga", "Natalia", "Svetlana", "Irina", "Tatiana", "Dmitrij", "Sergej", "Aleksandr", "Andrij",
            "Oksana", "Vladimir", "Jurij",
        ),
        (
            "Ivanova", "Petrov", "Smirnov", "Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Volkova",
            "Kuznetsov", "Tkachenko",
        ),
        ("Sasha", "Dima", "Natasja", "Sveta", "Tanja"),
    ),
    "romanian": (
        0.8,
        ("Ion", "Vasile", "Gheorghe", "Elena", "Ioana", "Mihai", "Florin", "Andreea", "Cristina"),
        ("Popescu", "Ionescu", "Dumitru", "Munteanu", "Stoica", "Lungu"),
        ("Nelu", "Fane", "Lili"),
    ),
    "albanian": (
        1.2,
        ("Arben", "Besnik", "Driton", "Fatmir", "Agim", "Blerta", "Drita", "Mimoza", "Valon", "Liridona"),
        ("Berisha", "Krasniqi", "Gashi", "Hoxha", "Morina", "Shala", "Kelmendi", "Rexhepi", "Bytyqi"),
        ("Beni", "Toni", "Valo"),
    ),
    "thai": (
        0.7,
        ("Somchai", "Siriporn", "Nattaya", "Kanya", "Malee", "Pornthip", "Wanida", "Chaiwat", "Anong"),
        ("Srisuk", "Chaiyaporn", "Wongsawat", "Boonmee", "Sukprasert", "Kaewkanya", "Saelim"),
        ("Noi", "Nok", "Ploy", "Fon"),
    ),
    "vietnamese": (
        0.6,
        ("Minh", "Thanh", "Hoa", "Tuan", "Huong", "Quang", "Linh", "Duc"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui"),
        ("Bé Ba", "Tí", "Mimi"),
    ),
    "chinese": (
        0.6,
        ("Wei", "Jing", "Xiaoming", "Yan", "Hui", "Jun", "Mei", "Lei"),
        ("Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu"),
        ("Xiaobai", "Lulu", "Ah Ming"),
    ),
    "indian": (
        1.0,
        ("Priya", "Ananya", "Rahul", "Arjun", "Vikram", "Deepa", "Sunita", "Rohan", "Sanjay", "Kavita"),
        ("Sharma", "Patel", "Singh", "Kumar", "Reddy", "Iyer", "Nair", "Gupta", "Desai"),
        ("Vicky", "Sunny", "Bunty", "Pinky"),
    ),
    "sami": (
        0.8,
        ("Ánde", "Máret", "Biret", "Áilu", "Risten", "Jovnna", "Ovllá", "Elle", "Sunná", "Piera"),
        ("Labba", "Kuhmunen", "Omma", "Pirak", "Sarri", "Össbo", "Utsi", "Länta", "Valkeapää", "Nutti"),
        ("Ánte", "Bire", "Ristu"),
    ),
    "nordic": (
        1.0,
        ("Søren", "Mette", "Jens", "Sigrid", "Torstein", "Ingvild", "Eirik", "Kjersti", "Ørjan"),
        ("Hansen", "Jensen", "Nielsen", "Pedersen", "Johansen", "Haugen", "Bakke", "Sørensen"),
        ("Søssi", "Jensemann", "Toffe"),
    ),
}  # fmt: skip

# Fathers' names written between the given name and the surname where that is usual.
FATHERS: dict[str, tuple[str, ...]] = {
    "arabic": ("Mohammed", "Ahmad", "Jamal", "Mustafa", "Khalil", "Ibrahim", "Saleh", "Adnan"),
    "somali": ("Hussein", "Ahmed", "Mohamud", "Abdullahi", "Ismail", "Yusuf"),
    "eritrean": ("Gebre", "Yemane", "Tesfay", "Haile"),
    "ethiopian": ("Tadesse", "Alemu", "Girma", "Bekele"),
    "afghan": ("Gul", "Noor", "Ahmad Shah"),
}

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "de", "den", "af", "la"})

# Given names and surnames that are also Swedish or English words: (name, origin).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Björn", "swedish"), ("Sten", "swedish"), ("Stig", "swedish"), ("Dag", "swedish"), ("Bo", "swedish"),
    ("Klara", "swedish"), ("Liv", "swedish"), ("Saga", "swedish"), ("Vilja", "swedish"), ("Hans", "swedish"),
    ("Iris", "swedish"), ("Axel", "swedish"), ("Frank", "english"), ("Hope", "english"),
    ("Grace", "english"), ("Will", "english"), ("Rose", "english"), ("Mark", "english"),
)  # fmt: skip
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Björk", "swedish"), ("Ek", "swedish"), ("Berg", "swedish"), ("Holm", "swedish"), ("Falk", "swedish"),
    ("Fors", "swedish"), ("Strand", "swedish"), ("Vik", "swedish"), ("Ström", "swedish"),
    ("Hjort", "swedish"), ("Örn", "swedish"), ("Varg", "swedish"), ("Svan", "swedish"), ("Kvist", "swedish"),
    ("Ljung", "swedish"), ("Rask", "swedish"), ("Frisk", "swedish"), ("Stark", "swedish"),
    ("Modig", "swedish"), ("Frost", "swedish"),
    ("Green", "english"), ("Young", "english"), ("Bird", "english"), ("Wolf", "german"),
)  # fmt: skip
# How often a name of an origin is a word name when drawn in any slot: (given, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.05, 0.08),
    "english": (0.15, 0.15),
    "german": (0.0, 0.1),
}

__all__: list[Any] = ["FATHERS", "NAME_PARTICLES", "ORIGINS", "WORD_FIRST", "WORD_SHARE", "WORD_SURNAMES"]
