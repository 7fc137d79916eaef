"""Frames of the seventy-seventh blind corpus, part A: the recycling centre's own staff — the day log kept at
the gate (`avc_dagbok`), incident and near-miss reports (`avc_incident`) and reports of metal and electronics
stolen from containers (`stold_container`). Slots: tests/blind77_fill.py."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # --- avc_dagbok: the gate's day log
    "avc_personal|avc_dagbok|Dagbok {avc}\nDatum: {date}\nÖppet {hours}. Personal: {first:1}, {first:2} och"
    " {first:3} (extra från bemanningen).\n09.40 kund backade in i staketet vid [[Metallskrot]], inga skador."
    " Bil {plate}.\n{first:2} åt lunch kl {time}, {first:1} ensam på grinden en stund.",
    "avc_personal|avc_dagbok|Kvällspass {date}\n{full:1} ringde till grinden kl {time}, hade tappat plånboken"
    " vid [[Wellpapp]]. Hittad av {wfirst:2} och lämnad i kassan, hämtas i morgon. Tel {mob}.\nInget mer att"
    " rapportera /{wfirst:2}",
    "avc_chef|avc_dagbok|Veckorapport {avc}, {week}\nBesökare: ca 2 300. Utvägt: {kg} [[Elavfall]], resten"
    " enligt våglistan.\nMån: {first:1} sjuk, ersatt av {full:2}.\nOns: kund ({full:3}) skällde ut {first:4}"
    " vid miljöstationen efter att ha nekats lämna asbest. Incident skriven.\nFre: stängt från kl {time}"
    " pga strömavbrott.",
    "avc_personal|avc_dagbok|Överlämning till kvällen: {first:1} har nyckeln till förrådet med [[Batterier]]."
    " {wsur:2} från entreprenören byter {cont} ca kl {time}. Om {nick:3} dyker upp igen och vill ha ut kablar"
    " ur buren, säg nej och ring {first:4} på {mob}.",
    "avc_personal|avc_dagbok|{first:1|g} anteckningar {date}:\n- bil {plate2} har varit här 4 ggr i dag med"
    " byggavfall, troligen firma. Föraren uppgav namnet {full:2}.\n- {first:3} och {first:1} tömde [[Småel]]"
    " kl {time}\n- kund {low:4} vill ha kvitto på {amount}, mejl {mail}",
    "avc_chef|avc_dagbok|Personalmöte på {avc}, den {date}. Närvarande: {comma:1}; {comma:2}; {full:3};"
    " {first:4} (protokoll).\n1. Nya öppettider från {week}: vardagar {hours}.\n2. Skyltningen vid"
    " [[Trädgårdsavfall]] ses över.\n3. Larmteknikern {sur:5} på {org} återkommer om larmet.",
    "avc_personal|avc_dagbok|lördag {date}\nmycket folk, kö ut på {street} från kl {time}, bussen {line}"
    " stod fast. {first:1}"
    " dirigerade. en kund ({full:2}, {plate}) blev arg o körde nästan på {first:3}. polis ej kontaktad men"
    " {first:3} vill att det skrivs in. mvh {lowf:1}",
    "avc_personal|avc_dagbok|Kassan {date}: {amount} i kontanter för osorterat, kvittona i pärmen. Avvikelse:"
    " kund {full:1} betalade inte för {kg} [[Gips]], lovade swisha. Nr {mob}. Ansvarig kassa: {init:2}.",
    # --- avc_incident: incident and near-miss reports
    "avc_chef|avc_incident|INCIDENTRAPPORT\nAnläggning: {avc}\nDatum: {date} kl {time}\nRapporterad av:"
    " {full:1}\nHändelse: Kund hotade personal ({first:2}) efter att ha nekats lämna [[Impregnerat]] trä"
    " osorterat. Kunden uppgav sig heta {full:3} och körde {plate2}.\nVittne: {full:4}, tel {mob}",
    "avc_chef|avc_incident|Avvikelse – {avc}\nBeskrivning: {full:1} ({snr}) ertappades med att plocka"
    " katalysatorer ur [[Metallskrot]]. {first:1} släppte dem när {first:2} ropade. Polis tillkallad, ärende"
    " {case}.\nÅtgärd: tillträdesförbud i sex månader, beslut av {sur:3}.",
    "avc_personal|avc_incident|Tillbud {date} vid {avc}: en besökare, {caps:1}, klättrade ner i {cont} för"
    " att hämta en gräsklippare. {first:2} fick hjälpa upp. Ingen skada. Kontaktuppgifter: {addr}, {tel}.",
    "avc_chef|avc_incident|Hot mot personal\n\nUtsatt: {full:1} (ÅVC-personal)\nGärningsperson: man ca"
    " {vuxen} år, kallas '{nick:2}' av stamkunderna, kommer ofta i {plate}\nVad: sa att han skulle 'vänta på"
    " {first:1} efter stängning'\nNär: {date}, ca kl {time}\nAnmält: ja, {case}",
    "avc_personal|avc_incident|Brand i containern för [[Brännbart]] den {date}, upptäckt kl {time} av"
    " {first:1}."
    " Räddningstjänsten på plats inom tio minuter. {full:2} från {org} var med vid efterkontrollen. Troligen"
    " ett litiumbatteri i fel fraktion. Kameran visar en kund i {plate2} som slängde en säck strax innan.",
    "avc_chef|avc_incident|Rapport {week}: intrång på {avc} natten mot {date}. Staketet uppklippt vid"
    " [[Vitvaror]], ca 15 kylskåp saknar kompressor. Larmet gick kl {time}, väktare {sur:1} på plats 25 min"
    " senare. Anmält av {full:2}, {mob}.",
    "avc_personal|avc_incident|Händelse: kund körde över foten på kollega.\nDrabbad: {full:1}, anställd"
    " hos {org}\nFörare: {full:2}, {addr}, bil {plate}\nKl {time} vid [[Deponi]]\nSkickad till"
    " vårdcentralen av {lowf:3}.",
    "avc_chef|avc_incident|{full:1} ringde {date} och klagade på bemötandet från {first:2} vid {avc} dagen"
    " innan. Enligt {first:2} vägrade {first:1} ta av presenningen så att lasset kunde kontrolleras."
    " Återkoppling till kunden på {mob} eller {mail}.",
    # --- stold_container: metal and electronics stolen from containers
    "avc_chef|stold_container|Anmälan stöld\nPlats: {avc}, {cont} ([[Koppar]]/[[Kabel]])\nTid: mellan {date}"
    " kl {time} och morgonen därpå\nStulet: ca {kg} koppar, värde ca {amount}\nMisstänkt fordon: {plate} (vit"
    " Transporter), setts där tidigare med {nick:1} och en {first:2}\nAnmälare: {full:3}, {tel}",
    "kommunpolis|stold_container|Stöld ur elavfallscontainer vid {avc} natten till {date}. Två män, en av"
    " dem ska enligt vittnet {full:1} ha kallats '{nick:2}'. Bil {plate2} registrerad på {full:3}, {addr}."
    " Ärendenummer {case}.",
    "avc_personal|stold_container|hej! någon har varit inne i [[Elavfall]] igen i natt, hela buren med"
    " mobiler o datorer borta. {first:1} såg en silvrig volvo {plate} utanför grinden vid stängning kl"
    " {time}."
    " ring mig {mob} /{lowf:2}",
    "avc_chef|stold_container|Sammanställning stölder {avc} {week}:\n{date}: batterier ur miljöskåpet,"
    " misstänkt {full:1}\nNatt mot lördag: kopparkabel ur {cont}, inga spår\nSöndag: kund {full:2} lastade ut"
    " en spis från [[Vitvaror]] i {plate2}; {first:2} nekade när {wfirst:3} frågade",
    "kommunpolis|stold_container|Kommunpolisen: tre anmälda metallstölder från återvinningscentraler sedan"
    " {week}. Vid {avc} greps {full:1}, {vuxen}, med ca {kg} mässing i bagaget. Medåkaren {full:2} släpptes"
    " efter förhör. Ärenden {case} m.fl.",
    "avc_personal|stold_container|Någon har brutit upp hänglåset på {cont} ([[Däck]]) och tagit ca 40 fälgar."
    " Kontaktpersonen {sur:1} på däckfirman säger att de kan vara värda {amount}. Vi har bild på en {plate}"
    " från kameran kl {time}. {first:2} pratar med polisen i morgon.",
    "vaktare|stold_container|Larm {avc} kl {time}. Vid ankomst sprang två personer mot {street}. En"
    " tappade en"
    " ryggsäck med plånbok: körkort på {full:1}, {pnr}. Kopparrör låg i högar vid [[Metallskrot]]. Polis"
    " meddelad, {case}. /väktare {sur:2}",
    "avc_chef|stold_container|Till {org}: vi har haft {antal} inbrott i elavfallsburen sedan {date}. Senast i"
    " natt såg vittnet {full:1} ({mob}) en skåpbil {plate2} och en man som {first:1} tror heter {first:2} och"
    " bor på {street}. Kan ni sätta upp kamera? Hälsningar {full:3}, platschef",
)
