"""Names of the twenty-sixth blind corpus (tests/blind26_corpus.py): meeting notes and e-mail as they reach
the weekly EST picture. Typed from the writer's own knowledge of who lives and works in Swedish towns today;
no name package, name list or other corpus was read.

`ORIGINS`: origin -> (weight, given names, surnames, nicknames). Swedish is about 43 % of the draws (word
names of Swedish origin add a little). `FATHERS`: a father's name as a middle name where that is usual.
`WORD_FIRST` and `WORD_SURNAMES`: given names and surnames that are also Swedish or English words.
"""

from __future__ import annotations

from typing import Any

NAME_PARTICLES = frozenset({"von", "af", "de", "van", "der", "al", "el", "bin", "da", "dos", "di", "la"})

ORIGINS: dict[str, Any] = {
    "swedish": (
        0.43,
        (
            "Anna-Karin", "Lars-Erik", "Eva-Lena", "Karl-Johan", "Ann-Sofie", "Per-Olof", "Maj-Britt",
            "Jan-Erik", "Mikael", "Johanna", "Kristina", "Fredrik", "Ulrika", "Magnus", "Helena", "Henrik",
            "Cecilia", "Tobias", "Malin", "Jonas", "Sofia", "Andreas", "Therese", "Mattias", "Camilla",
            "Gunnel", "Birgitta", "Kjell", "Leif", "Göran", "Agneta", "Ingrid", "Annika", "Pernilla",
            "Oskar", "Elsa", "Ebba", "Linnéa", "Alice", "Wilma", "Hugo", "Ludvig", "Viktor", "Emil",
            "Gustav", "Elin", "Frida", "Hanna", "Lovisa", "Josefin", "Sanna", "Marie", "Ylva", "Torbjörn",
            "Ulf", "Anders", "Rickard", "Jessica", "Madeleine", "Carl Fredrik", "Anna Lena", "Per Anders",
            "Karin", "Margareta", "Ingemar", "Åsa", "Linda", "Petra", "Mats", "Håkan", "Sixten", "Tove",
        ),
        (
            "Lindqvist", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Andersson", "Pettersson",
            "Gustafsson", "Lindberg", "Sandberg", "Engström", "Holmgren", "Wikström", "Sjöberg", "Nordin",
            "Hedlund", "Åkesson", "Öberg", "Forsberg", "Lundgren", "Bergqvist", "Nyström", "Wallin",
            "Söderberg", "Ekholm", "Hellström", "Danielsson", "Sundqvist", "Fransson", "Jakobsson",
            "Blomqvist", "Håkansson", "Mattsson", "Lindholm", "Ahlström", "Strömberg", "Norberg", "Edlund",
            "Westerlund", "Grönlund", "Åberg", "Löfgren", "Carlsson", "Magnusson", "Axelsson", "Palmqvist",
            "von Platen", "af Ugglas", "De Geer", "von Essen", "Wachtmeister", "Stenbock", "Hammarlund",
            "Rydberg", "Bäckström", "Dahlgren", "Sjögren", "Lundström", "Törnqvist", "Olausson",
        ),
        (
            "Kalle", "Pelle", "Janne", "Micke", "Lasse", "Bosse", "Nisse", "Tobbe", "Jocke", "Robban",
            "Danne", "Fredde", "Stoffe", "Kicki", "Lotta", "Sussie", "Mojje", "Totte", "Ludde", "Gurra",
            "Pirre", "Lelle", "Tompa", "Bettan", "Mackan", "Kenta", "Lillen", "Nicke",
        ),
    ),
    "finnish": (
        0.025,
        ("Jari", "Pekka", "Tuula", "Sirpa", "Marjatta", "Kari", "Heikki", "Riitta", "Aino", "Juha", "Eija"),
        ("Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen", "Laitinen", "Hämäläinen", "Koskinen"),
        ("Jartsa", "Pekkis", "Tuksu", "Masa"),
    ),
    "iraqi": (
        0.05,
        ("Ahmed", "Mustafa", "Zainab", "Hussein", "Ali", "Noor", "Haider", "Rusul", "Abbas", "Ruqaya",
         "Karrar"),
        ("al-Jubouri", "Hassan", "Kadhim", "al-Saadi", "Jassim", "Mahdi", "Abdulrahman", "al-Obaidi"),
        ("Hamoudi", "Abbe", "Mo", "Jojo", "Memo"),
    ),
    "syrian": (
        0.05,
        ("Mohammad", "Omar", "Rania", "Yara", "Khaled", "Bilal", "Lama", "Tarek", "Hiba", "Fadi", "Rasha"),
        ("Haddad", "al-Khatib", "Khalil", "Darwish", "Sabbagh", "Haj Ali", "Mansour", "al-Ahmad", "Kassem"),
        ("Abo Omar", "Hamsho", "Dodo", "Khalo"),
    ),
    "somali": (
        0.04,
        ("Abdirahman", "Hodan", "Fartun", "Abdullahi", "Sahra", "Mahad", "Ayaan", "Hamdi", "Guled", "Ilhan"),
        ("Warsame", "Abdi", "Farah", "Jama", "Nur", "Egal", "Hirsi", "Osman", "Dirie"),
        ("Dheere", "Yare", "Gaab", "Cadey"),
    ),
    "eritrean": (
        0.02,
        ("Yonas", "Senait", "Filmon", "Helen", "Mehari", "Saba", "Daniel", "Rahel", "Robel"),
        ("Tesfay", "Gebremedhin", "Haile", "Kidane", "Tekle", "Berhane", "Ghebrehiwet"),
        ("Jonny", "Fili", "Sabi"),
    ),
    "ethiopian": (
        0.01,
        ("Abebe", "Meron", "Dawit", "Tigist", "Selam", "Bereket"),
        ("Alemu", "Bekele", "Tadesse", "Getachew", "Wolde"),
        ("Bebe", "Dawi"),
    ),
    "persian": (
        0.025,
        ("Reza", "Parisa", "Shirin", "Dariush", "Nasrin", "Kamran", "Ladan", "Arash", "Golnar"),
        ("Hosseini", "Karimi", "Tehrani", "Jafari", "Rostami", "Moradi", "Sadeghi", "Farahani"),
        ("Rezi", "Pari", "Dari"),
    ),
    "kurdish": (
        0.025,
        ("Rebin", "Dilan", "Soran", "Shilan", "Baran", "Roj", "Hêvî", "Zana", "Berivan", "Kawa"),
        ("Barzani", "Mahmoud", "Rashid", "Hawrami", "Qadir", "Sharif", "Ibrahim"),
        ("Rebo", "Zanko", "Shilo"),
    ),
    "afghan": (
        0.025,
        ("Mohammad Nabi", "Fatima", "Sayed", "Zahra", "Mustafa", "Mariam", "Jawad", "Shabnam", "Hamid"),
        ("Rahimi", "Hakimi", "Sultani", "Mohammadi", "Ahmadzai", "Noori", "Sadat", "Wardak"),
        ("Jawi", "Sayo", "Hamo"),
    ),
    "turkish": (
        0.025,
        ("Emre", "Elif", "Burak", "Zeynep", "Murat", "Ayşe", "Kerem", "Hatice", "Serkan", "Gül"),
        ("Yılmaz", "Öztürk", "Demir", "Şahin", "Aydın", "Kaya", "Çelik", "Arslan", "Doğan"),
        ("Memo", "Boki", "Keko"),
    ),
    "bosnian": (
        0.02,
        ("Amra", "Edin", "Emina", "Adnan", "Selma", "Mirza", "Lejla", "Haris", "Nermin"),
        ("Hodžić", "Begić", "Hadžić", "Mujić", "Kovačević", "Delić", "Halilović", "Suljić"),
        ("Edo", "Miki", "Haki"),
    ),
    "serbian": (
        0.015,
        ("Dragan", "Milica", "Nenad", "Jelena", "Zoran", "Vesna", "Goran", "Snežana"),
        ("Petrović", "Jovanović", "Nikolić", "Stojanović", "Marković", "Đorđević"),
        ("Gago", "Zoki", "Neša"),
    ),
    "albanian": (
        0.015,
        ("Arben", "Blerta", "Fatos", "Drita", "Besnik", "Valbona", "Ilir", "Arta"),
        ("Krasniqi", "Berisha", "Gashi", "Hoxha", "Morina", "Shala"),
        ("Beni", "Tosi", "Ili"),
    ),
    "polish": (
        0.025,
        ("Katarzyna", "Piotr", "Agnieszka", "Tomasz", "Małgorzata", "Paweł", "Joanna", "Krzysztof"),
        ("Kowalski", "Wiśniewska", "Nowak", "Wójcik", "Kamińska", "Lewandowski", "Zieliński"),
        ("Kasia", "Piotrek", "Gosia", "Tomek"),
    ),
    "romanian": (
        0.01,
        ("Ionuț", "Andreea", "Mihai", "Elena", "Florin", "Ioana"),
        ("Popescu", "Ionescu", "Dumitru", "Stan", "Munteanu"),
        ("Nelu", "Fane"),
    ),
    "greek": (
        0.008,
        ("Nikos", "Eleni", "Giorgos", "Dimitra", "Kostas"),
        ("Papadopoulos", "Georgiou", "Konstantinidis", "Nikolaidou"),
        ("Takis", "Nikolas"),
    ),
    "chilean": (
        0.015,
        ("Carolina", "Rodrigo", "Paulina", "Cristián", "Valentina", "Sebastián", "Marcela"),
        ("González", "Muñoz", "Rojas", "Díaz", "Contreras", "de la Fuente", "Fuentes"),
        ("Pancho", "Nacho", "Cata"),
    ),
    "brazilian": (
        0.006,
        ("João", "Larissa", "Thiago", "Fernanda", "Rafael"),
        ("da Silva", "dos Santos", "Oliveira", "Pereira", "Ferreira"),
        ("Juca", "Rafa"),
    ),
    "english": (
        0.015,
        ("Jack", "Emily", "Oliver", "Charlotte", "Thomas", "Sarah", "Liam", "Chloe"),
        ("Thompson", "O'Neill", "Walker", "Harris", "Robinson", "Clarke", "O'Connor", "Taylor"),
        ("Ollie", "Charlie", "Tommy", "Liz"),
    ),
    "irish": (
        0.006,
        ("Siobhan", "Niamh", "Ciarán", "Aoife", "Declan"),
        ("O'Brien", "O'Sullivan", "McCarthy", "O'Reilly", "Byrne"),
        ("Shiv", "Dec"),
    ),
    "italian": (
        0.008,
        ("Giulia", "Marco", "Francesca", "Luca", "Alessandro"),
        ("D'Angelo", "Rossi", "Dell'Orto", "Esposito", "Bianchi", "Romano"),
        ("Gigi", "Ale"),
    ),
    "german": (
        0.01,
        ("Jürgen", "Sabine", "Matthias", "Ute", "Wolfgang", "Katrin"),
        ("Schneider", "Müller", "von Bergen", "Hoffmann", "Wagner", "Becker"),
        ("Jogi", "Bine"),
    ),
    "dutch": (
        0.006,
        ("Joost", "Marieke", "Sander", "Femke"),
        ("van Dijk", "de Vries", "van der Linden", "Bakker", "Jansen"),
        ("Joep", "Fem"),
    ),
    "russian": (
        0.01,
        ("Natalia", "Sergej", "Olga", "Dmitrij", "Tatiana", "Aleksej"),
        ("Ivanova", "Smirnov", "Kuznetsova", "Volkov", "Sokolova"),
        ("Natasja", "Serjozja", "Ljosja"),
    ),
    "ukrainian": (
        0.01,
        ("Oksana", "Taras", "Iryna", "Bohdan", "Olena", "Andrij"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Melnyk"),
        ("Oksi", "Bodja"),
    ),
    "thai": (
        0.01,
        ("Siriporn", "Nattaya", "Somchai", "Pimchanok", "Araya"),
        ("Srisuk", "Chaiyaporn", "Wongsakul", "Boonmee"),
        ("Noi", "Ploy", "Joy"),
    ),
    "vietnamese": (
        0.008,
        ("Thanh", "Linh", "Minh", "Huong", "Duc"),
        ("Nguyen", "Tran", "Pham", "Le Van", "Hoang"),
        ("Tommy", "Kim"),
    ),
    "chinese": (
        0.008,
        ("Wei", "Xiaoling", "Jun", "Mei", "Hao"),
        ("Zhang", "Wang", "Chen", "Liu", "Huang"),
        ("Leo", "Mimi"),
    ),
    "indian": (
        0.01,
        ("Priya", "Rahul", "Ananya", "Vikram", "Deepa", "Arjun"),
        ("Sharma", "Patel", "D'Souza", "Iyer", "Reddy", "Nair"),
        ("Vicky", "Pri", "Raju"),
    ),
    "pakistani": (
        0.007,
        ("Imran", "Ayesha", "Usman", "Sana", "Bilal"),
        ("Qureshi", "Chaudhry", "Malik", "Butt"),
        ("Ikki", "Sunny"),
    ),
    "filipino": (
        0.006,
        ("Maricel", "Jericho", "Rowena", "Jomar"),
        ("dela Cruz", "Santos", "Reyes", "Bautista"),
        ("Marj", "Jojo"),
    ),
    "nigerian": (
        0.006,
        ("Chinedu", "Adaeze", "Oluwaseun", "Ngozi", "Emeka"),
        ("Okafor", "Adeyemi", "Eze", "Obi", "Okonkwo"),
        ("Chi", "Seun"),
    ),
    "gambian": (
        0.005,
        ("Lamin", "Fatou", "Ousman", "Isatou", "Modou"),
        ("Jallow", "Ceesay", "Touray", "Sanneh", "Bah"),
        ("Lams", "Ouzo"),
    ),
    "hungarian": (
        0.005,
        ("Zsófia", "László", "Eszter", "Gábor"),
        ("Nagy", "Szabó", "Kovács", "Tóth"),
        ("Laci", "Zsófi"),
    ),
}  # fmt: skip

# A father's name written as a middle name (somali, eritrean, iraqi, afghan, ethiopian), half the time.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Mohamed", "Ahmed", "Yusuf", "Hussein", "Abdulkadir", "Ismail"),
    "eritrean": ("Tesfamariam", "Habte", "Ghirmay", "Woldu", "Asmerom"),
    "iraqi": ("Kareem", "Jabbar", "Salman", "Hamid"),
    "afghan": ("Ghulam", "Nazar", "Rahim"),
    "ethiopian": ("Girma", "Mulugeta", "Tesfaye"),
}

# Given names that are also Swedish or English words, with their origin.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Björn", "swedish"), ("Stig", "swedish"), ("Dag", "swedish"), ("Axel", "swedish"),
    ("Klara", "swedish"), ("Bror", "swedish"), ("Saga", "swedish"), ("Vilja", "swedish"),
    ("Inga", "swedish"), ("Iris", "swedish"), ("Lilja", "swedish"), ("Viola", "swedish"),
    ("Maj", "swedish"), ("Sten", "swedish"), ("Liv", "swedish"), ("Vide", "swedish"), ("Sol", "swedish"),
    ("Bo", "swedish"), ("Grace", "english"), ("Hope", "english"), ("Will", "english"),
    ("Mark", "english"), ("Frank", "english"), ("Rose", "english"), ("Lina", "syrian"),
    ("Mina", "persian"), ("Dina", "bosnian"), ("Jasmin", "bosnian"), ("Hind", "iraqi"),
)  # fmt: skip

# Surnames that are also Swedish or English words, with their origin.
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"), ("Ström", "swedish"), ("Lind", "swedish"), ("Holm", "swedish"),
    ("Fors", "swedish"), ("Björk", "swedish"), ("Ek", "swedish"), ("Falk", "swedish"), ("Örn", "swedish"),
    ("Gran", "swedish"), ("Ask", "swedish"), ("Rask", "swedish"), ("Kvist", "swedish"),
    ("Lund", "swedish"), ("Strand", "swedish"), ("Borg", "swedish"), ("Bäck", "swedish"),
    ("Frost", "swedish"), ("Storm", "swedish"), ("Hjort", "swedish"), ("Svan", "swedish"),
    ("Vinter", "swedish"), ("Sommar", "swedish"), ("Baker", "english"), ("Smith", "english"),
    ("Fisher", "english"), ("Young", "english"), ("Green", "english"), ("King", "english"),
    ("Hill", "english"), ("Wood", "english"),
)  # fmt: skip

# How often a first or sur slot of an origin draws a word name anyway (given, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {"swedish": (0.02, 0.05), "english": (0.08, 0.12)}
