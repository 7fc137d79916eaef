"""Frames of the seventieth blind corpus, part c: property managers' incident logs, tenants' fault reports
and fire-safety rounds (systematiskt brandskyddsarbete) in managed properties (tests/blind70_corpus.py)."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # ------------------------------------------------------------------ forvaltarlogg
    "forvaltare|forvaltarlogg|Händelselogg fastighet {fast}\n{date} – inbrott i förråd, {antal} förråd "
    "uppbrutna. Anmält av hyresgäst {full:1} ({lgh}).\n{date} – klotter i trapphus {addr}, sanerat av "
    "{org}.\nAnsvarig förvaltare: {full:2}",
    "forvaltare|forvaltarlogg|{date} {full:1}: Fastighetsskötare {first:2} rapporterar att porten på "
    "{addr} inte går i lås. Låssmed beställd {week}. Boende {low:3} har klagat två gånger.",
    "fastighetsskotare|forvaltarlogg|Logg {place}, {week}\nmån – grovsopor i källargången, {first:1} "
    "städade\ntis – trasig belysning garaget, beställt\nons – bil {plate} har stått i garaget sedan "
    "{date}, ingen hyresgäst. Kontakta {sur:2}?\ntor – {nick:3} ringde om rökdetektor",
    "forvaltare|forvaltarlogg|LOGGBOK {org}\nObjekt: {fast}, {kommun}\n{date}: hyresgästen i {lgh}, "
    "{comma:1}, uppger att någon bor i cykelrummet.\nÅtgärd: jour ({first:2}) gick dit kl {time}, "
    "madrass och sopor kvar, ingen på plats.",
    "forvaltare|forvaltarlogg|Förvaltarens anteckning\nFastighet: {fast}\nHändelse {date}: "
    "skadegörelse på hiss, {amount} i reparation.\nMisstänkt enligt grannar: ungdomar från "
    "{place}. Ingen namngiven.\nKontakt med kommunpolis {sur:1} och trygghetsvärd {full:2}.",
    "fastighetsskotare|forvaltarlogg|{first:1} här. Var på {addr} idag kl {time}, tvättstugan "
    "vandaliserad igen. Pratade med {full:2} i {lgh} som hört bråk kvart i tolv. Bilder skickade till "
    "{mail}.",
    "forvaltare|forvaltarlogg|Incidentlogg – {proj}, {pstreet} (nyproduktion, ej inflyttat)\n{date}:"
    " obehöriga i "
    "huset, skador på {antal} lägenhetsdörrar\n{date}: {full:1} från {org} bytte lås\nAnsvarig: "
    "{full:2}, {tel}",
    "forvaltare|forvaltarlogg|Händelse {date}, {addr}\nRapporterad av: {wfirst:1} {wsur:2}, "
    "fastighetsskötare\nBeskrivning: rökutveckling från soprum, släckt av boende {full:3}. "
    "Räddningstjänsten meddelad. Fastigheten {fast}.",
    # ------------------------------------------------------------------ felanmalan
    "hyresgast|felanmalan|Felanmälan\nNamn: {full:1}\nAdress: {addr}, {lgh}\nTelefon: {mob}\n"
    "Beskrivning: någon har brutit upp mitt förråd i källaren, cykel och vinterdäck stulna. Polisen "
    "har fått anmälan ({case}).",
    "hyresgast|felanmalan|hej, jag bor i {lgh} på {street} (nära hållplatsen för {line}) och ytterdörren"
    " till huset har stått "
    "öppen hela helgen. folk som inte bor här sover i trapphuset. ring mig {mob} / {lowf:1}",
    "hyresgast|felanmalan|FELANMÄLAN via app\nHyresgäst: {caps:1}\nLägenhet: {lgh}\nÄrende: "
    "byggarbetarna på gården har lämnat ställningen olåst, barn klättrar. Grannen {first:2} har "
    "också sett det.\nKontakt: {mail}",
    "hyresgast|felanmalan|Hej {org}! Sedan ni började renovera {addr} har det försvunnit saker ur "
    "källaren. Min granne {full:1} har också blivit av med verktyg. Jag heter {full:2} och bor i {lgh}. "
    "Mvh",
    "hyresgast|felanmalan|Felanmälan {date}\nFrån: {full:1}, {mob}\nObjekt: {fast}\nDet luktar brandrök "
    "i trapphuset varje kväll runt kl {time}. Tror det är någon som röker i vinden. Min sambo {first:2} "
    "har sett en man gå upp dit.",
    "hyresgast|felanmalan|{full:1} ringde {date}: bilen {plate2} står på gästparkeringen vid {street} "
    "sedan tre veckor, inga skyltar om arbetsfordon. Hänvisad till {org}. Återkoppling till {tel}.",
    "hyresgast|felanmalan|Felanmälan – gemensamma utrymmen\nAnmäld av: {low:1}\nAdress: {addr}\n"
    "Problem: entrédörren krossad, glas på marken. Barnen går till {venue} här förbi. {first:2} i "
    "styrelsen är informerad.",
    "hyresgast|felanmalan|Hej, jag heter {first:1} och bor i {lgh}. Hantverkarna från {org} har "
    "ställt sin släpkärra {plate} så att ingen kommer ut från garaget. Deras chef heter visst "
    "{sur:2}. Mitt nummer {mob}",
    # ------------------------------------------------------------------ brandrond
    "brandansvarig|brandrond|Brandskyddsrond {date}\nFastighet: {fast}\nUtförd av: {full:1}\n"
    "- Brandcellsgräns källare bruten (ny kabeldragning, UE {org})\n- Släckare i trapphus B saknas\n"
    "- Utrymningsskylt ur funktion\n- [[Per]] trapphus endast en släckare\nÅtgärdsansvarig: {sur:2}, klart"
    " {week}",
    "brandansvarig|brandrond|SBA-kontroll {week}\nObjekt: {proj}\nKontrollant: {init:1}\nHeta arbeten-"
    "tillstånd saknas för takarbete. Tillståndsansvarig {full:2}, brandvakt {full:3}.\nGasolflaskor i "
    "bod ej skyltade.",
    "brandansvarig|brandrond|Brandskydd – egenkontroll\nAdress: {addr}\n{date}: barnvagnar och bråte i "
    "trapphus, {lgh} och grannen uppmanade. Kontrollant {full:1}, {mob}.\nÅterbesök {week}.",
    "brandansvarig|brandrond|brandrond {place} – {date}\nfastigheter: {fast} och {fast}\ngick med "
    "{lowf:1} från {org}\n- soprum: dörr blockerad\n- vind: madrasser, nån sover där?\n- el: "
    "tillfällig byggström i trapphuset\nrapport skickad till {full:2}",
    "brandansvarig|brandrond|Kontrollrapport brandskydd\nFastighetsägare: {org}\nFastighet: {fast}\n"
    "Kontrollerad {date} av {comma:1}\nAnmärkningar: 3 st. Rökluckor ej testade. Brandposter kontrollerade"
    " av {full:2} (fastighetsskötare).",
    "brandansvarig|brandrond|Heta arbeten – tillstånd nr 88\nArbetsplats: {proj}, {street}\n"
    "Tillståndsansvarig: {full:1}\nUtförare: {full:2}, {full:3}\nBrandvakt efter arbete: {first:4}, till"
    " kl {time}",
    "fastighetsskotare|brandrond|{first:1|g} brandrond {date}:\nTrapphus {addr} – ok\nKällare – "
    "förrådsgång full av byggmaterial från {org}, flyttas\nGarage – bil {plate} läcker olja\nMeddelat "
    "förvaltaren {sur:2}",
    "brandansvarig|brandrond|Brandsyn inför inflyttning, {proj}\n{date}\nNärvarande: {full:1} "
    "(räddningstjänsten), {full:2} (byggherre), {full:3} (PC)\nBrandlarmet provat kl {time}, "
    "fungerade. Slutbesked begärs {week}.",
)  # fmt: skip
