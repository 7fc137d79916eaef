"""Frames of the forty-sixth blind corpus, fifth file: decision logs, consent forms with their notes, and
handover notes and chats between coordinators."""

from __future__ import annotations

FRAMES_E = (
    # ------------------------------------------------------------------ beslutslogg
    "sspf_samordnare|beslutslogg|"
    "Beslut {date}\nB1. {full:1} erbjuds kontaktperson. Ansvar: {full:2}\nB2. Polisen kallar {first:3} "
    "till orossamtal. Ansvar: KP {sur:4}\nB3. Ökad närvaro {place} {week}",
    "sspf_samordnare|beslutslogg|"
    "Beslutslogg SSPF {place}\n{date}: ärende {first:1} {sur:1} avslutas\n"
    "{date}: {first:2} tas upp i SIG, ansvar {full:3}",
    "enhetschef|beslutslogg|"
    "BESLUT: Styrgruppen godkänner att {first:1} och {first:2} får feriepraktik hos {org}. "
    "Lön: {amount}. Ansvar: {full:3}",
    "sspf_samordnare|beslutslogg|"
    "Beslutat: hembesök hos fam. {sur:1} på {addr}, {lgh}. Deltar: {first:2} (soc), {first:3} (fält). "
    "Tid: {date} kl {time}.",
    "sspf_samordnare|beslutslogg|"
    "Beslut nr 14: {full:1} ({pnr}) lyfts till social insatsgrupp.\n"
    "Beslut nr 15: {full:2} avslutas – [[Klara]] mål.",
    "enhetschef|beslutslogg|"
    "Beslut: Extra fältare i {place} och på {line} fredagar {week}. Kostnad: {amount}. Ansvar: {full:1}, "
    "rapport till {full:2}",
    "sspf_samordnare|beslutslogg|beslut: {lowf:1} o {lowf:2} erbjuds plats på sommarläger. ansvarig: {low:3}",
    "sspf_samordnare|beslutslogg|"
    "BESLUT\n- Ingen åtgärd för {first:1} i dagsläget\n- {full:2} remitteras till BUP\n"
    "- Ny kontakt med {full:3|g} mamma via {tel}",
    # ------------------------------------------------------------------ samtycke
    "insatssamordnare|samtycke|"
    "SAMTYCKE TILL INFORMATIONSUTBYTE\nUngdom: {full:1}\nPersonnummer: {pnr}\n"
    "Skola: {venue}\nVårdnadshavare 1: {full:2}\nVårdnadshavare 2: {full:3}\nDatum: {date}",
    "insatssamordnare|samtycke|"
    "Samtycke inhämtat från {full:1} ({mob}) för sonen {first:2} och dottern {first:3}. "
    "Gäller skola, soc, polis och fritid t.o.m. {date}.",
    "socialsekreterare|samtycke|"
    "Samtycke saknas för {first:1} ({ung}). Pappa {full:2} vill inte. Ärendet kan inte tas upp "
    "med namn. Ansvar för ny kontakt: {sur:3}",
    "insatssamordnare|samtycke|"
    "Samtyckesblankett\nNamn: {full:1}\nSamordningsnr: {snr}\nAdress: {addr}, {lgh}\n"
    "Underskrift VH: {full:2}",
    "insatssamordnare|samtycke|"
    "Samtycke återkallat av {full:1} den {date}. {first:2} ({ung}) tas bort från listan. "
    "Meddelat {full:3} per mejl {mail}.",
    "socialsekreterare|samtycke|"
    "samtycke ok: {lowf:1} ({ung}), {lowf:2} ({ung})\nsamtycke saknas: {first:3}\n"
    "vh kontaktad: {full:4}\nsenast sedd på {line}",
    "insatssamordnare|samtycke|"
    "Muntligt samtycke från mamma {full:1} via tolk. Skriftligt lämnas på {venue} senast {date}. "
    "Gäller {first:2}. [[Vilja]] finns att delta.",
    "insatssamordnare|samtycke|"
    "Samtycke: {full:1} (ungdom) och {full:2} (VH). Bostad: {fast}, {addr}. Kopia till {org}.",
    # ------------------------------------------------------------------ overlamning
    "sspf_samordnare|overlamning|"
    "Överlämning till ny samordnare\nPågående: {full:1}, {full:2}, {nick:3}\n"
    "Kontakter: KP {full:4} ({mob}), soc {full:5}",
    "sspf_samordnare|overlamning|"
    "{first:1}: har du koll på {first:2} {wsur:2}?\n{first:3}: ja, {first:4} ringde igår, "
    "han är tillbaka i {place}\n{first:1}: ok tar det på SSPF",
    "socialsekreterare|overlamning|"
    "Överlämning BoU → SIG\n{full:1}, {pnr}, {addr}\nHandläggare hittills: {full:2}\n"
    "Ny handläggare: {full:3}\nMamma: {full:4}, samordningsnr {snr}",
    "faltare|overlamning|"
    "Till kvällspasset: håll utkik efter {nick:1} och {first:2} vid {venue}. "
    "{wfirst:3} har lovat komma till gården. Ring {first:4} på {mob} om något.\n[[Per]] pass två fältare.",
    "sspf_samordnare|overlamning|"
    "Fastighet {fast}: ungdomar i källarförråd. Hyresvärd {org}, kontakt {full:1} ({tel}). "
    "Namn som nämnts: {first:2}, {first:3}.",
    "insatssamordnare|overlamning|"
    "Överlämnas: {full:1} flyttar till {kommun}. Mottagare där: {full:2} ({mail}). "
    "Polisärende {case} pågår. Bil {plate2} kopplad.",
    "sspf_samordnare|overlamning|"
    'Chatt från {first:1}: "{nick:2} och {lowf:3} har fått lägenhet ihop, {addr}" '
    "– vidare till {first:4} på soc",
    "sspf_samordnare|overlamning|"
    "Ärenden som lämnas över {week}:\n1) {full:1} – SIG\n2) {full:2} – avslutas\n"
    "3) {full:3} – bevakas, nästa SSPF den {date}\nKontakt: {wsur:4} (KP)",
)
