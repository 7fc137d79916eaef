"""Frames of the sixty-eighth blind corpus, part a: the caretaker's evening log, the security guard's round
report and the alarm centre's log. Each frame is `role|style|template` (slots: tests/blind68_fill.py)."""

from __future__ import annotations

# Vaktmästarens logg: short dated lines, abbreviations, what was mended and who was told.
VM_LOGG = (
    "vaktmastare|vm_logg|DRIFTLOGG {venue}\n{date}\nkl {time} krossad ruta matsal, tejpat. Kontaktat "
    "{org}. Rektor {sur:1} informerad via sms {mob}.\n/{first:2}",
    "vaktmastare|vm_logg|{first:1} (vaktm) noterar: ny klotter på gaveln mot {street}, ca 6 kvm. "
    "[[Inga]] taggar vi känner igen. Sanerat av {org}, kostnad {amount}. Fotat och skickat till {first:2}.",
    "vaktmastare|vm_logg|Logg {week}\nmån: brandlarm {venue} kl {time}, rökdetektor i "
    "slöjdsalen, ingen brand\nons: {nick:1} och två kompisar på taket igen, ringt {first:2} "
    "(fritid)\nfre: trasig belysning vid cykelstället, felanmält\n-{full:3}",
    "vaktmastare|vm_logg|Vaktmästare {full:1}\nTel {tel}\nÄrende: Inbrott förråd idrottshall\n"
    "Upptäckt på morgonen {date}, hänglås avklippt. Saknas: fotbollar, en högtalare (värde ca {amount}). "
    "Polisanmält, {case}. Kontaktperson hos polisen: {full:2}.",
    "vaktmastare|vm_logg|{date} kväll\nGlaskross vid entré B ({venue}). Spår av blod på glaset.\nVaktbolaget "
    "({org}) larmades kl {time}, väktare {wsur:1} på plats.\n"
    "Meddelat skolledningen + {low:2} på förvaltningen",
    "vaktmastare|vm_logg|Anteckning vaktm. {caps:1}\nHittade en cykel utan ägare vid {venue}, "
    "ramnr skrapat. Tillhör enl. {first:2} en elev i 8B, {first:3|g} bror. Bilen som hämtade den: "
    "{plate}, vit Golf.",
    "vaktmastare|vm_logg|Driftstörning + skadegörelse\nAdress: {addr}\nFastighet: {fast}\nToaletterna "
    "i paviljongen igensatta med papper, vatten på golvet. Lokalvård ({first:1}) meddelad. {wfirst:2} från "
    "fastighet kommer {date}.",
    "vaktmastare|vm_logg|Till {first:1}, kopia {comma:2}\nLåste upp gympasalen åt föreningen kl {time}. "
    "När jag kom tillbaka stod en moped innanför grinden, reg {plate2}. Kör på skolgården varje kväll nu. "
    "Vet att {nick:3} brukar låna den.",
)

# Väktarrapport: the guard company's round report, fields and short sentences.
VAKTARRAPPORT = (
    "vaktare|vaktarrapport|RONDRAPPORT\nObjekt: {venue}\nVäktare: {full:1}\nTid: kl {time}\n"
    "Iakttagelse: ca {antal} ungdomar vid lekplatsen, en av dem kallades {nick:2}. Avvisade. Inga skador.",
    "vaktare|vaktarrapport|Ingripanderapport {date}\nPlats: {venue}, baksidan mot {pstreet}\nVäktare "
    "{sur:1} och {sur:2}\nPerson som uppgav sig heta {full:3} ({snr}) avvisades från skolgården efter att ha "
    "kastat sten på fönster. Polis ej tillkallad.",
    "vaktare|vaktarrapport|Larmutryckning kl {time}, {venue}.\nSektion 4 (musiksal) larmade. Fönster "
    "uppbrutet, en dator saknas. Vittne: grannen {full:1}, tel {mob}. Polis på plats, patrull "
    "med {init:2}. Händelsenr {case}.",
    "vaktare|vaktarrapport|Objekt {venue} / {org}\nRond {time} utan anmärkning.\nRond kl {time2}: "
    "brandrök från containern vid {street}. 112 ringt, räddningstjänsten släckte. Två killar sprang mot "
    "{place}, den ena i vit jacka. {first:1} (väktare)",
    "vaktare|vaktarrapport|{full:1}, väktare, rapporterar:\nBil {plate} stod parkerad vid förskolans "
    "grind med motorn igång {date} kl {time}. Föraren, {vuxen} år, presenterade sig som {full:2} och hävdade "
    "att han skulle hämta ett barn. Förskolan stängd. Registrerat.",
    "vaktare|vaktarrapport|AVVIKELSE\nObjekt: {fast}, {venue}\nEn person sov i cykelförrådet. Uppgav "
    "namn {full:1} och samordningsnummer {snr}. Fick lämna. Socialjouren kontaktad.\n/{caps:2}",
    "vaktare|vaktarrapport|Kvällsrond {week}\n{venue}: ok\n{venue2}: krossat fönster på gaveln, "
    "dokumenterat\nLekplatsen: {lowf:1} och {lowf:2} igen, ca {antal} st, inget bråk\nRapport: {first:3}",
    "vaktare|vaktarrapport|Rapport från väktare {full:1}\nKl {time} mötte jag rektor {sur:2} vid "
    "huvudentrén, hon hade fått ett sms från {first:3} om att någon filmade in i klassrummen. Gick runt "
    "byggnaden, ingen där. Tel till mig: {mob}.",
)

# Larmlogg: the alarm centre's log, terse and in capitals now and then.
LARMLOGG = (
    "larmoperator|larmlogg|LARMLOGG {date}\n{time} INBROTTSLARM SEKTION 2 {venue}\n"
    "Larmat väktare ({org}). Nyckelhållare {full:1} nås på {mob}.\nÅterställt, ingen skada.",
    "larmoperator|larmlogg|Händelse: brandlarm\nObjekt: {venue}, {addr}\nTid: kl {time}\nÅtgärd: "
    "räddningstjänst larmad. Kontakt vaktmästare {sur:1}, tel {tel}.\nOrsak: rökbomb i toalett plan 2.",
    "larmoperator|larmlogg|{time} larm dörr D1 {venue}\n{time2} väktare framme, dörren uppbruten\n"
    "Kontaktat jourhavande rektor {full:1} ({mob}) samt polis, ärende {case}\nAnteckning: {first:2}",
    "larmoperator|larmlogg|Larmcentral, operatör {first:1}\nÖverfallslarm fritids {venue}. Personal "
    "({full:2}) uppger att en pappa, {full:3}, hotat personal vid hämtning. Polis larmad kl {time}.",
    "larmoperator|larmlogg|OBJ: {venue}\nLARMTYP: glaskross\nTID: kl {time}\nNYCKELHÅLLARE: "
    "{caps:1}, {mob}\nUTRYCKNING: ja, {org}\nRESULTAT: sten genom fönster, ingen person kvar",
    "larmoperator|larmlogg|{date} kl {time} larm ur funktion {venue}. Larmtekniker {full:1} "
    "kontaktad, kommer {date2}. Fram till dess rond varannan timme. Kontakt skolan: {mail}",
    "larmoperator|larmlogg|Samtal från {full:1} som bor på {addr}, {lgh}: ser ungdomar klättra på "
    "skolans tak vid {place}. Känner igen en av dem, kallas {nick:2}. Väktare skickad.",
    "larmoperator|larmlogg|{comma:1} (operatör)\nInbrottslarm förskola {venue} kl {time}.\nVäktare "
    "{sur:2} på plats: fönster på baksidan krossat, barnvagnsförrådet öppnat. Bil sågs lämna platsen, "
    "reg {plate2}, enl. vittne {full:3}.",
)

GROUP_A = VM_LOGG + VAKTARRAPPORT + LARMLOGG
FRAMES_A = GROUP_A
