# ruff: noqa: E501
"""Frames of the nineteenth blind corpus, part e: text messages from tenants passed on, hastily typed notes,
and andrahandsuthyrning, evictions and kronofogden. Each is `role|style|template`."""

FRAMES_E = [
    # sms från hyresgäster
    "sms|sms|{lowf:1} här i {lgh}. nu är de där killarna i trappan igen, en heter {first:2} tror jag. de röker och skriker. kan väktarna komma??",
    "sms|sms|SMS vidarebefordrat från hyresgäst {full:1} ({mob}): Hej det brinner i en barnvagn i porten på {addr}!! har ringt 112 /bovärd {sur:2}",
    "sms|sms|{wfirst:1}: Hej bovärden, min granne {lowf:2} har inte öppnat på tre dagar och det luktar konstigt. Kan du kolla? Jag bor på {addr}",
    "sms|sms|Från {mob}: hej det är {low:1}. tvättstugan på {street} är sönderslagen igen o nån har skrivit {nick:2} på väggen. Mvh",
    'sms|sms|Meddelande från hyresgäst, vidarebefordrat av {first:1}:\n"Hej! Bilen {plate} har stått på min plats i en vecka. Jag heter {full:2} och bor i {lgh}."',
    'sms|sms|{first:1} ({mob}) sms:ade kl {time}: "nån har sparkat sönder dörren till källaren, o {lowf:2} säger att det var grannens pojke"',
    "sms|sms|Hej {first:1}! Det är {full:2} från {addr}. [[Mina]] barn är rädda. Min son blev rånad på sin mobil vid {inst} igår kväll. Polisen har anmälan {case}. Vad gör ni åt belysningen?",
    "sms|sms|sms till jouren: hej jag heter {low:1} bor i {lgh}, grannen {lowf:2} hotar mig när jag går förbi. snälla ring {mob}",
    'sms|sms|Vidarebefordrat sms från {full:1}: "Hej, någon har eldat i soprummet på {street}, röken går upp i trapphuset. {first:2} i huset bredvid ringde brandkåren."',
    'sms|sms|Från hyresgäst {wfirst:1}: "hej, {lowf:2} och hans kompisar har tagit över lekplatsen vid {inst} igen, barnen vågar inte gå ut" /skickat vidare av {full:3}',
    # snabba anteckningar
    "anteckning|anteckning|ant. {date}: ring {lowf:1} i {lgh} ang förrådet. {low:2} ska få ny bricka. kolla m {first:3} om kameran vid {inst}",
    "anteckning|anteckning|att göra: klotter {street}, brev till {low:1} om andrahand, ring {first:2} på {bolag}, tel {tel}",
    "anteckning|anteckning|snabbnotis - bråk utanför {inst} kl {time}, {lowf:1} o {lowf:2} inblandade, ingen polis. {full:3} såg allt",
    "anteckning|anteckning|mötesant: {first:1}, {first:2}, {sur:3} från förvaltn. - kameror ok - belysning {street} - {nick:4} synts igen vid {place}",
    "anteckning|anteckning|Ant. efter samtal med {full:1}: oro för grannen {full:2} och {first:2|g} barn. Ring soc. {first:3} återkommer.",
    "anteckning|anteckning|kom ihåg!! nyckel till {lgh} ligger hos {low:1}. {first:2} hämtar fre. larmkod ej till {lowf:3}",
    "anteckning|anteckning|Notering: {full:1} i {lgh} har fått fler nycklar utkvitterade än vanligt. Misstänker andrahand. Kolla med {first:2} på uthyrningen. Förvaltare {sur:3} vet mer.",
    "anteckning|anteckning|ant. {week}: bilbrand natt {street}, {plate2}. ägaren {low:1} ringd. {first:2} fixar städning. ev kamera?",
    "anteckning|anteckning|Kort: {full:1} ({pnr}) i {lgh} har betalningsanmärkning och obetald hyra tre månader. {wsur:2} på ekonomi informerad. Ej avhysning än.",
    "anteckning|anteckning|ring tillbaka:\n- {low:1} {mob} (klotter)\n- {full:2} {mob} (förråd)\n- {first:3} på {org}",
    # andrahand, avhysning, kronofogden
    "avhysning|avhysning|Uppsägning på grund av otillåten andrahandsuthyrning\nHyresgäst: {full:1}, {pnr}\nLägenhet: {lgh}, {addr}\nFaktisk boende enligt grannar: {full:2}\nHandläggare: {full:3}, {bolag}\nFörvaltare: {sur:4}",
    "avhysning|avhysning|Kronofogden har beslutat om avhysning av {full:1} från {lgh} på {addr}. Verkställighet den {date} kl {time}. Närvarande från bolaget: {full:2}. Socialtjänsten ({full:3}) är informerad.",
    "avhysning|avhysning|Avhysning genomförd {date}\nLägenhet: {lgh}\nFastighet: {fast}\nHyresgäst: {caps:1}, född {pnr}\nLåsbyte utfört av fastighetsskötare {sur:2}. Hyresgästens bror {first:3} hämtade en del möbler.",
    "avhysning|avhysning|Till Kronofogden\nAnsökan om avhysning\nSökande: {bolag}\nSvarande: {full:1}, {snr}\nAdress: {addr}, {lgh}\nOmbud: {full:2}, tel {tel}",
    "avhysning|avhysning|Utredning andrahand {lgh}\nKontraktsinnehavare: {comma:1}\nPå plats vid besök {date}: en man som uppgav sig heta {full:2} och som betalar {amount} i månaden till {first:1}.",
    "avhysning|avhysning|Hej {first:1}, vi har fått information om att du hyr ut din lägenhet på {addr} i andra hand utan tillstånd. Vi ber dig kontakta oss senast {date}. Hälsningar {full:2}, uthyrare {bolag}",
    "avhysning|avhysning|Avhysningen av familjen {sur:1} på {street} sköts upp. Socialsekreterare {full:2} ordnar tillfälligt boende. Barnen {wfirst:3} och {first:4} går i {inst}, {first:4|g} lärare är informerad.",
    "avhysning|avhysning|Protokoll hyresnämnden: {bolag} mot {full:1}. {full:1|g} ombud {full:2} yrkade att uppsägningen skulle ogiltigförklaras. Grannen {full:3} vittnade om störningar från {lgh}.",
    "avhysning|avhysning|Kronofogdens förrättningsman ringde: {full:1|g} avhysning från {lgh} genomförs enligt plan. Bolagets kontakt på plats blir {first:2}, {mob}. Han tar {line} dit. Väktare från {vakt} finns med.",
    "avhysning|avhysning|Andrahandskontroll {place}, {week}\n{addr}: kontraktsinnehavare {full:1}, {snr}, bor enligt uppgift i utlandet, i lägenheten bor {full:2} med familj.\nÅtgärd: brev till {first:1}.",
]
