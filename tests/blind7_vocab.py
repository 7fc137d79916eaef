"""Names of the seventh blind redaction corpus, written from general knowledge of who lives in Sweden.

No name package and no name list of the repository was used: every name below was typed by the corpus's
writer. Per origin: given names and surnames (combined freely), plus nicknames and names that are also
ordinary Swedish or English words.
"""

from __future__ import annotations

# origin -> (given names, surnames)
ORIGINS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        ("Annika", "Göran", "Birgitta", "Torbjörn", "Malin", "Henrik", "Sofie", "Ulf", "Jenny", "Patrik",
         "Ann-Charlotte", "Jan-Olof", "Gunnel", "Rasmus", "Tilda", "Måns", "Ingela", "Sixten", "Agnes",
         "Kjell"),
        ("Lindqvist", "Nyberg", "Holmgren", "Sandström", "Eklund", "Bergqvist", "Forsberg", "Sjögren",
         "Åberg", "Hedlund", "Wikström", "Öhman", "Lundgren", "Dahlberg", "Norberg", "Fagerlund", "Engström",
         "Sundqvist", "Brännström", "Håkansson", "Ljungberg", "Westerlund"),
    ),
    "finnish": (
        ("Jukka", "Tuula", "Pirjo", "Timo", "Satu", "Kalevi", "Marjatta", "Raimo", "Sirpa", "Eero", "Hannele",
         "Seppo", "Anneli", "Veikko"),
        ("Heikkinen", "Korhonen", "Laaksonen", "Niemi", "Mäkelä", "Hämäläinen", "Virtanen", "Lehtonen",
         "Koskinen", "Salonen", "Kettunen", "Rantanen", "Jääskeläinen", "Pitkänen"),
    ),
    "sami": (
        ("Ánte", "Máret", "Sunna", "Niila", "Jovna", "Risten", "Elle", "Biret", "Mihkkal", "Áilu"),
        ("Labba", "Kuhmunen", "Päiviö", "Omma", "Utsi", "Sarri", "Nutti", "Marainen", "Tuuri", "Gaup"),
    ),
    "arabic": (
        ("Yousef", "Rania", "Omar", "Hiba", "Mahmoud", "Samira", "Bilal", "Tariq", "Dalia", "Mustafa",
         "Khaled", "Rasha", "Waleed", "Ghada"),
        ("Haddad", "Saleh", "Khalil", "Darwish", "Nasser", "Mansour", "Abboud", "Yassin", "Hamdan", "Jaber",
         "Qasim", "al-Khatib", "Shammari", "Zoubi"),
    ),
    "somali": (
        ("Abdirahman", "Hodan", "Fadumo", "Ayaan", "Abdullahi", "Ifrah", "Khadar", "Deeqa", "Liban", "Hamdi",
         "Bashir", "Nimco", "Mukhtar", "Sagal"),
        ("Warsame", "Jama", "Osman", "Egal", "Hirsi", "Dahir", "Muse", "Guled", "Aden", "Yusuf", "Farah",
         "Abdi", "Elmi", "Ismail"),
    ),
    "kurdish": (
        ("Dilan", "Shirin", "Azad", "Rojda", "Berivan", "Karwan", "Soran", "Nasrin", "Shilan", "Rezan",
         "Hozan", "Avin", "Baran", "Jiyan"),
        ("Amedi", "Zebari", "Doski", "Hawrami", "Mirza", "Rashid", "Jaff", "Sindi", "Botani", "Baban",
         "Barzinji", "Dizayee"),
    ),
    "persian": (
        ("Reza", "Maryam", "Arash", "Babak", "Nasim", "Dariush", "Parisa", "Kian", "Leila", "Omid", "Yasaman",
         "Farshid", "Golnaz", "Behrouz"),
        ("Mohammadi", "Karimi", "Tehrani", "Rahimi", "Farahani", "Jafari", "Sadeghi", "Hosseini", "Amiri",
         "Ghorbani", "Rostami", "Moradi", "Shirazi", "Kazemi"),
    ),
    "turkish": (
        ("Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Serkan", "Derya", "Murat", "Gülsen", "Kemal",
         "Hatice", "Oğuz", "Sibel"),
        ("Yılmaz", "Demir", "Kaya", "Şahin", "Çelik", "Arslan", "Öztürk", "Aydın", "Koç", "Doğan", "Aksoy",
         "Kılıç", "Erdem", "Polat"),
    ),
    "bcs": (
        ("Dragan", "Amra", "Nikola", "Jasmina", "Emir", "Senada", "Zoran", "Mirela", "Edin", "Ivana", "Tarik",
         "Vesna", "Adnan", "Milica"),
        ("Petrović", "Hodžić", "Jovanović", "Kovačević", "Begić", "Mujić", "Nikolić", "Babić", "Hasanović",
         "Marić", "Delić", "Stojanović", "Hadžić", "Kurtović"),
    ),
    "polish": (
        ("Krzysztof", "Agnieszka", "Paweł", "Małgorzata", "Tomasz", "Joanna", "Marek", "Ewa", "Piotr",
         "Katarzyna", "Grzegorz", "Dorota"),
        ("Nowak", "Wiśniewska", "Kowalczyk", "Zielińska", "Wójcik", "Lewandowska", "Kamiński", "Szymańska",
         "Dąbrowski", "Mazur", "Krawczyk", "Grabowski"),
    ),
    "eritrean": (
        ("Tesfay", "Selam", "Yonas", "Senait", "Filmon", "Ruta", "Mehari", "Kibrom", "Saba", "Winta", "Robel",
         "Luwam"),
        ("Gebremedhin", "Haile", "Tesfamariam", "Kidane", "Tekle", "Habte", "Ghebreyesus", "Woldu", "Yemane",
         "Zerai", "Asmerom", "Okbay"),
    ),
    "ethiopian": (
        ("Abebe", "Meron", "Dawit", "Tigist", "Henok", "Selamawit", "Yohannes", "Bethlehem", "Mulugeta",
         "Hirut", "Kaleab", "Mekdes"),
        ("Tadesse", "Girma", "Alemu", "Bekele", "Assefa", "Mengistu", "Desta", "Tesfaye", "Kebede", "Worku",
         "Negash", "Ayele"),
    ),
    "afghan": (
        ("Farid", "Zahra", "Jawad", "Nargis", "Khalil", "Shabnam", "Sayed", "Freshta", "Mirwais", "Sima",
         "Rahmatullah", "Hamida", "Wahid", "Mursal"),
        ("Popal", "Sultani", "Hakimi", "Azizi", "Noori", "Ahmadzai", "Wardak", "Hashimi", "Sadat", "Barakzai",
         "Naderi", "Safi", "Stanikzai", "Yaftali"),
    ),
    "syriac": (
        ("Gabriel", "Nahrin", "Ninos", "Shamiram", "Aday", "Ninorta", "Sargon", "Ramina", "Aphrem", "Sharbel",
         "Tabita", "Yakub"),
        ("Afram", "Malke", "Gabro", "Barsom", "Danho", "Lahdo", "Kourie", "Bahdi", "Aho", "Isik", "Ego",
         "Yalda"),
    ),
    "thai": (
        ("Somchai", "Malee", "Niran", "Siriporn", "Apinya", "Kittisak", "Ratana", "Wichai", "Pornthip",
         "Sunisa", "Chaiwat", "Kanokwan"),
        ("Srisuk", "Chaiyaporn", "Boonmee", "Wongsa", "Saetang", "Thongdee", "Phromma", "Kaewkla", "Chantra",
         "Sukjai", "Intharat", "Rattanakorn"),
    ),
    "vietnamese": (
        ("Lan", "Hùng", "Thu Hà", "Tuấn", "Dũng", "Hương", "Bảo", "Khoa", "Quỳnh", "Thảo", "Phúc", "Nhung"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Huỳnh", "Nguyen", "Tran"),
    ),
    "chinese": (
        ("Wei", "Xiaoming", "Jie", "Yuting", "Lei", "Mei", "Jing", "Haoran", "Xinyi", "Zhiwei", "Qian", "Bo"),
        ("Zhang", "Wang", "Chen", "Liu", "Huang", "Zhao", "Xu", "Sun", "Zhou", "Lin", "Guo", "Ma"),
    ),
    "west_african": (
        ("Kwame", "Ama", "Chinedu", "Ngozi", "Oluwaseun", "Fatou", "Mamadou", "Aminata", "Ousmane", "Ebrima",
         "Binta", "Kofi", "Isatou", "Lamin"),
        ("Mensah", "Owusu", "Okafor", "Eze", "Adeyemi", "Diallo", "Bah", "Jallow", "Ceesay", "Touray", "Sowe",
         "Boateng", "Njie", "Camara"),
    ),
    "latin_american": (
        ("Carlos", "Valentina", "Diego", "Camila", "Javier", "Paula", "Andrés", "Daniela", "Matías",
         "Gabriela", "Luis", "Marcela", "Rodrigo", "Ximena"),
        ("Muñoz", "Rojas", "Herrera", "Fuentes", "Contreras", "Sepúlveda", "Castillo", "Vargas", "Soto",
         "Pizarro", "Araya", "Espinoza", "Gutiérrez", "Valdivia"),
    ),
    "ukrainian": (
        ("Oleksandr", "Olena", "Dmytro", "Iryna", "Andrii", "Nataliia", "Serhii", "Yuliia", "Taras", "Oksana",
         "Bohdan", "Halyna"),
        ("Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko", "Melnyk", "Kravchenko", "Oliinyk", "Marchenko",
         "Hnatiuk", "Savchuk", "Lysenko", "Boiko"),
    ),
    "romanian": (
        ("Ionuț", "Andreea", "Florin", "Mihaela", "Gheorghe", "Elena", "Adrian", "Cristina", "Vasile",
         "Roxana", "Costel", "Bianca"),
        ("Popescu", "Dumitru", "Stan", "Constantin", "Ionescu", "Munteanu", "Lungu", "Dobre", "Ciobanu",
         "Rusu", "Moldovan", "Stoica"),
    ),
    "roma": (
        ("Rosita", "Milan", "Sabina", "Janko", "Kimmo", "Tamara", "Fredrik", "Dzenita", "Jovan", "Angelina"),
        ("Taikon", "Caldaras", "Demeter", "Grönfors", "Hagert", "Baltzar", "Dimitri", "Åkerlund", "Blomerus",
         "Bessler"),
    ),
    "baltic": (
        ("Jānis", "Ilze", "Tomas", "Rūta", "Mart", "Kadri", "Andrius", "Līga", "Tiit", "Gintarė", "Raimonds",
         "Egle"),
        ("Bērziņš", "Kalniņa", "Kazlauskas", "Petrauskienė", "Tamm", "Saar", "Jankauskas", "Ozola", "Kask",
         "Ozoliņš", "Vasiliauskas", "Mägi"),
    ),
    "greek": (
        ("Giorgos", "Eleni", "Nikos", "Despina", "Kostas", "Yannis", "Athina", "Stavros", "Vasiliki",
         "Panagiotis"),
        ("Papadopoulos", "Georgiou", "Dimitriou", "Konstantinidou", "Ioannidis", "Nikolaidou", "Karagiannis",
         "Papadakis", "Christodoulou", "Alexiou"),
    ),
    "hungarian": (
        ("László", "Zsófia", "Gábor", "Eszter", "Balázs", "Katalin", "Attila", "Réka", "Zoltán", "Csilla"),
        ("Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga", "Molnár", "Farkas", "Balogh", "Lakatos"),
    ),
    "filipino": (
        ("Maricel", "Jomar", "Liza", "Rodel", "Jennylyn", "Arnel", "Rowena", "Ramil", "Marivic", "Jerome"),
        ("Santos", "Reyes", "Bautista", "Mendoza", "Villanueva", "Ramos", "Aquino", "Dizon", "Pascual",
         "Manalo"),
    ),
    "south_asian": (
        ("Rajesh", "Priya", "Imran", "Ayesha", "Harpreet", "Sunita", "Faisal", "Nadia", "Arjun", "Sanjay",
         "Tahmina", "Kamal", "Rukhsana", "Deepak"),
        ("Sharma", "Nair", "Qureshi", "Siddiqui", "Singh", "Patel", "Chaudhry", "Malik", "Reddy", "Gupta",
         "Rahman", "Hossain", "Iyer", "Bhatti"),
    ),
    "german": (
        ("Jürgen", "Sabine", "Matthias", "Ute", "Wolfgang", "Heike", "Dirk", "Anke"),
        ("Schmidt", "Becker", "Hoffmann", "Schäfer", "Krüger", "Zimmermann", "Wagner", "Richter"),
    ),
}  # fmt: skip

VIETNAMESE_MIDDLES = ("Thị", "Văn", "Minh", "Quốc", "Thanh", "Ngọc")

# nickname -> origin; short forms and call names as they are written in reports and messages
NICKNAMES: dict[str, str] = {
    "Micke": "swedish", "Jocke": "swedish", "Lasse": "swedish", "Kalle": "swedish", "Pelle": "swedish",
    "Nisse": "swedish", "Bosse": "swedish", "Janne": "swedish", "Kicki": "swedish", "Lotta": "swedish",
    "Sussie": "swedish", "Mackan": "swedish", "Ludde": "swedish", "Jonte": "swedish", "Tompa": "swedish",
    "Kenta": "swedish", "Affe": "swedish", "Gurra": "swedish", "Abbe": "arabic", "Ibbe": "arabic",
    "Hamoudi": "arabic", "Moody": "arabic", "Memo": "turkish", "Vlado": "bcs", "Zoki": "bcs",
    "Sale": "bcs", "Sasha": "ukrainian", "Kasia": "polish", "Gosia": "polish", "Tomek": "polish",
    "Jussi": "finnish", "Pekka": "finnish", "Nacho": "latin_american", "Pancho": "latin_american",
    "Chucho": "latin_american", "Nok": "thai", "Ploy": "thai", "Bong": "filipino", "Jun-Jun": "filipino",
    "Abdi-Mo": "somali", "Farxi": "somali", "Dado": "kurdish", "Rezi": "persian", "Yoyo": "eritrean",
    "Kiki": "greek", "Gigi": "romanian", "Lacika": "hungarian", "Bilo": "arabic", "Jimmy": "syriac",
    "Tinke": "swedish",
}  # fmt: skip

# names that are also ordinary Swedish or English words, with the origin of the name
WORD_NAMES: dict[str, str] = {
    "Sol": "swedish", "Vide": "swedish", "Ask": "swedish", "Bo": "swedish", "Stig": "swedish",
    "Sten": "swedish", "Björn": "swedish", "Liv": "swedish", "Saga": "swedish", "Vilja": "swedish",
    "Klara": "swedish", "Ros": "swedish", "Lilja": "swedish", "Dag": "swedish", "Bror": "swedish",
    "Maj": "swedish", "Juni": "swedish", "Lo": "swedish", "Love": "swedish", "Iris": "swedish",
    "Nova": "swedish", "Viola": "swedish", "Tor": "swedish", "Rune": "swedish", "Lund": "swedish",
    "Ek": "swedish", "Falk": "swedish", "Hjort": "swedish", "Björk": "swedish", "Strand": "swedish",
    "Holm": "swedish", "Fors": "swedish", "Rask": "swedish", "Blom": "swedish", "Inga": "sami",
    "Hope": "english", "Grace": "english", "Joy": "filipino", "Faith": "english", "Rose": "english",
    "Ruby": "english", "Dawn": "english", "Sky": "english", "Summer": "english", "Holly": "english",
    "Will": "english", "Mark": "english", "Frank": "english", "Rocky": "south_asian", "Sunny": "south_asian",
    "Happy": "south_asian", "Prince": "west_african", "Blessing": "west_african", "Precious": "west_african",
    "Patience": "west_african", "Mercy": "west_african", "Gift": "west_african", "Dina": "arabic",
    "Lina": "arabic", "Mina": "persian", "Hind": "arabic", "Said": "arabic", "Rita": "swedish",
    "Can": "turkish", "Golf": "thai", "Bank": "thai", "Mint": "thai", "Pink": "thai", "Long": "vietnamese",
    "Tin": "vietnamese", "Fang": "chinese", "Nada": "bcs", "Rasa": "baltic", "Eden": "eritrean",
    "Angel": "latin_american", "Rosa": "roma", "Honey": "filipino",
}  # fmt: skip

# surnames used after a role word (kommunpolis Nyberg), drawn from ORIGINS, plus these that are also words
WORD_SURNAMES: dict[str, str] = {
    "Berg": "swedish", "Lind": "swedish", "Stål": "swedish", "Nord": "swedish", "Kvist": "swedish",
    "Kurt": "turkish", "Blind": "sami", "Sara": "sami",
}  # fmt: skip
