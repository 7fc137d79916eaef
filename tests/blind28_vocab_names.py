"""Names of the twenty-eighth blind corpus (tests/blind28_corpus.py), typed from the helper's own knowledge of
who lives in Swedish towns today; no name list or package was read.

`ORIGINS`: origin -> (weight, given names, surnames, nicknames). Swedish about 42 % of the draws. Some given
names are spelled the way a dictating guard or a typist hears them (Jusef, Ajsha, Mohamad, Jonne, Sanna
Lena): a misheard or misspelled name is still a name, and is labelled as one. `FATHERS`: fathers' or
grandfathers' names written between given name and surname where that is usual. `WORD_FIRST` and
`WORD_SURNAMES`: names that are also Swedish or English words.
"""

from __future__ import annotations

ORIGINS = {
    "swedish": (
        42.0,
        (
            "Anna", "Lena", "Karin", "Maria", "Eva", "Kristina", "Ulrika", "Malin", "Sara", "Emma", "Johanna",
            "Linnéa", "Elin", "Frida", "Moa", "Tova", "Ebba", "Wilma", "Alice", "Maja", "Agnes", "Tilda",
            "Anna-Karin", "Eva-Lena", "Ann-Sofie", "Lars", "Anders", "Johan", "Mikael", "Per", "Magnus",
            "Fredrik", "Henrik", "Jonas", "Mattias", "Niklas", "Patrik", "Oskar", "Viktor", "Emil", "Hugo",
            "Elias", "Olle", "Arvid", "Gustav", "Ludvig", "Per-Olof", "Lars-Erik", "Karl Johan", "Jonne",
            "Sanna Lena", "Kjell", "Göran", "Gunilla", "Birgitta", "Stig", "Leif", "Sune", "Majken", "Hampus",
            "Kerstin", "Jessica", "Therese", "Camilla", "Tobbe", "Ronny", "Conny", "Jimmie",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindqvist",
            "Lindström", "Lundgren", "Bergström", "Sandberg", "Forsberg", "Sjöberg", "Wallin", "Engström",
            "Danielsson", "Håkansson", "Lundin", "Öberg", "Nyström", "Hedlund", "Åberg", "Sundqvist",
            "Axelsson", "Mattsson", "Blomqvist", "Holmgren", "Wikström", "Isaksson", "Fransson", "Nordin",
            "Lindholm", "Ekström", "Söderberg", "Grahn", "Åkesson", "Backman", "Hellström", "Löfgren",
            "Strömberg", "Norberg", "Fält", "Rydén", "Dahlgren", "Törnqvist",
        ),
        ("Kalle", "Jocke", "Micke", "Janne", "Pelle", "Lasse", "Nisse", "Bosse", "Mackan", "Fredde", "Ankan",
         "Lillis", "Sassa", "Nettan", "Pysen", "Gurra", "Totte", "Kicki", "Lotta", "Stickan"),
    ),
    "finnish": (
        4.0,
        ("Jukka", "Pekka", "Mikko", "Timo", "Kari", "Aila", "Tuula", "Sirpa", "Päivi", "Heikki", "Eija",
         "Tarja", "Antti", "Satu", "Marjatta"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
         "Salonen", "Lehtonen", "Järvinen", "Rantanen", "Kettunen", "Huttunen", "Peltola"),
        ("Jukkis", "Pekkis", "Tupu", "Mikkis"),
    ),
    "norwegian_danish": (
        1.5,
        ("Sigrid", "Kjersti", "Ragnhild", "Torstein", "Eirik", "Mette", "Rasmus", "Søren", "Frederikke",
         "Halvard"),
        ("Haugen", "Bakken", "Solberg", "Kristiansen", "Sørensen", "Rasmussen", "Mortensen", "Jørgensen",
         "Fjeld", "Lunde"),
        ("Siggi", "Kjelle", "Rasse"),
    ),
    "arabic": (
        8.0,
        ("Mohammed", "Mohamad", "Ahmad", "Ali", "Omar", "Khaled", "Yousef", "Jusef", "Ibrahim", "Hussein",
         "Mustafa", "Karim", "Bilal", "Amjad", "Fatima", "Ajsha", "Aisha", "Noor", "Rania", "Layla", "Hiba",
         "Zainab", "Mariam", "Rasha", "Samira", "Abdullah", "Hamza", "Tariq"),
        ("Al-Hassan", "Haddad", "Hussein", "Kassem", "Mansour", "Saleh", "Abbas", "Jaber", "Khalil", "Nasser",
         "Darwish", "Hamdan", "Yassin", "al-Obaidi", "al-Rubaie", "Shaker", "Saad", "Qasim", "Farouk",
         "Hammoud"),
        ("Moha", "Abbe", "Hodde", "Musse", "Khalle", "Ibbe", "Amme"),
    ),
    "somali": (
        5.0,
        ("Abdi", "Abdirahman", "Ayan", "Hodan", "Fartun", "Hamdi", "Ilhan", "Mahad", "Liban", "Hibaaq",
         "Sahra", "Warsame", "Deqa", "Faysal", "Nasra", "Sagal", "Hassan", "Yusuf"),
        ("Farah", "Warsame", "Jama", "Osman", "Abdullahi", "Mohamud", "Guled", "Egal", "Aden", "Hirsi",
         "Dirie", "Elmi", "Ismail", "Nur", "Yare"),
        ("Abdiboy", "Xamdi", "Libbe", "Maxxe"),
    ),
    "persian": (
        3.0,
        ("Reza", "Mohammad-Reza", "Dariush", "Babak", "Kourosh", "Shirin", "Parisa", "Nasrin", "Leila",
         "Mahsa", "Arash", "Farhad", "Golnaz", "Sepideh", "Navid"),
        ("Hosseini", "Karimi", "Ahmadi", "Rahimi", "Mohammadi", "Rostami", "Jafari", "Moradi", "Tehrani",
         "Sadeghi", "Ghorbani", "Bagheri"),
        ("Dari", "Baba", "Shiri", "Kouri"),
    ),
    "kurdish": (
        3.0,
        ("Dilan", "Rojin", "Berivan", "Zana", "Azad", "Shivan", "Dilovan", "Hejar", "Rojda", "Baran", "Kawa",
         "Nishtiman", "Aram", "Serwan"),
        ("Ahmed", "Barzani", "Mahmoud", "Aziz", "Rashid", "Zebari", "Qadir", "Sindi", "Bakr", "Kurdi"),
        ("Shivo", "Dille", "Kawe", "Azzo"),
    ),
    "turkish": (
        2.5,
        ("Emre", "Mehmet", "Burak", "Can", "Ayşe", "Elif", "Zeynep", "Murat", "Hakan", "Özlem", "Serkan",
         "Deniz", "Gülsen"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç"),
        ("Memo", "Emro", "Hacke"),
    ),
    "bosnian": (
        2.0,
        ("Amir", "Edin", "Adnan", "Emina", "Lejla", "Amra", "Senad", "Jasmin", "Haris", "Selma", "Mirza",
         "Alma"),
        ("Hodžić", "Begić", "Hadžić", "Mehmedović", "Kovačević", "Delić", "Mujić", "Suljić", "Hasanović",
         "Omerović"),
        ("Edo", "Mimi", "Adde", "Harre"),
    ),
    "serbian_croatian": (
        2.0,
        ("Dragan", "Zoran", "Milica", "Jelena", "Nikola", "Stefan", "Ivana", "Marko", "Dejan", "Vesna",
         "Goran", "Branka", "Luka"),
        ("Petrović", "Jovanović", "Nikolić", "Marković", "Đorđević", "Babić", "Horvat", "Knežević", "Perić",
         "Pavlović", "Radić"),
        ("Gago", "Zokki", "Micko", "Deki"),
    ),
    "albanian": (
        2.0,
        ("Arben", "Besnik", "Driton", "Fatmir", "Valon", "Blerta", "Arta", "Liridona", "Shqipe", "Ardit",
         "Egzon", "Vlora"),
        ("Krasniqi", "Berisha", "Gashi", "Morina", "Hoxha", "Shala", "Bytyqi", "Kelmendi", "Rexhepi",
         "Hasani"),
        ("Beni", "Valle", "Dritte", "Egge"),
    ),
    "polish": (
        2.5,
        ("Piotr", "Krzysztof", "Tomasz", "Paweł", "Agnieszka", "Magdalena", "Katarzyna", "Marek", "Łukasz",
         "Ewa", "Joanna", "Grzegorz", "Wojciech"),
        ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska",
         "Dąbrowski", "Kozłowski", "Jankowska", "Mazur"),
        ("Piotrek", "Kasia", "Tomek", "Gosia", "Wojtek"),
    ),
    "tigrinya": (
        2.5,
        ("Yonas", "Filmon", "Tesfay", "Senait", "Helen", "Mulugeta", "Semhar", "Aron", "Yordanos", "Merhawi",
         "Selam", "Dawit", "Rahwa", "Biniam"),
        ("Tesfamariam", "Haile", "Gebremedhin", "Tekle", "Berhane", "Kidane", "Woldu", "Ghebreyesus",
         "Habte", "Mehari", "Asmerom"),
        ("Fili", "Yoni", "Sami", "Bini"),
    ),
    "amharic": (
        1.0,
        ("Abebe", "Tigist", "Meseret", "Solomon", "Bethlehem", "Yohannes", "Hana", "Girma", "Alemayehu",
         "Tsion"),
        ("Bekele", "Tadesse", "Getachew", "Alemu", "Desta", "Wondimu", "Mekonnen", "Assefa"),
        ("Abbi", "Betty", "Tsitsi"),
    ),
    "afghan": (
        3.0,
        ("Ahmad Shah", "Mohammad Ali", "Farid", "Nazanin", "Zahra", "Sultan", "Hamid", "Wahid", "Khalida",
         "Mursal", "Rohullah", "Sediqa", "Najib", "Mahbooba", "Jawad"),
        ("Rahimi", "Ahmadzai", "Popal", "Hakimi", "Noori", "Sultani", "Amiri", "Karzai", "Hashimi", "Safi",
         "Wardak", "Stanikzai"),
        ("Jaffe", "Nazzi", "Hamme", "Rohi"),
    ),
    "latin_american": (
        1.5,
        ("Carlos", "Alejandro", "José Luis", "María José", "Camila", "Valentina", "Diego", "Sebastián",
         "Paola", "Ignacio", "Francisca"),
        ("González", "Muñoz", "Rojas", "Díaz", "Pérez", "Soto", "Contreras", "Silva", "Morales", "Fuentes",
         "Vega"),
        ("Pato", "Nacho", "Cami", "Checho"),
    ),
    "thai": (
        1.0,
        ("Somchai", "Siriporn", "Nattaya", "Kanya", "Wanida", "Anong", "Pim", "Supaporn"),
        ("Srisuk", "Chaiyaporn", "Wongsa", "Boonmee", "Saetang", "Kaewkla"),
        ("Noi", "Nok", "Ploy"),
    ),
    "vietnamese": (
        1.0,
        ("Minh", "Thanh", "Huong", "Lan", "Tuan", "Duc", "Mai", "Quang", "Linh", "Hoa"),
        ("Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui"),
        ("Tunne", "Mimi", "Bé"),
    ),
    "chinese": (
        1.0,
        ("Wei", "Jing", "Lin", "Xiaoming", "Li Na", "Hao", "Yan", "Chen Yu", "Mei"),
        ("Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou"),
        ("Xiao", "Leo", "Jingjing"),
    ),
    "indian": (
        1.0,
        ("Rahul", "Priya", "Anil", "Sunita", "Vikram", "Deepa", "Arjun", "Kavita", "Sanjay", "Neha"),
        ("Sharma", "Patel", "Singh", "Gupta", "Reddy", "Iyer", "Nair", "Kumar", "D'Souza", "Menon"),
        ("Raj", "Sunny", "Vicky", "Pinky"),
    ),
    "german_dutch": (
        1.0,
        ("Jürgen", "Katrin", "Matthias", "Sabine", "Dirk", "Anke", "Wouter", "Femke", "Ruud"),
        ("Müller", "Schneider", "Fischer", "Becker", "Hoffmann", "Schulz", "van der Berg", "de Vries",
         "von Essen", "van Dijk"),
        ("Jogi", "Bine", "Wout"),
    ),
    "english": (
        1.0,
        ("Liam", "Sean", "Hope", "Joy", "Siobhan", "Connor", "Chloe", "Oliver", "Grace", "Kevin", "Bridget",
         "Gareth"),
        ("O'Brien", "O'Connor", "Murphy", "Walsh", "Taylor", "Davies", "McCarthy", "Evans", "O'Neill",
         "Hughes"),
        ("Sully", "Gaz", "Liamo"),
    ),
    "greek": (
        1.0,
        ("Georgios", "Dimitris", "Eleni", "Kostas", "Maria-Eleni", "Nikos", "Sofia", "Yannis", "Despina"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinou", "Dimitriou", "Karagiannis", "Vlachos"),
        ("Takis", "Kostis", "Lenio"),
    ),
    "romanian": (
        1.0,
        ("Ionuț", "Andrei", "Mihaela", "Florin", "Alina", "Gheorghe", "Ioana", "Cristian", "Marian"),
        ("Popescu", "Ionescu", "Stan", "Dumitru", "Constantin", "Munteanu", "Lungu", "Radu", "Petrescu"),
        ("Fane", "Nelu", "Gigi"),
    ),
    "ukrainian_russian": (
        1.5,
        ("Oleksandr", "Olena", "Dmytro", "Iryna", "Serhii", "Natalia", "Yulia", "Andriy", "Svetlana",
         "Vladimir", "Tetiana"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk", "Kravchuk", "Ivanova", "Petrenko",
         "Smirnov", "Volkova"),
        ("Sasha", "Dima", "Lenka", "Yulka"),
    ),
    "hungarian": (
        0.5,
        ("Zoltán", "László", "Katalin", "Ágnes", "Gábor", "Erzsébet", "Péter"),
        ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Kiss"),
        ("Zoli", "Kati", "Gabi"),
    ),
    "assyrian": (
        1.5,
        ("Ninos", "Gabriel", "Shamiram", "Sargon", "Ninve", "Aday", "Hanna", "Ashur", "Nahrin", "Yakob",
         "Afram"),
        ("Gabriel", "Barsom", "Ishak", "Bahdi", "Yalda", "Aho", "Sawoce", "Danho", "Lahdo", "Kourie"),
        ("Nino", "Sargi", "Ashi"),
    ),
    "filipino": (
        0.5,
        ("Maricel", "Jomar", "Rowena", "Arnel", "Lorna", "Jerome", "Ma. Cristina"),
        ("Santos", "Reyes", "Dela Cruz", "Bautista", "Villanueva", "Mendoza", "Garcia"),
        ("Jojo", "Bong", "Tintin"),
    ),
    "west_african": (
        1.0,
        ("Mamadou", "Fatou", "Ousman", "Lamin", "Awa", "Modou", "Isatou", "Ebrima", "Aminata", "Sheriff"),
        ("Jallow", "Ceesay", "Touray", "Bah", "Sowe", "N'Diaye", "Diallo", "Camara", "Sanneh", "Njie"),
        ("Modde", "Lamo", "Ebbe", "Isi"),
    ),
}  # fmt: skip

# Fathers' or grandfathers' names written between given name and surname.
FATHERS = {
    "somali": ("Abdi", "Mohamed", "Ali", "Hassan", "Ahmed", "Yusuf", "Omar", "Warsame"),
    "tigrinya": ("Tesfay", "Gebre", "Yohannes", "Kidane", "Mehari", "Haile"),
    "amharic": ("Tesfaye", "Girma", "Kebede", "Worku"),
    "afghan": ("Mohammad", "Gul", "Ahmad", "Khan", "Jan"),
    "arabic": ("Abdulkarim", "Mahmoud", "Jasim", "Salim", "Adnan"),
    "ukrainian_russian": ("Ivanovych", "Petrivna", "Serhiyovych", "Mykolaivna"),
}

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "der", "de", "af", "dela", "la", "da"})

# Given names that are words (Swedish or English), and their origin.
WORD_FIRST = (
    ("Sten", "swedish"),
    ("Bo", "swedish"),
    ("Inga", "swedish"),
    ("Dag", "swedish"),
    ("Tor", "swedish"),
    ("Siv", "swedish"),
    ("Iris", "swedish"),
    ("Rosa", "swedish"),
    ("Björn", "swedish"),
    ("Örn", "swedish"),
    ("Vilja", "swedish"),
    ("Solveig", "swedish"),
    ("Frej", "swedish"),
    ("Hope", "english"),
    ("Joy", "english"),
    ("Jasmin", "bosnian"),
    ("Can", "turkish"),
    ("Lin", "chinese"),
)
# Surnames that are words.
WORD_SURNAMES = (
    ("Berg", "swedish"),
    ("Ek", "swedish"),
    ("Björk", "swedish"),
    ("Lind", "swedish"),
    ("Falk", "swedish"),
    ("Strand", "swedish"),
    ("Holm", "swedish"),
    ("Ström", "swedish"),
    ("Fors", "swedish"),
    ("Hjort", "swedish"),
    ("Svan", "swedish"),
    ("Stål", "swedish"),
    ("Vinter", "swedish"),
    ("Blom", "swedish"),
    ("Lax", "swedish"),
    ("Sommar", "swedish"),
    ("Baker", "english"),
    ("Fisher", "english"),
    ("Bird", "english"),
    ("Rose", "english"),
    ("Gold", "english"),
)
# How often a draw of an origin takes a word name anyway: (given name, surname).
WORD_SHARE = {
    "swedish": (0.04, 0.06),
    "english": (0.05, 0.1),
    "turkish": (0.08, 0.0),
}
