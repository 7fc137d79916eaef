"""People of the fourteenth blind corpus (tests/blind14_corpus.py), typed from the writer's own knowledge of
Sweden: origin -> (weight, first names, surnames), nicknames, word names and particles. No name package or
list was used."""

from __future__ import annotations

# origin: (weight in the realistic mix of a Swedish suburb or town, first names, surnames)
# fmt: off
ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (36.0, (
        "Anna", "Maria", "Karin", "Eva", "Lena", "Sara", "Emma", "Johanna", "Malin", "Jenny", "Linda",
        "Camilla", "Susanne", "Helena", "Åsa", "Ulrika", "Therese", "Jessica", "Frida", "Elin", "Ida",
        "Lisa", "Ebba", "Wilma", "Agneta", "Birgitta", "Margareta", "Kerstin", "Annika", "Sofia", "Moa",
        "Erik", "Lars", "Anders", "Johan", "Per", "Mikael", "Peter", "Magnus", "Jonas", "Fredrik",
        "Daniel", "Mattias", "Henrik", "Andreas", "Niklas", "Tobias", "Kristoffer", "Joakim", "Gustav",
        "Oskar", "Viktor", "Emil", "Lukas", "Göran", "Kjell", "Leif", "Ulf", "Håkan", "Thomas", "Jörgen",
        "Ann-Sofie", "Per-Olof", "Lars-Erik", "Eva-Lena", "Marie-Louise", "Jan-Åke",
    ), (
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
        "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
        "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Olofsson", "Lindqvist", "Lindgren", "Axelsson",
        "Bergström", "Lundberg", "Lundgren", "Mattsson", "Berglund", "Fredriksson", "Sandberg",
        "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund", "Danielsson", "Håkansson",
        "Lundin", "Björklund", "Gunnarsson", "Holmberg", "Samuelsson", "Fransson", "Wikström", "Isaksson",
        "Nyström", "Hedlund", "Sundberg", "Öberg", "Åberg", "Ekström", "Hellström", "Blomqvist", "Sjögren",
        "Östlund", "Norberg", "Almqvist", "Söderberg", "Wennerström", "Dahlgren", "Ståhl", "Åkesson",
        "Hägglund",
    )),
    "finnish": (3.5, (
        "Jukka", "Pekka", "Matti", "Kari", "Timo", "Sami", "Jari", "Heikki", "Tuula", "Päivi", "Sirpa",
        "Riitta", "Marjatta", "Anneli", "Tiina", "Outi", "Hannele", "Juha", "Antti", "Eija",
    ), (
        "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
        "Koskinen", "Järvinen", "Lehtonen", "Salonen", "Heinonen", "Rantanen", "Kallio", "Tuominen",
        "Niskanen", "Väisänen", "Hyvönen", "Kinnunen",
    )),
    "finland_swedish": (1.5, (
        "Mikaela", "Stina", "Jessica", "Kim", "Ralf", "Bror", "Gunilla", "Nina", "Rasmus", "Tove",
        "Fredrika", "Pontus",
    ), (
        "Holmström", "Sjöblom", "Grönroos", "Lindholm", "Wikman", "Backman", "Nyholm", "Westerlund",
        "Granqvist", "Söderlund", "Björkqvist", "Forsman", "Mattsson-Kull",
    )),
    "nordic": (2.0, (
        "Ole", "Kjetil", "Sigrid", "Ingrid", "Solveig", "Torbjørn", "Håvard", "Mette", "Søren", "Jens",
        "Rasmus", "Trine", "Mads", "Lærke", "Kristian", "Geir",
    ), (
        "Hansen", "Johansen", "Olsen", "Larsen", "Pedersen", "Nielsen", "Kristiansen", "Jensen", "Haugen",
        "Bakke", "Solberg", "Halvorsen", "Dahl", "Sørensen", "Møller", "Rasmussen", "Eide", "Bjørnstad",
    )),
    "arabic": (8.0, (
        "Mohammed", "Ahmed", "Ali", "Omar", "Hassan", "Hussein", "Khaled", "Mahmoud", "Yousef", "Ibrahim",
        "Karim", "Tarek", "Samir", "Walid", "Fatima", "Aisha", "Mariam", "Noor", "Huda", "Rania", "Layla",
        "Zainab", "Amal", "Yasmin", "Hiba", "Rasha", "Abdullah", "Mustafa", "Bilal", "Nour",
    ), (
        "Al-Hassan", "Hussein", "Abbas", "Saleh", "Mansour", "Haddad", "Khalil", "Nasser", "Hamdan",
        "Darwish", "Al-Tamimi", "Jaber", "Kassem", "Suleiman", "Othman", "Al-Rawi", "Aziz", "Hamid",
        "Ibrahim", "Yassin", "Khoury", "el-Sayed",
    )),
    "assyrian": (2.5, (
        "Gabriel", "Aday", "Ninos", "Sargon", "Shamiram", "Ninwe", "Hanna", "Jakob", "Sonya", "Afram",
        "Ilona", "Robel",
    ), (
        "Yacoub", "Gabriel", "Barsom", "Aho", "Isik", "Demir", "Malke", "Lahdo", "Issa", "Rohdo", "Tuma",
        "Danho",
    )),
    "somali": (5.0, (
        "Abdi", "Abdirahman", "Mohamed", "Hodan", "Fadumo", "Amina", "Hamza", "Faisal", "Ayan", "Hibo",
        "Sahra", "Khadra", "Liban", "Mahad", "Warsame", "Sagal", "Deqa", "Ilhan", "Yusuf", "Nimco",
    ), (
        "Abdullahi", "Hassan", "Warsame", "Farah", "Ali", "Osman", "Jama", "Egal", "Mohamud", "Hirsi",
        "Ahmed", "Aden", "Dahir", "Nur", "Ismail", "Guled", "Barre", "Elmi",
    )),
    "persian": (3.5, (
        "Reza", "Ali", "Mehdi", "Dariush", "Babak", "Kamran", "Shirin", "Leila", "Nasrin", "Maryam",
        "Parisa", "Soraya", "Arash", "Farhad", "Nazanin", "Hossein",
    ), (
        "Hosseini", "Rahimi", "Karimi", "Ahmadi", "Mohammadi", "Moradi", "Jafari", "Rezaei", "Tehrani",
        "Sadeghi", "Ghorbani", "Shirazi", "Nazari", "Amini",
    )),
    "afghan": (3.0, (
        "Ahmad", "Mohammad", "Nasir", "Farid", "Zabihullah", "Habib", "Mursal", "Zahra", "Farzana",
        "Sediqa", "Hamid", "Najib", "Jawad", "Masouma",
    ), (
        "Rahmani", "Sultani", "Hakimi", "Noori", "Ahmadzai", "Popal", "Wardak", "Hashimi", "Safi", "Azizi",
        "Stanikzai", "Jalali",
    )),
    "kurdish": (3.5, (
        "Rebaz", "Dilan", "Shvan", "Berivan", "Zana", "Rojin", "Kawa", "Hozan", "Sozan", "Azad",
        "Nishtiman", "Rezan", "Baran", "Delal",
    ), (
        "Barzani", "Kaya", "Aydin", "Rashid", "Ahmad", "Kurdi", "Hawrami", "Mahmoudi", "Tahir", "Zebari",
        "Baban", "Goran",
    )),
    "bks": (3.5, (
        "Amir", "Emir", "Edin", "Senad", "Mirza", "Jasmina", "Amra", "Selma", "Dragan", "Milan", "Zoran",
        "Goran", "Ivana", "Marija", "Nikola", "Dženana",
    ), (
        "Hodžić", "Hadžić", "Kovačević", "Begić", "Mehmedović", "Petrović", "Jovanović", "Nikolić",
        "Marković", "Babić", "Horvat", "Ćosić", "Delić", "Hasanović", "Mujić", "Hodzic",
    )),
    "polish": (3.0, (
        "Piotr", "Krzysztof", "Tomasz", "Paweł", "Marek", "Agnieszka", "Katarzyna", "Małgorzata", "Joanna",
        "Magdalena", "Łukasz", "Michał", "Ewa", "Dorota",
    ), (
        "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowska", "Zieliński",
        "Szymański", "Woźniak", "Dąbrowski", "Kozłowska", "Mazur", "Krawczyk",
    )),
    "turkish": (3.0, (
        "Mehmet", "Mustafa", "Emre", "Burak", "Elif", "Zeynep", "Ayşe", "Fatma", "Hakan", "Serkan", "Gül",
        "Deniz", "Cem", "Özlem",
    ), (
        "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Arslan", "Doğan", "Koç", "Aksoy",
        "Polat", "Kurt", "Özdemir",
    )),
    "eritrean": (2.5, (
        "Yonas", "Tesfay", "Mehari", "Semhar", "Helen", "Filmon", "Yordanos", "Senait", "Robel", "Aman",
        "Feven", "Tekle",
    ), (
        "Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Berhane", "Tewolde", "Habte", "Gebreyesus",
        "Asmerom", "Woldu", "Mebrahtu",
    )),
    "ethiopian": (1.5, (
        "Abebe", "Tigist", "Meron", "Dawit", "Bethlehem", "Selam", "Getachew", "Hirut", "Yared", "Mulu",
    ), (
        "Tadesse", "Bekele", "Girma", "Alemu", "Kebede", "Wolde", "Tesfaye", "Mekonnen", "Desta",
    )),
    "latin": (3.0, (
        "Carlos", "José", "Luis", "Jorge", "Pablo", "Diego", "Camila", "Valentina", "Daniela", "Paola",
        "Gabriela", "Ximena", "Juan Pablo", "María José", "Andrés", "Rodrigo",
    ), (
        "González", "Rodríguez", "Fernández", "López", "Martínez", "Silva", "Pérez", "Muñoz", "Rojas",
        "Contreras", "Vargas", "Castillo", "Reyes", "Gutiérrez", "Sepúlveda",
    )),
    "thai": (1.5, (
        "Somchai", "Siriporn", "Nattaya", "Kanya", "Supaporn", "Wanida", "Pornthip", "Anong", "Malee",
        "Sunisa",
    ), (
        "Srisuk", "Saelee", "Chaiyaporn", "Wongsawat", "Boonmee", "Kaewkla", "Suwannarat", "Thongchai",
    )),
    "vietnamese": (1.0, (
        "Minh", "Thanh", "Huong", "Linh", "Tuan", "Dung", "Quang", "Phuong", "Trang", "Duc",
    ), (
        "Nguyen", "Pham", "Le", "Hoang", "Vo", "Dang", "Bui", "Do", "Huynh", "Vu",
    )),
    "english": (1.5, (
        "James", "Michael", "Sarah", "Emily", "Daniel", "Chloe", "Liam", "Siobhan", "Connor", "Rebecca",
        "Sean", "Kate",
    ), (
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Murphy", "O'Brien", "O'Connor", "Walsh", "Evans",
        "Clarke", "Hughes",
    )),
    "german_dutch": (1.5, (
        "Jürgen", "Dieter", "Uwe", "Sabine", "Claudia", "Katrin", "Jan", "Pieter", "Anke", "Sven",
        "Matthias", "Bram",
    ), (
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "van der Berg",
        "de Vries", "Jansen", "Bakker", "von Essen",
    )),
    "romanian": (2.0, (
        "Ion", "Mihai", "Andrei", "Florin", "Ionela", "Elena", "Florentina", "Gheorghe", "Marian",
        "Nicoleta", "Vasile", "Daniela",
    ), (
        "Popescu", "Ionescu", "Stoica", "Dumitru", "Constantin", "Stan", "Munteanu", "Lungu", "Rusu",
        "Moldovan", "Badea", "Ciobanu",
    )),
    "ukrainian": (2.5, (
        "Oleksandr", "Olena", "Iryna", "Tetiana", "Serhii", "Andrii", "Mykola", "Oksana", "Natalia",
        "Yulia", "Dmytro", "Viktoriia", "Bohdan", "Halyna",
    ), (
        "Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Oliinyk",
        "Moroz", "Lysenko", "Marchenko", "Savchuk", "Rudenko",
    )),
    "south_asian": (2.0, (
        "Rahul", "Priya", "Anil", "Sunita", "Imran", "Ayesha", "Vikram", "Deepa", "Harpreet", "Tariq",
        "Nadia", "Sanjay",
    ), (
        "Sharma", "Patel", "Singh", "Kumar", "Khan", "Iqbal", "Chaudhry", "Gupta", "Reddy", "Malik",
        "Qureshi", "Nair",
    )),
    "chinese": (1.0, (
        "Wei", "Jing", "Xiaoming", "Li Na", "Hui", "Yan", "Jun", "Mei",
    ), (
        "Wang", "Zhang", "Chen", "Liu", "Yang", "Huang", "Zhao", "Zhou", "Wu",
    )),
    "west_african": (2.0, (
        "Kwame", "Kofi", "Ama", "Chinedu", "Ngozi", "Adebayo", "Fatou", "Mamadou", "Awa", "Ousmane",
        "Aminata", "Ibrahima",
    ), (
        "Mensah", "Boateng", "Okafor", "Adeyemi", "Diallo", "Ndiaye", "Traoré", "Camara", "Sow", "Owusu",
        "Okonkwo", "Bah",
    )),
    "sami": (0.5, (
        "Ánte", "Máret", "Nils-Anders", "Elle", "Jovnna", "Sunna", "Niila", "Inga-Maria",
    ), (
        "Kuhmunen", "Labba", "Sara", "Omma", "Utsi", "Pavval", "Spik", "Blind",
    )),
    "greek": (1.0, (
        "Giorgos", "Nikos", "Dimitris", "Eleni", "Katerina", "Kostas", "Sofia", "Yannis",
    ), (
        "Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Dimitriou", "Christodoulou", "Papadakis",
    )),
    "albanian": (1.5, (
        "Arben", "Besnik", "Driton", "Fatmir", "Valbona", "Blerta", "Arta", "Shpresa", "Ilir", "Mentor",
    ), (
        "Krasniqi", "Gashi", "Berisha", "Morina", "Hoxha", "Shala", "Kelmendi", "Bytyqi", "Rexhepi",
    )),
    "filipino": (0.8, (
        "Maricel", "Jocelyn", "Rodel", "Jun-Jun", "Rowena", "Arnel", "Cristina", "Mark Anthony",
    ), (
        "Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Garcia", "Aquino",
    )),
}
# fmt: on

# Nicknames as colleagues write them, with their origin.
NICKNAMES: tuple[tuple[str, str], ...] = (
    ("Micke", "swedish"), ("Janne", "swedish"), ("Kalle", "swedish"), ("Pelle", "swedish"),
    ("Lasse", "swedish"), ("Nicke", "swedish"), ("Jocke", "swedish"), ("Steffe", "swedish"),
    ("Mackan", "swedish"), ("Totte", "swedish"), ("Lollo", "swedish"), ("Sanna", "swedish"),
    ("Tessan", "swedish"), ("Fia", "swedish"), ("Bettan", "swedish"), ("Gunnis", "swedish"),
    ("Pekka", "finnish"), ("Jussi", "finnish"), ("Ville", "finnish"), ("Hamudi", "arabic"),
    ("Abu Karim", "arabic"), ("Mido", "arabic"), ("Sami", "arabic"), ("Xasan", "somali"),
    ("Cali", "somali"), ("Farxiya", "somali"), ("Memo", "turkish"), ("Dodo", "kurdish"),
    ("Kaka", "kurdish"), ("Gosia", "polish"), ("Kasia", "polish"), ("Tomek", "polish"),
    ("Sasha", "ukrainian"), ("Dima", "ukrainian"), ("Lesya", "ukrainian"), ("Mujo", "bks"),
    ("Gogi", "bks"), ("Pepe", "latin"), ("Chino", "latin"), ("Kiki", "west_african"),
    ("Papi", "west_african"), ("Baba Ninos", "assyrian"), ("Nono", "thai"), ("Fon", "thai"),
    ("Jojo", "filipino"), ("Nasse", "afghan"), ("Robi", "eritrean"), ("Mihu", "romanian"),
    ("Toni", "albanian"), ("Dani", "persian"), ("Tumppi", "finland_swedish"), ("Gigi", "greek"),
)  # fmt: skip

# Given names that are also words, and surnames that are words (with their origin).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Stig", "swedish"), ("Bo", "swedish"), ("Björn", "swedish"), ("Hans", "swedish"),
    ("Per", "swedish"), ("Ask", "swedish"), ("Vide", "swedish"), ("Inga", "swedish"), ("Saga", "swedish"),
    ("Liv", "swedish"), ("Dag", "swedish"), ("Love", "swedish"), ("Iris", "swedish"), ("Viola", "swedish"),
    ("Klara", "swedish"), ("Vilja", "swedish"), ("Rut", "swedish"), ("Tuva", "swedish"),
    ("Lilja", "swedish"), ("Bror", "swedish"), ("Maj", "swedish"), ("Linnea", "swedish"),
    ("Malva", "swedish"), ("Ester", "swedish"), ("Alla", "ukrainian"), ("Grace", "english"),
    ("Joy", "west_african"), ("Hope", "west_african"), ("Blessing", "west_african"), ("Can", "turkish"),
    ("Lan", "vietnamese"), ("Hung", "vietnamese"), ("Max", "german_dutch"), ("Rosa", "latin"),
    ("Sol", "latin"), ("Gift", "west_african"),
)  # fmt: skip
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Lind", "swedish"), ("Ek", "swedish"), ("Holm", "swedish"), ("Ström", "swedish"), ("Lund", "swedish"),
    ("Berg", "swedish"), ("Falk", "swedish"), ("Strand", "swedish"), ("Sand", "swedish"),
    ("Fors", "swedish"), ("Kvist", "swedish"), ("Stark", "swedish"), ("Frisk", "swedish"),
    ("Glad", "swedish"), ("Modig", "swedish"), ("Rask", "swedish"), ("Björk", "swedish"),
    ("Gran", "swedish"), ("Svan", "swedish"), ("Örn", "swedish"), ("Hjort", "swedish"),
    ("Varg", "swedish"), ("Ljung", "swedish"), ("Bäck", "swedish"), ("Mark", "swedish"),
    ("Hök", "swedish"), ("Vik", "swedish"), ("Borg", "swedish"), ("Nord", "swedish"), ("Ros", "swedish"),
    ("Young", "english"), ("King", "english"), ("White", "english"), ("Hill", "english"),
    ("Long", "vietnamese"), ("Tran", "vietnamese"), ("Wolf", "german_dutch"), ("Kiss", "hungarian"),
    ("Lamm", "german_dutch"),
)  # fmt: skip

# Three-part and particle names, as (first, middle or particle surname, origin): they fill full names.
THREE_PART: tuple[tuple[str, str, str], ...] = (
    ("Anna", "Karin Lindqvist", "swedish"), ("Per", "Gunnar Öberg", "swedish"),
    ("Carl", "af Klercker", "swedish"), ("Louise", "von Platen", "swedish"),
    ("Johan", "af Ugglas", "swedish"), ("Mohammed", "Ali Hassan", "arabic"),
    ("Abdi", "Nur Farah", "somali"), ("Juan", "Carlos Rojas", "latin"), ("Mariana", "de la Cruz", "latin"),
    ("Hanna", "Gabriel Barsom", "assyrian"), ("Ahmad", "Shah Popal", "afghan"),
    ("Nguyen", "Van Minh", "vietnamese"), ("Sofie", "van Dijk", "german_dutch"),
    ("Eva", "Maria Sjöberg Nilsson", "swedish"), ("Lars", "Åke Bergström", "swedish"),
    ("Ali", "Reza Hosseini", "persian"), ("Fatima", "al-Zahra Mansour", "arabic"),
    ("Kerstin", "de Geer", "swedish"), ("Marie", "af Trolle", "swedish"), ("Ida", "von Essen", "swedish"),
    ("Yonas", "Tesfay Haile", "eritrean"), ("Gustaf", "De Laval", "swedish"),
)  # fmt: skip
