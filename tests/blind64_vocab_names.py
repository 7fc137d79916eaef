"""Names of the sixty-fourth blind corpus (tests/blind64_corpus.py): animals in the estate, from Östersund,
Kalmar and Södertälje. Typed from the writer's own knowledge of who lives in these towns today, without a
name list or package: origins with weights (Swedish names under half of all), double given names,
particles, apostrophes, fathers' names where they are usual, nicknames, and names that are also Swedish or
English words (many of them animals and trees, as this corpus's texts are about animals)."""

from __future__ import annotations

# origin -> (weight, given names, surnames, nicknames)
ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        38.0,
        (
            "Anna-Karin", "Per-Olof", "Karl-Erik", "Lars-Göran", "Eva-Lena", "Jan-Erik", "Anna Maria",
            "Lars", "Mats", "Ingrid", "Birgitta", "Margareta", "Kerstin", "Gunnel", "Elsa", "Maja", "Ebba",
            "Wilma", "Alva", "Hugo", "Elias", "Oskar", "Ludvig", "Viktor", "Johan", "Mikael", "Jonas",
            "Fredrik", "Helena", "Karin", "Sofia", "Emma", "Lena", "Ulla", "Gunnar", "Bengt", "Sören",
            "Tomas", "Ulrika", "Malin", "Linnéa", "Agnes", "Sixten", "Tage", "Inger", "Rolf", "Åsa",
            "Mona", "Pernilla", "Håkan", "Stina", "Anders", "Torbjörn", "Greta", "Signe", "Nils Erik",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
            "Lindqvist", "Lundgren", "Sjöberg", "Wallin", "Engström", "Hedlund", "Norberg", "Östlund",
            "Sundqvist", "Forsberg", "Edholm", "Wiklund", "Nordin", "Hägglund", "Grahn", "Lindström",
            "Åkesson", "Ljungberg", "Sandström", "Söderberg", "Berglund", "Kjellberg", "Olofsson",
            "Hallström", "Östberg", "Nordlander", "Jämtelid", "Ringdahl", "von Sydow", "af Ugglas",
            "de Geer", "Adlercreutz", "Svärd", "Tjernberg",
        ),
        (
            "Kalle", "Pelle", "Nisse", "Micke", "Jocke", "Lasse", "Bosse", "Gurra", "Kicki", "Lotta",
            "Tessan", "Lillen", "Sotis", "Myran", "Stickan", "Stålis", "Gittan", "Tompa", "Flisan",
        ),
    ),
    "finnish": (
        3.0,
        ("Jukka", "Pirjo", "Tuula", "Seppo", "Aila", "Kaisa", "Juha", "Raili", "Eero", "Marjatta", "Pentti"),
        (
            "Korhonen", "Virtanen", "Mäkinen", "Heikkinen", "Niemi", "Laitinen", "Hämäläinen", "Koskinen",
            "Rantanen", "Salminen", "Kärkkäinen",
        ),
        ("Jussi", "Pike", "Jukkis", "Seppis", "Raikku"),
    ),
    "sami": (
        1.5,
        ("Nils-Anders", "Máret", "Ánte", "Sunná", "Áslat", "Elle", "Inga-Maria", "Jon-Henrik"),
        ("Kroik", "Jåma", "Partapuoli", "Kuoljok", "Labba", "Sarri", "Kråik", "Fjällgren"),
        ("Ante", "Máhtte", "Nilla"),
    ),
    "norwegian": (
        1.5,
        ("Magnus", "Sigrid", "Håkon", "Ingvild", "Torbjørn", "Solveig", "Eirik", "Ragnhild"),
        ("Haugen", "Bakken", "Solberg", "Brekke", "Aas", "Myhre", "Strømsnes", "Hovde"),
        ("Tobben", "Siggen", "Eiken"),
    ),
    "assyrian": (
        8.0,
        (
            "Ninos", "Sargon", "Ashur", "Nahrin", "Shamiram", "Aphrem", "Ninve", "Saliba", "Afram",
            "Shushan", "Ilona", "Gewargis", "Melke", "Maryam", "Yacoub", "Ester", "Beth-Nahrin", "Hanna",
        ),
        (
            "Barsoum", "Aho", "Isik", "Lahdo", "Shabo", "Danho", "Bahnan", "Kerimo", "Malke", "Kourie",
            "Shamoun", "Garis", "Chamoun", "Yilmaz-Aho", "Bet-Younan", "Gabriel",
        ),
        ("Nino", "Sargi", "Ashi", "Gabbe", "Afi", "Ninna"),
    ),
    "syrian": (
        5.0,
        (
            "Ahmad", "Mohammad", "Khaled", "Rami", "Lina", "Rasha", "Hiba", "Yara", "Omar", "Majd",
            "Nour", "Bashar", "Tarek", "Alaa", "Dima", "Ruba", "Mahmoud",
        ),
        (
            "Haddad", "Khoury", "al-Homsi", "Darwish", "Kassab", "Hamdan", "Nasser", "Sabbagh",
            "al-Halabi", "Mahfouz", "Alshami", "el-Masri",
        ),
        ("Hamoudi", "Abu Khaled", "Tito", "Roro", "Mimo"),
    ),
    "iraqi": (
        3.0,
        ("Haider", "Zainab", "Mustafa", "Ali", "Fatima", "Hussein", "Zahraa", "Ammar", "Sajjad", "Noor"),
        ("al-Jubouri", "al-Saadi", "Kadhim", "Hashim", "Abbas", "al-Obaidi", "Jabbar", "al-Tamimi"),
        ("Abu Ali", "Hasoni", "Zozo"),
    ),
    "somali": (
        4.0,
        (
            "Abdirahman", "Hodan", "Fartun", "Ayaan", "Abdullahi", "Hamdi", "Sahra", "Liban", "Khadar",
            "Najma", "Ilhan", "Mustaf", "Deqa",
        ),
        ("Warsame", "Farah", "Hirsi", "Jama", "Mohamud", "Aden", "Guled", "Nur", "Egal", "Duale"),
        ("Dheere", "Yare", "Gaab", "Qeys"),
    ),
    "eritrean": (
        3.0,
        ("Yonas", "Senait", "Filmon", "Semhar", "Robel", "Aster", "Mehari", "Luwam", "Efrem", "Helen"),
        ("Tesfamariam", "Ghebremedhin", "Kidane", "Berhane", "Woldu", "Asmerom", "Habte", "Ghirmay"),
        ("Fili", "Yoni", "Robi"),
    ),
    "ethiopian": (
        1.0,
        ("Abebe", "Tigist", "Meron", "Dawit", "Selam", "Bethlehem"),
        ("Bekele", "Tadesse", "Girma", "Alemu", "Mengistu", "Wondimu"),
        ("Dave", "Tiggi"),
    ),
    "afghan": (
        3.0,
        ("Farid", "Parwana", "Zarghona", "Habib", "Hamid", "Mursal", "Zabihullah", "Shabnam", "Sohrab"),
        ("Rahimi", "Sultani", "Hakimi", "Ahmadzai", "Noori", "Popal", "Amiri", "Stanikzai"),
        ("Zabi", "Habi", "Shabi"),
    ),
    "iranian": (
        3.0,
        ("Reza", "Shirin", "Dariush", "Parisa", "Behrouz", "Nasrin", "Kourosh", "Leyla", "Arash", "Mahsa"),
        ("Ahmadi", "Hosseini", "Moradi", "Rezaei", "Jafari", "Tehrani", "Sadeghi", "Farahani", "Karimi"),
        ("Dari", "Rezi", "Kouri"),
    ),
    "kurdish": (
        2.0,
        ("Rebin", "Shler", "Dilan", "Hawre", "Rojda", "Berivan", "Shwan", "Zana"),
        ("Hawrami", "Zebari", "Baban", "Rashid", "Barzinji", "Kaka Ahmad"),
        ("Rebo", "Shwano", "Bero"),
    ),
    "turkish": (
        2.0,
        ("Emre", "Elif", "Mehmet", "Ayşe", "Burak", "Zeynep", "Serkan", "Gül"),
        ("Yıldız", "Demir", "Kaya", "Çelik", "Şahin", "Öztürk", "Aydın", "Arslan"),
        ("Memo", "Bura", "Sero"),
    ),
    "bosnian": (
        2.0,
        ("Emir", "Amra", "Adnan", "Selma", "Mirza", "Lejla", "Jasmin", "Edin"),
        ("Hodžić", "Begić", "Mujić", "Hadžić", "Delić", "Omerović", "Softić", "Kovačević"),
        ("Mirzo", "Edo", "Ami"),
    ),
    "serbian": (
        1.0,
        ("Dragan", "Milica", "Goran", "Jelena", "Zoran", "Snežana"),
        ("Petrović", "Jovanović", "Nikolić", "Marković", "Horvat", "Babić"),
        ("Gogi", "Zoki", "Cica"),
    ),
    "polish": (
        2.0,
        ("Marek", "Agnieszka", "Piotr", "Katarzyna", "Tomasz", "Małgorzata", "Krzysztof", "Joanna"),
        ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański"),
        ("Kasia", "Gosia", "Krzysiek"),
    ),
    "romanian": (
        1.0,
        ("Ionuț", "Andreea", "Florin", "Mihaela", "Gheorghe", "Elena"),
        ("Popescu", "Ionescu", "Dumitru", "Munteanu", "Stoica", "Lungu"),
        ("Florică", "Gică", "Nelu"),
    ),
    "lithuanian": (
        1.0,
        ("Rūta", "Mindaugas", "Jurgita", "Darius", "Aistė", "Vytautas"),
        ("Kazlauskas", "Petrauskienė", "Jankauskas", "Stankevičius", "Vasiliauskas"),
        ("Mindė", "Vytas"),
    ),
    "ukrainian": (
        1.5,
        ("Oksana", "Dmytro", "Olena", "Serhiy", "Natalia", "Andriy", "Iryna"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Petrenko"),
        ("Sasha", "Dima", "Ira"),
    ),
    "latin_american": (
        1.5,
        ("Carlos", "Ximena", "Claudio", "Paula", "Rodrigo", "Macarena", "João", "Luana"),
        ("González", "Muñoz", "Rojas", "de la Cruz", "Díaz", "Contreras", "da Silva", "Figueroa"),
        ("Pato", "Coco", "Chalo"),
    ),
    "thai": (
        1.0,
        ("Siriporn", "Nattapong", "Kanokwan", "Somchai", "Pranee", "Wanida"),
        ("Srisuk", "Wongsawat", "Chaiyaporn", "Boonmee", "Saetang"),
        ("Noi", "Pim", "Nok"),
    ),
    "vietnamese": (
        1.0,
        ("Minh", "Thu", "Hoa", "Tuan", "Lan", "Duc"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang"),
        ("Tommy", "Bé"),
    ),
    "chinese": (
        1.0,
        ("Wei", "Jing", "Hao", "Xiaoming", "Yan", "Lihua"),
        ("Wang", "Zhang", "Chen", "Liu", "Zhao", "Huang"),
        ("Kevin", "Xiao"),
    ),
    "indian": (
        1.0,
        ("Priya", "Rahul", "Ananya", "Vikram", "Deepa", "Arjun"),
        ("Sharma", "Patel", "Reddy", "Iyer", "D'Souza", "Nair", "Gupta"),
        ("Vicky", "Pri"),
    ),
    "pakistani": (
        1.0,
        ("Usman", "Ayesha", "Bilal", "Sana", "Imran", "Hira"),
        ("Qureshi", "Butt", "Chaudhry", "Malik", "Khan", "Siddiqui"),
        ("Billu", "Immi"),
    ),
    "english": (
        1.5,
        ("Oliver", "Emily", "James", "Charlotte", "Liam", "Siobhan", "Connor", "Megan"),
        ("Smith", "Taylor", "O'Brien", "O'Connor", "Walsh", "Murphy", "Clarke", "Hughes"),
        ("Ollie", "Jim", "Charlie"),
    ),
    "german": (
        1.0,
        ("Jürgen", "Katrin", "Stefan", "Sabine", "Matthias", "Anke"),
        ("Müller", "Schmidt", "Becker", "von Bergen", "Hoffmann", "Krüger"),
        ("Jogi", "Steffi"),
    ),
    "dutch": (
        1.0,
        ("Sanne", "Joost", "Femke", "Pieter", "Marloes"),
        ("van Dijk", "de Vries", "van der Berg", "Bakker", "Visser", "de Jong"),
        ("Pim", "Joppe"),
    ),
    "west_african": (
        1.0,
        ("Mamadou", "Fatou", "Ousmane", "Aminata", "Lamin", "Isatou"),
        ("N'Diaye", "Diallo", "Jallow", "Ceesay", "Touray", "Sowe"),
        ("Papis", "Ablaye"),
    ),
}  # fmt: skip

# Fathers' (and grandfathers') names written between given name and surname where that is usual.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Mohamed", "Ali", "Hassan", "Abdi", "Yusuf", "Ismail"),
    "eritrean": ("Tekle", "Haile", "Berhe", "Gebre", "Tesfay"),
    "syrian": ("Khaled", "Mahmud", "Yousef", "Ibrahim"),
    "iraqi": ("Jassim", "Kadhum", "Hassan", "Salman"),
    "afghan": ("Ghulam", "Nabi", "Rahim", "Sakhi"),
}

NAME_PARTICLES = frozenset({"von", "af", "de", "la", "da", "van", "der", "al", "el", "bin", "ibn", "zu"})

# Given names that are also Swedish or English words (with the origin they are drawn for).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Björn", "swedish"), ("Sten", "swedish"), ("Stig", "swedish"), ("Bo", "swedish"),
    ("Dag", "swedish"), ("Lo", "swedish"), ("Sol", "swedish"), ("Vilja", "swedish"),
    ("Iris", "swedish"), ("Viola", "swedish"), ("Klara", "swedish"), ("Saga", "swedish"),
    ("Liv", "swedish"), ("Tuva", "swedish"), ("Vide", "swedish"), ("Rune", "swedish"),
    ("Hope", "english"), ("Rose", "english"), ("Grace", "english"), ("Joy", "english"),
    ("Mark", "english"), ("Will", "english"),
)  # fmt: skip
# Surnames that are also Swedish or English words.
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Björk", "swedish"), ("Lind", "swedish"), ("Ek", "swedish"), ("Strand", "swedish"),
    ("Holm", "swedish"), ("Falk", "swedish"), ("Varg", "swedish"), ("Lejon", "swedish"),
    ("Hjort", "swedish"), ("Orre", "swedish"), ("Svan", "swedish"), ("Trana", "swedish"),
    ("Örn", "swedish"), ("Lilja", "swedish"), ("Frisk", "swedish"), ("Modig", "swedish"),
    ("Stark", "swedish"), ("Vinter", "swedish"), ("Blom", "swedish"), ("Gran", "swedish"),
    ("Fors", "swedish"), ("Bäck", "swedish"), ("Ström", "swedish"), ("Sommar", "swedish"),
    ("Fox", "english"), ("Wolf", "english"), ("Hunter", "english"), ("Bird", "english"),
    ("Lamb", "english"), ("Stone", "english"),
)  # fmt: skip
# How often a name drawn for an origin is one of its word names: (given, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {"swedish": (0.05, 0.08), "english": (0.15, 0.2)}
