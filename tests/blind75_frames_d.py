"""Frames of the seventy-fifth blind corpus, part d: e-mails from emergency rooms and vårdcentraler to the
kommun's safety coordinator, the vårdcentral reception's log, and relatives' and patients' complaints (to
the patient committee or the clinic).

A frame is `role|style|template` (tests/blind75_fill.py says what each slot is filled with).
"""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # -- mejl: e-mails to the kommun's trygghetssamordnare, with greetings and signatures
    "vardcentralschef|mejl|Hej {first:1}!\nVi har återigen haft problem med ungdomar som kommer med"
    " {line} till {venue} på"
    " kvällarna, senast {date}. En av dem kallas {nick:2}. Kan ni ta upp det på EST-mötet {week}?\n"
    "Mvh {full:3}\nVerksamhetschef\n{tel}",
    "sektionschef|mejl|Till {kommun}\nAng. otrygghet vid {spot} på {venue}. Personalen ({first:1},"
    " {first:2}) upplever att de följs till bilen. En man i bil {plate} har setts flera kvällar på"
    " {pstreet}.\n/{full:3}",
    "trygghetssamordnare|mejl|Hej,\ntack för mötet. Som sagt har {full:1} på {org} lovat att kolla"
    " belysningen längs {street}. Återkommer {week}.\nHälsningar {first:2}\n{mail}",
    "vardcentralschef|mejl|Hej! Vi stänger {venue} kl {time} den {date} pga personalbrist. Akuta ärenden"
    " hänvisas till {venue}. Frågor till mig, {full:1}, {mob}.",
    "sektionschef|mejl|Fwd: hot mot personal\n\n{full:1} skrev:\n> Patienten {full:2} ({pnr}) hotade mig"
    " igår. Han vet att jag bor i {place}.\n\nVi har polisanmält ({case}). /{sur:3}",
    "vaktchef|mejl|Hej {wfirst:1}, bifogar veckans sammanställning från {venue}. Flest störningar vid {spot}"
    " mellan kl {time} och stängning. Mvh {full:2}, {org}",
    "trygghetssamordnare|mejl|Hej {full:1}\nJag har fått ditt mejl om mopederna vid {place}. Reg.nr du såg"
    " ({plate2}) har vi lämnat till kommunpolisen {sur:2}.\nVänliga hälsningar\n{caps:3}",
    "sjukskoterska|mejl|Hej\nEn man som heter {lowf:1} (efternamn okänt) har stått utanför {venue} och"
    " ropat efter {first:2}. Han har bil {plate}. Kan väktarna hålla koll?\n{full:3}, ssk",
    # -- vc_reception: the vårdcentral reception's own log
    "receptionist|vc_reception|{date} kl {time}: {full:1} ({pnr}) blev arg när tiden var slut, slog i disken."
    " Kollega {first:2} ringde vakten {sur:3} på {tel}.",
    "receptionist|vc_reception|Dropin {hours}. {full:1} ville ha sin mammas recept ({full:2}, {pnr}). Kunde"
    ' inte lämnas ut. Hotade att "komma tillbaka".',
    "receptionist|vc_reception|Telefonkö: {comma:1} ringde 14 ggr, har fått tid {date}. Ny adress"
    " {addr}, {lgh}. Nytt nummer {mob}.",
    "receptionist|vc_reception|{first:1} i receptionen: man som kallar sig {nick:2} sov i väntrummet igen."
    " Vakten ({wsur:3}) fick väcka honom, patientavgift {amount} obetald.",
    "receptionist|vc_reception|Meddelande till dr {sur:1}: {full:2|g} mamma ringer om provsvar, nås på {tel}."
    " Hon bor på {fast}, {place}.",
    "receptionist|vc_reception|Klotter på entrédörren igen ({spot}). Fastighetsägaren {org} kontaktad,"
    " handläggare {full:1}. Kostnad förra gången {amount}.",
    "receptionist|vc_reception|{full:1} (samordningsnummer {snr}) saknar tolk. Ring {low:2} på tolkbyrån"
    " {mob}. /{first:3}",
    "receptionist|vc_reception|Upphittat: plånbok med körkort ({caps:1}) i väntrummet. Ägaren ringd {mob},"
    " hämtas av dottern {first:2} imorgon.",
    # -- anhorigklagomal: complaints from relatives and patients, in their own words
    "anhorig|anhorigklagomal|Jag heter {full:1} och är dotter till {full:2} som låg på {ward} den {date}."
    " Ingen sa något till oss. Ni kan nå mig på {mob} eller {mail}.",
    "anhorig|anhorigklagomal|Min man {first:1} väntade 9 timmar på akuten. När jag frågade sköterskan"
    " {wfirst:2} fick jag bara ett snäsigt svar. Vi fick ta {line} hem. Vi bor {addr}.\n{full:3}",
    "patient|anhorigklagomal|klagomål!! jag {low:1} blev utkastad av vakten fast jag bara väntade på"
    " min bror {first:2}. vakten hette {sur:3} tror jag. ring mig {mob}",
    "anhorig|anhorigklagomal|Till patientnämnden\nGäller min pappa {caps:1}, {pnr}. Han skrevs ut från"
    " {venue} mitt i natten och fick ta taxi hem till {place}. Taxin kostade {amount}!\n{full:2}",
    "anhorig|anhorigklagomal|{full:1} här, mamma till {first:2} ({ung} år). Hon blev hotad av en annan"
    " patient i {spot}, en kille som kallades {nick:3}. Varför fanns ingen vakt?",
    "anhorig|anhorigklagomal|Hej. Min svärmor {full:1} har demens och bor på {venue}. Personalen {wfirst:2}"
    " sa att ambulansen inte kommer förrän om 3 timmar. Ärendet hos polisen: {case}.",
    "patient|anhorigklagomal|Jag vill klaga på läkaren {full:1}. Han skrev fel i min journal. Mitt"
    " personnummer är {pnr} och jag bor {addr}, {lgh}. /{first:2}",
    "anhorig|anhorigklagomal|Vi hämtades av ambulans från {fast} i {place}. Min fru {full:1} fick ligga"
    " på båren i korridoren. [[Klara]] brister i bemötandet. {full:2}, {tel}",
)
