"""Vocabulary of the fourth blind redaction corpus (issue 14), written from scratch for it.

Names by origin, in rough proportion to how they turn up in Swedish reports today, plus the look-alikes
that must survive. Written without reading the redaction rules, their name lists or the earlier corpora.
"""

from __future__ import annotations


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _l(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


# origin -> (first names, surnames, weight). Hyphenated, particled and double names are written as they
# would be in a report; "|" separates entries that contain spaces.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], int]] = {
    "swedish": (
        _w(
            "Anna Eva Karin Kristina Lena Sara Emma Johanna Elin Linnéa Maja Ebba Alva Wilma Ellen "
            "Agnes Ida Moa "
            "Tove Malin Jessica Ulla Birgitta Gunilla Inger Agneta Therese Frida Hedvig Stina Majken "
            "Erik Lars "
            "Karl Anders Johan Mikael Jan Peter Hans Thomas Daniel Fredrik Oscar Lucas William Hugo "
            "Liam Elias "
            "Viktor Jonas Magnus Mattias Gustav Kalle Olle Nils Axel Lennart Göran Bengt Sven Ulf Kjell Leif "
            "Per-Olof Jan-Erik Ann-Sofie Eva-Lena Lars-Göran Sixten Melker Ludvig Tyra Siri "
            "Greta Hampus Jocke"
        ),
        _l(
            "Andersson|Johansson|Karlsson|Nilsson|Eriksson|Larsson|Olsson|Svensson|Gustafsson|Pettersson|"
            "Jonsson|Jansson|Hansson|Bengtsson|Jönsson|Lindberg|Jakobsson|Magnusson|Olofsson|Lindström|"
            "Lindqvist|Lindgren|Axelsson|Bergström|Lundberg|Lundgren|Lundqvist|Mattsson|Berglund|Fredriksson|"
            "Sandberg|Henriksson|Forsberg|Sjöberg|Wallin|Engström|Eklund|Danielsson|Håkansson|Lundin|Bergman|"
            "Gunnarsson|Wikström|Samuelsson|Isaksson|Fransson|Bergqvist|Nyström|Holmberg|Arvidsson|Löfgren|"
            "Söderberg|Nyberg|Blomqvist|Claesson|Nordström|Mårtensson|Viklund|Björklund|Eliasson|Pålsson|"
            "Berggren|Sandström|Nordin|Åberg|Hermansson|Ekström|Holmgren|Sundberg|Hedlund|Dahlberg|Sjögren|"
            "Öberg|Hägglund|Westerlund|Grahn|Zetterqvist|Ljungqvist|Rydén|Wahlberg|Kvarnström|Strömgren|"
            "af Klercker|von Essen|Ström-Hedlund|Lind Ahmadi|Berg Nilsson|Palm|Modig|Tjäder"
        ),
        40,
    ),
    "nordic": (
        _w("Sigrid Ole Jens Mette Torbjørn Ingrid Rasmus Søren Kari Guðrún Einar Dagny Birk Trine Halvard"),
        _w("Haugen Bakke Kristensen Sørensen Sigurdsson Nygaard Halvorsen Christiansen Dahl Jóhannsdóttir"),
        3,
    ),
    "finnish": (
        _w(
            "Jukka Pirjo Seppo Tuula Matti Kaarina Juha Eija Riitta Pekka Tuomas Aino Sirpa Jari "
            "Heikki Marjatta"
        ),
        _w(
            "Virtanen Mäkinen Nieminen Korhonen Heikkinen Hämäläinen Koskinen Kallio Lehtonen "
            "Salminen Järvinen "
            "Mäki-Kuutti Hiltunen Rautiainen Kyllönen Peltola Savolainen Tikkanen"
        ),
        6,
    ),
    "arabic": (
        _w(
            "Ahmed Mohammed Omar Khaled Yousef Fatima Aisha Rania Layla Hussein Bilal Nour Mustafa Ibrahim "
            "Amira Hiba Tariq Samir Walid Rasha Hamza Yasmin Jamal Zainab Karim Ola Majid Salma"
        ),
        _l(
            "Haddad|Al-Sayed|Khalil|Saleh|Hamdan|Mansour|Nasser|al-Jabouri|Abu Khalil|Darwish|Suleiman|"
            "Shaker|Al-Hassani|Younis|Abdallah|el-Masri|Qasim|bin Saad|Alwan|Hammoud|Kassem|Fakhouri"
        ),
        12,
    ),
    "somali": (
        _w("Abdirahman Hodan Fartun Mahad Ayaan Hamse Ilhan Sahra Abdullahi Hibaaq Warsan Liban Deeqa Guled"),
        _w("Warsame Farah Hirsi Jama Nur Abdi Osman Yusuf Aden Guleed Dahir Egal Mohamud Shire"),
        6,
    ),
    "persian": (
        _w("Dariush Shirin Babak Parisa Kaveh Nasrin Arash Ladan Mehrdad Golnar Reza Maryam Navid Setareh"),
        _w("Rahimi Tehrani Moradi Rezaei Jafari Sadeghi Ghorbani Rostami Heidari Kazemi Ahmadi Farahani"),
        5,
    ),
    "kurdish": (
        _w("Rebin Shilan Dilan Berivan Rojda Karwan Soran Zana Hozan Nishtiman Aram Bahar Diyar Helin"),
        _w("Hawrami Doski Sindi Zebari Baban Rashid Mahmoud Barzinji Hasan Amedi Kurdi Xoshnaw"),
        4,
    ),
    "turkish": (
        _w("Emre Burak Elif Zeynep Mehmet Ayşe Hakan Serkan Derya Cem Ebru Murat Tuğba Onur"),
        _w("Yılmaz Yilmaz Demir Kaya Çelik Şahin Öztürk Arslan Doğan Aydın Koç Kılıç Polat"),
        4,
    ),
    "bcs": (
        _w(
            "Amir Emina Dragan Jelena Mirza Ivana Nikola Adnan Selma Edin Senad Goran Marija Tarik Dino Vesna"
        ),
        _w(
            "Hodžić Begović Petrović Jovanović Hadžić Kovačević Marković Mehmedović Delić Mujić Halilović "
            "Nikolić Babić Husić Hodzic Kovacevic Omerović"
        ),
        4,
    ),
    "polish": (
        _w("Paweł Katarzyna Tomasz Agnieszka Marek Piotr Magdalena Krzysztof Ewa Łukasz Joanna Wojciech"),
        _w(
            "Nowak Kowalska Wiśniewski Wójcik Kamiński Lewandowski Zielińska Szymański Dąbrowska Kozłowski "
            "Mazur Krawczyk Wisniewski"
        ),
        3,
    ),
    "eritrean": (
        _w("Yonas Selam Filmon Senait Meron Biniam Helen Ruta Tesfay Semhar Aron Luwam Habtom"),
        _w("Tesfaye Gebremedhin Haile Berhane Tekle Kidane Woldu Ghebreyesus Mehari Tsegay Abraha"),
        3,
    ),
    "afghan": (
        _w(
            "Habibullah Rahmatullah Zabihullah Shukria Mursal Ahmad Farid Gulalai Mohammad Sadia Nasir "
            "Wahid Freshta Jawad"
        ),
        _w("Popal Noori Sultani Wardak Safi Stanikzai Ahmadzai Karimi Hosseini Azizi Rahmani Hotak"),
        4,
    ),
    "assyrian": (
        _w("Sargon Ninos Ninwa Shamiram Aday Robil Ramina Gabriel Ilona Shlemun Nahrin Afrem Sabrina"),
        _w("Barsom Lahdo Ishak Shamoun Danho Kourie Saliba Malke Sabo Yakoub Isik Gabro"),
        3,
    ),
    "albanian": (
        _w("Arben Blerta Driton Valon Fatmire Besnik Arta Leutrim Drita Visar Albulena Shkumbin"),
        _w("Krasniqi Gashi Berisha Hoxha Morina Shala Kelmendi Bytyqi Rexhepi Hyseni Zeqiri"),
        3,
    ),
    "sami": (
        _w("Máret Ánte Sunna Elle-Márjá Áilu Risten Nils-Henrik Inga Jovnna Biret Per-Anders Sara-Márjá"),
        _w("Sarri Labba Kuoljok Utsi Päiviö Tuolja Pittja Länta Omma Spik Blind"),
        1,
    ),
    "thai": (
        _w("Siriporn Somchai Malee Nattaya Kanya Pimchanok Suda Wanida Arunee Chai"),
        _w("Wongsawat Thongdee Srisuk Chaiyaporn Phrommin Saetang Boonmee Kaewkla"),
        2,
    ),
    "vietnamese": (
        _w("Lan Hung Minh Duc Trang Tuan Mai Linh Quang Thao"),
        _w("Nguyen Tran Le Pham Hoang Vu Dang Bui Do"),
        2,
    ),
    "chinese": (
        _w("Wei Fang Jing Yang Min Xin Hao Yan Lei Ying"),
        _w("Zhang Wang Li Chen Liu Huang Zhou Wu Xu Sun"),
        2,
    ),
    "ukrainian": (
        _w("Oleksandr Olena Iryna Dmytro Andrii Yuliia Serhii Nataliia Bohdan Oksana Taras Viktoriia"),
        _w("Kovalenko Bondarenko Tkachenko Shevchuk Melnyk Kravchenko Boiko Moroz Lysenko Savchenko"),
        3,
    ),
    "romani": (
        _w("Milos Rosita Janko Angelina Dragomir Sofia Lazar Miranda Fernando Bella"),
        _w("Taikon Caldaras Lakatos Demeter Kwiek Dimitri Bogdan Stankovic"),
        2,
    ),
    "latin": (
        _w("Carlos Camila Jorge Valentina Diego Paola Rodrigo Ximena"),
        _w("Muñoz Rojas Contreras Fuentes Soto Araya Gonzalez Vergara"),
        2,
    ),
}

# First names and surnames that are also ordinary Swedish words (en sten, rosa, en ek, ...).
WORD_FIRST = _w(
    "Sten Björn Rosa Stig Bo Dag Liv Saga Klara Iris Vilja Lo Mina Lina Jasmin Tor Bror Ask Örn Varg"
)
WORD_SURNAMES = _w("Ek Alm Ros Berg Falk Strand Holm Lind Fors Björk Lax Hägg Kvist Sjö Ström Blom")

NICKNAMES = _l(
    "Abbe|Ibbe|Mackan|Kenta|Tompa|Lillis|Snorre|Bamse|Chico|Zizou|Boss-Ali|Tuffa|Lill-Mo|Dogge|Molle|"
    "Jonte|Pidde|Zacke|Shadow|Ghost|Killer-K|Ziggy|Lill-Hamza|Smurfen|Prinsen|Gringo|Tjorven|Stuvan|"
    "Baba-K|Mille|Figgan|Slimmy|Nocco|Kapten|Bebben|Yasse|Dino-D|Sillen"
)

# Role words before a surname, as staff write them (with and without the definite form).
ROLES = _l(
    "väktare|väktaren|ordningsvakt|ordningsvakten|OV|trygghetsvärd|trygghetsvärden|fältassistent|fältaren|"
    "fältare|kommunpolis|polisassistent|inspektör|fritidsledare|fritidsledaren|fastighetsskötare|husvärden|"
    "kvartersvärd|bovärd|förvaltare|rektor|kurator|socialsekreterare|skolvärd|områdesansvarig|vakt"
)
ROLE_TITLES = _l(
    "Trygghetsvärd|Fältassistent|Väktare|Ordningsvakt|Kommunpolis|Fritidsledare|Fastighetsskötare|"
    "Bovärd|Områdeschef|Förvaltare|Samordnare EST|Fältsekreterare|Nattvandrare|Husvärd|Polisinspektör"
)

# Look-alikes that must survive (kind -> texts).
PLACES = _l(
    "Fisksätra centrum|Älta centrum|Älta tennishall|Fisksätra station|Fisksätra torg|Älta torg|"
    "Brandkärrstorget|Fisksätra bibliotek|Ältasjön|Erstaviken|Fisksätra marina|Brandkärrs IP|"
    "Fisksätra sporthall|Nyköpings resecentrum|Stora torget|Brandkärrs centrum|Ältabadet|Fisksätra holme|"
    "Saltsjöbadens station|Ältadalen"
)
INSTITUTIONS = _l(
    "Brandkärrsskolan|Långbergsskolan|Sigfridsborgsskolan|Mariebergsgården|Fisksätra fritidsgård|"
    "Nacka kommun|Nyköpings kommun|socialtjänsten|Vårdcentralen Fisksätra|Fisksätra skola|"
    "Sörmlandskustens räddningstjänst|Ältaskolan|Fisksätra folkets hus|Nacka gymnasium|Polisen Nacka|"
    "fältgruppen|Brandkärrs förskola|Älta fritidsgård"
)
STREETS = _l(
    "Brandkärrsvägen|Ältavägen|Fisksätra allé|Lärkstigen|Smedjegatan|Kvarnbacken|Ringvägen|Oxelvägen|"
    "Sandåsvägen|Skärgårdsvägen|Stensövägen|Sjöbodsvägen|Tallåsvägen|Tunnelgatan|Hagtornsvägen"
)
ADDRESS_STREETS = _l(
    "Brandkärrsvägen|Ältavägen|Fyrspannsvägen|Almvägen|Båtsmansvägen|Fiskargränd|Mörtstigen|Hjortvägen|"
    "Utsiktsvägen|Brunnsgatan|Långbergsvägen|Rönnbärsstigen|Grindstugevägen|Snickarbacken|Kalkbruksvägen"
)
PERSON_STREETS = _l(
    "Olof Palmes gata|Selma Lagerlöfs väg|Dag Hammarskjölds väg|Astrid Lindgrens gata|Alfred Nobels allé|"
    "Karl Johans torg|Gustav Vasas gata|Anna Whitlocks gata"
)
ORGANISATIONS = _l(
    "Stena Fastigheter|Nyköpingshem|Wallenstam|HSB|Rikshem|Securitas|Avarn Security|Nokas|"
    "Hyresgästföreningen|Nattvandrarna|Röda korset|Fisksätra IF|Fryshuset|ABF|Studiefrämjandet|"
    "Nyköpings BIS|Svenska kyrkan|Ältas Ungdomsråd"
)
TIMES = _l(
    "kl 22.30|22:30|kl. 02.15|kl 19|vid 21-tiden|kl 23:45|kl 0130|kl.16.40|runt 20.00|kl 03|"
    "mellan 22 och 01|kl 18.15|strax efter 21|kl 00.30|17:05"
)
DATES = _l(
    "12/3|12 mars|2026-03-12|fredag 14/11|den 3 december|lör 6/12|2025-11-28|28.11|"
    "den 1 maj|natten mot 15/11|30 april|2026-01-09|sö 7/12|måndag 24/11|13:e dec"
)
AMOUNTS = _l(
    "4 500 kr|12 000 kronor|850:-|ca 30 000 kr|2500 kr|15 tkr|1 200 kr|45 000 SEK|3 750,50 kr|"
    "ca 8000:-|200 000 kr|600 kr"
)
WEEKS = _l("v. 47|vecka 12|v47|V.48|vecka 49|v 50|vecka 2|v.51|vecka 46|v 3")
BUS_LINES = _l("buss 401|linje 471|bussen 443|buss 414|linje 701|bussarna 402 och 403|nattbuss 494|linje 25")
