"""Names of the sixty-fifth blind corpus (tests/blind65_corpus.py): given names, surnames and nicknames per
origin, weighted as in Uppsala, Kristianstad and Sundsvall today (Swedish a little under half), with fathers'
names where they are usual, particles, apostrophes and double names, and word names of the corpus's own.
Typed from the writer's own knowledge; no name list or package was read.
"""

from __future__ import annotations

# origin -> (weight, given names, surnames, nicknames)
ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        40.0,
        (
            "Anna", "Eva", "Karin", "Kristina", "Lena", "Ingrid", "Birgitta", "Margareta", "Cecilia",
            "Helena", "Åsa", "Camilla", "Johanna", "Sara", "Emma", "Linnéa", "Maja", "Elin", "Malin",
            "Jenny", "Ida", "Frida", "Anna-Karin", "Ann-Sofie", "Eva-Lena", "Lars", "Anders", "Johan",
            "Per", "Karl", "Erik", "Mikael", "Magnus", "Fredrik", "Mattias", "Henrik", "Jonas", "Oskar",
            "Gustav", "Viktor", "Linus", "Emil", "Hampus", "Nils", "Gunnar", "Kjell", "Leif", "Göran",
            "Håkan", "Tomas", "Per-Olof", "Lars-Erik", "Carl-Johan", "Jan-Erik", "Anna Maria",
            "Ulrika", "Therese", "Pernilla", "Marie-Louise", "Torbjörn", "Ingvar", "Agneta", "Rebecka",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
            "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist",
            "Lindgren", "Axelsson", "Berglund", "Sundberg", "Engström", "Hedlund", "Sjöberg", "Nordin",
            "Norberg", "Wallin", "Åberg", "Sandberg", "Söderberg", "Forsberg", "Lundgren", "Hellström",
            "Mattsson", "Sjögren", "Nyström", "Blomqvist", "Holmberg", "Isaksson", "Sundqvist", "Sjödin",
            "Näslund", "Öberg", "Hägglund", "Westin", "Edlund", "Byström", "Lundin", "Månsson", "Ohlsson",
            "Jeppsson", "Trulsson", "Åkesson", "Mårtensson", "Paulsson", "af Ugglas", "von Platen",
            "de Geer", "von Sydow", "Wahlström", "Ljungqvist", "Bergkvist", "Grönlund", "Kjellberg",
        ),
        (
            "Kalle", "Pelle", "Lasse", "Micke", "Nisse", "Janne", "Olle", "Bosse", "Kicki", "Lotta",
            "Sussi", "Gittan", "Putte", "Affe", "Tompa", "Jocke", "Ankan", "Svenne",
        ),
    ),
    "finnish": (
        3.5,
        ("Jukka", "Matti", "Pekka", "Timo", "Sari", "Päivi", "Tuula", "Riitta", "Marjatta", "Heikki",
         "Aino", "Eeva", "Juha", "Mikko"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Koskinen", "Laine", "Hämäläinen",
         "Lehtonen", "Salonen", "Niemi", "Rantanen"),
        ("Jussi", "Pena", "Make", "Tuikku"),
    ),
    "norwegian": (
        0.8,
        ("Ola", "Ingvild", "Sigrid", "Håvard", "Torbjørn", "Solveig", "Eirik", "Marit"),
        ("Hansen", "Johansen", "Olsen", "Haugen", "Bakken", "Solberg", "Kristiansen"),
        ("Tobben", "Siggen"),
    ),
    "danish": (
        0.8,
        ("Mette", "Søren", "Jens", "Rasmus", "Birgitte", "Kasper", "Lone"),
        ("Nielsen", "Jensen", "Pedersen", "Rasmussen", "Christensen", "Sørensen", "Madsen"),
        ("Søs", "Rasse"),
    ),
    "german": (
        1.2,
        ("Jürgen", "Klaus", "Dieter", "Sabine", "Heike", "Stefan", "Ulrike", "Wolfgang", "Katrin"),
        ("Müller", "Schneider", "Weber", "Wagner", "Becker", "Hoffmann", "Schulz", "von Bergen",
         "von Hahn"),
        ("Jogi", "Steffi", "Uli"),
    ),
    "polish": (
        2.0,
        ("Piotr", "Krzysztof", "Tomasz", "Agnieszka", "Katarzyna", "Małgorzata", "Paweł", "Magdalena",
         "Łukasz", "Joanna"),
        ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński",
         "Szymańska", "Woźniak"),
        ("Kasia", "Gosia", "Tomek", "Piotrek"),
    ),
    "bosnian": (
        2.0,
        ("Amir", "Emir", "Edin", "Selma", "Amra", "Mirza", "Adnan", "Lejla", "Nermin", "Jasmina", "Haris"),
        ("Hodžić", "Hadžić", "Begić", "Mehmedović", "Delić", "Softić", "Omerović", "Hasanović"),
        ("Miki", "Edo", "Sele", "Amko"),
    ),
    "serbian_croatian": (
        1.0,
        ("Dragan", "Milica", "Zoran", "Jelena", "Nikola", "Ivana", "Goran", "Snežana", "Marko"),
        ("Petrović", "Jovanović", "Nikolić", "Marković", "Ilić", "Horvat", "Babić", "Perić"),
        ("Gogi", "Žika", "Cica"),
    ),
    "kosovo_albanian": (
        1.2,
        ("Arben", "Besnik", "Fatmire", "Valon", "Drita", "Blerim", "Arbnora", "Liridon", "Shqipe"),
        ("Krasniqi", "Berisha", "Gashi", "Morina", "Hoxha", "Shala", "Kelmendi", "Bytyqi"),
        ("Beni", "Loni"),
    ),
    "greek": (
        0.6,
        ("Nikos", "Dimitris", "Eleni", "Giorgos", "Katerina", "Kostas", "Vasiliki"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Ioannou", "Papadaki"),
        ("Takis", "Mimis"),
    ),
    "turkish": (
        2.0,
        ("Mehmet", "Ayşe", "Emre", "Fatma", "Hakan", "Elif", "Murat", "Zeynep", "Burak", "Yasemin"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan"),
        ("Memo", "Burki"),
    ),
    "kurdish": (
        2.0,
        ("Rebin", "Azad", "Rojda", "Dilan", "Kawa", "Berfin", "Hoshyar", "Nazdar", "Soran", "Zana"),
        ("Hawrami", "Mohammadi", "Baban", "Jaff", "Zangana", "Dosky", "Sindi", "Amedi"),
        ("Kaka", "Rebo", "Azo"),
    ),
    "iraqi": (
        3.5,
        ("Ali", "Hussein", "Ahmed", "Zainab", "Fatima", "Haider", "Mustafa", "Noor", "Abbas", "Zahraa",
         "Karrar"),
        ("al-Saadi", "Al-Jabouri", "al-Tamimi", "Hashim", "Jasim", "Kadhim", "Abdulla", "Mahdi",
         "al-Obaidi"),
        ("Abu Haider", "Hamoudi", "Zozo"),
    ),
    "syrian": (
        3.5,
        ("Mohammad", "Omar", "Rania", "Lina", "Khaled", "Yara", "Hala", "Rami", "Nour", "Majd", "Tarek",
         "Dima"),
        ("Al-Khatib", "Haddad", "Hamwi", "Shami", "Halabi", "Darwish", "Kassem", "Najjar", "Al-Masri",
         "Sabbagh"),
        ("Abu Omar", "Mido", "Lulu"),
    ),
    "lebanese_palestinian": (
        1.0,
        ("Samir", "Nadia", "Rima", "Karim", "Jamal", "Leila", "Walid"),
        ("El-Khoury", "Nasser", "Hamdan", "Saleh", "Khalil", "Odeh"),
        ("Sami", "Jimmy"),
    ),
    "persian": (
        2.5,
        ("Reza", "Mehdi", "Maryam", "Nasrin", "Shirin", "Parisa", "Hamid", "Farid", "Babak", "Leyla",
         "Kourosh", "Azadeh", "Navid"),
        ("Hosseini", "Rahimi", "Moradi", "Karimi", "Jafari", "Tehrani", "Sadeghi", "Rostami", "Ghasemi",
         "Bagheri"),
        ("Babi", "Mimi"),
    ),
    "afghan": (
        2.5,
        ("Ahmad", "Zahra", "Farzana", "Nasir", "Habib", "Sayed", "Fereshta", "Mursal", "Wahid", "Sohrab"),
        ("Ahmadzai", "Noori", "Hakimi", "Sultani", "Rahmani", "Popal", "Stanikzai", "Amiri", "Haidari",
         "Azizi"),
        ("Wahi", "Faru"),
    ),
    "somali": (
        3.2,
        ("Abdi", "Hodan", "Fadumo", "Ayaan", "Ismail", "Sahra", "Khadar", "Ifrah", "Abdirahman", "Hamdi",
         "Mohamed"),
        ("Farah", "Warsame", "Osman", "Jama", "Egal", "Abdullahi", "Yusuf", "Mohamud", "Dirie", "Hersi"),
        ("Dheere", "Yare", "Timacadde"),
    ),
    "eritrean": (
        1.8,
        ("Yonas", "Semhar", "Filmon", "Senait", "Merhawi", "Luwam", "Aron", "Selam", "Robel", "Helen"),
        ("Tesfay", "Gebremedhin", "Kidane", "Haile", "Berhe", "Tekle", "Asmerom", "Habte", "Woldu",
         "Mehari"),
        ("Yoni", "Semi", "Robi"),
    ),
    "ethiopian": (
        0.9,
        ("Abebe", "Tigist", "Meron", "Dawit", "Hirut", "Bereket", "Mekdes", "Yohannes", "Selamawit"),
        ("Tadesse", "Bekele", "Girma", "Alemu", "Mulugeta", "Kebede", "Wolde", "Desta"),
        ("Tigi", "Abi"),
    ),
    "nigerian": (
        0.7,
        ("Chinedu", "Ngozi", "Emeka", "Oluwaseun", "Adaeze", "Tunde", "Folake", "Ikenna"),
        ("Okafor", "Adeyemi", "Okonkwo", "Nwosu", "Balogun", "Adebayo", "Obi"),
        ("Seun", "Emmy"),
    ),
    "english": (
        1.2,
        ("James", "Sarah", "David", "Emily", "Michael", "Rachel", "Thomas", "Claire", "Patrick", "Siobhan"),
        ("O'Brien", "O'Connor", "O'Neill", "O'Sullivan", "McKenzie", "Taylor", "Wilson", "Evans", "Murphy",
         "D'Arcy"),
        ("Jim", "Mick", "Paddy"),
    ),
    "chilean": (
        1.2,
        ("Carlos", "María José", "Juan Pablo", "Francisca", "Pablo", "Camila", "Rodrigo", "Valentina",
         "Felipe", "Javiera"),
        ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Fuentes", "Morales",
         "de la Fuente"),
        ("Pancho", "Coté", "Pepe", "Nacho"),
    ),
    "thai": (
        0.9,
        ("Somchai", "Siriporn", "Nattaya", "Kanya", "Supaporn", "Anong", "Pimchanok", "Wanida",
         "Thanawat"),
        ("Saetang", "Wongsawat", "Srisuk", "Chaiyasit", "Boonmee", "Rattanakorn", "Phromma", "Kongkaew"),
        ("Noi", "Nok", "Ploy"),
    ),
    "vietnamese": (
        0.7,
        ("Minh", "Thi Lan", "Hoa", "Tuan", "Linh", "Huong", "Duc", "Thanh"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Dang", "Bui", "Vo"),
        ("Tony", "Lily"),
    ),
    "chinese": (
        0.7,
        ("Wei", "Jing", "Xiaoming", "Yan", "Hui", "Jun", "Mei", "Lei"),
        ("Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou"),
        ("Xiaoxiao", "Jojo"),
    ),
    "indian": (
        1.1,
        ("Priya", "Rahul", "Anjali", "Vikram", "Sunita", "Arjun", "Deepa", "Sanjay", "Kavita", "Rohan"),
        ("Sharma", "Patel", "Singh", "Gupta", "Reddy", "Iyer", "Nair", "Kumar", "Menon", "D'Souza"),
        ("Raju", "Bunty", "Pinky"),
    ),
    "pakistani": (
        0.7,
        ("Imran", "Ayesha", "Bilal", "Sana", "Usman", "Faisal", "Hira"),
        ("Khan", "Butt", "Chaudhry", "Malik", "Qureshi", "Siddiqui", "Javed"),
        ("Billu", "Sunny"),
    ),
    "russian": (
        0.9,
        ("Dmitrij", "Olga", "Sergej", "Natalja", "Aleksej", "Jekaterina", "Irina", "Pavel", "Tatjana"),
        ("Ivanov", "Smirnova", "Kuznetsov", "Popova", "Sokolov", "Volkova", "Petrov", "Morozova"),
        ("Dima", "Katja", "Serjozja"),
    ),
    "ukrainian": (
        1.1,
        ("Oleksandr", "Olena", "Yulia", "Andrij", "Oksana", "Taras", "Iryna", "Bohdan", "Mykola"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko",
         "Lysenko"),
        ("Sasha", "Olenka"),
    ),
    "romanian": (
        0.9,
        ("Andrei", "Ioana", "Mihai", "Elena", "Cristian", "Alexandra", "Florin", "Gabriela", "Ionut"),
        ("Popescu", "Ionescu", "Dumitru", "Constantin", "Munteanu", "Dobre", "Radu"),
        ("Nelu", "Fane"),
    ),
    "hungarian": (
        0.5,
        ("László", "Zsófia", "Gábor", "Katalin", "Zoltán", "Erzsébet", "Attila", "Eszter"),
        ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Molnár", "Farkas"),
        ("Laci", "Zsófi"),
    ),
    "lithuanian": (
        0.5,
        ("Mindaugas", "Rasa", "Darius", "Eglė", "Vytautas", "Giedrė", "Audrius", "Rūta"),
        ("Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus"),
        ("Vytas", "Minde"),
    ),
    "filipino": (
        0.6,
        ("Rhea", "Jerome", "Marites", "Rodel", "Jennylyn", "Arnel", "Maricel"),
        ("Santos", "Reyes", "Bautista", "Ocampo", "Mendoza", "dela Cruz", "de los Reyes"),
        ("Bong", "Tess"),
    ),
    "french": (
        0.5,
        ("Jean-Pierre", "Camille", "Amélie", "Nicolas", "Pierre", "Océane", "Julien", "Sébastien"),
        ("Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Fontaine", "Duval", "de Villiers"),
        ("Seb", "Nico", "Juju"),
    ),
    "italian": (
        0.5,
        ("Giuseppe", "Francesca", "Alessandro", "Giulia", "Marco", "Chiara", "Luca", "Simona"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "D'Angelo", "Romano", "De Luca", "Di Stefano", "D'Amico"),
        ("Peppe", "Gigi"),
    ),
    "brazilian": (
        0.5,
        ("João", "Ana Paula", "Rafael", "Fernanda", "Thiago", "Luana", "Bruno", "Juliana"),
        ("da Silva", "dos Santos", "Oliveira", "Souza", "Pereira", "Ferreira", "Almeida", "Costa"),
        ("Juninho", "Rafa", "Nanda"),
    ),
}  # fmt: skip

# Fathers' (and grandfathers') names written between the given name and the surname.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Abdullahi", "Hassan", "Ahmed", "Nur", "Ali"),
    "eritrean": ("Tesfamariam", "Ghebre", "Mesfin", "Yemane"),
    "ethiopian": ("Getachew", "Tesfaye", "Alemayehu"),
    "iraqi": ("Kareem", "Jabbar", "Sabah", "Hameed"),
    "syrian": ("Mahmoud", "Ibrahim", "Yousef"),
    "afghan": ("Gul", "Jan", "Rahim"),
}

NAME_PARTICLES = ("af", "von", "van", "de", "la", "da", "dos", "di", "del", "dela", "los", "al", "el", "abu")

# Given names and surnames that are also Swedish or English words: (name, origin).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Stig", "swedish"), ("Dag", "swedish"), ("Bo", "swedish"),
    ("Rut", "swedish"), ("Saga", "swedish"), ("Iris", "swedish"), ("Viola", "swedish"), ("Liv", "swedish"),
    ("Vilja", "swedish"), ("Ros", "swedish"), ("Hope", "english"), ("Grace", "english"),
    ("Faith", "filipino"), ("Joy", "filipino"), ("Blessing", "nigerian"), ("Precious", "nigerian"),
    ("Favour", "nigerian"),
)  # fmt: skip
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Björk", "swedish"), ("Lind", "swedish"), ("Ek", "swedish"), ("Ström", "swedish"), ("Holm", "swedish"),
    ("Berg", "swedish"), ("Sand", "swedish"), ("Frost", "swedish"), ("Falk", "swedish"), ("Lax", "swedish"),
    ("Fors", "swedish"), ("Kvist", "swedish"), ("Stål", "swedish"), ("Lilja", "swedish"),
    ("Brown", "english"), ("White", "english"), ("Young", "english"), ("King", "english"),
    ("Hill", "english"), ("Wood", "english"),
)  # fmt: skip
# origin -> (share of given names, share of surnames) drawn from the word names when a person is drawn.
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.03, 0.05),
    "english": (0.1, 0.15),
    "filipino": (0.1, 0.0),
    "nigerian": (0.1, 0.0),
}
