"""Frames of the forty-seventh blind corpus, fourth file: notes in a störningsärende (the case log), what
neighbours say as witnesses, and the störningsjour's reports from the night. `role|style|template`."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # ---------------------------------------------------------------- störningsärende, case log
    "forvaltare|arendelogg|Störningsärende {addr}\n{date}: klagomål från {full:1} (grannen i {lgh}).\nNästa "
    "dag: pratat med hyresgästen {full:2} i dörren, hen förnekar.\nUppföljning {week}. /{init:3}",
    "forvaltare|arendelogg|Logg – ärende {sur:1}\n* Första varning skickad.\n* Ny anmälan från {first:2} "
    "{wsur:2}, bor vägg i vägg.\n* Bovärd {first:3} hörde själv skrik kl {time}.\n* Kontakt med "
    "socialtjänsten i {kommun}.",
    "forvaltare|arendelogg|Anteckning i ärendet:\nHyresgäst: {comma:1}, {pnr}\nBoende i lgh enligt uppgift: "
    "sambon {full:2}, barnen {first:3} och {first:4}.\nBesökare som ofta nämns: {nick:5}, som kommer med "
    "{line}.",
    "forvaltare|arendelogg|{full:1} ({lgh}) har nu fått sin andra varning. Grannen {full:2} skriver dagbok "
    "över störningarna och har lovat att vittna i hyresnämnden {week}. Kopia till jurist {sur:3}.",
    "bovard|arendelogg|hembesök {date} tillsammans med {first:1} från {org}. ingen öppnade i {lgh}. pratade "
    "med grannen {low:2} som säger att det bor minst {antal} personer där. bilen {plate} står alltid "
    "utanför.",
    "forvaltare|arendelogg|Ärendenotering\nAnmälare: {full:1}, {mob}\nAnmäld: {full:2}, {addr}\nSamtal med "
    "anmäld {date}: säger att det är grannens barn {first:3} som stör, inte hennes.",
    "forvaltare|arendelogg|Uppföljningsmöte {week}\nNärvarande: förvaltare {full:1}, hyresgäst {full:2}, "
    "tolk\nHyresgästen uppger att exmaken {full:3} kommer dit och bråkar. Rekommenderad kontakt med polisen.",
    "forvaltare|arendelogg|Noterat: Grannarna {sur:1} och {sur:2} har skrivit under en lista mot {caps:3} i "
    "{lgh}. Listan har {antal} namn. Skannad och sparad i ärendet ({fast}).",
    # ---------------------------------------------------------------- neighbours as witnesses
    "hyresgast|vittnen|Vittnesuppgift\nJag, {full:1}, boende i {lgh}, intygar att jag natten till {date} "
    "hörde glas krossas och {first:2} skrika i lägenheten ovanför. {full:1|g} telefon: {mob}",
    "hyresgast|vittnen|Hej, jag var med när det hände. {full:1} från 5:an slog {first:2} i huvudet vid "
    "soprummet. Min fru {wfirst:3} såg också, vi kom från {venue} kl {time}. Vi vill vara anonyma men ni "
    "kan ringa på {mob}",
    "hyresgast|vittnen|Intyg\nUndertecknade grannar bekräftar att hyresgästen {full:1} har stört oss "
    "upprepade gånger under {week} och veckan efter.\n{full:2}, {lgh}\n{full:3}\n{full:4}",
    "hyresgast|vittnen|{first:1} här från trappan bredvid. jag såg {nick:2} och {lowf:3} bära ut en tv från "
    "{addr} kl {time} typ, vid {place}. dom körde iväg i en svart audi {plate2}",
    "hyresgast|vittnen|Jag heter {full:1} och har bott på {street} i {antal} år. Jag kan vittna om att "
    "{full:2} har hund som skäller från morgon till kväll. Min man {first:3} har också hört, ända ut på "
    "{pstreet}.",
    "hyresgast|vittnen|VITTNE: {caps:1}\nTel: {tel}\nSamordningsnr: {snr}\nSåg två personer bråka utanför "
    "{venue} den {date}. Den ena var {first:2} som bor i lgh bredvid mig, den andra kände jag inte.",
    "hyresgast|vittnen|Hej. Det var inte {first:1} som sparkade på dörren, det var hans kusin {full:2} som "
    "hälsar på ibland. Jag såg det från balkongen. /{low:3}",
    "hyresgast|vittnen|Jag vill bara säga att familjen {sur:1} är jättetrevliga och inte stör. Det är "
    "{full:2} i {lgh} som ljuger. Vi bodde på {street} innan. {wfirst:3} på första våningen håller med mig.",
    # ---------------------------------------------------------------- störningsjour, night reports
    "jour|storningsjour|Jourrapport {date}\nKl {time} larm från {full:1}, {addr}. Hög musik {lgh}. Väktare "
    "{first:2} på plats, hyresgäst {full:3} sänkte efter tillsägelse.",
    "jour|storningsjour|STÖRNINGSJOUR\nUtryckning till {place}, {street}\nAnmälare: {comma:1}\nPå plats: "
    "fest med ca {antal} personer hos {full:2}. Polis tillkallad kl {time}. Väktare {sur:3}.",
    "jour|storningsjour|Rapport från {org}: kl {time} ringde {first:1} från {lgh} om bråk i trapphuset. Vid "
    "ankomst till {venue} satt {nick:2} och två okända där. Avvisade. Ingen skada.",
    "jour|storningsjour|jour natt {date}. ringt av {full:1} ({mob}). grannen {full:2} skriker. åkte dit, "
    "ingen öppnade. hörde mansröst, kanske {first:3} som brukar vara där. lämnat lapp. bilen stod vid "
    "{line} hållplats.",
    "jour|storningsjour|Väktarrapport\nObjekt: {fast}\nTid: kl {time}\nHändelse: person sovande i trapphus, "
    "uppgav namnet {full:1}, född {pnr}. Avvisad mot {place}. Grannen {full:2} hade ringt.",
    "jour|storningsjour|Jourhavande {full:1} noterar: samtal från {full:2} kl {time}, rökdoft i trapphuset "
    "{addr}. Misstänkt cannabis, även vid {venue}. Ingen anträffad. Ärendet till förvaltare {sur:3}.",
    "jour|storningsjour|{caps:1} (väktare) rapporterar:\nBil {plate} med motorn igång utanför {venue}, fyra "
    "unga män i bilen. Föraren uppgav namnet {first:2}. Lämnade efter tillsägelse.",
    "jour|storningsjour|Störningsjouren {date}\nAnmälare: {full:1}, {lgh}\nStörande: hyresgäst {full:2}\n"
    "Notering: dörrknackning utan svar. [[Grannen]] mittemot bekräftar oväsen.",
)
