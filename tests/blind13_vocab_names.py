"""Names for the thirteenth blind corpus, typed from the writer's own knowledge of the people who live in
Swedish suburbs (no name package, no list, no other corpus). An underscore joins a two-part first name or
surname ("Juan_Carlos")."""

from __future__ import annotations

# origin -> (first names, surnames, weight)
_RAW: dict[str, tuple[str, str, int]] = {
    "swedish": (
        "Jenny Sara Anna Karin Lena Malin Johanna Emma Ulrika Camilla Therese Helena Åsa Maria Eva Kristina "
        "Linnéa Elin Matilda Frida Ann-Charlotte Eva-Lena Marie-Louise Gunilla Birgitta Agneta Margareta "
        "Mattias Johan Fredrik Anders Magnus Henrik Jonas Niklas Tobias Daniel Mikael Andreas Patrik Joakim "
        "Lars-Göran Per-Olof Carl-Johan Jan-Erik Gustav Oskar Olle Hampus Viktor Göran Kjell Leif Åke Rune",
        "Nyström Lindqvist Johansson Andersson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
        "Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Lindgren Sjöberg Wallin "
        "Engström Eklund Danielsson Håkansson Lundqvist Bergström Nordin Sundberg Öberg Åberg Söderlund "
        "Hedlund Forsberg Sandberg Wikström Axelsson Holmqvist Isaksson Ekström Sjögren Lundgren Malmqvist "
        "Sjöberg-Nilsson Wallin-Persson Ek-Lundh af_Trolle von_Essen af_Klinteberg Grönwall Thorén Ahlgren",
        34,
    ),
    "finnish": (
        "Pirjo Tuula Riitta Sirpa Päivi Marjatta Aino Kaisa Jukka Pekka Kari Timo Markku Seppo Heikki Juha "
        "Tapio Mikko Ville",
        "Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen "
        "Salonen Rantanen Tuominen Kinnunen Heinonen Turunen Salminen",
        5,
    ),
    "finland_swedish": (
        "Henrika Ulla-Britt Solveig Benita Ragnvald Fredrika Rasmus Holger Kaj Bror-Erik",
        "Lindroos Sundqvist Westerlund Österberg Grönroos Holmström Enqvist Forsblom Rosenlund Sjöholm",
        3,
    ),
    "nordic": (
        "Ingvild Kari Sigrid Ragnhild Silje Mette Pernille Trine Kjetil Øystein Torbjørn Rasmus Jesper Mads "
        "Søren Halvard",
        "Hansen Johansen Kristiansen Haugen Bakke Solberg Pedersen Sørensen Rasmussen Jørgensen Møller "
        "Thomsen Christensen Dahle Haaland",
        3,
    ),
    "arabic": (
        "Mohammed Ahmad Mahmoud Khaled Omar Yousef Hussein Abdullah Mustafa Samir Tariq Walid Bilal Fatima "
        "Aisha Zainab Mariam Noor Rania Layla Huda Amani Samira Lamia Abdul_Karim Abdul_Rahman",
        "Al-Khatib al-Tamimi El-Masri Haddad Khalil Nasser Saleh Mansour Hamdan Darwish Abdallah Ibrahim "
        "Jaber Qasim Suleiman Aziz Othman Shaheen Barakat Yassin Awad Kanaan",
        9,
    ),
    "assyrian": (
        "Gabriel Aziz Ninos Sargon Ashur Shamiran Nahrin Ninva Atra Hanna_Maria Afram Yakoub Semiramis",
        "Gewargis Warda Yonan Malke Barsom Aydin Isik Gabro Kourie Lahdo Danho Shabo Hanna",
        4,
    ),
    "somali": (
        "Abdirahman Abdikadir Mohamud Farhan Hassan Yusuf Abdiaziz Liban Hodan Sahra Ayaan Ifrah Ubah "
        "Fadumo Hibaaq Nasra Sagal Hamdi",
        "Warsame Farah Abdi Jama Hersi Mohamed Nur Egal Osman Dirie Samatar Guled Elmi Aden Barre Hirsi",
        7,
    ),
    "persian": (
        "Reza Mehdi Hamid Dariush Babak Kaveh Arash Farhad Shirin Leila Parisa Mahsa Nasrin Roya "
        "Golnar Azadeh",
        "Hosseini Rahimi Mohammadi Karimi Ahmadi Rezaei Moradi Jafari Ghorbani Sadeghi Tehrani Rostami "
        "Ebrahimi Nazari Farahani",
        5,
    ),
    "afghan": (
        "Ahmad_Shah Mirwais Habibullah Najibullah Zabihullah Farid Rahim Gulbuddin Nazanin Zarghuna Mursal "
        "Sharifa Fereshta",
        "Ahmadzai Popal Safi Hotak Wardak Noorzai Stanikzai Rahimi Amiri Sultani Haidari Yousufzai",
        4,
    ),
    "kurdish": (
        "Rebin Dilan Azad Serhat Shiyar Berivan Rojda Hevin Nazdar Zilan Kawa Sherko Alan Goran",
        "Barzani Zebari Ali-Zada Doski Amedi Rashid Mahmud Kakai Hawrami Sindi Qadir Jaf",
        5,
    ),
    "bks": (
        "Emir Amir Adnan Haris Dino Nermin Jasmin Senad Mirza Amela Lejla Selma Merima Dragana Milica "
        "Jelena Goran Dragan Zoran",
        "Hadžić Hodžić Delić Mehmedović Begović Kovačević Petrović Jovanović Nikolić Babić Marić Šarić "
        "Husić Omerović Ćosić",
        5,
    ),
    "polish": (
        "Krzysztof Piotr Tomasz Marcin Paweł Grzegorz Łukasz Michał Agnieszka Katarzyna Małgorzata Joanna "
        "Ewa Dorota Beata Magdalena",
        "Kowalski Nowak Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymańska Woźniak "
        "Dąbrowski Kozłowska Jankowski Mazur",
        5,
    ),
    "turkish": (
        "Mehmet Mustafa Hakan Emre Burak Serkan Murat Ömer Ayşe Elif Zeynep Esra Gül Hatice Fatma Derya",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Aslan Koç Kurt Özdemir",
        5,
    ),
    "eritrean": (
        "Tesfay Yonas Dawit Mehari Berhane Semere Filmon Senait Helen Mebrat Lemlem Saba Rahwa Yordanos",
        "Tesfamariam Gebremedhin Haile Tekle Berhe Kidane Ghebreyesus Woldu Mehretab Asmerom Negash Habte",
        4,
    ),
    "ethiopian": (
        "Abebe Tadesse Girma Alemayehu Bekele Meron Tigist Hirut Selamawit Bethlehem Eyerusalem",
        "Tesfaye Mekonnen Wolde Demissie Gebre Kebede Alemu Worku Getachew Assefa",
        2,
    ),
    "latin": (
        "Juan_Carlos María_José Alejandro Javier Diego Andrés Camila Valentina Daniela Gabriela Ximena "
        "Rodrigo Mauricio Catalina Pilar",
        "González Rodríguez Muñoz Pérez Rojas Díaz Contreras Fuentes Sepúlveda Morales Vásquez Castillo "
        "Herrera Gutiérrez Silva_Castro",
        4,
    ),
    "thai": (
        "Somchai Sunisa Pornthip Siriporn Kanokwan Nattapong Wanida Malee Anong Supaporn Duangjai Kittisak",
        "Srisuk Wongsawat Chaiyaporn Saelim Boonmee Jantarasri Suwannarat Thongdee Kaewkla Phromma",
        3,
    ),
    "vietnamese": (
        "Thu Huong Minh Tuan Hoa Duc Linh Quang Phuong Thanh Van_Anh Hai Ngoc",
        "Nguyen Pham Hoang Vu Dang Bui Do Ngo Duong Trinh Truong Huynh Phan",
        3,
    ),
    "english": (
        "Siobhan Declan Aoife Ciaran Niamh Liam Rebecca Jessica Oliver Harriet Graham Nigel Fiona Callum",
        "O'Neill O'Sullivan Murphy McCarthy Walsh Thompson Robinson Fletcher Whitaker Henderson Davies "
        "Gallagher Kennedy",
        3,
    ),
    "german_dutch": (
        "Jürgen Wolfgang Dieter Ulrike Sabine Katrin Friederike Stefan Jeroen Maarten Sanne Femke Wouter "
        "Annelies",
        "Schneider Müller Hoffmann Krüger Schäfer Becker Zimmermann van_Dijk de_Jong Visser Bakker Janssen "
        "von_Bülow Meijer",
        3,
    ),
    "romanian": (
        "Ionuț Andrei Mihai Florin Cătălin Adrian Ioana Elena Alina Roxana Georgiana Mădălina",
        "Popescu Ionescu Constantin Dumitrescu Stan Stoica Gheorghe Munteanu Lazăr Marinescu Rădulescu",
        3,
    ),
    "ukrainian": (
        "Oleksandr Oleksii Dmytro Serhii Andrii Yurii Bohdan Oksana Iryna Nataliia Yuliia Tetiana Olena",
        "Shevchenko Bondarenko Kovalenko Tkachenko Kravchenko Melnyk Boyko Lysenko Rudenko Savchenko "
        "Marchenko Oliinyk Hnatiuk",
        4,
    ),
    "south_asian": (
        "Rajesh Sanjay Arjun Vikram Harpreet Gurpreet Priya Anjali Deepika Sunita Farhana Imran Tahir",
        "Sharma Patel Singh Gupta Reddy Iyer Chaudhry Qureshi D'Souza Banerjee Malhotra Khan",
        3,
    ),
    "chinese": (
        "Wei Jun Hao Yong Mei Xiu_Ying Li_Na Jing Xiaoming Yan Zhen",
        "Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Guo",
        3,
    ),
    "west_african": (
        "Kwame Kofi Chinedu Emeka Oluwaseun Babajide Adaeze Ngozi Chiamaka Aminata Fatoumata Mamadou "
        "Ousmane Ibrahima",
        "Mensah Owusu Okafor Adeyemi Okonkwo Diallo Traoré Keita Camara Sow Bangura Asante Boateng",
        4,
    ),
    "sami": (
        "Ánte Máret Biret Niillas Elle Sunná Jovnna Ristenne Áile",
        "Kuoljok Labba Kuhmunen Omma Sarri Utsi Jannok Gaup Nutti Pavval",
        2,
    ),
    "greek": (
        "Konstantinos Dimitrios Georgios Nikolaos Eleni Katerina Sofia Vasiliki Christos Panagiotis",
        "Papadopoulos Georgiou Nikolaidis Konstantinidis Papageorgiou Antoniou Christodoulou Karagiannis",
        2,
    ),
    "albanian": (
        "Arben Besnik Driton Fatmir Valon Blerta Albana Drita Mimoza Egzon Florentina",
        "Krasniqi Gashi Berisha Morina Hoxha Shala Bytyqi Kelmendi Rexhepi Hasani",
        3,
    ),
    "filipino": (
        "Maricel Rowena Jocelyn Marites Rodel Jericho Jomar Arnel Lovely",
        "Santos Reyes Dela_Cruz Bautista Villanueva Mendoza Ramos Aquino Manalo",
        2,
    ),
}


def _split(text: str) -> tuple[str, ...]:
    return tuple(w.replace("_", " ") for w in text.split())


ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    origin: (_split(firsts), _split(surnames)) for origin, (firsts, surnames, _) in _RAW.items()
}
WEIGHTS: dict[str, int] = {origin: weight for origin, (_, _, weight) in _RAW.items()}

# Nicknames as people use them, with the origin of the person.
NICKNAMES: tuple[tuple[str, str], ...] = (
    ("Micke", "swedish"), ("Pelle", "swedish"), ("Lasse", "swedish"), ("Janne", "swedish"),
    ("Bosse", "swedish"), ("Roffe", "swedish"), ("Kattis", "swedish"), ("Nettan", "swedish"),
    ("Mange", "swedish"), ("Totte", "swedish"), ("Lollo", "swedish"), ("Jessan", "swedish"),
    ("Affe", "swedish"), ("Steffe", "swedish"), ("Frippe", "swedish"), ("Ninni", "swedish"),
    ("Pirre", "finnish"), ("Jukka-boy", "finnish"), ("Tumppi", "finnish"),
    ("Hamudi", "arabic"), ("Abu Yousef", "arabic"), ("Mimo", "arabic"), ("Zizou", "arabic"),
    ("Abdi", "somali"), ("Xamdi", "somali"), ("Faadi", "somali"),
    ("Memo", "turkish"), ("Ayşo", "turkish"),
    ("Kasia", "polish"), ("Tomek", "polish"), ("Wojtek", "polish"), ("Gosia", "polish"),
    ("Dima", "ukrainian"), ("Katja", "ukrainian"), ("Vova", "ukrainian"), ("Sasha", "ukrainian"),
    ("Mujo", "bks"), ("Neno", "bks"), ("Ceca", "bks"),
    ("Pepe", "latin"), ("Nacho", "latin"), ("Lupe", "latin"),
    ("Noi", "thai"), ("Nok", "thai"), ("Ploy", "thai"),
    ("Mamo", "persian"), ("Shiri", "persian"),
    ("Kako", "kurdish"), ("Dado", "kurdish"),
    ("Gabi", "assyrian"), ("Ninno", "assyrian"),
    ("Mick", "english"), ("Shiv", "english"),
    ("Babs", "west_african"), ("Kojo", "west_african"),
    ("Hasse", "finland_swedish"), ("Gugge", "finland_swedish"),
)  # fmt: skip

# First names that are also ordinary words.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Stig", "swedish"), ("Bo", "swedish"), ("Björn", "swedish"), ("Hans", "swedish"),
    ("Per", "swedish"), ("Axel", "swedish"), ("Ask", "swedish"), ("Lo", "swedish"), ("Vide", "swedish"),
    ("Klara", "swedish"), ("Inga", "swedish"), ("Mina", "swedish"), ("Saga", "swedish"), ("Liv", "swedish"),
    ("Vilja", "swedish"), ("Dag", "swedish"), ("Ebbe", "swedish"), ("Love", "swedish"), ("Iris", "swedish"),
    ("Viola", "swedish"), ("Storm", "swedish"), ("Max", "swedish"), ("Sol", "latin"), ("Luz", "latin"),
    ("Rosa", "latin"), ("Paz", "latin"), ("Hope", "west_african"), ("Blessing", "west_african"),
    ("Gift", "west_african"), ("Patience", "west_african"), ("Precious", "west_african"),
    ("Grace", "english"), ("Joy", "english"), ("Can", "turkish"), ("Lan", "vietnamese"),
    ("Said", "arabic"),
)  # fmt: skip

# Surnames that are also ordinary words.
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Gran", "swedish"), ("Ek", "swedish"), ("Lind", "swedish"), ("Ström", "swedish"), ("Glad", "swedish"),
    ("Stark", "swedish"), ("Frisk", "swedish"), ("Räv", "swedish"), ("Lax", "swedish"), ("Falk", "swedish"),
    ("Örn", "swedish"), ("Svan", "swedish"), ("Hök", "swedish"), ("Lund", "swedish"), ("Holm", "swedish"),
    ("Sand", "swedish"), ("Strand", "swedish"), ("Blom", "swedish"), ("Fors", "swedish"),
    ("Kvist", "swedish"), ("Rask", "swedish"), ("Modig", "swedish"), ("Stolt", "swedish"),
    ("Bäck", "swedish"), ("Stål", "swedish"), ("Krok", "swedish"), ("Hjort", "swedish"),
    ("Ljung", "swedish"), ("Vass", "swedish"), ("Malm", "swedish"), ("Varg", "swedish"),
    ("Tran", "vietnamese"), ("Lam", "vietnamese"), ("Young", "english"), ("Long", "english"),
    ("White", "english"), ("King", "english"), ("Hill", "english"), ("Wolf", "german_dutch"),
    ("Kiss", "hungarian"),
)  # fmt: skip

# Particles and connectors: part of a name, never probed (tests/independent_labels.PARTICLES).
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "de", "af"})
