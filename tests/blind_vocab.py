"""Vocabulary of the blind redaction corpus, written from general knowledge for this corpus only.

Names: people living in Sweden, many origins, deliberately not the most common names. Places, institutions,
streets and organisations: Nacka (Fisksätra, Älta), Nyköping (Brandkärr) and a few Stockholm landmarks.
"""

from __future__ import annotations

import datetime as dt
import random

# origin -> (female given names, male given names, surnames)
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        ("Gunnel", "Majvor", "Signe", "Ylva", "Agneta", "Solveig", "Tora", "Elvira", "Tindra", "Nellie",
         "Estelle", "Greta", "Britt-Marie", "Ann-Sofie", "Ingegerd", "Linnéa", "Märit", "Hjördis"),
        ("Torbjörn", "Ingemar", "Leif", "Göran", "Kjell", "Melker", "Valter", "Alvin", "Edvin", "Hjalmar",
         "Vilgot", "Sixten", "Ture", "Lars-Göran", "Jan-Olof", "Gunnar", "Åke", "Sune"),
        ("Åkesson", "Wallin", "Sundqvist", "Bergkvist", "Hallberg", "Norling", "Lindroth", "Forsgren",
         "Ekwall", "Hedlund", "Blomqvist", "Nordén", "Rydell", "Thörnblad", "Wikström", "Almgren", "Östlund",
         "Palmér", "Grönvall", "Ljungberg", "Stenmark", "Edholm", "Brolin", "Sjödin"),
    ),
    "finnish": (
        ("Sirpa", "Tuula", "Pirkko", "Raili", "Aino", "Marjatta", "Satu", "Riikka", "Kaisa", "Hannele"),
        ("Jarmo", "Esa", "Kalevi", "Seppo", "Jukka", "Eero", "Tuomas", "Ilkka", "Veikko", "Väinö", "Onni"),
        ("Koskinen", "Laitinen", "Nieminen", "Lehtonen", "Rantanen", "Hämäläinen", "Heikkinen", "Mäkelä",
         "Salminen", "Järvinen", "Kettunen", "Turunen", "Räsänen", "Karjalainen", "Hyvönen", "Peltonen"),
    ),
    "somali": (
        ("Hodan", "Ayaan", "Faduma", "Nimco", "Sagal", "Deeqa", "Ifrah", "Khadra", "Ugbaad", "Shukri",
         "Ubah", "Hibaaq", "Sahra"),
        ("Abdirahman", "Hamse", "Abdiwali", "Bashir", "Mahad", "Abdikarim", "Liban", "Guled", "Mukhtar",
         "Abdullahi", "Farhan"),
        ("Warsame", "Farah", "Mohamud", "Jama", "Hersi", "Osman", "Aden", "Dahir", "Egal", "Guleed",
         "Samatar", "Duale", "Elmi", "Abdulle"),
    ),
    "arabic": (
        ("Rana", "Nour", "Layla", "Hiba", "Rasha", "Dima", "Rawan", "Salma", "Aya", "Hanan", "Ghada", "Yara"),
        ("Karim", "Yousef", "Ziad", "Samir", "Majd", "Bilal", "Tareq", "Ghassan", "Hadi", "Mazen", "Wissam",
         "Fadi", "Jamil"),
        ("Haddad", "Jaber", "al-Khatib", "Hamdan", "Saleh", "al-Obaidi", "Mansour", "Khalil", "Darwish",
         "Nasser", "al-Rawi", "Shalhoub", "Abboud", "Yassin", "Barakat", "Haidar", "Kassem", "Moussa"),
    ),
    "kurdish": (
        ("Rojda", "Berfin", "Rojin", "Dilan", "Nazdar", "Havin", "Delal", "Helin", "Jiyan", "Avin", "Lavin"),
        ("Zana", "Azad", "Baran", "Sherko", "Kawa", "Rezan", "Rebaz", "Diyar", "Soran", "Hawre", "Bahoz"),
        ("Amedi", "Zebari", "Doski", "Botani", "Hawrami", "Berwari", "Sindi", "Mizuri", "Qadir", "Barzinji",
         "Surchi", "Shexani"),
    ),
    "persian": (
        ("Shirin", "Parisa", "Mahsa", "Farnaz", "Niloufar", "Setareh", "Golnar", "Azadeh", "Mitra", "Roya",
         "Laleh"),
        ("Babak", "Dariush", "Kourosh", "Arash", "Behrouz", "Kaveh", "Siavash", "Omid", "Farhad", "Payam"),
        ("Kazemi", "Tehrani", "Ghorbani", "Moradi", "Rostami", "Jafari", "Sadeghi", "Farahani", "Bahrami",
         "Mirzaei", "Shirazi", "Esfahani", "Rahmani", "Zandi", "Daneshvar", "Kiani"),
    ),
    "afghan": (
        ("Zarmina", "Mursal", "Fereshta", "Lema", "Shabnam", "Parwana", "Malalai", "Tamana", "Marwa",
         "Nilab"),
        ("Wahid", "Habibullah", "Sohrab", "Najib", "Samiullah", "Mirwais", "Zabihullah", "Rahmatullah",
         "Jawid", "Nasratullah", "Ahmad Zia"),
        ("Rahimi", "Ahmadzai", "Noori", "Popal", "Sultani", "Hakimi", "Stanekzai", "Wardak", "Karimzada",
         "Naseri", "Hotak", "Yousufzai", "Durrani", "Sadat"),
    ),
    "eritrean": (
        ("Senait", "Semhar", "Selam", "Lwam", "Saba", "Winta", "Feven", "Ruta", "Luwam", "Yordanos"),
        ("Yonas", "Filmon", "Mebrahtu", "Tesfalem", "Yohannes", "Robel", "Mussie", "Biniam", "Merhawi",
         "Henok", "Temesgen"),
        ("Tesfamariam", "Haile", "Berhane", "Mehari", "Kidane", "Gebremedhin", "Tekle", "Ghebreyesus",
         "Woldu", "Asmerom", "Habte", "Negash", "Ghirmay", "Andemariam", "Tewolde", "Kahsay", "Zerai"),
    ),
    "bosnian_serbian_croatian": (
        ("Amra", "Senada", "Milica", "Ivana", "Jasmina", "Dženana", "Snežana", "Vesna", "Sanela", "Branka",
         "Lejla", "Ajla"),
        ("Edin", "Dragan", "Tomislav", "Emir", "Adnan", "Nermin", "Zoran", "Dejan", "Mirsad", "Almir",
         "Haris", "Predrag"),
        ("Hodžić", "Begić", "Mujić", "Jovanović", "Nikolić", "Kovačić", "Babić", "Hadžić", "Delić", "Softić",
         "Marković", "Đurić", "Stojanović", "Kurtović", "Mehmedović", "Šehić", "Halilović", "Vuković",
         "Zukić"),
    ),
    "polish": (
        ("Agnieszka", "Katarzyna", "Małgorzata", "Magdalena", "Dorota", "Ewelina", "Zofia", "Beata",
         "Justyna"),
        ("Łukasz", "Tomasz", "Grzegorz", "Wojciech", "Paweł", "Bartosz", "Krzysztof", "Przemysław",
         "Jarosław", "Kacper", "Mateusz"),
        ("Wójcik", "Kamiński", "Zieliński", "Wiśniewski", "Kowalczyk", "Lewandowski", "Szymański",
         "Dąbrowski", "Woźniak", "Kozłowski", "Mazur", "Krawczyk", "Piotrowski", "Pawlak", "Dudek",
         "Adamczyk"),
    ),
    "ukrainian": (
        ("Olena", "Iryna", "Oksana", "Tetiana", "Nataliia", "Yuliia", "Svitlana", "Khrystyna", "Halyna",
         "Liudmyla"),
        ("Oleksandr", "Dmytro", "Andrii", "Bohdan", "Taras", "Serhii", "Mykola", "Vasyl", "Yaroslav",
         "Ostap"),
        ("Shevchenko", "Bondarenko", "Tkachenko", "Kovalenko", "Melnyk", "Kravchuk", "Oliinyk", "Moroz",
         "Lysenko", "Savchuk", "Marchenko", "Rudenko", "Hnatiuk", "Boiko", "Tkachuk", "Sydorenko"),
    ),
    "turkish": (
        ("Ayşe", "Zeynep", "Elif", "Merve", "Büşra", "Gülşen", "Emine", "Derya", "Sibel", "Hatice", "Tuba"),
        ("Murat", "Hakan", "Emre", "Serkan", "Burak", "Cem", "Volkan", "Tolga", "Oğuz", "Kerem", "Ufuk"),
        ("Yıldız", "Aydın", "Öztürk", "Doğan", "Çelik", "Kaya", "Arslan", "Koç", "Özdemir", "Şahin", "Aksoy",
         "Polat", "Güneş", "Kılıç", "Yavuz", "Bulut", "Keskin", "Tekin"),
    ),
    "latin_american": (
        ("Camila", "Valentina", "Daniela", "Catalina", "Fernanda", "Javiera", "Ximena", "Paola", "Lorena",
         "Marisol", "Constanza"),
        ("Diego", "Matías", "Sebastián", "Cristóbal", "Joaquín", "Rodrigo", "Mauricio", "Gonzalo", "Ignacio",
         "Esteban", "Felipe"),
        ("Rojas", "Fuentes", "Castillo", "Araya", "Muñoz", "Contreras", "Sepúlveda", "Vergara", "Espinoza",
         "Cárdenas", "Valenzuela", "Figueroa", "Quiroga", "Salazar", "Bustos", "Riquelme", "Pizarro",
         "Cifuentes"),
    ),
    "vietnamese": (
        ("Lan", "Hoa", "Thu", "Ngoc", "Huong", "Trang", "Thuy", "Phuong", "Thi Hoa", "Thi Lan"),
        ("Minh", "Hung", "Tuan", "Duc", "Quang", "Thanh", "Khoa", "Hieu", "Vinh", "Van Minh"),
        ("Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui", "Ngo", "Duong", "Truong", "Dinh", "Huynh"),
    ),
    "thai": (
        ("Siriporn", "Kanya", "Pimchanok", "Nattaya", "Wanida", "Sunisa", "Pornthip", "Malee", "Jintana"),
        ("Somchai", "Nattapong", "Anan", "Prasert", "Chaiwat", "Thanakorn", "Kittisak", "Surasak", "Wichai"),
        ("Chaiyasit", "Boonmee", "Saelim", "Srisuk", "Wongsawat", "Phromma", "Kaewkla", "Sukjai", "Thongdee",
         "Suwannarat", "Intharasuk", "Kongkaew"),
    ),
    "gambian": (
        ("Fatou", "Awa", "Mariama", "Isatou", "Binta", "Haddy"),
        ("Lamin", "Ousman", "Modou", "Ebrima", "Alieu", "Sainey"),
        ("Jallow", "Ceesay", "Sanneh", "Jobe", "Touray", "Darboe", "Bojang", "Njie"),
    ),
    "sami": (
        ("Máret", "Ánne", "Elle", "Biret", "Sunná"),
        ("Jovnna", "Ámmon", "Mikkel", "Nils-Ánte", "Piera"),
        ("Kuhmunen", "Labba", "Utsi", "Omma", "Nutti", "Pavval", "Tuorda"),
    ),
    "chinese": (
        ("Xiaoling", "Meiling", "Yanyan", "Jing"),
        ("Wei", "Junjie", "Haoran", "Zhiwei"),
        ("Zhang", "Liu", "Chen", "Huang", "Zhou", "Xu"),
    ),
}  # fmt: skip

FEMININE = {"ski": "ska", "cki": "cka", "dzki": "dzka"}  # Polish surnames change with gender

ROLES = (
    "väktare", "väktaren", "bovärd", "bovärden", "fastighetsskötare", "fastighetsskötaren", "fältassistent",
    "fältaren", "kommunpolis", "polisinspektör", "insp.", "polisassistent", "områdespolis", "trygghetsvärd",
    "trygghetsvärden", "fritidsledare", "fritidsledaren", "rektor", "biträdande rektor", "kurator",
    "socialsekreterare", "soc.sekr", "kvartersvärd", "ordningsvakt", "OV", "butikschef", "förvaltare",
    "områdeschef", "nattvandrare", "skolvärd", "inspektör",
)  # fmt: skip

# Nicknames: (nickname, origin). Used after kallad/kallas/alias, in quotes or parentheses.
NICKNAMES = (
    ("Jocke", "swedish"), ("Mackan", "swedish"), ("Abbe", "swedish"), ("Lillen", "swedish"),
    ("Blixten", "swedish"), ("Sigge", "swedish"), ("Lollo", "swedish"), ("Tuppen", "swedish"),
    ("Bullen", "swedish"), ("Prinsen", "swedish"), ("Kurre", "swedish"), ("Jalle", "swedish"),
    ("Zakke", "swedish"), ("Ibbe", "swedish"), ("Farre", "swedish"), ("Bebbe", "swedish"),
    ("Moha", "arabic"), ("Hamoudi", "arabic"), ("Abu Sami", "arabic"), ("Zizzo", "street"),
    ("K-Dog", "street"), ("Slimmy", "street"), ("Lil Kazz", "street"), ("Gizmo", "street"),
    ("Smiley", "street"), ("YB", "street"), ("Dreamz", "street"), ("Tiny", "street"), ("Ninja", "street"),
    ("Memo", "turkish"), ("Beko", "turkish"), ("Flaco", "latin_american"), ("Chino", "latin_american"),
    ("Gordo", "latin_american"), ("Yayo", "latin_american"), ("Dado", "bosnian_serbian_croatian"),
    ("Gogo", "bosnian_serbian_croatian"), ("Dzeko", "bosnian_serbian_croatian"), ("Vova", "ukrainian"),
    ("Tomek", "polish"), ("Kuba", "polish"), ("Bartek", "polish"), ("Abdi Boy", "somali"),
    ("Hamza-G", "street"), ("Juju", "street"), ("Cheffen", "swedish"), ("Bamse", "swedish"),
    ("Loco", "latin_american"), ("Kiki", "street"), ("Sasha", "ukrainian"), ("Papi", "latin_american"),
)  # fmt: skip

# Names that are also ordinary Swedish words (sten, bo, björn, vide, dag, liv, klara, mina, lisa, ...).
WORD_GIVEN_NAMES = """Sten Bo Rut Björn Vide Stig Dag Liv Klara Saga Rosa Ros Kaj Karl Bror Tuva Lova Vilja
Iris Lilja Ask Sol Axel Linnea Lo Malva Hugo Per Hans Linda Tina Mina Dina Lisa Fred Viking Siv
Lärka""".split()
WORD_SURNAMES = "Lind Berg Ek Ström Holm Falk Björk Strand Örn Lax Fors Sjö Lönn Hägg Frost Alm Gran".split()
WORD_NAME_ORIGINS = {"Mina": "persian", "Dina": "arabic"}  # all others: swedish

PLACES = (
    "Olof Palmes plats", "Sankt Eriksplan", "Ältasjön", "Fisksätra torg", "Fisksätra station",
    "Älta centrum", "Brandkärrs centrum", "Fisksätra centrum", "Gustav Adolfs torg", "Stora torget",
    "Mariatorget", "Erstaviksbadet", "Hellasgården", "Nyckelviken", "Stensö udde", "Ältadalen",
    "Strålsjön", "Nyköpingsån", "Nyköpingshus", "Sankt Annegatan", "Lasse Majas park", "Oscarsparken",
    "Karl Johans torg", "Sofia kyrkogård", "Kristinehovs park", "Gustavsberg", "Saltsjöbaden",
    "Tattby", "Brunnsbacken", "Hjortensbergs park", "Kungsgårdsparken", "Idrottsparken", "Brandkärrsparken",
    "Ältabergets utsiktsplats", "Fisksätra bryggan", "Erstavik", "Nacka Forum", "Sickla köpkvarter",
    "Oppeby gård", "Arnö", "Harg", "Långsätter", "Stenkulla", "Fiskartorget", "Elsas lekpark",
)  # fmt: skip

INSTITUTIONS = (
    "Sigfridsborgsskolan", "Brandkärrsskolan", "Långbergsskolan", "Mariebergsgården", "Fisksätra skola",
    "Fisksätra fritidsgård", "Ältahallen", "Älta tennishall", "Sankt Eriks gymnasium",
    "Anna Whitlocks gymnasium", "Astrid Lindgrens skola", "Nyköpings gymnasium", "Nyköpings lasarett",
    "Ersta sjukhus", "Sankt Görans sjukhus", "Sophiahemmet", "S:t Nicolai kyrka", "Alla helgona kyrka",
    "Fisksätra kyrka", "Fisksätra bibliotek", "Ältabiblioteket", "Saltsjöbadens samskola",
    "Igelboda skola", "Storängens skola", "Maria Ungdom", "Danderyds sjukhus", "Karolinska sjukhuset",
    "Fisksätra folkets hus", "Älta vårdcentral", "Brandkärrs fritidsgård", "Rosvalla", "Stora Enskede IP",
    "Nacka sportcentrum", "Ältavallen", "Fisksätra IP", "Kunskapsskolan Nacka", "Ellen Keyskolan",
    "Sven Hedins skola", "Eriksdalsbadet", "Magnus Ladulås gymnasium", "Kristina Nilssons förskola",
)  # fmt: skip

STREETS = (
    "Fisksätravägen", "Ältavägen", "Brandkärrsvägen", "Stensövägen", "Almvägen", "Saltsjöbadsvägen",
    "Hjortensbergsvägen", "Västra Storgatan", "Östra Storgatan", "Repslagaregatan", "Bagaregatan",
    "Brunnsgatan", "Fiskarvägen", "Båtsmansvägen", "Skogsövägen", "Ängsvägen", "Lovisedalsvägen",
    "Ekbacksvägen", "Oxelvägen", "Tallbacksvägen", "Idrottsvägen", "Hamnvägen", "Kärrvägen",
    "Gröna gången", "Norra Bangårdsgatan", "Lärkvägen", "Rönnvägen", "Svärdsliljevägen",
)  # fmt: skip

PERSON_STREETS = (
    "Selma Lagerlöfs väg", "Evert Taubes väg", "Nils Ferlins gata", "Dag Hammarskjölds väg",
    "Karin Boyes gata", "Vilhelm Mobergs gata", "Olof Palmes gata", "Birger Jarlsgatan",
    "Gustav Adolfs gata", "Drottning Kristinas väg", "Carl Larssons väg", "Fredrika Bremers väg",
    "Hjalmar Brantings väg", "Harry Martinsons väg", "Pär Lagerkvists väg", "Astrid Lindgrens väg",
    "Greta Garbos väg", "Elsa Brändströms gata", "Gösta Ekmans väg", "Ebba Brahes väg",
)  # fmt: skip

ORGANISATIONS = (
    "Stena Fastigheter", "Nyköpingshem", "HSB", "Rikshem", "Wallenstam", "Securitas", "Avarn", "Nokas",
    "Fryshuset", "Nattvandrarna", "Clas Ohlson", "Gina Tricot", "Åhléns", "Max Hamburgare", "Sibylla",
    "Systembolaget", "Pressbyrån", "ICA Nära", "Coop", "Hemköp", "Apotek Hjärtat", "Svenska kyrkan",
    "Röda korset", "Stadsmissionen", "Sörmlandstrafiken", "SL", "Keolis", "Transdev", "Nobina",
    "Södertörns brandförsvarsförbund", "Nacka kommun", "Nyköpings kommun", "socialtjänsten", "Ellevio",
    "Vattenfall", "Pizzeria Mamma Mia", "Alis Livs", "Jensens Bøfhus", "Dollarstore", "Lindex",
)  # fmt: skip

# Ordinary words that look like names: (phrase, word). The word appears exactly once in the phrase as [word].
WORD_PHRASES = (
    ("[Sten] kastad genom rutan i porten", "Sten"), ("någon har kastat [sten] mot bussen", "sten"),
    ("en stor [björn] sprayad på väggen", "björn"), ("hyresgästen vill inte [bo] kvar", "bo"),
    ("ingen [ström] i trapphuset", "ström"), ("[Rosa] färg sprayad på transformatorn", "Rosa"),
    ("tjej i [rosa] jacka sprang därifrån", "rosa"), ("fick [ros] av boende för snabb sanering", "ros"),
    ("ingen fara för [liv] enl räddningstjänsten", "liv"), ("de sa att de ska [klara] sig själva", "klara"),
    ("[Klara] besked saknas om vem som äger bilen", "Klara"), ("de gick på en [stig] bakom skolan", "stig"),
    ("samma [dag] fanns nytt klotter", "dag"), ("[Dag] och natt rör sig mopeder här", "Dag"),
    ("en äldre [karl] satt kvar på bänken", "karl"), ("två vakter [per] kväll resten av veckan", "per"),
    ("[Per] timme passerar ca 40 mopeder", "Per"), ("de ville inte [lova] något", "lova"),
    ("ingen [vilja] att samarbeta från gruppen", "vilja"), ("en [ask] tändstickor hittad i trappan", "ask"),
    ("[Sol] och värme lockade många till badet", "Sol"), ("mopeden hade böjd [axel]", "axel"),
    ("[Max] 20 personer släpps in i lokalen", "Max"), ("ingen [fred] i huset på helgerna", "fred"),
    ("[Mina] kollegor såg samma grupp igen", "Mina"), ("enl [mina] anteckningar tredje gången", "mina"),
    ("en gammal [ek] bakom förskolan har tappat grenar", "ek"), ("en [lind] har vält över gc-vägen", "lind"),
    ("nedfallen [björk] över gångvägen", "björk"), ("[Strand] och brygga nedskräpade", "strand"),
    ("en [saga] utan slut enl personalen", "saga"), ("[hans] cykel stod kvar vid stället", "hans"),
    ("omhändertogs enl [LOB]", "LOB"), ("ärende till soc enl [LVU] diskuteras", "LVU"),
    ("[Grannen] i 3 tr ringde in", "Grannen"), ("[Mamman] kom och hämtade", "Mamman"),
    ("fiske efter [lax] i ån trots förbud", "lax"), ("[Berg] och skog bakom skolan är mörkt", "Berg"),
    ("träffades vid [kaj] två i gästhamnen", "kaj"), ("en [bror] till en av dem var med", "bror"),
    ("[Fritids] stängde tidigare pga personalbrist", "Fritids"), ("[Vakten] gick en extra runda", "Vakten"),
    ("[Centrum] var lugnt efter kl 21", "Centrum"), ("satt i [sol] på trappan hela em", "sol"),
)  # fmt: skip

TRAKTS = (
    "Fisksätra",
    "Älta",
    "Erstavik",
    "Sicklaön",
    "Brandkärr",
    "Nyköping Brandkärr",
    "Solsidan",
    "Tattby",
)
KVARTER = ("Hjorten", "Spelmannen", "Laxen", "Skräddaren", "Ugglan", "Svärdet", "Vallmon", "Bäcken")
MAIL_DOMAINS = (
    "gmail.com", "hotmail.com", "hotmail.se", "outlook.com", "live.se", "yahoo.se", "telia.com",
    "icloud.com", "nacka.se", "nykoping.se", "stenafastigheter.se", "nykopingshem.se", "protonmail.com",
)  # fmt: skip
BUS_LINES = ("401", "402", "403", "409", "414", "417", "422", "442", "443", "444", "471", "474", "491", "496",
             "1", "2", "3", "4", "5", "6", "515", "701", "801")  # fmt: skip
# letter groups not issued on plates (words) and report abbreviations a plate would clash with
PLATE_BLOCKED = frozenset("SEX KUK FAN GAY NAZ APA BAJ DUM FUL GUD HOR LOB LSD MAO MUS PIS PKK SUP".split())
PLATE_BLOCKED |= frozenset("UFO XXX ONT OND ELD FEL ARG SOS HSB SOC LVU".split())
POLICE_UNITS = ("5000", "1400", "0201", "4000", "3000", "2000", "0480", "7000", "1102")

WEEKDAYS = ("mån", "tis", "ons", "tors", "fre", "lör", "sön")
MONTHS = "januari februari mars april maj juni juli augusti september oktober november december".split()


def _hhmm(rng: random.Random, sep: str) -> tuple[int, str]:
    hour = rng.choice((rng.randint(0, 23), rng.randint(15, 23), rng.randint(19, 23), rng.randint(0, 3)))
    return hour, f"{hour:02d}{sep}{rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55, 12, 37)):02d}"


def time_text(rng: random.Random) -> tuple[str, str]:
    """(surface, look-alike text) of a time of day or an interval, as reporters write it."""
    sep = rng.choice((":", ".", ":", "."))
    hour, start = _hhmm(rng, sep)
    style = rng.randint(0, 5)
    if style == 0:
        end = f"{(hour + 1) % 24:02d}{sep}{rng.choice((0, 15, 30, 45)):02d}"
        text = f"{start}{rng.choice(('–', '-', ' - '))}{end}"
    elif style == 1:
        text = start.replace(sep, "")
    elif style == 2:
        text = f"{hour}-tiden"
    else:
        text = start
    return rng.choice(("", "kl ", "kl. ", "ca ", "kl ", "vid ", "kl ")) + text, text


def date_text(rng: random.Random) -> tuple[str, str]:
    day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 1000))
    wd = WEEKDAYS[day.weekday()]
    d, m, y = day.day, day.month, day.year
    text = rng.choice((
        day.isoformat(), f"{d}/{m}", f"{d}/{m}-{y % 100}", f"{d}.{m}.{y}", f"{d} {MONTHS[m - 1]}",
        f"{d}:e {MONTHS[m - 1]}", f"{wd} {d}/{m}", f"{d} {MONTHS[m - 1][:3]} {y}", f"{y}{m:02d}{d:02d}",
        f"{d:02d}/{m:02d}/{y}", f"{wd}dag {d}/{m}",
    ))  # fmt: skip
    return text, text


def amount_text(rng: random.Random) -> tuple[str, str]:
    value = rng.choice((rng.randint(2, 99) * 50, rng.randint(1, 80) * 500, rng.randint(1, 25) * 1000))
    grouped = f"{value:,}".replace(",", " ")
    text = rng.choice((f"{grouped} kr", f"{value} kr", f"{grouped}:-", f"{value}:-", f"{grouped} kronor",
                       f"{grouped},50 kr", f"SEK {grouped}", f"{grouped} SEK", f"{value // 1000 or 1} tkr",
                       f"{grouped} kr", f"{value}kr"))  # fmt: skip
    return rng.choice(("", "", "ca ", "ungefär ")) + text, text


def week_text(rng: random.Random) -> tuple[str, str]:
    n = rng.randint(1, 52)
    text = rng.choice((f"v. {n}", f"v.{n}", f"v{n}", f"vecka {n}", f"V {n}", f"v {n}", f"v. {n}–{n % 52 + 1}",
                       f"V.{n}", f"vecka {n}-{n % 52 + 1}"))  # fmt: skip
    return text, text


def bus_text(rng: random.Random) -> tuple[str, str]:
    n = rng.choice(BUS_LINES)
    text = rng.choice((f"buss {n}", f"linje {n}", f"bussen {n}", f"{n}:an", f"nattbuss {n}", f"busslinje {n}",
                       f"buss nr {n}", f"{n}:ans buss"))  # fmt: skip
    return text, text


def word_text(rng: random.Random) -> tuple[str, str]:
    """(clause, the name-like word in it)."""
    phrase, w = rng.choice(WORD_PHRASES)
    return phrase.replace("[", "").replace("]", ""), w
