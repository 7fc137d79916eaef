"""Names of the fifteenth blind corpus (tests/blind15_corpus.py), typed from the writer's own knowledge.

Each origin has a weight (its share of the people in a weekly EST report from a Swedish suburb or town), its
given names and its surnames; `_` stands for a space inside one name (`Juan_Pablo`, `van_Dijk`). Word names
(given names and surnames that are also words) and nicknames are listed apart, each with its origin.
"""

from __future__ import annotations

ORIGINS: dict[str, tuple[float, str, str]] = {
    "swedish": (
        33,
        "Anna Maria Karin Eva Kristina Lena Sara Emma Johanna Malin Camilla Therese Jenny Linda Åsa Ulrika "
        "Helena Ingrid Birgitta Gunnel Märta Elsa Wilma Ebba Moa Alva Maja Agnes Stina Lovisa Frida Hanna "
        "Sofia Erik Lars Anders Johan Per-Anders Nils-Erik Mikael Magnus Fredrik Henrik Jonas Mattias "
        "Andreas Tobias Marcus Niklas Peter Joakim Ola Åke Bengt Göran Kjell Leif Torbjörn Håkan Mårten "
        "Olle Hampus Alvin Melvin Wilhelm Elias Oskar Viktor Gustav Albin Ann-Sofie Ann-Charlotte Eva-Lena "
        "Karl-Johan Jan-Erik Lars-Göran Anna-Karin Maj-Britt Gun-Britt Tage Sigvard Gunilla Margareta",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
        "Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson "
        "Lindström Lindqvist Lindgren Axelsson Bergström Lundberg Lundgren Mattsson Berglund Fredriksson "
        "Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Håkansson Lundin Björklund "
        "Bergman Wikström Isaksson Fransson Nordström Mårtensson Påhlsson Jeppsson Ohlsson Nyberg Holmgren "
        "Öberg Sundqvist Hedlund Burman Nordin Lundmark Marklund Öhman Sandström Ahlqvist Rosvall Hejdenberg "
        "Stenvall Wennberg Grönlund Åström Boström Norberg von_Knorring af_Trolle",
    ),
    "sami": (
        0.8,
        "Áile Máret Ánne Risten Biret Niillas Jovnna Ánte Nils-Henrik Elle Sunná Inga-Máret",
        "Labba Kuhmunen Sarri Sikku Nutti Omma Huuva Länta Sparrok Kitok Tuorda Pavval",
    ),
    "tornedalian": (
        1.2,
        "Eino Tauno Aili Helvi Veikko Lahja Oiva Kerttu Toivo Aune Ensio Irja",
        "Niemi Keskitalo Pekkari Kangas Alatalo Rantatalo Hietala Juntti Kuoppa Raattamaa Muotka Wanhainen "
        "Ylinenpää",
    ),
    "finnish": (
        2.5,
        "Jukka Pekka Timo Mika Heikki Kari Marjatta Tuula Päivi Riitta Sirpa Leena Satu Aino Eetu Veeti",
        "Virtanen Korhonen Nieminen Mäkinen Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Salonen "
        "Saarinen Rantanen",
    ),
    "nordic": (
        1.3,
        "Kjetil Trond Sigrid Solveig Ingvild Torunn Morten Søren Mette Rasmus Jens Birthe Kasper",
        "Hansen Olsen Haugen Johannessen Bakke Kristiansen Jørgensen Nielsen Sørensen Rasmussen Madsen "
        "Berntsen",
    ),
    "arabic": (
        8,
        "Mohammed Ahmed Omar Khaled Yousef Ibrahim Mustafa Hussein Karim Tariq Bilal Fatima Aisha Mariam "
        "Nour Layla Rania Hiba Rasha Dalia Zainab Amira Salma Yasmin Hanan Mahmoud Jamal Samir",
        "Al-Rubaie Hassan Abdullah Saleh Khalil Haddad Nasser Al-Jabouri Jaber Kassem Darwish Mansour "
        "el-Amin al-Khatib Suleiman Othman Hamdan Barakat Zaher Qasim Al-Sa'adi",
    ),
    "somali": (
        5,
        "Abdi Abdirahman Hodan Hibo Faadumo Sahra Ayaan Ifrah Nimco Liban Yasin Khadar Ubah Deeqa Ilhan "
        "Hamse Mahad Sagal Abdullahi Shukri",
        "Warsame Farah Hirsi Jama Osman Yusuf Dirie Egal Mohamud Guled Aden Ismail Shire Duale Samatar Elmi",
    ),
    "eritrean": (
        2.5,
        "Yonas Tesfay Mehari Semhar Senait Yohannes Filmon Selam Merhawit Luwam Awet Biniam Saba Eden "
        "Rahel Teklit",
        "Tesfamariam Gebremedhin Haile Tekle Ghebreyesus Berhane Kidane Habte Woldu Asmerom Mebrahtu "
        "Yemane Andemariam",
    ),
    "ethiopian": (
        1.5,
        "Abebe Tigist Meron Dawit Hirut Selamawit Getachew Mulugeta Alemayehu Tsion Kalkidan Yared Liya",
        "Tadesse Bekele Girma Alemu Desta Mekonnen Assefa Tsegaye Worku Kebede Wolde",
    ),
    "persian": (
        3,
        "Reza Mehdi Amir Hamid Babak Farhad Kaveh Dariush Shirin Parisa Maryam Nasrin Azadeh Sepideh Roya "
        "Golnar Arash Navid Ladan",
        "Hosseini Mohammadi Rezaei Ahmadi Rahimi Moradi Jafari Sadeghi Tehrani Ghorbani Nouri Farahani "
        "Esfahani",
    ),
    "kurdish": (
        3.5,
        "Azad Rebin Dilan Diyar Sherzad Hiwa Karwan Soran Rojin Berivan Nazdar Shilan Zilan Baran Rozhin "
        "Avan Hozan",
        "Rashid Aziz Qadir Abdulla Omer Faraj Rasul Hama_Salih Sindi Zebari Amedi Doski Barwari Ma'ruf",
    ),
    "afghan": (
        3,
        "Ahmad Farid Jawad Nasir Wahid Zahra Mursal Khalida Freshta Nilofar Marwa Habib Mujtaba Sediqa "
        "Arezo Elaha Rahmatullah Shafiq Ramin",
        "Ahmadzai Popal Hakimi Sultani Stanekzai Rahmani Amiri Haidari Nazari Safi Azizi Barakzai Sharifi",
    ),
    "bks": (
        3,
        "Emir Adnan Edin Mirza Jasmin Dženan Haris Almir Nermin Amra Lejla Azra Merima Ajla Dragan Goran "
        "Zoran Ivana Jelena Snežana Marko Ivan",
        "Hodžić Mehmedović Hadžić Begić Kovačević Delić Husić Jovanović Petrović Nikolić Marković Horvat "
        "Babić Popović Selimović Omerović Mujić Hadzic Kovacevic",
    ),
    "albanian": (
        2,
        "Arben Besnik Driton Fatmir Valon Liridon Blerim Arta Drita Vjosa Albana Mimoza Flaka Shpresa Ardit",
        "Krasniqi Gashi Berisha Hoxha Morina Shala Kelmendi Bytyqi Rexhepi Ahmeti Hajdari Thaçi",
    ),
    "turkish": (
        3,
        "Mehmet Emre Burak Murat Serkan Cem Onur Ayşe Elif Zeynep Derya Gül Esra Merve Özlem Songül Yusuf",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Aslan Koç Polat Yilmaz "
        "Ozturk Celik",
    ),
    "assyrian": (
        2.5,
        "Sargon Ninos Nahrin Shamiram Ashur Nineb Ilona Marta Rima Gabriel Aday Shlemon Afram Nardin",
        "Barsom Lahdo Malke Aho Shamoun Yakoub Warda Gabro Isik Ablahad Kourie Hermez",
    ),
    "polish": (
        3,
        "Piotr Krzysztof Tomasz Paweł Marcin Łukasz Agnieszka Katarzyna Małgorzata Magdalena Joanna Marek "
        "Michał Dorota Beata Wojciech",
        "Nowak Kowalski Wiśniewska Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowska Jankowski Mazur Krawczyk",
    ),
    "baltic": (
        1,
        "Mindaugas Darius Jurgita Aušra Vytautas Rasa Andris Janis Ilze Kristjan Kadri Triin Tõnu",
        "Kazlauskas Petrauskas Jankauskienė Balodis Ozols Bērziņš Kalniņš Tamm Saar Mägi Kask Rebane",
    ),
    "ukrainian": (
        2,
        "Oleksandr Olena Iryna Oksana Tetiana Mykola Andrii Dmytro Yulia Nataliia Viktoriia Bohdan Taras "
        "Svitlana Serhii",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boiko Oliinyk Lysenko Savchenko "
        "Rudenko Marchenko",
    ),
    "russian": (
        1,
        "Sergej Aleksej Nikolaj Natalja Olga Tatjana Pavel Maksim Ljudmila Anastasia Vladimir Galina",
        "Ivanov Smirnova Kuznetsov Popova Sokolov Volkov Lebedeva Kozlov Novikova Morozov Petrova Fedorov",
    ),
    "romanian": (
        1.5,
        "Andrei Ionuț Mihai Florin Cristian Ioana Elena Mihaela Alina Gabriela Bogdan Vasile Lavinia",
        "Popescu Ionescu Popa Dumitru Constantin Munteanu Stoica Gheorghe Rusu Lungu Dinu Moldovan",
    ),
    "hungarian": (
        0.5,
        "Zoltán László Gábor Eszter Katalin Zsófia Balázs Ildikó Tamás",
        "Nagy Tóth Szabó Horváth Varga Kovács Farkas Molnár",
    ),
    "greek": (
        1,
        "Giorgos Nikos Dimitris Kostas Yannis Eleni Katerina Despina Vasiliki Christos Panagiotis",
        "Papadopoulos Georgiou Nikolaidis Papadaki Karagiannis Oikonomou Dimitriou Vlachos Antoniou "
        "Christodoulou",
    ),
    "latin": (
        2,
        "José Juan_Pablo María_José Carlos Luis Jorge Andrés Camila Valentina Francisca Claudia Patricio "
        "Ximena Rodrigo Gonzalo Paola Javiera Matías",
        "González Muñoz Rojas Díaz Soto Contreras Martínez Sepúlveda Morales Fuentes Valenzuela Araya "
        "da_Silva dos_Santos Pereira",
    ),
    "thai": (
        1.5,
        "Somchai Siriporn Nattaya Kanokwan Pimchanok Suda Malee Wanida Apinya Sombat Chatchai Ratana "
        "Kannika Supaporn Jintana",
        "Srisuk Saetang Wongsakul Chaiyaporn Phromma Kaewkla Boonmee Sukjai Thongdee Rattanakorn Jaidee",
    ),
    "vietnamese": (
        1,
        "Minh Tuan Linh Thanh Phuong Duc Quang Huong Trang Khanh Thi_Lan Thi_Mai",
        "Nguyen Pham Hoang Phan Dang Bui Ngo Duong Truong Huynh",
    ),
    "chinese": (
        1,
        "Wei Jing Fang Yan Hui Lei Ming Xiaoling Jianhua Yifan Zhiwei Meiling",
        "Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu",
    ),
    "filipino": (
        1,
        "Maricel Rowena Jocelyn Marites Lorna Jerome Jayson Arnel Rodel Marivic Analyn Ronaldo",
        "Santos Reyes Bautista Ocampo Garcia Mendoza Torres Villanueva dela_Cruz Aquino Ramos Castillo",
    ),
    "south_asian": (
        2,
        "Priya Anjali Rahul Arjun Vikram Sunita Deepa Ravi Imran Ayesha Usman Farhan Kavitha Suresh "
        "Tharshan Nirosha Sanjay",
        "Sharma Patel Singh Gupta Kumar Reddy Iyer Khan Qureshi Chaudhry Rahman Hossain D'Souza Fernando "
        "Perera Sivakumar",
    ),
    "west_african": (
        2,
        "Chinedu Ngozi Emeka Oluwaseun Adebayo Funmilayo Kwame Ama Kofi Abena Lamin Fatou Ousman Mariama "
        "Ebrima Awa Modou Isatou Aminata",
        "Okafor Adeyemi Okonkwo Mensah Asante Boateng Owusu Jallow Ceesay Touray Sowe Diallo N'Diaye Sarr "
        "Camara Keita Traoré",
    ),
    "congolese": (
        1.5,
        "Jean-Pierre Grâce Espérance Christelle Dieudonné Merveille Exaucé Aimé Chantal Bienvenu Gloire "
        "Nadège Jean-Claude",
        "Mukendi Kabongo Ilunga Tshibangu Mbuyi Kalala Lukusa Nzuzi Kasongo Ngoy Mwamba Kanku Matondo",
    ),
    "english": (
        1.5,
        "Liam Sean Ciaran Siobhan Aoife Niamh James Emily Charlotte Oliver Harry Rebecca Declan Megan",
        "O'Brien O'Sullivan O'Connell O'Neill O'Reilly Murphy Kelly Walsh Smith Taylor Evans Hughes "
        "McCarthy Fitzgerald Brennan",
    ),
    "german_dutch": (
        1,
        "Jürgen Klaus Uwe Sabine Heike Anke Dirk Maarten Sanne Pieter Femke Joost Annelies Wolfgang",
        "Müller Schmidt Schneider Fischer Weber Becker Hoffmann van_Dijk de_Jong van_den_Broek de_Vries "
        "Bakker Visser Janssen von_Bergen",
    ),
}


def _split(words: str) -> tuple[str, ...]:
    return tuple(w.replace("_", " ") for w in words.split())


FIRSTS: dict[str, tuple[str, ...]] = {o: _split(f) for o, (_, f, _) in ORIGINS.items()}
SURNAMES: dict[str, tuple[str, ...]] = {o: _split(s) for o, (_, _, s) in ORIGINS.items()}
WEIGHTS: dict[str, float] = {o: w for o, (w, _, _) in ORIGINS.items()}

# Given names that are words (a stone, a bear, a day, life, a lily, a will; `rosa` pink, `sol` sun, `dina`
# and `mina` yours and mine, `alla` everyone, `can` in English text).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Bo", "swedish"), ("Stig", "swedish"), ("Björn", "swedish"), ("Dag", "swedish"),
    ("Rut", "swedish"), ("Liv", "swedish"), ("Saga", "swedish"), ("Iris", "swedish"), ("Viola", "swedish"),
    ("Linnea", "swedish"), ("Lilja", "swedish"), ("Vide", "swedish"), ("Bror", "swedish"),
    ("Axel", "swedish"), ("Vilja", "swedish"), ("Ask", "swedish"), ("Grace", "west_african"),
    ("Hope", "west_african"), ("Joy", "filipino"), ("Rosa", "latin"), ("Sol", "latin"), ("Dina", "bks"),
    ("Mina", "persian"), ("Alla", "russian"), ("Can", "turkish"),
)  # fmt: skip
# Surnames that are words (lime, mountain, islet, oak, beach, stream, falcon, birch…; `tran` cod-liver oil,
# `ung` young, `kiss` pee, `bak` the back).
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Lind", "swedish"), ("Berg", "swedish"), ("Holm", "swedish"), ("Ek", "swedish"),
    ("Strand", "swedish"), ("Ström", "swedish"), ("Falk", "swedish"), ("Björk", "swedish"),
    ("Gran", "swedish"), ("Hjort", "swedish"), ("Lund", "swedish"), ("Vik", "swedish"), ("Borg", "swedish"),
    ("Nord", "swedish"), ("Kvist", "swedish"), ("Bäck", "swedish"), ("Sand", "swedish"),
    ("Fors", "swedish"), ("Glad", "swedish"), ("Frisk", "swedish"), ("Stark", "swedish"),
    ("Örn", "swedish"), ("Svan", "swedish"), ("Ros", "swedish"), ("Hall", "swedish"), ("Mark", "swedish"),
    ("Hök", "swedish"), ("Kraft", "swedish"), ("Lin", "chinese"), ("Tran", "vietnamese"),
    ("Ung", "vietnamese"), ("Kiss", "hungarian"), ("Bak", "hungarian"), ("King", "english"),
    ("Young", "english"),
)  # fmt: skip

NICKNAMES: tuple[tuple[str, str], ...] = (
    ("Micke", "swedish"), ("Janne", "swedish"), ("Pelle", "swedish"), ("Kalle", "swedish"),
    ("Lasse", "swedish"), ("Bosse", "swedish"), ("Jocke", "swedish"), ("Kicki", "swedish"),
    ("Lotta", "swedish"), ("Nettan", "swedish"), ("Totte", "swedish"), ("Frasse", "swedish"),
    ("Kattis", "swedish"), ("Stickan", "swedish"), ("Affe", "swedish"), ("Mackan", "swedish"),
    ("Jussi", "finnish"), ("Kake", "finnish"), ("Hamoudi", "arabic"), ("Abu Yousef", "arabic"),
    ("Zizo", "arabic"), ("Mimi", "arabic"), ("Dheere", "somali"), ("Cabdi Yare", "somali"),
    ("Mamad", "persian"), ("Shiro", "kurdish"), ("Mujo", "bks"), ("Beba", "bks"), ("Neno", "bks"),
    ("Kuba", "polish"), ("Gosia", "polish"), ("Kasia", "polish"), ("Tomek", "polish"), ("Memo", "turkish"),
    ("Apo", "turkish"), ("Gabi", "assyrian"), ("Sasha", "ukrainian"), ("Tolik", "ukrainian"),
    ("Dima", "russian"), ("Vova", "russian"), ("Nok", "thai"), ("Ploy", "thai"), ("Bong", "filipino"),
    ("Jun-Jun", "filipino"), ("Pepe", "latin"), ("Nacho", "latin"), ("Papy", "congolese"),
    ("Fiston", "congolese"), ("Takis", "greek"), ("Leki", "albanian"), ("Bimi", "albanian"),
    ("Mikey", "english"), ("Tumppi", "finnish"), ("Wedi Tekle", "eritrean"), ("Nisse", "swedish"),
)  # fmt: skip

# Particles of surnames (never probed: a particle is not the person).
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "de", "af", "den", "da", "dos", "dela"})
