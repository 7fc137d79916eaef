# ruff: noqa: E501
"""Names of the twenty-second blind corpus (events, associations and faith communities), typed from the
writer's own knowledge: per origin a weight (a realistic mix for Swedish towns today), given names, surnames
and nicknames; given names and surnames that are ordinary words; fathers' names; name particles."""

from __future__ import annotations

# origin -> (weight, given names, surnames, nicknames)
ORIGINS: dict[str, tuple[float, list[str], list[str], list[str]]] = {
    "swedish": (
        30.0,
        [
            "Anders", "Karin", "Lars-Göran", "Margareta", "Ulf", "Birgitta", "Johan", "Elisabeth", "Mattias",
            "Ingrid", "Kjell", "Gunilla", "Henrik", "Agneta", "Per-Olof", "Ann-Sofie", "Fredrik", "Maja",
            "Elsa", "Hugo", "Linnéa", "Viktor", "Ebba", "Gustav", "Wilma", "Sixten", "Ulla-Britt", "Torbjörn",
            "Malin", "Jonas", "Kerstin", "Ebbe", "Signe", "Tove", "Åsa", "Göran", "Britt-Marie", "Oskar",
        ],
        [
            "Lindqvist", "Johansson", "Andersson", "Nyström", "Bergqvist", "Wikström", "Sjöberg", "Eklund",
            "Hedlund", "Lundgren", "Öberg", "Åkesson", "Söderlund", "Blomqvist", "Engström", "Hallberg",
            "Karlsson", "Nilsson", "Persson", "Forsberg", "Dahlgren", "Löfgren", "Sandberg", "Holmberg",
            "Ekström", "Lindahl", "Wallin", "Mattsson", "Åström", "Norrman", "Lindqvist Ahlgren",
            "von Platen", "af Klercker", "Stålhammar", "Grönwall",
        ],
        ["Kalle", "Janne", "Lasse", "Pelle", "Micke", "Bosse", "Sussie", "Lotta", "Nisse", "Gittan", "Totte"],
    ),
    "finnish": (
        3.0,
        ["Jukka", "Pirjo", "Sirkka", "Matti", "Tuula", "Eero", "Aila", "Kari", "Päivi", "Heikki"],
        ["Virtanen", "Mäkinen", "Heikkilä", "Koskinen", "Laaksonen", "Hämäläinen", "Niemi", "Rautio"],
        ["Jukke", "Pete", "Masa", "Pike"],
    ),
    "arabic": (
        8.0,
        [
            "Mohammed", "Ahmad", "Fatima", "Omar", "Khaled", "Rania", "Youssef", "Layla", "Hassan", "Nour",
            "Ibrahim", "Samira", "Bilal", "Amira", "Tariq", "Hiba", "Walid", "Dalia",
        ],
        [
            "Hussein", "Al-Rashid", "Haddad", "Khalil", "Mansour", "Saleh", "El-Amin", "Nasser", "Abbas",
            "Darwish", "Al-Jaber", "Hamdan", "Qasim", "Yassin",
        ],
        ["Abu Khaled", "Hamoudi", "Sisi", "Abu Yousef", "Nono"],
    ),
    "somali": (
        6.0,
        ["Abdirahman", "Hodan", "Faadumo", "Abdullahi", "Ayaan", "Mustafe", "Sahra", "Ilhan", "Khadar", "Hibaaq"],
        ["Warsame", "Farah", "Jama", "Hirsi", "Osman", "Egal", "Abdi", "Mohamud", "Aden", "Guled"],
        ["Dheere", "Gaab", "Yarisoow", "Cade"],
    ),
    "eritrean": (
        2.5,
        ["Yonas", "Senait", "Tesfay", "Mehret", "Filmon", "Luwam", "Kibrom", "Semhar", "Dawit", "Winta"],
        ["Tesfamariam", "Ghebremedhin", "Berhane", "Woldu", "Habte", "Kahsay", "Tekle", "Mehari"],
        ["Wedi Habte", "Jonny", "Filo", "Semi"],
    ),
    "kurdish": (
        3.5,
        ["Rebin", "Shilan", "Dilan", "Azad", "Berivan", "Serwan", "Rojda", "Karwan", "Hêvî", "Baran"],
        ["Barzani", "Amedi", "Zebari", "Doski", "Rashid", "Kaya", "Sindi", "Hawrami"],
        ["Kak Azad", "Rebo", "Dilo", "Mamo"],
    ),
    "persian": (
        3.0,
        ["Arash", "Shirin", "Farhad", "Mahsa", "Reza", "Niloufar", "Kaveh", "Parisa", "Babak", "Sepideh"],
        ["Rahimi", "Mohammadi", "Karimi", "Tehrani", "Hosseini", "Sadeghi", "Jafari", "Ahmadi-Nejad"],
        ["Mamad", "Ari", "Shiri", "Babi"],
    ),
    "afghan": (
        2.5,
        ["Mustafa", "Zahra", "Ali Reza", "Mariam", "Hamid", "Shabnam", "Jawad", "Fereshta", "Sohrab"],
        ["Hakimi", "Noori", "Rezaie", "Sultani", "Amiri", "Haidari", "Popal", "Wardak"],
        ["Musti", "Jojo", "Hami"],
    ),
    "turkish": (
        2.5,
        ["Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Serkan", "Gülay", "Kemal", "Derya"],
        ["Yılmaz", "Öztürk", "Demir", "Şahin", "Çelik", "Aydın", "Yildiz", "Kaplan", "Arslan"],
        ["Memo", "Ayşo", "Burki"],
    ),
    "assyrian": (
        3.0,
        ["Gabriel", "Sargon", "Ninwe", "Aday", "Shamiram", "Ashur", "Maryam", "Yacoub", "Nahrin", "Ilona"],
        ["Gabro", "Barsom", "Isik", "Aho", "Malke", "Hanna", "Lahdo", "Yakoub", "Danho", "Shabo"],
        ["Gabbe", "Sarre", "Nini", "Aschi"],
    ),
    "bosnian": (
        2.5,
        ["Amir", "Selma", "Edin", "Lejla", "Nermin", "Amra", "Dragan", "Jelena", "Mirza", "Ivana"],
        ["Hodžić", "Hadzic", "Begović", "Kovačević", "Delić", "Petrović", "Mujić", "Babić", "Jovanović"],
        ["Mujo", "Dado", "Sele", "Džeki"],
    ),
    "polish": (
        2.5,
        ["Katarzyna", "Tomasz", "Agnieszka", "Piotr", "Małgorzata", "Krzysztof", "Joanna", "Paweł"],
        ["Nowak", "Kowalski", "Wiśniewska", "Zieliński", "Wójcik", "Kamińska", "Lewandowski"],
        ["Kasia", "Tomek", "Gosia", "Piotrek"],
    ),
    "syrian_christian": (
        1.5,
        ["Georges", "Rima", "Elias", "Nadia", "Fadi", "Hanan", "Rami", "Mirna"],
        ["Khoury", "Haddad-Nassif", "Saliba", "Boutros", "Antoun", "Chamoun"],
        ["Jojo", "Fafi", "Mimi"],
    ),
    "ukrainian": (
        2.0,
        ["Olena", "Oleksandr", "Iryna", "Dmytro", "Nataliia", "Andrii", "Yuliia", "Taras"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Melnyk", "Tkachenko", "Kravchuk", "Hnatiuk"],
        ["Sasha", "Dima", "Ira", "Yulka"],
    ),
    "latin_american": (
        2.0,
        ["Carlos", "María José", "Juan Pablo", "Valentina", "Diego", "Camila", "Andrés", "Lucía"],
        ["González", "Rojas Muñoz", "Pérez", "Fuentes", "Herrera", "da Silva", "dos Santos", "de la Cruz"],
        ["Pancho", "Cami", "Cacho", "Flaco"],
    ),
    "south_asian": (
        2.0,
        ["Priya", "Rajesh", "Anjali", "Vikram", "Deepa", "Sanjay", "Harpreet", "Gurpreet", "Arjun"],
        ["Sharma", "Patel", "Singh", "Iyer", "Reddy", "Chaudhary", "Menon", "D'Souza"],
        ["Raj", "Bunty", "Pinky", "Vicky"],
    ),
    "west_african": (
        1.5,
        ["Kwame", "Aminata", "Chinedu", "Fatou", "Oluwaseun", "Adaeze", "Moussa", "Awa"],
        ["Mensah", "Diallo", "Okafor", "N'Diaye", "Adeyemi", "Traoré", "Ouédraogo", "Balogun"],
        ["Seun", "Papy", "Ada", "Kobby"],
    ),
    "ethiopian": (
        1.2,
        ["Abebe", "Tigist", "Meseret", "Yohannes", "Hirut", "Bereket", "Selamawit"],
        ["Bekele", "Tadesse", "Gebre", "Alemu", "Wondimu", "Haile"],
        ["Abi", "Tigi", "Beki"],
    ),
    "albanian": (
        1.5,
        ["Arben", "Drita", "Besnik", "Liridona", "Valon", "Albana", "Fatmir", "Blerta"],
        ["Krasniqi", "Gashi", "Berisha", "Hoxha", "Shala", "Morina", "Rexhepi"],
        ["Beni", "Vali", "Fati"],
    ),
    "english": (
        1.0,
        ["Patrick", "Sinead", "Liam", "Siobhan", "Graham", "Emily", "Declan"],
        ["O'Brien", "O'Connor", "Murphy", "Walsh", "Thompson", "McCarthy"],
        ["Paddy", "Shiv", "Gaz"],
    ),
    "vietnamese": (
        1.0,
        ["Thi Lan", "Van Minh", "Hoa", "Duc", "Thu Trang", "Quang"],
        ["Nguyen", "Pham", "Le", "Hoang", "Vu", "Dang"],
        ["Bé Hai", "Minh-Minh", "Anh Tu"],
    ),
    "chinese": (
        0.8,
        ["Wei", "Li Na", "Xiaoming", "Jing", "Hao", "Mei"],
        ["Zhang", "Wang", "Liu", "Chen", "Huang", "Zhou"],
        ["Xiao Wei", "Lulu", "Jay"],
    ),
    "greek": (
        0.8,
        ["Nikos", "Eleni", "Giorgos", "Katerina", "Dimitris", "Sofia"],
        ["Papadopoulos", "Georgiou", "Makris", "Nikolaidis", "Vlachos"],
        ["Takis", "Lena", "Mitsos"],
    ),
    "norwegian_danish": (
        0.8,
        ["Søren", "Mette", "Kjetil", "Sigrid", "Jørgen", "Ragnhild", "Frode"],
        ["Kristiansen", "Haugen", "Bakke", "Sørensen", "Jørgensen", "Lunde"],
        ["Sørre", "Kjetti", "Mette-mor"],
    ),
    "sami_tornedalian": (
        0.8,
        ["Áile", "Niila", "Máret", "Inga-Máret", "Nils-Anders", "Jouni", "Ristin"],
        ["Kuoljok", "Labba", "Pirak", "Nutti", "Päiviö", "Kitok", "Spiik"],
        ["Nikke", "Ánte", "Jojje"],
    ),
    "filipino_thai": (
        0.8,
        ["Maricel", "Jerome", "Rowena", "Somchai", "Nok", "Ploy", "Arnel"],
        ["Santos", "dela Cruz", "Reyes", "Srisuk", "Wongsakul", "Bautista"],
        ["Jun-Jun", "Bong", "Tik"],
    ),
    "romanian_roma": (
        1.0,
        ["Ionuț", "Florin", "Mihaela", "Gheorghe", "Luminița", "Daniela", "Stefan"],
        ["Popescu", "Stoica", "Dumitru", "Lăcătuș", "Radu", "Caldaras"],
        ["Nelu", "Gigi", "Fane"],
    ),
}  # fmt: skip

# Given names that are ordinary Swedish (or English, Turkish) words, with their origin.
WORD_FIRST: list[tuple[str, str]] = [
    ("Sten", "swedish"), ("Bo", "swedish"), ("Stig", "swedish"), ("Björn", "swedish"), ("Dag", "swedish"),
    ("Rut", "swedish"), ("Liv", "swedish"), ("Saga", "swedish"), ("Iris", "swedish"), ("Vilja", "swedish"),
    ("Ask", "swedish"), ("Bror", "swedish"), ("Tor", "swedish"), ("Maj", "swedish"), ("Sol", "swedish"),
    ("Klara", "swedish"), ("Ros", "swedish"), ("Lo", "swedish"), ("Viola", "swedish"), ("Siv", "swedish"),
    ("Can", "turkish"), ("Hope", "west_african"), ("Joy", "filipino_thai"), ("Grace", "west_african"),
    ("Dina", "arabic"), ("Mina", "persian"), ("Rosa", "latin_american"), ("Amen", "eritrean"),
    ("Bella", "bosnian"),
]  # fmt: skip
# Surnames that are ordinary words.
WORD_SURNAMES: list[tuple[str, str]] = [
    ("Berg", "swedish"), ("Ek", "swedish"), ("Lind", "swedish"), ("Holm", "swedish"), ("Strand", "swedish"),
    ("Ström", "swedish"), ("Falk", "swedish"), ("Björk", "swedish"), ("Gran", "swedish"), ("Lund", "swedish"),
    ("Borg", "swedish"), ("Nord", "swedish"), ("Kvist", "swedish"), ("Bäck", "swedish"), ("Sand", "swedish"),
    ("Fors", "swedish"), ("Glad", "swedish"), ("Frisk", "swedish"), ("Stark", "swedish"), ("Örn", "swedish"),
    ("Svan", "swedish"), ("Hall", "swedish"), ("Mark", "swedish"), ("Dahl", "swedish"), ("Rask", "swedish"),
    ("Lax", "swedish"), ("Sköld", "swedish"), ("Ljung", "swedish"), ("Hed", "swedish"), ("Malm", "swedish"),
    ("Vall", "swedish"), ("Kron", "swedish"), ("Blom", "swedish"), ("Hjort", "swedish"),
    ("Tran", "vietnamese"), ("Lin", "chinese"), ("King", "english"), ("Young", "english"),
    ("Kiss", "romanian_roma"),
]  # fmt: skip
# How often a person of an origin carries a word given name / surname when the frame does not ask for one.
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.06, 0.08),
    "turkish": (0.05, 0.04),
    "vietnamese": (0.0, 0.1),
    "chinese": (0.0, 0.08),
    "english": (0.0, 0.05),
}
# Origins whose people often carry a father's name between given name and surname.
FATHERS: dict[str, list[str]] = {
    "somali": ["Ali", "Hassan", "Abdi", "Yusuf", "Nur Ahmed", "Ismail"],
    "eritrean": ["Tesfay", "Gebreyesus", "Haile", "Yohannes", "Berhe"],
    "ethiopian": ["Alemayehu", "Girma", "Tsegaye", "Mulugeta"],
}
NAME_PARTICLES = {"al", "el", "bin", "ibn", "von", "van", "de", "af", "da", "dos", "la", "dela"}
