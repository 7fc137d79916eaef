"""Frames of the seventy-third blind corpus, part b: transport companies' incident logs, passengers'
complaints and the lost-property register (with owners' details).

A frame is `role|style|template`; the slots are tests/blind73_fill.py's.
"""

from __future__ import annotations

FRAMES_B = (
    # --- incidentlogg: the traffic control's and the operator's incident logs
    "trafikledare|incidentlogg|{date} kl {time} | {line} | {stop}/{street} | Stenkastning mot buss, ruta"
    " krossad. Förare {sur:1} oskadd. Polis på plats, ärende {case}.",
    "trafikcentral|incidentlogg|INCIDENTLOGG – {org}\nTid: {time}\nLinje: {line}\nHändelse: Spårvagn"
    " spärrad av felparkerat fordon {plate} på spårområdet vid {stop}. Ägaren {full:1} kontaktad via {tel},"
    " flyttade bilen efter 25 min.\nLoggförare: {first:2}",
    "trafikledare|incidentlogg|{time} {line} rapporterar hot mot förare vid {stop}\n{time} polis larmad,"
    " misstänkt bil {plate2}\n{time} förare {sur:1} avlöst av {full:2}\n{time} trafiken"
    " återupptagen\nNoterat: den misstänkte kallas {nick:3} av ungdomarna i {place}",
    "trafikcentral|incidentlogg|Händelse nr 2211\nTyp: Skadegörelse fordon\nFordon: {vagn}\nDatum:"
    " {date}\nBeskrivning: Sätesklädsel skuren i vagnens bakre del. Misstänkt: {low:1}, känd av personalen"
    " på {station}. Kostnad ca {amount}. Anmält av {full:2}.",
    "trafikledare|incidentlogg|Logg natt {date}\n00.14 {line}: bråk ombord, {first:1} (förare) begär"
    " polis\n00.31 polis på plats vid {stop}\n00.52 en man gripen, uppger namn {full:2}\n01.10 {first:1}"
    " kör vidare, försenad\nÖverlämnat till dagpersonal ({full:3})",
    "trafikcentral|incidentlogg|{org} Trafikledning – avvikelse\nKl {time} ringde resenären {full:1}"
    " ({mob}) och berättade att en man ofredade en tonårstjej på {line} vid {stop}. Förare {sur:2} stoppade"
    " vagnen, mannen gick av. Signalement vidarebefordrat till polisen.",
    "trafikledare|incidentlogg|Ärende {case}\nInkom {date} kl {time}\nAnmälare: {comma:1}, {addr},"
    " {place}\nResenär påkörd av cykel vid {stop} när hon klev av {line}. Cyklisten {full:2} stannade och"
    " lämnade sitt nummer {mob}.",
    "trafikcentral|incidentlogg|Sammanställning {week}, {kommun}\n• {antal} stenkastningar mot bussar i"
    " {place}\n• hot mot förare på {line} (förare {sur:1})\n• klotter på {vagn}\n• {full:2} och {full:3}"
    " utsatta för rån vid {stop}\nKontakt: {first:4}, tel {tel}",
    # --- klagomal: passengers' complaints
    "resenar|klagomal|Ämne: Otrevlig förare\nJag åkte {line} den {date} ca kl {time} från {stop}. Föraren"
    " (jag tror han hette {first:1} enligt skylten) stängde dörren på min son {first:2} som är {ung}."
    " {first:2} grät hela vägen hem. Ring mig gärna: {mob}\n/{full:3}",
    "resenar|klagomal|Hej. Min mamma {full:1} ({vuxen} år) ramlade när bussen ryckte iväg vid {stop}. Hon"
    " har fått ett blåmärke stort som en handflata. Vill ha ersättning för taxi hem, {amount}. Adress:"
    " {addr}, {place}. Mvh {full:2}, {mail}",
    "resenar|klagomal|klagomål!!! varför stannar inte {line} vid {stop} efter kl {time}?? stod där med min"
    " dotter {lowf:1} i 40 min. ni tar {price} för en enkelbiljett och kan inte ens köra. {low:2}",
    "resenar|klagomal|Formulär: Synpunkt\nNamn: {full:1}\nE-post: {mail}\nTelefon: {mob}\nResa: {line},"
    " {date}\nSynpunkt: Kontrollanten {sur:2} var mycket nedlåtande och skrek åt mig inför alla. Jag hade"
    " giltig biljett i appen men mobilen hade dött. Jag kräver att avgiften på {fee} stryks.",
    "resenar|klagomal|[[Ros]] till föraren på {line} i morse! Han väntade in min pappa {full:1} som går med"
    " rollator vid {stop}. Tror föraren hette {wfirst:2}. Vänliga hälsningar {first:3} {wsur:3}",
    "resenar|klagomal|Klagomål gällande väktare på {station}\nDen {date} blev min son {first:1} ({ung} år)"
    ' nedbrottad av en väktare från {org}. Väktaren bar namnskylt "{sur:2}". Vittnen: {full:3} och'
    " {full:4}. Vi har gjort polisanmälan ({case}). {first:1} har fortfarande ont. {full:5}, {addr}",
    "resenar|klagomal|Hej. Er {vagn} stod med motorn igång i 25 minuter utanför mitt fönster på {pstreet}"
    " igen. Jag har ringt {antal} gånger. Jag heter {full:1}, bor i {lgh} på {addr}, nås på {tel}.",
    "resenar|klagomal|Till kundtjänst\nJag vill klaga på att ingen hjälpte till när en berusad man"
    " trakasserade mig och min kompis {first:1} på {line} mellan {stop} och {place} vid {time}-tiden."
    " Mannen sa att han hette {first:2} och skulle ta reda på var vi bor. Föraren gjorde"
    " ingenting.\n{full:3}\n{mob}",
    # --- hittegods: lost property, with owners' details
    "hittegods|hittegods|HITTEGODS nr 55-1187\nFöremål: svart ryggsäck\nUpphittad: {vagn}, {line},"
    " {date}\nInnehåll: plånbok med körkort ({full:1}, {pnr}), laddare, nycklar\nÄgaren kontaktad på {mob},"
    " hämtar på {station}",
    "hittegods|hittegods|Upphittat: iPhone i rosa skal på {line}, hittad av förare {sur:1} vid"
    ' ändhållplatsen {stop} kl {time}. Låsskärmen visar "{first:2} ❤ {first:3}". Ingen ägare ännu. Förvaras'
    " på {station}.",
    "hittegods|hittegods|{comma:1}\n{addr}\n{place}\nTel: {mob}\nAnmält förlorat: barnvagn (grå"
    " Emmaljunga), glömd på {line} {week}. Hämtad den {date} av {first:1|g} man {full:2}.",
    "hittegods|hittegods|Hittegodsregistret {date}\n1. Nyckelknippa, {stop}, ingen ägare\n2. Pass, utfärdat"
    " för {caps:1}, upphittat på {station} — polisen underrättad\n3. Plånbok, {line}. ID-kort: {full:2},"
    " {snr}. Ägaren hämtade kl {time}\n4. Glasögon, ingen ägare",
    "hittegods|hittegods|hej! jag glömde min jacka på {line} igår kväll runt kl {time}, svart north face"
    " med nycklar i fickan. mitt namn är {low:1}, ni når mig på {mob} eller {mail}. tack!!",
    "kundtjanst|hittegods|Ärende hittegods\nAnmälare: {full:1}\nSaknas: datorväska med MacBook,"
    " arbetsgivare {org}\nResa: {line} från {stop}\nKontakt: {tel} (dagtid)\nHandläggare: {first:2} på"
    " kundtjänst",
    "forare|hittegods|Förare {sur:1} lämnar in: plånbok upphittad i {vagn} efter sista turen. I plånboken:"
    " bankkort, Västtrafikkort, legitimation för {full:2} boende på {addr}, {lgh}, samt en lapp med"
    " {first:3|g} nummer {mob}.",
    "hittegods|hittegods|Utlämnat {date}: cykelhjälm och mobil (Samsung). Ägare: {full:1}, legitimerad med"
    " körkort. Hämtades av hennes bror {first:2} på uppdrag. Hittad av kontrollant {sur:3} på"
    " {line}.\nSign. {first:4}",
)
