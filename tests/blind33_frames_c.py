"""Frames of the thirty-third blind corpus, part c: the kommunpolis' excerpt, the housing company's work
orders and notes from trygghetsvandringar. A frame is `role|style|template` (tests/blind33_fill.py says what a
slot is)."""

from __future__ import annotations

FRAMES_C = (
    # polis_utdrag: the text of a kommunpolis' weekly excerpt
    "kommunpolis|polis_utdrag|{case} Skadegörelse. Fönsterruta krossad {venue}. Misstänkt {full:1}, {pnr}."
    " Anmälare {full:2}.",
    "kommunpolis|polis_utdrag|Narkotikabrott, ringa. {full:1} ({snr}) påträffad med cannabis vid {venue} kl"
    " {time}. Beslag. Förhörsledare {sur:2}.",
    "kommunpolis|polis_utdrag|Olovlig körning. {plate} stoppad på {street}, föraren {full:1} saknade"
    " körkort. Passagerare {first:2} ({ung}) släppt till mamma.",
    "kommunpolis|polis_utdrag|Hot mot tjänsteman, {venue}, kl {time}. Vakt {sur:1} hotad av man som kallar"
    " sig {nick}, troligen {full:2}. Utredning {case}.",
    "kommunpolis|polis_utdrag|Mopedstöld, {addr}. Ägare {full:1} tel {mob}. Mopeden hittad senare vid"
    " {place} av {first:2}, dumpad.",
    "kommunpolis|polis_utdrag|Ordningsstörning i {place} kl {time}. {antal} ungdomar, bl.a. {full:1}"
    " ({snr}) och {full:2}, avvisade enl PL 13 §.",
    "kommunpolis|polis_utdrag|Inbrott i lägenhet, {addr}, {lgh}. Målsägande {comma:1}, sambo {first:3}."
    " Brottsplatsundersökning gjord av tekniker {sur:2}. Diarie {case}.",
    "kommunpolis|polis_utdrag|Rån mot person ({ung} år) vid {venue}. Gärningsmän ev {first:1} och"
    " {first:2|g} lillebror, känd som {nick}. Mobil och {amount} tagna.",
    # bostad_arende: the Beskrivning of a housing company's work order
    "fastighetsskotare|bostad_arende|Ärendetyp: Klotter\n{addr}, fasad mot {street}\nAnmält av"
    " {full:1}\nFastighet: {fast}\nSanering {amount}\nUtförs av {first:2}",
    "fastighetsskotare|bostad_arende|Hyresgäst {full:1} ({lgh}) anmäler störande grannar, fester nätter mot"
    " lördag och söndag, senast den {date}. Grannen {wsur:2} nekar. Tel hyresgäst {mob}",
    "fastighetsskotare|bostad_arende|Brandrök i trapphus {addr}. Barnvagn antänd. Boende {full:1} ({tel})"
    " ringde 112. {org} på plats. Fastighet {fast}.",
    "fastighetsskotare|bostad_arende|Hot mot personal! Bovärd {full:1} hotad av hyresgäst i {lgh}"
    " ({full:2}) på {street}. Polisanmält, ärendenr hos polis {case}.",
    "fastighetsskotare|bostad_arende|Misstänkt narkotika förråd {addr}. Sprutor hittade. Förrådet tillhör"
    " {low:1}, {lgh} ({fast}). Bytt lås, kostnad {amount}",
    "fastighetsskotare|bostad_arende|belysning ur funktion på gården mot {street}, {first:1} har bytt"
    " armatur. ny felanmälan från {first:2} den {date}, hyresgäst {wsur:3} klagar",
    "fastighetsskotare|bostad_arende|Grovsopor i {place}, framför port {addr}. Fakturera {full:1} enl."
    " bovärd {sur:2}. Bil {plate} blockerar.",
    "fastighetsskotare|bostad_arende|Inbrott förråd x3 {addr} ({fast}). Anmälda av {full:1}, {full:2},"
    " {full:3}. {kommun} informerad.",
    # trygghetsvandring: notes from a trygghetsvandring
    "samordnare|trygghetsvandring|Trygghetsvandring den {date}, {place}. Deltagare: {full:1} ({org}),"
    " {full:2} (polis), {full:3} (boende), {first:4} från {kommun}.",
    "trygghetsvard|trygghetsvandring|Punkt 3: Buskar vid {venue} skymmer sikt. {first:1} tar med till"
    " {org}. [[Ros]] till {first:2} för bra karta.",
    "samordnare|trygghetsvandring|Vandring {place} – synpunkter:\n- mörkt vid {street}\n- klotter på"
    " elskåp\n- {full:1} (boende) upplever otrygghet vid hållplatsen för {line}\nAnteckn. {first:2}",
    "kommunpolis|trygghetsvandring|Vi gick {pstreet} – {venue} – {place}. Lugnt. Polis {sur:1} deltog, även"
    " {first:2} och {wfirst:3}.",
    "trygghetsvard|trygghetsvandring|deltog: {lowf:1}, {first:2}, {full:3} + {antal} boende. nästa vandring"
    " {week}, samling vid {venue} kl {time}",
    "fritidsledare|trygghetsvandring|Ungdomarna ({first:1}, {first:2}, {first:3}) visade var de känner sig"
    " otrygga: tunneln under {pstreet} och parkeringen vid {venue}.",
    "socialsekreterare|trygghetsvandring|Boende {full:1} berättade om narkotikaförsäljning vid {venue}"
    " kvällstid, främst {week}. Uppgiften vidare till kommunpolis {sur:2}.",
    "samordnare|trygghetsvandring|Åtgärdslista efter vandringen {week}:\n1. Belysning {street} – {org}\n2."
    " Klipp buskar – {full:1}\n3. Ny skylt – {first:2}",
)
