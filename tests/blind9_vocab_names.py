"""Names of the ninth blind corpus, by origin and kind: people who live in Sweden, of every origin.

Typed from the writer's own knowledge (docs/redaction_blind9.md); no name package or list was used. Each
origin has female and male first names, surnames and, for some, nicknames. Names that are also ordinary
Swedish or English words are kept apart (WORD_FIRST, WORD_SURNAMES): they are the `word_name` kind.
"""

from __future__ import annotations


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# origin -> (female first names, male first names, surnames, nicknames)
ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        _w("Karin Eva Maria Anna Margareta Elisabeth Ingrid Kerstin Birgitta Marie Ulla Susanne Helena "
           "Camilla Johanna Therese Malin Frida Emelie Ebba Wilma Agnes Elsa Maja Astrid Ellen Tove Elin "
           "Sofia Gunilla Monica Yvonne Annika Jenny Lovisa Hedvig Tyra Märta"),
        _w("Lars Anders Mikael Johan Erik Karl Magnus Olof Gunnar Leif Mats Göran Kent Roger Thomas "
           "Fredrik Henrik Jonas Niklas Mattias Oskar Gustav Albin Elias Hampus Ludvig Melker Viggo "
           "Torbjörn Lennart Rune Sture Ingvar Håkan Pontus Joakim Kristoffer Sixten Arvid"),
        _w("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
           "Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Lindqvist Lindgren Magnusson "
           "Axelsson Olofsson Lundgren Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson "
           "Forsberg Sjöberg Wallin Engström Danielsson Håkansson Eklund Lundin Gunnarsson Bergström "
           "Nyström Hedlund Sundberg Lindholm Holmberg Åberg Strömberg Söderberg Nordin Blomqvist "
           "Hellström Wikström Sjögren Ekström Lindahl Norberg Dahlberg Hermansson"),
        _w("Kalle Jocke Micke Pelle Nisse Lasse Janne Bosse Kicki Lollo Mirre Sussie Tessan Jonte Robban "
           "Fredde Steffe Gurra Ullis Pippi Lelle Totte"),
    ),
    "finnish": (
        _w("Aino Marjatta Päivi Riitta Sirpa Tuula Kaisa Leena Pirjo Minna Tiina Merja Outi Heli Eija "
           "Satu Anneli Sinikka Kirsi Hilkka"),
        _w("Jukka Matti Pekka Timo Kari Juha Antti Mikko Esa Seppo Raimo Pentti Tapio Heikki Jari "
           "Markku Teemu Veikko Eero Lauri"),
        _w("Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
           "Lehtonen Lehtinen Saarinen Salminen Heinonen Kinnunen Salonen Turunen Laitinen Tuominen "
           "Rantanen Karjalainen Jokinen Mattila Savolainen Lahtinen Ahonen Hyvönen Kettunen"),
        _w("Jussi Kaitsu Pertsa Tepa Make Kake Hessu"),
    ),
    "sami": (
        _w("Elle Máret Risten Ristin Sunná Biret Elen Ánne Láilá Mággá"),
        _w("Ánte Jovnna Ovla Máhtte Issát Niillas Ailo Ivvár Jon Lasse Piera Mikkal"),
        _w("Kuoljok Labba Pittja Omma Kuhmunen Kuorak Länta Nutti Marainen Fankki Niia Sarri Tuolja "
           "Partapuoli Utsi Kitok Päiviö Jannok Baer Sparrok"),
        (),
    ),
    "norwegian": (
        _w("Ingrid Sigrid Solveig Randi Hilde Hege Marit Silje Ragnhild Torunn Vigdis"),
        _w("Ola Terje Øyvind Espen Håkon Sindre Trond Geir Kjetil Ståle Torstein"),
        _w("Hansen Johansen Olsen Larsen Pedersen Nilsen Kristiansen Karlsen Haugen Solberg Berntsen "
           "Halvorsen Aasen Dahl Bakke"),
        (),
    ),
    "danish": (
        _w("Mette Pernille Lene Kirsten Dorthe Birgitte Trine Tine Lærke Signe"),
        _w("Søren Jens Mads Rasmus Morten Jesper Niels Kasper Bjarne Flemming"),
        _w("Jensen Nielsen Rasmussen Sørensen Christensen Poulsen Madsen Kristensen Mortensen Thomsen "
           "Jørgensen Møller Lauridsen Frandsen"),
        (),
    ),
    "german": (
        _w("Ursula Sabine Anke Heike Katrin Monika Gudrun Dagmar Ilse Jutta Ulrike"),
        _w("Jürgen Klaus Dieter Wolfgang Uwe Matthias Torsten Günter Helmut Rüdiger Volker"),
        _w("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schulz Richter Krüger "
           "Schäfer Zimmermann Neumann"),
        (),
    ),
    "polish": (
        _w("Katarzyna Agnieszka Małgorzata Magdalena Joanna Ewa Dorota Beata Aleksandra Justyna Paulina"),
        _w("Piotr Krzysztof Tomasz Paweł Marcin Michał Grzegorz Łukasz Jakub Wojciech Mateusz Andrzej"),
        _w("Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański "
           "Woźniak Dąbrowski Kozłowska Jankowski Kaczmarek Grabowski Pawlak"),
        _w("Kasia Gosia Tomek Kuba Bartek Magda Krzysiek"),
    ),
    "bosnian": (
        _w("Amra Lejla Emina Azra Selma Amela Aida Edina Mersiha Merima Nermina Senada"),
        _w("Emir Adnan Amer Haris Mirza Kenan Nedim Senad Elvir Almir Edin Enes"),
        _w("Hodžić Hadžić Begić Mehmedović Delić Omerović Hasanović Halilović Suljić Husić Karić Mujić "
           "Salihović Ibrišimović Kurtović"),
        _w("Edo Mujo Haso Meho Sejo"),
    ),
    "serbian": (
        _w("Jelena Milica Dragana Snežana Vesna Ivana Tamara Jovana Biljana Slavica"),
        _w("Dragan Milan Nikola Zoran Dejan Miloš Nenad Bojan Srđan Vladimir Dušan"),
        _w("Jovanović Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Popović "
           "Todorović Lazić Ristić Živković"),
        _w("Gaga Jeca Sale Žika Coa"),
    ),
    "croatian": (
        _w("Mirjana Dubravka Ljiljana Katarina Iva Petra Lucija Nikolina Ivanka"),
        _w("Ivan Josip Tomislav Ante Mario Krešimir Zvonimir Luka Stipe Hrvoje Damir"),
        _w("Horvat Kovačić Babić Marić Jurić Knežević Vuković Perić Matić Tomić Pavić Šarić Grgić"),
        (),
    ),
    "albanian": (
        _w("Arta Blerta Drita Fatjona Vjosa Albina Mimoza Teuta Shqipe Donika Valbona"),
        _w("Arben Besnik Driton Fatmir Gentian Ilir Labinot Valon Agron Bujar Artan Lirim"),
        _w("Krasniqi Berisha Gashi Morina Hoxha Shala Kelmendi Bytyqi Hasani Rexhepi Ahmeti Sadiku "
           "Bajrami Zeqiri"),
        (),
    ),
    "greek": (
        _w("Eleni Dimitra Katerina Georgia Vasiliki Anastasia Despina Chrysoula Ioanna Paraskevi"),
        _w("Giorgos Dimitris Nikos Konstantinos Yiannis Christos Panagiotis Vasilis Stavros Thanasis"),
        _w("Papadopoulos Georgiou Nikolaidis Dimitriou Konstantinidis Pappas Karagiannis Vlachos "
           "Oikonomou Antoniou Christodoulou Papadaki"),
        _w("Takis Mitsos Voula Toula"),
    ),
    "turkish": (
        _w("Ayşe Fatma Emine Zeynep Elif Merve Büşra Esra Hatice Sevgi Derya Özlem Songül Gülsen"),
        _w("Mehmet Ahmet Hüseyin İbrahim Murat Emre Burak Serkan Volkan Kemal Ömer Erdem Cem Tolga"),
        _w("Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç "
           "Çetin Polat Korkmaz Erdoğan Aktaş"),
        _w("Memo Musti Hüso Apo"),
    ),
    "kurdish": (
        _w("Berfin Rojda Nazdar Dilan Zozan Shilan Rezan Avin Jiyan Rojin Nishtiman Hêvîn"),
        _w("Rebaz Dilshad Karwan Sherzad Shwan Hawre Azad Baran Rizgar Serhat Siamand Hoshyar"),
        _w("Zebari Doski Berwari Hawrami Baban Jaff Amedi Sindi Mirani Xoshnaw Barzinji Hamawandi"),
        _w("Dilo Azo Sherzo"),
    ),
    "arabic_iraq": (
        _w("Zainab Hawraa Fatima Maryam Ruqaya Duaa Ghufran Shahad Ayat Zahraa Rusul Huda"),
        _w("Hussein Haidar Mustafa Abbas Ammar Mohammed Ahmed Karrar Sajjad Muntadhar Ameer Zaid Murtada"),
        _w("Al-Saadi Al-Jabouri Al-Obaidi Al-Tamimi Al-Khafaji Al-Rubaie Al-Musawi Kadhim Jasim Jabbar "
           "Mahdi Al-Maliki Abdulwahid"),
        _w("Abu-Zaid Hamoudi"),
    ),
    "arabic_levant": (
        _w("Rasha Rana Hala Reem Nour Ghada Yara Sana Rawan Heba Razan Maysaa Aya Lubna"),
        _w("Omar Khaled Bassel Firas Tarek Wael Ghassan Samer Rami Ziad Fadi Nizar Mahmoud Yousef Anas"),
        _w("Haddad Khoury Nasser Hamdan Saleh Darwish Sabbagh Al-Hamwi Kassab Shami Masri Abboud "
           "Hijazi Awad Qassem Barakat"),
        _w("Abbe Hamo Moodi"),
    ),
    "assyrian": (
        _w("Shamiram Nahrin Ninwa Ramina Atorina Ninorta Shamoni"),
        _w("Nineb Sargon Ashur Yakob Abrohom Gewargis Ninos Afrem Aziz Ilyas"),
        _w("Barsom Lahdo Malke Toma Shamoun Danho Saliba Yakoub Kerimo Bahnam Aslan Gabro"),
        (),
    ),
    "persian": (
        _w("Shirin Azadeh Parisa Neda Roya Leila Sahar Nasrin Mahsa Golnar Fereshteh Samira Elham "
           "Mitra Ladan Niloufar"),
        _w("Reza Amir Hossein Mehdi Behrouz Kourosh Babak Dariush Farhad Omid Payam Arash Siavash Kian "
           "Navid Peyman"),
        _w("Ahmadi Hosseini Rezaei Mohammadi Karimi Moradi Jafari Sadeghi Tehrani Hashemi Nazari "
           "Ghorbani Shirazi Najafi Farahani Esfahani"),
        _w("Mamad Sasi Pari"),
    ),
    "afghan": (
        _w("Fereshta Mursal Madina Marwa Hosai Zahra Frozan Shabnam Sodaba Malalai Nilofar"),
        _w("Ahmad Farid Jawad Zabihullah Naqibullah Hamid Rahmatullah Sayed Wahid Ehsan Baktash Nawid"),
        _w("Ahmadzai Popal Hakimi Noori Sultani Stanekzai Wardak Hussaini Qaderi Amiri Rasuli "
           "Mohammadzai Rahimi"),
        (),
    ),
    "somali": (
        _w("Hodan Fadumo Amina Sahra Ifrah Hibo Nasra Ayaan Fartun Ubah Deeqa Khadra Sagal Hamdi Idil"),
        _w("Abdirahman Abdullahi Mohamed Abdikarim Bashir Mahad Liban Ayanle Guled Abdiaziz Mukhtar "
           "Hamza Abdiwali"),
        _w("Warsame Jama Abdi Farah Osman Mohamud Aden Elmi Gedi Dirie Hersi Samatar Ismail Yusuf "
           "Guleid"),
        _w("Xamse Cabdi"),
    ),
    "eritrean": (
        _w("Senait Saba Mihret Rahel Tsega Semhar Luam Freweini Mebrat Aster Yohanna"),
        _w("Yonas Dawit Tesfay Bereket Filmon Habtom Mussie Ermias Robel Henok Tekle Amanuel"),
        _w("Tesfamariam Gebremedhin Haile Berhane Tewelde Ghebreab Kidane Andemariam Woldu Habte Mehari "
           "Yemane Zerai Asmerom"),
        (),
    ),
    "ethiopian": (
        _w("Meron Hirut Tigist Selamawit Bethlehem Mahlet Kalkidan Tsion Genet"),
        _w("Abebe Getachew Solomon Dereje Biniam Yared Mulugeta Tewodros Kebede Fikru"),
        _w("Bekele Tesfaye Alemu Girma Mengistu Wolde Negash Assefa Demissie Gebre Tadesse Ayele"),
        (),
    ),
    "latin_american": (
        _w("Carolina Paola Marcela Ximena Daniela Javiera Constanza Valentina Francisca Camila Macarena "
           "Claudia"),
        _w("Rodrigo Cristián Felipe Gonzalo Matías Sebastián Pablo Patricio Andrés Ignacio Joaquín "
           "Mauricio Héctor"),
        _w("González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez "
           "López Fuentes Hernández Torres Araya Espinoza Valenzuela"),
        _w("Pancho Nacho Pepe Lucho Coté"),
    ),
    "romanian": (
        _w("Ioana Elena Andreea Mihaela Alina Cristina Roxana Gabriela Simona Oana Raluca"),
        _w("Ionuț Gheorghe Florin Mihai Adrian Bogdan Constantin Marius Cătălin Dorin Sorin Vasile"),
        _w("Popescu Ionescu Popa Radu Dumitrescu Stoica Gheorghiu Munteanu Constantinescu Dinu Lungu "
           "Moldovan Ciobanu Rusu"),
        (),
    ),
    "hungarian": (
        _w("Zsófia Katalin Erzsébet Ildikó Zsuzsanna Krisztina Judit Anikó Orsolya"),
        _w("László István Zoltán Gábor Attila Tamás Péter Sándor Ferenc Balázs Csaba"),
        _w("Nagy Kovács Tóth Szabó Horváth Varga Molnár Németh Farkas Balogh Takács Juhász Lakatos "
           "Mészáros"),
        (),
    ),
    "russian": (
        _w("Natalia Olga Svetlana Irina Tatiana Ekaterina Yulia Ludmila Marina Galina Ksenia"),
        _w("Sergei Alexei Dmitri Andrei Mikhail Igor Oleg Nikolai Pavel Yuri Maxim Artem"),
        _w("Ivanov Ivanova Smirnov Kuznetsova Popov Sokolov Petrova Volkov Morozova Lebedev Novikova "
           "Kozlov Fedorov Orlova Pavlova Vasiliev"),
        _w("Sasha Dima Misha Natasha Vova Kolya Tanya Sveta Zhenya"),
    ),
    "ukrainian": (
        _w("Oksana Olena Iryna Kateryna Nataliia Halyna Tetiana Viktoriia Nadiia Khrystyna Solomiia "
           "Liudmyla"),
        _w("Oleksandr Mykola Andrii Serhii Vasyl Taras Bohdan Yurii Volodymyr Dmytro Ihor Petro Maksym "
           "Yaroslav"),
        _w("Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Oliinyk Shevchuk "
           "Polishchuk Lysenko Marchenko Hrytsenko Savchenko Rudenko"),
        _w("Sashko Olia Kolia"),
    ),
    "estonian": (
        _w("Kadri Triin Liis Kersti Pille Tiiu Maarja Ülle Helje Kairi"),
        _w("Toomas Jaan Tõnu Rein Priit Margus Urmas Indrek Tarmo Andres"),
        _w("Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik Kuusk Raudsepp Luik"),
        (),
    ),
    "vietnamese": (
        _w("Huong Thao Trang Ngoc Phuong Thuy Nhung Quynh Yen Oanh Tuyet Hanh"),
        _w("Minh Tuan Duc Quang Thanh Huy Nghia Khanh Trung Phong Vinh Cuong Hieu"),
        _w("Nguyen Tran Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong Truong Dinh"),
        (),
    ),
    "thai": (
        _w("Siriporn Nattaya Kanokwan Pornthip Wanida Supaporn Sudarat Malee Apinya Ratana Chanida Jintana"),
        _w("Somchai Somsak Prasert Anan Chaiyaporn Thanawat Surachai Kittisak Wichai"),
        _w("Saetang Srisuk Wongsawat Thongchai Chaiyasit Boonmee Phrompan Rattanakul Jaidee Kaewkanya "
           "Inthasorn"),
        _w("Ploy Fon Nok Aom Ning Pim"),
    ),
    "chinese": (
        _w("Xiuying Jing Yan Hui Ying Xin Tingting Yuxuan Zihan Meiling"),
        _w("Wei Jie Xiaoming Jun Hao Qiang Lei Mingyu Zhiwei Haoran"),
        _w("Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Lin Guo Luo Gao Liang Deng"),
        (),
    ),
    "indian": (
        _w("Priya Anjali Deepika Sunita Kavita Pooja Neha Lakshmi Divya Shreya Ananya Meera Harpreet"),
        _w("Rahul Amit Arjun Vikram Rajesh Suresh Sanjay Karthik Aditya Rohan Vivek Manoj Gurpreet"),
        _w("Sharma Patel Singh Kumar Gupta Reddy Iyer Nair Menon Joshi Kaur Desai Mehta Chatterjee "
           "Banerjee Krishnan Pillai"),
        (),
    ),
    "pakistani": (
        _w("Ayesha Hina Mehwish Rabia Nadia Sadia Saima Bushra Iqra Mahnoor Zara"),
        _w("Imran Bilal Usman Faisal Kamran Asif Tariq Shahid Waqas Zeeshan Junaid Naveed"),
        _w("Khan Malik Qureshi Chaudhry Sheikh Siddiqui Hussain Raza Baig Mirza Javed Iqbal Akhtar Awan "
           "Bhatti Abbasi"),
        (),
    ),
    "filipino": (
        _w("Maricel Rowena Jocelyn Marites Analyn Lorna Rosario Jennilyn Mylene Divina"),
        _w("Rodel Jericho Reynaldo Ramon Rolando Arnel Eduardo Joel Romeo Danilo Renato"),
        _w("Santos Reyes Bautista Ocampo Mendoza Villanueva Aquino Ramos Castillo Manalo Dizon "
           "Pangilinan Macapagal"),
        _w("Jojo Bong Nonoy Beng Tonton"),
    ),
    "english": (
        _w("Sarah Charlotte Lucy Rachel Emily Olivia Jessica Rebecca Claire Fiona Siobhan Gemma"),
        _w("James Oliver George Daniel Matthew Liam Connor Callum Gareth Ian Neil Stuart"),
        _w("Smith Jones Williams Taylor Davies Evans Wilson Roberts Johnson Walker Wright Robinson "
           "Thompson Hughes Edwards Murphy Kelly"),
        _w("Jamie Ollie Charlie Becky Liz Dave"),
    ),
    "west_african": (
        _w("Fatou Mariama Isatou Awa Binta Haddy Kaddy Ndey Jainaba Oumie Ngozi Chiamaka"),
        _w("Lamin Ebrima Modou Alieu Ousman Momodou Babucarr Sainey Bakary Musa Chinedu Oluwaseun"),
        _w("Jallow Ceesay Touray Bah Jobe Sanneh Jammeh Darboe Sowe Camara Njie Drammeh Manneh Saidy "
           "Bojang Okafor Adeyemi"),
        (),
    ),
}  # fmt: skip

# Double first names and names of three parts, typed as people write them.
DOUBLE_FIRST: dict[str, tuple[str, ...]] = {
    "swedish": _w("Anna-Karin Eva-Lena Ann-Sofie Karl-Erik Lars-Göran Jan-Erik Carl-Johan Sven-Erik "
                  "Mari-Louise Lise-Lott Britt-Marie Ulla-Britt Per-Anders Anna-Lena"),
    "finnish": _w("Anna-Liisa Juha-Pekka Marja-Leena Jukka-Pekka Eeva-Kaisa"),
    "latin_american": ("María José", "Juan Pablo", "José Luis", "Ana María", "Juan Carlos"),
    "persian": ("Mohammad Reza", "Ali Reza", "Amir Hossein", "Fatemeh Zahra"),
    "norwegian": _w("Tor-Arne Anne-Grethe Jon-Erik"),
    "arabic_levant": ("Abdul Karim", "Abdul Rahman"),
}  # fmt: skip

# Names that are also ordinary words (in Swedish or English): the `word_name` kind.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    *(("swedish", n) for n in _w("Sten Björn Stig Dag Bo Per Axel Bror Love Liv Saga Vilja Tindra "
                                 "Lo Sol Iris Sanna Linda Viola Linnea Alva Klara Storm Ask Hans Vide Rut")),
    ("persian", "Mina"), ("persian", "Sina"), ("arabic_levant", "Dina"), ("arabic_levant", "Lina"),
    ("arabic_levant", "Lama"), ("bosnian", "Jasmin"), ("ukrainian", "Alla"), ("latin_american", "Rosa"),
    ("english", "Hope"), ("english", "Joy"), ("english", "Will"), ("english", "Mark"),
    ("english", "Grace"), ("english", "Rose"), ("english", "Tom"), ("somali", "Said"),
    ("turkish", "Can"), ("vietnamese", "Long"), ("thai", "Bee"), ("chinese", "Fang"),
)  # fmt: skip
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    *(("swedish", n) for n in _w("Berg Lind Ek Björk Gran Ström Holm Lund Falk Fors Vik Asp Lönn Alm "
                                 "Hassel Rönn Hägg Kvist Blom Lilja Svan Örn Uggla Orre Trana Fisk Hök "
                                 "Bagge Modig Stark Frost Vinter Sommar Hed Sand Dal Krok Nord Rask "
                                 "Lustig Fröjd Säll Hjort Varg Björn")),
    ("sami", "Blind"), ("sami", "Spik"), ("sami", "Skum"), ("hungarian", "Kiss"), ("romanian", "Marin"),
    ("english", "Brown"), ("english", "White"), ("english", "Young"), ("chinese", "Sun"),
    ("norwegian", "Bakken"), ("german", "Koch"), ("estonian", "Oja"), ("hungarian", "Papp"),
)  # fmt: skip
# The word names given to women and girls (the rest are men's or either).
FEMALE_WORD_FIRST = frozenset(
    _w("Liv Saga Vilja Tindra Lo Sol Iris Sanna Linda Viola Linnea Alva Klara Rut Mina Dina Lina Lama Alla "
       "Rosa Hope Joy Grace Rose Fang Bee")
)  # fmt: skip
