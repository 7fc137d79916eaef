"""Frames of the thirty-eighth blind corpus, part b: the styrkeledare's own notes, brandutredningar and
security guards' reports (`role|style|template`; slots in tests/blind38_fill.py)."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # ------------------------------------------------------------------------- sl_logg
    "styrkeledare|sl_logg|Natten till {date} – tre containerbränder på kort tid i {place}. Först vid "
    "{street} (larm kl {time}), sedan bakom {school}. Boende {full:1} filmade och skickar filmen till "
    "polisen. Brandman {sur:2} snackade med ungdomar på platsen, en av dem hette {first:3}.",
    "styrkeledare|sl_logg|SL-anteckning: {full:1|g} bil {plate2} brann på {pstreet}. Ägaren kom ut i "
    "morgonrock, sa att hans ex {first:2} hotat att 'bränna upp allt'. Lämnat till polis, ärende {case}.",
    "styrkeledare|sl_logg|Egen notering. Tredje branden i trapphuset på {addr} sedan {week}. Boende i "
    "{lgh}, {full:1}, är orolig och vill flytta. Pratade med jouren hos {housing}, {first:2}.",
    "styrkeledare|sl_logg|Återkoppling från insats: {caps:1} och {full:2} ({ung}) sågs av väktare vid "
    "{venue} strax innan. {first:2|g} mamma ringde oss dagen efter, tel {mob}.",
    "styrkeledare|sl_logg|Styrkeledare {full:1}, notering {date}\nMopedbrand i cykelrummet, {addr}. Rök "
    "in i {lgh}. [[Inga]] skadade.\nBoende {low:2} tror att det är {nick:3} igen.",
    "styrkeledare|sl_logg|Till {wfirst:1}: kolla med {full:2} på {housing} om de kan låsa soprummet på "
    "{street}. Tre bränder där sedan {date}.\n//{first:3}",
    "styrkeledare|sl_logg|Pass {date}. Brand i skolans förråd, {school}. Vaktmästare {sur:1} säger att "
    "dörren stått olåst. Eleverna {first:2} och {first:3} hördes skryta om det enligt fritidsledare "
    "{full:4}.",
    "styrkeledare|sl_logg|Obs till nästa skift: {full:1} ({snr}) sover i pannrummet på {addr}, hittades "
    "vid brandlarmet {time}. Socialjouren kontaktad. Fastighetsägare: {housing}.",
    # ------------------------------------------------------------------ brandutredning
    "brandutredare|brandutredning|Brandutredning – {date}\nObjekt: flerbostadshus, {addr} "
    "({fast})\nBrandorsak: anlagd, brännbart material i trapphus.\nVittnesuppgifter: {full:1}, {lgh}; "
    "{full:2}, granne.\nUtredare: {full:3}, {kommun}",
    "brandutredare|brandutredning|Utredning av bilbrand, {pstreet}\nFordon: {plate} och {plate2}\nÄgare: "
    "{comma:1} resp. {comma:2}\nSlutsats: anlagd. Tändvätska påträffad.\nÄrende hos polisen: "
    "{case}\nBrandutredare {wsur:3}",
    "brandutredare|brandutredning|BRANDUTREDNING\nSkola: {school}\nTid: {time}\nUppgiftslämnare: rektor "
    "{full:1}, tel {tel}\nBrand i plastkärl vid entrén. [[Sten]] kastad genom rutan på gaveln.\nKostnad: "
    "{amount}\nUtredare {full:2}",
    "brandutredare|brandutredning|Brandutredarens anteckningar, {date}: startpunkt i barnvagnsrummet. "
    "Boende {full:1} såg {nick:2} och en okänd person gå ut genom källardörren. {first:1} vill vara "
    "anonym. Ärende {case}.",
    "brandutredare|brandutredning|Brandorsaksutredning, {week}\nHändelse: brand i container vid "
    "{venue}\nIakttagelser: spår av tändvätska. Väktare {full:1} ({org}) vittnar om två personer, varav "
    "en tilltalades '{first:2}'.\nHandläggare: {init:3}",
    "brandutredare|brandutredning|Utredning: mopedbrand i cykelförråd, {addr}\n{full:1}, {pnr}, "
    "hyresgäst, uppger att mopeden tillhör sonen {first:2}.\nDörren till förrådet har saknat lås sedan "
    "{date}, felanmält till {housing}.",
    "brandutredare|brandutredning|Sammanfattning brandutredning\nPlats: {place}, {street}\nTid: natten "
    "mot {date}\nBrandförlopp: brand i bil spred sig till carport.\nFordon: {plate2}\nVittne: "
    "{caps:1}\nPolisens kontaktperson: {full:2}",
    "brandutredare|brandutredning|Brandutredare {full:1} besökte {school} den {date} tillsammans med "
    "polisen ({sur:2}). Eleven {first:3}, {ung} år, har erkänt att hen tände på papper i toaletten. "
    "Vårdnadshavare {full:4}, {mob}.",
    # ------------------------------------------------------------------------- vaktare
    "vaktare|vaktare|Väktarrapport, {org}\nObjekt: {venue}\nKl {time} upptäckte undertecknad brand i "
    "papperskorg vid entrén. Släckt med pulversläckare. Två personer sprang mot hållplatsen för {line}. "
    "En av dem ropade '{nick:1}'.\n/väktare {full:2}",
    "vaktare|vaktare|Rond {time}: lukt av brandrök i trapphuset, {addr}. Boende {full:1} öppnade och "
    "berättade att någon tänt på reklam i postlådorna. Polis larmad, patrull med {first:2} och "
    "{first:3}. Väktare {sur:4}",
    "vaktare|vaktare|Händelserapport, {date}\nRapportör: {full:1}, {org}\nPåträffade brinnande moped på "
    "gångväg vid {street}. Ringde 112 och räddningstjänsten kom efter ca {antal} min. Vittne: {full:2}, "
    "{snr}, {mob}.",
    "vaktare|vaktare|Väktare {full:1} och {full:2} larmades {time} till {school} – bråte i brand vid "
    "cykelstället. Bevakningsbolaget har bilder, lämnas till polisen på begäran ({case}).",
    "vaktare|vaktare|Rapport från nattrond:\n- {time} bilbrand på {pstreet}, {plate}\n- container välts "
    "och tänds vid {street}, ungdomar ({antal} st) springer\n- en av dem känd sedan tidigare, {first:1}, "
    "kallas {nick:1}\nRapport skriven av {full:2}",
    "vaktare|vaktare|Avvikelserapport\nVäktare: {comma:1}\nTid: {time}\nPlats: {venue}\nHändelse: Brand "
    "i container, släckt av RTJ. Misstänkt: man ca {vuxen} år, kallad {nick:2} av de andra. Polis "
    "informerad, {lowf:3} i patrullen tog uppgifter.",
    "vaktare|vaktare|{first:1} här från {org}, ringde in en brand vid {street} kl {time}. Boende "
    "{full:2} i {lgh} hade sett eld genom fönstret. Vi säkrade platsen tills RTJ kom.",
    "vaktare|vaktare|Vaktbolagets veckorapport {week}: två brandtillbud i {place}. Först container "
    "{date} vid {street}, sedan moped i källarförråd, {addr}. Väktare på passen: {full:1}, {full:2}.",
)
