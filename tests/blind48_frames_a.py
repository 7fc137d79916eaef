"""Frames of the forty-eighth blind corpus, first part: the återvinningscentral's own notes — the staff's
daily log, incident and threat reports on forms, and the staff's group chat.

A frame is `role|style|template`; the slots are tests/blind48_fill.py's.
"""

from __future__ import annotations

# Daily log kept at the station (dagbok): short dated entries on threats, thefts and refused loads.
AVC_LOGG = (
    "avcpersonal|avc_logg|Dagbok {avc} den {date}\nkl {time} Man i vit skåpbil {plate} lastade av "
    "byggavfall i brännbart trots tillsägelse. Uppgav sig heta {full:1}, ville inte visa leg. /{first:2}",
    "avcpersonal|avc_logg|{first:1} och jag stod på grovavfallet när {full:2} kom in för tredje gången "
    "den här veckan med en släpkärra full av gips. Blev högljudd och sa att han visste var {first:1} bor. "
    "Rapporterat till platschef {sur:3}. Hans mobil: {mob}",
    "platsvakt|avc_logg|Inbrott i containern för elavfall natten till {date}. Staketet uppklippt vid "
    "grinden mot {street}. Kameran visar två personer och en mörk Caddy, reg {plate2}. Polisanmälan gjord "
    "av {full:1}, {case}.",
    "avcpersonal|avc_logg|kl {time} kund {full:1} nekades lämna däck utan kvitto. Tog fram telefonen och "
    "filmade {first:2}, sa att det skulle upp på nätet. [[Inga]] skador. Kunden kom tillbaka senare med "
    "sambon {first:3}.",
    "avcchef|avc_logg|Skiftrapport {avc}\nPersonal: {first:1}, {wfirst:2}, {first:3}\nKö hela "
    "förmiddagen, ca {antal} bilar före öppning kl {time}. {full:4} från {org} var här och tittade på "
    "kameraplaceringen.\nAnsvarig: platschef {sur:5}\nI övrigt lugnt.",
    "avcpersonal|avc_logg|{date} Hot mot personal. {full:1} ({vuxen} år) skrek åt {nick:2} i kassan på {avc} "
    "att "
    "han var en jävla pappersvändare. Lugnade sig när väktare {wsur:3} kom. Reg på bilen: {plate}",
    "avcpersonal|avc_logg|stöld ur metallcontainern igen. {low:1} från {place} syns på kameran kl {time}, "
    "samma kille som förra veckan. pratade med chefen {sur:2} på kontoret om att byta lås",
    "avcchef|avc_logg|Anteckning {avc}\n{first:1} ringde från {org}: någon har lagt ut koppar på Blocket "
    "som troligen kommer härifrån. Säljaren heter {full:2}, tel {mob}. Vidarebefordrat till {comma:3}.",
)

# Incident and threat reports on the employer's form (tillbud, hot och våld, skadeanmälan).
AVC_TILLBUD = (
    "avcchef|avc_tillbud|TILLBUDSRAPPORT\nArbetsplats: {avc}\nDatum: {date}\nRapporterad av: {full:1}\n"
    "Händelse: Besökare ({full:2}) hotade personal efter att ha nekats lämna farligt avfall. Vittne: "
    "{full:3}. Arbetsledare {sur:4} meddelad.",
    "avcchef|avc_tillbud|Typ av händelse: hot/våld\nBeskrivning: {caps:1} körde nästan på {first:2} vid "
    "rampen och skrek att han skulle komma tillbaka med grabbarna. Bil {plate2}.\nÅtgärd: Polis kontaktad, "
    "{case}. Chef {sur:3} informerad.",
    "avcpersonal|avc_tillbud|Avvikelse nr {kont}\nPlats: {avc}\nBerörd personal: {full:1}, {full:2}\n"
    "Kund som orsakade händelsen: okänd man, uppgav namnet {first:3}. Körde {plate}.\nTid: kl {time}",
    "avcchef|avc_tillbud|Incident {date}\nUtsatt: {full:1} (anställd, tel {tel})\nBeskrivning: En kvinna "
    "som kallade sig {nick:2} försökte ta med sig en cykel från återbruket. När {first:1} sa ifrån "
    "spottade hon. Arbetsledare {sur:3} har pratat med {first:1|g} chef.",
    "platsvakt|avc_tillbud|Rapportör: {comma:1}\nEnhet: {avc}\nHändelse: stöld av katalysatorer ur "
    "skrotbilsfållan, {antal} st. Misstänkt fordon {plate2}, grå Vito. Anmält till polisen {date}, {case}.",
    "avcpersonal|avc_tillbud|Hot mot personal – {avc}\nDen {date} kl {time} kom {full:1} med sin pappa "
    "{full:2}. De ville slänga eternitplattor i blandat. När {wfirst:3} nekade sa {first:1}: Vi vet var du "
    "parkerar.\nPolisanmält.",
    "avcchef|avc_tillbud|Skadeanmälan\nAnställd: {full:1}, {pnr}\nSkadan: klämd hand när en kund "
    "({first:2}) backade släpet in mot containern.\nKundens bil: {plate}\nNärmaste chef: {full:3}, {mob}",
    "avcchef|avc_tillbud|Händelserapport {week}\nSammanfattning: {antal} tillfällen av hot, två stölder "
    "ur elcontainern. Namngivna besökare: {full:1} (porttjänst), {full:2}, {low:3}.\nPersonal i tjänst: "
    "{first:4}, {first:5}",
)

# The staff's group chat: speakers before a colon, emoji, lowercase.
AVC_CHATT = (
    "avcpersonal|avc_chatt|{first:1}: nån har snott grinden vid farligt avfall igen 🙄\n{first:2}: samma "
    "gubbe som igår? han med {plate}?\n{first:1}: ja {full:3} heter han enligt kvittot",
    "avcpersonal|avc_chatt|{wfirst:1}: jobbar nån på {avc} imorgon? {nick:2} hotade mig idag, vill inte "
    "stå själv\n{first:3}: jag kommer kl {time}",
    "avcpersonal|avc_chatt|{lowf:1}: ring chefen {sur:2} på kontoret {tel}, hon vet om grejen med släpet"
    "\n{first:3}: ok 👍",
    "platsvakt|avc_chatt|{first:1}: kolla kameran vid rampen, typen i röd jacka är {full:2} från {place}, "
    "bor på {addr}. var här i tisdags också\n{first:3}: 👍",
    "avcpersonal|avc_chatt|{first:1}: har {first:2|g} bror lämnat tillbaka nyckeln till "
    "metallcontainern?\n{first:2}: nej och han heter {full:3} och jobbar inte här längre lol\n{first:1}: 🙈",
    "avcpersonal|avc_chatt|{lowf:1}: polisen var här ang stölden, anmälan {case}\n{first:2}: bra! sa de "
    "nåt om {low:3}?\n{lowf:1}: nej men vi ska inte släppa in hans pickup {plate}",
    "avcchef|avc_chatt|{first:1}: påminnelse: från {week} öppnar vi kl {time} på vardagar\n{first:2}: och "
    "{wfirst:3} har semester hela veckan va?\n{first:1}: ja, {full:4} hoppar in",
    "avcpersonal|avc_chatt|{first:1}: {caps:2} ringde och skrek i telefon igen, han kräver att få tillbaka "
    "sin kompressor\n{first:1}: numret han ringde från: {mob}\n{first:3}: blockera 😅",
)

FRAMES_A = AVC_LOGG + AVC_TILLBUD + AVC_CHATT
