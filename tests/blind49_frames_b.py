"""Frames of the forty-ninth blind corpus, part b: the POSOM group's log, messages from the rescue service's
command centre and incident commander (RäddC, RL), and hemtjänst's SMS (tests/blind49_corpus.py)."""

from __future__ import annotations

FRAMES_B = (
    # ---------------------------------------------------------------- POSOM log
    "posom|posom_logg|POSOM {kommun}, aktivering {date}\nLedare: {full:1}\nStöd: {full:2} ({org}), {full:3}"
    " (socialtjänsten), diakon {sur:4}\n{time} samling {venue}\n{time2} samtal m familjen {sur:5},"
    " {first:6} ({ung}) i chock",
    "posom|posom_logg|POSOM-logg\n{time} {full:1} och {full:2} till brandplatsen {addr}\n"
    "{time2} enskilt samtal m {full:6}, mamma till {first:3}. Hon ber att vi ringer maken {first:4} på"
    " {mob}\n"
    "{time3} {nick:5} (granne) vill prata, mycket upprörd",
    "posom|posom_logg|Anteckn POSOM den {date}\nNärvarande: {init:1}, {init:2}, {full:3}\n"
    "- Familjen {wsur:4} i {lgh} har förlorat allt. Pappan {first:5} jobbar natt på {venue}.\n"
    "- Barnen går på {venue2}; rektor {sur:6} informerad.\n- Nästa träff {date2} kl {time}",
    "posom|posom_logg|{time} ringde {full:1} till POSOM-telefonen {tel}, hennes bror {full:2} bodde i {lgh}"
    " där det brann. Hon är i {place}. Vi bokar samtal m {sur:3} (kurator) imorgon.",
    "posom|posom_logg|POSOM\nkl {time}: stödsamtal {first:1} ({vuxen}), {first:2} ({vuxen2}) o barnen\n"
    "kl {time2}: {full:3} från {org} tar över\nkl {time3}: {low:4} ringer igen, vill veta om grannen {full:5}"
    " lever. Hänvisat till polisen.",
    "posom|posom_logg|Sammanfattning POSOM den {date} ({full:1}, sammankallande)\n"
    "Insats {antal} timmar, {antal2} personer fick stöd. Svåra samtal: {full:2}, {full:3} ({snr}).\n"
    "Uppföljning {week}: {first:4} ringer {full:2} på {mob}.",
    "posom|posom_logg|POSOM ({place})\n"
    "{time} {caps:1} (präst) + {first:2} på plats. Ca {antal} pers.\n"
    "{time2} Pojke {first:3}, {ung} år, letar efter sin pappa {full:4}. Pappan på {venue}.\n"
    "{time3} Återförenade. Mamman {wfirst:5} tackar.",
    "posom|posom_logg|Logg skriven av {lowf:1} (posom)\n"
    "{time} {full:2} behöver boende 3 nätter, {co} ordnar\n"
    "{time2} {full:3} o {full:4} vill inte prata med nån\n{time3} vi lämnar {venue} och kör hem {first:5}",
    # ---------------------------------------------------------------- RäddC / RL messages
    "rtj|raddc|RäddC till TiB {kommun} kl {time}: Brand i lgh {addr}, {lgh}. Boende {full:1} ({vuxen})"
    " förd till {venue}. Övriga {antal} evakuerade. Kontakta RL {full:2} {mob}.",
    "rtj|raddc|FRÅN RL {caps:1}\nObjekt {fast}, {addr}.\nSkadade: {full:2} rökskadad,"
    " ambulans. Saknas: {full:3}, {vuxen} år.\nBehov: POSOM + ersättningsboende.",
    "rtj|raddc|Hej TiB! {first:1} här, inre befäl. RL {sur:2} vill att ni tar hand om {full:3} och hennes"
    " två barn, de står ute vid {place} utan jackor. Ring mig {mob} /{first:1}",
    "rtj|raddc|räddC {time}: vattenläcka {addr}, {antal} lgh drabbade. fastighetsjour {sur:1} ({co}) på väg."
    " boende {low:2} i {lgh} rullstolsburen, behöver hjälp ut",
    "rtj|raddc|Lägesinfo RL {full:1}, kl {time}\n– Branden släckt\n– {lgh} totalskadad, bor {full:2}"
    " och {full:3}\n– Ingen får gå in förrän {time2}\n– {full:4} från polisen har ärende {case}",
    "rtj|raddc|SMS från insatsledare {full:1}: Kan kommunen ta emot {antal} pers på {venue}? Bl.a {full:2}"
    " ({vuxen} år, syrgas) o {full:3}. Svara {mob}.",
    "rtj|raddc|RäddC: Avslutar insatsen {addr} kl {time}. Fastigheten överlämnad till {co} genom"
    " {full:1}. Bil {plate2} flyttad av bärgare. Polisens ärende {case}. /Vakthavande {sur:2}",
    "rtj|raddc|{full:1}, RL, den {date}: Storm – träd över väg vid {place}. Ca {antal} hushåll isolerade. "
    "Känd sårbar: {full:2} ({pnr}), hemdialys. Dottern {full:3} nås på {mob}. {line} inställd.",
    # ---------------------------------------------------------------- hemtjänst SMS
    "hemtj|hemtjanst_sms|Hej {first:1}! Kommer inte in till {full:2} på {addr}, porten avspärrad. Hon"
    " står på listan för lunch. Vad gör vi? /{first:3}",
    "hemtj|hemtjanst_sms|{first:1} kan du ringa {full:2}s dotter {mob}? Mamman är på {venue} sen kl {time}."
    " Jag har ingen täckning här ute i {place}",
    "hemtj|hemtjanst_sms|Alla mina brukare nådda utom {full:1} ({lgh}) och {low:2}. Ringt {tel} flera"
    " ggr. Åker förbi. /{nick:3}",
    "hemtj|hemtjanst_sms|strömmen borta i {place}!! {full:1} har syrgas, hennes son {full:2} hämtar henne"
    " kl {time}. {first:3} o {first:4} tar kvällspasset",
    "hemtj|hemtjanst_sms|Till samordnare {sur:1}: {full:2}, {snr}, är flyttad till korttids på {venue}."
    " Nyckel lämnad till {full:3}. Mvh {full:4}",
    "hemtj|hemtjanst_sms|Hej! {full:1} här från hemtjänst {place}. Brukare {full:2} vill inte lämna"
    " lägenheten trots vattnet. Sonen {wfirst:3} på väg från {place2}. Ring {mob}",
    "hemtj|hemtjanst_sms|{first:1}: ok. {first:2}: vi tar {full:3} och {full:4} först, sen {lgh}."
    " {first:1}: {nick:5} kan ta {sur:6|g} insulin kl {time}",
    "hemtj|hemtjanst_sms|Nattpatrullen {date}: besökt {full:1}, {full:2}, {full:3} – alla ok, varma."
    " {full:4} svarar ej på dörren, polis tillkallad ({case}). /{first:5}",
)
