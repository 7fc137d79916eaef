"""Names of the twenty-third blind corpus (tests/blind23_corpus.py): people who run, staff, guard, deliver to
and visit shops, restaurants, petrol stations, building sites and warehouses in six Swedish kommuner today.

Typed by the corpus's helper from its own knowledge (no name package, no list, no other corpus). An origin is
(weight, given names, surnames, nicknames); weights give a mix like that of the staff and customers of a
suburban centre: Swedish names under a third, many others.
"""

from __future__ import annotations

NAME_PARTICLES = frozenset({"al", "el", "von", "van", "de", "af", "bin", "abu", "dos", "der"})

_S = str.split

ORIGINS: dict[str, tuple[float, list[str], list[str], list[str]]] = {
    "swedish": (
        30.0,
        _S(
            "Anna Maria Karin Kristina Lena Eva Birgitta Ingrid Margareta Sara Emma Johanna Malin Jenny "
            "Linda Camilla Helena Åsa Ulrika Therese Sofia Elin Frida Ida Matilda Ebba Wilma Alice Maja "
            "Elsa Agnes Hanna Moa Tove Ylva Annika Pernilla Susanne Anneli Gunilla Kerstin Inger Lars "
            "Anders Johan Per Erik Karl Mikael Peter Thomas Daniel Fredrik Mattias Henrik Magnus Jonas "
            "Stefan Niklas Andreas Martin Patrik Marcus Jesper Oskar Viktor Hugo Elias Filip Emil Linus "
            "Albin Isak Kent Leif Göran Bengt Roger Tommy Ronny Mats Ulf Håkan Kjell Torbjörn Jörgen "
            "Pontus Rasmus Joakim Anton Gustav Sixten Melker Lars-Erik Anna-Karin Per-Olof Karl-Johan "
            "Eva-Lena Ann-Sofie Jan-Erik Britt-Marie"
        ),
        _S(
            "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
            "Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Lindström "
            "Olofsson Lindqvist Lindgren Axelsson Bergström Lundberg Lundgren Mattsson Berglund Fredriksson "
            "Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson Håkansson Lundin "
            "Gunnarsson Björklund Bergman Holmberg Samuelsson Fransson Wikström Isaksson Nyström Holmgren "
            "Arvidsson Söderberg Nyberg Blomqvist Claesson Mårtensson Nordström Lundqvist Hedlund Åberg "
            "Ekström Dahlberg Sundberg Hellström Sjögren Öberg Strömberg Hermansson Nordin Nordqvist "
            "Sundqvist Hägglund Westerberg Grahn Lindholm Ahlgren Törnqvist Rydberg Wahlström Edlund"
        )
        + ["von Essen", "af Trolle", "von Schantz", "de Mare", "af Klinteberg"],
        _S(
            "Kalle Lasse Nisse Pelle Micke Jocke Steffe Tompa Fredde Danne Ninni Lollo Bettan Kicki Nettan "
            "Jonte"
        ),
    ),
    "finnish": (
        4.0,
        _S("Jukka Pekka Mikko Timo Kari Heikki Juha Sami Tuomas Aino Päivi Riitta Tuula Sirpa Marjatta Anu"),
        _S(
            "Virtanen Korhonen Mäkinen Nieminen Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen "
            "Salminen Heinonen Niemi Kettunen Rantanen Ahonen Laaksonen Mattila Lahtinen Kinnunen"
        ),
        _S("Jukkis Pekkis Tuuli Masa Kake"),
    ),
    "nordic": (
        1.5,
        _S("Ole Morten Sigurd Torstein Rasmus Mette Hanne Ingvild Gudrun Jens Sindre Kristian"),
        _S("Hansen Pedersen Kristiansen Haugen Bakken Solberg Sørensen Rasmussen Mikkelsen Jóhannsson"),
        _S("Olle Jensa Mette"),
    ),
    "english": (
        2.0,
        _S("James Oliver Harry George Charlotte Emily Sophie Rachel Liam Sean Megan Tyler Brandon Ashley"),
        _S("Thompson Walker Robinson Clarke Harris Jenkins Murphy Kelly Reynolds Collins")
        + ["O'Donnell", "O'Neill", "O'Reilly"],
        _S("Jimmy Ollie Charlie Bex Ty"),
    ),
    "german_dutch": (
        1.2,
        _S("Jürgen Wolfgang Stefanie Ulrike Matthias Dirk Sanne Joost Henk Bram Katrin"),
        _S("Schneider Fischer Weber Hoffmann Schulz Becker Wagner Janssen Bakker Visser")
        + ["van Dijk", "van der Linden", "de Vries", "von Hagen"],
        _S("Jogi Steffi Hennie"),
    ),
    "polish": (
        2.5,
        _S("Piotr Krzysztof Tomasz Paweł Marcin Łukasz Agnieszka Katarzyna Magdalena Joanna Ewa Grzegorz"),
        _S(
            "Nowak Kowalczyk Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski "
            "Kozłowski Jankowski Mazur Krawczyk"
        ),
        _S("Piotrek Tomek Kasia Gosia Grzesiek"),
    ),
    "balkan": (
        3.0,
        _S(
            "Amir Emir Adnan Edin Almir Senad Dragan Goran Zoran Milan Nikola Amra Lejla Selma Jasmina Merima"
        ),
        _S(
            "Hodžić Hadžić Begić Mehmedović Delić Kovačević Jovanović Petrović Nikolić Marković Babić "
            "Hasanović Alić Ibrahimović Subašić Tomić"
        ),
        _S("Dado Gogi Mimi Zoki Keno"),
    ),
    "albanian": (
        2.0,
        _S("Arben Besnik Driton Fatmir Valon Ilir Blerim Arta Drita Vjosa Liridona Egzon"),
        _S("Krasniqi Berisha Gashi Hoxha Shala Morina Bytyqi Kelmendi Rexhepi Hasani"),
        _S("Beni Toni Vali"),
    ),
    "greek": (
        0.8,
        _S("Giorgos Dimitris Kostas Nikos Eleni Katerina Vasiliki Yannis"),
        _S("Papadopoulos Georgiou Dimitriou Konstantinidis Nikolaidis Alexiou"),
        _S("Kostis Lena Takis"),
    ),
    "romanian": (
        1.2,
        _S("Ionuț Mihai Andrei Florin Gheorghe Elena Ioana Mirela Alexandru Vasile"),
        _S("Popescu Ionescu Dumitru Stoica Constantin Munteanu Lungu Ciobanu"),
        _S("Nelu Fane Gabi"),
    ),
    "ukrainian": (
        1.5,
        _S("Oleksandr Dmytro Andrii Serhii Mykola Olena Oksana Iryna Nataliia Taras Yuliia"),
        _S("Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Oliinyk Savchuk Rudenko"),
        _S("Sasha Dima Sashko Olia"),
    ),
    "russian": (
        0.8,
        _S("Sergei Vladimir Aleksei Tatiana Svetlana Ekaterina Igor Maksim"),
        _S("Ivanov Smirnova Kuznetsov Popova Sokolov Morozova Volkov"),
        _S("Seryozha Lyosha Katya"),
    ),
    "baltic": (
        0.8,
        _S("Tõnu Mart Kadri Triin Jonas Rūta Indrė Mindaugas Kristaps Līga"),
        _S("Tamm Saar Sepp Kask Kazlauskas Petrauskas Bērziņš Ozoliņš"),
        _S("Mindė Krišs"),
    ),
    "turkish": (
        2.0,
        _S("Mehmet Mustafa Emre Murat Serkan Burak Ayşe Fatma Elif Zeynep Gülşen Kemal Onur"),
        _S("Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Aslan"),
        _S("Memo Mussi Serko"),
    ),
    "kurdish": (
        2.5,
        _S("Rebin Dilan Azad Shilan Bawan Hezha Sherwan Rojda Diyar Berivan Karwan Jiyan Soran Hawre"),
        _S("Barzani Ahmadi Rashid Karimi Faraj Hawrami Mahmoud Tahir Sindi Qadir"),
        _S("Rebo Dilo Sheru"),
    ),
    "iraqi": (
        4.0,
        _S("Haider Mustafa Ammar Zainab Noor Hussein Ali Mohammed Fatima Sajad Mariam Yasir Ahmed Rusul"),
        _S("Al-Jaberi Al-Saadi Al-Obaidi Hashim Kadhim Jawad Abbas Al-Rubaie Hamza Jassim Salman"),
        _S("Hamoudi Zaza Sajjo"),
    ),
    "syrian": (
        4.0,
        _S("Omar Khaled Yousef Rami Samer Hala Rana Lama Nour Bilal Majd Tarek Rawan Ghaith"),
        _S(
            "Al-Halabi Haddad Khoury Darwish Mansour Sabbagh Al-Masri Shami Kassab Nasser Hamwi Al-Ahmad "
            "Saleh"
        ),
        _S("Yoyo Mimo Khalo"),
    ),
    "levant": (
        1.5,
        _S("Jihad Walid Ziad Fadi Nadia Layla Samira Karim Rima"),
        _S("Hamdan Abu-Zeid Awad Issa Khalil Barakat Haddad-Nasser"),
        _S("Zizo Fado"),
    ),
    "assyrian": (
        3.0,
        _S("Gabriel Aday Ninos Sargon Ashur Shamiram Nahrin Ninorta Yakob Melke Aho Tuma Marta Ishtar"),
        _S("Gabriel-Yakob Isik Aydin Özdemir Danho Barsom Malke Shabo Kourie Acar Safar Afram"),
        _S("Gabbe Sakke Ninno"),
    ),
    "persian": (
        2.5,
        _S("Reza Ali-Reza Dariush Kian Amir-Hossein Shirin Parisa Maryam Nasrin Mahsa Farhad Babak Golnar"),
        _S("Hosseini Mohammadi Rezaei Moradi Ahmadi-Nejad Jafari Karimzadeh Rostami Sadeghi Tehrani"),
        _S("Dari Kiki Babi"),
    ),
    "afghan": (
        2.5,
        _S("Ahmad Wahid Shafiq Farid Zabihullah Naweed Nasima Fereshta Mursal Hamid Sohrab Mustafa"),
        _S("Rahimi Hakimi Noori Sultani Haidari Stanikzai Popal Amiri Wardak Safi"),
        _S("Zabi Nano Shafi"),
    ),
    "somali": (
        4.0,
        _S(
            "Abdirahman Abdullahi Hodan Fadumo Ayaan Hawa Mahad Liban Sahra Ifrah Khadar Deeqa Yonis "
            "Asad Ubah Nasteho"
        ),
        _S("Warsame Farah Hersi Jama Mohamud Abdi Osman Nur Egal Ismail Hassan Aden Dirie Yusuf"),
        _S("Abdi-Dheere Gaab Yare Cade"),
    ),
    "eritrean": (
        2.5,
        _S("Yonas Filmon Semhar Helen Saron Tesfay Dawit Mebrahtu Selam Ruta Mussie Yohannes Senait"),
        _S("Tesfamariam Ghebremedhin Habte Kidane Tekle Berhane Woldu Haile Gebrezgiabher Asmerom"),
        _S("Filo Semi Yoni"),
    ),
    "ethiopian": (
        1.0,
        _S("Abebe Tigist Meron Bethlehem Dereje Kebede Tsion Henok"),
        _S("Alemu Bekele Getachew Tadesse Wondimu Mengistu"),
        _S("Bete Hen"),
    ),
    "west_african": (
        1.2,
        _S("Chinedu Ngozi Oluwaseun Adaeze Kwame Abena Lamin Fatou Ousman Mariama Emeka"),
        _S("Okafor Adeyemi Mensah Boateng Ceesay Jallow Touray Njie Okonkwo Bah"),
        _S("Seun Kojo Lamo"),
    ),
    "east_african": (
        0.7,
        _S("Brian Wanjiru Achieng Moses Esther Irene Kato Nakato"),
        _S("Otieno Mwangi Kamau Nabirye Ochieng Mugisha"),
        _S("Wanji Mo"),
    ),
    "latin": (
        1.5,
        _S("Alejandro Carolina Diego Valentina Rodrigo Camila Javier Catalina Felipe Daniela Matías"),
        _S("González Muñoz Rojas Díaz Contreras Soto Silva Pérez Sepúlveda Morales Fuentes Castillo")
        + ["dos Santos", "de Oliveira"],
        _S("Pancho Cata Nacho"),
    ),
    "indian": (
        1.5,
        _S("Rahul Priya Anil Sunita Vikram Deepa Arjun Kavya Sanjay Meera Rohit Ananya"),
        _S("Sharma Patel Nair Reddy Iyer Gupta Menon Krishnan Singh Desai"),
        _S("Vicky Babu Chinnu"),
    ),
    "pakistani": (
        1.0,
        _S("Imran Usman Ayesha Sana Faisal Zeeshan Hira Bilal-Ahmed Kashif Rabia"),
        _S("Qureshi Chaudhry Malik Butt Siddiqui Rana Sheikh Mirza"),
        _S("Ali-Bhai Shani"),
    ),
    "thai": (
        1.0,
        _S("Somchai Siriporn Nattaya Kanya Pornthip Wanida Somsak Anong Malee"),
        _S("Srisuk Wongsawat Chaiyaporn Boonmee Saetang Kittisak Phromma"),
        _S("Noi Nok Lek"),
    ),
    "vietnamese": (
        0.8,
        _S("Thi Lan Minh Tuan Hoa Duc Huong Phuong Quang Thanh"),
        _S("Nguyen Tran Pham Le Hoang Vu Dang Bui"),
        _S("Tony Bé"),
    ),
    "chinese": (
        0.8,
        _S("Wei Jing Xiaoming Li Na Yan Hui Jun Mei Hao"),
        _S("Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu"),
        _S("Xiao Wei-Wei"),
    ),
    "filipino": (
        0.6,
        _S("Maricel Jocelyn Rodel Jerome Analyn Rowena Arnel"),
        _S("Santos Reyes Cruz Bautista Villanueva Mendoza Dela-Paz"),
        _S("Jojo Bong Inday"),
    ),
    "hungarian": (
        0.6,
        _S("Zoltán László Gábor Krisztina Eszter Péter Ildikó"),
        _S("Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár"),
        _S("Laci Zoli"),
    ),
    "southern_european": (
        0.8,
        _S("Giuseppe Luca Francesca Chiara Marco Pablo Lucía Sergio Alessandro"),
        _S("Rossi Russo Esposito Bianchi Romano Fernández García-López Martínez Ferrari")
        + ["di Stefano", "de Luca"],
        _S("Beppe Pepe Fra"),
    ),
}

# Patronymics and grandfathers' names written between given name and surname.
FATHERS: dict[str, list[str]] = {
    "somali": _S("Abdi Ahmed Mohamed Ali Hussein Omar Said-Abdi Farah-Ali"),
    "eritrean": _S("Tesfaldet Gebre Mehari Berhe Okbay"),
    "ethiopian": _S("Tadesse Worku Desta"),
    "afghan": _S("Mohammad Gul Jan"),
    "iraqi": _S("Kareem Abdulla Hadi"),
    "russian": _S("Ivanovich Petrovna Sergeevich"),
    "latin": _S("Andrés María José"),
}

# Given names and surnames that are also ordinary Swedish or English words.
WORD_FIRST: list[tuple[str, str]] = [
    *(
        (n, "swedish")
        for n in _S("Sten Dag Bo Stig Liv Sol Klara Saga Iris Björn Axel Lisa Love Lo Tilde Maj")
    ),
    *((n, "english") for n in _S("Mark Frank Grace Hope Will Bill Dean Rose")),
    ("Said", "iraqi"),
]
WORD_SURNAMES: list[tuple[str, str]] = [
    *(
        (n, "swedish")
        for n in _S(
            "Lind Berg Holm Ek Björk Ström Sand Strand Falk Svan Hjort Varg Lax Kock Smed Storm Frost Rask "
            "Stark Kvist Hök Lönn Bagge Vinter Sommar Bonde Skog"
        )
    ),
    *((n, "english") for n in _S("Price Baker Cook Fisher Miller Young Green King Bird Wood")),
]
# How often an ordinary draw of the origin takes a word name (given, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {"swedish": (0.04, 0.07), "english": (0.1, 0.12)}
