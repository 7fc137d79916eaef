"""Frames of the thirty-second blind corpus, part a: statements taken with an interpreter (tolkforhor),
notes from meetings with families and relatives (familjemote) and neighbour complaints in multilingual
housing areas (grannklagomal). `role|style|template`; slots as in tests/blind32_fill.py."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # tolkforhor: statements taken with an interpreter
    "polis|tolkforhor|Förhör med målsägande {full:1} ({pnr}), hållet på {venue} med tolk i somaliska "
    "(tolk {full:2}). {first:1} uppger att hon blev hotad i trapphuset kl {time} av en man hon känner som "
    "{nick:3}. Ärendet har nr {case}. Förhörsledare: {sur:4}.",
    "kommunpolis|tolkforhor|Uppgiftslämnare: {comma:1}\nTolk: {full:2} (arabiska, telefontolk)\n"
    "Plats: {place}\nUppgiftslämnaren berättar att hans bror {first:3} blivit rånad vid hållplatsen för "
    "{line}. [[Wallahi]] jag såg det, säger han enligt tolken. Nås på {mob}.",
    "utredare|tolkforhor|{caps:1}, född {pnr}, hörd {date} kl {time} via tolk på dari. Den hörde har "
    "inget körkort men uppger att bilen {plate} tillhör svågern {first:2}. Bilen stod vid {venue}.",
    "polis|tolkforhor|Vittnesuppgift (tolk på tigrinja, {full:1}):\nVittnet {full:2} bor på {addr} och "
    "såg från balkongen hur två unga män sparkade sönder dörren till {venue}. En av dem kallades "
    "{nick:3} och en annan {lowf:4}. Vittnet har samordningsnummer {snr}.",
    "socialsekreterare|tolkforhor|Samtal med {first:1} ({ung} år) och mamman {full:2} på kontoret i "
    "{place}. Tolk i kurdiska sorani: {full:3}. {first:1|g} farbror {sur:4} var inte närvarande. "
    "Familjen hyr i andra hand av {org}.",
    "polis|tolkforhor|Målsägande {init:1} hördes per telefon med tolk (turkiska) {weekday} {date}. Hon "
    "berättar att grannen {low:2} skrek hot genom brevinkastet. Hennes mobil: {tel}. Anmälan "
    "{case}. Hon bor nära {pstreet}.",
    "utredare|tolkforhor|FÖRHÖR\nHörd: {register:1}\nTolk: {full:2}, vietnamesiska\n\n{first:1} driver "
    "ingen verksamhet själv men hjälper kusinen {first:3} i {shop}. Inbrottet skedde natten mot "
    "{date}. Skadan uppskattas till {amount}.",
    "polis|tolkforhor|Vid förhöret (tolk i bosniska, {comma:1}) uppgav {full:2} att dottern {wfirst:3} "
    "ofta blir trakasserad vid {place}. Hon har pratat med rektor {sur:4} utan resultat.",
    # familjemote: notes from meetings with families and relatives
    "familjebehandlare|familjemote|Möte med familjen {sur:1} den {date}.\nNärvarande: pappan {full:2}, "
    "mamman {full:3}, storebror {first:4} samt farmor som bara talar somaliska. Tolk {full:5}.\n"
    "[[Ayeeyo]] vill att pojken ska sluta vara ute efter kl {time}.",
    "socialsekreterare|familjemote|Anteckning efter hembesök hos {full:1} på {addr}, {lgh}. Morbror "
    "{first:2} var med och tolkade delvis. Oro för {first:3} ({ung} år) som synts med äldre killar vid "
    "{venue}.",
    "kurator|familjemote|Föräldramöte {weekday} kl {time} på {venue}.\nDeltog: {low:1}, {full:2}, "
    "{init:3} samt brobyggaren {full:4} som översatte till arabiska. Föräldrarna tar upp att {line} "
    "inte stannar på kvällarna. Nästa möte {week}.",
    "familjebehandlare|familjemote|Familjen {sur:1} (ursprung Eritrea) har bott i {place} i två år. "
    "Pappan {first:2} arbetar natt, mamman {wfirst:3} läser SFI. Sonen {first:4|g} telefon: {mob}. "
    "Mötet hölls med tolk {full:5}.",
    "socialsekreterare|familjemote|{full:1} ringde efter mötet och ville lägga till att hennes kusin "
    "{nick:2} inte längre bor hos dem. Hon har ny adress på {addr}. Mejl: {mail}",
    "samordnare|familjemote|Nätverksmöte kring {first:1} ({ung}).\nFrån familjen: mormor {full:2}, "
    "mamman {comma:3}, moster {first:4}.\nFrån kommunen: fältassistent {full:5}.\n[[Habibi]], sa mormor "
    "flera gånger. [[Inshallah]] blir det lugnare efter {holiday}.",
    "kurator|familjemote|Möte med {full:1} och hennes man {full:2}. De uppger att deras äldste son "
    "blivit misshandlad vid {venue} den {date}. Polisen har ärendet {case}. Familjen vill inte att "
    "namnet {sur:3} nämns i skolan.",
    "familjebehandlare|familjemote|{register:1} (pappa) och {full:2} (mamma) träffades på {venue}. "
    "Tolken {first:3} var sen ca {antal} minuter. Barnen: {first:4}, {first:5} och lillasyster "
    "{lowf:6}. Uppföljning {week}.",
    # grannklagomal: neighbour complaints in multilingual housing areas
    "bovärd|grannklagomal|Klagomål från {full:1}, {addr}: grannen ovanför ({full:2}) spelar hög musik "
    "efter kl {time} och har fest varje helg. Klaganden vill vara anonym mot grannen. Tel {mob}.",
    "förvaltare|grannklagomal|Störningsärende {lgh}, {place}\nKlagande: {comma:1}\nMotpart: {caps:2}\n"
    "Klagomålet gäller matos från balkongen och att {first:2} grillar med kol. Hyresgästen har "
    "informerats av {org}.",
    "bovärd|grannklagomal|Granne ringde och klagade på familjen {sur:1} i trapphuset mot "
    "{street}. Barnen springer i trappan och mamman {nick:2} svarar inte när man knackar. Klaganden "
    "heter {full:3} och bor på {addr}.",
    'kundtjänst|grannklagomal|Ärende från boende {low:1} (skrivet på engelska, översatt): "my '
    'neighbour {first:2} smokes in stairwell". Boende nås på {mail}. Fastighet {fast}.',
    "förvaltare|grannklagomal|Tvist mellan {full:1} och {full:2} om tvättstugan på {street}. Båda säger "
    "att den andra tar deras tider. {first:1|g} dotter {first:3} har fotat bokningstavlan. Medlare "
    "{sur:4} kopplas in {week}.",
    "bovärd|grannklagomal|Störning {weekday} natt. Hyresgäst {init:1} i {lgh} uppger att "
    "grannarna {first:2} och {first:3} grälade högt på polska. {org} skickar störningsbrev.",
    "kundtjänst|grannklagomal|Hej! Jag heter {full:1} och bor på {addr}. Grannen {wsur:2} har en hund "
    "som skäller hela dagarna när han jobbar. Jag har pratat med honom men han förstår inte svenska så "
    "bra. Mvh {first:1}",
    "förvaltare|grannklagomal|Klagomål (nr 3 denna månad) på {register:1}, {lgh}, {place}.\n"
    "Anmälare: {full:2}, {tel}\nBil {plate2} parkerad på gräsmattan vid {venue}.",
)
