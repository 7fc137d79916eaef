"""Frames of the sixty-fourth blind corpus, part a: trygghetsvärdar's incident reports on dog attacks and
loose dogs, housing companies' work orders on dogs in the estate, and worried reports to länsstyrelsen's
animal welfare (djurskydd). Each frame is `role|style|template` (slots: tests/blind64_fill.py)."""

from __future__ import annotations

FRAMES_A = (
    # trygghetsvärdar's incident reports
    "trygghetsvard|hundincident|Händelserapport trygghetsvärd\nDatum: {date} kl {time}\nPlats: "
    "{street} vid {venue}\nLös hund (amstaff, svart) bet en boende i handen. Drabbad: {full:1}, "
    "{addr}. Hundägare enligt vittnen: {full:2}, ca {vuxen} år. {first:1} fick hjälp av väktare. Polis "
    "kontaktad, ärende {case}.",
    "trygghetsvard|hundincident|Rond i {place} den {date}: {first:1} och jag mötte en man med två "
    'hundar utan koppel på {street}. Han presenterade sig som {full:2} och sa att hundarna "aldrig '
    'biter". Ena hunden hoppade på ett barn vid lekplatsen. Vi meddelar {bolag} och kommunpolisen.',
    "trygghetsvard|hundincident|Incident kl {time}: schäfer attackerade annan hund i hundrastgården "
    "vid {venue}. Den skadade hunden tillhör {full:1}. Ägare till schäfern är enligt grannar killen "
    "som kallas {nick:2}, bor i {place}. Veterinärkostnad uppskattad till {amount}. {first:1} vill "
    "polisanmäla, tel {mob}.",
    "trygghetsvard|hundincident|TRYGGHETSVÄRDAR {place} – veckorapport {week}\n- Mån: lös hund "
    "springer i trapphuset på {addr}, ägare okänd.\n- Ons: {full:1} ({vuxen} år) rapporterar att "
    "grannens hund skäller hela nätterna, grannen heter {sur:2} enl. {first:1}.\n- Fre: hundbajs i "
    "tvättstugan, lapp uppsatt.\nKontakt: {full:3}, {mob}",
    "trygghetsvard|hundincident|Rapport från kvällsrond {date}. Boende vid {street} larmade om en hund "
    "som rivit en katt till döds på gården. Kattens ägare, {full:1}, var mycket upprörd. Hundens ägare "
    "uppgav namnet {full:2} och vägrade visa legitimation. Barnen på gården sa att hunden heter Zorro "
    'och att "det är {lowf:2|g} hund".',
    "trygghetsvard|hundincident|Trygghetsvärd {first:1}, den {date}: två tonåringar ({ung} och {ung} "
    "år) red barbacka på en häst som rymt från stallet vid {venue}, längs {street} förbi hållplatsen "
    "för {line}. Hästen fångades in av {full:2} från stallet. Inga skador. {bolag} informerat.",
    "trygghetsvard|hundincident|Hot i samband med hund: boende {full:1} uppger att mannen i {lgh} "
    "hotat att släppa sin hund på henne. Mannen heter enligt skylten på dörren {wsur:2}. Vi "
    "rekommenderar polisanmälan. Trygghetsjouren nås på {tel}.",
    "trygghetsvard|hundincident|Lös hund vid {venue} kl {time}. Hunden (vit husky, blått halsband) "
    "följde efter skolbarn. Vi fick tag på ägaren, {full:1}, {addr}, som sa att hunden rymt via "
    "balkongen. Hon lovade att ringa {org}. Samtal även med rektor {sur:2}. [[Husse]] till husky nr "
    "två var inte anträffbar.",
    # housing companies' work orders
    "bostadsbolag|felanmalan_hund|Ärendetyp: Störning – hund\nFastighet: {fast}\nAdress: "
    "{addr}\nBeskrivning: Hyresgäst {full:1} anmäler att hunden i {lgh} skäller och att hundägaren "
    "{sur:2} låter den gå lös i trapphuset. Kontakt {mob}.\nBolag: {bolag}",
    "bostadsbolag|felanmalan_hund|ÄRENDE registrerat: {date} kl {time}\nHundbajs i hiss och trapphus, "
    "{street}. Anmälare: {comma:1}. Misstänkt hund: pudel hos {full:2} på plan 3. Städning beställd, "
    "kostnad {amount} debiteras hundägaren. /{first:3} kundservice",
    'bostadsbolag|felanmalan_hund|Felanmälan via app: "Det sitter en hund fastbunden vid soprummet på '
    '{street} sedan i morse, ingen vattenskål. Tror det är {nick:1|g} hund från trean." – anmält av '
    "{full:2}, {mail}. Vidarebefordrat till {org}.",
    "bostadsbolag|felanmalan_hund|Avvikelse, områdesförvaltare {full:1}\n{place}: hyresgäst i {lgh} "
    "({full:2}) har enligt grannar fyra katter och en hund i en tvåa, stark lukt i trappan. Kontakt "
    "tagen med {bolag}. Vi gör hembesök {date} tillsammans med inspektör {sur:3} från djurskyddet.",
    "bostadsbolag|felanmalan_hund|Hej! Ang ärendet om lösspringande hundar på {street}. Har pratat med "
    "hyresgästerna, den ena heter {low:1} och har en cane corso utan koppel. Hon har fått skriftlig "
    "varning {date}. Den andra hunden tillhör {full:2}, {addr}. Mvh {first:3}, {bolag}",
    "bostadsbolag|felanmalan_hund|Ärendetyp: Hot mot personal\nBeskrivning: Fastighetsskötare "
    "{wfirst:1} blev biten i vaden av en hund när han bytte lysrör i källaren på {addr}. Ägaren "
    "{full:2} kallade inte in hunden. {wfirst:1} uppsökte vårdcentralen.\nKostnad: {amount}",
    "bostadsbolag|felanmalan_hund|Registrerad {date}\nFastighet {fast}, {street}\nHyresgäst {caps:1} "
    "klagar på att grannen {full:2} rastar sin hund på innergårdens lekplats. Bilder bifogade. Åtgärd: "
    "brev till alla i trappuppgången, uppföljning {week}.",
    "bostadsbolag|felanmalan_hund|Kundtjänst noterar samtal från {full:1} ({mob}): hundägaren i "
    "uppgång C, fru {sur:2}, har tre små hundar som skäller dygnet runt. Hänvisad till {org}, tas upp "
    "på områdesmötet {date}.",
    # worried reports to länsstyrelsen's djurskydd
    "lansstyrelsen|djurskydd_anmalan|Orosanmälan djurskydd\nDjurslag: hund\nPlats: {addr}, "
    "{place}\nDjurhållare: {full:1}\nBeskrivning: Hunden står ute på balkongen dygnet runt även när "
    "det är minus femton. Anmälaren {first:2} vill vara anonym mot djurhållaren.\nDnr 5.2.18-4471-2026",
    "lansstyrelsen|djurskydd_anmalan|Anmälan om vanvård av häst. Hästarna står i en hage vid {street} "
    "utanför {place} utan vindskydd och med frusen vattenho. Ägare enligt anmälaren: {full:1}, {tel}. "
    "Anmälaren {full:2} kan nås på {mail}.",
    "lansstyrelsen|djurskydd_anmalan|Ärende: Misstänkt vanvård katter\nDjurhållare: {comma:1}, "
    "personnummer {pnr}\nAdress: {addr}, {lgh}\nAnmälan inkom {date} från {bolag}. Inspektör {sur:2} "
    "tilldelad.",
    "lansstyrelsen|djurskydd_anmalan|Hej länsstyrelsen! Min granne {full:1} har lämnat sin katt ensam "
    "i lägenheten sedan {date}. Katten jamar hela tiden, hon har åkt utomlands tror jag. Hennes "
    "samordningsnummer står på ett brev som kom fel: {snr}. /{first:2} i {place}",
    "lansstyrelsen|djurskydd_anmalan|Djurskyddsanmälan – hund i bil\nEn hund har suttit i bilen "
    "{plate} på parkeringen vid {venue} i flera timmar och det är varmt. Bilen tillhör troligen "
    "{nick:1} som brukar parkera där. Anmälare: {full:2} {mob}",
    "lansstyrelsen|djurskydd_anmalan|anmälan per telefon, antecknat av {first:1}: anmälaren ({low:2}) "
    "säger att grannen håller {antal} kaniner i bur på balkongen på {street}. grannen heter {full:3} "
    "och ska ha fått föreläggande förut. ring tillbaka {mob}",
    "lansstyrelsen|djurskydd_anmalan|Kontroll begärd. Djurhållare {full:1}, {pnr}. Enligt anmälan från "
    "veterinär {wsur:2} på smådjurskliniken har hunden djupa sår som inte behandlats. Besök planerat "
    "{week}.",
    "lansstyrelsen|djurskydd_anmalan|Ny anmälan: man i grå Volvo ({plate2}) har setts dumpa en kartong "
    "med kattungar vid återvinningsstationen på {street}. Kattungarna omhändertagna av {org}. Vittne: "
    "{full:1}, tel {mob}. Polisen underrättad av {first:2}.",
)
