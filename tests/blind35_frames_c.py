"""Frames of the thirty-fifth blind corpus, part c: the kommun's contracted ordningsvakter's reports, and the
Åtgärd and Kommentar cells of the weekly EST report as the coordinators and staff fill them in. Each frame is
`role|style|template` (slots: tests/blind35_fill.py)."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # --- ordningsvakter, rapport
    "ordningsvakt|ordningsvakt_rapport|OV {sur:1} och OV {sur:2}: omhändertog en person, {full:3}, "
    "{pnr}, enl. 13 § PL vid {venue} kl {time}. Överlämnad till polis, {case}.",
    "ordningsvakt|ordningsvakt_rapport|Rapport OV den {date}\nPlats: {place}\nIngripande mot {antal} "
    "ungdomar, en av dem uppgav namnet {first:1} {sur:1}. Avvisad. Vakter: {init:2}, {init:3}",
    "ordningsvakt|ordningsvakt_rapport|{caps:1} (OV) rapporterar bilåkning på torget, bil {plate} och "
    "{plate2}. Förare ca {ung} år. Kontakt {org} larmcentral.",
    "ordningsvakt|ordningsvakt_rapport|Väktare {first:1} har beslagtagit en kniv från {first:2}, {ung} år, "
    "vid {venue}. Pojken sa att den tillhör {nick:3}. Mamma {full:4} hämtade honom.",
    "ordningsvakt|ordningsvakt_rapport|Ordningsvakterna {full:1} och {full:2} mötte hot från en grupp vid "
    '{place}. En av dem filmade och skrev "vi ses {first:1}". Anmält {case}.',
    "ordningsvakt|ordningsvakt_rapport|Kl {time} larm om glaskross {venue}. På plats {first:1} ({org}). "
    "Två pojkar sprang mot {street}, en i röd jacka, troligen {lowf:2}.",
    "ordningsvakt|ordningsvakt_rapport|Samordnad insats {week}: OV {full:1} och OV {full:2} i {place} "
    "fre–lör. Avvisningar: {antal}. En person, {full:3}, samordningsnr {snr}, gripen av polis.",
    "ordningsvakt|ordningsvakt_rapport|Till {kommun}, från {org}: händelserapport\nOV {first:1} {sur:1}\n"
    "Berusad vuxen ({vuxen}) bråkade med ungdomar, namn {full:2}, bor {addr}.",
    # --- Åtgärd-cellen
    "samordnare|atgard_cell|Åtgärd: samtal med {first:1} och vårdnadshavare {full:2} den {date}. "
    "Orosanmälan {first:3}. Ansvarig {full:4}.",
    "faltassistent|atgard_cell|Åtgärd – fältare ({first:1}, {first:2}) till {place} fre+lör {week}. "
    "Följer upp {full:3} och {nick:4}. Jourmobil {mob}.",
    "samordnare|atgard_cell|Belysning vid {street} lagad av {org}, kostnad {amount}. Beställd av "
    "{full:1}, klart {date}.",
    "rektor|atgard_cell|Skolan ({venue}) har haft föräldramöte. Rektor {sur:1} och kurator {sur:2} "
    "pratade om TikTok-ryktena. {first:3} {sur:3|g} föräldrar var där.",
    "samordnare|atgard_cell|ÅTGÄRD\n1. Klottersanering {street} ({org})\n2. Kontakt familjen {sur:1}, "
    "{tel}\n3. Fältare extra kväll\nAnsv: {first:2}",
    "socialsekreterare|atgard_cell|Orosanmälan skickad för {full:1}, {pnr}, och {full:2}, {pnr}. "
    "Handläggare {first:3}.",
    "fritidsledare|atgard_cell|{full:1} avstängd från {venue} i två veckor. Pappa {full:2} informerad "
    "via {mob}. Nytt möte {date}. /{first:3}",
    "samordnare|atgard_cell|Kameran vid {venue} ska flyttas (fastighet {fast}), {org} ordnar. {low:1} från "
    "fastighet kontakt {mail}. Uppföljning {week}.",
    # --- Kommentar-cellen
    "samordnare|kommentar_cell|Kommentar: {first:1} tror det är samma gäng som förra veckan, {nick:2} "
    "och {nick:3}. Se också rapport från {first:4} {sur:4}.",
    "samordnare|kommentar_cell|Kommentar {first:1}: har pratat med kommunpolis {sur:2}, de är medvetna. "
    "{wfirst:3} i fältgruppen håller koll på {place}.",
    "fritidsledare|kommentar_cell|komm: {lowf:1} och {lowf:2} säger att det inte var de, det var "
    "{first:3} från {place}. vi vet inte. /{first:4}",
    "kurator|kommentar_cell|Kuratorns kommentar: {full:1} har tidigare varit utsatt, se anmälan {date}. "
    "Mamma {first:2} ({mob}) vill ha kontakt med {wfirst:3} på fältgruppen.",
    "samordnare|kommentar_cell|Granskat av {full:1} den {date}. Namnen {first:2} och {first:3} ska bort "
    "innan lägesbilden delas.",
    "faltassistent|kommentar_cell|OBS! {first:1} {sur:1} är inte samma som {first:2} {sur:2} i förra "
    "rapporten. Förväxla inte. /{full:3}",
    "samordnare|kommentar_cell|Kommentar: Bil {plate2} och {plate} har setts flera kvällar vid "
    "{venue}. Ägare enl. "
    "boende {full:1}, {addr}.",
    "rektor|kommentar_cell|[[Tyvärr]] inget nytt från skolan. Rektor {full:1} är sjuk, ersättare "
    "{full:2}, nås {tel} eller {mail}.",
)
