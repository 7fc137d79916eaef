"""Names of the seventieth blind corpus (tests/blind70_corpus.py): the people on and around building sites
and managed properties in Uppsala, Gävle and Sundsvall — site managers, foremen, carpenters and concrete
workers, subcontractors' crews from the Baltic states, Poland, Romania, Ukraine and the Balkans, caretakers,
tenants, guards and property managers. Typed from the writer's own knowledge; no name list was read.

ORIGINS: origin -> (weight, given names, surnames, nicknames). The weights are a guess at who turns up in a
site diary or a property manager's log in a Swedish town today (Swedish names a little under half, then the
building trade's Polish, Baltic, Romanian and Ukrainian crews and the towns' Arabic, Somali, Kurdish, Persian,
Afghan, Bosnian and Kosovar residents). A given name or surname that is also a Swedish or English word is a
word name (WORD_FIRST, WORD_SURNAMES) and is never in the plain lists.
"""

from __future__ import annotations

from typing import Any

NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "von", "van", "de", "af", "da", "dos", "dela", "di", "abu", "ter"}
)

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        42.0,
        (
            "Anna", "Eva", "Maria", "Karin", "Kristina", "Lena", "Sara", "Emma", "Johanna", "Elin", "Malin",
            "Jenny", "Sofia", "Hanna", "Frida", "Camilla", "Åsa", "Ulrika", "Therese", "Annika", "Helena",
            "Ingrid", "Birgitta", "Margareta", "Elsa", "Maja", "Ebba", "Tove", "Moa", "Julia", "Lars",
            "Anders", "Johan", "Erik", "Mikael", "Peter", "Jan", "Hans", "Thomas", "Fredrik", "Daniel",
            "Mattias", "Magnus", "Stefan", "Jonas", "Andreas", "Martin", "Niklas", "Henrik", "Patrik",
            "Marcus", "Robin", "Jimmy", "Kenneth", "Mats", "Göran", "Bengt", "Tommy", "Joakim", "Oskar",
            "Viktor", "Emil", "Anton", "Filip", "Elias", "Jesper", "Rasmus", "Sebastian", "Christer", "Ulf",
            "Leif", "Kjell", "Åke", "Pär", "Torbjörn", "Ronny", "Conny", "Anna-Karin", "Lars-Erik",
            "Per-Olof", "Karl-Johan", "Ann-Marie", "Eva-Lena", "Jan-Erik", "Carl-Henrik", "Hampus", "Linus",
            "Ludvig", "Gunnel", "Siv-Britt", "Tobias", "Kim", "Agnes", "Wilma",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
            "Lindberg", "Lindqvist", "Lindgren", "Jakobsson", "Magnusson", "Olofsson", "Lindström",
            "Lindholm", "Axelsson", "Bergström", "Lundberg", "Lundgren", "Mattsson", "Berglund",
            "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund",
            "Danielsson", "Lundin", "Håkansson", "Björklund", "Gunnarsson", "Holmberg", "Samuelsson",
            "Fransson", "Nyberg", "Wikström", "Isaksson", "Nordström", "Hedlund", "Sundberg", "Öberg",
            "Westerberg", "Hägglund", "Söderberg", "Norberg", "Nordin", "Sjödin", "Åström", "Östlund",
            "Hedström", "Näslund", "Westin", "Grahn", "Lööf", "Brännström", "Sehlstedt",
            "von Essen", "af Ugglas", "De Geer", "von Knorring", "Lundh Persson",
        ),
        (
            "Pelle", "Kalle", "Janne", "Micke", "Lasse", "Uffe", "Bosse", "Tompa", "Jocke", "Stoffe",
            "Putte", "Nisse", "Kenta", "Roffe", "Totte", "Lollo", "Mygge", "Affe", "Lunkan", "Snicke-Kurt",
        ),
    ),
    "finnish": (
        3.0,
        ("Jukka", "Mikko", "Timo", "Kari", "Pekka", "Matti", "Juha", "Tiina", "Päivi", "Riikka",
         "Heikki", "Esa", "Tuula", "Raili"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen",
         "Koskinen", "Järvinen", "Lehtonen", "Salonen", "Tuominen", "Rantanen"),
        ("Jukkis", "Pekkis", "Masa", "Mikki", "Häme"),
    ),
    "norwegian": (
        1.0,
        ("Ole", "Knut", "Sindre", "Eirik", "Håkon", "Ingvild", "Silje", "Torstein"),
        ("Hansen", "Johansen", "Olsen", "Berntsen", "Haugen", "Bakken", "Solberg", "Pedersen"),
        ("Olemann", "Sindri"),
    ),
    "danish": (
        0.7,
        ("Mads", "Søren", "Mette", "Lærke", "Kasper", "Jeppe"),
        ("Jensen", "Nielsen", "Sørensen", "Rasmussen", "Christensen", "Kjær", "Mikkelsen"),
        ("Søs", "Mikkel"),
    ),
    "polish": (
        7.0,
        ("Piotr", "Paweł", "Krzysztof", "Tomasz", "Marcin", "Łukasz", "Michał", "Grzegorz", "Jakub",
         "Wojciech", "Agnieszka", "Katarzyna", "Magdalena", "Joanna", "Dariusz", "Sławomir", "Mariusz",
         "Zbigniew", "Przemysław", "Janusz"),
        ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński",
         "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Krawczyk", "Piotrowski",
         "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Wróblewski", "Jabłoński"),
        ("Tomek", "Bartek", "Gosia", "Kasia", "Piotrek", "Darek", "Zbyszek", "Przemek", "Sławek"),
    ),
    "lithuanian": (
        3.0,
        ("Tomas", "Mindaugas", "Darius", "Rolandas", "Vytautas", "Andrius", "Gintaras", "Saulius",
         "Jurgita", "Audrius", "Egidijus"),
        ("Kazlauskas", "Jankauskas", "Petrauskas", "Stankevičius", "Vasiliauskas", "Žukauskas", "Butkus",
         "Paulauskas", "Urbonas", "Kavaliauskas", "Navickas"),
        ("Mindė", "Vytas", "Gintas", "Egis"),
    ),
    "latvian": (
        1.5,
        ("Jānis", "Andris", "Mārtiņš", "Edgars", "Raimonds", "Ilze", "Kristaps", "Aigars"),
        ("Bērziņš", "Kalniņš", "Ozoliņš", "Jansons", "Liepiņš", "Krūmiņš", "Vītols"),
        ("Edža", "Raimis", "Kristapiņš"),
    ),
    "estonian": (
        1.5,
        ("Tarmo", "Margus", "Priit", "Kristjan", "Kadri", "Triin", "Meelis"),
        ("Tamm", "Saar", "Sepp", "Mägi", "Kukk", "Rebane", "Ilves", "Põder"),
        ("Priidu", "Marguss"),
    ),
    "romanian": (
        3.0,
        ("Gheorghe", "Constantin", "Mihai", "Florin", "Adrian", "Ionuț", "Marian", "Elena", "Ioana",
         "Andreea", "Cristian", "Vasile", "Costel", "Dorin"),
        ("Popescu", "Ionescu", "Popa", "Dumitru", "Munteanu", "Constantinescu", "Gheorghiu", "Rusu",
         "Matei", "Stoica", "Lungu", "Moldovan", "Dobre", "Ciobanu"),
        ("Gigi", "Nelu", "Fane", "Mihăiță", "Costi"),
    ),
    "bulgarian": (
        1.5,
        ("Georgi", "Dimitar", "Nikolay", "Hristo", "Stoyan", "Petya", "Desislava", "Plamen"),
        ("Ivanov", "Petrov", "Georgiev", "Dimitrov", "Stoyanov", "Todorov", "Hristov", "Nikolov"),
        ("Mitko", "Gosho", "Kiro"),
    ),
    "ukrainian": (
        3.0,
        ("Oleksandr", "Andriy", "Serhiy", "Mykola", "Vasyl", "Yuriy", "Olena", "Oksana", "Iryna", "Taras",
         "Bohdan", "Dmytro", "Volodymyr"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko",
         "Kovalchuk", "Lysenko", "Marchenko", "Savchuk", "Hnatyuk"),
        ("Sashko", "Vova", "Dima", "Olya", "Tolik", "Bodya"),
    ),
    "russian": (
        1.0,
        ("Sergej", "Aleksej", "Dmitrij", "Natalia", "Svetlana", "Igor", "Vladimir"),
        ("Smirnov", "Kuznetsov", "Popov", "Sokolov", "Volkov", "Morozov", "Lebedev", "Novikov"),
        ("Serjozja", "Ljosja", "Sveta", "Natasja"),
    ),
    "bosnian": (
        2.0,
        ("Adnan", "Amir", "Edin", "Senad", "Mirza", "Elvir", "Amra", "Selma", "Lejla", "Azra",
         "Haris", "Nermin"),
        ("Hodžić", "Hadžić", "Begić", "Mehmedović", "Delić", "Kovačević", "Halilović", "Hasanović",
         "Ibrahimović", "Mujić", "Salihović", "Omerović"),
        ("Dino", "Eki", "Sejo", "Mirzo"),
    ),
    "serbian": (
        1.5,
        ("Nikola", "Milan", "Dragan", "Zoran", "Goran", "Dejan", "Marko", "Jelena", "Milica", "Ivana"),
        ("Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić", "Pavlović",
         "Stanković"),
        ("Žika", "Gaga", "Zoki", "Cile"),
    ),
    "croatian": (
        1.0,
        ("Josip", "Tomislav", "Ante", "Mario", "Marija", "Ivica"),
        ("Horvat", "Babić", "Marić", "Jurić", "Knežević", "Vuković", "Perić", "Matić"),
        ("Tomo", "Jozo"),
    ),
    "albanian": (
        2.5,
        ("Arben", "Besnik", "Driton", "Fatmir", "Valon", "Blerim", "Ilir", "Arta", "Albana", "Liridona",
         "Shqipe", "Fitore", "Agon", "Bujar", "Lulzim"),
        ("Krasniqi", "Berisha", "Gashi", "Morina", "Hoxha", "Shala", "Bytyqi", "Hasani", "Rexhepi",
         "Kelmendi", "Mustafa", "Zeqiri"),
        ("Beni", "Dritoni", "Vali", "Mimi", "Bujo"),
    ),
    "greek": (
        0.6,
        ("Georgios", "Dimitrios", "Konstantinos", "Nikolaos", "Ioannis", "Eleni", "Vasiliki"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Papadakis", "Christodoulou", "Karagiannis",
         "Oikonomou"),
        ("Kostas", "Nikos", "Takis", "Giannis"),
    ),
    "turkish": (
        2.0,
        ("Mehmet", "Ahmet", "Hüseyin", "Murat", "Emre", "Burak", "Ayşe", "Fatma", "Zeynep", "Elif",
         "Serkan", "Volkan", "Ercan"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
         "Arslan", "Doğan", "Kılıç"),
        ("Memo", "Musti", "Hüso", "Apo"),
    ),
    "kurdish": (
        2.0,
        ("Azad", "Rebwar", "Shwan", "Karwan", "Dilan", "Rojda", "Berfin", "Hêvî", "Soran", "Hawre",
         "Baran", "Zana", "Helin", "Nechirvan", "Rezan"),
        ("Zebari", "Doski", "Hawrami", "Amedi", "Sindi", "Jaff", "Baban", "Barzinji", "Zangana"),
        ("Azo", "Shwano", "Rebo", "Dilo"),
    ),
    "arabic": (
        4.0,
        ("Mohammed", "Ahmad", "Ali", "Omar", "Hussein", "Khaled", "Yousef", "Mustafa", "Abdullah",
         "Ibrahim", "Fatima", "Zainab", "Rana", "Hiba", "Layla", "Rania", "Samir", "Bilal", "Tariq",
         "Hamza", "Yasmin", "Maryam", "Wael", "Haidar"),
        ("al-Hassan", "al-Khatib", "al-Jabouri", "Haddad", "Khalil", "Mansour", "Saleh", "Hamdan",
         "Nasser", "Darwish", "al-Obaidi", "el-Sayed", "Kassem", "al-Rubaie", "Shammari"),
        ("Mo", "Hamoudi", "Abu Karim", "Abu Omar", "Zizo", "Lulu"),
    ),
    "persian": (
        2.0,
        ("Reza", "Mehdi", "Hossein", "Farid", "Parisa", "Shirin", "Nasrin", "Leila", "Babak", "Kaveh",
         "Dariush", "Navid", "Arash", "Golnar"),
        ("Hosseini", "Mohammadi", "Ahmadi", "Rezaei", "Karimi", "Moradi", "Jafari", "Rahimi", "Sadeghi",
         "Tehrani", "Azizi"),
        ("Babi", "Navi", "Dariu"),
    ),
    "afghan": (
        2.0,
        ("Hamid", "Farhad", "Zabihullah", "Najib", "Rahmatullah", "Habib", "Fereshta", "Mursal", "Zahra",
         "Khalid", "Wahid", "Samiullah", "Mojtaba"),
        ("Ahmadzai", "Popal", "Noori", "Sultani", "Safi", "Stanikzai", "Hashimi", "Amiri", "Haidari",
         "Nazari", "Jalali"),
        ("Zabi", "Khalo", "Sami"),
    ),
    "somali": (
        2.5,
        ("Abdirahman", "Abdullahi", "Mohamed", "Liban", "Faisal", "Hodan", "Fadumo", "Amina", "Hibo",
         "Sahra", "Nimco", "Ifrah", "Ayaan", "Deeqa", "Abdiwali", "Mahad"),
        ("Warsame", "Farah", "Jama", "Mohamud", "Osman", "Hirsi", "Yusuf", "Aden", "Dahir", "Egal", "Gedi",
         "Ismail", "Abdi"),
        ("Dheere", "Yarey", "Gaab", "Cali Dheere"),
    ),
    "eritrean": (
        1.5,
        ("Yonas", "Tesfay", "Mehari", "Senait", "Selam", "Biniam", "Robel", "Filmon", "Yohannes",
         "Saba", "Luwam"),
        ("Tesfamariam", "Gebremedhin", "Haile", "Kidane", "Tekle", "Berhane", "Ghebreyesus",
         "Weldemichael", "Habte"),
        ("Yoni", "Fili", "Robi"),
    ),
    "ethiopian": (
        0.8,
        ("Abebe", "Dawit", "Tigist", "Meron", "Selamawit", "Yared", "Bereket"),
        ("Tadesse", "Bekele", "Girma", "Mengistu", "Alemu", "Tesfaye", "Kebede", "Assefa"),
        ("Beki", "Meri"),
    ),
    "english": (
        1.0,
        ("James", "Michael", "David", "Sarah", "Emily", "Oliver", "Charlotte", "Gareth"),
        ("Smith", "Taylor", "Jones", "Wilson", "Davies", "Evans", "Thompson", "Robinson"),
        ("Jimbo", "Davo", "Ollie"),
    ),
    "irish": (
        0.6,
        ("Sean", "Ciarán", "Niamh", "Aoife", "Declan", "Siobhan"),
        ("O'Brien", "O'Connor", "O'Sullivan", "Murphy", "Kelly", "McCarthy", "O'Neill"),
        ("Sully", "Decky"),
    ),
    "german": (
        1.0,
        ("Jürgen", "Matthias", "Wolfgang", "Sabine", "Katrin", "Jens", "Uwe", "Dirk"),
        ("Müller", "Schmidt", "Schneider", "Weber", "Wagner", "Hoffmann", "Schäfer", "Richter",
         "von Bülow"),
        ("Jogi", "Matze"),
    ),
    "dutch": (
        0.6,
        ("Pieter", "Sander", "Joost", "Maartje", "Femke", "Ruud"),
        ("de Vries", "van Dijk", "de Jong", "Visser", "Mulder", "Smit", "Meijer", "van Leeuwen",
         "de Boer", "Vermeulen"),
        ("Piet", "Joep"),
    ),
    "italian": (
        0.7,
        ("Marco", "Luca", "Giuseppe", "Francesca", "Giulia", "Alessandro", "Matteo"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "D'Angelo", "De Luca",
         "D'Amico"),
        ("Beppe", "Sandro"),
    ),
    "spanish": (
        0.6,
        ("Javier", "Alejandro", "Lucía", "Carmen", "Pablo", "Diego"),
        ("García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "González", "Rodríguez"),
        ("Javi", "Pepe", "Nacho"),
    ),
    "chilean": (
        1.0,
        ("Claudio", "Patricio", "Rodrigo", "Ximena", "Paola", "Cristián", "Mauricio"),
        ("Muñoz", "Rojas", "Díaz", "Contreras", "Soto", "Araya", "Valenzuela", "Espinoza"),
        ("Pato", "Rodri", "Mauro"),
    ),
    "portuguese": (
        0.8,
        ("João", "Thiago", "Rafael", "Gabriela", "Fernanda", "Lucas"),
        ("da Silva", "dos Santos", "Oliveira", "Souza", "Pereira", "Carvalho", "Ferreira"),
        ("Juninho", "Rafa", "Gabi"),
    ),
    "thai": (
        0.8,
        ("Somchai", "Somsak", "Nattapong", "Siriporn", "Kanya", "Malee", "Wanida", "Suda"),
        ("Srisuk", "Chaiyaporn", "Wongsawat", "Sukprasert", "Thongchai", "Boonmee", "Kaewkla", "Saetang"),
        ("Nok", "Noi", "Pim"),
    ),
    "vietnamese": (
        0.8,
        ("Minh", "Thanh", "Tuan", "Linh", "Huong", "Duc", "Quang"),
        ("Nguyen", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui"),
        ("Tony", "Bao"),
    ),
    "chinese": (
        0.6,
        ("Wei", "Jing", "Xiaoming", "Yan", "Ying", "Hao", "Lei", "Mei"),
        ("Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou"),
        ("Xiaowei", "Jingjing"),
    ),
    "indian": (
        1.0,
        ("Rahul", "Amit", "Priya", "Sanjay", "Anjali", "Vikram", "Deepak", "Neha", "Arjun", "Suresh"),
        ("Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair", "Mehta"),
        ("Bunty", "Vicky", "Rinku"),
    ),
    "pakistani": (
        0.7,
        ("Imran", "Usman", "Ayesha", "Kashif", "Sadia", "Adeel"),
        ("Khan", "Malik", "Chaudhry", "Qureshi", "Hussain", "Siddiqui"),
        ("Mani", "Shani"),
    ),
    "filipino": (
        0.5,
        ("Jose", "Maricel", "Jocelyn", "Rowena", "Rodel", "Arnel", "Marites"),
        ("Santos", "Reyes", "Bautista", "Ocampo", "Mendoza", "Villanueva", "dela Cruz"),
        ("Jun-Jun", "Toto", "Inday"),
    ),
    "west_african": (
        0.8,
        ("Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ngozi", "Chiamaka", "Kwame", "Kofi", "Ama"),
        ("Okafor", "Adeyemi", "Okonkwo", "Mensah", "Asante", "Boateng", "Owusu", "Nwosu", "Adebayo"),
        ("Seun", "Kojo", "Emy"),
    ),
}  # fmt: skip

# Fathers' names written between the given name and the surname where that is usual.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Abdi", "Hassan", "Ismail", "Nur", "Aden", "Muse"),
    "eritrean": ("Tesfay", "Gebre", "Mehari", "Kahsay"),
    "ethiopian": ("Tadesse", "Girma", "Wolde"),
    "arabic": ("Mohammed", "Hussein", "Abdulrahman", "Kareem", "Jassim"),
    "afghan": ("Mohammad", "Ghulam", "Abdul"),
    "kurdish": ("Qadir", "Rashid", "Mahmoud"),
    "vietnamese": ("Thi", "Van", "Ngoc"),
}

# Given names and surnames that are also Swedish or English words, with their origin.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Bo", "swedish"), ("Per", "swedish"), ("Karl", "swedish"),
    ("Axel", "swedish"), ("Stig", "swedish"), ("Dag", "swedish"), ("Klara", "swedish"),
    ("Iris", "swedish"), ("Vilja", "swedish"), ("Saga", "swedish"), ("Love", "swedish"),
    ("Linnea", "swedish"), ("Frank", "english"), ("Mark", "english"), ("Jack", "english"),
    ("Granit", "albanian"), ("Jasmin", "bosnian"), ("Rasa", "lithuanian"),
    ("Grace", "west_african"), ("Blessing", "west_african"), ("Joy", "filipino"), ("Hope", "west_african"),
)  # fmt: skip
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Ek", "swedish"), ("Lind", "swedish"), ("Berg", "swedish"), ("Björk", "swedish"), ("Holm", "swedish"),
    ("Strand", "swedish"), ("Falk", "swedish"), ("Vik", "swedish"), ("Ström", "swedish"),
    ("Kvist", "swedish"), ("Gran", "swedish"), ("Asp", "swedish"), ("Alm", "swedish"), ("Fors", "swedish"),
    ("Hall", "swedish"), ("Sand", "swedish"), ("Hägg", "swedish"), ("Mason", "english"),
    ("Baker", "english"), ("Stone", "english"), ("Wood", "english"), ("Young", "english"),
)  # fmt: skip
# The chance that a person of an origin drawn for a plain slot has a word as given name or surname.
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.05, 0.08),
    "english": (0.15, 0.25),
    "west_african": (0.2, 0.0),
    "filipino": (0.15, 0.0),
}

__all__: list[Any] = ["FATHERS", "NAME_PARTICLES", "ORIGINS", "WORD_FIRST", "WORD_SHARE", "WORD_SURNAMES"]
