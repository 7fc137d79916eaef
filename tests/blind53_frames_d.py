"""Frames of the fifty-third blind corpus, part d: ordningsvakter's reports of a removal or a seizure, the
group chats of a club's leaders and stewards, and the arena operator's damage and fault reports
(`role|style|template`; slots in tests/blind53_fill.py)."""

from __future__ import annotations

FRAMES_D = (
    # ------------------------------------------------------------------ ordningsvakt
    "ordningsvakt|ordningsvakt_rapport|RAPPORT – AVVISNING\n"
    "Ordningsvakt: {full:1}, förordnande nr {antal}\n"
    "Plats: {arena}, entré mot {street}\n"
    "Avvisad: {full:2}, {pnr}\n"
    "Skäl: kraftigt berusad, störde ordningen i kön.\n"
    "Kollega: {sur:3}",
    "ordningsvakt|ordningsvakt_rapport|Omhändertagande enligt LOB\n"
    "Tid: {time}\nPlats: {place}, utanför arenan\n"
    "Den omhändertagne: {comma:1}, {snr}\n"
    "Överlämnad till polispatrull, ärende {case}.\n"
    "Rapportskrivare: OV {init:2}",
    "ordningsvakt|ordningsvakt_rapport|Kort rapport: gick in för att stoppa bråk i sektion D. "
    "Den ena parten, {full:1}, slog ordningsvakten {first:2} i ansiktet. Personen belades med handfängsel "
    "och överlämnades till polis. Vittne: {full:3|g} sambo, nås på {mob}. Skadan dokumenterad på {venue}.",
    "ordningsvakt|ordningsvakt_rapport|Rapport om beslag\n"
    "Beslag hos: {full:1}\nAdress: {addr}, {lgh}\nFöremål: kniv (fällkniv), snusdosa med vitt pulver\n"
    "Beslag överlämnat till polis kl {time}. {case}\n"
    "OV {full:2} / OV {full:3}",
    "ordningsvakt|ordningsvakt_rapport|{caps:1}, ordningsvakt, rapporterar\n"
    "Under matchen mot {away} blev jag hotad av en supporter som sa att han visste var jag bor. "
    "Supportern, senare identifierad som {full:2}, har även tidigare hotat min kollega {sur:3}. "
    "Anmälan gjord.",
    "ordningsvakt|ordningsvakt_rapport|OV-rapport {date}\n"
    "Avvisade: {full:1} (berusad), {full:2} (pyroteknik), {low:3} (maskerad)\n"
    "Omhändertagna: {full:4}, {pnr}\n"
    "Skador på personal: inga\n"
    "Rapporterad till vaktbolaget {org}.",
    "ordningsvakt|ordningsvakt_rapport|Till polisen\n"
    "Angående {full:1}, som i kväll försökte ta sig in på {arena} trots tillträdesförbud. "
    "Personen kom med bil, {plate}, som parkerades på {street}. Vi kände igen personen från "
    "förra säsongen, då kallad {nick:1}.\nOrdningsvakt {wsur:2}",
    "ordningsvakt|ordningsvakt_rapport|Rapport ordningsvakt {full:1}\n"
    "Kl {time} blev jag och {first:2} tillkallade till toaletterna i norra kortsidan. "
    "Två personer, {full:3} och {full:4}, hade låst in sig. Vid kontroll hittades "
    "påsar med misstänkt narkotika. Polis kallad, {case}.",
    # ------------------------------------------------------------------ ledarchatt (group chat)
    "lagledare|ledarchatt|[{time}] {first:1}: nån som vet vem som tar kiosken på söndag?\n"
    "[{time}] {first:2}: jag kan, men {lowf:3} var sjuk sist\n"
    "[{time}] {first:4}: ok. Och ni såg väl att domaren fick skit igen, {nick:5|g} farsa var där\n"
    "[{time}] {first:1}: suck",
    "lagledare|ledarchatt|{first:1}: hörni, en förälder från {away} hotade vår domare {first:2} igår. "
    "vi måste skriva rapport\n"
    "{first:3}: jag såg det, det var {full:4|g} pappa. han har gjort det förut\n"
    "{first:1}: ok skickar till {lowf:5} på kansliet",
    "lagledare|ledarchatt|Stewardgruppen {club}\n"
    "{first:1}: Behöver 4 till på lördag, {arena}\n"
    "{first:2}: Jag tar med {wfirst:3} och {first:4}\n"
    "{first:1}: Toppen. samling kl {time} vid {venue}",
    "lagledare|ledarchatt|{first:1} skrev: har nummret till den nya domaren? {full:2}\n"
    "{first:3} skrev: {mob}\n"
    "{first:1} skrev: tack, ska ringa och kolla att hen mår ok efter lördagen",
    "lagledare|ledarchatt|{first:1}: Killarna från {place} var här igen och slängde smällare på "
    "träningen. {nick:2} var med\n{first:3}: har nån pratat m polisen?\n"
    "{first:1}: ringde {tel}, de skulle skicka nån\n{first:3}: [[Bo]] kvar tills de kommer",
    "lagledare|ledarchatt|{first:1}: Påminnelse! Föräldramöte om publikens beteende {date} i klubbstugan. "
    "{full:2} från {org} kommer och pratar om domarstöd\n"
    "{first:3}: 👍\n{first:4}: kan inte komma, skicka anteckningar till {mail}",
    "lagledare|ledarchatt|{low:1}: va någon på matchen igår?? hörde att {low:2} blev utkastad\n"
    "{first:3}: ja han kastade en flaska på linjedomaren\n"
    "{low:1}: sjukt",
    "lagledare|ledarchatt|{first:1}: Bussen till bortamatchen går {time} från {place}, annars {line}. "
    "betalning till {first:2}\n"
    "{first:2}: {amount}/person, swisha till {mob}\n"
    "{first:3}: kan {first:4} åka med fast hen inte är medlem?",
    # ------------------------------------------------------------------ arenaskada (operator's report)
    "arenadrift|arenaskada|Felanmälan\n"
    "Objekt: {arena}, gästsektionen\nFastighet: {fast}\n"
    "Fel: trasiga stolar (ca {antal} st), nedrivna skyltar, klotter på toalettväggar\n"
    "Anmält av: {full:1}, driftstekniker\n"
    "Kostnad enligt offert: {amount}",
    "arenadrift|arenaskada|Skaderapport efter match {date}\n"
    "Driftansvarig: {full:1}\n"
    "Skador: inslagen ruta i entré mot {street}, brännmärken på konstgräset efter bengaler.\n"
    "Fastighet: {fast}\n"
    "Debiteras arrangören {club}. Kontakt: {full:2}, {tel}",
    "arenadrift|arenaskada|Hej!\nVi på {kommun} har sammanställt skadorna på {arena} efter helgens matcher. "
    "Totalt blir det {amount}. Vår vaktmästare {full:1} har fotograferat allt. {first:1|g} nummer är {mob}.\n"
    "Fakturan går till föreningens kassör {sur:2}.\n\n/{first:3}, fritidsförvaltningen",
    "arenadrift|arenaskada|Arbetsorder\n"
    "Adress: {addr}\nFastighetsbeteckning: {fast}\n"
    "Åtgärd: sanera klotter (klackens taggar) på fasad och omklädningsbyggnad\n"
    "Beställare: {full:1}\nUtförare: {org}\nKlart senast {date}",
    "arenadrift|arenaskada|Driftlogg, ishall\n"
    "{time} sarg skadad efter att en supporter klättrat på plexit\n"
    "{first:1} (vaktmästare) lagade provisoriskt\n"
    "Skadevållare enligt kameran: {full:2}\n"
    "Ärendet lämnat till {first:3} på kansliet",
    "arenadrift|arenaskada|Till: {club}\nÄmne: skador {week}\n\n"
    "Efter matchen mot {away} hittade vår personal (fastighet {fast}) sönderslagna "
    "toalettstolar och en förstörd "
    "brandsläckare. Kostnaden blir {amount}. Enligt er "
    "säkerhetsansvarige {full:1} rör det sig om bortaklacken.\n\n"
    "Med vänlig hälsning\n{full:2}\n{kommun}",
    "arenadrift|arenaskada|Klotter på läktartaket, {arena}\n"
    "Anmält av {full:1} den {date}\n"
    'Text: "{caps:2} är en förrädare" samt klacksymboler\n'
    "Sanering beställd, kostnad ca {amount}",
    "arenadrift|arenaskada|{full:1}, fastighetsskötare\n"
    "Kort: bilen som stod parkerad vid materialboden ({plate2}) hade krossat bommen. Ägaren {full:2} "
    "har kontaktats. Fastighet {fast}, skadan anmäld till försäkringsbolaget.",
)
