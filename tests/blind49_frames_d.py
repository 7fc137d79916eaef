"""Frames of the forty-ninth blind corpus, part d: situation reports (VB, lägesrapport), tables pasted as
text, and the crisis office's chat (tests/blind49_corpus.py)."""

from __future__ import annotations

FRAMES_D = (
    # ---------------------------------------------------------------- VB / lägesrapport
    "tib|vb_rapport|VB {date} kl {time}, {kommun}\nHändelse: brand i flerbostadshus, {addr}\nLäge: släckt,"
    " {antal} evakuerade, {antal2} på {venue}\nPersonskador: {full:1} ({vuxen}) till sjukhus\nKontakt:"
    " TiB {full:2}, {mob}",
    "tib|vb_rapport|LÄGESRAPPORT 2\n1. Strömavbrott {place} och {place2}, {co} anger åter ca kl {time}.\n"
    "2. Hemtjänst har nått alla utom {full:1}. {line} går ej.\n3. [[Inga]] kända personskador.\n4. Nästa"
    " rapport kl {time2}"
    " ({first:2}).",
    "krisk|vb_rapport|Lägesbild {week}, skriven av {full:1}\nVattenläckan {street}: ca {antal} hushåll utan"
    " vatten. Tankvagn vid {venue}. Särskilt: {full:2} ({snr}) och {full:3} behöver vatten buret upp.",
    "tib|vb_rapport|Till: kommundirektör {full:1}, säkerhetschef {sur:2}\nFrån: TiB\n\nKort läge: Brand"
    " {addr}"
    " under kontroll {time}. POSOM ({full:3}) aktiv. Media ringer – hänvisa till {first:4} på"
    " kommunikation.",
    "krisk|vb_rapport|VB {date}\n- {co} rapporterar {antal} lgh utan värme i {place}\n- {full:1}, {full:2}"
    " o {full:3} evakuerade till {venue}\n- Kostnad hotell hittills {amount}\n- Ansvarig: {full:4}",
    "tib|vb_rapport|Rapport till länsstyrelsen (WIS) {date}\nKommun: {kommun}\nHändelse: storm\nPåverkan:"
    " {antal} abonnenter utan el, trygghetslarm påverkade\nKontaktperson: {full:1}, {tel}, {mail}",
    "tib|vb_rapport|VB kl {time}: Läget lugnt på {venue}. Kvar: {full:1}, {low:2}, {full:3}."
    " [[POSOM]] avvecklas kl {time2}. /{full:4}",
    "krisk|vb_rapport|Lägesrapport nr 3 (vattenläcka)\nOmråde: {place}\nDrabbade särskilt: {full:1}"
    " ({lgh}), {full:2} ({lgh2}), {wfirst:3} på äldreboendet\nNästa: kl {time}. Sammanst. {full:4}",
    # ---------------------------------------------------------------- tables pasted as text
    "krisk|tabell|Namn\tPnr\tLgh\tTel\tStatus\n{full:1}\t{pnr}\t{lgh}\t{mob}\tNådd\n"
    "{full:2}\t{pnr2}\t{lgh2}\t{mob2}\tEj nådd\n{full:3}\t{snr}\t{lgh3}\t–\tHos {first:4}",
    "bostad|tabell|| Lgh | Hyresgäst | Tel | Kommentar |\n|---|---|---|---|\n| {lgh} | {full:1} | {mob} | hos"
    " sonen |\n| {lgh2} | {full:2} | {tel} | kvar |\n| {lgh3} | {full:3} | – | sjukhus |",
    "hemtj|tabell|Brukare            Adress              Insats\n{full:1}    {addr}    tillsyn x3\n{full:2}"
    "    {addr2}    larm, mat\n{full:3}    {addr3}    syrgas – PRIO",
    "krisk|tabell|Tid    Vem    Vad\n{time}  {first:1}  ringde {full:2}\n{time2}  {first:1}  ringde"
    " {full:3}, ej svar\n{time3}  {first:4}  åkte hem till {full:3}",
    "krisk|tabell|EVAKUERADE PER LGH ({addr})\n{lgh}: 2 vuxna ({full:1}, {full:2})\n{lgh2}: 1 vuxen"
    " ({full:3})"
    " + hund\n{lgh3}: tom (bor i {place})\n{lgh4}: {full:4}, {vuxen} år",
    "posom|tabell|nr;namn;tel;stöd\n1;{full:1};{mob};samtal\n2;{full:2};{mob2};samtal, barn\n"
    "3;{full:3};{tel};info\n4;{low:4};;ej nådd",
    "rtj|tabell|Fordon i garaget (enl {co})\nREG        ÄGARE\n{plate}    {full:1}\n{plate2}    {full:2}\n"
    "{plate3}    {full:3}\nEj identifierad: 1 st",
    "krisk|tabell|Boende | ålder | var nu\n{comma:1} | {vuxen} | {venue}\n{comma:2} | {vuxen2} | hos"
    " {nick:2}\n"
    "{comma:3} | {vuxen3} | {place}",
    # ---------------------------------------------------------------- crisis office chat
    "krisk|teams_chatt|[{time}] {full:1}: har någon pratat med {full:2} i {lgh}?\n[{time2}] {full:3}: ja, hon"
    " är hos {first:4}\n[{time3}] {full:1}: 👍",
    "krisk|teams_chatt|{full:1} · {time}\nPOSOM behöver fler på {venue}, {first:2} kan du?\n{full:2} ·"
    " {time2}\n"
    "kommer, tar med {sur:3} från {org}",
    "krisk|teams_chatt|{first:1}: RL säger att {full:2} vägrar gå ut\n{first:3}: ska vi skicka {nick:4}? han"
    " känner honom\n{first:1}: ja gör det",
    "krisk|teams_chatt|TiB {full:1}: uppdaterad ringlista i Teams. Ej nådda: {full:2}, {full:3}, {low:4}."
    " {first:5} tar de tre.",
    "krisk|teams_chatt|[{time}] {full:1}\n@{full:2} kan du mejla {co} om {full:3}? hennes tel är"
    " {mob}\n[{time2}] {full:2}\nfixat",
    "krisk|teams_chatt|{first:1} skrev: nån som vet var {wsur:2} hamnade? dottern ringer hela tiden\n"
    "{first:3} skrev: de är på {venue}\n{first:1} skrev: tack!",
    "krisk|teams_chatt|{full:1}\n{time}\nbilen {plate2} står i vägen för stegbilen på {street}, polisen"
    " ({sur:2}) ringer ägaren {full:3}",
    "krisk|teams_chatt|{full:1}: [[TiB]] går av kl {time}, {full:2} tar över.\n{full:2}: ok. Nåt jag ska"
    " veta?"
    "\n{full:1}: {full:3} ({lgh}) fortfarande ej nådd. Och {first:4|g} katt saknas 😅",
)
