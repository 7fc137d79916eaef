"""Frames of the sixty-seventh blind corpus, part d: the shops' chat group, the control room's shift
handovers, and shops' drafts of police reports. `role|style|template`; the slots are
tests/blind67_fill.py's."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # --- the shops' chat group
    "butikschef|butikschatt|[{time}] {first:1} ({shop}): Heads up, {nick:2} är här igen med två "
    "kompisar, går mot {centre}\n[{time}] {first:3}: ser dem, ringer vakterna\n"
    "[{time}] Kontrollrum: kameran följer",
    "butikschef|butikschatt|Butiksnätverket {centre}\n{first:1}: Kvinna i beige kappa tar parfym, heter "
    "{full:2} enligt vakten\n{first:3}: hon var hos oss i går också\n"
    "{first:1}: skicka bild till {mob}",
    "kontrollrum|butikschatt|Varning till alla butiker! {full:1} (tillträdesförbud) sågs kliva av {line} "
    "och gå in från {street} kl {time}. Han brukar ha med sig {first:2}. Ring kontrollrummet {tel}, inte "
    "polisen direkt. /{first:3} {shop}",
    "kassapersonal|butikschatt|{lowf:1}: nån som sett {nick:2} idag\n"
    "{lowf:3}: ja han stod utanför {shop} kl {time}\n{lowf:1}: ok säger till {first:4} i kontrollrummet",
    "butikschef|butikschatt|Grupp: Handlare {centre}\n{full:1}: Hej alla, vi blev rånade i går kväll, "
    "personalen ok. Polisen har {case}. Om ni har kameror mot {street} spara filmerna från {date}!\n"
    "{full:2}: Fy vad hemskt, kram till {first:3}\n{full:4}: Vi kollar våra",
    "vaktare|butikschatt|Vakt {wfirst:1}: två tjejer {ung} år tog kläder på {shop}, sprang mot {place}. "
    "En heter {first:2}, den andra vet vi ej. Mamman {full:3} har tel {mob}.",
    "butikschef|butikschatt|{first:1} {shop}: bilen {plate} står på lastgatan igen, samma kille som "
    "snodde i förra veckan\n{first:2}: det är {full:3}, han bor på {addr}\n"
    "{first:1}: okej ringer väktarna",
    "kassapersonal|butikschatt|Nån som vet vem {nick:1} är? Han har varit på {shop} tre dagar i rad och "
    "skrämt {first:2}. [[Inga]] vakter ute vid {place} på kvällarna heller. Meddela {first:3} på {mob}",
    # --- the control room's shift handovers
    "kontrollrum|skiftoverlamning|ÖVERLÄMNING KVÄLL → NATT den {date}\n"
    "– {full:1} har tillträdesförbud fr.o.m. i dag, bild i pärmen\n"
    "– {nick:2} och gänget hängde vid {shop} till kl {time}\n– Ring {full:3} på {org} om larmet går "
    "igen, {mob}\n– Nycklar: hos {first:4}",
    "kontrollrum|skiftoverlamning|Överlämning dag→kväll. {first:1} går hem kl {time}, {first:2} tar "
    "över. Bevakning: {comma:3} har setts i {centre} två gånger i dag. Polisen ({case}) vill ha film "
    "från kamera 7. Parkeringsautomaten vid {street} är sönder, anmält till {kommun}.",
    "vaktare|skiftoverlamning|Till nattpasset: Väktarbilen {plate2} har punktering, använd {plate}. Larm "
    "på {shop} strular, teknikern {full:1} kommer kl {time}. {first:2} sjuk, {first:3} täcker. /{full:4}",
    "kontrollrum|skiftoverlamning|overlamning.txt\n- {lowf:1} slutar kl {time}\n"
    "- kolla dörr mot {pstreet}\n- {low:2} får EJ släppas in (förbud t.o.m. {date})\n"
    "- ungdomar från {place} brukar komma vid stängning\n- {first:3} har nya koder",
    "kontrollrum|skiftoverlamning|Skiftöverlämning {centre}, söndag\n"
    "Lugnt. Snatteri på {shop} kl {time}, gärningsman {full:1} avvisad. [[Dag]] två utan bråk vid "
    "entrén. {first:2} har pratat med {first:3} om fler kameror. Planeringen för {week} ligger i pärmen.",
    "kontrollrum|skiftoverlamning|Överlämnat av: {full:1}\nMottaget av: {full:2}\n"
    "Pågående: bevakning av {full:3}, {snr}, misstänkt för rån mot personal på {shop} den {date}. Polis "
    "vill bli kontaktad på {tel} om han dyker upp.",
    "vaktare|skiftoverlamning|Hej {first:1}, bara så du vet: kvinnan som stal från {shop} i går heter "
    "{full:2} och bor enligt polisen på {addr}, {lgh}. Hon har en kompis {first:3} som brukar distrahera "
    "personalen. Mvh {first:4}",
    "vaktare|skiftoverlamning|NATT {date}: inga larm fram till kl {time}. Kl {time} inbrottslarm {shop} "
    "– väktare {wsur:1} på plats, inga spår. Misstänkt bil {plate} parkerad på {street}, ägare enligt "
    "reg: {full:2}.",
    # --- shops' drafts of police reports
    "butikschef|polisanmalan|Anmälan om stöld (snatteri)\nAnmälare: {shop}, genom {full:1}\n"
    "Brottsplats: {centre}\nBrottstid: {date} kl {time}\nMisstänkt: {full:2}, {pnr}\n"
    "Gods: jacka, värde {amount}\nVittnen: {full:3}, {mob}",
    "fastighetsagare|polisanmalan|Utkast polisanmälan – skadegörelse\n"
    "Natten mot {date} sprejades klotter på fasaden mot {street}. På filmen syns {full:1} och en person "
    "som kallas {nick:2}. Sanering beräknad till {amount}. Fastighet: {fast}. Kontaktperson: "
    "fastighetsförvaltare {sur:3}, {tel}.",
    "butikschef|polisanmalan|Jag heter {full:1} och är butikschef på {shop}. Den {date} ca kl {time} kom "
    "en man in och tog en korg med varor och gick ut utan att betala. Jag vet att han heter {full:2} "
    "eftersom han har tillträdesförbud i {centre}. Jag nås på {mob} eller {mail}.",
    "kassapersonal|polisanmalan|Polisanmälan via e-tjänst, kopia\n"
    "Brott: ofredande av personal\nDatum: {date}\nPlats: {shop}, {centre}\n"
    "Gärningsperson: okänd, men personal uppger att det är samma kille som {first:1} pekat ut tidigare, "
    "kallas {nick:2}.\nAnmälare: {caps:3}, {snr}",
    "butiksdetektiv|polisanmalan|Anmälan {case} komplettering: Den misstänkte {full:1} har även setts på "
    "film från {date} när han stal från {shop}. Vittnet {full:2} kan höras. Målsägandebiträde ej "
    "aktuellt. /{init:3}",
    "kassapersonal|polisanmalan|brottsanmälan utkast\nmålsägande: {low:1}, {pnr}\n"
    "adress: {addr}, {lgh}\nhändelse: rånad på mobil vid {centre} av två ungdomar\n"
    "misstänkta: en kallas {nick:2}, den andra okänd\ntel: {mob}",
    "butikschef|polisanmalan|Till polisen i {place}: Vi vill komplettera anmälan om hot mot vår "
    "anställda {full:1}. Gärningsmannen, som heter {full:2}, har återkommit och stått utanför butiken på "
    "{pstreet} flera kvällar. Han kör en grå Volvo {plate}. Kontakt: {full:3}, regionchef {shop}.",
    "vaktare|polisanmalan|Stöld ur bil på parkeringen till {centre}. Bilägaren {full:1} ({pnr}) hade "
    "låtit bilen {plate2} stå olåst. Väktare {sur:2} såg en man springa mot {place} kl {time}. "
    "Målsägandes sambo {first:3} har mer info.",
)
