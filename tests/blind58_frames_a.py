"""Frames of the fifty-eighth blind corpus, part a: the housing company's own papers — notes from the day
of an eviction (förrättning), the case log kept by the förvaltare and the arrears lists of the rent ledger.

Each frame is `role|style|template` (tests/blind58_fill.py says what the slots hold).
"""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # --- avhysningsprotokoll: the company's note from the eviction day, formal and listed
    "forvaltare|avhysningsprotokoll|Avhysning – anteckning från förrättning\nDatum: {date} kl {time}\n"
    "Adress: {addr}, {lgh}\nHyresgäst: {comma:1}\nNärvarande: kronoinspektör {sur:2}, förvaltare {full:3}"
    " ({landlord}), låssmed samt {full:4} från socialtjänsten.\nHyresgästen ej på plats. Lås bytt, bohag"
    " kvar. Nycklar hos {first:3}.",
    "forvaltare|avhysningsprotokoll|PROTOKOLL AVHYSNING\nGäldenär: {caps:1}, {pnr}\nObjekt: {lgh}, {fast}\n"
    "Kronofogden representerades av {full:2}. Hyresgästens syster {full:5} kom kl {time} och fick hämta"
    " mediciner och id-handlingar. Hyresskuld vid avhysningen {amount}.\nAnt. {init:3}",
    "kundansvarig|avhysningsprotokoll|Förrättning genomförd {date}. På plats: {full:2} (KFM), {full:3}"
    " fastighetsförvaltare, polis med två patruller (ärende {case}). Hyresgästen {full:1} vägrade först"
    " öppna, brodern {first:6} fick honom att lugna sig. [[Inga]] hot riktades mot personalen. Bohaget"
    " magasineras via {landlord} i tre månader.",
    "forvaltare|avhysningsprotokoll|Avhysning {addr} ({place})\nKl {time} öppnade låssmeden. Lägenheten"
    " ({lgh}) var tom på folk men full av sopor. Hyresgästen {first:1} har enligt grannen {full:7} flyttat"
    " till sin pojkvän i {place}. Kronoinspektör {sur:2} beslutade att förrättningen genomförs."
    " Fastighetsskötare {wfirst:8} tog bilder.",
    "kundansvarig|avhysningsprotokoll|Närvarande vid avhysningen {date}:\n- {full:1} (hyresgäst)\n- {full:5},"
    " mamma till hyresgästen, {mob}\n- {full:9}, boendestödjare {kommun}\n- kronoinspektör {sur:2}\n-"
    " {full:3}, {landlord}\nHyresgästen grät men samarbetade. Katten togs om hand av {first:5}.",
    "forvaltare|avhysningsprotokoll|Avhysningen avbröts kl {time}. Hyresgästen {full:1} betalade hela"
    " skulden ({amount}) med swish från sin farbror {full:6} på plats, kvittot visades för"
    " kronoinspektören. Ny betalplan tas fram av {first:3} på {landlord}.\nFörvaltare: {full:3}",
    "kundansvarig|avhysningsprotokoll|{full:3} ({landlord}) antecknar: avhysning av {full:1}, {snr},"
    " {addr}, utförd {date}. Hyresgästen hade redan lämnat lägenheten. I hallen låg post från {org} och"
    " Kronofogden. Bilen {plate} på hyrd p-plats ska flyttas, ägaren nås på {tel}.",
    "forvaltare|avhysningsprotokoll|Förrättningsanteckning\n{date}, {addr}\nHyresgäst {sur:1} ({vuxen} år)"
    " närvarade med sonen {first:4} ({ung}) och kontaktpersonen {full:9}. Tolk via telefon. Bohaget bars"
    " ut till förråd på {street} av flyttfirman. Hyresgästen hänvisades till {venue} för akut"
    " boende, dit går {line}.\n"
    "Sign. {init:3}",
    # --- arendelogg: the förvaltare's case log, hasty, date-stamped
    "forvaltare|arendelogg|{date} {init:3}: ringt hyresgäst {full:1} ang. skuld {amount}, inget svar. Sms"
    " till {mob}.\n{date} {init:3}: {first:1} ringde tillbaka, lovar betala på fredag. Följer upp {week}.",
    "bovard|arendelogg|Logg {addr}\n{date}: störningsanmälan + obetald hyra 3 mån. Hyresgäst {full:1}.\n"
    "{date}: underrättelse skickad till soc ({kommun}).\n{date}: {first:1|g} dotter {full:5} ringde,"
    " mamman ligger på {venue}. Ber oss vänta.\n/{first:3}",
    "kundansvarig|arendelogg|ärende {lgh} – {low:1}. avhysning bokad {date} kl {time}. kfm handläggare"
    " {sur:2}, tel {tel}. hyresgästen har kontakt med skuldrådgivare {full:4}. /{nick:3}",
    "bovard|arendelogg|Pratat m {first:1} i trapphuset på {street}, hon säger att {first:6} (ex-sambon) står"
    " på kontraktet och ska betala halva. Kollat i systemet: kontraktet står på {full:1} ensam. Skuld nu"
    " {amount}.",
    "kundansvarig|arendelogg|Hyresgäst {comma:1}\nBetalplan {amount}/mån från {date}, första inbetalningen"
    " uteblev. Uppsägning skickad. Kopia till {full:7} på {org}.\nHandläggare: {wsur:3}",
    "bovard|arendelogg|tis {date}: nyckel inlämnad av grannen {full:8}, hittad i brevlådan på {addr}."
    " hyresgästen {low:1} troligen avflyttad. kollar m {sur:2} på kfm om förrättningen kan avbokas.",
    "forvaltare|arendelogg|{full:1} (hg) – {lgh}\nvatten läcker ner till grannen, ingen öppnar. {first:3} &"
    " {first:10} gick in m huvudnyckel kl {time}. lägenheten övergiven, mat i kylen, post från {org}."
    " Meddelat soc, handläggare {sur:4}.",
    "kundansvarig|arendelogg|Samtal {date} med hyresgästens bror {full:6}, {mob}. Säger att {first:1} är"
    " inlagd och inte kan sköta ekonomin, ska ansöka om god man. Vi avvaktar med ansökan till KFM till"
    " {week}. //{wfirst:3}",
    # --- reskontra: the rent ledger's arrears lists and reminders
    "inkasso|reskontra|Restlista hyror {week}\n{addr};{lgh};{comma:1};{amount};2 mån\n{addr};{lgh};"
    "{comma:2};{amount};1 mån\nKontakta soc för båda. /{first:3}",
    "inkasso|reskontra|Hyresreskontra – påminnelse 2\nKund: {full:1}\nFörfallet: {amount}\nPåminnelse"
    " skickad {date}, nästa steg {org}.\nKommentar: kunden har ringt, pratar med handläggare {wsur:3}.",
    "inkasso|reskontra|Till soc: hushåll med barn och hyresskuld över en månad\n1. {caps:1}, {antal} barn,"
    " skuld {amount}, {place}\n2. {caps:2}, {antal} barn, skuld {amount}, {place}\n3. {full:4}, skuld"
    " {amount}, {place}",
    "kundansvarig|reskontra|Avstämning {date}: {full:1} har betalat {amount} av {amount}. Återstår enl."
    " reskontran. Handl. {sur:3} föreslår ny plan, kontakt via {mail}.",
    "inkasso|reskontra|Kund {full:1} har betalat hyran med fel OCR och {amount} har hamnat på kontot för"
    " {full:5} (fel hyresgäst). Rättat den {date}. Meddelat båda. /{init:3}",
    "inkasso|reskontra|Skuldsanering beviljad för {full:1} enligt brev från Kronofogden. Hyresskulden"
    " på {amount} ingår. Avbryter ärendet hos {org}. Kontaktperson på {venue}: {full:2}, {tel}.",
    "bovard|reskontra|Hej {first:3}! Lista på dem som inte betalat maj: {low:1} ({lgh}), {full:2} ({lgh}),"
    " {nick:4} på {street}, du vet han med hunden. Kan du knacka dörr?",
    "inkasso|reskontra|Inkassokrav från {org} mot {full:1}, {pnr}, avser hyra från {week} till nu,"
    " totalt {amount}. Gäldenären har bestridit via sin förvaltare {full:6}.",
)
