"""Names of the tenth blind corpus, typed from the writer's own knowledge of people who live in Sweden.

No name list, package or earlier corpus was read. Per origin: male first names, female first names and
surnames, whitespace-separated; an underscore joins a two-word name (`Karl_Johan`, `Dela_Cruz`).
"""

from __future__ import annotations

ORIGINS: dict[str, tuple[str, str, str]] = {
    "swedish": (
        "Anders Johan Mikael Erik Lars Karl Peter Fredrik Daniel Magnus Oskar Viktor Emil Axel Gustav Linus "
        "Filip Jonas Henrik Mattias Per-Olof Karl_Johan Lennart Gunnar Ingemar Sixten Hampus",
        "Anna Maria Karin Kristina Lena Sara Emma Johanna Malin Jenny Camilla Elin Ebba Wilma Moa Ann-Sofie "
        "Anna-Karin Ingrid Birgitta Margareta Jonna Therese Ulrika Agneta Frida",
        "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson "
        "Jonsson Lindqvist Lindström Bergström Holmgren Sjögren Engström Hedlund Lundgren Nordin Wikström "
        "Åberg Blomqvist Sandberg Forsberg Nyström Ekström Hellström Söderberg",
    ),
    "finnish": (
        "Jukka Mikko Timo Pekka Juha Kari Antti Matti Jari Heikki Eero Ville Tapio Markku Juhani Risto",
        "Pirjo Tuula Riitta Sirpa Anneli Päivi Merja Satu Heli Kaisa Aino Marjatta Tiina Sanna-Leena",
        "Virtanen Korhonen Nieminen Mäkinen Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Salonen "
        "Kinnunen Rantanen Hyvönen Leppänen Karjalainen Savolainen Ahonen",
    ),
    "sami": (
        "Ánte Niila Máhtte Issát Jovnna Aslak Sunná Ovllá Mihkkal Nils-Ánte Jon-Henrik Per-Ola",
        "Biret Elle Risten Máret Sárá Ánne Ingá Ristin Elle-Márjá Kristina",
        "Kuhmunen Labba Sunna Omma Pavval Nutti Kitok Päiviö Utsi Pittja Jannok Tuolja Åhrén Sarri "
        "Marakatt Pirak Stålka Länta Niia",
    ),
    "roma": (
        "Fred Milan Dimitri Nikolai Paulo Marko Domino Veijo Kimmo Armas Dragan Janko Bogdan Lanco",
        "Katarina Angelina Rosina Sofia Luminita Esmeralda Sirkka Helena Anneli Mimi Dolores Rosita",
        "Taikon Caldaras Demeter Bersa Stankovitj Ivanovitj Grönfors Hagert Åkerlund Rostas Lacatus "
        "Kaldaras Lindgren-Grönfors Modig",
    ),
    "syrian": (
        "Mohammad Ahmad Khaled Omar Bashar Yaser Hussam Mahmoud Rami Fadi Samer Tarek Bilal Nizar Wael",
        "Rasha Nour Rana Hiba Reem Lama Ghada Yara Batoul Aya Raghad Razan Sawsan",
        "Al-Ahmad Haddad Kassab Al-Hassan Darwish Hamdan Shahin Mansour Khalil Sabbagh Al-Khatib Najjar "
        "Kanaan Zaher Othman",
    ),
    "iraqi": (
        "Haider Mustafa Hussein Abbas Karrar Muntadhar Ammar Zaid Saif Qasim Murtadha Alaa",
        "Zahraa Fatima Zainab Maryam Noor Shahad Tabarek Ruqaya Duaa Israa Hawraa",
        "Al-Saadi Al-Jabouri Al-Musawi Kadhim Jassim Al-Obaidi Hamoudi Al-Rubaie Abdulridha Al-Tamimi "
        "Mahdi Salman",
    ),
    "assyrian": (
        "Sargon Ninos Ashur Gabriel Aday Sliba Akad Sabri Ilyas Daniyel Aziz Yakob",
        "Shamiram Ninve Nahrin Semiramis Ninorta Atra Dalia Hanna Madlen Febronia",
        "Barsom Gabro Danho Chamoun Malke Issa Gevriye Tuma Kourie Sawo Ishak Aho Yacoub Bahdi",
    ),
    "somali": (
        "Abdirahman Abdullahi Mohamed Abdi Hassan Ahmed Yusuf Liban Mahad Guled Bashir Abdikarim Farhan "
        "Mustafe",
        "Hodan Fadumo Ayaan Sahra Hibo Ifrah Khadra Nimo Ubah Amran Safiya Muna Deeqa Sagal",
        "Farah Warsame Osman Mohamud Hirsi Jama Aden Nur Ibrahim Egal Dahir Ismail Abdulle Gedi",
    ),
    "eritrean": (
        "Yonas Tesfay Dawit Filmon Merhawi Yohannes Habtom Kibrom Samuel Robel Senai Biniam",
        "Selam Helen Saba Luwam Senait Rahel Mebrat Hiwet Feven Winta Semhar Tsega",
        "Tesfamariam Ghebremedhin Haile Tekle Berhane Woldu Mehari Kidane Andemariam Habte Ghirmay Tesfaldet",
    ),
    "ethiopian": (
        "Abebe Bekele Dereje Getachew Tewodros Mulugeta Solomon Henok Yared Kaleb",
        "Tigist Meseret Bethlehem Hirut Aster Mekdes Tsion Eden Almaz Selamawit",
        "Tadesse Gebre Alemu Wolde Kebede Mengistu Desta Girma Asfaw Ayele Tesfaye Lemma",
    ),
    "afghan": (
        "Mahdi Jawad Sajad Mortaza Hamid Farid Nasir Rahmatullah Zabihullah Shafiq Wahid Obaidullah "
        "Ali_Reza Mohammad_Nabi",
        "Zahra Fereshta Marzia Mahbuba Nargis Shabnam Hosai Parwana Tahmina Zarmina Laila Sakina",
        "Ahmadi Hosseini Rezaei Mohammadi Sultani Karimi Noori Hakimi Rahimi Azizi Sadat Popal Stanikzai "
        "Wardak Jafari Amiri",
    ),
    "iranian": (
        "Reza Mehdi Amir Babak Kaveh Arash Dariush Behrouz Siavash Navid Farshid Kourosh",
        "Shirin Mahnaz Leila Parisa Azadeh Nasrin Golnaz Roya Mitra Shadi Negin Samira",
        "Tehrani Rostami Ahmadzadeh Khosravi Farahani Jafarzadeh Sadeghi Moradi Bagheri Ghorbani Kazemi "
        "Shirazi Nazari Esfahani",
    ),
    "kurdish": (
        "Rebwar Hawre Karwan Dler Shvan Azad Baran Rizgar Soran Hiwa Zana Sherko",
        "Shilan Nazdar Rezan Helin Berfin Zilan Nishtiman Avin Rojin Dilan Sozan Bahar",
        "Qadir Rashid Salih Karim Zebari Hawrami Amedi Doski Baban Jaff Mirani Bradosti",
    ),
    "turkish": (
        "Mehmet Murat Emre Burak Serkan Hakan Kemal Onur Cem Erdal Volkan Deniz Yusuf",
        "Elif Ayşe Fatma Zeynep Esra Büşra Merve Derya Songül Hatice Özlem Sibel",
        "Yılmaz Kaya Demir Şahin Çelik Yildiz Öztürk Aydin Arslan Doğan Kılıç Aslan Koç Polat Karataş",
    ),
    "bosnian": (
        "Edin Adnan Mirza Emir Haris Jasmin Senad Almir Nermin Kenan Dino Armin Sulejman",
        "Amra Lejla Selma Azra Amela Emina Sanela Aida Merima Dženana Alma Ajla",
        "Hodžić Hadžić Begić Mehmedović Karić Delić Hasanović Omerović Salihović Husić Softić Mujkić",
    ),
    "serbian": (
        "Dragan Zoran Goran Nenad Milan Dejan Nikola Stefan Vladimir Branko Darko Aleksandar Milorad",
        "Jelena Milica Snežana Vesna Dragana Biljana Tamara Mirjana Jasna Svetlana Gordana",
        "Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Popović Knežević Lazić Pavlović "
        "Todorović",
    ),
    "croatian": (
        "Ivan Tomislav Josip Ante Luka Marin Krešimir Mario Zvonimir Davor",
        "Ivana Marija Ana Petra Lucija Mirela Snježana Dubravka Ivona Zrinka",
        "Horvat Babić Jurić Kovač Marić Perić Šimić Vuković Tomić Matić Blažević Grgić",
    ),
    "albanian": (
        "Arben Besnik Driton Fatmir Ilir Valon Bujar Arber Blerim Shkelzen Agon Liridon",
        "Arta Blerta Drita Flutura Mimoza Valbona Albana Shqipe Vjosa Leonora Donika Teuta",
        "Krasniqi Berisha Gashi Hoxha Morina Shala Bytyqi Kelmendi Rexhepi Hasani Thaçi Zeqiri Maliqi",
    ),
    "polish": (
        "Piotr Krzysztof Tomasz Paweł Marcin Michał Łukasz Grzegorz Jakub Wojciech Kamil Mateusz",
        "Agnieszka Katarzyna Małgorzata Joanna Magdalena Aleksandra Monika Justyna Dorota Karolina Beata",
        "Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak "
        "Dąbrowski Kozłowski Mazur Krawczyk",
    ),
    "romanian": (
        "Ion Gheorghe Vasile Constantin Mihai Florin Adrian Cristian Marius Bogdan Ionuț Nicu",
        "Elena Ioana Mihaela Andreea Florentina Georgiana Cristina Daniela Roxana Alina Simona Oana",
        "Popescu Ionescu Dumitru Stoica Munteanu Radu Matei Ciobanu Lupu Dobre Barbu Moldovan Tudose",
    ),
    "chilean": (
        "Carlos José Luis Jorge Patricio Cristián Rodrigo Matías Felipe Sebastián Gonzalo Hernán",
        "Carolina Francisca Valentina Camila Javiera Paola Marcela Ximena Constanza Soledad Lorena",
        "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Fuentes "
        "Valenzuela Araya Espinoza Castillo",
    ),
    "greek": (
        "Giorgos Nikos Dimitris Kostas Yannis Christos Panagiotis Vasilis Stavros Spyros",
        "Eleni Despina Katerina Georgia Ioanna Vasiliki Athina Chrysa Stavroula Sotiria",
        "Papadopoulos Georgiou Papadakis Nikolaidis Dimitriou Konstantinidis Vlachos Karagiannis "
        "Oikonomou Christodoulou Anagnostou Pappas",
    ),
    "thai": (
        "Somchai Sompong Anan Kittisak Prasert Wichai Chaiwat Nattapong",
        "Siriporn Malee Kanya Sunisa Wanida Lamai Ratana Jintana Supaporn Porntip Achara Duangjai",
        "Srisuk Wongsawat Chaiyaporn Saetang Boonmee Phommachan Kaewkla Suwannarat Thongchai Intharat "
        "Rattanakorn Sukprasert",
    ),
    "vietnamese": (
        "Minh Tuan Hung Duc Quang Long Thanh Dung Khoa Hieu",
        "Lan Huong Linh Trang Ngoc Hoa Thao Phuong Hanh Nhung",
        "Nguyen Pham Hoang Huynh Phan Vu Vo Dang Bui Truong Ngo Dinh",
    ),
    "chinese": (
        "Wei Lei Jun Hao Ming Jian Qiang Bo-Wen Zhiyong Haoran",
        "Fang Xiu Jing Yan Ying Mei Xin Xiaoling Yuqing Huiling",
        "Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Gao Luo",
    ),
    "indian": (
        "Rahul Amit Vikram Arjun Sanjay Rohit Karthik Pradeep Suresh Anil Harpreet Gurpreet",
        "Priya Ananya Deepa Kavita Sunita Neha Pooja Lakshmi Shreya Anjali Divya Meera",
        "Sharma Patel Singh Kumar Gupta Reddy Nair Iyer Kaur Rao Mehta Joshi Krishnan Menon",
    ),
    "pakistani": (
        "Imran Usman Faisal Tariq Kashif Adeel Waqas Asif Zubair Naveed Hamza",
        "Ayesha Sana Hina Saima Nadia Rabia Amna Mehwish Sadia Uzma Iqra",
        "Khan Malik Chaudhry Qureshi Butt Sheikh Raza Iqbal Hussain Javed Akhtar Siddiqui",
    ),
    "filipino": (
        "John_Paul Mark_Anthony Rodel Arnel Jericho Ramon Rolando Jomar Reynaldo Noel",
        "Maricel Marivic Jennylyn Rosalie Analyn Maria_Cristina Cherry Marites Rowena Divina",
        "Santos Reyes Bautista Dela_Cruz Garcia Mendoza Villanueva Ramos Aquino Domingo Castro Macaraeg",
    ),
    "ukrainian": (
        "Oleksandr Andrii Serhii Dmytro Volodymyr Taras Bohdan Yurii Mykola Vitalii",
        "Olena Iryna Oksana Tetiana Yuliia Kateryna Svitlana Halyna Viktoriia Nataliia",
        "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Oliinyk Lysenko Moroz "
        "Marchenko Savchenko",
    ),
    "russian": (
        "Sergej Aleksej Dmitrij Nikolaj Pavel Andrej Maksim Artjom Jevgenij Vadim",
        "Olga Tatjana Natalja Irina Anastasia Ekaterina Julia Marina Ljudmila Ksenia",
        "Ivanov Smirnov Kuznetsov Popov Sokolov Volkov Petrov Morozov Novikov Fedorov Orlov Lebedev",
    ),
    "german": (
        "Jürgen Klaus Wolfgang Matthias Tobias Florian Lukas Sebastian Uwe Dieter",
        "Sabine Ursula Katrin Anja Birgit Heike Claudia Susanne Franziska Greta",
        "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schulz Richter Zimmermann "
        "Krüger",
    ),
    "english": (
        "James Oliver Harry George Jack Matthew Ryan Connor Liam Sean",
        "Sarah Emily Charlotte Lucy Rebecca Hannah Jessica Laura Megan Siobhan Chloe",
        "Smith Jones Williams Taylor Davies Wilson Evans Johnson Walsh Murphy O'Brien Robinson Wright",
    ),
    "norwegian": (
        "Ole Knut Sindre Eirik Håkon Torbjørn Vegard Audun",
        "Sigrid Ingeborg Solveig Ragnhild Marit Kjersti Åse Tone",
        "Haugen Hansen Johansen Olsen Bakke Solberg Berge Moen Halvorsen Haugland",
    ),
    "west_african": (
        "Chinedu Emeka Babajide Tunde Ebrima Lamin Modou Ousman Kwame Kofi",
        "Ngozi Adaeze Aminata Fatou Isatou Mariama Awa Abena Akosua Efua",
        "Okafor Okonkwo Adeyemi Balogun Ogunleye Nwosu Jallow Ceesay Jobe Touray Sowe Mensah Asante "
        "Boateng Owusu",
    ),
    "congolese": (
        "Jean-Claude Dieudonné Serge Emmanuel Fiston Glody Christian Blaise Jean-Pierre Patrice",
        "Mireille Chantal Nadège Ornella Béatrice Clarisse Gisèle Nathalie Sylvie",
        "Mukendi Kabongo Ilunga Tshibangu Kalonji Mbuyi Lukusa Ngoy Kasongo Nkulu Mwamba Mulumba",
    ),
    "hungarian": (
        "László Zoltán Gábor Attila Tamás Balázs István Csaba Ferenc",
        "Katalin Zsuzsanna Erzsébet Ildikó Krisztina Anikó Eszter Réka Judit Orsolya",
        "Nagy Kovács Tóth Szabó Horváth Varga Molnár Németh Farkas Balogh Takács Juhász",
    ),
    "estonian": (
        "Toomas Andres Jaan Tõnu Priit Margus Rein Urmas",
        "Kadri Triin Liis Maarja Kristiina Piret Tiiu Külli",
        "Tamm Saar Sepp Mägi Kukk Rebane Ilves Pärn Koppel Lepik Kuusk",
    ),
}

# Origins whose full name often carries the father's (and grandfather's) name: a three-part name.
THREE_PART = {"somali", "eritrean", "ethiopian", "afghan", "iraqi"}
# Origins with two surnames (father's and mother's).
TWO_SURNAMES = {"chilean"}
# Origins where a registry often writes the surname first.
SURNAME_FIRST = {"vietnamese", "chinese", "hungarian"}
# Russian surnames take a female form.
FEMININE_SURNAME = {"russian"}

# (origin, gender, first name, nickname): the nickname a person is called by.
NICKNAMES: tuple[tuple[str, str, str, str], ...] = (
    ("swedish", "m", "Joakim", "Jocke"),
    ("swedish", "m", "Karl", "Kalle"),
    ("swedish", "m", "Lars", "Lasse"),
    ("swedish", "m", "Mikael", "Micke"),
    ("swedish", "m", "Fredrik", "Fredde"),
    ("swedish", "m", "Niklas", "Nicke"),
    ("swedish", "m", "Roland", "Rolle"),
    ("swedish", "m", "Christoffer", "Stoffe"),
    ("swedish", "m", "Jan", "Janne"),
    ("swedish", "m", "Tomas", "Tompa"),
    ("swedish", "m", "Magnus", "Mange"),
    ("swedish", "m", "Gustav", "Gurra"),
    ("swedish", "m", "Robert", "Robban"),
    ("swedish", "m", "Patrik", "Patte"),
    ("swedish", "m", "Sebastian", "Sebbe"),
    ("swedish", "f", "Susanne", "Sussi"),
    ("swedish", "f", "Charlotte", "Lotta"),
    ("swedish", "f", "Elisabeth", "Bettan"),
    ("swedish", "f", "Birgitta", "Gittan"),
    ("swedish", "f", "Margareta", "Majsan"),
    ("syrian", "m", "Mohammad", "Hamoudi"),
    ("somali", "m", "Mohamed", "Moha"),
    ("somali", "m", "Abdirahman", "Abdi"),
    ("iraqi", "m", "Mustafa", "Musse"),
    ("iraqi", "m", "Abdullah", "Abbe"),
    ("syrian", "m", "Ibrahim", "Ibbe"),
    ("afghan", "m", "Hamid", "Hamo"),
    ("turkish", "m", "Mehmet", "Memo"),
    ("somali", "m", "Ismail", "Isse"),
    ("syrian", "m", "Zakaria", "Zacke"),
    ("bosnian", "m", "Sulejman", "Sule"),
    ("serbian", "m", "Aleksandar", "Aco"),
    ("serbian", "m", "Milorad", "Mile"),
    ("ukrainian", "m", "Oleksandr", "Sasha"),
    ("russian", "m", "Dmitrij", "Dima"),
    ("russian", "f", "Ekaterina", "Katja"),
    ("russian", "f", "Natalja", "Natasja"),
    ("polish", "m", "Wojciech", "Wojtek"),
    ("polish", "f", "Małgorzata", "Gosia"),
    ("polish", "f", "Katarzyna", "Kasia"),
    ("chilean", "m", "Rodrigo", "Rodri"),
    ("chilean", "f", "Francisca", "Pancha"),
    ("chilean", "m", "José", "Pepe"),
    ("finnish", "m", "Juhani", "Jussi"),
    ("thai", "m", "Somchai", "Chai"),
    ("west_african", "m", "Oluwaseun", "Seun"),
    ("west_african", "m", "Babajide", "Jide"),
    ("west_african", "f", "Chiamaka", "Amaka"),
    ("west_african", "f", "Funmilayo", "Funmi"),
    ("german", "m", "Matthias", "Matze"),
    ("greek", "m", "Panagiotis", "Panos"),
    ("filipino", "f", "Maria_Cristina", "Tintin"),
    ("eritrean", "m", "Yohannes", "Jonny"),
    ("kurdish", "m", "Rebwar", "Rebbe"),
    ("albanian", "f", "Valbona", "Bona"),
    ("assyrian", "m", "Gabriel", "Gabbe"),
    ("congolese", "m", "Dieudonné", "Dido"),
    ("iranian", "m", "Kourosh", "Kouri"),
    ("roma", "f", "Esmeralda", "Esme"),
    ("sami", "m", "Nils-Ánte", "Ánte"),
)

# First names that are also ordinary Swedish words (`Sten`, `Bo`, `Inga`, `Tom`): (name, gender, origin).
WORD_FIRST: tuple[tuple[str, str, str], ...] = (
    ("Sten", "m", "swedish"),
    ("Björn", "m", "swedish"),
    ("Bo", "m", "swedish"),
    ("Dag", "m", "swedish"),
    ("Hans", "m", "swedish"),
    ("Tom", "m", "swedish"),
    ("Max", "m", "german"),
    ("Bror", "m", "swedish"),
    ("Ask", "m", "swedish"),
    ("Vide", "m", "swedish"),
    ("Love", "m", "swedish"),
    ("Stig", "m", "swedish"),
    ("Fred", "m", "roma"),
    ("Mark", "m", "filipino"),
    ("Frank", "m", "english"),
    ("Adel", "m", "syrian"),
    ("Lo", "f", "swedish"),
    ("Liv", "f", "norwegian"),
    ("Saga", "f", "swedish"),
    ("Vilja", "f", "swedish"),
    ("Tuva", "f", "swedish"),
    ("Klara", "f", "swedish"),
    ("Iris", "f", "swedish"),
    ("Rosa", "f", "roma"),
    ("Viola", "f", "swedish"),
    ("Linnea", "f", "swedish"),
    ("Maj", "f", "swedish"),
    ("Inga", "f", "sami"),
    ("Mina", "f", "iranian"),
    ("Dina", "f", "syrian"),
    ("Hind", "f", "iraqi"),
    ("Lina", "f", "syrian"),
    ("Sol", "f", "chilean"),
    ("Hala", "f", "iraqi"),
    ("Alla", "f", "ukrainian"),
    ("Mira", "f", "bosnian"),
)

# Surnames that are also ordinary words (`Berg`, `Falk`, `Ström`, `Tran`), used after a role.
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"),
    ("Lind", "swedish"),
    ("Ek", "swedish"),
    ("Holm", "swedish"),
    ("Strand", "norwegian"),
    ("Falk", "swedish"),
    ("Björk", "swedish"),
    ("Fors", "swedish"),
    ("Ström", "swedish"),
    ("Hjort", "swedish"),
    ("Rask", "swedish"),
    ("Stark", "swedish"),
    ("Bäck", "swedish"),
    ("Svan", "swedish"),
    ("Orre", "swedish"),
    ("Mård", "swedish"),
    ("Frisk", "swedish"),
    ("Kvist", "swedish"),
    ("Stål", "swedish"),
    ("Flink", "swedish"),
    ("Vinter", "swedish"),
    ("Sommar", "swedish"),
    ("Vall", "swedish"),
    ("Sand", "norwegian"),
    ("Vik", "norwegian"),
    ("Ros", "swedish"),
    ("Stolt", "swedish"),
    ("Spik", "sami"),
    ("Blind", "sami"),
    ("Tran", "vietnamese"),
    ("Kask", "estonian"),
    ("Mets", "estonian"),
    ("Kiss", "hungarian"),
    ("Wolf", "german"),
    ("Nur", "somali"),
)
