"""Frames of the thirty-ninth blind corpus, fifth file: tips through the kommun's app, automatic receipts
with the handläggare's notes added, and internal notes in the kontaktcenter's case system, abbreviations and
all. `role|style|template`; slots as in tests/blind39_fill.py."""

from __future__ import annotations

FRAMES_E = (
    # ---------------------------------------------------------------- app_tips: the kommun's app
    'invanare|app_tips|📍 {place}, hållplatsen för {line}\n📷 2 bilder\n"Nytt klotter på förskolans staket,'
    ' samma tag som förra veckan"\nInskickat av: {full:1}\nSvar från KC ({first:2}): Tack! Vidarebefordrat'
    " till gatukontoret.",
    "invanare|app_tips|Kategori: Trygghet & säkerhet\nPosition: nära {venue}\nMeddelande: gänget är"
    " tillbaka, {antal} pers, en av dem ({nick:2}) har slagit en annan kille\nAnvändare: {low:1}\nKontakt:"
    " {mob}",
    "invanare|app_tips|Felanmälan från appen\nAnmälare: {full:1}\nE-post: {mail}\nTyp: Belysning\nPlats:"
    " {street} (markerad på karta)\nKommentar: tre lampor släckta, {first:2} som bor bredvid har också"
    " anmält\nHandläggare: {sur:3}",
    "invanare|app_tips|⚠️ {venue}\nDet luktar cannabis i hela trapphuset varje kväll runt {time}. Vet att det"
    " kommer från {lgh}. Hyresvärd: {org}. /{full:1}",
    "invanare|app_tips|Tips {arende}\nText: svart BMW {plate} kör runt på skolgården vid {venue} på"
    " kvällarna, föraren heter {full:2} tror jag, han är typ {ung}\nSkickat från iPhone av {full:1}\nKC:"
    " vb till polisinspektör {sur:3}",
    "invanare|app_tips|Synpunkt: parkeringen vid {place} är totalt mörk och {wfirst:2} från vår förening"
    " blev rånad där {date}. Jag är ordförande i bostadsrättsföreningen, {full:1}, och nås på {tel}.",
    "invanare|app_tips|Anmälan: Övergiven cykel + moped\nVar: {street}\nBeskrivning: mopeden saknar skylt,"
    " cykeln har stått låst sedan {week}\nNamn: {full:1}\nPersonnr: {snr}\nTelefon: {mob}",
    'invanare|app_tips|Rapporterat av {comma:1} · {date}\n"Någon har satt eld på papperskorgen vid'
    ' {pstreet} igen. Tredje gången. Grannen {wsur:2} såg två killar springa mot {place}."\nStatus:'
    " Mottagen",
    # ---------------------------------------------------------------- kvittens: receipts, notes added
    "handlaggare|kvittens|Tack för ditt ärende!\nÄrendenummer: {arende}\nVi har tagit emot din felanmälan"
    " om: Trasig gatubelysning, {street}\nNamn: {full:1}\nE-post: {mail}\n\n[Intern anm.: dubblett av"
    " ärende från {full:2}, slås ihop /{init:3}]",
    "handlaggare|kvittens|Bekräftelse – inkommet {date}\nAvsändare: {full:1} ({mob})\nÄmne: Ungdomar vid"
    " {venue}\nDitt ärende hanteras av: {full:2}\nSvarstid: normalt inom 5 arbetsdagar",
    "handlaggare|kvittens|Mottagningsbevis\nHej {first:1}! Vi har tagit emot ditt ärende om störande granne"
    " på {addr}. Handläggare: {sur:2}.\nObs: ärenden om störningar i hyresrätt skickas till hyresvärden"
    " ({org}).",
    "handlaggare|kvittens|AUTOMATISKT SVAR – {kommun}\nDitt meddelande har tagits emot.\n---\nKC-notering:"
    " {caps:1} ringde efteråt och kompletterade: bilen {plate} har även läckt olja. Skickat till miljö,"
    " inspektör"
    " {sur:3}. /{first:2}",
    "handlaggare|kvittens|Kvittens e-tjänst\nInlämnat av: {full:1}, {pnr}\nAdress: {addr}\nÄrende: Klotter"
    " på fastighet {fast}\nUppskattad kostnad: {amount}\nBilagor: 3\nKC-kommentar: privat fastighet,"
    " hänvisat till ägaren {full:2}",
    "handlaggare|kvittens|Hej {full:1},\ndin felanmälan ({arende}) är registrerad. Beräknad åtgärd:"
    " {week}.\n\nDetta mejl går inte att svara på.\n\n-- intern: anmälaren är granne till {full:2} som klagat"
    " på samma lampor vid {venue}. {init:3}",
    'handlaggare|kvittens|Ärende mottaget kl {time}\nFrån: {mail}\nÄmne: bil\nText: "hej det står en bil'
    ' utan skyltar i {place} sen länge, den var {lowf:1|g} gamla bil tror jag"\nHandläggare: {full:2}',
    "handlaggare|kvittens|Tack {wfirst:1}!\nVi har tagit emot ditt tips om narkotikaförsäljning vid"
    " {venue}. Observera att kontaktcenter inte är polisen. Vi har lämnat tipset till kommunpolis {full:2}."
    " Ditt ärende: {arende}.",
    # internanteckning: notes in the case system
    "handlaggare|internanteckning|{full:1}, {mob} – ÅU ang. ungd. i trapphus {addr}. Ej svar x2. Lämnat rm."
    " /{first:2}. Fastighetsvärd {sur:3} meddelad.",
    "handlaggare|internanteckning|Int. anm: anm. {sur:1} ({snr}) uppger att grannen {full:2} ({vuxen} år)"
    " hotat"
    " henne. Hänv. polis 114 14. Vb {org} + soc. {date} {init:3}",
    "handlaggare|internanteckning|tel fr {low:1}, {mob}. klotter {venue}, vb gk. sa att hon ringt {antal}"
    " ggr tidigare, ev. dubbl. m {arende}",
    "handlaggare|internanteckning|NB! Anmälaren {caps:1} ({pnr}) vill EJ att namn lämnas till"
    " fastighetsägaren. Gäller störande granne i {lgh}, {street}, fastighet {fast}. Vb {org} utan namn."
    " //{init:2}",
    "handlaggare|internanteckning|{date}, {time}: {first:1} på fältgr. bekräftar att de har koll på gruppen"
    " vid {place}, känner till {nick:2} och {nick:3}. Inget mer från KC.",
    "handlaggare|internanteckning|obs dubblett – {full:1} och {full:2} anmäler samma bil ({plate2}) i"
    " {place}. Slås ihop. Regägare enl. transportstyrelsen: {full:3}, {addr}.",
    "handlaggare|internanteckning|Samtal m polisen ({wsur:1}), de har ärendet {case} sedan tidigare."
    " Anmälaren {full:2} informerad. Ärendet avslutat hos KC den {date}.",
    "handlaggare|internanteckning|Kommentar: kvinna ringde från {tel}, ville ej uppge namn men sa att hon är"
    " {full:1|g} mamma. Orolig för att sonen ({ung}) rekryteras av äldre vid {venue}, nämner {full:2} och"
    " en som kallas {nick:3}. Vb fältgruppen och soc.",
)
