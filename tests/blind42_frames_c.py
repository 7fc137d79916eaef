"""Frames of the forty-second blind corpus, file c: the trygghetslarm log (larmlogg), notes on frauds and
attempted frauds against older people (bedrageri) and the log of a search for a resident who wandered off
(forsvinnande). Each frame is `role|style|template` (slots: tests/blind42_fill.py)."""

from __future__ import annotations

FRAMES_C = (
    # ------------------------------------------------------------------ larmlogg
    "larmcentral|larmlogg|{date} kl {time} LARM från {full:1}, {addr}. Talkontakt: brukaren uppger att "
    "någon bankat på dörren och ropat. Larmpatrull ({first:2}/{first:3}) på plats kl {time}. Ingen "
    "person i trapphuset. Åter.",
    "larmcentral|larmlogg|Larmlogg natt\nkl {time} – {low:1} – armbandslarm – ingen talkontakt – "
    "patrull skickad\nkl {time} – {low:2} – fallit – lyft av {lowf:3}\nkl {time} – "
    "{full:4} – oroligt, säger att någon står utanför fönstret. Polis underrättad.",
    "larmcentral|larmlogg|Trygghetslarm {place}\nBrukare: {comma:1}\nTel: {tel}\nAnhörig 1: "
    "{full:2} {mob}\nAnhörig 2: {full:3} {mob}\nNotering: Ring anhörig 1 först. Fastighet: "
    "{fast}.",
    'nattpatrull|larmlogg|LARM {time}\n{full:1} larmar, säger att en man från "{bank}" ringt och ska '
    "komma förbi. Vi åkte dit, ingen där. Brukaren lugn. Tipsade om att aldrig lämna ut kod. /{first:2}",
    "larmcentral|larmlogg|Händelse: dörrlarm {venue}\nTid: {time}\nÅtgärd: personal ({first:1}) gick ut "
    "och hittade {full:2} på gården, på väg mot {street}. Åter inne kl {time}. Ingen skada.",
    "larmcentral|larmlogg|{date}\n{time} larm {first:1} {wsur:1}, ingen svarar i högtalaren. Patrull "
    "{first:2} skickad.\n{time} patrull på plats: brukaren på toaletten, larmet tryckt av misstag.\n"
    '{time} nytt larm samma brukare: "det är någon i trappan". Polisen kontaktad, {case}.',
    "nattpatrull|larmlogg|nattpatrullen {place} {week}\n- {time}: larm från {lowf:1}, sonen {first:2} "
    "hade kommit hem full o bråkade. polis kom.\n- {time}: {low:3} hade glömt att stänga av spisen.\n- "
    "{time}: lugnt",
    "larmcentral|larmlogg|Larm mottaget {date} kl {time}\nLarmande: {full:1}, {lgh}, {addr}\nOrsak: "
    "Obehörig i lägenheten enligt brukaren. Sonen {wfirst:2} på väg. Patrullen {first:3} och {first:4} "
    "möter polisen i porten.",
    # ------------------------------------------------------------------ bedrageri
    "brottsofferjour|bedrageri|Anteckning från samtal med {full:1} ({alder} år)\n"
    'Blev uppringd av "polisen" från nummer {mob}. Den som ringde presenterade sig som kommissarie '
    "{sur:2} och sa att ett gäng skulle råna henne. Hon ombads lägga {amount} och guldsmycken i en påse "
    "vid dörren. Kurir hämtade kl {time}. [[Inga]] vittnen.\nAnmält: {case}",
    "kommunpolis|bedrageri|Information till hemtjänsten {week}\nVi ser en ökning av så kallade "
    "bankbedrägerier mot äldre i {place}. Gärningspersonerna ringer och säger sig vara från {bank}. "
    "I det senaste fallet tömdes {full:1|g} konto på {amount}. Kontakta kommunpolisen {full:2}, "
    "{mob}, vid frågor.",
    "hemtjanst|bedrageri|BEDRÄGERIFÖRSÖK\nBrukare: {full:1}\nDatum: {date}\nVad: Man utgav sig för "
    'att vara från {org} och ville byta "säkerhetsdosan". Han visade ett falskt kort med namnet '
    "{full:2}.\nAnhörig meddelad: {full:3}, {mail}",
    "bistand|bedrageri|{date} – Samtal med {full:1}, god man för {full:2}. Det har gjorts uttag på "
    "huvudmannens konto i {venue} på sammanlagt {amount}. {first:2}, som kallas {nick:4} av personalen, "
    "minns inte att hon gjort dem. God "
    "man polisanmäler. Handläggare {sur:3} noterar.",
    "anhorig|bedrageri|Jag vill anmäla ett bedrägeri mot min far, {caps:1}, {pnr}. Han har blivit "
    "uppringd av någon som sa att hans konto hos {bank} var utsatt. Han loggade in med BankID och "
    "{amount} försvann. Kontakta mig, {full:2}, på {mob}.",
    "brottsofferjour|bedrageri|Falsk hantverkare – {place}\nTvå män har knackat dörr på {street} och "
    "erbjudit takrengöring. Hos {full:1} tog de {amount} i förskott och försvann. Bil: svart Audi "
    "{plate}. Grannen {nick:2} skrev upp numret. Polisens ärende: {case}.",
    "hemtjanst|bedrageri|{first:1} skriver: hos brukaren {sur:2} på {street} låg det ett brev från "
    '"{bank}" med en länk och en kod. Han hade redan ringt numret {tel}. Vi ringde banken tillsammans '
    "och spärrade. Fru {sur:2} och sonen {full:3} informerade.",
    "kommunpolis|bedrageri|Kortbedrägeri, {place}\nEn kvinna i 90-årsåldern har blivit av med sitt "
    'bankkort när hon handlade på {venue}. En yngre man "hjälpte" henne vid kortterminalen och såg '
    "koden. Kvinnan, {full:1}, upptäckte uttag på {amount} dagen därpå. Ärende {case}. Kontaktperson "
    "hos oss: {full:2}.",
    # ------------------------------------------------------------------ forsvinnande
    "aldreboende|forsvinnande|SÖKLOGG {caps:1}\nkl {time} saknas vid middagen\nkl {time} huset "
    "genomsökt ({first:2}, {first:3})\nkl {time} polis larmad 112, signalement: {alder} år, grå "
    "kappa, rollator\nkl {time} hittad vid {venue} av en förbipasserande\nkl {time} åter, "
    "anhörig {full:4} informerad av ssk {sur:5}",
    "aldreboende|forsvinnande|Vi saknar {full:1} från {venue} sedan kl {time}. Hon har demens och "
    "kan ta {line} mot {place}, där hon bodde förut på {street}. Ring {tel} om ni ser henne. "
    "/{first:2}, avd [[Linden]]",
    "polis|forsvinnande|Tips till patrullen: {full:1}, {pnr}, saknad från boende i {place}. Kan söka "
    "sig till sin gamla adress {addr} eller till sonen {full:2}. Bär grön jacka. Kontaktperson "
    "personal: {first:3} {mob}. Samordningsnr: {snr}.",
    "hemtjanst|forsvinnande|{first:1} till gruppchatten: {lowf:2} är inte hemma och dottern vet inte "
    "var hon är!! Sist sedd {time} vid {venue}. {first:3} kör runt med bilen ({plate}), {first:4} "
    "ringer polisen.",
    "anhorig|forsvinnande|Till personalen på {venue}\nMin mor {full:1} gick ut ensam i söndags och "
    "hittades först efter tre timmar vid {pstreet}. Hur kan dörren stå olåst? Jag vill ha ett möte "
    "med ansvarig chef, {sur:2}, snarast.\n{full:3}, {tel}",
    "trygghetsvard|forsvinnande|Trygghetsvärdarna hjälpte i kväll till att leta efter en äldre man "
    "från {venue}. Han hittades av {first:1} vid busshållplatsen för {line} kl {time}, frusen men "
    "oskadd. Hans namn är {full:2}, enligt personalen {first:3} och chefen {sur:4}.",
    "aldreboende|forsvinnande|Rutin vid försvinnande – ifylld {date}\nBoende: {full:1}\nSenast sedd "
    "av: {first:2}\nSökt i: huset, trädgården, parkeringen mot {street}\nPolis: ja kl {time}\n"
    "Anhörig: dottern {wfirst:3}, {mob}\nÅterfunnen: ja, vid {place}",
    "nattpatrull|forsvinnande|{first:1}: Under ronden hittade vi {low:2} ute på {street} i bara "
    "nattlinne kl {time}. Hon bor på {venue} och hade tagit sig ut via altandörren. Skjutsade henne "
    "hem, personalen {first:3} tog emot.",
)
