"""Frames of the sixty-ninth blind corpus (tests/blind69_corpus.py), file e:
the security staff's group chat, incident tables and shift handovers.

Each frame is `role|style|template`; the slots are tests/blind69_fill.py's. Written by hand, without
reading the redaction or any other corpus's frames.
"""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    (
        "vakt|gruppchatt|[{time}] {first:1}: behöver två till vid {spot} asap\n"
        "[{time}] {first:2}: jag o {nick:3} kommer\n"
        "[{time}] {first:1}: 👍 en full snubbe, {low:4}, vi tar han till tältet\n"
        "[{time}] {full:5}: polisen är på väg"
    ),
    (
        "vakt|gruppchatt|{first:1}: nån som sett en liten tjej i rosa jacka?? mamman {full:2} "
        "är här vid infot, tjejen heter {first:3}\n"
        "{first:4}: nej\n"
        "{nick:5}: japp hon är hos mig vid {spot}!!\n"
        "{first:1}: 🙏 kommer"
    ),
    (
        "personal|gruppchatt|{lowf:1}: vem har nycklarna till förrådet?\n"
        "{first:2}: {first:3} hade dom sist\n"
        "{first:3}: ligger i bilen, {plate} på {street}\n"
        "{lowf:1}: ok tack"
    ),
    (
        "vakt|gruppchatt|Säk-gruppen 🟢\n"
        "{full:1}: Briefing kl. {time} vid tältet. {full:2} är PIC från polisen ikväll, nås på {mob}\n"
        "{first:3}: 👌\n"
        "{wfirst:4}: kan inte komma förrän {time}, sorry\n"
        "{full:1}: ok, {first:5} täcker ditt pass"
    ),
    (
        "vakt|gruppchatt|{first:1}: kille med kniv vid {spot}!!!\n"
        "{first:2}: vart\n"
        "{first:1}: vid {venue}, grön hoodie, heter visst {full:3}\n"
        "{first:4}: polis larmad, polisen {sur:5} kommer\n"
        "{first:1}: han springer mot {place}"
    ),
    (
        "personal|gruppchatt|{nick:1}: har nån hittat en plånbok? tillhör {full:2}, han står "
        "vid infotältet\n"
        "{first:3}: ja ligger i hittegods\n"
        "{nick:1}: tack! ger honom ditt nr {mob}\n"
        "{first:3}: ok"
    ),
    (
        "vakt|gruppchatt|{first:1}: Vi har en LOB vid {spot}, {caps:2}, helt väck\n"
        "{first:3}: Sjukvården?\n"
        "{first:1}: {lowf:4} kollar, sen polisen\n"
        "{first:5}: Polisbil står vid {street}"
    ),
    (
        "personal|gruppchatt|{first:1}: Sammanfattning ikväll: {antal} avvisade, två beslag, ett bråk\n"
        "{first:1}: Tack {first:2}, {first:3}, {nick:4} och {wsur:5}\n"
        "{first:1}: Nästa pass {date}, samling kl. {time}"
    ),
    (
        "arrangor|avvikelse_csv|Datum;Tid;Plats;Händelse;Rapportör\n"
        "{date};{time};{spot};Berusad person omhändertagen ({full:1});OV {sur:2}\n"
        "{date};{time};{spot};Upphittat barn, mamma {full:3} kontaktad;{first:4}"
    ),
    (
        'arrangor|avvikelse_csv|"{date}";"{time}";"{venue}";"Slagsmål";"{full:1} och {full:2} '
        'inblandade, polisärende {case}";"{caps:3}"'
    ),
    (
        "arrangor|avvikelse_csv|Nr;Kategori;Beskrivning;Kontakt\n"
        "{ung};Hittegods;Plånbok tillhörande {full:1};{mob}\n"
        "{vuxen};Narkotika;Beslag hos {full:2}, {pnr};OV {sur:3}"
    ),
    ("arrangor|avvikelse_csv|{time};Sjukvård;{first:1} ({ung});alkohol;hämtad av {full:2};{mob}"),
    (
        "arrangor|avvikelse_csv|tid,plats,typ,namn,id,notering\n"
        "{time},{spot},LOB,{full:1},{pnr},till arresten\n"
        "{time},{spot},avvisning,{full:2},{snr},hotfull mot {first:3}"
    ),
    (
        "arrangor|avvikelse_csv|Rapport;{date};{event}\n"
        "Avvikelse 1;{time};Obehörig bil {plate2} inne på området, föraren {full:1} avvisad\n"
        "Avvikelse 2;{time};Hot mot vakt {sur:2}, gärningsman {full:3}, {case}"
    ),
    (
        "arrangor|avvikelse_csv|{venue} | {date} | kl. {time} | Borttappat barn: {first:1}, "
        "{barn} år | Anmält av: {full:2}, {mob} | Hittat av: {first:3} | Status: återförenade"
    ),
    (
        "arrangor|avvikelse_csv|Händelse\tTid\tNotering\tAnsvarig\n"
        "Bråk kö\t{time}\t{first:2} och {first:3} avvisade\t{full:1}\n"
        "Beslag\t{time}\t{amount} + tabletter, {case}\t{full:4}"
    ),
    (
        "sakchef|overlamning|Överlämning nattpass → dagpass {date}\n"
        "Avgående: {full:1}\n"
        "Tillträdande: {full:2}\n"
        "- Stängslet trasigt vid {place}-hållet, {first:3} har ringt {org}\n"
        "- {low:4} (LOB igår) hotade att komma tillbaka\n"
        "- Upphittade nycklar med adresslapp {addr} ligger i kassaskåpet"
    ),
    (
        "sakchef|overlamning|BEMANNING {event} {week}\n"
        "Säkerhetschef: {full:1}, {mob}\n"
        "OV-chef: {full:2}, {mob}\n"
        "Entré 1: {first:3}, {first:4}\n"
        "Entré 2: {first:5}, {nick:6}\n"
        "Scen: {wfirst:7}, {sur:8}\n"
        "Sjukvård: {comma:9}"
    ),
    (
        "vakt|overlamning|Till nästa pass: håll koll på {full:1} och hans kompis {nick:2}, de "
        "försökte smuggla in sprit vid entrén i går kväll. {first:1} har en bil, {plate}, som "
        "brukar stå vid {pstreet}. OV {sur:3} känner igen dem."
    ),
    (
        "sakchef|overlamning|Kontaktlista {event}\n"
        "Polisens PIC: {full:1}, {tel}\n"
        "Kommunens beredskap: {full:2}, {mob}\n"
        "Samverkan: {org}\n"
        "Ersättningsbuss: {line}\n"
        "Sjukvårdsansvarig: {full:3}, {mail}\n"
        "Hittegods/barn: {lowf:4}, {mob}"
    ),
    (
        "sakchef|overlamning|Pass-rapport lördag\n"
        "Lugnt fram till kl. {time}. Därefter tre LOB ({full:1}, {full:2}, {full:3}) och en "
        "avvisning.\n"
        "Vakt {sur:4|g} pass tas av {first:5} från i morgon.\n"
        "Biljettkontrollen säger att ca {antal} kom in utan armband (biljett {amount}).\n"
        "— {first:6}"
    ),
    (
        "vakt|overlamning|{full:1} lämnar över till {full:2} kl. {time}. Inget pågående. "
        "Polisen ({wsur:3}) har bett oss hålla utkik efter en man i [[Nike]]-keps som sålt "
        "tabletter, tros heta {full:4}. Se bild i mappen."
    ),
    (
        "sakchef|overlamning|Nyckelkvittens\n"
        "Nyckel nr {ung} kvitterad av {caps:1} kl. {time}\n"
        "Nyckel nr {vuxen} kvitterad av {full:2}\n"
        "Återlämnas till {first:3} på {org}, {street}"
    ),
    (
        "vakt|overlamning|Rapport till säkchef {first:1}: gårdagens incident med {full:2} "
        "(bröt sig in bakom scen) är polisanmäld, ärende {case}. {full:2|g} bror {first:3} "
        "ringde i dag och ville prata med dig på {mob}. Jag sa att du återkommer. /{first:4}"
    ),
)
