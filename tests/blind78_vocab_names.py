"""Names of the seventy-eighth blind corpus (hotels, hostels and short-term rentals in Stockholm, Solna and
Sundbyberg): staff, residents and guests, typed from the helper's own knowledge, no name list opened.

Origins are weighted for people met in and around hotels and rented flats in the three kommuner today:
residents and staff (Swedish a little over two fifths, then the kommuner's larger groups) and guests from
abroad (Nordic neighbours, Europe, the Americas and Asia). Word names are given names and surnames that are
also Swedish or English words.
"""

from __future__ import annotations

# origin -> (weight, given names, surnames, nicknames)
ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        47.0,
        (
            "Anna", "Maria", "Karin", "Eva", "Lena", "Kristina", "Sara", "Emma", "Johanna", "Elin", "Ida",
            "Maja", "Ebba", "Wilma", "Alva", "Ingrid", "Margareta", "Birgitta", "Ulla", "Gunilla", "Anneli",
            "Malin", "Jenny", "Therese", "Frida", "Hanna", "Louise", "Sofia", "Matilda", "Agnes", "Elsa",
            "Astrid", "Lars", "Anders", "Johan", "Per", "Erik", "Karl", "Mikael", "Peter", "Jan", "Fredrik",
            "Magnus", "Henrik", "Daniel", "Andreas", "Oskar", "Gustav", "Viktor", "Axel", "Filip", "Hugo",
            "Elias", "Ludvig", "Albin", "Isak", "Nils", "Olof", "Gunnar", "Sven", "Göran", "Kjell", "Bengt",
            "Leif", "Tobias", "Jesper", "Joakim", "Mattias", "Pontus", "Rasmus", "Linus", "Anna-Karin",
            "Lars-Erik", "Per-Olof", "Ann-Sofie", "Eva-Lena", "Karl-Johan", "Maj-Britt", "Carl-Henrik",
            "Anna Maria", "Jan Olof", "Lisa", "Cecilia", "Camilla", "Helena", "Åsa", "Ulrika", "Pernilla",
        ),
        (
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson",
            "Lindqvist", "Lindström", "Lindberg", "Bergström", "Lundgren", "Lundqvist", "Sandberg",
            "Forsberg", "Sjöberg", "Wallin", "Engström", "Danielsson", "Håkansson", "Eklund", "Nordström",
            "Hedlund", "Åberg", "Sundberg", "Holmberg", "Nyström", "Blomqvist", "Fransson", "Ekström",
            "Söderberg", "Lindgren", "Axelsson", "Mattsson", "Björklund", "Wikström", "Isaksson",
            "Hellström", "Östlund", "Nordin", "Löfgren", "Dahlberg", "Törnqvist", "Grahn", "Ahlström",
            "Sjögren", "Ståhl", "Wennerholm", "von Essen", "af Klercker", "de Geer", "von Platen",
            "Nilsson-Ek", "Lindahl", "Carlsson", "Hermansson", "Mårtensson", "Öberg",
        ),
        (
            "Micke", "Kalle", "Lasse", "Pelle", "Nisse", "Jonte", "Bigge", "Ante", "Tompa", "Jocke",
            "Fredde", "Danne", "Lollo", "Sussi", "Mimmi", "Kicki", "Bettan", "Gittan", "Affe", "Sigge",
        ),
    ),
    "finnish": (
        3.0,
        ("Mikko", "Jukka", "Sari", "Päivi", "Tuula", "Pekka", "Kari", "Riitta", "Aino", "Eero", "Timo"),
        ("Virtanen", "Korhonen", "Nieminen", "Mäkinen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
         "Järvinen", "Lehtonen"),
        ("Pekkis", "Tuppe", "Sakke", "Jukkis"),
    ),
    "norwegian": (
        2.0,
        ("Ola", "Ingvild", "Sigrid", "Torbjørn", "Håkon", "Solveig", "Eirik", "Marit", "Vegard"),
        ("Hansen", "Johansen", "Olsen", "Bakken", "Haugen", "Solberg", "Kristiansen", "Dahl", "Aasen"),
        ("Tobben", "Siggen"),
    ),
    "danish": (
        1.5,
        ("Mads", "Søren", "Mette", "Jens", "Birgitte", "Frederik", "Sofie"),
        ("Jensen", "Nielsen", "Pedersen", "Sørensen", "Rasmussen", "Christensen", "Madsen"),
        ("Søs", "Frede"),
    ),
    "german": (
        3.0,
        ("Jürgen", "Klaus", "Sabine", "Katrin", "Matthias", "Stefan", "Lukas", "Leonie", "Heike", "Dirk"),
        ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Krüger",
         "von Bülow", "von der Heyde"),
        ("Jogi", "Steffi", "Klausi"),
    ),
    "dutch": (
        1.0,
        ("Sander", "Joost", "Femke", "Anouk", "Pieter", "Maarten", "Sanne"),
        ("van Dijk", "de Vries", "van den Berg", "Bakker", "Jansen", "Visser", "de Jong", "van der Meer"),
        ("Joos", "Piet"),
    ),
    "british": (
        3.0,
        ("Oliver", "George", "Harry", "Charlotte", "Emily", "Sophie", "James", "Thomas", "Rebecca", "Alfie"),
        ("Taylor", "Davies", "Evans", "Thompson", "Wright", "Walker", "Robinson", "Hughes", "Edwards",
         "Clarke"),
        ("Ollie", "Becky", "Tommo", "Alf"),
    ),
    "irish": (
        1.2,
        ("Aoife", "Ciarán", "Niamh", "Seán", "Siobhán", "Padraig", "Orla"),
        ("O'Brien", "O'Connor", "Murphy", "Kelly", "Byrne", "O'Sullivan", "Doyle", "O'Neill"),
        ("Shay", "Ciaro"),
    ),
    "american": (
        3.0,
        ("Tyler", "Madison", "Brandon", "Ashley", "Kevin", "Jessica", "Jordan", "Kayla", "Ryan", "Megan"),
        ("Johnson", "Miller", "Davis", "Jackson", "Harris", "Thompson", "Anderson", "Mitchell", "Carter"),
        ("Ty", "Kev", "Jess", "Maddie"),
    ),
    "spanish": (
        2.0,
        ("Javier", "Lucía", "Carmen", "Alejandro", "Pablo", "Marta", "Sergio", "Elena", "María José"),
        ("García", "Fernández", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "García López",
         "de la Fuente", "Fernández Ruiz"),
        ("Javi", "Pili", "Chema"),
    ),
    "italian": (
        2.0,
        ("Giulia", "Marco", "Francesca", "Luca", "Alessandro", "Chiara", "Matteo", "Federica"),
        ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "D'Angelo", "De Luca",
         "Di Stefano"),
        ("Fede", "Ale", "Gigi"),
    ),
    "french": (
        2.0,
        ("Camille", "Julien", "Mathilde", "Théo", "Chloé", "Nicolas", "Élodie", "Jean-Pierre",
         "Marie-Claire"),
        ("Bernard", "Dubois", "Laurent", "Lefèvre", "Moreau", "Girard", "Dupont", "Rousseau", "Fontaine"),
        ("Juju", "Nico", "Titi"),
    ),
    "polish": (
        3.0,
        ("Agnieszka", "Katarzyna", "Piotr", "Tomasz", "Marek", "Magdalena", "Krzysztof", "Ewa", "Paweł"),
        ("Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski", "Zielińska", "Szymański"),
        ("Kasia", "Gosia", "Tomek", "Piotrek"),
    ),
    "ukrainian": (
        2.0,
        ("Olena", "Oksana", "Dmytro", "Andriy", "Iryna", "Bohdan", "Yulia", "Taras"),
        ("Shevchenko", "Kovalenko", "Bondarenko", "Melnyk", "Tkachenko", "Kravchuk", "Boyko"),
        ("Dima", "Ira", "Andriyko"),
    ),
    "russian": (
        1.0,
        ("Sergei", "Natalia", "Alexei", "Svetlana", "Ekaterina", "Vladimir"),
        ("Petrov", "Smirnov", "Kuznetsova", "Ivanova", "Volkov", "Sokolova"),
        ("Sasha", "Natasha", "Katya"),
    ),
    "bosnian": (
        2.0,
        ("Amir", "Emina", "Jasmina", "Dragan", "Milica", "Nikola", "Selma", "Edin", "Mirza"),
        ("Hodžić", "Begić", "Jovanović", "Petrović", "Nikolić", "Delić", "Hadžić", "Mehmedović"),
        ("Dado", "Mima", "Miki"),
    ),
    "greek": (
        1.0,
        ("Giorgos", "Dimitris", "Eleni", "Konstantinos", "Katerina", "Vasiliki"),
        ("Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Papadaki"),
        ("Kostas", "Takis"),
    ),
    "turkish": (
        2.5,
        ("Mehmet", "Ayşe", "Emre", "Elif", "Burak", "Zeynep", "Murat", "Hatice", "Serkan"),
        ("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan"),
        ("Memo", "Bura", "Sero"),
    ),
    "kurdish": (
        2.0,
        ("Rojin", "Dilan", "Berivan", "Azad", "Kawa", "Shilan", "Hiwa", "Rebaz", "Nasrin"),
        ("Zangana", "Mustafa", "Hawrami", "Qadir", "Baban", "Barzinji", "Rashid"),
        ("Rojo", "Azo", "Kaki"),
    ),
    "syrian": (
        3.0,
        ("Mohammed", "Ahmad", "Omar", "Rania", "Lina", "Yasmin", "Khaled", "Nour", "Hiba", "Tarek"),
        ("Al-Hassan", "al-Khatib", "Haddad", "Khoury", "Mansour", "Hamdan", "El-Sayed", "Darwish", "Saleh"),
        ("Abbe", "Mo", "Hamoudi"),
    ),
    "iraqi": (
        3.0,
        ("Ali", "Zainab", "Hussein", "Mustafa", "Fatima", "Haider", "Noor", "Ammar", "Sajjad"),
        ("Al-Rubaie", "Jabbar", "al-Obaidi", "Hashim", "Al-Saadi", "Abbas", "Jawad"),
        ("Mimo", "Zizo", "Hamodi"),
    ),
    "iranian": (
        3.0,
        ("Reza", "Maryam", "Shirin", "Parisa", "Farhad", "Babak", "Leila", "Navid", "Mohammad-Reza"),
        ("Hosseini", "Ahmadi", "Rahimi", "Karimi", "Moradi", "Jafari", "Rezaei", "Tehrani", "Sadeghi"),
        ("Mamad", "Pari", "Babi"),
    ),
    "afghan": (
        2.0,
        ("Farid", "Zahra", "Mahdi", "Sultana", "Hamid", "Nargis", "Wahid", "Khatera"),
        ("Rahmani", "Noori", "Haidari", "Sultani", "Amiri", "Popal", "Wardak"),
        ("Hami", "Mahdo"),
    ),
    "somali": (
        2.5,
        ("Abdirahman", "Fartun", "Hodan", "Mohamed", "Ayaan", "Abdullahi", "Sahra", "Khadra", "Liban"),
        ("Warsame", "Farah", "Abdi", "Osman", "Jama", "Egal", "Hirsi", "Aden"),
        ("Bashe", "Dheere", "Xamsa"),
    ),
    "eritrean": (
        2.0,
        ("Yonas", "Semhar", "Tesfay", "Mebrahtu", "Senait", "Filmon", "Luwam", "Robel"),
        ("Tesfamariam", "Ghebremedhin", "Haile", "Berhane", "Tekle", "Woldu", "Kidane"),
        ("Yoni", "Fili", "Robi"),
    ),
    "nigerian": (
        1.0,
        ("Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Folake"),
        ("Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu"),
        ("Seun", "Chi"),
    ),
    "chinese": (
        2.0,
        ("Xiaoming", "Jing", "Yan", "Hao", "Mei", "Zhihao", "Xinyi", "Wei"),
        ("Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou"),
        ("Jojo", "Lulu", "Xiaowei"),
    ),
    "japanese": (
        1.0,
        ("Haruto", "Yuki", "Sakura", "Kenji", "Aiko", "Takeshi", "Yui"),
        ("Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Nakamura", "Kobayashi"),
        ("Ken", "Yu"),
    ),
    "indian": (
        2.5,
        ("Priya", "Rahul", "Ananya", "Arjun", "Deepika", "Vikram", "Sanjay", "Kavya", "Rohan"),
        ("Sharma", "Patel", "Gupta", "Reddy", "Iyer", "Singh", "Nair", "Krishnan", "Agarwal"),
        ("Raj", "Vicky", "Sunny"),
    ),
    "pakistani": (
        1.0,
        ("Imran", "Ayesha", "Usman", "Sana", "Bilal", "Hira"),
        ("Khan", "Malik", "Qureshi", "Butt", "Chaudhry"),
        ("Ussi", "Billu"),
    ),
    "thai": (
        1.0,
        ("Somchai", "Nattaya", "Kanya", "Suda", "Anong", "Prasert"),
        ("Srisuk", "Chaiyaporn", "Wongsakul", "Boonmee", "Thongchai"),
        ("Noi", "Lek", "Ploy"),
    ),
    "filipino": (
        1.5,
        ("Maricel", "Jericho", "Rowena", "Rommel", "Cristina", "Maria Luisa", "Jomar"),
        ("Santos", "Reyes", "Cruz", "Bautista", "dela Cruz", "Villanueva", "Mendoza"),
        ("Tin", "Bong", "Jojo"),
    ),
    "vietnamese": (
        1.0,
        ("Minh", "Linh", "Thao", "Tuan", "Huong", "Duc"),
        ("Nguyen", "Pham", "Hoang", "Vu", "Phan", "Bui"),
        ("Tí", "Bé"),
    ),
    "chilean": (
        1.5,
        ("Camila", "Matías", "Valentina", "Cristóbal", "Paula", "Rodrigo", "Ignacio"),
        ("González", "Muñoz", "Rojas", "Díaz", "Soto", "Contreras", "Muñoz Rojas"),
        ("Nacho", "Cami", "Coté"),
    ),
    "brazilian": (
        1.0,
        ("João", "Lucas", "Gabriela", "Thiago", "Fernanda", "Ana Paula"),
        ("Oliveira", "Souza", "Costa", "Pereira", "dos Santos", "da Silva"),
        ("Gabi", "Thi", "Fefa"),
    ),
}  # fmt: skip

# Fathers' names written between the given name and the family name where that is usual.
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": ("Mohamed", "Ali", "Hassan", "Yusuf", "Ahmed"),
    "eritrean": ("Gebre", "Berhe", "Tesfu", "Asmerom"),
    "iraqi": ("Kadhim", "Abdulla", "Jassim", "Hameed"),
}

NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "von", "van", "de", "af", "der", "den", "da", "dos", "di", "la", "dela"}
)

# Given names and surnames that are also Swedish or English words: (name, origin).
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Sten", "swedish"), ("Inga", "swedish"), ("Klara", "swedish"), ("Bo", "swedish"), ("Dag", "swedish"),
    ("Siv", "swedish"), ("Viola", "swedish"), ("Iris", "swedish"), ("Saga", "swedish"), ("Liv", "swedish"),
    ("Vilja", "swedish"), ("Tindra", "swedish"), ("Björn", "swedish"), ("Lo", "swedish"),
    ("Hope", "nigerian"), ("Joy", "filipino"), ("Grace", "british"), ("Faith", "american"),
    ("Rose", "irish"), ("Will", "british"), ("Frank", "american"), ("Can", "turkish"),
)  # fmt: skip
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Berg", "swedish"), ("Ek", "swedish"), ("Lind", "swedish"), ("Holm", "swedish"), ("Strand", "swedish"),
    ("Björk", "swedish"), ("Falk", "swedish"), ("Örn", "swedish"), ("Lund", "swedish"), ("Kvist", "swedish"),
    ("Stål", "swedish"), ("Hjort", "swedish"), ("Rask", "swedish"), ("Skog", "swedish"), ("Ström", "swedish"),
    ("Storm", "swedish"), ("Frisk", "swedish"), ("Vinter", "swedish"), ("Baker", "british"),
    ("Wood", "british"), ("King", "american"), ("Bird", "american"), ("Young", "american"),
    ("Brown", "british"), ("White", "american"), ("Cook", "british"),
)  # fmt: skip
# How often an ordinary draw of an origin takes a word name: (given name, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.04, 0.06),
    "british": (0.04, 0.1),
    "american": (0.03, 0.1),
    "irish": (0.05, 0.0),
    "nigerian": (0.05, 0.0),
    "filipino": (0.05, 0.0),
    "turkish": (0.04, 0.0),
}
