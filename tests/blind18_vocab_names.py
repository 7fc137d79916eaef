"""Names of the eighteenth blind corpus (tests/blind18_corpus.py), typed from the writer's own knowledge: per
origin a weight for a realistic mix in the Swedish towns police and rescue services write about, given
names, surnames, a father's names where the custom is to carry one, and nicknames the police know people by.
"""

from __future__ import annotations


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(";") if part.strip())


# origin: (weight, given names, surnames, nicknames)
ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        30,
        _split(
            "Anders; Anna; Lars; Karin; Mikael; Maria; Johan; Eva; Per-Olof; Kristina; Erik; Lena; Magnus;"
            "Ulrika; Fredrik; Sofia; Henrik; Malin; Jonas; Emma; Oskar; Elsa; Viktor; Ebba; Gustav; Moa;"
            "Filip; Alva; Hugo; Wilma; Ludvig; Tilda; Albin; Kent; Marie-Louise; Göran; Birgitta; Leif;"
            "Anneli; Tommy; Jessica; Robin; Sandra; Patrik; Josefin; Niklas; Hanna; Kjell; Gunilla;"
            "Ann-Sofie; Carl-Johan; Melker; Elin; Torbjörn; Agneta; Pontus; Cecilia; Rasmus; Therese"
        ),
        _split(
            "Andersson; Johansson; Karlsson; Nilsson; Eriksson; Larsson; Olsson; Persson; Svensson;"
            "Gustafsson; Pettersson; Jonsson; Hansson; Bengtsson; Lindqvist; Lindberg; Magnusson; Lindström;"
            "Olofsson; Axelsson; Bergström; Lundberg; Lundgren; Jakobsson; Berglund; Sandberg; Forsberg;"
            "Sjöberg; Wallin; Engström; Danielsson; Håkansson; Fransson; Nyström; Åberg; Öberg; Hedlund;"
            "Dahlberg; Sundqvist; Blomqvist; Ekström; Holmberg; Nordin; Lindahl; Wikström; Söderlund;"
            "Hägglund; Granath; Ljungberg; Blom; Dahl; von Sydow; af Ugglas; Lindqvist Ahlberg"
        ),
        _split(
            "Micke; Janne; Pelle; Nettan; Stickan; Lasse; Affe; Mackan; Jocke; Totte; Tompa; Kicki; Lollo;"
            "Nicke; Bosse; Putte; Hasse; Tobbe; Robban; Gurra; Sleven; Lill-Erik"
        ),
    ),
    "finnish": (
        3,
        _split(
            "Jukka; Pekka; Tuula; Sirpa; Marjatta; Kari; Matti; Timo; Riitta; Päivi; Juha; Eija; Satu; Antti;"
            "Aino; Eino; Veikko; Hannele"
        ),
        _split(
            "Virtanen; Korhonen; Mäkinen; Nieminen; Heikkinen; Hämäläinen; Laine; Koskinen; Järvinen;"
            "Lehtonen; Salonen; Kettunen; Rantanen; Peltola; Tuominen; Huttunen"
        ),
        _split("Jussi; Tumppi; Late; Masa; Jartsa; Kake"),
    ),
    "tornedalian": (
        1.2,
        _split("Esaias; Hilda; Lars-Erik; Tage; Birgit; Arvid; Elvy; Tore; Aina-Lisa"),
        _split("Pekkari; Kaunisto; Niemi; Rova; Mukka; Ylipää; Keinänen; Alatalo; Vanhainen; Lantto; Kuoppa"),
        _split("Esa; Tassu; Pikku-Arvid"),
    ),
    "nordic": (
        1.2,
        _split("Sigrid; Øystein; Mette; Søren; Ingrid; Halvard; Kirsten; Torbjørn; Mads; Trine; Eirik"),
        _split("Hansen; Olsen; Johansen; Haugen; Bakke; Solberg; Kristiansen; Nygaard; Jørgensen; Rasmussen"),
        _split("Steffe; Kjelle; Madsen"),
    ),
    "sami": (
        0.8,
        _split("Áile; Nils-Ánte; Máret; Ánde; Inga-Máret; Jovnna; Sárá; Biret; Ovla"),
        _split("Kuhmunen; Labba; Omma; Pavval; Kitti; Sikku; Utsi; Partapuoli; Länta"),
        _split("Ante; Jovsset"),
    ),
    "arabic": (
        8,
        _split(
            "Ahmad; Mohammed; Fatima; Hassan; Zainab; Ali; Noor; Omar; Layla; Yousef; Mariam; Khaled; Rania;"
            "Hussein; Samira; Mustafa; Amal; Tariq; Hiba; Karim; Aya; Bilal; Salma; Ibrahim; Nadia; Jamal;"
            "Rasha; Walid"
        ),
        _split(
            "Al-Hassan; Al-Jaberi; Haddad; Khalil; Mansour; Saleh; Al-Sayed; Abdallah; Hamdan; Nasser;"
            "Al-Rubaie; Jaber; Darwish; El-Khoury; Al-Obaidi; Abbas; Hamoud; Yassin; Qasim;"
            "Al-Tamimi; Shaker;"
            "Ma'ruf"
        ),
        _split("Hamoudi; Abu Ali; Abu Omar; Mimo; Zizo; Lolo; Sasa"),
    ),
    "kurdish": (
        3.5,
        _split(
            "Rebin; Shilan; Dilan; Baran; Rojda; Azad; Berivan; Hawre; Nazdar; Karwan; Diyar; Zhilwan; Avin;"
            "Peshawa; Rezan"
        ),
        _split(
            "Barzani; Hawrami; Zebari; Amedi; Rasul; Aziz; Hamasalih; Mahmoud; Taha; Qadir; Rashid; Doski"
        ),
        _split("Dilo; Bari; Shiro; Kak Azad"),
    ),
    "persian": (
        3,
        _split(
            "Reza; Maryam; Mehdi; Shirin; Amir; Niloufar; Babak; Parisa; Dariush; Leila; Farhad; Arash; Roya;"
            "Kaveh; Nasrin; Pouya; Yasaman"
        ),
        _split(
            "Rahimi; Hosseini; Mohammadi; Karimi; Rezaei; Jafari; Moradi; Sadeghi; Tehrani; Ghorbani; Azizi;"
            "Ebrahimi; Shahbazi; Nouri; Farahani"
        ),
        _split("Mamad; Babi; Shahi; Pouyi"),
    ),
    "afghan": (
        3,
        _split(
            "Jawid; Farid; Zahra; Masoud; Hamid; Sultan; Nilofar; Wahid; Rahima; Bashir; Gul Ahmad; Freshta;"
            "Naveed; Shabnam; Zabihullah"
        ),
        _split(
            "Noorzai; Hakimi; Popal; Wardak; Sultani; Amiri; Haidari; Rahmani; Stanikzai; Safi; Ahmadzai;"
            "Barakzai; Sharifi"
        ),
        _split("Zabi; Jawi; Lala Farid"),
    ),
    "somali": (
        6,
        _split(
            "Abdi; Hodan; Faisal; Amina; Mohamed; Hibo; Ayaan; Ilhan; Abdirahman; Sahra; Liban;"
            "Farhiya; Hamse;"
            "Najma; Yusuf; Ifrah; Deeqa; Fadumo; Abdiwali; Sagal"
        ),
        _split(
            "Osman; Warsame; Farah; Jama; Hirsi; Mohamud; Egal; Aden; Dahir; Duale; Guled; Ismail; Abdullahi;"
            "Hersi"
        ),
        _split("Dheere; Gaab; Cabdi Yare; Yare; Qalbi; Farax Dhegey"),
    ),
    "eritrean": (
        2.5,
        _split(
            "Yonas; Senait; Tesfay; Helen; Dawit; Mehret; Yohannes; Selam; Filmon; Merhawi; Luwam; Ermias;"
            "Tsega; Aklilu"
        ),
        _split(
            "Tesfamariam; Habte; Ghebremedhin; Kidane; Berhane; Tekle; Woldu; Gebreyesus; Haile; Negash;"
            "Andemariam; Mehari"
        ),
        _split("Wedi Tekle; Filu; Jonny B"),
    ),
    "ethiopian": (
        1.5,
        _split("Abebe; Meron; Tigist; Yared; Hirut; Selamawit; Kebede; Mulugeta; Tsion; Henok; Bethlehem"),
        _split("Tadesse; Bekele; Girma; Alemu; Tesfaye; Wolde; Mekonnen; Assefa; Desta"),
        _split("Abi; Beti; Kebi"),
    ),
    "turkish": (
        3,
        _split(
            "Mehmet; Ayşe; Emre; Elif; Zeynep; Murat; Fatma; Burak; Deniz; Hakan; Selin; Kemal;"
            "Özlem; Serkan;"
            "Gül; Ece; Volkan; Oğuz"
        ),
        _split(
            "Yılmaz; Kaya; Demir; Şahin; Çelik; Yıldız; Öztürk; Aydın; Arslan; Doğan; Kılıç; Korkmaz; Koç;"
            "Polat; Erdoğan; Yilmaz; Ozturk; Sahin"
        ),
        _split("Memo; Apo; Kemo; Hako; Muro"),
    ),
    "assyrian": (
        2.5,
        _split(
            "Ninos; Shamiran; Gabriel; Nahrain; Ashur; Sargon; Ninve; Aphrem; Shlimun; Semiramis;"
            "Jacob; Elias;"
            "Ilona; Robil"
        ),
        _split(
            "Yakoub; Aho; Barsom; Shabo; Isik; Malke; Denho; Bahdo; Kourie; Lahdo; Khoshaba; Eshaya; Gewargis"
        ),
        _split("Nino; Gabbe; Ashi; Sargi"),
    ),
    "bks": (
        3,
        _split(
            "Emina; Dragan; Jasmina; Nikola; Mirsad; Snežana; Ivana; Zoran; Edin; Sanela; Dženan; Mirela;"
            "Senad; Stjepan; Vesna; Adnan; Slobodan; Ljiljana"
        ),
        _split(
            "Hodžić; Hadzic; Kovačević; Jovanović; Petrović; Nikolić; Mehmedović; Babić; Begić; Marković;"
            "Hasanović; Delić; Mujić; Popović; Ilić; Karić"
        ),
        _split("Mujo; Zoki; Džeki; Ceca; Suljo; Boban"),
    ),
    "albanian": (
        2,
        _split(
            "Arben; Drita; Besnik; Valbona; Fatos; Blerina; Agron; Arta; Ilir; Mimoza; Driton; Teuta;"
            "Shkelzen; Vjosa"
        ),
        _split(
            "Krasniqi; Berisha; Gashi; Hoxha; Shala; Morina; Bytyqi; Kelmendi; Rexhepi; Hasani;Ahmeti; Zeqiri"
        ),
        _split("Beni; Toni; Ari; Vali"),
    ),
    "polish": (
        3,
        _split(
            "Krzysztof; Agnieszka; Tomasz; Katarzyna; Paweł; Magdalena; Piotr; Małgorzata; Marcin; Joanna;"
            "Łukasz; Jakub; Dorota; Grzegorz"
        ),
        _split(
            "Kowalski; Nowak; Wiśniewska; Wójcik; Kamińska; Lewandowski; Zieliński; Szymańska; Woźniak;"
            "Dąbrowski; Kozłowski; Mazur; Krawczyk; Jankowski"
        ),
        _split("Kuba; Gosia; Kasia; Tomek; Piotrek; Bartek"),
    ),
    "romanian": (
        1.5,
        _split(
            "Ionuț; Mihaela; Florin; Andreea; Gheorghe; Elena; Marius; Ioana; Costel; Daniela; Vasile; Alina"
        ),
        _split(
            "Popescu; Ionescu; Dumitru; Constantin; Stoica; Gheorghiu; Lungu; Munteanu; Rusu;"
            "Moldovan; Ciobanu"
        ),
        _split("Nelu; Costi; Gigi; Fane"),
    ),
    "ukrainian": (
        2,
        _split(
            "Oleksandr; Olena; Taras; Iryna; Bohdan; Natalia; Andriy; Oksana; Serhiy; Yulia; Mykola; Dmytro;"
            "Halyna"
        ),
        _split(
            "Shevchenko; Kovalenko; Bondarenko; Tkachenko; Kravchenko; Melnyk; Oliynyk; Marchenko; Boyko;"
            "Savchenko; Polishchuk; Lysenko"
        ),
        _split("Sasha; Tolik; Lesya; Vova"),
    ),
    "russian": (
        1,
        _split("Dmitrij; Jelena; Sergej; Natalja; Aleksej; Svetlana; Ivan; Olga; Nikolaj; Tatjana; Mikhail"),
        _split("Ivanov; Petrova; Smirnov; Kuznetsova; Popov; Sokolova; Volkov; Morozova; Novikov; Lebedev"),
        _split("Dima; Serjozja; Ljosja; Kolja; Misja"),
    ),
    "baltic": (
        1,
        _split(
            "Jānis; Andris; Kristīne; Rasa; Mindaugas; Ieva; Aivars; Laura; Vytautas; Liene; Kaspars; Tõnu"
        ),
        _split(
            "Bērziņš; Ozols; Kalniņš; Kazlauskas; Jankauskas; Petrauskas; Liepa; Tamm; Saar; Kask; Vaitkus"
        ),
        _split("Mindis; Vytas; Janka"),
    ),
    "greek": (
        1,
        _split(
            "Giorgos; Eleni; Dimitrios; Konstantinos; Katerina; Nikos; Yannis; Despina; Christos; Vasiliki"
        ),
        _split(
            "Papadopoulos; Georgiou; Nikolaidis; Pappas; Karagiannis; Oikonomou; Dimitriou; Vlachos; Makris"
        ),
        _split("Takis; Giannakis; Lefteris"),
    ),
    "latin": (
        2,
        _split(
            "Juan Pablo; María José; Carlos; Gabriela; Diego; Valentina; Andrés; Camila; Luis; Paula; Jorge;"
            "Daniela; Alejandro; Fernanda; Cristián"
        ),
        _split(
            "González; Muñoz; Rojas; Díaz; Pérez; Soto; Contreras; Sepúlveda; Morales; Rodríguez; López;"
            "Fuentes; Castillo; Vargas; da Silva; dos Santos; de la Cruz; Rojas Muñoz; Soto Fuentes"
        ),
        _split("Pepe; Lucho; Nacho; Pancho; Cami; Flaco"),
    ),
    "west_african": (
        2,
        _split(
            "Kwame; Ama; Chinedu; Ngozi; Oluwaseun; Adaeze; Kofi; Abena; Emeka; Funmilayo; Moussa; Aminata;"
            "Ousmane; Fatou; Mamadou; Ibrahima"
        ),
        _split(
            "Mensah; Okafor; Adeyemi; Diallo; Traoré; Ndiaye; N'Diaye; Okonkwo; Balde; Owusu; Camara; Keita;"
            "Boateng; Nwosu; N'Dour"
        ),
        _split("Emy; Ousi; Big K; Seun"),
    ),
    "congolese": (
        1.5,
        _split(
            "Jean-Pierre; Patrice; Mireille; Christelle; Dieudonné; Fiston; Joseph; Chantal; Héritier;"
            "Espérance; Blaise; Jean-Claude"
        ),
        _split("Kabongo; Mbuyi; Tshibanda; Ilunga; Kasongo; Mukendi; Lukusa; Ngoy; Kalala; Mputu; Nsimba"),
        _split("Papy; Fifi; Didi; JP"),
    ),
    "south_asian": (
        2,
        _split(
            "Rajesh; Priya; Arjun; Anjali; Imran; Ayesha; Sandeep; Kavita; Harpreet; Farhan; Vikram; Deepa;"
            "Sunil; Gurpreet"
        ),
        _split(
            "Sharma; Patel; Singh; Khan; Kaur; Gupta; Reddy; Iyer; Chaudhry; Malik; Qureshi; D'Souza;"
            "Fernandes; Hussain"
        ),
        _split("Bunty; Pinky; Sonu; Monu; Raju"),
    ),
    "thai": (
        1,
        _split("Somchai; Siriporn; Nattapong; Kanya; Pornthip; Wichai; Ratana; Supaporn; Anong; Kittisak"),
        _split("Srisuk; Chaiyaporn; Wongsawat; Boonmee; Phongsri; Kaewkla; Thongchai; Saetang; Rattanakorn"),
        _split("Nok; Noi; Ploy; Toon; Gop"),
    ),
    "vietnamese": (
        1,
        _split("Thi Lan; Van Minh; Thu Trang; Duc Anh; Hoa; Tuan; Linh; Hung; Quang; Ngoc Anh; Thanh"),
        _split("Nguyen; Pham; Hoang; Dang; Bui; Ngo; Duong; Vo; Truong"),
        _split("Bé Ba; Tí; Út Nhỏ"),
    ),
    "chinese": (
        1,
        _split("Wei; Li Na; Xiaoming; Jing; Hui; Ming; Yan; Fang; Jun; Lei; Xiuying"),
        _split("Wang; Zhang; Liu; Chen; Yang; Huang; Zhao; Zhou; Xu; Sun"),
        _split("Xiao Wang; Lao Zhang; Dabao"),
    ),
    "filipino": (
        0.8,
        _split("Maricel; Jerome; Rowena; Aileen; Ronaldo; Marivic; Rodel; Cristina; Arnel; Lorna"),
        _split("Santos; Reyes; dela Cruz; Bautista; Mendoza; Villanueva; Ramos; Aquino; Navarro; Manalo"),
        _split("Jun-Jun; Bong; Tonton; Ging"),
    ),
    "german_dutch": (
        0.8,
        _split("Klaus; Sabine; Jürgen; Anke; Dirk; Heike; Wolfgang; Femke; Jeroen; Sanne; Maarten"),
        _split(
            "Müller; Schmidt; Becker; Hoffmann; Wagner; Schneider; van Dijk; de Vries; Bakker; Visser;"
            "von Essen; de Boer"
        ),
        _split("Jupp; Wolfi; Klausi"),
    ),
    "english": (
        1,
        _split("James; Sarah; Liam; Siobhan; Patrick; Emily; Connor; Oliver; Kate; Daniel; Aoife"),
        _split("Smith; O'Brien; O'Connor; O'Neill; Murphy; Taylor; Walsh; Wilson; Hughes; Kelly; O'Sullivan"),
        _split("Paddy; Danny; Ollie; Jimbo"),
    ),
    "hungarian": (
        0.6,
        _split("László; Zsófia; Gábor; Katalin; István; Erzsébet; Péter; Judit; Zoltán"),
        _split("Nagy; Kovács; Tóth; Szabó; Horváth; Varga; Molnár; Farkas"),
        _split("Laci; Pisti; Zsófi"),
    ),
}

# A father's name carried as a middle name (Somali, Eritrean, Ethiopian custom).
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": _split("Khadar; Abdullahi; Ahmed; Hussein; Ibrahim; Mohamud; Yusuf; Hassan; Nur; Warsame"),
    "eritrean": _split("Tesfay; Habte; Kidane; Berhe; Tekle; Gebre; Asmelash; Yemane"),
    "ethiopian": _split("Tadesse; Bekele; Girma; Alemu; Kebede; Getachew; Worku"),
}

# Given names that are also words, with their origin (written alone they are labelled word names).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Bo", "swedish"), ("Stig", "swedish"), ("Björn", "swedish"), ("Dag", "swedish"),
    ("Rut", "swedish"), ("Liv", "swedish"), ("Saga", "swedish"), ("Iris", "swedish"), ("Vilja", "swedish"),
    ("Ask", "swedish"), ("Bror", "swedish"), ("Tor", "swedish"), ("Maj", "swedish"), ("Lo", "swedish"),
    ("Viola", "swedish"), ("Vide", "swedish"), ("Klara", "swedish"), ("Alla", "ukrainian"),
    ("Dina", "russian"), ("Mina", "persian"), ("Can", "turkish"), ("Hope", "west_african"),
    ("Joy", "filipino"), ("Grace", "west_african"), ("Rosa", "latin"),
)  # fmt: skip

# Surnames that are also words, with their origin.
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Lind", "swedish"), ("Berg", "swedish"), ("Holm", "swedish"), ("Ek", "swedish"), ("Strand", "swedish"),
    ("Ström", "swedish"), ("Falk", "swedish"), ("Björk", "swedish"), ("Gran", "swedish"),
    ("Hjort", "swedish"), ("Lund", "swedish"), ("Vik", "swedish"), ("Borg", "swedish"), ("Nord", "swedish"),
    ("Kvist", "swedish"), ("Bäck", "swedish"), ("Sand", "swedish"), ("Fors", "swedish"),
    ("Glad", "swedish"), ("Frisk", "swedish"), ("Stark", "swedish"), ("Örn", "swedish"),
    ("Svan", "swedish"), ("Ros", "swedish"), ("Hall", "swedish"), ("Mark", "swedish"), ("Hök", "swedish"),
    ("Kraft", "swedish"), ("Modig", "swedish"), ("Rask", "swedish"), ("Lax", "swedish"),
    ("Sköld", "swedish"), ("Ljung", "swedish"), ("Hed", "swedish"), ("Tran", "vietnamese"),
    ("Lin", "chinese"), ("Kiss", "hungarian"), ("Young", "english"), ("King", "english"),
)  # fmt: skip

# How often a person of an origin carries a word name (given, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.12, 0.22),
    "ukrainian": (0.08, 0.0),
    "russian": (0.1, 0.0),
    "persian": (0.06, 0.0),
    "turkish": (0.06, 0.0),
    "west_african": (0.12, 0.0),
    "filipino": (0.1, 0.0),
    "latin": (0.06, 0.0),
    "vietnamese": (0.0, 0.35),
    "chinese": (0.0, 0.3),
    "hungarian": (0.0, 0.3),
    "english": (0.0, 0.25),
}

# Particles in surnames, never probed (a word of their own but not the person's name).
NAME_PARTICLES: tuple[str, ...] = ("von", "af", "van", "de", "la", "da", "dos", "dela", "al", "el")
