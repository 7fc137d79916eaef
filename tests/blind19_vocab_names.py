# ruff: noqa: E501
"""Names of the nineteenth blind corpus (tests/blind19_corpus.py): the tenants, neighbours, caretakers, guards,
board members and organisers of the large rental estates the housing companies report from. Typed from the
writer's own knowledge; no name package or list was used.

`ORIGINS` maps an origin to (weight, given names, surnames, nicknames). `WORD_FIRST` and `WORD_SURNAMES` are
given names and surnames that are also ordinary words, with their origin; `WORD_SHARE` says how often a drawn
person of an origin carries one. `FATHERS` are the fathers' names some origins write as a middle name.
"""

from __future__ import annotations

__all__ = ["FATHERS", "NAME_PARTICLES", "ORIGINS", "WORD_FIRST", "WORD_SHARE", "WORD_SURNAMES"]

NAME_PARTICLES = {"von", "af", "van", "de", "da", "dos", "al", "el", "bin", "ibn", "abu", "ter", "der"}

_S = str.split

ORIGINS: dict[str, tuple[float, list[str], list[str], list[str]]] = {
    "swedish": (
        30.0,
        _S(
            "Anna Karin Lena Maria Eva Kerstin Birgitta Ingrid Marie Elin Johanna Emma Sofia Linnea Ida Moa "
            "Elsa Hanna Malin Therese Susanne Ulrika Annika Gunilla Margareta Lars Anders Johan Per Erik Karl "
            "Mikael Peter Magnus Fredrik Stefan Mats Jonas Henrik Niklas Patrik Tomas Ulf Göran Kent Leif "
            "Roger Håkan Oskar Viktor Albin Hugo Isak Melvin Elias Anton Per-Olof Anna-Karin Lars-Göran "
            "Eva-Lena Karl-Johan Ann-Sofie Jan-Erik Marie-Louise"
        ),
        _S(
            "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
            "Pettersson Jonsson Jansson Hansson Bengtsson Lindqvist Lindgren Lindberg Axelsson Bergström "
            "Lundberg Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin "
            "Engström Danielsson Håkansson Eklund Sundberg Wikström Isaksson Nyström Holmberg Åberg "
            "Söderberg Hedlund Nordin Sjögren Blomqvist Östlund Ekström Lundin Hägglund Wahlström"
        ),
        _S(
            "Micke Janne Lasse Pelle Kalle Bosse Nicke Tompa Jocke Ankan Lollo Sussi Nettan Kicki Bettan Pysen"
        ),
    ),
    "arabic": (
        9.0,
        _S(
            "Ahmed Mohammed Mohamad Ali Hassan Hussein Omar Khaled Mahmoud Yousef Ibrahim Mustafa Karim "
            "Tariq Samir Bilal Hamza Zakaria Ayman Walid Fatima Aisha Mariam Zainab Noor Rania Layla Huda "
            "Samira Yasmin Amal Rana Nadia Salma Dalia Ghada Hala Reem Lamis"
        ),
        _S(
            "Al-Hassan Al-Jabouri El-Sayed Haddad Khalil Mansour Nasser Saleh Hamdan Awad Darwish Abbas "
            "Qasim Jaber Yassin Khoury Al-Obaidi Al-Rashid Saad Najjar Hijazi Barakat Issa Zaher Al-Tamimi "
            "Sabbagh Shakir Ma'ruf Kanaan"
        ),
        _S("Hamoudi Abu Khalil Abu Sami Dodo Mimo Zizo Sousou Abu Yousef"),
    ),
    "somali": (
        7.0,
        _S(
            "Abdi Abdirahman Abdullahi Mohamud Ahmed Hassan Yusuf Ismail Farah Mukhtar Liban Guled Abdikarim "
            "Sahra Hodan Amina Ifrah Fadumo Hibo Khadra Ubah Deeqa Ayan Nimco Asha Muna Sagal Idil"
        ),
        _S(
            "Warsame Hirsi Jama Mohamed Abdi Egal Farah Osman Nur Aden Duale Ali Elmi Dirie Gedi Shire "
            "Guleid Hussein Omar Ahmed Samatar Yusuf Adan Awale"
        ),
        _S("Dheere Gaab Yare Cadeey Timacadde Baby Hooyo Abtigiis"),
    ),
    "kurdish": (
        4.0,
        _S(
            "Azad Rebin Dilan Shirin Berfin Rojin Baran Karwan Hawre Sherko Zana Rezan Avin Nishtiman "
            "Dana Kawa Soran Shilan Lana Heja Helin"
        ),
        _S(
            "Ahmadi Barzani Karim Rashid Mahmoud Aziz Hawrami Talabani Amin Qadir Bakr Hamarash Sindi "
            "Zebari Rasul Jaff Dosky"
        ),
        _S("Kak Azad Mamosta Shero Kako Rebo Dodi"),
    ),
    "persian": (
        3.5,
        _S(
            "Reza Ali Mohammad Hossein Mehdi Amir Behnam Dariush Farhad Kourosh Omid Saeed Babak Arash "
            "Parisa Shirin Nasrin Mahsa Leila Azadeh Golnar Yasaman Sanaz Maryam Roya Nazanin"
        ),
        _S(
            "Mohammadi Hosseini Rezaei Karimi Ahmadi Jafari Moradi Sadeghi Rahimi Tehrani Ebrahimi Nouri "
            "Ghorbani Shirazi Farahani Esfahani Kazemi Hashemi Bagheri Akbari"
        ),
        _S("Mamad Hamid-joon Rezi Babi Dari Shiri"),
    ),
    "afghan": (
        3.5,
        _S(
            "Ahmad Mohammad Ali Reza Sayed Mustafa Jawad Farid Hamid Nasir Rahim Wahid Zabihullah Sohrab "
            "Ezatullah Mursal Zahra Fereshta Marzia Habiba Nilofar Shabnam Sultana Gul Ahmad Nazir Ahmad"
        ),
        _S(
            "Ahmadzai Hakimi Rahimi Noori Sultani Popal Wardak Hashimi Karimi Sharifi Amiri Haidari Jalali "
            "Rezai Mohammadi Safi Durrani Nazari"
        ),
        _S("Jawi Faridi Kaka Sayed Lala Hamid"),
    ),
    "turkish": (
        3.0,
        _S(
            "Mehmet Mustafa Ahmet Hüseyin Emre Murat Burak Serkan Volkan Onur Kemal Cem Deniz Ayşe Fatma "
            "Elif Zeynep Emine Hatice Merve Gülsen Sibel Derya Yasemin"
        ),
        _S(
            "Yılmaz Yilmaz Kaya Demir Şahin Sahin Çelik Öztürk Ozturk Aydın Arslan Doğan Kılıç Aslan Koç "
            "Kurt Özdemir Erdem Polat Güler"
        ),
        _S("Memo Ahmo Mumo Cemo Abi Fatoş"),
    ),
    "bks": (
        3.0,
        _S(
            "Amir Emir Adnan Edin Mirza Haris Senad Dragan Goran Zoran Nikola Milan Dejan Stefan Ivana "
            "Jelena Amra Lejla Selma Aida Mersiha Azra Snežana Vesna Mirela"
        ),
        _S(
            "Hodžić Hodzic Begić Mehmedović Hadžić Kovačević Petrović Jovanović Nikolić Marković Babić "
            "Husić Delić Softić Ibrahimović Đurić Mujić Tadić Popović Salihović"
        ),
        _S("Mujo Haso Džeki Brko Zoki Ceca"),
    ),
    "polish": (
        3.0,
        _S(
            "Piotr Krzysztof Tomasz Paweł Marcin Michał Grzegorz Łukasz Jakub Adam Kamil Agnieszka "
            "Katarzyna Małgorzata Joanna Magdalena Ewa Anna Beata Dorota Justyna"
        ),
        _S(
            "Nowak Kowalski Wiśniewski Wiśniewska Wójcik Kowalczyk Kamiński Lewandowski Zieliński "
            "Szymańska Woźniak Dąbrowski Kozłowski Jankowski Mazur Krawczyk Piotrowski Grabowska"
        ),
        _S("Kuba Gosia Bartek Kasia Tomek Paulinka"),
    ),
    "finnish": (
        3.0,
        _S(
            "Jukka Pekka Mikko Timo Kari Matti Juha Heikki Seppo Jari Tuula Päivi Sirpa Riitta Marjatta "
            "Anneli Kaisa Leena Aila Raili Veikko Esa"
        ),
        _S(
            "Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen "
            "Lehtonen Salonen Niemi Kinnunen Hakala Pitkänen Räsänen Turunen Honkanen Savolainen"
        ),
        _S("Jussi Pena Tumppi Make Jaska Raikku"),
    ),
    "eritrean": (
        3.0,
        _S(
            "Yonas Tesfay Dawit Samuel Filmon Robel Henok Mussie Semere Biniam Tekle Yohannes Helen Selam "
            "Senait Luwam Saba Freweyni Ruta Hiwet Mebrat Winta"
        ),
        _S(
            "Tesfamariam Gebremedhin Haile Kidane Tekle Berhane Ghebreyesus Woldemichael Negash Habte "
            "Andemariam Asmerom Mehari Okbay Zerai Ghirmay Tewelde"
        ),
        _S("Wedi Haile Jojo Abba Tekle Seme Bini"),
    ),
    "assyrian": (
        3.0,
        _S(
            "Ninos Sargon Ashur Gabriel Aziz Yakob Shamoun Elias Robert Josef Benyamin Ninorta Shamiram "
            "Maryam Sara Nahrain Ramina Shamira Mariana Jacklin Romina"
        ),
        _S(
            "Gabriel Yakob Isa Shamoun Ishak Aho Barsom Lahdo Danho Kourie Atto Moushe Hanna Bahdi Edo "
            "Malke Sawo Toma"
        ),
        _S("Nino Sargi Bobo Ashuri Shamo Rami"),
    ),
    "albanian": (
        2.0,
        _S("Arben Besnik Ilir Fatmir Driton Blerim Valon Agron Liridon Arta Blerta Drita Fjolla Teuta Vjosa"),
        _S("Krasniqi Gashi Berisha Morina Hoxha Shala Bytyqi Kelmendi Rexhepi Hasani Ahmeti Kastrati"),
        _S("Beni Toni Lulzi Arbi"),
    ),
    "ethiopian": (
        1.5,
        _S("Abebe Dawit Girma Tewodros Mulugeta Bereket Yared Meron Tigist Hirut Selamawit Bethlehem Mahlet"),
        _S("Bekele Tadesse Alemu Getachew Desta Mekonnen Wolde Assefa Ayele Tesfaye Gebre Mengistu"),
        _S("Abi Dave Beti Teddy"),
    ),
    "ukrainian": (
        1.5,
        _S(
            "Oleksandr Andrii Serhii Dmytro Taras Yurii Oksana Olena Iryna Natalia Tetiana Kateryna Viktoriia"
        ),
        _S(
            "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boiko Oliinyk Moroz Lysenko Marchenko"
        ),
        _S("Sasha Sashko Taras Olia Ira"),
    ),
    "romanian": (
        1.5,
        _S("Ionuț Ionut Marian Florin Gheorghe Adrian Constantin Mihaela Elena Florentina Daniela Ramona"),
        _S("Popescu Ionescu Stan Dumitru Constantin Stoica Lungu Munteanu Florea Dobre Ciobanu Radu"),
        _S("Nelu Gigi Fane Luța"),
    ),
    "latin": (
        1.5,
        _S(
            "Juan Carlos Luis Diego Jorge Andrés Felipe Pablo Camila Valentina Daniela Carolina Paola "
            "Ximena Juan Pablo María José"
        ),
        _S(
            "González Rodríguez Muñoz Rojas Díaz Pérez Soto Contreras Silva Morales Fuentes Vargas "
            "Rojas Muñoz dos Santos da Silva de la Cruz"
        ),
        _S("Pancho Nacho Chino Flaca Lucho"),
    ),
    "south_asian": (
        1.5,
        _S("Rahul Amit Arjun Sandeep Imran Faisal Usman Bilal Priya Anjali Sunita Ayesha Sana Nadia Kiran"),
        _S("Sharma Patel Singh Kumar Khan Chaudhry Qureshi Malik Iqbal D'Souza Fernandes Hussain Rana"),
        _S("Bunty Raju Chintu Pinky Goldie"),
    ),
    "west_african": (
        1.5,
        _S("Mamadou Ousmane Ibrahima Moussa Kwame Kofi Chinedu Emeka Aminata Fatoumata Awa Mariama Blessing"),
        _S("Diallo Traoré Touré Camara Sow Ndiaye N'Diaye Mensah Owusu Okafor Adeyemi Keita Bah Ba"),
        _S("Papis Mamou Kojo Big Mo Papa Bah"),
    ),
    "congolese": (
        1.0,
        _S("Jean-Pierre Jean-Claude Patrick Christian Didier Exaucé Grâce Merveille Nadège Chantal Josué"),
        _S("Mbala Kabila Mukendi Tshibangu Ilunga Kasongo Lukusa Mwamba Kalala Mutombo"),
        _S("Papy JP Djodjo Mado"),
    ),
    "chinese": (
        0.8,
        _S("Wei Jing Hui Ming Jie Xiaoling Yan Li Na Hong Lei Zhi Qiang"),
        _S("Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu"),
        _S("Xiao Wang Lao Zhou Didi"),
    ),
    "vietnamese": (
        0.8,
        _S("Minh Hung Tuan Duc Anh Huong Thi Lan Thu Trang Mai Hoa Linh Quang"),
        _S("Nguyen Pham Le Hoang Huynh Vo Dang Bui Do Ngo"),
        _S("Bé Ba Út Tí Ti"),
    ),
    "thai": (
        0.8,
        _S("Somchai Somsak Nattapong Siriporn Malee Kanya Ratana Wanida Pornthip Sunee"),
        _S("Saetang Srisuk Chaiyaphum Boonmee Thongsuk Wongsawat Kittisak Phromma"),
        _S("Nok Lek Noi Pim Ple"),
    ),
    "english": (
        0.8,
        _S("James Michael David Sarah Emily Patrick Sean Claire Fiona Gareth"),
        _S("Smith Jones Taylor Brown Williams O'Connor O'Neill McDonald Walsh Murphy"),
        _S("Jim Dave Mick Paddy"),
    ),
    "nordic": (
        0.8,
        _S("Ole Knut Terje Bjørn Søren Mette Kirsten Ingeborg Sigrid Henning Rasmus"),
        _S("Hansen Johansen Olsen Larsen Pedersen Nielsen Jørgensen Haugen Bakke Dahl"),
        _S("Olle Knutte Sørre Kiki"),
    ),
    "russian": (
        0.8,
        _S("Dmitrij Sergej Aleksej Ivan Nikolaj Vladimir Natalja Olga Tatjana Svetlana Irina Jekaterina"),
        _S("Ivanov Petrov Smirnova Kuznetsov Popova Sokolov Morozova Volkov Lebedev Kozlova"),
        _S("Dima Serjozja Tolik Katja Sveta"),
    ),
    "greek": (
        0.8,
        _S("Giorgos Dimitris Nikos Kostas Yannis Eleni Maria Sofia Katerina Despina"),
        _S("Papadopoulos Georgiou Nikolaidis Dimitriou Konstantinou Makris Papas Ioannou"),
        _S("Takis Kostakis Lena"),
    ),
    "tornedalian_sami": (
        0.7,
        _S("Nils-Anders Inga-Máret Ánde Biret Máhtte Per-Anders Elle Lars-Henrik Aslak Sunna"),
        _S("Kuoljok Labba Sarri Omma Kitok Pittja Niia Kangas Vasara Pokka"),
        _S("Nisse Máhtte Ante"),
    ),
    "hungarian": (
        0.6,
        _S("László István Zoltán Gábor Péter Ágnes Katalin Zsuzsanna Erzsébet Andrea"),
        _S("Nagy Horváth Tóth Szabó Varga Kovács Farkas Balogh Molnár Németh"),
        _S("Laci Pisti Zoli Kati"),
    ),
    "german_dutch": (
        0.6,
        _S("Jürgen Klaus Stefan Wolfgang Dirk Sabine Ulrike Anke Pieter Joost Sanne"),
        _S("Müller Schmidt Schneider Fischer Weber von Essen van der Berg de Vries van Dijk ter Horst"),
        _S("Jogi Klausi Pit"),
    ),
    "baltic": (
        0.6,
        _S("Jānis Andris Mārtiņš Tõnu Rein Jonas Tomas Ilze Kristīne Kadri Rūta"),
        _S("Bērziņš Kalniņš Ozola Tamm Saar Kask Kazlauskas Petrauskas Jankauskienė"),
        _S("Jancis Tõnts Tomka"),
    ),
}

# Given names and surnames that are ordinary words (Swedish unless noted), with their origin.
WORD_FIRST: list[tuple[str, str]] = [
    ("Sten", "swedish"), ("Bo", "swedish"), ("Stig", "swedish"), ("Björn", "swedish"), ("Dag", "swedish"),
    ("Liv", "swedish"), ("Saga", "swedish"), ("Iris", "swedish"), ("Vilja", "swedish"), ("Bror", "swedish"),
    ("Maj", "swedish"), ("Lo", "swedish"), ("Klara", "swedish"), ("Sol", "swedish"), ("Tuva", "swedish"),
    ("Vide", "swedish"), ("Viking", "swedish"), ("Viola", "swedish"), ("Ester", "swedish"),
    ("Hind", "arabic"), ("Rim", "arabic"), ("Lina", "arabic"), ("Dina", "arabic"), ("Mina", "persian"),
    ("Hope", "west_african"), ("Joy", "west_african"), ("Rosa", "latin"),
    ("Aster", "eritrean"),
]  # fmt: skip
WORD_SURNAMES: list[tuple[str, str]] = [
    ("Lind", "swedish"), ("Berg", "swedish"), ("Holm", "swedish"), ("Ek", "swedish"), ("Strand", "swedish"),
    ("Ström", "swedish"), ("Falk", "swedish"), ("Björk", "swedish"), ("Gran", "swedish"), ("Hjort", "swedish"),
    ("Lund", "swedish"), ("Vik", "swedish"), ("Borg", "swedish"), ("Nord", "swedish"), ("Kvist", "swedish"),
    ("Bäck", "swedish"), ("Sand", "swedish"), ("Fors", "swedish"), ("Glad", "swedish"), ("Frisk", "swedish"),
    ("Stark", "swedish"), ("Örn", "swedish"), ("Svan", "swedish"), ("Palm", "swedish"), ("Lilja", "swedish"),
    ("Ring", "swedish"), ("Sommar", "swedish"), ("Vinter", "swedish"), ("Modig", "swedish"),
    ("Hök", "swedish"), ("Alm", "swedish"), ("Sjö", "swedish"), ("Rask", "swedish"), ("Blom", "swedish"),
    ("Tran", "vietnamese"), ("Lin", "chinese"), ("Kiss", "hungarian"), ("King", "english"),
    ("Young", "english"),
]  # fmt: skip
# (share of a drawn person's given names, share of surnames) taken from the word lists, per origin
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.05, 0.05),
    "arabic": (0.03, 0.0),
    "persian": (0.03, 0.0),
    "west_african": (0.08, 0.0),
    "latin": (0.04, 0.0),
    "eritrean": (0.04, 0.0),
    "vietnamese": (0.0, 0.12),
    "chinese": (0.0, 0.12),
    "hungarian": (0.0, 0.12),
    "english": (0.0, 0.14),
}
FATHERS: dict[str, list[str]] = {
    "somali": _S("Mohamed Abdi Hassan Ali Omar Ahmed Ismail Yusuf Farah Jama Abdullahi Warsame"),
    "eritrean": _S("Tesfay Gebre Haile Tekle Berhe Kidane Mehari Habte Negash"),
    "ethiopian": _S("Alemu Bekele Girma Tadesse Desta Assefa Wolde"),
    "afghan": _S("Mohammad Ahmad Ali"),
}
