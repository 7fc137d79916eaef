"""Frames of the sixtieth blind corpus, part e: the kommun's EST reports, the parish's insurance claims,
minutes of the parish council and of the kommun's samverkan meetings. `role|style|template`; slots as in
tests/blind60_fill.py."""

from __future__ import annotations

FRAMES_E = (
    # --- kommunens EST-rapporter (Beskrivning)
    "trygghetssamordnare|est_rapport|"
    "Inbrott och stöld: metallstölder från gravar på {place} natten mot {date}. Uppgift från "
    "kyrkogårdsförvaltningen ({full:1}). Polisanmält {case}.",
    "trygghetssamordnare|est_rapport|"
    "Otrygg plats: ungdomar samlas vid {venue} kvällstid, nedskräpning och glas bland gravarna. "
    "Rapporterat av {full:1} ({org}). Vaktmästaren {wsur:2} har pratat med några av dem.",
    "trygghetssamordnare|est_rapport|"
    "Skadegörelse: {antal} gravstenar vältade på {place}. Anhörig {full:1} har hört av sig till kommunen "
    "via {mail}. Vidarebefordrat till {org}.",
    "trygghetssamordnare|est_rapport|"
    'Klotter på muren mot {street}, tags "{nick:1}" och "{nick:2}". Fältassistent {first:3} känner '
    "igen dem. Sanering beställd {week}.",
    "trygghetssamordnare|est_rapport|"
    "Bråk/ordningsstörning i samband med begravning i {venue} den {date}. Två släktgrupper, bl.a. {full:1} "
    "och {full:2}, polis tillkallad. Kontakt via prästen {sur:3}.",
    "trygghetssamordnare|est_rapport|"
    "Olovlig trafik: mopedbilar kör på gångvägarna genom {place} kvällstid. En av dem {plate2}. "
    "Föraren kallas {nick:1} enligt {first:2} på fritidsgården.",
    "trygghetssamordnare|est_rapport|"
    "Olovligt boende: en man sover i förrådet på fastigheten {fast} vid {venue}. Han har uppgett "
    "namnet {full:1} och "
    "{pnr}. Socialtjänsten ({first:2}) kontaktad. Kyrkvaktmästare {wsur:3} följer upp.",
    "trygghetssamordnare|est_rapport|"
    "Kommande händelse: Alla helgons dag, {place}, tusentals besökare. Trafikvakter från {org}. "
    "Ansvarig kommunen: {full:1}, {tel}. Extra turer på {line}.",
    # --- skadeanmälningar till försäkringsbolaget
    "ekonomi|skadeanmalan|"
    "Skadeanmälan\nFörsäkringstagare: {org}\nSkadedatum: {date}\nSkadeplats: {place}, {grav}\n"
    "Beskrivning: stöld av {antal} bronslyktor\nBelopp: {amount}\nKontaktperson: {full:1}, {mail}",
    "ekonomi|skadeanmalan|"
    "Till försäkringsbolaget: vi bifogar polisanmälan {case} samt kvitton. Skadan gäller gravplatsen "
    "för {full:1} {levde}. Gravrättsinnehavare {full:2}, {pnr}, {addr}.",
    "ekonomi|skadeanmalan|"
    "SKADEANMÄLAN – PRIVATPERSON\nNamn: {caps:1}\nPersonnummer: {pnr}\nAdress: {addr}, {lgh}\n"
    "Telefon: {tel}\nSkadat: gravsten med bronsdetaljer på {place}\nBelopp: {amount}",
    "ekonomi|skadeanmalan|"
    "Hej {first:1}, fick ni in anmälan om kopparstölden på taket till {venue}? Kostnaden landar på "
    "{amount} enligt plåtslagaren {full:2}. självrisken {amount}. /{first:3}, ekonomi",
    "ekonomi|skadeanmalan|"
    "Ersättning för gravlykta: {comma:1}\nBank: se bifogat\nBelopp: {amount}\nHandläggare hos oss: "
    "{full:2}\nKomplettering från {first:3} inväntas.",
    "ekonomi|skadeanmalan|"
    "Kopia till arkivet. Skadeanmälan avseende vandalisering av gravar {week}. Drabbade: {full:1} "
    "({grav}), {full:2} ({grav}) och familjegraven {sur:3}. Ekonomiansvarig: {init:4}",
    "ekonomi|skadeanmalan|"
    "Fordonsskada: vår arbetsbil {plate} fick rutan krossad på {place} natten mot {date}. Föraren "
    "{full:1} upptäckte det kl. {time}. Anmält till polisen, {case}.",
    "ekonomi|skadeanmalan|"
    "{full:1} har ansökt om ersättning för gravsten som förstörts. Hon har bifogat faktura från "
    "{org} och uppger telefon {mob} och samordningsnummer {snr}. Bedömning: ingen ersättning från "
    "församlingen.",
    # --- protokoll från kyrkoråd och samverkansmöten
    "sekreterare|motesprotokoll|"
    "§ 4 Metallstölder\nKyrkogårdschef {full:1} redogjorde för stölderna på {place}. [[Rönn]] och "
    "sly vid muren röjs. Beslutades att "
    "gravera in gravnummer i nya lyktor. Justeras av {full:2} och {full:3}.",
    "sekreterare|motesprotokoll|"
    "Närvarande: {full:1} (ordf.), {full:2}, {full:3}, {first:4} från {org}\nFrånvarande: {full:5}\n"
    "§ 2 Läget på kyrkogårdarna {week}",
    "sekreterare|motesprotokoll|"
    "Samverkansmöte kommun–polis–församling {date}\nKommunpolis {sur:1} informerade om gripandet "
    "av en person med koppar från {place}. {kommun} ordnar belysning vid {street}. UL flyttar "
    "hållplatsen för {line}.",
    "sekreterare|motesprotokoll|"
    "§ 7 Klagomål\nEn anhörig, {full:1}, har skrivit till kyrkorådet om störningen vid begravningen "
    "av {full:2}. Kyrkoherden {wsur:3} har svarat. Ärendet läggs till handlingarna.",
    "sekreterare|motesprotokoll|"
    "Protokoll fört vid kyrkorådets sammanträde den {date}\nOrdförande: {comma:1}\nSekreterare: "
    "{full:2}\n§ 12 Kameraövervakning av {place} – utreds av {first:3}",
    "sekreterare|motesprotokoll|"
    "Minnesanteckning: {wfirst:1} från driften tog upp att [[Lilja]] och rosor slits upp från "
    "gravarna vid {venue}. Förslag: info vid skylten på {pstreet} och i nyhetsbrevet från {org}.",
    "sekreterare|motesprotokoll|"
    "Uppföljning åtgärder: Belysning {place} – slutförd. Kamerabevakning – planerad. Kontakt med "
    "boende på {pstreet} – pågående ({full:1}, fastighet {fast}). Nästa möte {date}.\nVid "
    "protokollet: {full:2}",
    "sekreterare|motesprotokoll|"
    "§ 9 Personal\nVaktmästare {full:1} slutar {week}, ersätts av {full:2}. {first:3} har "
    "hotats vid {place} och erbjuds samtal via företagshälsan.",
)
