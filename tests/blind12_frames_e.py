"""Frames of the twelfth blind corpus, part E: SMS and Teams messages pasted into a cell, e-mail forwards
with headers and signatures, timed logs, and cells where ordinary words look like names.
(voice, style, template)."""

from __future__ import annotations

FRAMES: tuple[tuple[str, str, str], ...] = (
    ("sms", "sms",
     "[sms från {full1} {time}] det brinner i containern vid {inst}!! ring {mob}"),
    ("sms", "sms",
     "{first1}: hej såg du att det va bråk vid {inst} igår? {first2} sa att polisen var där typ {time}"),
    ("teams", "teams",
     "[{time}] {full1}: Någon som vet vem som har nyckel till {inst}?\n[{time}] {full2}: {wfirst3} har"),
    ("teams", "teams",
     "{comma1} {time}\nUppdatering {place}: lugnare i helgen. {firsts2} team har varit ute tre kvällar."),
    ("sms", "sms",
     "hej det är {lowf1} från fritids, {lowf2} och {lowf3} har blivit rånade vid {inst}. de är ok. "
     "mamman ringer er"),
    ("epost", "epost",
     "Från: {full1} <{mail}>\nSkickat: den {date} {time}\nTill: EST {place}\nÄmne: VB: Klotter\n\n"
     "Se nedan. /{first1}"),
    ("epost", "epost",
     "---------- Vidarebefordrat meddelande ----------\nFrån: {full1}\nDatum: {date}\nÄmne: Oro vid {inst}\n"
     "Hej, vi är flera föräldrar som är oroliga. Mvh {full2}"),
    ("epost", "epost",
     "Hej! Bifogar veckans rapport från {org:Stena Fastigheter}.\n\nMed vänliga hälsningar\n{full1}\n"
     "Områdesansvarig {place}\nTel {tel}\nMobil {mob}"),
    ("epost", "epost",
     "Tack för infon. Vi tar det på mötet {date}.\n\n/{first1}\n\nSkickat från min iPhone"),
    ("epost", "epost",
     "Kopia: {full1}; {full2}; {full3}\nÄmne: Ang. {inst}\nHej {first4}, kan du lägga in detta i "
     "veckans lägesbild?"),
    ("logg", "logg",
     "{time} Larm {inst}\n{time} {sur1} på plats\n{time} Polis på plats, {polis}\n{time} Avslutat"),
    ("logg", "logg",
     "{date} {time} – Bilbrand {street}, bil {plate} totalförstörd. Ägare {full1}. Räddningstjänsten "
     "släckte."),
    ("logg", "logg",
     "Logg {week}:\nmån – lugnt\ntis – {full1} anmälde hot ({pnr}, {mob})\nons – klotter {inst}\ntor – "
     "{nick2} siktad vid {inst}"),
    ("logg", "hastig",
     "{time} ungdomar vid {inst}\n{time} {lowf1} ringde, sa att de kastar ägg\n{time} lugnt igen"),
    ("sms", "sms",
     "Hej {first1}! Kan du kolla bil {platen} som står på parkeringen vid {inst}? Hälsningar {full2}"),
    ("teams", "teams",
     "@{full1} @{full2} Vem tar mötet med {org:Wallenstam} den {date}? Jag ({first3}) är bortrest."),
    ("epost", "epost",
     "{full1}\nTrygghetssamordnare\n{org:Nacka kommun}\n{tel}\n{mail}\n\nDetta e-postmeddelande kan "
     "innehålla konfidentiell information."),
    ("epost", "epost",
     "Hej,\nEnligt {wsur1} på {org:HSB} har det varit inbrott i tre förråd på {fast}. "
     "Polisanmälan {polis}.\nMvh\n{full2}"),
    ("sms", "sms",
     "{capf1} HÄR. KAN NÅGON RINGA MIG {mob}. DET ÄR NÅGRA SOM SLÅSS VID {inst}"),
    ("teams", "teams",
     "{first1} {sur2} (Gäst) {time}: hej allihop, jag är ny kontaktperson för {place} efter {full3}."),
    ("ord", "ordlek",
     "{w:Inga} skador på bilen men {wfirst1} såg att någon lagt en {w:sten} på motorhuven vid {inst}."),
    ("ord", "ordlek",
     "{w:Hans} mamma ringde. {wfirst1} och {full2} ska prata med grabben efter skolan {date}."),
    ("ord", "ordlek",
     "Ett träd ({w:gran}) har fallit över gångvägen vid {street}. {wsur1} från parkenheten tar bort det."),
    ("ord", "ordlek",
     "Kl 22 kom {wfirst1} {wsur2} ut med hunden. {w:Max} fem minuter senare small det vid {inst}."),
    ("ord", "ordlek",
     "Mycket {w:sand} och glas på lekplatsen vid {inst}. Rapporterat av {wfirst1} ({mob})."),
    ("ord", "ordlek",
     "{w:Stig} upp mot {pstreet} är mörk. {wfirst1} {sur2} har föreslagit fler lampor."),
    ("ord", "ordlek",
     "Väktaren {wsur1} och hans kollega {full2} hittade en {w:björk} nedsågad vid {inst}."),
    ("logg", "logg",
     "{date}\n{time} {first1} öppnar {inst}\n{time} {nick2} med kompisar utanför\n{time} stängt, "
     "{first1} låser"),
    ("sms", "sms",
     "va vid {inst} nu. {lowf1} och hans bror e här igen. de har en bil {plate}. sms:a {lowf2} om ni "
     "vill veta mer"),
    ("epost", "epost",
     "Hej {first1},\n\nKan ni skicka vaktbolagets rapport för {week}? {full2} på {org:Avarn Security} "
     "har inte svarat.\n\nHälsningar\n{full3}\n{inst}"),
)  # fmt: skip
