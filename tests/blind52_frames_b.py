"""Frames of the fifty-second blind corpus, second file: lists of suspects and målsägande with their
personnummer, the förundersökningsledare's decisions and summaries of an insatsvecka. Each frame is
`role|style|template` (tests/blind52_fill.py says what a slot is).
"""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # ---------------------------------------------------------------- misstankta
    "utredare|misstankta|Misstänkta i ärende {case}:\n1. {comma:1}, {pnr}, {addr}\n2. {comma:2}, {pnr},"
    " ej känd adress\n3. {nick:3} (identitet ej fastställd)\nMålsägande:\n{comma:4}, {pnr}, tel {mob}",
    "utredare|misstankta|MÅLSÄGANDE\n{caps:1}  {pnr}\n{caps:2}  {snr}\nMISSTÄNKT\n{caps:3}  {pnr}  (alias"
    " {nick:3})\nVittnen: {full:4}, {full:5}",
    "kommunpolis|misstankta|Lista till EST-samordnaren (ej för spridning!)\nPersoner som förekommit i"
    " {place} under {week}:\n- {full:1}, {ung} år\n- {full:2}, {ung} år, bror till {first:1}\n-"
    " {wfirst:3} (efternamn okänt)\n- {nick:4}\nKontaktperson hos oss: {first:5} {mob}",
    "utredare|misstankta|Misstänkt: {full:1} ({pnr})\nBrott: olaga hot, ofredande\nMålsägande: {full:2}"
    " ({pnr}), {addr}\nHändelse: {date}, {street}\n{first:1} och {first:2} känner varandra via {venue}.",
    "ful|misstankta|Personer, ärende {case}\nMsg: {full:1}, {snr}, mobil {mob}\nMtd 1: {full:2},"
    " {pnr}\nMtd 2: {init:3}, {pnr}\nVittne: {wfirst:4} (granne, {addr})",
    "kommunpolis|misstankta|{full:1}, {pnr}, skriven på {addr}, {lgh}. Misstänkt för stöld i butik i"
    " {place} tillsammans med {full:2}. Målsägande är butiken, kontaktperson {sur:3} (butikschef).",
    "utredare|misstankta|Inblandade – knivskärning {date} kl {time}\nMålsägande: {full:1}, {pnr}, vårdas"
    " på sjukhus\nMisstänkt: {full:2}, {pnr}, anhållen\nMisstänkt: {low:3}, efterlyst\nVittne: {full:4},"
    " tfn {tel}\nAnmälan upprättad av polisassistent {sur:5}",
    "ful|misstankta|Sammanställning målsägande ({week})\n– {comma:1}, {pnr}, stöld av moped\n– {comma:2},"
    " {pnr}, rån, {venue}\n– {full:3|g} dotter, {ung} år, ofredande\nMisstänkt i samtliga: {full:4},"
    " kallad {nick:4}",
    # ---------------------------------------------------------------- fulbeslut
    "ful|fulbeslut|BESLUT\nFörundersökning inleds avseende grov olovlig körning och"
    " narkotikabrott.\nMisstänkt: {full:1}, {pnr}\nFordon: {plate}\nFörundersökningsledare: kommissarie"
    " {sur:2}\nDatum: {date}\nÄrende: {case}",
    "ful|fulbeslut|FUL-beslut {date}: förundersökningen mot {full:1} ({pnr}) läggs ned, brott kan ej"
    " styrkas. Målsägande {full:2} underrättas per brev till {addr}. /{init:3}, förundersökningsledare",
    "ful|fulbeslut|Beslut om kroppsvisitation\nBeslutsfattare: insatsledare {wsur:1}\nDen visiterade:"
    " {full:2}, {pnr}\nSkäl: {first:2} sågs överlämna ett paket till {nick:3} vid {venue} kl."
    " {time}.\nResultat: [[Inga]] fynd.",
    "ful|fulbeslut|Åklagaren {full:1} har tagit över ledningen av förundersökningen ({case}). Beslut om"
    " anhållande av {full:2} i hans utevaro. Beslut om husrannsakan hos {full:3} på {addr}, {lgh}"
    " (fastighet {fast}). Förhör med {first:2|g} flickvän {full:4} ska hållas skyndsamt.",
    "ful|fulbeslut|Beslut {date}\nFUL: krinsp {sur:1}\nFörundersökning inleds – skadegörelse genom brand,"
    " {street}\nMisstänkta: {low:2}, {lowf:3} (efternamn saknas)\nFörsäkringsbolaget och {org}"
    " underrättas.",
    "ful|fulbeslut|Beslut att inte inleda förundersökning\nAnmälan från {full:1} om ofredande via sms"
    " från {mob}. Numret registrerat på {full:2}. Ingen brottsmisstanke kan styrkas.\nBeslutsfattare:"
    " {sur:3}, polisinspektör\nÄrende {case}",
    "ful|fulbeslut|Beslut om kameraövervakning\nPlats: {street}, mot entrén vid {venue}\nPeriod: {week}"
    " till {week}\nMisstänkta: {full:1}, {pnr}, samt {full:2} (”{nick:2}”)\nBeslutet fattat av åklagare"
    " {sur:3}",
    "ful|fulbeslut|Förundersökningsledarens beslut\n– Hämtning till förhör av {full:1}, {pnr}, bostad"
    " {addr}\n– Kontakt med socialtjänsten i {kommun} avseende {first:1}, som är {ung} år\n– Förhör med"
    " vittnet {wsur:2}, som arbetar på {venue}\nFUL {full:3}",
    # ---------------------------------------------------------------- insatsvecka
    "insatsledare|insatsvecka|Summering insatsvecka {week}, {place}\nKontrollerade personer:"
    " {antal}\nKroppsvisiterade: {full:1}, {full:2}, {full:3}\nRapporterade: {full:2} (narkotikabrott,"
    " ringa), {nick:4} (olaga vapeninnehav)\nFordon kontrollerade bl.a. {plate} och {plate2}.",
    "insatsledare|insatsvecka|INSATSVECKA – DAG {antal}\nKl {time} stoppades {full:1} och {full:2} på"
    " {street}. Båda visiterades, inget anträffades. Kl {time} stoppades bil {plate} vid {venue}, förare"
    " {full:3} saknade körkort – rapporterad. Lugnt i övrigt.",
    "insatsledare|insatsvecka|Insatsveckan i korthet ({week}):\n• {antal} personer kontrollerade, varav"
    " {full:1}, {full:2} och {lowf:3} visiterade\n• {full:4} rapporterad för ringa narkotikabrott\n•"
    " Husrannsakan {addr}, inget av intresse\n• Samverkan med {org} och fältassistenterna\nInsatsledare:"
    " {sur:5}",
    "kommunpolis|insatsvecka|Till EST-gruppen: vår insatsvecka i {place} är avslutad. Vi har haft {antal}"
    " kontroller. Kända namn som dök upp: {nick:1}, {full:2}, {full:3} och {first:4|g} lillebror."
    " {first:4} fick följa med till stationen. Nästa insats planeras till {week}.\n/{first:5},"
    " kommunpolis",
    "insatsledare|insatsvecka|Dagrapport insats {date}\nPatrull {sur:1}/{sur:2}\n{time} {street}:"
    " kontroll {full:3}, {pnr}, inget\n{time} {venue}: visitation {full:4}, kniv – beslag\n{time}"
    " {place}: ordningsstörning, {low:5} avvisad",
    "insatsledare|insatsvecka|Insatsvecka {week} – resultat\nStoppade fordon: {antal}\nRapporterade"
    " förare: {full:1} ({plate}), {full:2} ({plate2})\nVisiterade: {caps:3}, {caps:4}\nAnhållen:"
    " {full:5}, misstänkt för grovt vapenbrott ({case})",
    "kommunpolis|insatsvecka|Insatsen i {place}: polisen har varit synlig kvällstid, särskilt vid"
    " {venue}, på {street} och ombord på {line}. Vi har pratat med {full:1} från {org} om belysningen."
    " Ungdomar vi känner igen: {lowf:2}, {first:3} och {first:4}. Inga gripanden.",
    "insatsledare|insatsvecka|Insats {place}, datum {date}\nHändelse: bil {plate} stoppad kl. {time} på"
    " {street}\nFörare: {full:1}, {pnr}, körkort saknas\nPassagerare: {full:2} och {nick:3}\nÅtgärd:"
    " rapport, fordonet flyttat till {venue}",
)
