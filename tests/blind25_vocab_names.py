"""Names of the twenty-fifth blind corpus (tests/blind25_corpus.py): given names, surnames and nicknames
by origin, as they stand in exports from housing companies, security companies, schools and the kommun's
case systems in Swedish towns today. Typed from the writer's own knowledge; no name list or package.

ORIGINS: origin -> (weight, given names, surnames, nicknames). FATHERS: a father's name written between
given name and surname. WORD_FIRST and WORD_SURNAMES: names that are also ordinary Swedish or English
words, with their origin; WORD_SHARE: how often a person of an origin gets one of them when drawn
without asking for one.
"""

from __future__ import annotations

NAME_PARTICLES = {"al", "el", "bin", "ibn", "von", "van", "de", "af", "da", "di", "abu"}

ORIGINS: dict[str, tuple[float, list[str], list[str], list[str]]] = {
    "swedish": (
        38.0,
        ["Gunilla", "Anders", "Britt-Marie", "Ulf", "Kerstin", "Mattias", "Sofie", "Henrik", "Ingela",
         "Per-Olof", "Malin", "Jonas", "Therese", "Göran", "Elsa", "Viktor", "Ebba", "Oskar", "Lovisa",
         "Anna-Karin", "Rickard", "Josefin", "Torbjörn", "Hedvig", "Måns", "Agnes", "Karl-Erik", "Ylva"],
        ["Lindqvist", "Sjöberg", "Hallberg", "Engström", "Nordin", "Öberg", "Wikström", "Bergqvist",
         "Sundberg", "Holmgren", "Forsberg", "Ekholm", "Lundgren", "Åström", "Sandell", "Hedlund",
         "Nyström", "Karlsson", "Pettersson", "Gustafsson", "Mårtensson", "Danielsson", "von Platen",
         "af Ekenstam", "Östlund", "Bäckström"],
        ["Kalle", "Pelle", "Lasse", "Nisse", "Bosse", "Micke", "Jocke", "Sanna", "Lotta", "Mackan", "Tompa"],
    ),
    "finnish": (
        3.0,
        ["Jukka", "Pirjo", "Tuomas", "Riitta", "Sirpa", "Kimmo", "Marjatta", "Esa", "Tarja", "Heikki"],
        ["Virtanen", "Mäkinen", "Heikkinen", "Korhonen", "Laaksonen", "Nieminen", "Hämäläinen", "Salonen"],
        ["Jussi", "Pertsa", "Tepa", "Sikke"],
    ),
    "iraqi": (
        4.5,
        ["Mustafa", "Zainab", "Haider", "Noor", "Ahmed", "Rusul", "Ammar", "Duaa", "Karrar", "Hiba"],
        ["al-Jaberi", "Hashim", "al-Saadi", "Kadhim", "al-Obaidi", "Jawad", "al-Musawi", "Abdulrazzaq"],
        ["Hamoudi", "Abbe", "Mimi", "Zozo"],
    ),
    "syrian": (
        4.5,
        ["Rami", "Lama", "Omar", "Rasha", "Bassel", "Yara", "Khaled", "Nour", "Wael", "Ghalia"],
        ["Haddad", "Sabbagh", "al-Khatib", "Shami", "Darwish", "Kassab", "Hamwi", "Najjar"],
        ["Abo", "Rooda", "Jojo", "Moody"],
    ),
    "somali": (
        4.0,
        ["Abdirahman", "Hodan", "Mahad", "Ifrah", "Liban", "Sagal", "Abdiaziz", "Fadumo", "Guled", "Ayan"],
        ["Warsame", "Jama", "Hersi", "Egal", "Farah", "Nur", "Dualeh", "Gedi"],
        ["Dheere", "Yare", "Faro", "Abdi"],
    ),
    "persian": (
        3.0,
        ["Dariush", "Shirin", "Kourosh", "Parisa", "Behnam", "Golnar", "Arash", "Nasrin", "Siavash"],
        ["Moradi", "Rahimi", "Farahani", "Jafari", "Tehrani", "Ghasemi", "Kiani", "Sadeghi"],
        ["Dari", "Bibi", "Kouri", "Pari"],
    ),
    "kurdish": (
        2.5,
        ["Shivan", "Berivan", "Azad", "Rojin", "Dilshad", "Hêlîn", "Baran", "Zerya"],
        ["Barzani", "Hawrami", "Amedi", "Zebari", "Rashid", "Sindi", "Dosky"],
        ["Shivo", "Bero", "Rojo"],
    ),
    "turkish": (
        2.5,
        ["Mehmet", "Elif", "Burak", "Zeynep", "Emre", "Derya", "Serkan", "Hatice"],
        ["Yılmaz", "Öztürk", "Aydın", "Şahin", "Korkmaz", "Çelik", "Aksoy", "Doğan"],
        ["Memo", "Apo", "Boro"],
    ),
    "bosnian": (
        2.0,
        ["Amir", "Lejla", "Edin", "Selma", "Jasmin", "Amra", "Nermin", "Mirza"],
        ["Hodžić", "Begović", "Mujić", "Karić", "Delić", "Softić", "Hasanović"],
        ["Edo", "Lela", "Mimo"],
    ),
    "serbian": (
        1.2,
        ["Dragan", "Milica", "Nenad", "Jelena", "Zoran", "Snežana"],
        ["Petrović", "Jovanović", "Nikolić", "Stojanović", "Marković"],
        ["Gaga", "Zoki", "Neša"],
    ),
    "polish": (
        3.0,
        ["Krzysztof", "Agnieszka", "Tomasz", "Małgorzata", "Paweł", "Joanna", "Marcin", "Ewelina"],
        ["Kowalczyk", "Wiśniewski", "Zielińska", "Lewandowski", "Kamińska", "Szymański", "Wójcik"],
        ["Kuba", "Gosia", "Kasia", "Bartek"],
    ),
    "eritrean": (
        2.0,
        ["Yonas", "Selam", "Tesfay", "Helen", "Dawit", "Senait", "Filmon", "Luwam"],
        ["Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Mehari", "Berhane", "Woldu"],
        ["Fili", "Jojo", "Sami"],
    ),
    "ethiopian": (
        1.0,
        ["Abebe", "Tigist", "Dereje", "Meron", "Kebede"],
        ["Alemu", "Tadesse", "Gebeyehu", "Bekele", "Mengistu"],
        ["Abi", "Meri"],
    ),
    "afghan": (
        2.5,
        ["Mohammad Reza", "Farzana", "Jawid", "Mursal", "Hamid", "Shabnam", "Ezatullah", "Parwana"],
        ["Ahmadzai", "Hakimi", "Sultani", "Rezai", "Noori", "Stanikzai", "Habibi"],
        ["Jani", "Shabi", "Hami"],
    ),
    "chilean": (
        1.5,
        ["Rodrigo", "Paulina", "Cristián", "Macarena", "Gonzalo", "Francisca"],
        ["Gutiérrez", "Fuentes", "Contreras", "Muñoz", "Valenzuela", "Araya", "de la Fuente"],
        ["Pancho", "Nacho", "Coté", "Pato"],
    ),
    "thai": (
        0.8,
        ["Siriporn", "Somchai", "Kanya", "Nattapong", "Pornthip"],
        ["Srisuk", "Chaiyaporn", "Wongsawat", "Boonmee"],
        ["Noi", "Lek", "Toon"],
    ),
    "vietnamese": (
        1.0,
        ["Thanh", "Huong", "Duc", "Linh", "Quang"],
        ["Nguyen", "Pham", "Hoang", "Dang", "Vo"],
        ["Bee", "Tin", "Kim"],
    ),
    "chinese": (
        0.8,
        ["Xiaoling", "Jianguo", "Meiying", "Zhiwei", "Haoran"],
        ["Zhang", "Wang", "Chen", "Zhou", "Xu"],
        ["Xiao", "Ling"],
    ),
    "korean": (
        0.4,
        ["Minji", "Jihoon", "Seoyeon", "Donghyun"],
        ["Kim", "Choi", "Jeong", "Yoon"],
        ["Minnie", "Joon"],
    ),
    "english": (
        0.8,
        ["Gareth", "Siobhan", "Nigel", "Bethany", "Callum", "Rhiannon"],
        ["Whitfield", "Pritchard", "Hughes", "Thornton", "Ashworth"],
        ["Gaz", "Becks", "Cal"],
    ),
    "irish": (
        1.2,
        ["Declan", "Aoife", "Ciarán", "Niamh", "Eoin"],
        ["O'Sullivan", "O'Donnell", "McCarthy", "O'Reilly", "Gallagher"],
        ["Dec", "Neevy"],
    ),
    "german": (
        1.0,
        ["Jürgen", "Birgit", "Matthias", "Anke", "Dieter", "Ulrike"],
        ["Schneider", "Hoffmann", "Becker", "Wagner", "Zimmermann", "von Bülow"],
        ["Jü", "Uli", "Didi"],
    ),
    "greek": (
        0.8,
        ["Nikos", "Eleni", "Giorgos", "Katerina", "Dimitris"],
        ["Papadopoulos", "Georgiou", "Konstantinidis", "Alexiou"],
        ["Takis", "Nikolas", "Kiki"],
    ),
    "albanian": (
        1.5,
        ["Arben", "Drita", "Besnik", "Valbona", "Florim", "Teuta"],
        ["Krasniqi", "Berisha", "Gashi", "Hoxha", "Shala", "Morina"],
        ["Beni", "Flori", "Toni"],
    ),
    "romanian": (
        1.0,
        ["Ionuț", "Mihaela", "Florin", "Andreea", "Costel"],
        ["Popescu", "Ionescu", "Dumitru", "Stanciu", "Constantin"],
        ["Nelu", "Fane", "Miha"],
    ),
    "ukrainian": (
        1.5,
        ["Oleksandr", "Olena", "Andriy", "Iryna", "Bohdan", "Oksana"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk"],
        ["Sasha", "Lena", "Bodya"],
    ),
    "indian": (
        1.2,
        ["Rajesh", "Priyanka", "Vikram", "Ananya", "Suresh", "Deepika"],
        ["Sharma", "Iyer", "Venkatesan", "Krishnan", "Malhotra", "Reddy"],
        ["Raju", "Piku", "Vicky"],
    ),
    "pakistani": (
        0.8,
        ["Imran", "Ayesha", "Bilal", "Sana", "Usman"],
        ["Chaudhry", "Qureshi", "Butt", "Akhtar", "Mirza"],
        ["Immi", "Billu"],
    ),
    "filipino": (
        0.5,
        ["Maricel", "Jomar", "Rowena", "Arnel"],
        ["dela Cruz", "Santos", "Bautista", "Villanueva", "Macaraeg"],
        ["Jojo", "Weng", "Bong"],
    ),
    "nigerian": (
        0.6,
        ["Chinedu", "Ngozi", "Oluwaseun", "Funmilayo", "Emeka"],
        ["Okonkwo", "Adeyemi", "Eze", "Okafor", "Balogun"],
        ["Chichi", "Seun", "Mekus"],
    ),
    "brazilian": (
        0.6,
        ["Thiago", "Juliana", "Leandro", "Fernanda"],
        ["da Silva", "Oliveira", "Rodrigues", "de Souza", "Carvalho"],
        ["Thi", "Juju", "Léo"],
    ),
    "dutch": (
        0.4,
        ["Joost", "Marieke", "Sander", "Femke"],
        ["van Dijk", "de Vries", "Bakker", "Smit", "van Leeuwen"],
        ["Joop", "Fem"],
    ),
}  # fmt: skip

FATHERS: dict[str, list[str]] = {
    "iraqi": ["Abbas", "Kareem", "Salman", "Hussein", "Jasim"],
    "syrian": ["Mahmoud", "Fadi", "Hassan", "Ziad"],
    "somali": ["Abdullahi", "Ismail", "Yusuf", "Hassan", "Osman"],
    "eritrean": ["Tekle", "Gebre", "Habte", "Asmerom"],
    "ethiopian": ["Girma", "Tesfaye"],
    "afghan": ["Ghulam", "Nazir", "Sayed"],
}

# Given names that are also ordinary words (Swedish or English).
WORD_FIRST: list[tuple[str, str]] = [
    ("Bror", "swedish"), ("Ask", "swedish"), ("Love", "swedish"), ("Juni", "swedish"), ("Sol", "swedish"),
    ("Saga", "swedish"), ("Tindra", "swedish"), ("Vilja", "swedish"), ("Lilja", "swedish"),
    ("Stig", "swedish"), ("Björn", "swedish"), ("Iris", "swedish"), ("Liv", "swedish"), ("Lina", "swedish"),
    ("Can", "turkish"), ("Deniz", "turkish"), ("Said", "iraqi"), ("Mark", "english"), ("Grace", "english"),
    ("Will", "english"), ("Hope", "nigerian"), ("Precious", "nigerian"),
]  # fmt: skip
# Surnames that are also ordinary words.
WORD_SURNAMES: list[tuple[str, str]] = [
    ("Frost", "swedish"), ("Storm", "swedish"), ("Strand", "swedish"), ("Kvist", "swedish"),
    ("Hjort", "swedish"), ("Falk", "swedish"), ("Vinter", "swedish"), ("Stål", "swedish"),
    ("Svan", "swedish"), ("Bäck", "swedish"), ("Åker", "swedish"), ("Sand", "swedish"),
    ("Tran", "vietnamese"), ("Lam", "vietnamese"), ("Park", "korean"), ("Bal", "turkish"),
    ("Kaya", "turkish"), ("Stone", "english"), ("King", "english"), ("Young", "irish"),
]  # fmt: skip
# (given, surname): how often a drawn person of the origin gets a word name of that origin.
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.08, 0.1),
    "turkish": (0.1, 0.15),
    "vietnamese": (0.0, 0.3),
    "english": (0.15, 0.15),
    "nigerian": (0.2, 0.0),
    "iraqi": (0.05, 0.0),
}
