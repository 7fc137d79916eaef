"""Names of the fifty-eighth blind corpus (tests/blind58_corpus.py): evictions, debts and housing loss in
Västerås, Eskilstuna and Köping.

Typed from the writer's own knowledge of who lives in Mälardalen's towns today (no name package, list or
search): Swedish names a little under half, a large Sweden-Finnish group, then Syrian, Iraqi, Somali,
Kurdish, Assyrian/Syriac, Eritrean, Afghan, Iranian, Turkish, Bosnian, Polish, Kosovo-Albanian and many
smaller groups. Each origin: (weight, given names, surnames, nicknames). Given names with a space are double
given names as they stand in the population register; fathers' names stand between given and surname where
that is the custom (Somali, Eritrean, Ethiopian, Iraqi, Afghan).
"""

from __future__ import annotations

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "de", "af", "der", "da", "dos", "del"})

ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        44.0,
        (
            "Anders", "Lars", "Mikael", "Per-Olof", "Karl-Erik", "Gunilla", "Ann-Christin", "Eva-Lena",
            "Birgitta", "Margareta", "Kerstin", "Ulla-Britt", "Leif", "Göran", "Tommy", "Kjell", "Mats",
            "Jonas", "Fredrik", "Sofia", "Emma", "Elin", "Johanna", "Malin", "Therese", "Jessica", "Linnéa",
            "Oskar", "Viktor", "Emil", "Wilma", "Ebba", "Agnes", "Hampus", "Rasmus", "Sixten", "Gösta",
            "Ingvar", "Roger", "Kent", "Camilla", "Pernilla", "Annika", "Åsa", "Maud", "Sture", "Lennart",
            "Marie-Louise", "Jan Erik", "Anna Karin", "Lars Göran", "Carl Johan", "Eva Marie", "Stefan",
            "Henrik", "Patrik", "Daniel", "Sara", "Helena", "Ylva", "Torbjörn", "Bengt", "Sven-Åke",
            "Britt-Marie", "Ronny", "Conny", "Marléne", "Tove", "Alva", "Elsa", "Hugo", "Vilhelm",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindqvist",
            "Lundgren", "Sjöberg", "Wallin", "Engström", "Forsberg", "Hedlund", "Nordström", "Sandberg",
            "Bergqvist", "Lindholm", "Åberg", "Söderberg", "Axelsson", "Hedin", "Wikström", "Östlund",
            "Mattsson", "Dahlgren", "Blomqvist", "Hellström", "Ekström", "Norberg", "Fransson", "Sundqvist",
            "Grönlund", "Löfgren", "Pålsson", "Åkesson", "Tjernberg", "Rydén", "Wennerholm", "Skoog",
            "af Klercker", "von Essen", "de Laval", "Lilja-Hedberg", "Berg-Sjöqvist", "Ståhlberg",
        ),
        (
            "Micke", "Kalle", "Lasse", "Pelle", "Jocke", "Bosse", "Sussie", "Lotta", "Gittan", "Kicki",
            "Putte", "Tompa", "Nisse", "Affe", "Lillis", "Fia", "Totte", "Janne", "Musse", "Ankan",
        ),
    ),
    "finnish": (
        5.0,
        (
            "Jukka", "Pirjo", "Seppo", "Raili", "Tuula", "Matti", "Kari", "Eija", "Marjatta", "Pekka",
            "Heikki", "Anneli", "Sirkka", "Timo", "Riitta", "Jari", "Päivi", "Esko", "Tarja", "Arto",
        ),
        (
            "Virtanen", "Mäkinen", "Heikkinen", "Koskinen", "Laaksonen", "Hämäläinen", "Nieminen", "Lehtonen",
            "Savolainen", "Kinnunen", "Räsänen", "Turunen", "Salminen", "Kettunen", "Ylönen", "Hakala",
            "Peltola", "Järvinen", "Rautiainen", "Kärkkäinen",
        ),
        ("Pena", "Jussi", "Seppis", "Kaitsu", "Tuukka", "Pirkko-mummo", "Masa", "Late"),
    ),
    "syrian": (
        5.0,
        (
            "Mohammad", "Ahmad", "Khaled", "Rami", "Bashar", "Mahmoud", "Yaser", "Fadi", "Hiba", "Rasha",
            "Lama", "Nour", "Ghalia", "Razan", "Wael", "Amjad", "Mays", "Hanan", "Tarek", "Obada",
        ),
        (
            "al-Halabi", "Haddad", "Khatib", "al-Hamwi", "Shami", "Darwish", "Kassab", "Mardini",
            "al-Homsi", "Sabbagh", "Hallak", "Jabr", "Zaher", "Nassar", "el-Masri", "Barakat", "Qasim",
        ),
        ("Abu Fadi", "Hamoudi", "Umm Rami", "Mimo", "Zozo", "Abu Khaled"),
    ),
    "iraqi": (
        4.0,
        (
            "Ali", "Hussein", "Haider", "Mustafa", "Zainab", "Fatima", "Mohanad", "Ammar", "Sura", "Noor",
            "Abbas", "Karrar", "Ruqaya", "Dhuha", "Saif", "Mariam", "Ra'ed", "Sabah",
        ),
        (
            "al-Jabouri", "al-Saadi", "al-Obaidi", "Kadhim", "Jawad", "al-Timimi", "Hashim", "al-Maliki",
            "Abd al-Rahman", "al-Dulaimi", "Salman", "Jaafar", "al-Rubaie", "Mahdi", "Sa'adi",
        ),
        ("Abu Ali", "Hamudi", "Zuzu", "Abu Zainab", "Dodi"),
    ),
    "somali": (
        4.0,
        (
            "Abdirahman", "Abdullahi", "Hodan", "Fadumo", "Ayaan", "Hamse", "Sahra", "Mohamed", "Ikran",
            "Najma", "Bashiir", "Ifrah", "Sagal", "Mustafe", "Deeqa", "Ubah", "Liibaan", "Hibaaq",
        ),
        (
            "Warsame", "Abdi", "Farah", "Jama", "Osman", "Hirsi", "Aden", "Mohamud", "Guled", "Samatar",
            "Nuur", "Egal", "Hassan", "Dahir", "Yusuf", "Ismaaciil",
        ),
        ("Abbe", "Xaliimo-eedo", "Cumar Dheere", "Jaamac Yare", "Faadu"),
    ),
    "kurdish": (
        3.0,
        (
            "Rebin", "Dilan", "Shilan", "Azad", "Rojin", "Hevin", "Kawa", "Zhilwan", "Berivan", "Dara",
            "Soran", "Nazdar", "Serwan", "Rezan", "Shirin",
        ),
        (
            "Barzani", "Ahmadi", "Rashid", "Mustafa Ali", "Karim", "Hawrami", "Qadir", "Amin", "Mahmud",
            "Sulaiman", "Zebari", "Hamasalih",
        ),
        ("Kaka Azad", "Roji", "Dilo", "Shero"),
    ),
    "assyrian": (
        3.0,
        (
            "Gabriel", "Shamiram", "Ninos", "Ishtar", "Sargon", "Nahrin", "Aziz", "Yakob", "Marta", "Eliyo",
            "Hanna", "Danho", "Sanharib", "Mirza",
        ),
        (
            "Aydin", "Barsom", "Isik", "Yalcin", "Shabo", "Dinc", "Kaplan", "Malke", "Ishaq",
            "Bahdi", "Saliba", "Cicek", "Aho", "Yousef",
        ),
        ("Gabbe", "Nino", "Shami", "Jacko", "Malko"),
    ),
    "eritrean": (
        2.5,
        (
            "Yonas", "Semhar", "Filmon", "Helen", "Aron", "Rahwa", "Tesfay", "Senait", "Merhawi", "Luwam",
            "Dawit", "Freweyni", "Kibrom", "Saba",
        ),
        (
            "Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Kidane", "Tekle", "Woldu", "Mehari",
            "Habtemariam", "Ghirmay", "Andemariam", "Asmerom",
        ),
        ("Fili", "Mero", "Kibro", "Semi"),
    ),
    "ethiopian": (
        1.0,
        ("Abebe", "Tigist", "Mulugeta", "Selamawit", "Getachew", "Meron", "Dereje", "Bethlehem", "Yared"),
        ("Bekele", "Tadesse", "Alemu", "Girma", "Wolde", "Mengistu", "Desta", "Ayele", "Tsegaye"),
        ("Abi", "Betty", "Mule"),
    ),
    "afghan": (
        2.5,
        (
            "Mohammad Reza", "Ahmad Shah", "Zahra", "Mursal", "Farid", "Hamid", "Sediqa", "Najibullah",
            "Mahbooba", "Rahmatullah", "Shakila", "Jawid", "Nasima", "Ali Reza", "Arezo",
        ),
        (
            "Ahmadzai", "Rahimi", "Hosseini", "Sultani", "Nazari", "Jafari", "Stanikzai", "Amiri", "Sadat",
            "Karimi", "Noorzai", "Habibi", "Azizi",
        ),
        ("Jawi", "Hamo", "Faridjan", "Zari"),
    ),
    "iranian": (
        2.5,
        (
            "Mehrdad", "Shirin", "Parisa", "Reza", "Behnaz", "Kourosh", "Nasrin", "Babak", "Leila",
            "Farzaneh",
            "Arash", "Golnaz", "Siamak", "Mahsa",
        ),
        (
            "Tehrani", "Mohammadi", "Rostami", "Farahani", "Shirazi", "Ghasemi", "Moradi", "Esfahani",
            "Bagheri", "Sadeghi", "Jalali", "Kazemi", "Nikpour", "Zand",
        ),
        ("Mamad", "Ari", "Babi", "Pari"),
    ),
    "turkish": (
        2.0,
        (
            "Mehmet", "Ayşe", "Mustafa", "Emine", "Hüseyin", "Fatma", "Murat", "Zeynep", "Özgür", "Gülsen",
            "Serkan", "Elif", "Burak", "Şükrü", "Yasemin",
        ),
        (
            "Yılmaz", "Kaya", "Demir", "Çelik", "Şahin", "Öztürk", "Arslan", "Doğan", "Kılıç", "Aksoy",
            "Polat", "Güneş", "Erdoğdu", "Karataş",
        ),
        ("Memo", "Hüso", "Ayşo", "Sero"),
    ),
    "bosnian": (
        2.0,
        (
            "Amir", "Edina", "Senad", "Amra", "Mirsad", "Jasmina", "Nermin", "Selma", "Emir", "Alma",
            "Haris", "Lejla", "Sead", "Merima",
        ),
        (
            "Hodžić", "Begić", "Mehmedović", "Hadžić", "Kovačević", "Delić", "Hasanović", "Omerović",
            "Salihović", "Mujić", "Ibrahimović", "Softić", "Čolić",
        ),
        ("Mirso", "Keno", "Eda", "Neno"),
    ),
    "polish": (
        2.0,
        (
            "Katarzyna", "Małgorzata", "Piotr", "Tomasz", "Agnieszka", "Krzysztof", "Paweł", "Joanna",
            "Marek", "Ewa", "Łukasz", "Beata", "Grzegorz", "Dorota",
        ),
        (
            "Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamiński", "Lewandowska", "Zieliński",
            "Szymańska", "Dąbrowski", "Kozłowski", "Jankowska", "Mazur", "Krawczyk",
        ),
        ("Kasia", "Gosia", "Bartek", "Tomek", "Kuba"),
    ),
    "kosovo_albanian": (
        1.5,
        ("Arben", "Blerina", "Valon", "Drita", "Fatmir", "Shqipe", "Besnik", "Arta", "Driton", "Vjosa"),
        ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Morina", "Shala", "Kelmendi", "Rexhepi", "Bytyqi"),
        ("Beni", "Toni", "Ardi"),
    ),
    "serbian_croatian": (
        1.0,
        ("Dragan", "Snežana", "Zoran", "Milica", "Goran", "Vesna", "Nenad", "Jelena", "Dušan", "Ivana"),
        ("Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Horvat", "Babić"),
        ("Gaga", "Zoki", "Neša"),
    ),
    "chilean": (
        1.5,
        (
            "José Luis", "María Elena", "Juan Carlos", "Claudia", "Rodrigo", "Ximena", "Patricio",
            "Carolina", "Cristián", "Marcela", "Luis Alberto",
        ),
        (
            "González Muñoz", "Rojas", "Soto Vergara", "Contreras", "Figueroa", "Sepúlveda", "Pizarro",
            "Araya Silva", "Fuentes", "Valenzuela", "Castro Díaz",
        ),
        ("Pancho", "Pato", "Chino", "Nacho", "Flaca"),
    ),
    "romani_romanian": (
        1.0,
        ("Ionel", "Florentina", "Marian", "Daniela", "Gheorghe", "Mirela", "Costel", "Elena", "Vasile"),
        ("Lăcătuș", "Dumitru", "Stoica", "Căldăraru", "Rostas", "Mihai", "Constantin", "Ciurar"),
        ("Nelu", "Gică", "Fane"),
    ),
    "thai": (
        1.0,
        ("Siriporn", "Nong", "Kanya", "Pranee", "Wanida", "Somchai", "Malee", "Ratana"),
        ("Srisuk", "Chaiyaphum", "Thongchai", "Saelim", "Boonmee", "Kongkaew", "Phromma"),
        ("Noi", "Lek", "Nok", "Ploy"),
    ),
    "vietnamese": (
        0.7,
        ("Thi Lan", "Van Minh", "Thu Trang", "Duc Anh", "Thi Hoa", "Quang"),
        ("Nguyen", "Tran", "Pham", "Le", "Hoang", "Vu"),
        ("Tí", "Bin"),
    ),
    "chinese": (
        0.5,
        ("Wei", "Xiaoling", "Jun", "Mei", "Haoran", "Yan"),
        ("Zhang", "Wang", "Liu", "Chen", "Zhou", "Huang"),
        ("Xiao Wei", "Lily"),
    ),
    "filipino": (
        0.5,
        ("Maricel", "Jonathan", "Rowena", "Arnel", "Lorna", "Jerome"),
        ("dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Mendoza"),
        ("Bong", "Jun-Jun", "Inday"),
    ),
    "indian": (
        0.8,
        ("Priya", "Rahul", "Anjali", "Sandeep", "Lakshmi", "Vikram", "Deepa", "Anil"),
        ("Sharma", "Patel", "D'Souza", "Iyer", "Reddy", "Nair", "D'Costa", "Menon", "Gupta"),
        ("Bunty", "Pinky", "Raju"),
    ),
    "pakistani": (
        0.5,
        ("Imran", "Ayesha", "Usman", "Sana", "Bilal", "Rabia"),
        ("Qureshi", "Chaudhry", "Butt", "Malik", "Siddiqui", "Sheikh"),
        ("Billu", "Sunny"),
    ),
    "english_irish": (
        1.0,
        ("Liam", "Siobhan", "Gary", "Claire", "Declan", "Sharon", "Neil", "Aoife", "Kevin"),
        ("O'Brien", "O'Connor", "Murphy", "O'Sullivan", "Walsh", "Thompson", "O'Neill", "Hughes"),
        ("Smudge", "Dec", "Shaz"),
    ),
    "german_dutch": (
        1.0,
        ("Jürgen", "Sabine", "Matthias", "Ute", "Dirk", "Anke", "Joost", "Femke"),
        ("Schäfer", "Müller", "Becker", "Hoffmann", "van der Berg", "de Vries", "Jansen", "Krüger"),
        ("Jogi", "Bine"),
    ),
    "norwegian_danish": (
        0.8,
        ("Trond", "Solveig", "Øystein", "Kari-Anne", "Jens", "Mette", "Bjarne", "Ingrid"),
        ("Haugen", "Bakke", "Solberg", "Sørensen", "Kristiansen", "Mikkelsen", "Nygaard", "Halvorsen"),
        ("Trondis", "Mette-Mor"),
    ),
    "italian_greek": (
        0.6,
        ("Giuseppe", "Francesca", "Nikos", "Eleni", "Marco", "Georgios", "Paola"),
        ("D'Amico", "Russo", "Papadopoulos", "D'Angelo", "Georgiou", "Esposito", "Dimitriou"),
        ("Beppe", "Takis", "Nikolaki"),
    ),
    "gambian_west_african": (
        0.6,
        ("Lamin", "Fatou", "Ousman", "Isatou", "Modou", "Awa", "Ebrima"),
        ("Jallow", "Ceesay", "Touray", "Bah", "Sanneh", "Camara", "Njie"),
        ("Lamo", "Modi"),
    ),
    "ukrainian_russian": (
        0.8,
        ("Oksana", "Dmytro", "Olena", "Serhii", "Natalia", "Andrii", "Iryna", "Vladimir"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Melnyk", "Ivanova", "Tkachenko", "Petrenko"),
        ("Sasha", "Dima", "Lena"),
    ),
}  # fmt: skip

# Fathers' names, written between a person's given name and surname.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Ahmed", "Ali", "Abdullahi", "Mohamed", "Ibrahim", "Omar", "Yasin", "Nur"),
    "eritrean": ("Tesfay", "Gebru", "Yohannes", "Ghebre", "Kahsay", "Okbay"),
    "ethiopian": ("Haile", "Tesfaye", "Kebede", "Assefa"),
    "iraqi": ("Abdulkarim", "Jassim", "Hamid", "Abdullah", "Kareem"),
    "afghan": ("Gul", "Mohammad", "Ahmad", "Nabi"),
}

# Names that are also Swedish (or English) words, with their origin. The corpus's word names.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Björn", "swedish"),
    ("Sten", "swedish"),
    ("Stig", "swedish"),
    ("Bo", "swedish"),
    ("Inga", "swedish"),
    ("Dag", "swedish"),
    ("Klara", "swedish"),
    ("Saga", "swedish"),
    ("Vilja", "swedish"),
    ("Iris", "swedish"),
    ("Malva", "swedish"),
    ("Axel", "swedish"),
    ("Lina", "swedish"),
    ("Vide", "swedish"),
    ("Ask", "swedish"),
    ("Rim", "syrian"),
    ("Said", "somali"),
    ("Can", "turkish"),
    ("Hope", "english_irish"),
    ("Mark", "english_irish"),
)
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Ek", "swedish"),
    ("Björk", "swedish"),
    ("Lind", "swedish"),
    ("Ström", "swedish"),
    ("Falk", "swedish"),
    ("Holm", "swedish"),
    ("Strand", "swedish"),
    ("Fors", "swedish"),
    ("Hägg", "swedish"),
    ("Hjort", "swedish"),
    ("Örn", "swedish"),
    ("Svan", "swedish"),
    ("Rask", "swedish"),
    ("Vinter", "swedish"),
    ("Sommar", "swedish"),
    ("Stål", "swedish"),
    ("Frost", "swedish"),
    ("Gran", "swedish"),
    ("Blom", "swedish"),
    ("Stone", "english_irish"),
    ("Wood", "english_irish"),
)
# How often an origin's ordinary given name or surname is one of its word names (besides the slots that
# ask for one).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.02, 0.04),
    "english_irish": (0.05, 0.05),
}
