"""Build lagesbild/data/names_world.txt: given names and surnames beyond the Swedish top-500 lists.

Sources (all open): the person providers of Faker 40.54.0 (MIT licence; the wheel is read, Faker is no
dependency of the product) for the languages most common among Swedish residents born abroad:
Ukrainian and Russian (Cyrillic, written out in four common Latin spellings), Polish, Bosnian/Croatian/
Serbian/Slovenian/Macedonian/Bulgarian, Finnish, Turkish/Azerbaijani/Uzbek, Algerian and Pakistani,
Spanish (Spain and Latin America) and Brazilian Portuguese, Nigerian, Kenyan and Swahili, Vietnamese,
Indian, German, Italian, French, Central European, Baltic, Armenian, Georgian and Ghanaian; plus a
hand-written list of romanised Arabic, Somali, Persian/Dari, Kurdish, Tigrinya, Amharic and West African names
(no open romanised list exists).
Since stop 27 also scripts/hand_names_more.py (Thai, South Asian, Chinese, Assyrian, Eritrean and
Ethiopian, Albanian, Persian, Afghan, Kurdish, Greek, Filipino, Sami and older Nordic names), filtered as
the Nordic and English lists are.

Filter: a name is dropped when it is a Swedish word (Debian's `wswedish` word list, Latin-1,
/usr/share/dict/swedish), a place or organisation of NOT_NAMES or the context places, shorter than
three letters, or on the stop list below (car brands, English words).

Run once by hand; the output is committed:
    pip download faker==40.54.0 --no-deps -d /tmp/fk && unzip -q /tmp/fk/*.whl -d /tmp/fk/x
    apt-get install wswedish wbritish
    PYTHONPATH=.:/tmp/fk/x .venv/bin/python scripts/build_name_lists.py [POLICE_EVENTS.json.gz]
"""

from __future__ import annotations

import csv
import gzip
import importlib
import json
import re
import sys
import unicodedata
from pathlib import Path

from lagesbild.privacy.names import NOT_NAMES, SWEDISH_FIRST_NAMES, SWEDISH_LAST_NAMES

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hand_names_more import HAND_FIRST_MORE, HAND_LAST_MORE

OUT = Path(__file__).resolve().parents[1] / "lagesbild" / "data" / "names_world.txt"
WORDS = Path("/usr/share/dict/swedish")
PLACES = Path(__file__).resolve().parents[1] / "lagesbild" / "data" / "context_places.csv"
LOCALES = """uk_UA ru_RU pl_PL hr_HR sl_SI mk_MK bg_BG fi_FI tr_TR az_AZ uz_UZ fr_DZ en_PK es es_ES es_MX
es_AR es_CL es_CO pt_BR ro_RO en_NG yo_NG ig_NG ha_NG sw en_KE vi_VN en_IN de_DE it_IT fr_FR hu_HU cs_CZ
sk_SK lt_LT lv_LV et_EE hy_AM ka_GE tw_GH zh_CN zh_TW en_TH""".split()
# Stop 26 (issue 14: "widen the name lists"): the Latin-script lists of the English-, Dutch-, Nordic-,
# German- and French-speaking countries, Portugal and Indonesia, and South Africa's Zulu names. Their names
# are also dropped when they are English words (Debian's `wbritish`, /usr/share/dict/british-english: a
# word there in lowercase, `hill`, `green`, `smith`), since these lists hold many (`Hope`, `Hill`, `Young`).
MORE_LOCALES = """en en_GB en_IE en_NZ en_US ga_IE nl_NL nl_BE da_DK no_NO is_IS de_AT de_CH fr_BE fr_CH
pt_PT id_ID zu_ZA""".split()
ENGLISH = Path("/usr/share/dict/british-english")
# ... and when they occur anywhere in the police's public summaries (the copy in ../shared/real_data, the
# same file scripts/build_place_words.py reads; no text of it is shipped): those texts name places, roads
# and things, rarely a person, so a name of these lists found there is a village (`Ava`, `Arrie`, `Levar`),
# a word (`mack`, `sophus`) or a typo (`nott`) more often than a person.
POLICE_EVENTS = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "real_data"
    / "polisen_events_2022_2026_excl_nacka_nykoping.json.gz"
)
STOP = frozenset(
    """maxi famil glen olympia roma vasa siljan sanda rute veda albano mesak paramon antti anttis
    mercedes audi toyota tesla volvo saab honda mazda opel skoda seat lada kia ford porsche jaguar
    alfa romeo fiat dacia nissan subaru lexus will hope grace joy faith rose lily may june april august
    summer winter autumn dawn sky star angel king queen prince princess major rich sunny bill mark
    guy page hunter miller baker cook carter mason taylor may fisher price love justice happy lucky
    sol mar paz luz cruz mora rey sal flor reina gran bonito blanco negro rojo verde santo santa iglesia
    polis police ambulans centrum torget skola park station kiosk hall arena forum museum
    kurva sala vara lara mina boka kola mala pola rosa""".split()
)
# Romanised names of the Arab world, Somalia, Iran/Afghanistan, Kurdistan, Eritrea/Ethiopia that the
# Swedish lists lack (hand-written; common spellings side by side).
HAND_FIRST = """Abdikarim Abdikadir Abdiqani Abdisalam Abdiwali Abdirashid Abdifatah Abdinasir Abdulkarim
Abdulrahman Abdelrahman Abdalla Abdallah Abdelaziz Abdulaziz Abdulhadi Abdulmajid Abdulwahab Abubakar
Abukar Adan Aden Ahmed Ahmadullah Ajmal Akram Alaa Alaa Amjad Amro Anwar Arif Asad Asaad Ashraf Ayman
Ayoub Ayub Azad Bashir Basim Bassam Bilal Burhan Dalia Diyar Dunia Duniya Ebrahim Faisal Fahad Fahd
Farhan Farhad Fardowsa Farhiya Fariba Farida Farzaneh Farzad Fatemeh Fereshteh Ghulam Habib Habiba Hafsa
Hakim Halima Hamdi Hanan Haroun Harun Hawo Hayat Hodan Hussam Iman Imran Issa Jawad Jihad Kadra Kamran
Karwan Khadar Khadra Khalil Kourosh Kurosh Leyla Mahmood Mahad Mahamed Maryan Masoud Mehran Mehrdad
Mohsen Mojtaba Muna Munira Mursal Mustaf Naima Nasra Nasrin Nawal Nazir Nima Nimco Omran Osama Parwin
Qadir Rahma Rashid Rawan Reza Rukia Ruqiya Sabrina Sadia Safiya Sahar Samatar Samiya Shamsa Shukri
Shirwa Siad Sohrab Suad Sumaya Taha Tahir Tareq Yasmeen Yonas Yusra Zahir Zakariye Zamzam Zeinab Zubeyr
Abdiaziz Abdijabar Abdimalik Hamza Hashim Hasna Hibaaq Hooyo Huda Idil Ikram Ismahan Jamila Kaltun
Luul Maslah Mowlid Muse Najma Nuriya Qamar Ridwan Sagal Saynab Sucaad Warsan Yasir Zakia Ahmadzai
Aziza Behnam Bijan Darius Dariush Ehsan Elham Farshid Golnar Hamid Hooman Jafar Kazem Keyvan Laleh Mahsa
Maziar Milad Mina Morteza Nader Nasim Parisa Pegah Pooya Pouya Reyhaneh Sahand Sanaz Shadi Shervin
Shiva Soheil Soraya Taraneh Vahid Yalda Yasaman Zohreh Zainab Zohra Abraham Aklilu Berhane Dawit
Eyerusalem Fikre Ghebre Haile Kidane Mebrahtu Mehari Mulugeta Natnael Senait Semere Tekle Tesfaye
Tsegay Yemane Yordanos Zewdi Azad Bahoz Berivan Dilan Hevin Jiyan Rojda Rojin Shilan Zana Zryan
Oleksandr Oleksandra Olena Oksana Iryna Yulia Yuliia Tetiana Tatiana Andrii Dmytro Serhii Sergei Sergey
Volodymyr Mykola Svitlana Viktoriia Kateryna Anastasiia Anastasia Maksym Artem Bohdan Denys Vitalii Yurii
Ihor Taras Oleh Vasyl Halyna Liudmyla Ludmila Nataliia Olha Olga Larysa Valentyna Dmitrij
Dmitry Aleksandr Aleksei Alexei Nikolai Vladimir Mikhail Pavel Ekaterina Yekaterina Svetlana Tatjana
Kamil Łukasz Lukasz Wojciech Krzysztof Grzegorz Agnieszka Katarzyna Małgorzata Joanna Dorota Beata
Santiago Mateo Valentina Camila Sofía Diego Jorge Javier Andrés Camilo Sebastián Gabriela Fernanda
Alejandra Daniela Mariana Luciana Rodrigo Gonzalo Ricardo Fernando Eduardo Alvaro Álvaro Nicolás
Lamin Lamine Awa Fatou Fatoumata Ousman Ousmane Modou Ebrima Alieu Mariama Binta Isatou Bakary Sainey
Kebba Mamadou Aminata Abdoulaye Moussa Kadiatou Kwame Kofi Ama Akua Chinedu Ngozi Oluwaseun Tunde""".split()
HAND_LAST = """Abdikadir Abdulkadir Abdirahman Abdullahi Aden Adan Ahmadzai Al-Hashimi Al-Hassan Al-Ali
Al-Amin Al-Khatib Al-Sayed Al-Obaidi Al-Jaberi Al-Saadi Al-Tamimi Al-Zubaidi Alizadeh Amiri Ansari
Askari Azimi Bakhtiari Barzani Darwish Egeh Farah Guled Haidari Hashemi Hersi Ibrahimi Jafari Jibril
Kazemi Khalaf Khoury Mahdavi Moradi Mousavi Nazari Noori Nouri Omar Qasim Qureshi Rahmani Rostami Sabri
Sadeghi Salehi Samatar Shahidi Sharif Sheekh Tahir Tehrani Warsame Yusuf Zadeh Mohamud Abdi Elmi Egal
Jama Hussein Gedi Ismail Nur Hashi Samater Dirie Duale Mohamed Yasin Tesfamariam Ghebremedhin Haile
Tekle Berhe Kidane Gebru Tesfay Woldu Habte Mengistu Amanuel Rezaei Karimi Rahimi Sultani Hosseini
Ahmadi Noorzai Popal Stanekzai Wardak Haqqani Nasiri Sarwari Naseri Hamidi Habibi Taheri Akbari
Ebrahimi Ghorbani Hosseinzadeh Jalali Kamali Mirzaei Najafi Rahimzadeh Safari Shirazi Yazdani
Huynh Phan Truong Dinh Trinh Luong Doan Vuong Quach Nguyen Tran Pham Hoang Dang""".split()
# (the last line: the most common Vietnamese family names, which Faker's vi_VN list only partly holds)
_BASE = dict(
    zip(
        "абвдзклмнопрстуфцъьыэ'’",
        "a b v d z k l m n o p r s t u f ts _ _ y e _ _".split(),
        strict=True,
    )
)
# Four coherent Latin spellings of a Cyrillic name: Ukrainian national, Russian in English, Russian in
# ISO-like and Swedish (SIS) style: Євгеній -> Yevhenii / Yevgeniy / Yevgenii / Jevgenij.
CYR_STYLES: tuple[dict[str, str], ...] = tuple(
    {
        **{k: "" if v == "_" else v for k, v in _BASE.items()},
        **dict(zip("гґеєжиіїйхчшщюяё", style.split(), strict=True)),
    }
    for style in (
        "h g e ye zh y i yi i kh ch sh shch yu ya yo",
        "g g e ye zh i i yi y kh ch sh shch yu ya yo",
        "g g e ie zh i i i i kh ch sh shch iu ia io",
        "g g e je zj i i ji j ch tj sj sjtj ju ja jo",
    )
)


_WORD_RE = re.compile(r"[^\W\d_]+")
CALENDAR = frozenset(
    """january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday""".split()
)


def _cyr(name: str, style: dict[str, str]) -> str:
    text = "".join(style.get(ch, ch) for ch in name.lower())
    return "-".join(p[:1].upper() + p[1:] for p in text.split("-"))


def _values(obj: object) -> list[str]:
    if isinstance(obj, dict):
        return [str(k) for k in obj]
    if isinstance(obj, (list, tuple)):
        return [str(v) for v in obj]
    return []


def _folded(name: str) -> str:
    """The name as often written without its diacritics: "Phương" -> "Phuong", "Đặng" -> "Dang"."""
    text = name.translate(_FOLD)
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_FOLD = str.maketrans("ĐđŁłØøıß", "DdLlOois")


def _collect(kind: str, locales: list[str]) -> set[str]:
    names: set[str] = set()
    # "first_romanized_names" (Chinese): the Latin spelling beside the Han one
    romanized = kind.replace("_name", "_romanized_name")
    for loc in locales:
        prov = importlib.import_module(f"faker.providers.person.{loc}").Provider
        for attr in dir(prov):
            if (kind not in attr and romanized not in attr) or attr.endswith(("_fmt", "formats")):
                continue
            for value in _values(getattr(prov, attr)):
                if value.isupper():
                    value = value.title()  # Taiwanese romanisations are in capitals: "CHIH-WEI"
                if "-" in value and romanized in attr:
                    names.add(value.replace("-", "").capitalize())  # "Chih-Wei" is also written "Chihwei"
                for part in value.replace("-", " ").split():
                    if part.endswith(("ski", "cki", "dzki")):
                        names.add(part[:-1] + "a")  # Polish feminine form
                    if any("\u0400" <= c <= "\u04ff" for c in part):
                        names.update(_cyr(part, s) for s in CYR_STYLES)
                    else:
                        names.add(part)
                        names.add(_folded(part))
    return names


def _ok(name: str, words: set[str], places: set[str]) -> bool:
    low = name.lower()
    return (
        len(name) >= 3
        and name[:1].isupper()
        and all(c.isalpha() or c in "-'" for c in name)
        and unicodedata.category(name[0]) == "Lu"
        and low not in words
        and low not in places
        and low not in STOP
        and name not in NOT_NAMES
    )


def main() -> None:
    entries = [w.strip() for w in WORDS.read_text(encoding="latin-1").splitlines()]
    words = {w.lower() for w in entries}
    # the word list's capitalised entries are proper nouns, given names among them (`Wolfgang`)
    lower_words = {w for w in entries if w[:1].islower()}
    with PLACES.open(encoding="utf-8") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        places = {w.lower() for row in rows for w in row["name"].split()}
    english = {w.strip() for w in ENGLISH.read_text(encoding="utf-8").splitlines() if w[:1].islower()}
    events = Path(sys.argv[1]) if len(sys.argv) > 1 else POLICE_EVENTS
    with gzip.open(events, "rt", encoding="utf-8") as f:
        texts = [e.get(k) or "" for e in json.load(f) for k in ("summary", "name")]
    found = [w for text in texts for w in _WORD_RE.findall(text)]
    police = {w.lower() for w in found}
    police_upper = {w for w in found if w.isupper() and len(w) > 1}  # `ABB`, `GAIS`
    words_too = words | english | police
    police_capitals = {w[:1] + w[1:].lower() for w in police_upper}
    more_last = _collect("last_name", MORE_LOCALES)
    first = (
        {n for n in _collect("first_name", LOCALES) | set(HAND_FIRST) if _ok(n, words, places)}
        | {
            n
            for n in _collect("first_name", MORE_LOCALES)
            # not a Swedish surname (`Jensen`, `Nilsen`: English lists give surnames as given names too),
            # a month or a weekday (`January`), nor a capitalised word in the police's texts (`Rex`, `Abb`)
            if _ok(n, words_too, places)
            and n not in SWEDISH_LAST_NAMES
            and n.lower() not in CALENDAR
            and n.lower() + "s" not in words | police  # its genitive a word or in the police texts: `annars`
            and n not in police_capitals
            and n not in more_last  # a surname there too (`Fitzgerald`, `Kennedy`) is read as one
        }
    ) - SWEDISH_FIRST_NAMES
    more_words = lower_words | english | police
    hand_first = {
        n
        for n in HAND_FIRST_MORE
        if _ok(n, more_words, places)
        and n not in SWEDISH_LAST_NAMES
        and n.lower() + "s" not in words | police
    }
    first |= hand_first - SWEDISH_FIRST_NAMES
    last = (
        {n for n in _collect("last_name", LOCALES) | set(HAND_LAST) if _ok(n, words, places)}
        | {
            n
            for n in _collect("last_name", MORE_LOCALES)
            if _ok(n, words_too, places) and n.lower() + "s" not in words | police
        }
        | {n for n in HAND_LAST_MORE if _ok(n, more_words, places)}
    ) - SWEDISH_LAST_NAMES
    last -= first  # a name that is both stays a given name (the stronger rule)
    lines = [
        "# Given names (F) and surnames (L) beyond lagesbild/privacy/names.py, one per line.",
        "# Built by scripts/build_name_lists.py from Faker 40.54.0's person providers (MIT licence,",
        "# (c) Daniele Faraglia and contributors) and a hand-written list; Swedish words removed.",
    ]
    # Lowercase without context: the hand-written names, and a listed name of four letters or more that
    # starts no Swedish word (so a word cut short, "famil" for "familj", is never one).
    prefixes = {w[:k] for w in words for k in range(1, len(w) + 1)}
    # (not the names of MORE_LOCALES: `sophus`, `mack`, `brandi` are typed as words)
    older = {n for n in _collect("first_name", LOCALES)} | set(HAND_FIRST)
    common = {
        n
        for n in first
        if n in HAND_FIRST
        or (n in older and len(n) >= 4 and n.lower() not in prefixes)
        or (n in hand_first and len(n) >= 5 and n.lower() not in prefixes)
    }
    lines.append("# C: a given name also found in lowercase without context.")
    lines += [f"{'C' if n in common else 'F'} {n}" for n in sorted(first)] + [f"L {n}" for n in sorted(last)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(first)} given names, {len(last)} surnames -> {OUT}")


if __name__ == "__main__":
    main()
