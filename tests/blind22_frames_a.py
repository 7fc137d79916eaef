# ruff: noqa: E501
"""Frames of the twenty-second blind corpus, part a: "Kommande händelser" submissions (form fields), CSV-like
rows of coming events, and the samordnare's weekly list of events. Each frame is `role|style|template`."""

FRAMES_A = [
    # kommande: a submission through the kommun's form, field by field
    "formular|kommande|Händelse: Eid al-Fitr-firande\nDatum: {date}\nTid: från {time}\nPlats: {venue}, {place}\nArrangör: {assoc}\nKontaktperson: {full:1}, {mob}\nFörväntat antal: {antal}\nTillstånd: sökt hos polisen",
    "formular|kommande|Händelse: Valborgsfirande med brasa\nDatum: 30 april\nPlats: {place}\nArrangör: {org}\nKontaktperson: {full:1} ({mail})\nÖvrigt: {first:2} från styrelsen sköter elden, brandvakt {full:3}.",
    "formular|kommande|Anmälan kommande händelse {week}\nVad: Nowruz-fest, musik och dans\nVar: {venue}\nNär: {date} kl {time}\nAnsvarig: {caps:1}\nTfn: {tel}\nAntal: ca {antal}\nVakter: 4 st via {org}",
    "fritid|kommande|Kommande: Halloweenkväll på {venue} den {date}. Ansvarig fritidsledare {full:1}, tfn {mob}. Vi räknar med {antal} ungdomar. {first:2} och {first:3} från nattvandrarna kommer förbi runt kl {time}.",
    "formular|kommande|Händelse: Midsommarfirande\nPlats: {place}\nArrangör: {assoc}, ordförande {sur:1}\nKontakt: {mail}\nFörväntat antal: {antal}\nTillstånd: Ja, {case}",
    "fritid|kommande|Hej! Skolavslutning på {venue} den {date}, sen brukar det samlas folk vid {place}. {full:1} (rektor) och {full:2} (kurator) är på plats. Ring {mob} vid behov.\n/{first:3}",
    "formular|kommande|Händelse: Lucia-tåg och glögg\nDatum: 13 december kl {time}\nPlats: {church}\nArrangör: {org}\nKontaktperson: {comma:1}\nTelefon: {tel}\nFörväntat antal: {antal}",
    "fritid|kommande|{full:1} hör av sig om en Diwali-fest för familjer på {venue} den {date}. Hon vill låna bord från fritidsgården. {first:1|g} nummer: {mob}. Kollar med {first:2} om personal.",
    # csvrad: rows of coming events as exported or pasted
    "export|csvrad|Datum;Tid;Plats;Händelse;Arrangör;Kontaktperson;Antal\n{date};{time};{venue};Fotbollsturnering;{assoc};{comma:1};{antal}",
    "export|csvrad|{date};{place};Kommande händelse;Bröllopsfest ca {antal} gäster i festlokal, brudgummens far {full:1} kontakt {mob};Fritid",
    "export|csvrad|Händelse;Datum;Plats;Kontakt;Tfn\nNyårsfirande;31/12;{place};{caps:1};{mob}\nSpontanfest;{date};{venue};{full:2};",
    'export|csvrad|"{date}";"{time}";"{faith}";"Begravning, många gäster väntas";"{comma:1}";"{tel}"',
    "sammanstallning|csvrad|{week};{place};Demonstration mot kriget, anmälare {full:1};tillstånd {case};kontakt {mail}",
    "export|csvrad|Datum;Område;Händelse;Beskrivning;Rapportör\n{date};{place};Match;Derby, supportrar samlas vid {line}. Säkerhetsansvarig {full:1} och matchvärd {first:2}.;{org}",
    "export|csvrad|{caps:1};{snr};{addr};Ansvarig för festlokal;{mob}",
    "sammanstallning|csvrad|{week};{venue};Konsert;Arrangör {org}, kontakt {init:1} {mob};{antal} biljetter sålda;{amount} i hyra",
    # samordnare: the weekly list of events
    "samordnare|samordnare|Kommande vecka ({week}):\n- Mån: SPF-träff på {venue}\n- Ons: styrelsemöte {assoc}, {full:1} leder\n- Fre: fest i {place}, kontakt {first:2} {mob}\n- Lör: match, {full:3} är säkerhetsansvarig",
    "samordnare|samordnare|Händelser {week} – {place}:\n1. Eid-bön på {mosque} kl {time} (imam {sur:1})\n2. Nattvandring fre-lör, samordnas av {full:2}\n3. Loppis i {venue}",
    "samordnare|samordnare|Till checkin: helgens stora grejer är bröllopet i {venue} ({antal} gäster, värd {full:1}) och Valborg vid {place}. {first:2} från polisen kollar läget. Bussarna {line} går som vanligt.",
    "trygghetssamordnare|samordnare|Lista kommande händelser {week}\n{date} – Konsert, {venue} – {org}\n{date} – Manifestation, {place} – anmäld av {full:1}\nKontakt vid frågor: {full:2}, {tel}",
    "samordnare|samordnare|Påminnelse: Diwali-fest den {date} på {venue}. Arrangör {assoc}, kontaktperson {full:1}. {wfirst:2} från fritid och {lowf:3} ska vara där.",
    "trygghetssamordnare|samordnare|Kommande händelser att ta upp:\n* Halloween: ungdomar brukar samlas vid {place}, {first:1} från fältgruppen bevakar\n* Nyårsafton: fyrverkerier vid {venue}\n* Fotboll: {assoc} hemma {date}, kontakt {caps:2}",
    "samordnare|samordnare|{full:1} (kyrkoherde) meddelar att Lucia i {church} flyttas till {date} kl {time}. {first:2} i kören har kontakten med skolan. Parkering vid {pstreet}.",
    "trygghetssamordnare|samordnare|Veckans lista ({week}): Nowruz vid {place} ({antal} pers), fest i lokal på {addr} hos {full:1}, begravning i {faith}. Mer info från {wsur:2} på fritid.",
]
