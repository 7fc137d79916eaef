"""Names of the twenty-first blind corpus (tests/blind21_corpus.py): people in the kommun's own services —
pupils, parents, staff, brukare, clients and callers — in a mix of origins as in a Swedish kommun today.
Typed from the writer's own knowledge; no name package or list was used.

ORIGINS maps an origin to (weight, given names, surnames, nicknames). WORD_FIRST and WORD_SURNAMES are names
that are also ordinary words, with their origin; WORD_SHARE is how often an ordinary draw of that origin takes
one anyway (then it is labelled a full name, or a word name when written alone).
"""

from __future__ import annotations

# ruff: noqa: E501

NAME_PARTICLES = {"von", "af", "van", "de", "da", "dos", "la", "del", "al", "el", "bin", "dela"}


def _w(text: str) -> list[str]:
    """Words of a list; `_` joins the words of one name (`Juan_Pablo`, `da_Silva`)."""
    return [w.replace("_", " ") for w in text.split()]


ORIGINS: dict[str, tuple[float, list[str], list[str], list[str]]] = {
    "swedish": (
        30.0,
        _w(
            "Anna Maria Karin Eva Kristina Lena Ingrid Malin Sara Emma Elin Johanna Linnéa Ida Moa Ella Alva Wilma Ebba Alice Maja Elsa Selma Astrid Signe Greta Tilda Nellie Vera Agnes Hedvig Märta Gunilla Birgitta Margareta Ulla Solveig Britt-Marie Ann-Sofie Marie-Louise Lars Anders Johan Per Erik Karl Mikael Fredrik Magnus Henrik Jonas Niklas Mattias Oskar William Lucas Liam Hugo Elias Noah Nils Axel Viktor Ludvig Albin Melker Sixten Ture Gösta Bengt Lennart Rolf Göran Kjell Per-Olof Lars-Erik Karl-Johan Jan-Åke"
        ),
        _w(
            "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Lindqvist Lindgren Lundqvist Bergström Sandberg Forsberg Sjöberg Wallin Engström Eklund Danielsson Håkansson Lundgren Mattsson Fransson Nyström Holmberg Åberg Söderberg Hedlund Sundberg Blomqvist Lindholm Ekström Öberg Dahlgren Wikström Nordin Åkesson Strömberg Björklund Wennerholm Grönlund Sjögren Hellström Ahlström Lindahl Carlsson Backman Boström Rosén"
        ),
        _w(
            "Kalle Nisse Lasse Micke Janne Pelle Olle Hampe Ludde Fille Lollo Mollie Tessan Kicki Lotta Sussie Mia Bebbe Tildi Sigge Gurra Putte Totte Lillen Mackan Jocke Pippi"
        ),
    ),
    "finnish": (
        3.5,
        _w(
            "Jukka Matti Mikko Pekka Kari Timo Juha Antti Jari Sami Ville Eero Aino Anneli Päivi Tuula Riitta Marjatta Sirpa Kaisa Satu Hanna-Leena Leena Raili Pirjo Eila Veikko Tapio Onni Eetu"
        ),
        _w(
            "Virtanen Korhonen Nieminen Mäkinen Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Salonen Rantanen Tuominen Kallio Karjalainen Lahtinen Hiltunen Leinonen Salminen Kinnunen Ahonen Niskanen Väisänen Pelkonen"
        ),
        _w("Jussi Tumppi Pekkis Kake Ripa Mape Jaska Late Tiitu"),
    ),
    "arabic": (
        8.0,
        _w(
            "Mohammed Muhammad Ahmad Ahmed Ali Omar Yousef Ibrahim Hassan Hussein Khaled Mahmoud Mustafa Karim Walid Samir Tarek Rami Bilal Hamza Adam Yasin Zakaria Amir Fatima Aisha Mariam Noor Huda Rana Layla Leila Zeinab Hiba Lina Rasha Salma Yasmin Sara Rawan Hala Nadia Ghada Sawsan Iman Amal Jana Aya Malak Ranim"
        ),
        _w(
            "Al-Hassan Al-Khatib Al-Ahmad Hussein Abdullah Haddad Khalil Mansour Saleh Nasser Jaber Hamdan Darwish Said Suleiman Kassem Yassin Barakat Shalabi Al-Obaidi Al-Jubouri Karim Mahmoud Othman Rahman Alawi Qasim Habib Zaher Hammoud El-Sayed"
        ),
        _w("Hamoudi Abu_Omar Zizo Mido Sosso Lulu Dodo Abed Fofo Hamo"),
    ),
    "somali": (
        6.0,
        _w(
            "Abdirahman Abdullahi Abdikarim Abdiaziz Mohamed Ahmed Ali Hassan Yusuf Ismail Osman Farah Mahad Liban Guled Hamse Bashir Khadar Mustafe Sahra Hodan Faduma Hawa Ayaan Amina Ifrah Nimco Deeqa Sagal Hibaaq Ubah Fartun Nasra Ilhan Sumaya Maryan Khadra Ladan Istahil"
        ),
        _w(
            "Warsame Farah Hussein Omar Abdi Jama Elmi Hirsi Aden Egal Nur Dahir Gedi Isse Samatar Mohamud Guled Yusuf Abdulle Warfa Ibrahim Duale Gelle Shire Barre"
        ),
        _w("Dheere Gaab Yare Cabdi_Yare Farax_Dhegey Xaliimo_Dheer Qalanjo Ilka_Case"),
    ),
    "kurdish": (
        3.5,
        _w(
            "Azad Rebwar Dilan Shilan Berivan Hevin Rojin Zana Kawa Hiwa Soran Karwan Shvan Nawroz Delal Zhilwan Avin Roza Sherko Baran Rezan Diyar Bawar Nishtiman"
        ),
        _w(
            "Amin Rasul Aziz Mahmud Hawrami Barzani Kakai Mustafa Qadir Hamakarim Sherwani Zebari Aziz Karim Faraj Othman"
        ),
        _w("Kak_Azad Mamo Dilo Shvo Zano Bebo"),
    ),
    "persian": (
        3.0,
        _w(
            "Reza Ali Mehdi Hossein Amir Dariush Kourosh Babak Navid Arash Omid Farhad Parisa Shirin Leila Maryam Nasrin Azadeh Mahsa Niloufar Sara Golnar Roya Fereshteh Ladan Bahar Sepideh Keyvan Payam"
        ),
        _w(
            "Hosseini Ahmadi Mohammadi Rezaei Karimi Rahimi Jafari Moradi Sadeghi Tehrani Shirazi Ghorbani Esfahani Abbasi Nazari Kazemi Safavi Akbari Farahani Mirzaei"
        ),
        _w("Mamad Ali_Kuchik Babi Nini Shiri Dadash"),
    ),
    "afghan": (
        3.5,
        _w(
            "Mohammad Ahmad Farid Jawad Mujtaba Sajjad Ali Reza Hamid Nabi Mustafa Wahid Sayed_Ahmad Abdul_Qadir Gul_Ahmad Zabihullah Nasrullah Khadija Zahra Fatema Masooma Sakina Zarghona Parwana Madina Sohaila Shabnam Farishta Nazanin"
        ),
        _w(
            "Hakimi Rahimi Sultani Hussaini Azizi Jafari Mohammadi Karimi Noori Sadat Ahmadzai Popal Stanekzai Wardak Haidari Qaderi Rezai Amiri"
        ),
        _w("Mosi Jawi Rezo Faridi Alijan Babo"),
    ),
    "turkish": (
        3.0,
        _w(
            "Mehmet Mustafa Ahmet Emre Burak Murat Serkan Cem Kaan Deniz Baran Yusuf Emir Ayşe Fatma Elif Zeynep Merve Esra Büşra Derya Songül Hatice Gül Özlem Yasemin Ebru Tuğba"
        ),
        _w(
            "Yılmaz Yilmaz Kaya Demir Şahin Sahin Çelik Celik Öztürk Ozturk Aydın Arslan Doğan Koç Kılıç Aksoy Korkmaz Erdoğan Polat Güler Özdemir Kurt Tekin"
        ),
        _w("Memo Ayşo Cemo Apo Ibo Tuğo"),
    ),
    "bks": (
        3.0,
        _w(
            "Amir Edin Emir Adnan Haris Mirza Dino Nermin Senad Damir Nikola Dragan Zoran Goran Milan Marko Stefan Ivan Ante Lejla Amra Selma Emina Azra Jasmina Mirela Ana Jelena Dragana Snježana Vesna Ivana Mirsada"
        ),
        _w(
            "Hodžić Hadzic Hasanović Hasanovic Mehmedović Begić Kovačević Delić Ibrahimović Halilović Mujić Petrović Jovanović Nikolić Marković Đorđević Stojanović Ilić Kovač Horvat Babić Marić Perić Tomić Jurić"
        ),
        _w("Mujo Džeki Mirko Ceca Beki Dado Suljo"),
    ),
    "polish": (
        3.0,
        _w(
            "Piotr Krzysztof Tomasz Paweł Michał Marcin Łukasz Jakub Kacper Wojciech Grzegorz Agnieszka Katarzyna Małgorzata Joanna Magdalena Monika Ewa Zofia Aleksandra Natalia Karolina Weronika"
        ),
        _w(
            "Nowak Kowalski Kowalska Wiśniewski Wiśniewska Wójcik Kamiński Kamińska Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowska Grabowski Pawlak Michalska"
        ),
        _w("Kuba Gosia Kasia Tomek Piotrek Madzia Basia"),
    ),
    "eritrean": (
        2.5,
        _w(
            "Tesfay Yonas Filmon Dawit Tekle Mehari Semere Robel Natnael Habtom Kibrom Senait Helen Selam Luwam Yordanos Saba Rahel Mebrat Hiwet Eden Winta Feven Lidia"
        ),
        _w(
            "Tesfamariam Ghebremedhin Haile Kidane Tesfaye Berhane Woldemariam Asmerom Ghebreyesus Habte Mebrahtu Tekeste Araya Yemane Tewolde Gebreselassie"
        ),
        _w("Wedi_Tekle Fili Robi Yoni Sensi"),
    ),
    "assyrian": (
        2.5,
        _w(
            "Ninos Sargon Ashur Gabriel Aziz Yacoub Jakob Elias Fadi Simon Aram Shamiram Ninve Nahrin Maryam Sara Rita Lina Mariana Hanna Ilona Mirna Saliba"
        ),
        _w(
            "Gabriel Yacoub Barsom Issa Ishak Danho Sarkis Aydin Isak Lahdo Malke Aho Gevriye Cakmak Mourad Kourie Shabo"
        ),
        _w("Nino Gabbe Shamo Yaki Fofo Ashi"),
    ),
    "latin": (
        2.0,
        _w(
            "José Juan Carlos Luis Diego Felipe Matías Sebastián Cristián Rodrigo Pablo Andrés Camila Valentina Francisca Javiera Constanza Daniela Paula Fernanda Catalina Gabriela Juan_Pablo María_José Ana_María"
        ),
        _w(
            "González Muñoz Rojas Díaz Pérez Soto Contreras Silva Martínez Sepúlveda Morales Rodríguez López Fuentes Hernández Torres Araya Flores Espinoza Valenzuela Rojas_Muñoz da_Silva dos_Santos de_la_Cruz"
        ),
        _w("Pancho Coté Nacho Pepe Cata Feña Seba"),
    ),
    "thai": (
        1.2,
        _w(
            "Somchai Somsak Anan Niran Wichai Siriporn Malai Pranee Kanya Nittaya Ratana Sunisa Wanida Chanida Araya Pimchanok"
        ),
        _w(
            "Saetang Srisuk Wongsawat Chaiyaphum Phromma Kaewkla Sukprasert Boonmee Thongchai Rattanakorn Jaidee Sombat"
        ),
        _w("Nok Noi Ple Fon Ning Bee Kung"),
    ),
    "vietnamese": (
        1.2,
        _w("Minh Thi_Lan Thi_Hoa Van_Long Hung Tuan Duc Anh Linh Mai Huong Thu Trang Quang Phuong Hai Bao"),
        _w("Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong"),
        _w("Bé_Ba Út Tí Bin Su"),
    ),
    "english": (
        1.2,
        _w(
            "James Oliver Jack Harry George Thomas Daniel Ryan Sean Liam Emily Charlotte Sophie Chloe Hannah Lucy Megan Siobhan Kate Rebecca"
        ),
        _w(
            "Smith Jones Taylor Brown Wilson Evans Thompson Robinson Walker Wright O'Brien O'Connor O'Sullivan McCarthy Murphy Campbell Stewart Davies"
        ),
        _w("Jonny_B Paddy Robbo Becks Jonesy Smudge"),
    ),
    "german": (
        1.0,
        _w(
            "Jürgen Klaus Stefan Andreas Thomas Matthias Lukas Jonas Felix Ursula Sabine Claudia Petra Anja Katrin Lena Leonie Sophie Anke"
        ),
        _w(
            "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter von_Essen von_Bülow van_Dijk de_Vries Janssen Bakker"
        ),
        _w("Schmiddi Jogi Steffi Klausi Mausi"),
    ),
    "albanian": (
        1.5,
        _w(
            "Arben Besnik Driton Fatmir Ilir Valon Blerim Agron Arian Leotrim Shkelzen Arta Blerta Drita Fjolla Liridona Vlora Teuta Albulena Mimoza"
        ),
        _w(
            "Krasniqi Gashi Berisha Morina Shala Hoxha Bytyqi Kelmendi Rexhepi Ahmeti Hasani Zeqiri Sylejmani Osmani"
        ),
        _w("Beni Dritti Toni Ilo Vali"),
    ),
    "ukrainian": (
        2.0,
        _w(
            "Oleksandr Andrii Dmytro Serhii Mykola Taras Bohdan Yurii Olena Oksana Iryna Nataliia Tetiana Yuliia Kateryna Svitlana Viktoriia Anastasiia Daryna Sofiia"
        ),
        _w(
            "Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boiko Koval Oliinyk Lysenko Marchenko Rudenko Savchenko Petrenko Honcharenko Moroz Polishchuk"
        ),
        _w("Sasha Tolik Dima Sveta Ira Yura"),
    ),
    "ethiopian": (
        1.2,
        _w(
            "Abebe Dawit Tadesse Getachew Solomon Yohannes Bereket Mulugeta Tsion Meron Bethlehem Hanna Selamawit Tigist Almaz Mekdes"
        ),
        _w("Tadesse Bekele Girma Alemu Mengistu Wolde Haile Tesfaye Desta Gebremariam Kebede Negash Assefa"),
        _w("Abi Beti Dani Sol Tigi"),
    ),
    "south_asian": (
        1.5,
        _w(
            "Rahul Amit Arjun Vikram Sanjay Imran Bilal Usman Faisal Harpreet Gurpreet Priya Anjali Neha Pooja Sunita Ayesha Sana Mehwish Farzana"
        ),
        _w(
            "Sharma Patel Singh Kumar Gupta Iyer Reddy Nair Khan Malik Chaudhry Qureshi Butt Hussain Kaur Mehta Joshi Rao"
        ),
        _w("Bunty Pinky Sunny Raju Bablu Guddu"),
    ),
    "west_african": (
        1.0,
        _w(
            "Kwame Kofi Emeka Chinedu Oluwaseun Babajide Moussa Mamadou Ousmane Ibrahima Amadou Fatou Aminata Adaeze Ngozi Chiamaka Funmilayo Awa Mariama Binta"
        ),
        _w(
            "Mensah Owusu Okafor Okonkwo Adeyemi Balogun Diallo Diop Ndiaye Traoré Camara Sow Bah Cissé Keita Touré N'Diaye Boateng"
        ),
        _w("Kofi_Boy Emmy Papy Mamou Tunde"),
    ),
    "romanian": (
        1.2,
        _w(
            "Ionuț Andrei Mihai Florin Gheorghe Adrian Bogdan Cristian Marian Elena Ioana Andreea Mihaela Florentina Alina Gabriela Roxana"
        ),
        _w(
            "Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Munteanu Constantin Lungu Dobre Radu Marin Tudor Ciobanu"
        ),
        _w("Nelu Gigi Fănel Mișu Lili"),
    ),
    "chinese": (
        1.0,
        _w("Wei Jing Li_Na Xiaoming Hao Yan Mei Jun Ling Fang Qiang Yuxuan Zihan Haoran Xinyi"),
        _w("Wang Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Guo"),
        _w("Xiao_Wang Jun-Jun Lili Doudou Bao_Bao"),
    ),
    "filipino": (
        0.8,
        _w("Jose Mark_Anthony Jerome Rommel Ma_Cristina Maricel Rowena Marites Jocelyn Lorna Jennifer Rhea"),
        _w("Santos Reyes Cruz Bautista Villanueva Mendoza Garcia Ramos dela_Cruz Aquino Castillo Manalo"),
        _w("Bong Jun Tintin Jojo Len-Len Ning"),
    ),
    "sami": (
        0.6,
        _w("Áile Ánte Máret Niillas Sunná Jovnna Biret Inga-Máret Elle Ovllá Mihkkal Risten"),
        _w("Sara Labba Kuhmunen Niia Pavval Kuoljok Omma Tuorda Utsi Länta"),
        _w("Ante-Pojk Máddji Niila"),
    ),
    "russian": (
        0.8,
        _w(
            "Aleksei Sergei Dmitri Ivan Nikolai Vladimir Pavel Olga Tatiana Natalia Svetlana Irina Jekaterina Anastasia Ljudmila"
        ),
        _w(
            "Ivanov Ivanova Petrov Smirnov Smirnova Kuznetsov Popov Volkova Sokolov Lebedev Morozova Novikov Fedorova Orlov"
        ),
        _w("Lyosha Seryozha Vova Natasha Katja"),
    ),
    "greek": (
        0.7,
        _w("Georgios Dimitrios Nikos Kostas Giannis Christos Eleni Maria Sofia Katerina Despina Anastasia"),
        _w(
            "Papadopoulos Papadopoulou Georgiou Nikolaidis Makris Pappas Dimitriou Karagiannis Vlachos Alexiou Konstantinidis"
        ),
        _w("Takis Nikos Kiki Lakis Toula"),
    ),
    "hungarian": (
        0.6,
        _w("László István Zoltán Gábor Attila Péter Zsófia Katalin Erzsébet Eszter Noémi Réka"),
        _w("Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Farkas Balogh Papp Takács"),
        _w("Laci Pisti Zoli Kati Zsuzsi"),
    ),
    "nordic": (
        0.8,
        _w("Ole Lars Bjørn Søren Henrik Morten Jens Kristoffer Ingrid Kari Mette Sigrid Trine Hanne Solveig"),
        _w(
            "Hansen Jensen Nielsen Pedersen Olsen Larsen Johansen Kristiansen Halvorsen Bakke Haugen Dahl Rasmussen"
        ),
        _w("Bjønnen Ola-Pola Kris Mette-Lis"),
    ),
}

# Given names that are ordinary words (Swedish, or English in an English-speaking family), with their origin.
WORD_FIRST: list[tuple[str, str]] = [
    ("Sten", "swedish"), ("Bo", "swedish"), ("Stig", "swedish"), ("Björn", "swedish"), ("Dag", "swedish"),
    ("Liv", "swedish"), ("Saga", "swedish"), ("Vilja", "swedish"), ("Bror", "swedish"), ("Tor", "swedish"),
    ("Iris", "swedish"), ("Lilja", "swedish"), ("Nova", "swedish"), ("Tuva", "swedish"), ("Tindra", "swedish"),
    ("Klara", "swedish"), ("Ebba", "swedish"), ("Lo", "swedish"), ("Vide", "swedish"), ("Ask", "swedish"),
    ("Juni", "swedish"), ("Maj", "swedish"), ("Love", "swedish"), ("Rut", "swedish"), ("Viol", "swedish"),
    ("Sol", "latin"), ("Rosa", "latin"), ("Dina", "arabic"), ("Amal", "arabic"), ("Mina", "persian"),
    ("Can", "turkish"), ("Hope", "english"), ("Joy", "english"), ("Grace", "english"), ("Alla", "russian"),
]  # fmt: skip
WORD_SURNAMES: list[tuple[str, str]] = [
    ("Lind", "swedish"), ("Berg", "swedish"), ("Holm", "swedish"), ("Ek", "swedish"), ("Strand", "swedish"),
    ("Ström", "swedish"), ("Falk", "swedish"), ("Björk", "swedish"), ("Gran", "swedish"), ("Hjort", "swedish"),
    ("Lund", "swedish"), ("Vik", "swedish"), ("Borg", "swedish"), ("Kvist", "swedish"), ("Bäck", "swedish"),
    ("Sand", "swedish"), ("Fors", "swedish"), ("Glad", "swedish"), ("Frisk", "swedish"), ("Stark", "swedish"),
    ("Örn", "swedish"), ("Svan", "swedish"), ("Ros", "swedish"), ("Hök", "swedish"), ("Modig", "swedish"),
    ("Rask", "swedish"), ("Sköld", "swedish"), ("Ljung", "swedish"), ("Trygg", "swedish"), ("Flink", "swedish"),
    ("Hägg", "swedish"), ("Stolt", "swedish"), ("Blom", "swedish"), ("Rapp", "swedish"), ("Kraft", "swedish"),
    ("Tran", "vietnamese"), ("Long", "vietnamese"), ("Kiss", "hungarian"), ("Bal", "turkish"),
    ("King", "english"), ("Young", "english"), ("Said", "arabic"), ("Nur", "somali"),
]  # fmt: skip
WORD_SHARE = {"swedish": (0.03, 0.06), "english": (0.05, 0.08)}

# Origins where a father's name often stands between the given name and the family name.
FATHERS: dict[str, list[str]] = {
    "somali": _w("Abdi Ali Hassan Mohamed Ahmed Yusuf Ismail Omar Nur Aden"),
    "eritrean": _w("Tekle Haile Kidane Berhane Tesfay Yemane Habte"),
    "ethiopian": _w("Girma Alemu Bekele Tadesse Desta"),
    "arabic": _w("Ali Hassan Mahmoud Khalil Abbas Jassim"),
}
