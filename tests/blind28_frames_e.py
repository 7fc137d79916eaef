"""Frames of the twenty-eighth blind corpus, part e: a housing company's paper fault reports, scanned; the
minutes of an EST meeting, scanned; and text a phone read off a photo (a whiteboard, a post-it, a notebook
page, a screen). `role|style|template`; slots as in tests/blind28_fill.py."""

from __future__ import annotations

FRAMES_E = (
    # --- e a paper fault report, scanned
    "bovard|ocr_felanmalan|FELANMÄLAN {org}\nHyresgäst: {comma:1}\nAdress: {addr}   {lgh}\nTelefon dagtid:"
    " {tel}\nFel: dörr till källare går ej att låsa, obehöriga\nMottagen av: bovärd {sur:2}\nDatum: {date}",
    "bovard|ocr_felanmalan|Felanmälan\nFastighet: {fast}\nAnmält av: {full:1}\nBeskrivning: K1otter i"
    ' trapphus och hiss, namnet "{caps:2}" skrivet på väggen. Även skadad lampa.\n[x] Sanering [ ]'
    " Polisanmälan",
    "bovard|ocr_felanmalan|Hyresgäst: {full:1}  Tel: {mob}\nÄrende: störning från grannen {lowf:2} i"
    " {lgh}\nHänt: varje natt efter {tidord}\nHandläggare: bovärd {sur:3}",
    "bovard|ocr_felanmalan|SKADEANMÄLAN\n[x] Inbrott förråd [ ] Skadegörelse\nFörrådet vid"
    " {street}\nAnmälare {full:1}, {mail}\nStulet: cykel värd {amount}\nPolisanmälan: {case}",
    "bovard|ocr_felanmalan|Felanm. (pappersblankett)\nOmråde: {placebr}\nVad: trasig belysning gc-väg mot"
    " {venue}\nUppgiftslämnare: {wfirst:1} ({vuxen} år)\nÅterkoppling önskas: [x] ja [ ] nej\nVia: {mob}",
    "bovard|ocr_felanmalan|Brand/brandrök\nAdress: {addr}\nTid: {time}\nContainer antänd, {org}"
    " släckte.\nSåg: {full:1} och {first:2} springa mot {place}\nUppgift från: {first:3}",
    "bovard|ocr_felanmalan|Hot mot personal\nPersonal: {full:1} ({org})\nHotande hyresgäst: {ocr:2},"
    " {lgh}\nSamordningsnr: {snr}\nPolis: {case}",
    "bovard|ocr_felanmalan|Nedskräpning / grovsopor\nPlats: {street} vid {pstreet}\nca {antal} säckar, en"
    " soffa\nTroligen från {lgh}, hyresgäst {full:1}\nKostnad bortforsling: {amount}\nSign. {init:2}",
    # --- e the minutes of an EST meeting, scanned
    "samordnare|ocr_protokoll|Protokoll EST-möte {week}\nNärvarande: {full:1} ({org}), {full:2} (polisen),"
    " {first:3}\n§ 1 Lägesbild {place}: [[Gul]]\n§ 2 Insats vid {venue} pågår",
    "samordnare|ocr_protokoll|§ 3 Händelser\nRån vid {line} {datumord}. Polisen ({sur:1}) meddelar att en"
    " misstänkt, {full:2}, är gripen.\nBrand i container på {street}.\nAnsv: {init:3}",
    "samordnare|ocr_protokoll|Lägesbi1d {week} - {placebr}\nStatus: [[Röd]]\nUngdomsgrupp (ca {antal}) vid"
    " {venue}. Kända namn: {nick:1}, {first:2}.\nÅtgärd: fältare + trygghetsvärdar kvällstid. Ansvarig:"
    " {full:3}",
    "samordnare|ocr_protokoll|Närvarolista (skannad)\n{caps:1}    {org}\n{full:2}    {kommun}\n{full:3}   "
    " fältgruppen\n{ocr:4}    trygghetsvärd",
    "samordnare|ocr_protokoll|§ 5 Olovligt boende\nI {fast} har {full:1} uppgett att flera personer bor i"
    " källaren. Bostadsbolaget ({org}) har varit på plats {date}.\nKontakt: {tel}",
    "samordnare|ocr_protokoll|Kommande händelser\n- Valborg {place}: förstärkt närvaro, ansvarig"
    " {full:1}\n- Skolavslutning {datumord} vid {venue}\n- Fotbollsmatch, kontakt {first:2} {mob}",
    "samordnare|ocr_protokoll|§ 6 Övrigt\nKommunpolis {sur:1} tar upp moped-\nåkning på {street}. Reg.nr"
    " noterade: {plate}, {plate2}.\nNästa möte {date}. Justeras: {init:2}",
    "samordnare|ocr_protokoll|Uppföljning insatser\nInsats: belysning {pstreet} - slutförd\nInsats: samtal"
    " med familjen {wsur:1} - pågår (ansv. {first:2})\nKostnad hittills {amount}\nFöredragande: {full:3}",
    # --- e text a phone read off a photo
    "vaktare|foto_text|[Text från bild]\nOBS!! {place}\nbil {plate} - ej här efter kl {time}\nkontakt"
    " {full:1} {mob}\n->{first:2} vet mer",
    "faltare|foto_text|[Text från bild: whiteboard fältkontoret]\nVECKANS PASS\n{first:1} + {first:2} ->"
    " {place}\n{first:3} -> {venue}\nRING: {full:4} ({tel})",
    "trygghetsvard|foto_text|[Text från bild]\nATT GÖRA {week}\n- felanm lampa {street}\n- prata m"
    " {first:1} om {nick:2}\n- mejla {mail}\n- {venue} kl {time}",
    "vaktare|foto_text|[Bild: post-it på dörren]\nTill vakten: {low:1} i {lgh} har problem med grannen,"
    " ring {mobord}\n/{first:2}",
    "faltare|foto_text|[Text från bild, anteckningsblock]\n{datumord} / {place}\n{first:1} ({ung}) - ny,"
    " bor {addr}?\n{first:2} + {lowf:3}\n[oläsligt] polis {sur:4}",
    "kommunpolis|foto_text|[Text från bild: skärm på möte]\nSpaning {week}\nFordon: {plate2}\nPerson:"
    " {caps:1}, {snr}\nOmråde: {place} / {venue}\nKälla: {first:2}",
    "trygghetsvard|foto_text|[Text från bild]\nVÄRDAR {date}\nPass ett: {first:1}, {first:2}\nPass två:"
    " {wfirst:3}, {first:4}\nLedig: {first:5}\nTel jour {tel}",
    "vaktare|foto_text|[Text från bild, vaktbok]\n{time} {venue} - [[Allt]] ok\n{street} - bråk, {full:1} +"
    " {full:2}\növerlämnat till väktare {sur:3}",
)
