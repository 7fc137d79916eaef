"""Frames of the twenty-eighth blind corpus, part c: handwritten patrol notes, incident notes and log books
typed up later by someone else (abbreviations, arrows, slashes, crossed-out words shown as "[överstruket]",
unreadable ones as "[oläsligt]"). `role|style|template`; slots as in tests/blind28_fill.py."""

from __future__ import annotations

FRAMES_C = (
    # --- c handwritten round notes, typed up
    "vaktare|handanteckning_rond|Rond {date}, {place}\n{time} -> {venue}, ok\n- dörr öppen, stängd/låst\n-"
    " 3 st ungd. utanför, en = {first:1} (enl. {first:2})\nSign. {init:3}",
    "vaktare|handanteckning_rond|{time} {street} -> parkering\nbil {plate} tomgång, förare {full:1}, ombedd"
    " stänga av\n-> ok, åkte mot {place}\nåter kontor kl {time}\nskrivet av {first:2}",
    "trygghetsvard|handanteckning_rond|Anteckn. (inskrivet av {first:1}, orig. handskr.)\n{place}: klotter"
    ' x 2 / trasig lampa\ngrannen {sur:2} pratade om "{nick:3}" o. hans kompisar -> ev. knark\nåtg: ring'
    " {org}",
    "faltare|handanteckning_rond|Fält {datumord}/{place}\n{first:1} + {first:2} + jag\n-> {venue}:"
    " lugnt\n-> {line} hpl: ca {antal} ungd., {lowf:3} där (igen!)\n[överstruket] ring mamma\nsign"
    " {first:1}",
    "vaktare|handanteckning_rond|Nattrond / {place}\n- källare {addr}: dörr uppbr.\n- boende {full:1}"
    " ({lgh}) hört ljud ca {tidord}\n- tel {mob}\n-> anm. till {org}",
    "trygghetsvard|handanteckning_rond|Trygghetsvärdar {week}\nMån: {venue} - bråk mellan {first:1} o"
    " {first:2}, löst\nTis: [överstruket] {place} lugnt\nOns: [[Sten]] genom ruta {street}\nSign. {caps:3}",
    "vaktare|handanteckning_rond|pass {date} / väktare {wsur:1} + {first:2}\nkl {time} {venue} - personal"
    " hotad av man, namn enl. personal: {full:3}\n-> polis ringd, {case}",
    "faltare|handanteckning_rond|Anteckn. från block, inskr. {date}\n{place} -> {venue} -> hem\nträffade"
    " {full:1} ({ung} år) + mamma\nmammans nr: {tel}\n[oläsligt] {first:2|g} bror?",
    # --- c handwritten incident notes, typed up
    "vaktare|handanteckning_incident|Händelse: hot\nDatum: {date} kl. {time}\nPlats: {venue},"
    " {place}\nInbl.: {full:1}, samordningsnr {snr}\nVittne: {first:2} [överstruket] {full:3}\nÅtgärd:"
    " avvisad",
    "fritidsledare|handanteckning_incident|Incident fritidsgården {date}\nVem: {first:1} ({ung}) o"
    " {nick:2}\nVad: bråk om mobil, {first:1} slog {nick:2} i ansiktet\nPersonal: {first:3},"
    " {wfirst:4}\nFöräldrar kontaktade: ja / [överstruket] nej",
    'trygghetsvard|handanteckning_incident|Skrivet av {first:1} efter lapp från nattpersonal:\n"ca'
    ' {tidord} bil {plate2} körde på gc-vägen vid {venue}, föraren ngn {lowf:2}? kompis m {nick:3}"\n->'
    " vidare till kommunpolis {sur:4}",
    "bovard|handanteckning_incident|Inbrott förråd\nAdress: {addr}\nFastighet: {fast}\nAnmälare:"
    " {comma:1}\nTel: {mob}\nPolisanm. nr {case}\nKostn. ca {amount}",
    "fritidsledare|handanteckning_incident|{first:1} ringde -> orolig för {first:2} ({ung}), har inte sovit"
    " hemma sen {date}\nkanske hos {full:3} på {street}\n[överstruket] {first:2} har mobil {mob}",
    "vaktare|handanteckning_incident|RAPPORT (handskr., inskr. av adm)\n{date} ca {time}: två män slogs"
    " utanför {venue}\nen = {caps:1}, andra okänd\nväktare {sur:2} + {sur:3} separerade\n{org} underrättad",
    "bovard|handanteckning_incident|Samtal m hyresgäst {full:1}, {lgh}\n- grannen ovan {full:2} spelar"
    " musik nätter\n- har mejlat: {mail}\n- vill flytta!\nuppf. {week} / {init:3}",
    'faltare|handanteckning_incident|lapp i brevlådan, avskrift:\n"till fältarna. {nick:1} och {first:2}'
    ' säljer vid {line} varje kväll efter {tidord}. dom har en svart bil {plate}. /en granne"\növerlämnat'
    " {date} till {org}",
    # --- c a guard's log book, typed up
    "vaktare|vaktbok|VAKTBOK {venue}\n{time} pass börjar, {first:1} o {first:2}\n{time} larm entré ->"
    " falsklarm\n{time} besök {full:3}, leg. kontr.",
    "vaktare|vaktbok|{date}\nkl {time} rond ett {place} ok\ngård {addr} - folk på taket?? ringt {wfirst:1}"
    " (jour)\n{first:2} på plats, inga pers. kvar",
    "vaktare|vaktbok|Logg forts.\n{time} bil {plate2} kör på torget, anmält till {org}\n{time} {lowf:1} +"
    " {lowf:2} (kända) kastar grus på bussen\n[[Ingen]] skadad, {line} ställd in enl. förare",
    "vaktare|vaktbok|{datumord} natt\n{time} {venue} larm, {caps:1} (nyckelbärare) kontaktad {mob}\nåter kl"
    " {time}\növerlämning till väktare {sur:2}, sign {init:3}",
    "vaktare|vaktbok|{time} hittade plånbok vid {place}: körkort {full:1}, {pnr}\n-> inlämnad polisen,"
    " ärende {case}\nringt ägaren, ingen svarar",
    "trygghetsvard|vaktbok|Dagbok trygghetsvärd {week}\n- {first:1} ({vuxen}) från {org} med på pass\n-"
    " {venue}: [[Lugnt]]\n- samtal m {full:2} om skadegörelse {addr}\n- {first:1|g} bil: {plate}",
    "vaktare|vaktbok|{time} patrull {sur:1}/{sur:2}\n{time} ordningsstörning {pstreet}, {full:3}"
    " avvisad\nsamma person åter -> polis på plats, {case}",
    "vaktare|vaktbok|Vaktbok {place}\n[överstruket]\n{time} grinden öppen -> stängd\n[[Klart]] kl"
    " {time}\nkollega {sur:1} sjuk, ersatt av {full:2}\nbesök i {lgh}: {nick:3} + okänd",
)
