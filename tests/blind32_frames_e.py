"""Frames of the thirty-second blind corpus, part e: minutes of the local EST meetings (samverkan), field
workers' logs (faltlogg) and interpreter bookings and call logs (tolkbokning). `role|style|template`; slots
as in tests/blind32_fill.py."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # samverkan: minutes of the weekly EST meeting
    "samordnare|samverkan|Protokoll EST-möte {week}\nNärvarande: {full:1} (kommunen), {full:2} "
    "(polisen), {full:3} ({org})\n§3 {place}: fortsatt oro kring {shop}. Gul status.",
    "samordnare|samverkan|Lägesbild {place} {week}. Polisen ({sur:1}) rapporterar två rån. "
    "Fältgruppen ({first:2}, {first:3}) har träffat ungdomar vid {venue}. Föreningen "
    "{org} erbjuder läxhjälp.",
    "samordnare|samverkan|Minnesanteckningar {date}\nDeltagare: {comma:1}, {comma:2}, {init:3}\n"
    "Beslut: extra belysning vid {pstreet}, kostnad {amount}. Ansvarig: {first:1}.",
    "brottsförebyggare|samverkan|Inför {holiday}: moskén ({venue}) och {org} samarbetar om "
    "nattvandring. Kontakt {full:1} ({mob}) och {full:2}. Polisens kontaktperson är {sur:3}.",
    "samordnare|samverkan|Punkt 4. Grupp kring {nick:1} och {nick:2} har flyttat från {place} till "
    "{street}. Fältassistent {full:3} följer. {line} har haft stenkastning {weekday}.",
    "samordnare|samverkan|Närvarolista\n{register:1}, polisen\n{full:2}, {org}\n{full:3}, "
    "fritid\n{low:4}, skola\nKontaktpolis: {sur:5}\nÖvrigt: nästa möte kl {time} på {venue}.",
    "områdesutvecklare|samverkan|Rapport från {place}: boende ({first:1}, {first:2}) vill ha "
    "kameror vid {venue}. {org} svarar {week}. Vi bjuder in {full:3} från församlingen.",
    "samordnare|samverkan|Beslut {date}: rött läge för {place}. Skäl: skottlossning vid {street}, "
    "hot mot {full:1} och hennes son {first:2}. Ansvarig handläggare {sur:3}.",
    # faltlogg: field workers' logs
    "fältassistent|faltlogg|kl {time} {place}\nmötte {lowf:1}, {lowf:2} o {nick:3}. pratade om "
    "bråket vid {shop}. {first:4|g} lillebror var med.",
    "fältassistent|faltlogg|Fält {weekday}: Lugnt vid {venue}. Hälsade på {full:1} som sköter "
    "{shop}. Han säger att {nick:2} sålt gräs vid {line} hållplats. Kollegan {sur:3} var med.",
    "fältassistent|faltlogg|Pratade med {first:1} ({ung}) om hans kompis {full:2} som sitter i "
    "häktet. {first:1|g} pappa {wsur:3} vill träffa oss. Nummer {mob}.",
    "fältsekreterare|faltlogg|{date} kväll, {place}\n{ung}-åringen {first:1} berättade att "
    "{nick:2} och {nick:3} hotat honom för {amount}. Mamman {full:4} informerad.",
    "fältassistent|faltlogg|Samtal med {caps:1} (storebror till {first:2}) vid {pstreet}. Han ber "
    "oss hålla koll på lillebror. [[Wallah]] han är snäll, säger han.",
    "fältassistent|faltlogg|Körde {first:1} och {wfirst:2} hem till {addr} efter bråket. Föräldern "
    "{full:3} tackade. Bil: kommunens {plate}. Vi såg även {plate2} vid {place}.",
    "fältassistent|faltlogg|obs: {lowf:1} och {low:2} hänger i källaren på {street} varje kväll sen "
    "{week}. {org} har bytt lås. /{first:3}",
    "fältsekreterare|faltlogg|Rapport: {first:1} (kallas {nick:1}) är tillbaka från Irak och syns "
    "vid {venue}. Kusin till {full:2}. Kontakt via socialtjänsten.",
    # tolkbokning: interpreter bookings and call logs
    "handläggare|tolkbokning|Tolkbokning\nSpråk: somaliska\nTolk: {full:1}\nKund: {register:2}, "
    "{pnr}\nTid: {date} kl {time}\nPlats: {venue}",
    "handläggare|tolkbokning|Bokat tolk i tigrinja till samtal med {full:1} ({snr}). Tolkförmedlingen "
    "skickar {full:2}. Om tolken uteblir: ring {tel}.",
    "receptionist|tolkbokning|Telefonsamtal kl {time}: {comma:1} ringde via tolk (arabiska) och ville "
    "prata med handläggare {sur:2} om sin son {first:3}. Återkom på {mob}.",
    "handläggare|tolkbokning|Tolken {full:1} (thai) var jävig – hon är kusin till {full:2}. Ny tolk "
    "bokad: {full:3}, {weekday}, på {venue}.",
    "receptionist|tolkbokning|Meddelande: {first:1} (dotter till {full:2}) ringde och sa att "
    "mamman inte behöver tolk längre. [[Shukran]], sa hon. Tel {mob}",
    "handläggare|tolkbokning|Tolkrapport {date}\nSpråk: polska\nTolk: {init:1}\nDeltagare: {full:2}, "
    "{full:3}\nSamtalet gällde skadegörelse på {addr}.",
    "handläggare|tolkbokning|{full:1} behöver tolk i vietnamesiska vid möte med {org} om "
    "hyresskuld ({amount}) kl {time}. Sonen {first:2} brukar tolka men bör inte.",
    "receptionist|tolkbokning|Missat samtal från {tel}. Talat in på persiska, tolken {first:1} "
    'översatte: "Jag heter {full:2}, jag bor på {street}, någon har skrivit {lowf:3} på min dörr."',
)
