"""Names of the twentieth blind corpus (tests/blind20_corpus.py): people in small towns, rural and northern
kommuner and seasonal places, typed from the writer's own knowledge (no name package, no other corpus).

ORIGINS: origin -> (weight, given names, surnames, nicknames). FATHERS: a father's name carried as a middle
name. WORD_FIRST and WORD_SURNAMES: given names and surnames that are ordinary words, with their origin.
"""

from __future__ import annotations

NAME_PARTICLES = {"von", "van", "de", "der", "den", "af", "al", "el", "da"}

# fmt: off
ORIGINS: dict[str, tuple[float, list[str], list[str], list[str]]] = {
    "swedish": (
        30.0,
        ["Gunnar", "Gösta", "Sture", "Ingvar", "Helmer", "Valter", "Evert", "Holger", "Ragnar", "Elof",
         "Per-Olof", "Karl-Erik", "Nils-Erik", "Bengt", "Göran", "Kjell", "Leif", "Åke", "Torbjörn", "Ulf",
         "Britt", "Gunvor", "Ingegerd", "Ulla", "Elsy", "Greta", "Astrid", "Berit", "Margareta", "Kerstin",
         "Gun-Britt", "Ann-Christin", "Majken", "Ebba", "Elsa", "Alva", "Wilma", "Elias", "Melvin",
         "Hampus", "Tindra", "Alvin", "Nils", "Olle", "Jonas", "Johanna", "Sofia", "Emma", "Lars-Göran",
         "Hans-Olov", "Tage", "Assar", "Edvin", "Ellinor", "Frida", "Therese", "Mattias", "Pontus", "Linus",
         "Moa"],
        ["Johansson", "Andersson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
         "Gustafsson", "Pettersson", "Jonsson", "Lundberg", "Lindgren", "Öberg", "Nordström", "Lundqvist",
         "Sjöberg", "Holmgren", "Backman", "Wikström", "Nordlund", "Burman", "Granlund", "Lindkvist",
         "Hedlund", "Sundqvist", "Marklund", "Öhman", "Forsberg", "Lestander", "Berglund", "Hällgren",
         "Nyberg", "Wallin", "Lindmark", "Strömberg", "Boström", "Åström", "Nordin", "Vikström", "Hedman",
         "Lindahl", "Rönnqvist", "Sandström", "Grahn", "Brännström", "Söderlund", "Lidström", "Edlund",
         "Hägglund"],
        ["Micke", "Stickan", "Gurra", "Lill-Nisse", "Pelle", "Kjelle", "Totte", "Bosse", "Kalle-Bulle",
         "Nisse", "Lasse", "Janne", "Sigge", "Gittan", "Lotta", "Bettan", "Affe", "Tjocka Tage",
         "Snickar-Olle"],
    ),
    "sami": (
        4.0,
        ["Ánte", "Máret", "Sunna", "Niila", "Áilu", "Biret", "Elle", "Risten", "Jovnna", "Ánde", "Máhtte",
         "Ovllá", "Piera", "Ásllat", "Iŋgá", "Gáren", "Ravdna", "Inga-Máret", "Nils-Ánte", "Per-Ánte",
         "Sárá", "Niillas", "Heaika", "Lájla"],
        ["Labba", "Kuhmunen", "Sarri", "Tuorda", "Omma", "Utsi", "Pittja", "Sikku", "Nutti", "Kuoljok",
         "Jannok", "Svonni", "Mienna", "Marainen", "Kitok", "Länta", "Hætta", "Eira", "Gaup", "Somby",
         "Kråik", "Jåma", "Päiviö", "Fankki"],
        ["Jompa", "Náve", "Lasse-Nils", "Biggá", "Čáppa", "Ántte-boarrás", "Ruovdi", "Sáhkku"],
    ),
    "tornedalian": (
        4.0,
        ["Pekka", "Aino", "Keijo", "Esko", "Raimo", "Tapio", "Veikko", "Seppo", "Hilkka", "Aune", "Irja",
         "Sirkka", "Kerttu", "Eino", "Väinö", "Jouni", "Arto", "Heikki", "Anneli", "Pirjo", "Riitta",
         "Eila"],
        ["Niemi", "Kangas", "Lahti", "Palo", "Mäki", "Rova", "Keskitalo", "Alatalo", "Kieri", "Pekkari",
         "Juntti", "Perttu", "Lantto", "Kero", "Vaara", "Tervaniemi", "Isotalo", "Kukkola", "Waara",
         "Poromaa", "Huuva", "Kuoksu", "Kaunisto"],
        ["Pekke", "Kepa", "Tuppe", "Rane", "Masa", "Vikke", "Esa-poika", "Kaarlo-setä"],
    ),
    "finnish": (
        2.0,
        ["Jukka", "Mikko", "Sanna", "Tiina", "Juha", "Kari", "Päivi", "Satu", "Timo", "Marjatta", "Jarmo",
         "Tuula", "Antti", "Leena"],
        ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
         "Järvinen", "Lehtonen", "Salminen", "Saarinen", "Rantanen", "Turunen"],
        ["Jussi", "Tumppi", "Jukkis", "Makke", "Sari-tyttö"],
    ),
    "norwegian": (
        3.0,
        ["Ola", "Ingrid", "Sigrid", "Bjørnar", "Øyvind", "Håkon", "Solveig", "Ståle", "Geir", "Trond",
         "Eirik", "Jørgen", "Marit", "Randi", "Tor-Arne", "Kjersti", "Sindre", "Ragnhild", "Torstein",
         "Åse"],
        ["Hansen", "Johansen", "Olsen", "Larsen", "Pedersen", "Nilsen", "Berntsen", "Haugen", "Bakken",
         "Solberg", "Løvland", "Sæther", "Brekke", "Kvam", "Aasen", "Søreide", "Fjeldstad", "Myhre",
         "Halvorsen", "Skogstad"],
        ["Bjønnen", "Tobbe", "Ola-gutten", "Geirulf", "Kjerringa"],
    ),
    "danish": (
        2.0,
        ["Mette", "Søren", "Jesper", "Rasmus", "Pernille", "Birgitte", "Jens", "Mads", "Kasper", "Lone",
         "Henrik", "Trine", "Morten", "Dorthe"],
        ["Jensen", "Nielsen", "Rasmussen", "Christensen", "Kjær", "Møller", "Østergaard", "Sørensen",
         "Frederiksen", "Poulsen", "Madsen", "Thomsen", "Mikkelsen", "Dalgaard"],
        ["Søs", "Store-Jens", "Basse", "Bimse"],
    ),
    "german": (
        2.5,
        ["Klaus", "Jürgen", "Heike", "Sabine", "Uwe", "Dieter", "Wolfgang", "Jörg", "Anke", "Lukas",
         "Birgit", "Matthias", "Ute", "Hans-Jürgen", "Karl-Heinz", "Franziska"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Krüger",
         "Wagner", "Zimmermann", "von Bülow", "von Hagen", "Schröder", "Neumann", "Braun", "Hartmann"],
        ["Jogi", "Schorsch", "Kalle aus Kiel", "Bine"],
    ),
    "dutch": (
        2.0,
        ["Pieter", "Sanne", "Femke", "Maarten", "Joost", "Anouk", "Bram", "Willem", "Inge", "Sjoerd",
         "Lotte", "Ruud", "Marieke", "Daan"],
        ["de Vries", "van Dijk", "van den Berg", "Bakker", "Jansen", "de Jong", "Visser", "Smit", "Mulder",
         "van der Meer", "de Boer", "Hendriks", "van Leeuwen", "Dekker"],
        ["Piet", "Joep", "Bas de Bus", "Wim"],
    ),
    "english": (
        1.8,
        ["Liam", "Chloe", "Jack", "Ruby", "Callum", "Megan", "Harry", "Aoife", "Declan", "Kylie", "Brendan",
         "Shannon"],
        ["O'Brien", "O'Connor", "Murphy", "Walsh", "Thompson", "McKenzie", "Fitzgerald", "Harrington",
         "Whitaker", "Donnelly", "O'Sullivan", "MacLeod"],
        ["Macca", "Robbo", "Sully", "Kiwi-Dave"],
    ),
    "thai": (
        3.0,
        ["Somchai", "Somsak", "Nittaya", "Malee", "Wanida", "Kanya", "Prasert", "Sompong", "Chaiya",
         "Araya", "Suda", "Boonchu", "Anong", "Thawatchai", "Pranee", "Kittisak"],
        ["Srisuk", "Chaiyaporn", "Boonyarat", "Saetang", "Wongsawat", "Phromma", "Kaewkham", "Sukprasert",
         "Thongdee", "Phanthong", "Inthasorn", "Kongkaew", "Saengchai", "Butdee"],
        ["Nok", "Lek", "Noi", "Aom", "Ton", "Pim", "Gop", "Daeng"],
    ),
    "vietnamese": (
        1.0,
        ["Thi Lan", "Van Minh", "Thi Hoa", "Duc Anh", "Thi Mai", "Quang", "Huong", "Tuan"],
        ["Nguyen", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo"],
        ["Bé Ba", "Út", "Tí"],
    ),
    "polish": (
        3.0,
        ["Tomasz", "Piotr", "Krzysztof", "Marek", "Paweł", "Agnieszka", "Katarzyna", "Małgorzata", "Łukasz",
         "Grzegorz", "Wojciech", "Beata", "Dorota", "Zbigniew", "Jarosław", "Ewelina"],
        ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
         "Dąbrowski", "Kozłowski", "Mazur", "Krawczyk", "Jankowska", "Wróbel", "Pawlak", "Grabowski"],
        ["Kuba", "Gosia", "Tomek", "Bartek", "Kasia", "Marecki", "Zbyszek", "Grzesiek"],
    ),
    "lithuanian": (
        1.2,
        ["Mindaugas", "Darius", "Rūta", "Jurgita", "Vytautas", "Aušra", "Tomas", "Giedrius", "Rasa"],
        ["Kazlauskas", "Petrauskas", "Jankauskas", "Žukauskas", "Butkus", "Paulauskas", "Vasiliauskas",
         "Stankevičius", "Kavaliauskienė"],
        ["Minde", "Dariukas", "Vytas"],
    ),
    "latvian": (
        1.0,
        ["Andris", "Jānis", "Ilze", "Kristaps", "Inese", "Māris", "Līga", "Edgars"],
        ["Bērziņš", "Kalniņš", "Ozoliņš", "Liepiņš", "Krūmiņa", "Vītols", "Zariņš", "Pētersons"],
        ["Jancis", "Krišs", "Edžus"],
    ),
    "estonian": (
        1.0,
        ["Tõnu", "Kadri", "Mart", "Tiit", "Margus", "Kersti", "Priit", "Ülle"],
        ["Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves"],
        ["Tõnts", "Priidu", "Kadi"],
    ),
    "ukrainian": (
        2.5,
        ["Oleksandr", "Olena", "Iryna", "Mykola", "Taras", "Yulia", "Andrii", "Bohdan", "Oksana", "Serhii",
         "Nataliia", "Viktoriia", "Dmytro", "Halyna"],
        ["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Savchenko",
         "Lysenko", "Marchenko", "Hrytsenko", "Zhuk", "Moroz", "Kovalchuk"],
        ["Sasha", "Kolya", "Tarasyk", "Olenka", "Dima"],
    ),
    "romanian": (
        1.5,
        ["Ionuț", "Andrei", "Mihaela", "Florin", "Gheorghe", "Elena", "Marius", "Daniela", "Cristian",
         "Adriana"],
        ["Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Constantin", "Munteanu", "Lungu", "Rusu",
         "Ciobanu"],
        ["Gigi", "Fane", "Nelu"],
    ),
    "bulgarian": (
        1.0,
        ["Georgi", "Dimitar", "Ivelina", "Stoyan", "Radka", "Hristo", "Petya", "Nikolay"],
        ["Petrov", "Ivanov", "Georgieva", "Dimitrov", "Stoyanov", "Kolev", "Todorova", "Angelov"],
        ["Gosho", "Mitko", "Ico"],
    ),
    "arabic": (
        3.0,
        ["Ahmad", "Mohammed", "Khaled", "Omar", "Rami", "Yasmin", "Rania", "Fatima", "Nour", "Layla",
         "Hussein", "Mahmoud", "Zainab", "Mustafa", "Hiba", "Karim"],
        ["Al-Hassan", "Haddad", "Khalil", "Ibrahim", "Hamdan", "Saleh", "Othman", "Al-Khatib", "Darwish",
         "Nasser", "Al-Jabouri", "Abu Zeid", "El-Masri", "Kadhim"],
        ["Hamoudi", "Abu Omar", "Zizo", "Mimo", "Abu Karim"],
    ),
    "syrian": (
        3.0,
        ["Bashar", "Ghada", "Waseem", "Rasha", "Firas", "Lina", "Maher", "Dima", "Samer", "Rawan", "Tarek",
         "Reem", "Alaa", "Hala"],
        ["Hallak", "Al-Halabi", "Kassab", "Sabbagh", "Al-Shami", "Jabbour", "Haddad-Nasr", "Mardini",
         "Al-Ahmad", "Barakat", "Shehadeh", "Al-Hamwi"],
        ["Abu Firas", "Sousou", "Wasoo", "Abu Samer"],
    ),
    "kurdish": (
        1.5,
        ["Dilan", "Rebin", "Shilan", "Azad", "Berivan", "Kawa", "Rojin", "Hawre", "Nishtiman", "Zana"],
        ["Ahmed Karim", "Barzani", "Rashid", "Amedi", "Zebari", "Hawrami", "Salih", "Baban"],
        ["Kak Azad", "Rebo", "Shilo"],
    ),
    "somali": (
        3.0,
        ["Abdirahman", "Abdullahi", "Hodan", "Fadumo", "Hawa", "Ayaan", "Mohamed", "Sahra", "Liban",
         "Guled", "Faisal", "Ifrah", "Khadra", "Said", "Nasra", "Deeqa"],
        ["Hassan", "Farah", "Warsame", "Abdi", "Jama", "Osman", "Yusuf", "Duale", "Egal", "Mohamud", "Nur",
         "Aden", "Hersi", "Ismail"],
        ["Dheere", "Gaab", "Yarow", "Cabdi Yare", "Faarax Dhegey"],
    ),
    "eritrean": (
        2.5,
        ["Yonas", "Semhar", "Tesfay", "Mebrahtu", "Helen", "Selam", "Filmon", "Senait", "Yohannes",
         "Merhawi", "Saba", "Ruta", "Dawit", "Luwam"],
        ["Tesfamariam", "Ghebremedhin", "Haile", "Kidane", "Tekle", "Berhane", "Woldu", "Habte", "Gebru",
         "Mehari", "Ghebreyesus", "Asmerom"],
        ["Wedi Tekle", "Jojo", "Fili"],
    ),
    "ethiopian": (
        1.0,
        ["Abebe", "Tigist", "Bekele", "Meseret", "Getachew", "Hiwot", "Dereje", "Selamawit"],
        ["Tadesse", "Alemu", "Girma", "Mekonnen", "Wolde", "Assefa", "Demissie", "Tsegaye"],
        ["Abi", "Tigi", "Gech"],
    ),
    "afghan": (
        3.0,
        ["Mohammad", "Sayed", "Zahra", "Fereshta", "Farid", "Hamid", "Mujtaba", "Nasrin", "Rahim", "Mursal",
         "Gul Ahmad", "Shabnam", "Ali Reza", "Masooma", "Elyas", "Sakina"],
        ["Hosseini", "Rahimi", "Ahmadi", "Karimi", "Mohammadi", "Sultani", "Jafari", "Nazari", "Haidari",
         "Amiri", "Popal", "Sadat", "Noori", "Azizi"],
        ["Mamad", "Baba Karim", "Jawad-jan", "Mujji"],
    ),
    "persian": (
        1.2,
        ["Shirin", "Babak", "Parisa", "Reza", "Mahsa", "Arash", "Navid", "Leila"],
        ["Tehrani", "Farahani", "Rostami", "Moradi", "Ghorbani", "Kazemi", "Rezaei", "Shirazi"],
        ["Baba", "Ari", "Shiri"],
    ),
    "bks": (
        1.2,
        ["Emir", "Amra", "Dragan", "Jasmina", "Mirsad", "Senada", "Goran", "Vesna", "Adnan", "Lejla"],
        ["Hodžić", "Hadzic", "Begić", "Jovanović", "Kovačević", "Mehmedović", "Petrović", "Babić", "Delić"],
        ["Mujo", "Džeki", "Čiko"],
    ),
    "turkish": (
        1.0,
        ["Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif", "Serkan", "Hatice"],
        ["Yılmaz", "Yilmaz", "Öztürk", "Şahin", "Demir", "Çelik", "Aydın", "Kaya"],
        ["Memo", "Ayşo", "Sero"],
    ),
    "filipino": (
        1.0,
        ["Maricel", "Jonathan", "Rowena", "Jerome", "Cristina", "Arnel", "Lorna", "Mark Anthony"],
        ["Santos", "Reyes", "dela Cruz", "Bautista", "Villanueva", "Ramos", "Mendoza", "Garcia"],
        ["Jun-Jun", "Bong", "Inday"],
    ),
}
# fmt: on

# Somali, Eritrean and Ethiopian people often carry their father's name as a middle name.
FATHERS: dict[str, list[str]] = {
    "somali": ["Ahmed", "Abdi", "Hussein", "Mohamud", "Ali", "Omar", "Ismail", "Abdulkadir"],
    "eritrean": ["Tesfay", "Gebremichael", "Kidane", "Haile", "Woldemariam", "Bereket"],
    "ethiopian": ["Tadesse", "Kebede", "Alemayehu", "Worku"],
}

# Given names and surnames that are ordinary Swedish words (rural, old-fashioned, soldier names and
# nature names), and a few from other origins.
WORD_FIRST: list[tuple[str, str]] = [
    ("Sten", "swedish"), ("Bo", "swedish"), ("Stig", "swedish"), ("Björn", "swedish"), ("Dag", "swedish"),
    ("Rut", "swedish"), ("Saga", "swedish"), ("Ask", "swedish"), ("Bror", "swedish"), ("Maj", "swedish"),
    ("Vilja", "swedish"), ("Siv", "swedish"), ("Axel", "swedish"), ("Iris", "swedish"), ("Erika", "swedish"),
    ("Linnea", "swedish"), ("Viola", "swedish"), ("Klara", "swedish"), ("Lo", "swedish"), ("Vide", "swedish"),
    ("Inga", "sami"), ("Liv", "norwegian"), ("Tor", "norwegian"), ("Sol", "norwegian"), ("Can", "turkish"),
    ("Dina", "arabic"), ("Mina", "afghan"), ("Hope", "english"),
]  # fmt: skip
WORD_SURNAMES: list[tuple[str, str]] = [
    ("Lind", "swedish"), ("Berg", "swedish"), ("Holm", "swedish"), ("Ek", "swedish"), ("Strand", "swedish"),
    ("Ström", "swedish"), ("Falk", "swedish"), ("Björk", "swedish"), ("Gran", "swedish"),
    ("Hjort", "swedish"), ("Vik", "swedish"), ("Nord", "swedish"), ("Fors", "swedish"), ("Sand", "swedish"),
    ("Örn", "swedish"),
    ("Svan", "swedish"), ("Hök", "swedish"), ("Ljung", "swedish"), ("Stolt", "swedish"), ("Modig", "swedish"),
    ("Rask", "swedish"), ("Flink", "swedish"), ("Kvick", "swedish"), ("Tapper", "swedish"),
    ("Munter", "swedish"), ("Frisk", "swedish"), ("Stark", "swedish"), ("Hurtig", "swedish"),
    ("Rapp", "swedish"),
    ("Blind", "sami"), ("Unga", "sami"), ("Lund", "danish"), ("Dal", "norwegian"), ("Kraft", "german"),
]  # fmt: skip
# How often a person of an origin gets a word given name or surname of that origin unasked.
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.02, 0.04),
    "sami": (0.02, 0.04),
    "norwegian": (0.03, 0.02),
}
