"""Frames of the twentieth blind corpus, part e: the bus driver of the only route, the taxi, the lanthandel
and the petrol station; minutes; and events for "Kommande händelser". Each frame is
`role|style|template`."""

# ruff: noqa: E501

FRAMES_E = [
    # trafik: bus, taxi, lanthandel, petrol station
    "busschauffor|trafik|Chauffören på {line}, {full:1}, anmäler att tre killar hotat henne vid hållplatsen i {place}. En av dem kallas {nick:2} enligt andra resenärer.",
    "taxi|trafik|Taxiföraren {full:1} ({bolag}) blev av med {amount} när en kund smet vid {inst}. Kunden ringde från {mob}.",
    "lanthandel|trafik|Handlaren {wsur:1} på lanthandeln i {place}: snatteri igen, samma kille som förra veckan, {low:2}. Bilder finns, fråga {first:3}.",
    "mack|trafik|Macken vid {road}: {full:1} tankade för {amount} och körde utan att betala. Bil {plate2}. Personal {first:2}.",
    "busschauffor|trafik|Rapport {date}: skadegörelse på {line} (säte uppskuret) mellan {pstreet} och {inst}. Förare {caps:1}. Kontakt via {org}.",
    "taxi|trafik|{first:1} på taxin säger att {full:2} åker till {place} varje kväll och säljer något ur väskan. Bil {plate}.",
    "lanthandel|trafik|Från {full:1}, lanthandeln i {place}: inbrott natten till {date}, snus och cigaretter för {amount}. Larmbolaget ringde {first:1} kl {time}.",
    "mack|trafik|Personal på {bolag} ({place}): {nick:1} och hans kompisar hänger i butiken och skrämmer kunder. Föreståndare {full:2}, {tel}.",
    "busschauffor|trafik|Skolbussen, {line}: {first:1} ({ung}) kastade en flaska på chauffören {full:2} vid {place}. Rektor {sur:3} informerad.",
    "taxi|trafik|Färdtjänst: chaufför {full:1} rapporterar att kunden {full:2} ({addr}, {lgh}) har blivit av med sin plånbok på {inst}.",
    # protokoll: minutes of the local council (BRÅ) and the weekly check-in
    "samordnare|protokoll|Protokoll, lokala brottsförebyggande rådet {date}\nNärvarande: {full:1} (ordf), polisinspektör {sur:2}, {full:3} ({org})\n§ 3 Lägesbild {week}: inbrott i fritidshus vid {place}.",
    "samordnare|protokoll|Minnesanteckningar avstämning {week}\n1. {place}: gul. {first:1} rapporterar skadegörelse på {inst}.\n2. {full:2} tar kontakt med {sameby}.\n/{full:3}",
    "samordnare|protokoll|Närvarande: {comma:1}, {comma:2}, {full:3}\nFrånvarande: {full:4}\nBeslut: extra vandring i {place} den {date}.",
    "samordnare|protokoll|§ 5 Renpåkörningar\n{full:1} från {sameby} redovisade {antal} påkörda renar på {road}. {wfirst:2} från {nat} tar frågan vidare.",
    "samordnare|protokoll|Avstämning {date}, kl {time}\n- {inst}: grön\n- {place}: röd, bråk mellan {first:1} och {first:2}s gäng\nAnsvarig: {full:3}",
    "samordnare|protokoll|Mötesanteckningar, BRÅ-gruppen i {place}\nOrdf. {init:1}, sekr. {full:2}\nPunkt 2: Sommarsäsongen, {full:3} från {bolag} föreslår nattvandring.",
    "samordnare|protokoll|Anteckningar {week}\n{full:1}: klotter på {inst} sanerat, kostnad {amount}.\n{full:2}: ungdomar vid {place}, bl.a. {nick:3}, lugnare.",
    "samordnare|protokoll|Protokollsutdrag\n§ 7 Asylboendet i {place}. {full:1} ({nat}) informerade. {full:2} och {wfirst:3} från frivilliga deltar. Justeras av {full:4}",
    "samordnare|protokoll|Veckoavstämning\nDeltagare: {full:1}, {full:2}, {wfirst:3}\n{place}: gul sedan {week}.\nNästa möte {date} på {inst}.",
    "samordnare|protokoll|§ 4 Trafik\nChaufförer på {line} upplever hot vid {place}. {full:1} ({org}) och {full:2} följer upp. Anmälan {case} gäller {full:3}. [[Sten]] har kastats mot bussen två gånger.",
    # kommande: events for "Kommande händelser"
    "samordnare|kommande|Datum; Område; Händelse; Beskrivning; Rapportör\n{date}; {place}; Midsommarfest; ca 2000 besökare väntas, ansvarig {full:1}; {org}",
    "samordnare|kommande|Kommande: marknad vid {inst} den {date}. Arrangör {full:1}, {mob}. Ordningsvakter från {bolag}.",
    "samordnare|kommande|{date}; {place}; Skoterrally; Arrangör {sameby}, kontakt {full:1}; {first:2}",
    "samordnare|kommande|Kommande händelser {week}: skolavslutning på {inst}, Almedalsveckan-mingel vid {place}. Kontakt {full:1} ({mail}).",
    "kultur|kommande|Händelse: Valborgsfirande vid {place}\nDatum: {date}\nBeskrivning: eld och musik på {pstreet}, {full:1} håller tal\nRapportör: {full:2}",
    "samordnare|kommande|Hemvändarkväll i {place} den {date}. {full:1} från {sameby} ordnar. Extra tur med {line}. [[Liv]] och rörelse hela kvällen. Frågor: {tel}",
    "samordnare|kommande|Kommande: Samernas nationaldag vid {inst}. {full:1} och {full:2} från {sameby} arrangerar. Kommunpolisen {sur:3} närvarar.",
    "kultur|kommande|{date}; {inst}; Festival; {antal} artister, entré {amount}; arrangör {full:1}, {fmob}",
    "samordnare|kommande|Kommande {week}: kräftskiva för nyanlända på {inst}, fritidsledare {sur:1} och {full:2} ansvarar. Buss {line} stannar utanför.",
    "samordnare|kommande|Skolavslutning {date} på {inst}. Rektor {sur:1} ber om vuxennärvaro vid {place}. Kontakt {full:2}, {mail}.",
]
