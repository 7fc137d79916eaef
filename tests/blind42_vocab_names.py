"""Names of the forty-second blind corpus (tests/blind42_corpus.py), typed from the writer's own knowledge of
who lives and works in Kalmar, Karlskrona and Gotland today: older residents (many born in the 1930s-1950s,
with the double names of that time), hemtjänst and äldreboende staff, relatives. Swedish names a little under
half, then the origins of the region's staff and residents. No name package or list was used.

ORIGINS: origin -> (weight, given names, surnames, nicknames). FATHERS: a father's name written between the
given name and the surname. WORD_FIRST and WORD_SURNAMES: names that are also Swedish or English words.
"""

from __future__ import annotations


def _w(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(";") if x.strip())


ORIGINS = {
    "swedish": (
        38.0,
        _w(
            "Gunnel; Birgitta; Karl-Erik; Sven-Olof; Ulla-Britt; Britt-Marie; Inger; Margareta; Gösta; "
            "Stig-Göran; Kjell; Lennart; Ingrid; Marianne; Gunvor; Solveig; Elsy; Rolf; Bengt; Leif; "
            "Lars-Åke; Anna Karin; Eva Lena; Per Olof; Emma; Elin; Sofia; Johanna; Linnéa; Wilma; Moa; "
            "Oskar; Hampus; Viktor; Jonas; Malin; Sara; Frida; Therese; Jenny; Annika; Camilla; Mikael; "
            "Fredrik; Henrik; Patrik; Ebba; Tilda; Alva; Selma; Nils; Albin; Isak; Gunilla; Siv-Britt; "
            "Yvonne; Agneta; Majvor; Elvy; Evert; Torsten; Holger; Ragnhild; Astrid; Ingemar; Göte; "
            "Kent; Mona-Lisa; Ann-Charlotte; Jan-Olov; Lisbeth; Carina; Ewa; Maud; Vivianne"
        ),
        _w(
            "Johansson; Karlsson; Nilsson; Eriksson; Larsson; Andersson; Pettersson; Gustafsson; "
            "Svensson; Lindqvist; Bergström; Sjöberg; Engström; Håkansson; Nyström; Lundgren; Axelsson; "
            "Fransson; Wikström; Hellberg; Ekdahl; Pålsson; Magnusson; Jönsson; Blomqvist; Ottosson; "
            "Nordin; Holmgren; Söderlund; Åberg; Lundh; Rosén; Hägglund; Sandell; Wahlgren; Törnqvist; "
            "Ahlgren; Hejdström; Rydberg; Petrén; Gardell; Lindahl-Persson; Ek-Sjöstedt; von Essen; "
            "af Klercker; De Geer; von Platen; Tegnér; Wästfelt; Kindbom; Mattsson; Ståhlberg"
        ),
        _w(
            "Kalle; Pelle; Nisse; Lasse; Bosse; Gullan; Bettan; Majsan; Stickan; Totte; Affe; Lisa; "
            "Janne; Micke; Fredde; Lollo; Sussie; Gittan; Kicki; Putte"
        ),
    ),
    "finnish": (
        4.0,
        _w("Pirjo; Raija; Seppo; Matti; Aila; Tuula; Kari; Jukka; Marjatta; Eino; Leena; Timo; Anneli"),
        _w("Virtanen; Korhonen; Nieminen; Mäkinen; Heikkinen; Laine; Hämäläinen; Koskinen; Lehtonen; Salo"),
        _w("Pike; Sepi; Masa; Jussi; Tuukka"),
    ),
    "norwegian": (
        1.0,
        _w("Ingvild; Torbjørn; Sigrid; Håvard; Kjersti; Eivind"),
        _w("Haugen; Bakken; Solberg; Kristiansen; Dahle; Hovland"),
        _w("Tobben; Kjetta"),
    ),
    "danish": (
        0.8,
        _w("Mette; Søren; Jesper; Pernille; Rasmus"),
        _w("Sørensen; Rasmussen; Kjærgaard; Mortensen; Østergaard"),
        _w("Jeppe; Pusle"),
    ),
    "german": (
        1.2,
        _w("Jürgen; Ursula; Wolfgang; Heike; Dieter; Sabine; Katrin"),
        _w("Müller; Schneider; Weber; Hoffmann; Krüger; Schäfer; von Bülow"),
        _w("Jogi; Uschi"),
    ),
    "polish": (
        2.5,
        _w("Krzysztof; Agnieszka; Małgorzata; Tomasz; Katarzyna; Paweł; Grażyna; Wojciech; Beata"),
        _w("Nowak; Kowalski; Wiśniewska; Wójcik; Kamińska; Lewandowski; Zieliński; Szymańska"),
        _w("Kasia; Gosia; Tomek; Wojtek"),
    ),
    "bosnian": (
        2.0,
        _w("Amra; Senad; Edina; Mirsad; Emina; Haris; Almir; Nermina; Jasmina"),
        _w("Hodžić; Mujić; Begić; Kovačević; Delić; Hadžić; Omerović; Salihović"),
        _w("Seki; Mirso; Eni"),
    ),
    "serbian": (
        1.0,
        _w("Dragan; Milica; Nenad; Jelena; Zoran; Snežana"),
        _w("Petrović; Nikolić; Jovanović; Marković; Đorđević"),
        _w("Gaga; Zoki"),
    ),
    "croatian": (
        0.6,
        _w("Ivana; Tomislav; Marija; Krešimir"),
        _w("Horvat; Babić; Jurić; Matić"),
        _w("Kreše; Ivi"),
    ),
    "arabic_iraq": (
        3.5,
        _w("Haider; Zainab; Mustafa; Noor; Ali; Fatima; Hussein; Rusul; Ammar; Zahraa"),
        _w("al-Hashimi; Jabbar; al-Tamimi; Kadhim; Abbas; al-Obaidi; Saleh; Hassan"),
        _w("Abu Ali; Hamoudi; Zouzou"),
    ),
    "arabic_syria": (
        4.5,
        _w("Rami; Lama; Mohammad; Hiba; Yazan; Rasha; Omar; Dima; Ghaith; Nour; Bashar; Razan"),
        _w("Alkhatib; al-Halabi; Darwish; Haddad; Shami; al-Masri; Kassem; Hamwi; el-Sayed"),
        _w("Abu Omar; Mimo; Ramo"),
    ),
    "somali": (
        3.0,
        _w("Hodan; Abdirahman; Faadumo; Mohamed; Sahra; Abdullahi; Ayaan; Xasan; Hibaaq; Ilhan"),
        _w("Warsame; Abdi; Jama; Farah; Mohamud; Osman; Yusuf; Egal"),
        _w("Dheere; Xaliimo; Cabdi"),
    ),
    "persian": (
        2.0,
        _w("Shirin; Babak; Parisa; Reza; Mahnaz; Dariush; Leila; Farid"),
        _w("Rahimi; Mohammadi; Hosseini; Karimi; Ahmadi; Tehrani; Sadeghi"),
        _w("Dari; Pari"),
    ),
    "kurdish": (
        2.0,
        _w("Dilan; Rojda; Azad; Berivan; Shwan; Hêvî; Kawa; Nesrin"),
        _w("Barzani; Amedi; Zebari; Kurdi; Rashid; Doski"),
        _w("Kako; Shwano"),
    ),
    "turkish": (
        1.5,
        _w("Emre; Ayşe; Mehmet; Zeynep; Burak; Elif; Hakan"),
        _w("Yılmaz; Kaya; Demir; Şahin; Çelik; Öztürk"),
        _w("Memo; Ayşo"),
    ),
    "eritrean": (
        1.5,
        _w("Semhar; Yonas; Helen; Tesfay; Mebrahtu; Saba; Filmon"),
        _w("Tesfamariam; Gebremedhin; Haile; Kidane; Berhane; Ghebreyesus"),
        _w("Yoni; Sebi"),
    ),
    "ethiopian": (
        0.6,
        _w("Meron; Dawit; Tigist; Abebe"),
        _w("Bekele; Tadesse; Alemu; Girma"),
        _w("Dave; Tigi"),
    ),
    "afghan": (
        2.0,
        _w("Ahmad; Mariam; Farhad; Zahra; Sayed; Shabnam; Naweed; Fereshta"),
        _w("Rahmani; Noori; Hakimi; Sultani; Nazari; Qaderi; Jafari"),
        _w("Faro; Fari"),
    ),
    "english": (
        1.0,
        _w("Emily; James; Sarah; Thomas; Rachel; Daniel"),
        _w("Thompson; Clarke; Walker; Harris; Robinson"),
        _w("Jim; Danny; Tom"),
    ),
    "irish": (
        0.4,
        _w("Siobhan; Declan; Aoife; Ciarán"),
        _w("O'Brien; O'Connor; O'Sullivan; Murphy; Byrne"),
        _w("Shiv; Dec"),
    ),
    "thai": (
        1.0,
        _w("Siriporn; Nattaya; Somchai; Kanya; Pornthip; Wanida"),
        _w("Srisuk; Chaiyaporn; Boonmee; Thongchai; Saetang"),
        _w("Noi; Nok; Pim"),
    ),
    "vietnamese": (
        0.5,
        _w("Thi Lan; Minh; Hoa; Tuan; Thanh"),
        _w("Nguyen; Tran; Pham; Le Van; Vo"),
        _w("Lanny; Minnie"),
    ),
    "chinese": (
        0.4,
        _w("Wei; Li Na; Jun; Xiaoming"),
        _w("Zhang; Wang; Chen; Liu"),
        _w("Xiao; Jojo"),
    ),
    "chilean": (
        1.0,
        _w("Carlos; Marcela; Jorge; Patricia; Rodrigo; Ximena"),
        _w("González; Muñoz; Rojas; Contreras; de la Fuente; Sepúlveda"),
        _w("Pato; Checho; Negra"),
    ),
    "greek": (
        0.5,
        _w("Eleni; Georgios; Dimitra; Nikos"),
        _w("Papadopoulos; Georgiou; Christodoulou"),
        _w("Giorgos; Lena"),
    ),
    "hungarian": (
        0.5,
        _w("Zsófia; László; Erzsébet; Gábor"),
        _w("Nagy; Tóth; Szabó; Kovács"),
        _w("Laci; Zsófi"),
    ),
    "romanian": (
        1.0,
        _w("Ioana; Mihai; Elena; Andrei; Florin; Cristina"),
        _w("Popescu; Ionescu; Dumitru; Stan; Constantin"),
        _w("Miti; Flo"),
    ),
    "ukrainian": (
        1.5,
        _w("Oksana; Olena; Mykola; Iryna; Taras; Yulia; Dmytro"),
        _w("Shevchenko; Kovalenko; Bondarenko; Tkachenko; Melnyk; Kravchuk"),
        _w("Dima; Olia; Tarasik"),
    ),
    "russian": (
        0.5,
        _w("Svetlana; Sergej; Natalja; Aleksej"),
        _w("Ivanova; Smirnov; Kuznetsova; Popov"),
        _w("Sveta; Ljosja"),
    ),
    "lithuanian": (
        0.5,
        _w("Rasa; Tomas; Aušra; Darius"),
        _w("Kazlauskas; Petrauskienė; Jankauskas"),
        _w("Dariukas; Rasytė"),
    ),
    "indian": (
        0.8,
        _w("Priya; Rahul; Anjali; Sanjay; Deepa"),
        _w("Sharma; Patel; Reddy; D'Souza; Nair"),
        _w("Raju; Pinky"),
    ),
    "filipino": (
        0.5,
        _w("Maricel; Jonathan; Lovely; Rowena"),
        _w("Santos; Reyes; dela Cruz; Bautista"),
        _w("Jun-Jun; Weng"),
    ),
    "albanian": (
        1.0,
        _w("Arben; Valbona; Blerim; Drita; Fatmir; Teuta"),
        _w("Krasniqi; Berisha; Gashi; Hoxha; Morina"),
        _w("Beni; Tita"),
    ),
    "italian": (
        0.4,
        _w("Giuseppe; Francesca; Luca; Chiara"),
        _w("Rossi; D'Angelo; Bianchi; Esposito"),
        _w("Peppe; Franci"),
    ),
    "dutch": (
        0.4,
        _w("Joost; Marieke; Pieter; Annelies"),
        _w("van Dijk; de Vries; van der Berg; Visser"),
        _w("Piet; Lies"),
    ),
    "icelandic": (
        0.3,
        _w("Guðrún; Sigurður; Björk Ósk; Einar"),
        _w("Jónsdóttir; Sigurðsson; Guðmundsdóttir"),
        _w("Siggi; Gunna"),
    ),
}

# A father's name between the given name and the surname, where that is how a name is usually written.
FATHERS = {
    "arabic_iraq": _w("Kadhim; Jasim; Hamid; Abdulkarim"),
    "arabic_syria": _w("Khaled; Adnan; Walid; Nabil"),
    "somali": _w("Abdi; Hirsi; Nuur; Aden; Cali"),
    "eritrean": _w("Tekle; Mehari; Woldu"),
    "ethiopian": _w("Getachew; Mulugeta"),
    "russian": _w("Ivanovitj; Petrovna; Sergejevna; Nikolajevitj"),
}

NAME_PARTICLES = frozenset({"von", "af", "de", "la", "al", "el", "van", "der", "dela", "le"})

# Given names that are also Swedish or English words (name, origin).
WORD_FIRST = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Bo", "swedish"), ("Stig", "swedish"), ("Dag", "swedish"),
    ("Maj", "swedish"), ("Inga", "swedish"), ("Klara", "swedish"), ("Axel", "swedish"),
    ("Vilja", "swedish"), ("Saga", "swedish"), ("Iris", "swedish"), ("Viola", "swedish"),
    ("Rut", "swedish"), ("Gun", "swedish"), ("Hans", "swedish"), ("Karl", "swedish"), ("Lo", "swedish"),
    ("Viking", "swedish"), ("Linda", "swedish"), ("Tina", "swedish"), ("Tor", "swedish"),
    ("Hope", "english"), ("Joy", "english"), ("Grace", "english"),
    ("Can", "turkish"), ("Hala", "arabic_syria"), ("Rosa", "chilean"), ("Sol", "chilean"),
    ("Ana", "romanian"), ("Sunny", "indian"),
)  # fmt: skip
# Surnames that are also Swedish or English words (name, origin).
WORD_SURNAMES = (
    ("Berg", "swedish"), ("Lind", "swedish"), ("Ek", "swedish"), ("Holm", "swedish"),
    ("Strand", "swedish"), ("Björk", "swedish"), ("Falk", "swedish"), ("Hjort", "swedish"),
    ("Örn", "swedish"), ("Svan", "swedish"), ("Kvist", "swedish"), ("Bäck", "swedish"),
    ("Ström", "swedish"), ("Hägg", "swedish"), ("Frost", "swedish"), ("Ljung", "swedish"),
    ("Lax", "swedish"), ("Vinter", "swedish"), ("Sommar", "swedish"), ("Malm", "swedish"),
    ("Lund", "swedish"), ("Skog", "swedish"), ("Stål", "swedish"), ("Ros", "swedish"),
    ("Fox", "english"), ("Wood", "english"), ("King", "english"), ("Young", "english"), ("Hill", "english"),
    ("White", "english"),
)  # fmt: skip
# How often a person of an origin gets a word given name or surname without a frame asking for one.
WORD_SHARE = {
    "swedish": (0.04, 0.10),
    "english": (0.10, 0.20),
    "turkish": (0.05, 0.0),
    "arabic_syria": (0.04, 0.0),
    "chilean": (0.06, 0.0),
    "romanian": (0.06, 0.0),
    "indian": (0.05, 0.0),
}
