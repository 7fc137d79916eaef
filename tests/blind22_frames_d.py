# ruff: noqa: E501
"""Frames of the twenty-second blind corpus, part d: associations' board minutes, booking e-mails for a lokal,
and the kommun's event permits. Each frame is `role|style|template`."""

FRAMES_D = [
    # protokoll: board minutes
    "forening|protokoll|Protokoll styrelsemöte {assoc} den {date}\nNärvarande: {full:1} (ordf), {full:2} (sekr), {full:3} (kassör)\n§ 4 Nowruz-festen: budget {amount}, ansvarig {first:2}",
    "forening|protokoll|§ 7 Övrigt: {full:1} rapporterar att lokalen på {addr} haft inbrott, fastighet {fast}. Polisanmälan {case}. Kassören {sur:2} kontaktar försäkringsbolaget.",
    "forening|protokoll|Styrelseprotokoll, {assoc}\nOrdförande: {caps:1}\nJusterare: {comma:2}\nBeslut: föreningen söker bidrag om {amount} från {kommun}",
    "forening|protokoll|Mötet öppnades av ordförande {sur:1}. {full:2} valdes till sekreterare i {first:3|g} ställe. Medlemsavgiften höjs till {amount}. Nästa möte {date} i {venue}.",
    "forening|protokoll|Närvarande: {low:1}, {low:2}, {lowf:3}\nfrågor: eid-fest på {venue}, vem hämtar nycklar? {lowf:3} fixar",
    "forening|protokoll|§ 3 Medlemsfrågor: {full:1}, {pnr}, ansöker om medlemskap. Bor på {addr}. Rekommenderas av {full:2}.",
    "forening|protokoll|PRO-styrelsen: ordförande {sur:1} tackar {full:2} för julbordet. {first:3} undersöker bussresa med {line}. Vid protokollet: {full:4}",
    "forening|protokoll|Scoutkåren, ledarmöte {week}: {full:1} tar hajken, {wfirst:2} och {first:3} tar spårarna. Bil {plate2} lånas av {full:4}.",
    # bokning: booking e-mails
    "bokning|bokning|Hej!\nJag vill boka {venue} den {date} från kl {time} för en födelsedagsfest, ca {antal} gäster.\nMvh {full:1}\n{mob}",
    "bokning|bokning|Från: {mail}\nÄmne: Bokning festlokal\nHej, vi i {assoc} vill hyra lokalen på {addr} för Eid. Kontakt {full:1}, {tel}. Faktura till {full:2}.",
    "bokning|bokning|Bekräftelse: {venue} bokad {date} av {comma:1}. Hyra: {amount}. Nyckel kvitteras hos vaktmästaren {sur:2}.",
    "bokning|bokning|Hej {first:1}! Tyvärr är {venue} redan bokad {date}. Fråga {full:2} om lokalen i {faith}, hon har {mob}.\n/{first:3}",
    "bokning|bokning|Bokningsförfrågan\nNamn: {full:1}\nPersonnummer: {pnr}\nAdress: {addr}\nLokal: {venue}\nDatum: {date}\nÄndamål: bröllop",
    "kommun|bokning|Bokningen av {venue} för {assoc} är flyttad till {week}. Ansvarig för städning är {full:1}, kontroll görs av {wsur:2} från fastighet.",
    "bokning|bokning|Hejsan, lånar ni ut lokal till studiecirkel? {org} startar arabiska för nybörjare. Ledare {full:1}. Ring mig, {full:2}, på {mob}!",
    "bokning|bokning|Ang. bokning av samlingslokalen, {lgh}, {addr}: hyresgästen {full:1} vill ha fest för {antal} pers. {first:1} har inte svarat på mejl.",
    # tillstand: the kommun's event permits
    "kommun|tillstand|Beslut om tillstånd att använda offentlig plats\nSökande: {comma:1}, {snr}\nPlats: {place}\nTid: {date} kl {time}\nÄndamål: Eid-marknad",
    "kommun|tillstand|Tillståndet för loppis vid {place} den {date} är klart. Sökande {full:1}, organisationsnummer i ansökan. Handläggare {full:2}, {tel}.",
    "kommun|tillstand|Serveringstillstånd för festivalen i {venue}: ansvarig {full:1}, {pnr}. Tillsyn av {full:2} från alkoholhandläggningen.",
    "kommun|tillstand|Ansökan om tillstånd till fyrverkeri nyårsafton: {full:1}, {addr}. Avslag, för nära {faith}. Besked skickat till {mail}.",
    "lansstyrelse|tillstand|Tillstånd att använda {fast} för midsommarfest. Markägare {full:1}. Arrangör {assoc}, ansvarig {full:2}.",
    "kommun|tillstand|Evenemangstillstånd {case}: musikfest vid {place} den {date}. Sökande {caps:1}. Villkor: slut kl {time}, vakter från {org}.",
    "kommun|tillstand|Hej {first:1}, ni behöver polistillstånd för tåget på {street}. Hör av dig till {full:2} på polisen, {mob}.\n/{full:3}",
    "kommun|tillstand|[[Dina]] uppgifter har kommit in. Tillstånd till foodtruck vid {venue} gäller {week}. Fordonet har reg {plate2}, ägare {full:1}.",
]
