"""Frames of the forty-sixth blind corpus, first file: SSPF protocols, minutes of the lokal samverkansgrupp
and attendance lists. A frame is `role|style|template` (tests/blind46_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_A = (
    # ------------------------------------------------------------------ protokoll (SSPF-protokoll)
    "sspf_samordnare|protokoll|"
    "PROTOKOLL SSPF {place}\nDatum: {date}, kl {time}\n"
    "Närvarande: {full:1} (rektor), {full:2} (soc BoU), KP {sur:3}, {full:4} (fältare)\n"
    "§ 4 Aktuella ungdomar\n{first:5} ({ung} år) – skolk och sena kvällar, {venue}. Ansvar: "
    "{first:1}\n§ 5 Störningar på {line} och vid {street}.",
    "sspf_samordnare|protokoll|"
    "§ 2 Genomgång av ärenden\n"
    "a) {full:1}, född {pnr}, bror till {first:2}. Orosanmälan gjord av skolan {date}.\n"
    "b) {first:2} ({ung}) – setts med äldre i {place} sent på kvällen.\n"
    "Beslut: soc ({sur:3}) kallar vårdnadshavare.",
    "sekreterare|protokoll|"
    "Protokoll fört vid SSPF-möte, {kommun}\n"
    "Ordförande: {full:1}\nSekreterare: {full:2}\nJusterare: {comma:3}\n\n"
    "§ 5 Polisen informerar: {full:4|g} moped ({plate2}) omhändertagen, ärende {case}.",
    "sspf_samordnare|protokoll|"
    "§ 7. {caps:1}\nKurator {sur:2} rapporterar hög frånvaro sedan {week}. "
    "[[Hans]] mamma {first:3} nås på {mob}. Familjen bor på {addr}, {lgh}.\nAnsvar: kurator {sur:2}, "
    "uppföljning {date}",
    "kommunpolis|protokoll|"
    "SSPF {kommun} – {date}\n§ 3 Lägesbild från polisen (KP {full:1})\n"
    "Grupp om {antal} ungdomar samlas vid {venue} på kvällarna. Två namngivna: {first:2} och {nick:3}. "
    "{first:2} är {ung} år. Även stök på {street}.",
    "sekreterare|protokoll|"
    "§ 9 Övriga frågor\n{full:1} (fritid) tar upp att {first:2} {wsur:2} och {lowf:3} varit på "
    "{venue} trots avstängning. [[Inga]] nya orosanmälningar.\nNästa möte {date} kl {time}, {pstreet}.",
    "sspf_samordnare|protokoll|"
    "§ 4 Individärenden (sekretess, samtycke finns)\n"
    "- {full:1} ({ung}), {klass}, {venue}\n- {full:2} ({ung}), samordningsnr {snr}, syskon {first:3}\n"
    "Soc BoU handläggare: {sur:4}. Polisens ärende {case}.",
    "sekreterare|protokoll|"
    "Justeras: ____________ {full:1}\n\n§ 6 Ekonomi\nFeriejobb för {antal} ungdomar, kostnad {amount}. "
    "Fråga från {org} om nattvandring på {street}.\nAnsvar: {full:2}",
    # ------------------------------------------------------------------ minnesanteckning
    "lokal_samverkan|minnesanteckning|"
    "Minnesanteckningar lokal samverkan {place} {week}\n"
    "Deltog: {first:1} (fritid), {first:2} (soc), {first:3} (skola), KP {sur:4}\n"
    "* Lugnt på {street} senaste veckan\n* {full:5} har flyttat till mormor, ny adress {addr}",
    "lokal_samverkan|minnesanteckning|"
    "anteckn. från samverkan {date}\n- oro kring {low:1} ({ung}) o hans kompis {lowf:2}\n"
    "- fältarna har pratat m mamma {first:3}\n- KP kollar ärende {case}\n- ansvar: {first:4} (fält)",
    "trygghetssamordnare|minnesanteckning|"
    "Anteckningar – samverkansmöte {kommun} – {date}\n"
    "1. Läget i {place}: bränder i containrar, {antal} st sedan {week}.\n"
    "2. {full:1} ({org}) berättar om att {first:2} och {first:3} hängt i trapphuset på {addr} ({fast}).\n"
    "3. Ansvar: {full:4}",
    "lokal_samverkan|minnesanteckning|"
    "Anteckningar\nNärv: {full:1}, {full:2}, {full:3}\nFrånv: {full:4} (sjuk)\n\n"
    "{full:5|g} pappa har hört av sig till {venue} ({tel}). "
    "Vill ha möte innan {date}.",
    "trygghetssamordnare|minnesanteckning|"
    "Minnesant. {place} – {date}\nPunkt 1: {init:1} (kurator) – tre elever i {klass} berörda. "
    "Namn: {first:2}, {first:3}, {wfirst:4}.\nPunkt 2: Trygghetsvandring {pstreet} kl {time}.",
    "lokal_samverkan|minnesanteckning|"
    "{full:1} inledde. Genomgång av händelser sedan förra mötet ({date}).\n"
    "Klotter på {venue}, skadegörelse på {line}. Misstänkt: {nick:2} (ca {ung} år). "
    "Fältare {sur:3} känner igen honom.",
    "trygghetssamordnare|minnesanteckning|"
    "ANTECKNINGAR SAMVERKAN\n{date} – {place}\n"
    "Närvarande: Rektor {sur:1}, kurator {full:2}, soc {full:3}, fritidsledare {first:4}\n"
    "{first:5} ({ung} år, {klass}) har slutat komma till fritidsgården. Ansvar: {first:4}",
    "lokal_samverkan|minnesanteckning|"
    "minnesant samverkan\n{lowf:1} o {lowf:2} har setts i bil {plate} vid {place} flera kvällar, "
    "förare okänd.\nKP kollar med {full:3}. [[Klara]] besked till nästa möte {date}.",
    # ------------------------------------------------------------------ narvarolista
    "sekreterare|narvarolista|"
    "Närvarolista SSPF den {date}\n"
    "{comma:1}\tRektor\t{venue}\n{comma:2}\tSocialsekreterare\tBoU\n{comma:3}\tKommunpolis\tPolisen\n"
    "{comma:4}\tFältassistent\tFältgruppen",
    "sekreterare|narvarolista|"
    "NÄRVARANDE {date}\n- {full:1}, rektor {venue}\n- {full:2}, kurator\n- {full:3}, KP\n"
    "- {full:4}, enhetschef fritid\nFÖRHINDER\n- {full:5} (soc)",
    "sekreterare|narvarolista|"
    "Namn | Roll | Organisation | Tel\n"
    "{full:1} | Samordnare SSPF | {kommun} | {tel}\n"
    "{full:2} | Kommunpolis | Polisen | {mob}\n{full:3} | Kurator | {venue} | –",
    "sspf_samordnare|narvarolista|"
    "Deltagare: {full:1} (skola), {full:2} (socialtjänst), {full:3} (polis), {full:4} (fritid). "
    "Mötet hölls i {venue}, {pstreet}.",
    "sekreterare|narvarolista|"
    "Närvaro {week}\n{caps:1} – rektor\n{caps:2} – socialsekr.\n{caps:3} – fältare\n"
    "Adjungerad: {full:4} från {org}",
    "sekreterare|narvarolista|"
    "Kallade: Skola ({full:1}), Soc ({full:2}), Polis ({sur:3}), Fritid ({full:4})\n"
    "Anmält förhinder: {first:2}\nKontakt: {mail}\nLokal: {venue}",
    "sspf_samordnare|narvarolista|"
    "Närvarande vid mötet {date}:\n{init:1}, rektor\n{init:2}, biträdande rektor\n{full:3}, kurator\n"
    "{full:4}, fältsekreterare\n{full:5}, kommunpolis",
    "sekreterare|narvarolista|"
    "Deltagarlista samverkansmöte {place}\nOrganisation\tNamn\tE-post\n"
    "Skola\t{full:1}\t{mail}\nSoc\t{full:2}\t–\nPolis\t{full:3}\t–\nFritid\t{full:4}\t–",
)
