"""Frames of the forty-ninth blind corpus, part e: notes of the crisis staff's meetings, fault reports from
the grid and the water works, and handovers between shifts (tests/blind49_corpus.py)."""

from __future__ import annotations

FRAMES_E = (
    # ---------------------------------------------------------------- staff meeting notes
    "krisk|stabsmote|Stabsmöte {date} kl {time}\nNärv: {full:1} (ordf), {full:2}, {full:3}, {sur:4} ({org})\n"
    "§1 Läget: {antal} evakuerade kvar på {venue}\n§2 {first:2} kontaktar {co} om ersättningsboende",
    "krisk|stabsmote|Minnesanteckningar krisledningsgrupp\nDeltagare: {init:1}, {init:2}, {full:3},"
    " {full:4}\n"
    "Beslut: trygghetspunkt {venue} öppen till kl {time}. {first:3} ansvarar. Hemtjänst prio: {full:5}.",
    "krisk|stabsmote|Stabsorienteringen {time}\n– RL {sur:1}: branden släckt\n– Polis ({sur:2}): ärende"
    " {case}, teknisk undersökning\n– POSOM ({full:3}): {antal} samtal\n– Info: {first:4} skriver webbtext",
    "krisk|stabsmote|Stab {date}, {kommun}\nNärvarande: {full:1}, {full:2} ({co}), {full:3} (räddningstj.)\n"
    "Fråga: vem ringer {full:4} om flytten? – {first:1}\nÖvrigt: [[Klart]] med hotell, {amount} per natt",
    "krisk|stabsmote|anteckn stab {week}\n{full:1}: el åter i {place} utom {street}\n{full:2}: {antal}"
    " brukare utan larm\n{lowf:3}: mat till {venue} ordnad, {line} omleds\nnästa möte kl {time}",
    "krisk|stabsmote|Stabsmöte 2\nOrdf {full:1}. Sekr {full:2}.\n1. Lägesbild (TiB {sur:3})\n2. Boende:"
    " {full:4} och {full:5} ännu ej ersättningsboende\n3. Kommunikation: inga namn i webbtexten!",
    "krisk|stabsmote|Beslutslogg\n{time} Beslut att öppna {venue} (fattat av {full:1})\n{time2} Beslut att"
    " begära förstärkning från {org} ({full:2})\n{time3} Beslut att avveckla kl {time4} – {full:1}",
    "krisk|stabsmote|Kort avstämning {date}: {full:1}, {full:2}, {first:3} från {co}. Stormen har fällt"
    " träd på {street} och {pstreet}. {full:4} i {lgh} behöver hjälp med mat. {first:3} tar det.",
    # ---------------------------------------------------------------- grid and water fault reports
    "elnat|driftstorning|Driftstörning {co}\nOmråde: {place}\nStart: {time}\nBerörda kunder: {antal}\n"
    "Prioriterade kunder (elberoende): {full:1}, {addr}; {full:2}, {addr2}\nKontakt: {full:3}, {tel}",
    "elnat|driftstorning|Felanmälan vatten {date}\nAnmälare: {full:1}, {mob}, {mail}\nAdress: {addr}\n"
    "Beskrivning: vatten forsar ur brunn vid {street}, källare hos {full:2} vattenfylld\nMottagen av:"
    " {first:3}",
    "elnat|driftstorning|Från {co}: Elberoende kund {full:1} ({pnr}), {addr} ({fast}), har larmat."
    " Reservkraft"
    " saknas. Kommunen ombeds kontakta kunden eller sonen {full:2}, {mob}.",
    "elnat|driftstorning|Driftinfo {time}: {antal} hushåll i {place} utan el. Montör {sur:1} på plats,"
    " {line} stoppad."
    " Kund {full:2} ringde om frys, hänvisad till försäkring. /{first:3}, {co}",
    "elnat|driftstorning|FELANMÄLAN {date} kl {time}\nKund: {caps:1}\nAnl.adress: {addr}\nFastighet: {fast}\n"
    "Tel: {tel}\nNotering: syrgas, kontakta hemtjänst ({first:2})",
    "elnat|driftstorning|Hej kommunen, vi har {antal} kunder på {place} som står som elberoende. Bl.a."
    " {full:1} och {full:2}. Vår jourhavande {full:3} nås på {mob}. Mvh {co}",
    "elnat|driftstorning|Vattenläcka {street}. Avstängt kl {time} till ca {time2}. Tankvagn vid {venue}."
    " Anmält av {low:1}, boende i {lgh}. Rörjour: {full:2}",
    "elnat|driftstorning|Ärende {date}: {full:1} på {addr} har ingen ström sedan stormen, mobilen laddas"
    " hos grannen {full:2}. Nås på {mob} fram till kl {time}. Handl. {first:3}",
    # ---------------------------------------------------------------- handovers
    "tib|overlamning|Överlämning TiB {full:1} → {full:2} den {date} kl {time}\n- Brand {addr}: avslutad, "
    "{antal} fortf. på hotell\n- Ej nådd: {full:3}, {mob}\n- {first:4} på {co} återkommer imorgon",
    "tib|overlamning|Till nästa TiB:\n{full:1} ({lgh}) ringer ofta, är orolig, var snäll. Hennes son"
    " {full:2} är kontaktperson ({mob}). POSOM-ledare {sur:3} har bakgrund.\n/{first:4}",
    "posom|overlamning|Överlämning POSOM-grupp 1 till 2\nPågående: {full:1}, {full:2} (barn {first:3},"
    " {ung} år)\nKlart: {full:4}\nTelefon: POSOM-mobilen {mob}\nAv: {full:5}",
    "hemtj|overlamning|Rapport till kvällen: {full:1} bor hos {first:2} på {pstreet} i två nätter, åker"
    " {line} dit. {full:3}"
    " på {venue}. {low:4} vill inte ha besök, ring istället {tel}.",
    "tib|overlamning|Överlämning {time}\nÖppet: ersättningsboende för {full:1} + {full:2} (barn)\n"
    "Kostnad hittills {amount}\nNycklar hos {nick:3}\nKontakt {co}: {full:4}",
    "tib|overlamning|TiB-byte {date}. Kvarstående: {full:1} saknas fortf. (polisens ärende {case}). Bilen"
    " {plate} hittad vid {place}. Anhörig {full:2}, {mob}.",
    "posom|overlamning|Överlämning från {full:1}: familjen {wsur:2} har fått boende via {co}. Mamma"
    " {wfirst:3} vill ha samtal {date}. Kontakt via socjour {full:4}",
    "hemtj|overlamning|Nattens rapport: besökt {full:1} ({lgh}), {full:2} ({lgh2}), {full:3} ({lgh3}). Alla"
    " har värme igen. {first:4} har nyckeln till {sur:5|g} lgh.",
)
