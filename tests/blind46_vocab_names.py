"""Names of the forty-sixth blind corpus (tests/blind46_corpus.py): the young people, parents, siblings and
staff that SSPF minutes and the sociala insatsgrupper's notes name, typed from the writer's own knowledge of
who lives in Örebro, Norrköping, Södertälje, Gävle and Landskrona today. No name list or package was used.

ORIGINS: origin -> (weight, given names, surnames, nicknames). Swedish about 42 % of the weight; Södertälje's
Assyrian/Syriac families, Norrköping's and Örebro's Somali, Syrian and Iraqi families, Gävle's and
Landskrona's Balkan, Finnish and Afghan families among the rest.
"""

from __future__ import annotations

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        36.0,
        (
            "Elias", "Wilma", "Oskar", "Ebba", "Lucas", "Alva", "Hugo", "Maja", "Liam", "Ella", "Nils",
            "Tindra", "Melvin", "Elsa", "Viggo", "Agnes", "Kevin", "Moa", "Albin", "Tilde", "Anna-Karin",
            "Lars-Erik", "Karl-Johan", "Linnéa", "Jesper", "Camilla", "Mikael", "Therese", "Patrik", "Jenny",
            "Fredrik", "Malin", "Emma Louise", "Per-Olof", "Ulrika", "Ronja", "Casper", "Vendela", "Isak",
            "Sixten", "Meja", "Theo", "Novalie", "Måns", "Gustav", "Siri", "Hampus", "Jonna",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindqvist",
            "Lundgren", "Sjöberg", "Wikström", "Nordin", "Hedlund", "Östlund", "Engström", "Bergqvist",
            "Sandberg", "Forsberg", "Åkesson", "Ljungberg", "Henriksson", "Magnusson", "Axelsson",
            "Blomqvist", "von Schéele", "af Klercker", "Hultgren", "Törnqvist", "Mattsson", "Nyström",
        ),
        ("Lillen", "Kingen", "Jocke", "Tompa", "Micke", "Pelle", "Kalle", "Nisse", "Smulan", "Totte"),
    ),
    "finnish": (
        2.5,
        ("Juha", "Aino", "Eero", "Sanna", "Mikko", "Päivi", "Jari", "Tuula", "Onni", "Veera", "Raili"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Koskinen", "Laitinen", "Salo",
         "Hämäläinen", "Lehtonen"),
        ("Jukka", "Pekkis", "Tuksu"),
    ),
    "norwegian_danish": (
        0.8,
        ("Sigrid", "Håkon", "Ingrid", "Mads", "Freja", "Rasmus", "Solveig", "Øystein"),
        ("Haugen", "Johansen", "Nielsen", "Kristiansen", "Sørensen", "Bakke"),
        ("Maddi", "Fritte"),
    ),
    "polish": (
        2.0,
        ("Piotr", "Agnieszka", "Kacper", "Zuzanna", "Tomasz", "Magdalena", "Jakub", "Katarzyna", "Wiktor"),
        ("Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński", "Szymańska"),
        ("Kuba", "Piotrek", "Kasia"),
    ),
    "bosnian": (
        2.2,
        ("Emir", "Amra", "Adnan", "Lejla", "Haris", "Selma", "Edin", "Amela", "Kenan", "Merima"),
        ("Hodžić", "Begović", "Hadžić", "Mehmedović", "Delić", "Hasanović", "Kovačević", "Ibrahimović"),
        ("Edo", "Hare", "Kena"),
    ),
    "serbian": (
        1.2,
        ("Nikola", "Jelena", "Marko", "Milica", "Stefan", "Dragana", "Luka", "Tijana"),
        ("Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić"),
        ("Džoni", "Maki", "Cile"),
    ),
    "kosovar_albanian": (
        1.5,
        ("Arben", "Blerta", "Driton", "Vlora", "Besnik", "Arta", "Valon", "Egzona", "Liridon"),
        ("Krasniqi", "Gashi", "Berisha", "Morina", "Shala", "Hoxha", "Kelmendi"),
        ("Beni", "Loni", "Dini"),
    ),
    "iraqi_arabic": (
        4.0,
        ("Mustafa", "Zainab", "Ali", "Noor", "Hussein", "Fatima", "Ahmed", "Maryam", "Haider", "Rusul",
         "Abbas", "Zahraa", "Yousif", "Jana"),
        ("al-Saadi", "Jaber", "Kadhim", "al-Obaidi", "Hashim", "Jawad", "Abdulrazzaq", "Mahdi", "al-Tamimi"),
        ("Mosse", "Ali B", "Hajji", "Abbe"),
    ),
    "syrian": (
        3.5,
        ("Omar", "Rama", "Khaled", "Lana", "Mohammad", "Hiba", "Majd", "Sidra", "Tarek", "Aya", "Rami",
         "Nour", "Bashar", "Yasmin"),
        ("Haddad", "al-Hamwi", "Kassab", "Sabbagh", "Darwish", "Khoury", "el-Masri", "Mansour", "Halabi"),
        ("Moody", "Homsi", "Khalle"),
    ),
    "assyrian_syriac": (
        3.5,
        ("Gabriel", "Maria", "Aday", "Ninos", "Sara", "Ilyas", "Shamiram", "Aziz", "Ninwe", "Markus",
         "Akad", "Rebecka", "Simon", "Ishtar", "Yakob"),
        ("Gabriel", "Aho", "Lahdo", "Barsom", "Şimşek", "Yonan", "Malke", "Isa", "Kourie", "Hanna", "Oudish",
         "Denho", "Lahdo Yousef"),
        ("Ninno", "Gabbe", "Marre", "Akko"),
    ),
    "somali": (
        3.8,
        ("Abdirahman", "Hodan", "Mohamed", "Sahra", "Abdullahi", "Ifrah", "Yasin", "Ayaan", "Hamza",
         "Fardowsa", "Bilal", "Nasra", "Guled", "Hibaaq"),
        ("Ali", "Hassan", "Warsame", "Jama", "Farah", "Osman", "Abdi", "Nur", "Egal", "Aden", "Hirsi"),
        ("Xamar", "Dhere", "Jimmy", "Gaas"),
    ),
    "eritrean": (
        1.6,
        ("Yonas", "Selam", "Dawit", "Helen", "Filmon", "Senait", "Mebrahtu", "Saba", "Robel", "Luwam"),
        ("Tesfay", "Ghebremedhin", "Haile", "Berhe", "Kidane", "Tekle", "Habte", "Woldu"),
        ("Jonni", "Fili", "Robi"),
    ),
    "ethiopian": (
        0.8,
        ("Abebe", "Tigist", "Dawit", "Meron", "Henok", "Bethlehem", "Kaleab"),
        ("Tadesse", "Bekele", "Girma", "Alemu", "Mengistu", "Wolde"),
        ("Abbi", "Kali", "Beti"),
    ),
    "afghan": (
        2.8,
        ("Mohammad Reza", "Zahra", "Ali Reza", "Mursal", "Sohrab", "Fereshta", "Jawad", "Marzia", "Hamid",
         "Shabnam", "Mujtaba", "Nilofar", "Ahmad Shah"),
        ("Rahimi", "Hosseini", "Ahmadi", "Mohammadi", "Sultani", "Haidari", "Jafari", "Karimi", "Azizi",
         "Nazari"),
        ("Moji", "Hami", "Sobbe"),
    ),
    "iranian": (
        1.4,
        ("Arash", "Shirin", "Dariush", "Parisa", "Kian", "Leyla", "Babak", "Nasrin", "Arvin"),
        ("Moradi", "Tehrani", "Rostami", "Kazemi", "Ghorbani", "Shirazi", "Bagheri"),
        ("Ari", "Dari", "Kiki"),
    ),
    "kurdish": (
        2.2,
        ("Rojan", "Dilan", "Berzan", "Hêvî", "Shvan", "Rojda", "Zana", "Nazdar", "Azad", "Ronahi"),
        ("Barzani", "Ahmed Kurdi", "Zebari", "Doski", "Amedi", "Hawrami", "Mamand", "Sindi"),
        ("Roji", "Berre", "Zanko"),
    ),
    "turkish": (
        1.8,
        ("Emre", "Elif", "Burak", "Zeynep", "Mehmet", "Ayşe", "Can", "Derya", "Yusuf", "Büşra"),
        ("Yılmaz", "Kaya", "Demir", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç"),
        ("Memo", "Emo", "Buri"),
    ),
    "chilean_latin": (
        1.3,
        ("Matías", "Camila", "Sebastián", "Valentina", "Joaquín", "Francisca", "Diego", "Javiera"),
        ("González Rojas", "Muñoz", "Fuentes", "Contreras Silva", "Sepúlveda", "Vergara", "da Silva",
         "dos Santos"),
        ("Mati", "Coni", "Seba"),
    ),
    "thai": (
        0.9,
        ("Siriporn", "Nattapong", "Kanya", "Somchai", "Pimchanok", "Anong"),
        ("Srisuk", "Wongsawat", "Boonmee", "Chaiyaporn", "Suksawat"),
        ("Nok", "Ploy", "Pim"),
    ),
    "vietnamese": (
        0.8,
        ("Minh", "Thu", "Quang", "Linh", "Duc", "Huong"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu"),
        ("Mimi", "Quangi"),
    ),
    "chinese": (
        0.6,
        ("Wei", "Xiaoling", "Jun", "Mei", "Hao"),
        ("Zhang", "Chen", "Liu", "Wang Li", "Zhou"),
        ("Weiwei", "Junnie"),
    ),
    "english_irish": (
        0.9,
        ("Liam", "Siobhan", "Connor", "Aoife", "Jack", "Megan", "Declan", "Chloe"),
        ("O'Brien", "O'Connor", "Murphy", "Walsh", "O'Sullivan", "McCarthy", "Doyle", "Kennedy"),
        ("Con", "Jacko", "Megs"),
    ),
    "german": (
        0.7,
        ("Jonas", "Lena", "Florian", "Katrin", "Tobias", "Anja"),
        ("Müller", "Schneider", "von Arnim", "Weber", "Hoffmann", "Becker"),
        ("Flo", "Tobi"),
    ),
    "romanian": (
        1.0,
        ("Ionuț", "Andreea", "Florin", "Ioana", "Marian", "Denisa", "Cristian"),
        ("Popescu", "Stoica", "Dumitru", "Constantin", "Lăcătuș", "Marin"),
        ("Nelu", "Cristi", "Fane"),
    ),
    "russian_ukrainian": (
        1.1,
        ("Dmitrij", "Olena", "Artem", "Natalia", "Oleksandr", "Svetlana", "Bohdan", "Kateryna"),
        ("Ivanov", "Shevchenko", "Kovalenko", "Petrova", "Bondarenko", "Melnyk", "Sokolova"),
        ("Dima", "Sasha", "Tjoma"),
    ),
    "greek": (
        0.5,
        ("Giorgos", "Eleni", "Dimitris", "Katerina", "Nikos"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Christodoulou"),
        ("Jorgo", "Takis"),
    ),
    "congolese": (
        0.8,
        ("Grâce", "Patrick", "Divine", "Christian", "Merveille", "Jonathan", "Esther"),
        ("Mukendi", "Kabila", "Ilunga", "Tshibangu", "Mbuyi", "Kalonji"),
        ("Gloss", "Jojo", "Pappy"),
    ),
    "gambian_west_african": (
        0.7,
        ("Lamin", "Fatou", "Ousman", "Isatou", "Modou", "Awa"),
        ("Jallow", "Ceesay", "Touray", "Sowe", "Bah", "Njie"),
        ("Lamo", "Modi"),
    ),
}  # fmt: skip

# Where a father's name stands between the given name and the surname, drawn for half the people.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Mohamed", "Abdullahi", "Ahmed", "Yusuf", "Ismail", "Abdikarim", "Hussein"),
    "eritrean": ("Tesfamariam", "Gebrehiwet", "Mehari", "Yohannes", "Kahsay"),
    "ethiopian": ("Tesfaye", "Getachew", "Mulugeta", "Asfaw"),
    "iraqi_arabic": ("Kareem", "Jassim", "Salman", "Hamid"),
    "afghan": ("Ghulam", "Nazar"),
}

# Particles that are no part of a name's probes (al-Saadi's "al", von Schéele's "von").
NAME_PARTICLES = frozenset({"al", "el", "von", "af", "de", "da", "dos", "van", "bin"})

# Given names that are Swedish (or English) words too, with their origin.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Björn", "swedish"), ("Viking", "swedish"), ("Vilja", "swedish"),
    ("Saga", "swedish"), ("Rut", "swedish"), ("Dag", "swedish"), ("Ask", "swedish"), ("Ros", "swedish"),
    ("Bo", "swedish"), ("Siv", "swedish"), ("Frank", "english_irish"), ("Hope", "english_irish"),
    ("Sol", "chilean_latin"), ("Iris", "swedish"),
    ("Amber", "english_irish"), ("Storm", "norwegian_danish"), ("Lo", "swedish"),
    ("Dina", "syrian"), ("Lina", "syrian"), ("Can", "turkish"),
)  # fmt: skip

# Surnames that are Swedish (or English) words too, with their origin.
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Lind", "swedish"), ("Berg", "swedish"), ("Ström", "swedish"), ("Fors", "swedish"),
    ("Holm", "swedish"), ("Ek", "swedish"), ("Björk", "swedish"), ("Falk", "swedish"), ("Hammar", "swedish"),
    ("Kvist", "swedish"), ("Rask", "swedish"), ("Vinter", "swedish"), ("Sommar", "swedish"),
    ("Lax", "swedish"), ("Stark", "swedish"), ("Bäck", "swedish"), ("Dal", "swedish"), ("Nord", "swedish"),
    ("Söder", "swedish"), ("Skog", "swedish"), ("Baker", "english_irish"), ("Young", "english_irish"),
    ("Fox", "english_irish"),
)  # fmt: skip

# How often an origin's given name or surname is one of its word names when a person is drawn.
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.03, 0.06),
    "english_irish": (0.1, 0.1),
    "syrian": (0.05, 0.0),
    "turkish": (0.05, 0.0),
}
