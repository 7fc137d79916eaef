"""Names of the forty-third blind corpus (tests/blind43_corpus.py): people on and around building sites in
Sundbyberg, Solna and Sollentuna — site staff, subcontractors' crews from near and far, guards, neighbours
and the young who climb cranes. Typed from the author's own knowledge; no name list or package was used.

ORIGINS: origin -> (weight, given names, surnames, nicknames). Swedish about 40 % of the weight; the crews of
Polish, Baltic, Romanian and Ukrainian subcontractors weigh more than in a residential corpus. FATHERS: the
fathers' names written between given name and surname where that is usual. WORD_FIRST and WORD_SURNAMES:
names that are also Swedish or English words, with their origin.
"""

from __future__ import annotations

NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "von", "van", "der", "de", "af", "da", "dos", "di", "du"}
)

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        40.0,
        (
            "Anders", "Per-Olof", "Lars Erik", "Magnus", "Johan", "Fredrik", "Henrik", "Mikael", "Tobias",
            "Niklas", "Jonas", "Kristoffer", "Mattias", "Joakim", "Rasmus", "Emil", "Oskar", "Viktor",
            "Hampus", "Linus", "Gustav", "Ludvig", "Albin", "Elias", "Anna-Karin", "Eva-Lena", "Karin",
            "Ulrika", "Helena", "Malin", "Sofia", "Camilla", "Therese", "Jenny", "Elin", "Ida", "Moa",
            "Frida", "Hanna", "Maja", "Agnes", "Lars-Göran", "Karl-Johan", "Ann-Sofie", "Jan-Erik",
            "Carl Fredrik", "Bengt", "Leif", "Kjell", "Roger", "Thomas", "Ronny", "Patrik", "Sebastian",
            "Pontus", "Ebba", "Wilma", "Alva", "Signe", "Torbjörn", "Gunnel", "Birgitta", "Marie",
        ),
        (
            "Lindqvist", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Andersson", "Pettersson",
            "Gustafsson", "Lundgren", "Bergström", "Sandberg", "Nordin", "Håkansson", "Wikström", "Ekdahl",
            "Sjöberg", "Hedlund", "Forsberg", "Lindholm", "Engström", "Axelsson", "Blomqvist", "Öberg",
            "Åkesson", "Holmgren", "Söderlund", "Mattsson", "Dahlberg", "Nyström", "Björklund", "Jakobsson",
            "Wallin", "Rydberg", "Ljungqvist", "Hellström", "Sundqvist", "Fransson", "Norén", "Strömberg",
            "von Essen", "af Klercker", "de Geer", "Tegnér", "Ahlgren", "Malmberg", "Wennerholm",
        ),
        ("Micke", "Jocke", "Pelle", "Nisse", "Lasse", "Tompa", "Danne", "Robban", "Stoffe", "Janne",
         "Kalle", "Bullen", "Sigge", "Totte", "Fidde", "Lillis"),
    ),
    "finnish": (
        3.0,
        ("Jukka", "Pekka", "Mikko", "Timo", "Sami", "Kari", "Jari", "Tuula", "Päivi", "Sirpa", "Heikki",
         "Marjatta", "Eero", "Ville", "Aino"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laaksonen", "Salonen", "Hämäläinen",
         "Kinnunen", "Lehtonen", "Rantanen", "Koivisto"),
        ("Jusse", "Pekkis", "Timppa", "Kake"),
    ),
    "norwegian": (
        0.8,
        ("Håvard", "Sindre", "Eirik", "Ingrid", "Sigrid", "Torstein", "Kjetil", "Solveig"),
        ("Haugen", "Bakken", "Solberg", "Kristiansen", "Halvorsen", "Aasen", "Myhre"),
        ("Kjetta", "Haffi"),
    ),
    "danish": (
        0.5,
        ("Mads", "Rasmus", "Søren", "Mette", "Jesper", "Lotte", "Bjarke"),
        ("Sørensen", "Kjærgaard", "Rasmussen", "Mortensen", "Østergaard", "Thygesen"),
        ("Søs", "Bjarre"),
    ),
    "polish": (
        5.0,
        ("Piotr", "Tomasz", "Krzysztof", "Paweł", "Marcin", "Grzegorz", "Łukasz", "Michał", "Wojciech",
         "Dariusz", "Agnieszka", "Katarzyna", "Małgorzata", "Jakub", "Bartłomiej", "Sławomir", "Zbigniew",
         "Mariusz", "Jarosław", "Dorota"),
        ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
         "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Piotrowski", "Grabowski", "Pawlak",
         "Michalski", "Wróbel", "Kaczmarek", "Sikora"),
        ("Kuba", "Bartek", "Tomek", "Wojtek", "Piotrek", "Gosia", "Kasia", "Mariuszek", "Sławek"),
    ),
    "lithuanian": (
        2.0,
        ("Tomas", "Mindaugas", "Darius", "Vytautas", "Rimantas", "Audrius", "Giedrius", "Rasa", "Jurgita",
         "Saulius", "Arūnas"),
        ("Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus",
         "Paulauskas", "Urbonas", "Navickas"),
        ("Mindas", "Vytas", "Sauliukas"),
    ),
    "estonian": (
        1.2,
        ("Margus", "Tarmo", "Priit", "Rein", "Urmas", "Kadri", "Tiit", "Siim", "Kaido"),
        ("Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves", "Pärn", "Oja"),
        ("Ants", "Siimu"),
    ),
    "latvian": (
        0.8,
        ("Jānis", "Andris", "Māris", "Edgars", "Ilze", "Gatis", "Raimonds"),
        ("Bērziņš", "Kalniņš", "Ozoliņš", "Liepiņš", "Krūmiņš", "Vītols"),
        ("Jančuks", "Edža"),
    ),
    "romanian": (
        2.2,
        ("Ionuț", "Florin", "Marian", "Cătălin", "Gheorghe", "Vasile", "Mihaela", "Adrian", "Costel",
         "Nicolae", "Ioana", "Dumitru", "Bogdan"),
        ("Popescu", "Ionescu", "Constantin", "Dumitrescu", "Stan", "Munteanu", "Lupu", "Moldovan",
         "Rusu", "Ciobanu", "Dobre"),
        ("Nelu", "Costi", "Gigi", "Fane"),
    ),
    "ukrainian": (
        2.2,
        ("Oleksandr", "Andrii", "Serhii", "Mykola", "Volodymyr", "Taras", "Oksana", "Iryna", "Yurii",
         "Bohdan", "Dmytro", "Nataliia"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Boiko", "Moroz",
         "Lysenko", "Savchuk", "Hnatiuk"),
        ("Sasha", "Tarasik", "Kolia", "Dima"),
    ),
    "russian": (
        0.7,
        ("Aleksej", "Dmitrij", "Svetlana", "Sergej", "Jelena", "Konstantin", "Artiom"),
        ("Ivanov", "Smirnova", "Kuznetsov", "Popov", "Sokolova", "Volkov", "Morozov"),
        ("Ljosja", "Kostja"),
    ),
    "bosnian": (
        2.0,
        ("Emir", "Amir", "Edin", "Haris", "Adnan", "Mirsad", "Senad", "Amra", "Lejla", "Nermin", "Jasmin",
         "Dženana"),
        ("Hodžić", "Hadžić", "Begović", "Mehmedović", "Delić", "Kovačević", "Husić", "Omerović",
         "Salihović", "Ibrahimović"),
        ("Edo", "Miki", "Haki", "Sena"),
    ),
    "serbian": (
        1.2,
        ("Dragan", "Goran", "Nenad", "Zoran", "Milica", "Dejan", "Nikola", "Branislav", "Jelena"),
        ("Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Pavlović"),
        ("Gago", "Zoki", "Bane", "Deki"),
    ),
    "kosovo_albanian": (
        1.8,
        ("Arben", "Besnik", "Driton", "Fatmir", "Valon", "Blerim", "Arta", "Vjosa", "Ilir", "Shkëlzen"),
        ("Krasniqi", "Berisha", "Gashi", "Morina", "Hoxha", "Shala", "Bytyqi", "Kelmendi", "Rexhepi"),
        ("Beki", "Toni", "Dritoni"),
    ),
    "turkish": (
        2.2,
        ("Mehmet", "Mustafa", "Emre", "Burak", "Serkan", "Hüseyin", "Ayşe", "Elif", "Murat", "Tolga",
         "Gökhan", "Zeynep"),
        ("Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan",
         "Kılıç", "Aksoy"),
        ("Memo", "Musti", "Burri", "Seko"),
    ),
    "kurdish": (
        2.0,
        ("Rebwar", "Dilan", "Shirin", "Aram", "Kawa", "Zana", "Berivan", "Hozan", "Sherko", "Roj"),
        ("Barzani", "Rashid", "Aziz", "Salih", "Mahmoud", "Karim", "Zebari", "Hawrami", "Hama"),
        ("Kaka", "Zanyar", "Hozi"),
    ),
    "iraqi": (
        2.6,
        ("Ahmed", "Ali", "Hussein", "Mustafa", "Zainab", "Haider", "Muntadhar", "Noor", "Ammar", "Saif",
         "Yasir", "Rusul"),
        ("al-Jaburi", "al-Saadi", "Kadhim", "Jassim", "al-Tamimi", "Abbas", "Hashim", "al-Obaidi",
         "Mohsen", "Fadhil"),
        ("Abu Ali", "Hamoudi", "Sosa", "Saifo"),
    ),
    "syrian": (
        2.6,
        ("Mohammad", "Omar", "Khaled", "Rami", "Bashar", "Yamen", "Lina", "Rasha", "Hala", "Nour",
         "Fadi", "Tarek", "Majd", "Abdulrahman"),
        ("Haddad", "Khoury", "al-Hassan", "Darwish", "Sabbagh", "Najjar", "Aldahir", "Shaaban", "Hamwi",
         "Kassab", "al-Masri"),
        ("Abu Omar", "Hamo", "Fofo", "Rimo"),
    ),
    "iranian": (
        2.2,
        ("Reza", "Mehdi", "Amir Hossein", "Dariush", "Shirin", "Parisa", "Babak", "Arash", "Nasrin",
         "Kourosh", "Leila"),
        ("Hosseini", "Ahmadi", "Rezaei", "Mohammadi", "Karimi", "Moradi", "Jafari", "Rahimi", "Sadeghi",
         "Tehrani"),
        ("Rezi", "Dari", "Bobby"),
    ),
    "afghan": (
        1.8,
        ("Ahmad Zia", "Farid", "Hamid", "Sayed", "Mohammad Nabi", "Wahid", "Zarmina", "Najib", "Shafiq",
         "Mursal"),
        ("Hakimi", "Popal", "Wardak", "Noorzai", "Sultani", "Karimzada", "Azizi", "Rahimzai", "Stanikzai"),
        ("Zia", "Nabi", "Shafi"),
    ),
    "somali": (
        2.4,
        ("Abdirahman", "Abdullahi", "Hodan", "Fadumo", "Mahad", "Abdiwali", "Hamse", "Ayaan", "Sagal",
         "Liban", "Yusuf", "Hibo"),
        ("Warsame", "Farah", "Jama", "Osman", "Abdi", "Hirsi", "Dahir", "Nur", "Samatar", "Egal",
         "Elmi", "Aden"),
        ("Ablaa", "Mahadi", "Hamsa", "Dheere"),
    ),
    "eritrean": (
        1.5,
        ("Yonas", "Semere", "Tesfay", "Mehari", "Selam", "Filmon", "Helen", "Awet", "Mulugeta", "Senait"),
        ("Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Kidane", "Woldu", "Tekle", "Habte"),
        ("Yoni", "Fili", "Sami T"),
    ),
    "ethiopian": (
        0.9,
        ("Dawit", "Bereket", "Meron", "Tigist", "Abebe", "Selamawit", "Henok"),
        ("Tadesse", "Bekele", "Gebre", "Alemu", "Mengistu", "Assefa", "Wolde"),
        ("Dave", "Beki T"),
    ),
    "chilean": (
        1.3,
        ("José Luis", "Carlos", "Patricio", "Claudia", "Ximena", "Rodrigo", "Felipe", "Francisca",
         "Cristián"),
        ("González Pérez", "Muñoz", "Rojas", "Díaz Soto", "Contreras", "Sepúlveda", "Fuentes", "Araya",
         "Espinoza Vera"),
        ("Pato", "Pancho", "Coté"),
    ),
    "brazilian": (
        0.8,
        ("João Pedro", "Thiago", "Rafael", "Luana", "Gabriel", "Bruna", "Leandro"),
        ("da Silva", "dos Santos", "Oliveira", "Pereira Lima", "Carvalho", "de Souza", "Ferreira"),
        ("Juninho", "Tiaguinho", "Rafa"),
    ),
    "english": (
        1.2,
        ("Steven", "Gary", "Liam", "Chloe", "Daniel", "Jack", "Nathan", "Hannah", "Callum", "Gemma"),
        ("Taylor", "Thompson", "Walker", "Robinson", "Hughes", "Edwards", "Whitaker", "Clarke", "Fletcher"),
        ("Stevo", "Gaz", "Danny"),
    ),
    "irish": (
        1.3,
        ("Sean", "Ciarán", "Niamh", "Padraig", "Aoife", "Declan"),
        ("O'Brien", "O'Connor", "O'Sullivan", "McCarthy", "O'Neill", "O'Reilly", "O'Doherty"),
        ("Paddy", "Deccie"),
    ),
    "german": (
        1.0,
        ("Jürgen", "Matthias", "Stefan", "Sabine", "Uwe", "Katrin", "Tobias", "Dirk"),
        ("Müller", "Schneider", "Becker", "Hoffmann", "Schulz", "Wagner", "von Bülow", "Krüger"),
        ("Jogi", "Matze", "Steffi"),
    ),
    "french": (
        0.5,
        ("Jean-Luc", "Mathieu", "Camille", "Pierre-Yves", "Élodie", "Guillaume"),
        ("Dubois", "Lefèvre", "Moreau", "Girard", "du Pont", "Fontaine"),
        ("JL", "Mat"),
    ),
    "italian": (
        0.6,
        ("Giuseppe", "Marco", "Alessandro", "Francesca", "Luca", "Chiara"),
        ("Rossi", "Bianchi", "Esposito", "D'Amico", "di Marco", "Ferrari", "Colombo"),
        ("Peppe", "Ale"),
    ),
    "greek": (
        0.7,
        ("Giorgos", "Nikos", "Dimitris", "Eleni", "Konstantinos", "Maria-Eleni", "Yannis"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Vlachos", "Oikonomou"),
        ("Takis", "Kostas K"),
    ),
    "indian": (
        1.0,
        ("Rajesh", "Priya", "Anil", "Sunita", "Vikram", "Deepak", "Kavitha", "Arjun", "Sandeep"),
        ("Sharma", "Patel", "Reddy", "Nair", "Iyer", "Gupta", "Krishnan", "Menon", "Chaudhary"),
        ("Raju", "Vicky", "Sandy"),
    ),
    "chinese": (
        0.7,
        ("Wei", "Li Na", "Jianhua", "Xiaoming", "Mei", "Hao", "Yutong"),
        ("Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Xu"),
        ("Xiao Li", "Ah Hao"),
    ),
    "vietnamese": (
        0.7,
        ("Minh", "Thanh", "Huong", "Tuan", "Lan", "Quang", "Phuong"),
        ("Nguyen", "Tran", "Pham", "Le Van", "Hoang", "Vu", "Dang"),
        ("Tony N", "Bee"),
    ),
    "thai": (
        0.6,
        ("Somchai", "Pranee", "Kanya", "Niran", "Siriporn", "Wichai"),
        ("Srisuk", "Chaiyaporn", "Wongsawat", "Boonmee", "Sukjai", "Thongchai"),
        ("Nok", "Lek", "Noi"),
    ),
    "filipino": (
        0.6,
        ("Maricel", "Jerome", "Rowena", "Arnel", "Jocelyn", "Rodel"),
        ("Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Aquino"),
        ("Cel", "Jeje", "Bong"),
    ),
}  # fmt: skip

# Fathers' names, written as a middle name half the time where that is usual.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Mohamed", "Ahmed", "Hassan", "Abdi", "Ismail", "Ali", "Hussein"),
    "eritrean": ("Gebremichael", "Tesfaye", "Ghirmay", "Mesfin", "Araya"),
    "ethiopian": ("Girma", "Haile", "Tesfaye", "Kebede"),
    "iraqi": ("Abdulkarim", "Jabbar", "Hamid", "Kareem"),
    "afghan": ("Gul", "Mohammad", "Jan"),
    "ukrainian": ("Petrovych", "Ivanivna", "Mykolaiovych", "Serhiiovych"),
}

# Given names that are also Swedish or English words (sten, stig, dag, björn, liv, saga, iris, …).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"),
    ("Stig", "swedish"),
    ("Dag", "swedish"),
    ("Björn", "swedish"),
    ("Liv", "swedish"),
    ("Saga", "swedish"),
    ("Kaj", "swedish"),
    ("Tor", "swedish"),
    ("Vilja", "swedish"),
    ("Malva", "swedish"),
    ("Bo", "swedish"),
    ("Hope", "english"),
    ("Grace", "english"),
    ("Will", "english"),
    ("Joy", "filipino"),
    ("Mark", "english"),
    ("Iris", "swedish"),
    ("Viola", "swedish"),
    ("Rosa", "chilean"),
)

# Surnames that are also Swedish or English words (berg, ek, lind, falk, frost, storm, …).
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"),
    ("Ek", "swedish"),
    ("Lind", "swedish"),
    ("Björk", "swedish"),
    ("Holm", "swedish"),
    ("Falk", "swedish"),
    ("Frost", "swedish"),
    ("Storm", "swedish"),
    ("Strand", "swedish"),
    ("Kvist", "swedish"),
    ("Hägg", "swedish"),
    ("Fors", "swedish"),
    ("Sjö", "swedish"),
    ("Sand", "swedish"),
    ("Stone", "english"),
    ("Young", "english"),
    ("Green", "english"),
    ("Brown", "english"),
    ("White", "english"),
)

# How often a drawn Swedish, English, Filipino or Chilean name is one of the word names (given, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.04, 0.06),
    "english": (0.15, 0.15),
    "filipino": (0.1, 0.0),
    "chilean": (0.08, 0.0),
}
