"""People's names of the twenty-fourth blind corpus (tests/blind24_corpus.py): residents' and staff's hasty
texts as they reach the weekly picture, in Nacka, Nyköping, Örebro, Västerås, Jönköping and Luleå.

Typed from the writer's own knowledge of who lives in Swedish towns today (no name package, no list): per
origin a weight, given names, surnames and nicknames; fathers' names written as a middle name; given names
and surnames that are also ordinary Swedish or English words, each with its origin.
"""

from __future__ import annotations


def _w(text: str) -> tuple[str, ...]:
    """Names separated by `/` (a name may hold spaces)."""
    return tuple(n.strip() for n in text.split("/") if n.strip())


NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "von", "van", "de", "af", "der", "da", "dos"})

# origin: (weight, given names, surnames, nicknames)
ORIGINS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "swedish": (
        26.0,
        _w(
            "Elin/Johanna/Kristoffer/Mattias/Ulrika/Jan-Olof/Ann-Britt/Sören/Gunilla/Wilma/Ebba/Melvin/Ossian"
            "/Lars-Göran/Therese/Pernilla/Tobias/Henrik/Agneta/Birgitta/Kenneth/Stina/Alice/Hampus/Linnéa"
            "/Anna Karin/Per-Erik/Sixten/Majvor/Ronja/Leif/Torbjörn/Annelie/Jonatan/Emelie/Rasmus"
        ),
        _w(
            "Lundqvist/Sjöberg/Hedlund/Nordström/Gustafsson/Bergkvist/Engström/Wikström/Holmgren/Sandberg"
            "/Öberg/Ekdahl/Lindholm/Fransson/Åkesson/Westerlund/Blomqvist/Hallberg/Nyström/Ljungberg"
            "/Forsberg/Karlsson/Svensson/Johansson/Danielsson/Törnqvist/Mårtensson/af Wetterstedt/von Post"
        ),
        _w("Kicki/Bosse/Lasse/Jocke/Mirre/Kricke/Pelle/Tobbe/Gugge/Nisse/Affe/Hampe/Pysen"),
    ),
    "finnish": (
        3.0,
        _w("Jari/Pekka/Tuula/Marjatta/Sirpa/Mikko/Janne/Eija/Hannu/Seppo/Päivi/Riikka/Juha"),
        _w("Virtanen/Korhonen/Mäkinen/Heikkinen/Laitinen/Nieminen/Lehtonen/Salonen/Hämäläinen/Kettunen"),
        _w("Mikke/Jartsa/Pena/Sirkku/Juski"),
    ),
    "tornedalian": (
        1.5,
        _w("Esko/Veikko/Aili/Nils-Erik/Helmi/Tage/Raili/Onni"),
        _w("Keskitalo/Alatalo/Pekkari/Vaara/Juntti/Kitti/Niva/Rantatalo"),
        _w("Eski/Veka/Pekkis"),
    ),
    "sami": (
        1.0,
        _w("Ánte/Máret/Elle/Nilsa/Biret/Sunná/Jovnna/Ingá"),
        _w("Labba/Kuoljok/Päiviö/Kuhmunen/Omma/Nutti/Sarri/Utsi"),
        _w("Ante-boy/Nilsi/Máddji"),
    ),
    "somali": (
        6.0,
        _w("Abdirahman/Abdullahi/Hodan/Ayaan/Faduma/Ikran/Sagal/Mohamud/Khadar/Ubah/Liban/Samatar/Filsan"),
        _w("Warsame/Jama/Farah/Osman/Aden/Egal/Guleed/Hirsi/Dirie/Abdulle/Nuur/Mohamed"),
        _w("Abdi-boy/Libo/Khadi/Shuuks/Bashe/Dhere"),
    ),
    "arabic_syria": (
        5.0,
        _w("Yousef/Khaled/Rania/Hiba/Mahmoud/Ruba/Ghaith/Rasha/Bashar/Nour/Tarek/Dima"),
        _w("Haddad/Al-Hamwi/Khatib/Darwish/Sabbagh/Shami/Kassab/Halabi/Sweid/Zein"),
        _w("Abu Tarek/Hamoudi/Yoyo/Khalo"),
    ),
    "arabic_iraq": (
        4.0,
        _w("Mustafa/Zainab/Hussein/Ammar/Safa/Haider/Zahraa/Qusay/Noor/Alaa"),
        _w("Al-Jabouri/Kadhim/Al-Saadi/Jassim/Hamid/Al-Obaidi/Mahdi/Abbas"),
        _w("Mosse/Hassouni/Abu Ali/Zozo"),
    ),
    "lebanese": (
        1.5,
        _w("Rami/Hadi/Maya/Jad/Nadine"),
        _w("Nasrallah/Haddad-Saab/Khoury/Fakih"),
        _w("Ramz/Jaddo"),
    ),
    "palestinian": (
        1.5,
        _w("Mohanad/Samir/Lina/Wafaa/Basel"),
        _w("Abu Khalil/Shaath/Barghouti/Odeh"),
        _w("Moha/Sammo"),
    ),
    "moroccan": (
        1.0,
        _w("Youssra/Hicham/Karim/Soufiane"),
        _w("El Amrani/Bennani/Ouali/El Idrissi"),
        _w("Soffe"),
    ),
    "kurdish": (
        3.0,
        _w("Rezan/Dilan/Baran/Shilan/Kawa/Rojda/Azad/Hêvî/Serhat"),
        _w("Zebari/Barzani/Rashid/Tofiq/Mirani/Doski"),
        _w("Kako/Rezo/Azzo"),
    ),
    "persian": (
        3.5,
        _w("Parisa/Kaveh/Shirin/Arash/Golnaz/Behrouz/Nasrin/Dariush/Ladan/Omid"),
        _w("Ahmadi/Rezaei/Mohammadi/Karimi/Jafari/Hosseini/Tehrani/Sadeghi"),
        _w("Dadash/Kavi/Shiri"),
    ),
    "afghan": (
        4.0,
        _w("Mahdi/Farid/Zahra/Mursal/Habibullah/Shabnam/Sayed Ali/Nasima/Khalil/Mujtaba"),
        _w("Hakimi/Sultani/Rahimi/Noorzai/Popal/Wardak/Amiri/Stanekzai"),
        _w("Habib/Faro/Mujo"),
    ),
    "eritrean": (
        3.0,
        _w("Yonas/Semhar/Filmon/Selam/Daniel/Luwam/Mehari/Winta/Robel"),
        _w("Tesfay/Gebremedhin/Haile/Kidane/Berhane/Tekle/Weldemichael"),
        _w("Fili/Semi/Yoni"),
    ),
    "ethiopian": (
        1.5,
        _w("Dawit/Meron/Abebe/Hirut/Yared"),
        _w("Tadesse/Bekele/Alemu/Girma"),
        _w("Dave-D/Mero"),
    ),
    "turkish": (
        3.0,
        _w("Emre/Elif/Burak/Ayşe/Mehmet/Zeynep/Kerem/Serkan/Gülşen"),
        _w("Yılmaz/Demir/Kaya/Öztürk/Aydın/Şahin/Çelik/Doğan"),
        _w("Memo/Ekko/Bucko"),
    ),
    "assyrian": (
        2.0,
        _w("Gabriel/Ninos/Shamiram/Aday/Sargon/Nahrin/Jacob"),
        _w("Gabriel-Isik/Yakoub/Shabo/Barsom/Malke/Aho"),
        _w("Gabbe/Ninno/Sargo"),
    ),
    "bosnian": (
        2.5,
        _w("Amir/Emina/Adnan/Selma/Mirza/Lejla/Edin/Aida"),
        _w("Hodžić/Begović/Mehmedović/Hasanović/Kovačević/Delić"),
        _w("Miki/Edo/Amko"),
    ),
    "serbian": (
        1.5,
        _w("Dragan/Milica/Nikola/Jelena/Goran"),
        _w("Petrović/Jovanović/Nikolić/Ilić"),
        _w("Gagi/Dragi"),
    ),
    "croatian": (1.0, _w("Ivana/Tomislav/Marija/Ante"), _w("Horvat/Babić/Marić/Knežević"), _w("Tomo/Ivi")),
    "kosovo_albanian": (
        2.0,
        _w("Arben/Blerta/Driton/Valon/Fatmire/Besnik/Donika"),
        _w("Krasniqi/Berisha/Gashi/Hoxha/Shala/Morina"),
        _w("Beni/Doni/Vali"),
    ),
    "polish": (
        3.0,
        _w("Katarzyna/Tomasz/Agnieszka/Paweł/Magdalena/Krzysztof/Joanna/Łukasz"),
        _w("Nowakowski/Wiśniewska/Kowalczyk/Zielińska/Mazur/Wójcik/Kamiński"),
        _w("Kasia/Tomek/Gosia/Krzysiek"),
    ),
    "romanian": (
        1.5,
        _w("Ionuț/Andreea/Florin/Mihaela/Cosmin"),
        _w("Popescu/Ionescu/Dumitru/Stan"),
        _w("Flo/Ionel"),
    ),
    "ukrainian": (
        2.0,
        _w("Oksana/Andrii/Olena/Taras/Iryna/Bohdan/Yulia"),
        _w("Shevchenko/Kovalenko/Bondarenko/Tkachuk/Melnyk"),
        _w("Tarasyk/Olenka/Bodya"),
    ),
    "russian": (
        1.0,
        _w("Dmitrij/Natalja/Sergej/Olga"),
        _w("Ivanova/Smirnov/Kuznetsov/Volkova"),
        _w("Dima/Serjozja"),
    ),
    "estonian": (1.0, _w("Kadri/Tõnu/Piret/Margus"), _w("Tamm/Saar/Kask/Mägi"), _w("Tõnts")),
    "chilean": (
        2.0,
        _w("Camila/Matías/Francisca/Rodrigo/Javiera/Cristián"),
        _w("González Soto/Muñoz/Rojas/Contreras/Sepúlveda/de la Fuente"),
        _w("Pancho/Cami/Rorro"),
    ),
    "thai": (
        1.5,
        _w("Siriporn/Nattaya/Somchai/Pranee/Kanya"),
        _w("Srisuk/Boonmee/Chaiyaporn/Wongsa"),
        _w("Noi/Nok"),
    ),
    "vietnamese": (1.0, _w("Thi Lan/Minh/Huong/Quang"), _w("Nguyen/Tran/Pham/Vu"), _w("Minnie")),
    "chinese": (1.0, _w("Wei/Xiaoling/Jun/Mei"), _w("Zhang/Liu/Chen/Huang"), _w("Xiao-Xiao")),
    "filipino": (
        1.0,
        _w("Maricel/Jerome/Rowena/Arnel"),
        _w("Santos/dos Reyes/Villanueva/Bautista"),
        _w("Jojo/Weng"),
    ),
    "indian": (
        1.5,
        _w("Priya/Rahul/Anjali/Vikram/Deepa"),
        _w("Sharma/D'Souza/Iyer/Patel/Nair"),
        _w("Vicky/Pinky"),
    ),
    "pakistani": (1.0, _w("Imran/Sana/Bilal/Ayesha"), _w("Qureshi/Chaudhry/Malik/Akhtar"), _w("Billu")),
    "nigerian": (
        1.5,
        _w("Chinedu/Ngozi/Emeka/Adaeze/Tunde/Folake"),
        _w("Okafor/Adeyemi/Nwosu/Balogun/Eze"),
        _w("Chi-Chi/Emmy-E/Tunz"),
    ),
    "ugandan": (1.0, _w("Esther/Moses/Brenda/Ivan"), _w("Okello/Nakato/Mugisha/Ssempala"), _w("Mosh")),
    "gambian": (1.0, _w("Lamin/Fatou/Ebrima/Isatou"), _w("Jallow/Ceesay/Touray/Sanneh"), _w("Ebou")),
    "irish": (1.0, _w("Siobhan/Declan/Aoife/Ciarán"), _w("O'Brien/O'Sullivan/O'Neill/Byrne"), _w("Decko")),
    "english": (1.0, _w("Charlotte/Oliver/Hannah/James"), _w("Thompson/Clarke/Whitfield/Harris"), _w("Olly")),
    "german": (1.5, _w("Jürgen/Katrin/Matthias/Anke"), _w("Schneider/Hoffmann/von Bülow/Krüger"), _w("Jogi")),
    "greek": (
        1.0,
        _w("Nikos/Eleni/Giorgos/Despina"),
        _w("Papadopoulos/Georgiou/Konstantinidis"),
        _w("Giorgaki"),
    ),
    "hungarian": (1.0, _w("Zoltán/Erzsébet/Attila/Krisztina"), _w("Nagy/Szabó/Tóth/Kovács"), _w("Zoli")),
}

# Fathers' names, written between given name and surname (Somali, Arabic, Afghan, Eritrean custom).
FATHERS: dict[str, tuple[str, ...]] = {
    "somali": _w("Abdi/Nur/Yusuf/Hassan/Ismail/Omar"),
    "arabic_iraq": _w("Kareem/Salim/Jawad"),
    "afghan": _w("Ghulam/Mohammad/Sarwar"),
    "eritrean": _w("Tsegay/Ghebre/Asmerom"),
    "ethiopian": _w("Worku/Desta"),
    "palestinian": _w("bin Saleh/Fathi"),
}

# Given names that are ordinary Swedish or English words, with their origin.
WORD_FIRST: tuple[tuple[str, str], ...] = (
    ("Vilja", "swedish"),
    ("Malva", "swedish"),
    ("Vide", "swedish"),
    ("Saga", "swedish"),
    ("Linnea", "swedish"),
    ("Dag", "swedish"),
    ("Axel", "swedish"),
    ("Tyra", "swedish"),
    ("Iris", "swedish"),
    ("Viola", "swedish"),
    ("Gift", "nigerian"),
    ("Precious", "nigerian"),
    ("Blessing", "nigerian"),
    ("Mercy", "ugandan"),
    ("Patience", "ugandan"),
    ("Joy", "filipino"),
    ("Hope", "irish"),
    ("Sky", "thai"),
    ("Nova", "chilean"),
    ("Sol", "swedish"),
)
# Surnames that are ordinary Swedish or English words, with their origin.
WORD_SURNAMES: tuple[tuple[str, str], ...] = (
    ("Hägg", "swedish"),
    ("Rönn", "swedish"),
    ("Asp", "swedish"),
    ("Kvist", "swedish"),
    ("Hjort", "swedish"),
    ("Lilja", "swedish"),
    ("Malm", "swedish"),
    ("Rask", "swedish"),
    ("Frost", "swedish"),
    ("Vinter", "swedish"),
    ("Sommar", "swedish"),
    ("Brink", "swedish"),
    ("Falk", "swedish"),
    ("Stål", "swedish"),
    ("Blind", "sami"),
    ("Young", "english"),
    ("Baker", "english"),
    ("Bird", "irish"),
    ("Moss", "english"),
    ("Ek", "swedish"),
)
# An origin's share of ordinary draws that take one of its word names (given, surname).
WORD_SHARE: dict[str, tuple[float, float]] = {
    "swedish": (0.02, 0.03),
    "nigerian": (0.05, 0.0),
}
