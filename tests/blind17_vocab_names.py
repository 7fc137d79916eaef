"""Names of the seventeenth blind corpus (tests/blind17_corpus.py), typed from the writer's own knowledge.

Each origin has a weight for a realistic mix in a Swedish town centre (the region may raise one, see
`REGION_BOOST`), given names and surnames. `_` joins a name of two words (`Juan_Pablo`, `van_der_Meer`).
Given names and surnames that are ordinary Swedish words are kept out of these pools: they are the word names
(`WORD_FIRST`, `WORD_SURNAMES`), planted alone and labelled as word names.
"""

# ruff: noqa: E501

from __future__ import annotations

ORIGINS: dict[str, tuple[float, str, str]] = {
    "swedish": (
        30,
        "Anna Maria Karin Lena Kerstin Ingrid Birgitta Eva Marie Margareta Elisabeth Susanne Sofia Emma Elin"
        " Johanna Sara Malin Jenny Linda Camilla Hanna Frida Ida Moa Tilda Ebba Agnes Wilma Alva Elsa Maja"
        " Klara Stina Annika Helena Ulrika Therese Jessica Lovisa Erik Lars Karl Anders Johan Mikael Lennart"
        " Peter Thomas Daniel Fredrik Hans Mattias Magnus Andreas Jonas Niklas Stefan Marcus Henrik Oskar"
        " Gustav Viktor Filip Albin Ludvig Hugo Elias Anton Linus Emil Kent Göran Bengt Ulf Kjell Leif Roger"
        " Tommy Ronny Patrik Tobias Joakim Sebastian Per-Olof Lars-Erik Ann-Charlotte Karl-Johan Anna-Karin"
        " Eva-Lena Jan-Erik Ann-Sofie Britt-Marie Gun-Britt",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson"
        " Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson Lindström Lindqvist"
        " Lindgren Axelsson Bergström Lundberg Lundgren Mattsson Berglund Fredriksson Sandberg Henriksson"
        " Forsberg Sjöberg Wallin Engström Eklund Danielsson Lundin Håkansson Björklund Bergman Gunnarsson"
        " Holmberg Wikström Samuelsson Isaksson Fransson Bergqvist Nyström Holmqvist Arvidsson Löfgren"
        " Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundqvist Sundberg Hedlund Åberg Sjögren"
        " Öberg Ekström Hellström Strömberg Almqvist Dahlgren Wennberg Hägglund Sundqvist Öhman Lindholm"
        " Granlund Stenmark Grahn Edlund Vikström Nordin Hedman Boström Lindahl-Ek von_Platen af_Klercker"
        " von_Essen De_Geer Sjöholm-Ahlgren",
    ),
    "finnish": (
        3,
        "Pekka Jukka Matti Timo Kari Juha Mikko Heikki Antti Sami Tuula Pirjo Sirpa Riitta Päivi Anneli"
        " Marjatta Satu Aino Eija Seppo Raimo Tuomas Esko Veikko Aili Hilja Erkki",
        "Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen"
        " Lehtinen Saarinen Salminen Heinonen Niemi Kinnunen Salonen Turunen Karvonen Rantanen Hakala"
        " Pekkari Keisu Raattamaa Ylitalo Lantto",
    ),
    "nordic": (
        1.3,
        "Ole Jens Mette Trine Kjersti Ingvild Sindre Håkon Øyvind Magnhild Rasmus Mads Frederikke Torbjørn"
        " Sigrid Bjarne",
        "Hansen Jensen Nielsen Pedersen Christensen Rasmussen Sørensen Haugen Johansen Kristiansen Bakke"
        " Solberg Hagen Aas Brekke Thorsen Halvorsen Mikkelsen Østergaard Juhl",
    ),
    "sami": (
        0.8,
        "Ánde Máret Ristin Niilas Sunná Elle Biret Jovnna Áslat Ánne Nils-Ántte",
        "Labba Kuhmunen Valkeapää Omma Utsi Partapuoli Päiviö Länta Nutti Stålka Kitok Jannok",
    ),
    "arabic": (
        8,
        "Mohammed Ahmed Ali Omar Hassan Hussein Khaled Mahmoud Youssef Ibrahim Mustafa Karim Samir Nabil"
        " Bilal Hamza Ayman Rami Fadi Ziad Walid Jamal Fatima Aisha Mariam Noor Layla Rania Hiba Dalia"
        " Yasmin Amira Salma Huda Reem Lama Rasha Ghada Zainab Abdullah Abdulrahman",
        "Haddad Khalil Mansour Saleh Hamdan Nasser Abbas Al-Jaber Al-Najjar Al-Hashimi el-Sayed Darwish"
        " Hijazi Khoury Sabbagh Barakat Qasim Awad Issa Yassin Suleiman Abdallah Al-Ani Shami Tamimi"
        " Zaher Hamoud Farouk Abu_Khalil Al-Obaidi",
    ),
    "somali": (
        5,
        "Abdi Abdirahman Abdullahi Mohamed Hodan Hibo Faduma Sahra Ifrah Hamdi Amina Asha Khadra Muna"
        " Nimco Ubah Sagal Warsame Ayan Deeqa Ilhan Liban Abdiwali Yusuf Mahad Guled Bashir Xamse",
        "Farah Jama Hirsi Aden Osman Mohamud Egal Samatar Dirie Ismail Elmi Gedi Duale Abdulle Haji Jibril"
        " Mire Hersi Barre Warsame Guleed",
    ),
    "kurdish": (
        3.5,
        "Azad Rebin Karwan Hiwa Dilan Zana Rojin Berivan Shilan Aso Baran Jiyan Sherko Hozan Delal Kawa"
        " Soran Aram Rezan Lana Helin Nishtiman",
        "Barzani Mahmoudi Rashid Hawrami Zebari Rasul Qadir Mirza Fatah Kakeyi Bapir Hamasalih Sherwani"
        " Dosky Rahim",
    ),
    "persian": (
        3,
        "Reza Alireza Mehdi Hossein Saeed Amir Arash Babak Dariush Kourosh Farhad Kaveh Omid Payam Shirin"
        " Maryam Leila Nasrin Parisa Roya Ladan Golnar Azadeh Neda Yasaman Parvin",
        "Ahmadi Hosseini Karimi Mohammadi Rezaei Moradi Sadeghi Tehrani Shirazi Ghorbani Kazemi Naderi"
        " Farahani Rostami Amini Hashemi Bagheri Esfahani Mousavi Javadi Safavi",
    ),
    "afghan": (
        3,
        "Ahmad Farid Nasir Rahim Habib Wahid Zabihullah Mujtaba Jawad Ramin Sohail Shabnam Zahra Nargis"
        " Fereshta Mursal Tamana Madina Marwa Yalda Rahmatullah Hakim",
        "Noori Sultani Hakimi Stanikzai Popal Wardak Durrani Amiri Haidari Nazari Samadi Habibi Ahmadzai"
        " Hotak Sharifi Safi Akbari Shinwari Yousufzai Rahimi",
    ),
    "bks": (
        3,
        "Emir Haris Edin Adnan Senad Alen Dragan Zoran Milan Nenad Dejan Marko Ivana Jelena Milica Vesna"
        " Snežana Amra Lejla Selma Aida Amela Merima Belma Tanja Dragana Mirsad Nermin",
        "Hodžić Hadžić Begić Kovačević Jovanović Petrović Nikolić Marković Đorđević Ilić Babić Mehmedović"
        " Hasanović Delić Mujić Salihović Karić Omerović Popović Stojanović Jurić Horvat Šarić Alić Husić"
        " Hodzic Kovacevic Mehmedovic",
    ),
    "turkish": (
        3,
        "Mehmet Ahmet Emre Burak Murat Hakan Serkan Cem Kemal Ömer Zeynep Elif Ayşe Fatma Emine Merve Büşra"
        " Esra Derya Songül Sevgi Hatice Özlem Tuba Onur Volkan Tolga Oğuz",
        "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin"
        " Koç Özkan Şimşek Polat Erdoğan Güler Korkmaz Akgül Yilmaz Ozturk Sahin Celik",
    ),
    "polish": (
        3,
        "Piotr Krzysztof Andrzej Tomasz Paweł Michał Marcin Łukasz Grzegorz Jakub Mateusz Kamil Wojciech"
        " Agnieszka Katarzyna Małgorzata Joanna Magdalena Monika Ewa Aleksandra Natalia Dorota Beata Justyna"
        " Marta Zofia",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak"
        " Dąbrowski Kozłowski Jankowski Mazur Krawczyk Piotrowski Grabowski Pawlak Michalski Nowicka Kowalska"
        " Wiśniewska Lewandowska Zielińska Wojciechowska Kaczmarek Zając",
    ),
    "eritrean": (
        2.5,
        "Yonas Dawit Tesfay Filmon Semere Yohannes Robel Biniam Senait Selam Saba Hiwet Luwam Ruta Mebrat"
        " Tsega Almaz Yordanos Danait Merhawi",
        "Tesfamariam Ghebremedhin Kidane Tekle Berhane Habte Mehari Woldu Gebreyesus Andemariam Ghebrehiwet"
        " Tsegay Asmerom Negash Abraha Russom Fissehaye",
    ),
    "ethiopian": (
        1.5,
        "Abebe Girma Alemayehu Yared Henok Selamawit Meron Bethlehem Hirut Tigist Mekdes Rahel Lemlem"
        " Kalkidan Biruk Eyob",
        "Bekele Tadesse Kebede Alemu Wolde Tesfaye Gebre Mengistu Desta Ayele Assefa Mulugeta Tilahun",
    ),
    "assyrian": (
        2.5,
        "Ninos Sargon Ashur Afram Aho Gabro Yakup Shlemon Nahrin Ninve Shamiram Ninorta Sabiha Semiramis"
        " Gewargis Malki Iskander Ilona",
        "Abdulahad Barsom Kaplan Ishak Toma Danho Shamoun Khoshaba Ablahad Gallo Bahdi Sawo Naaman Yonan"
        " Gabriel Malke Acar",
    ),
    "albanian": (
        2,
        "Arben Besnik Driton Fatmir Valon Ardit Blerim Agron Shpend Egzon Arta Blerta Vjosa Drita Teuta"
        " Flutura Liridona Albulena Arbnora Donika Ilir Kushtrim",
        "Krasniqi Berisha Gashi Morina Shala Hoxha Kelmendi Rexhepi Bytyqi Hasani Ahmeti Sopi Thaçi Zeqiri"
        " Dervishi Kastrati Hyseni Ramadani Salihu",
    ),
    "ukrainian": (
        2,
        "Oleksandr Andrii Dmytro Serhii Oleh Yurii Taras Bohdan Mykola Olena Oksana Iryna Nataliia Tetiana"
        " Yuliia Kateryna Halyna Svitlana Viktoriia Anastasiia Vasyl",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Moroz Lysenko Marchenko"
        " Savchenko Rudenko Pavlenko Petrenko Polishchuk Hnatiuk Kostiuk Zinchenko Oliinyk",
    ),
    "russian": (
        1,
        "Aleksej Dmitrij Sergej Vladimir Nikolaj Andrej Ekaterina Natalja Olga Tatjana Irina Svetlana"
        " Anastasia Ljudmila Galina",
        "Ivanov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Petrov Volkov Vasiljev"
        " Pavlov Ivanova Smirnova Kuznetsova Sokolova Volkova Petrova",
    ),
    "baltic": (
        1,
        "Jānis Andris Mārtiņš Ilze Inese Līga Kristaps Mindaugas Darius Rūta Jurgita Vilma Giedrius Kaarel"
        " Kadri Triin Liis Tiit",
        "Bērziņš Kalniņš Ozoliņš Liepiņa Kazlauskas Petrauskas Jankauskienė Žukauskas Tamm Saar Sepp Mägi"
        " Kask Rebane Ilves Kuusk",
    ),
    "greek": (
        1,
        "Georgios Konstantinos Dimitrios Nikos Ioannis Christos Panagiotis Vasilis Eleni Katerina Despina"
        " Athina Georgia Vasiliki Stavros Yannis",
        "Papadopoulos Papadopoulou Georgiou Nikolaidis Dimitriou Karagiannis Oikonomou Vlachos Papageorgiou"
        " Konstantinidis Makris Antoniou Christodoulou Ioannidis Alexiou",
    ),
    "vietnamese": (
        1,
        "Minh Thi_Lan Van_Hung Thanh Huong Linh Anh Duc Tuan Hoa Quang Phuong Trang Ngoc Bao Thi_Thu",
        "Nguyen Pham Hoang Phan Vu Dang Bui Ngo Duong Truong Huynh Dinh Lam",
    ),
    "chinese": (
        1,
        "Wei Li_Na Jing Xiaoming Hui Ming Jun Lei Fang Qiang Xin Hao Mei Yifan Zhiwei",
        "Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Guo Gao Luo Wu",
    ),
    "filipino": (
        1,
        "Maricel Jocelyn Rowena Marites Jerome Rodel Arnel Ramil Analyn Mary_Grace John_Paul Rhea Jennifer"
        " Cristina Edwin Rommel",
        "Santos Reyes Bautista Mendoza dela_Cruz Ramos Aquino Villanueva Castillo Flores Gonzales Dizon"
        " Pascual Manalo de_Leon",
    ),
    "german_dutch": (
        1,
        "Jürgen Klaus Wolfgang Stefanie Sabine Katrin Dirk Sanne Pieter Joost Maarten Femke Anouk Bram"
        " Lotte Ute Torsten Heike Hendrik",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schäfer Richter de_Vries"
        " van_Dijk Jansen de_Boer Bakker Visser Smit van_der_Meer Mulder de_Groot Vermeulen",
    ),
    "english": (
        1,
        "James John David Michael Robert William Sarah Emily Rachel Rebecca Claire Siobhan Sean Patrick"
        " Liam Ciaran Aoife Niamh Gareth Rhys Owen",
        "Smith Jones Williams Brown Taylor Davies Evans Wilson Johnson Roberts Walker Wright Robinson"
        " Thompson Hughes O'Brien O'Connor O'Sullivan McCarthy Murphy Kelly Walsh MacLeod Campbell Stewart",
    ),
    "latin": (
        2,
        "Juan José Carlos Luis Jorge Diego Pablo Andrés Javier Alejandro Mateo Camila Valentina Daniela"
        " Gabriela Carolina Fernanda Paula Ximena Lucía Isabel Marcela Juan_Pablo María_José Ana_María"
        " Rodrigo Felipe Sebastián Gonzalo",
        "González Rodríguez Fernández López Martínez Pérez Gómez Díaz Sánchez Romero Torres Vargas Rojas"
        " Muñoz Castro Ortiz Silva Morales Herrera Medina Aguilar Contreras Espinoza Fuentes da_Silva"
        " dos_Santos Oliveira Pereira Carvalho",
    ),
    "south_asian": (
        2,
        "Rahul Amit Ravi Sanjay Vikram Arjun Priya Anjali Deepa Kavita Sunita Neha Pooja Imran Faisal Asif"
        " Ayesha Harpreet Gurpreet Manpreet Rajesh Suresh Lakshmi Anand Farhan Zeeshan Nadia",
        "Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Khan Hussain Qureshi Chaudhry Malik Siddiqui Akhtar"
        " Mehta Joshi Pillai Banerjee Chatterjee Rahman Hossain Chowdhury Begum Sarkar D'Souza D'Costa",
    ),
    "west_african": (
        2,
        "Kwame Kofi Kwabena Ama Akosua Abena Chinedu Emeka Ngozi Chiamaka Oluwaseun Tunde Funmilayo Adebayo"
        " Fatou Aminata Mamadou Ousmane Moussa Ibrahima Awa Mariama Modou Lamin Isatou Binta",
        "Mensah Owusu Asante Boateng Osei Appiah Adeyemi Okafor Okonkwo Eze Nwosu Balogun Diallo Bah Barry"
        " Sow Diop Ndiaye Sarr Ceesay Jallow Touray Jammeh Camara Traoré Keita Koné Coulibaly N'Diaye",
    ),
    "congolese": (
        1.5,
        "Jean-Pierre Jean-Claude Christian Blaise Serge Didier Fabrice Gloire Merveille Divine Exaucé"
        " Chancelle Nadège Clarisse Aimée Josué Olivier Héritier",
        "Mukendi Kabongo Ilunga Tshibangu Mbuyi Kalonji Ngoy Mulumba Lukusa Kasongo Mputu Kanku Nsimba"
        " Makiese Lusamba Mabiala Mbala Matondo Kiala Nzuzi",
    ),
    "romanian": (
        1.5,
        "Ion Gheorghe Vasile Constantin Mihai Andrei Alexandru Florin Ionuț Adrian Elena Ioana Mihaela"
        " Andreea Alina Roxana Florentina",
        "Popescu Ionescu Popa Radu Dumitru Stoica Matei Munteanu Constantinescu Moldovan Rusu Lungu Ciobanu"
        " Mocanu Dobre Diaconu",
    ),
    "thai": (
        1,
        "Somchai Somsak Nattapong Siriporn Malee Pornthip Wanida Suda Kanya Ratana Araya Supaporn Jintana"
        " Anong Chalerm Prasert Sunisa",
        "Srisuk Saetang Wongsawat Chaiyaphum Suwannarat Boonyarat Thongchai Kongkaew Phromma Jaidee"
        " Kaewmanee Sukprasert Charoenphon Somboon Panyasit Chanthara",
    ),
    "hungarian": (
        0.5,
        "László István Zoltán Gábor Attila Ferenc Katalin Erzsébet Zsuzsanna Ildikó Krisztina Tamás",
        "Nagy Kovács Tóth Szabó Horváth Varga Molnár Németh Farkas Balogh Takács Juhász Lakatos Mészáros",
    ),
}

# A region raises the weight of the origins most common among its people (a rough, typed impression).
REGION_BOOST: dict[str, dict[str, float]] = {
    "sodertalje": {"assyrian": 4, "arabic": 1.3},
    "malmo": {"arabic": 1.5, "bks": 1.5, "polish": 1.3},
    "borlange": {"somali": 2, "finnish": 1.3},
    "umea": {"sami": 2.5, "finnish": 1.5},
    "sundsvall": {"finnish": 1.5, "sami": 1.5},
    "goteborg": {"somali": 1.3, "persian": 1.3, "finnish": 1.2},
    "orebro": {"somali": 1.5, "eritrean": 1.3},
    "jonkoping": {"bks": 1.5, "eritrean": 1.5},
    "norrkoping": {"kurdish": 1.3, "afghan": 1.3},
    "nacka": {"eritrean": 1.3, "polish": 1.3},
    "nykoping": {"finnish": 1.3, "somali": 1.2},
}

# Father's name as a middle name (Somali, Eritrean and Ethiopian people in Sweden often carry it).
FATHER_NAME_ORIGINS = frozenset({"somali", "eritrean", "ethiopian"})

NICKNAMES: tuple[tuple[str, str], ...] = (
    ("Kalle", "swedish"), ("Pelle", "swedish"), ("Lasse", "swedish"), ("Nisse", "swedish"),
    ("Bosse", "swedish"), ("Putte", "swedish"), ("Totte", "swedish"), ("Lollo", "swedish"),
    ("Kicki", "swedish"), ("Tompa", "swedish"), ("Jocke", "swedish"), ("Robban", "swedish"),
    ("Danne", "swedish"), ("Stoffe", "swedish"), ("Majsan", "swedish"), ("Hasse", "swedish"),
    ("Gurra", "swedish"), ("Abu Omar", "arabic"), ("Hamodi", "arabic"), ("Mody", "arabic"),
    ("Sousou", "arabic"), ("Gaab", "somali"), ("Cadde", "somali"), ("Dhuub", "somali"),
    ("Kaka Aso", "kurdish"), ("Mamo", "kurdish"), ("Mamad", "persian"), ("Dadash", "persian"),
    ("Jan Agha", "afghan"), ("Zoki", "bks"), ("Gogi", "bks"), ("Neno", "bks"), ("Memo", "turkish"),
    ("Ibo", "turkish"), ("Kasia", "polish"), ("Tomek", "polish"), ("Bartek", "polish"),
    ("Vova", "russian"), ("Kolya", "russian"), ("Sashko", "ukrainian"), ("Pate", "finnish"),
    ("Tepa", "finnish"), ("Babis", "greek"), ("Lakis", "greek"), ("Nacho", "latin"), ("Chuy", "latin"),
    ("Ploy", "thai"), ("Bong", "filipino"), ("Jojo", "filipino"), ("Wedi Haile", "eritrean"),
    ("Abush", "ethiopian"), ("Papy", "congolese"), ("Dédé", "congolese"), ("Kofi Boy", "west_african"),
    ("Robbo", "english"), ("Gazza", "english"), ("Leki", "albanian"), ("Beni", "albanian"),
    ("Ninno", "assyrian"), ("Gabbe", "assyrian"), ("Laci", "hungarian"), ("Nelu", "romanian"),
    ("Raju", "south_asian"), ("Bunty", "south_asian"), ("Xiao Wang", "chinese"), ("Bé Tư", "vietnamese"),
)  # fmt: skip

# Given names that are Swedish (or English) words, with their origin.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Bo", "swedish"), ("Stig", "swedish"), ("Björn", "swedish"), ("Dag", "swedish"),
    ("Liv", "swedish"), ("Rut", "swedish"), ("Saga", "swedish"), ("Iris", "swedish"), ("Viola", "swedish"),
    ("Vilja", "swedish"), ("Lo", "swedish"), ("Siv", "swedish"), ("Bror", "swedish"), ("Vide", "swedish"),
    ("Tor", "swedish"), ("Linnea", "swedish"), ("Rosa", "latin"), ("Sol", "latin"), ("Can", "turkish"),
    ("Hope", "west_african"), ("Joy", "west_african"), ("Grace", "english"), ("Dina", "arabic"),
    ("Mina", "persian"), ("Lina", "arabic"), ("Alla", "russian"), ("Blessing", "west_african"),
)  # fmt: skip

# Surnames that are Swedish (or other) words, with their origin.
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Lind", "swedish"), ("Berg", "swedish"), ("Holm", "swedish"), ("Ek", "swedish"), ("Strand", "swedish"),
    ("Ström", "swedish"), ("Falk", "swedish"), ("Björk", "swedish"), ("Gran", "swedish"), ("Hjort", "swedish"),
    ("Vik", "swedish"), ("Borg", "swedish"), ("Nord", "swedish"), ("Kvist", "swedish"), ("Bäck", "swedish"),
    ("Sand", "swedish"), ("Fors", "swedish"), ("Glad", "swedish"), ("Frisk", "swedish"), ("Stark", "swedish"),
    ("Örn", "swedish"), ("Svan", "swedish"), ("Ros", "swedish"), ("Hall", "swedish"), ("Skog", "swedish"),
    ("Rask", "swedish"), ("Blom", "swedish"), ("Lin", "chinese"), ("Tran", "vietnamese"), ("Kiss", "hungarian"),
    ("King", "english"), ("Young", "english"), ("Long", "chinese"), ("Bird", "english"),
)  # fmt: skip

# Particles, not probed (`da`, `dos`, `dela`, `der` are not in the harness's particle set, so the fill leaves
# them out of a name's probes).
NAME_PARTICLES = frozenset({"von", "af", "de", "van", "der", "den", "da", "dos", "dela", "al", "el"})
