"""Frames of the forty-seventh blind corpus, second file: tenants' e-mails to the housing company,
kundtjänst's notes of a phone call, and tenants writing in English or in simple Swedish.
`role|style|template`."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # ---------------------------------------------------------------- tenants' e-mails
    "hyresgast|mejl|Från: {mail}\nÄmne: klagomål grannen\n\nHej!\nJag vill klaga på {full:1} som bor under "
    "mig i {lgh}. Hennes pojkvän {first:2} kommer hem fulla kl {time} och smäller i dörrar. Det har hållit "
    "på sedan {week}.\n\nMvh\n{full:3}",
    "hyresgast|mejl|Ämne: SÅ HÄR KAN DET INTE FORTSÄTTA\n\nhej igen {first:1}, nu har {full:2|g} hund "
    "skällt i tre dygn. jag har sms:at dig på {mob} flera gånger. vill att ni gör något innan {date}!!!\n\n"
    "{lowf:3}",
    "hyresgast|mejl|Hej {sur:1},\ntack för samtalet igår. Som jag sa så är det {caps:2} i {lgh} som har "
    "besökare hela nätterna, bland annat en {first:3} som parkerar {plate2} på gräsmattan.\nMed vänlig "
    "hälsning\n{full:4}\n{addr}",
    "hyresgast|mejl|Hej förvaltare {sur:1}\n\nBifogar filmen från i natt. Det är {first:2} och {first:3} "
    "från {place} som sparkar på porten. Polisanmälan gjord, {case}. Hände vid hållplatsen för {line}.\n\n"
    "//{init:4}",
    "hyresgast|mejl|Re: Ditt ärende om störning\n\n> Hej {first:1}, vi har skickat ett brev till "
    "grannen.\n\nDet har inte hjälpt ett dugg. {full:2} och hennes sambo {nick:3} skrek i natt igen mellan "
    "kl {time} och fyra. Jag har sovit {antal} timmar.\n{full:1}",
    "hyresgast|mejl|hej,\n\nmin granne {low:1} har bett mig skriva eftersom hon inte kan svenska så bra. "
    "Någon slänger sopor från balkongen ovanför henne på {addr} (lgh ovanför hennes). Hon heter {first:1} "
    "och hennes nummer är {mob}.\n\nmvh {full:2}",
    "hyresgast|mejl|Från: {mail}\nHej. Jag heter {full:1} och bor på {street}. Mitt samordningsnummer är "
    "{snr}. Jag har fått en varning men det är inte jag som stör, det är {first:2} på våningen över.",
    "hyresgast|mejl|Skickat från min iPhone\n\nhej {first:1}!! nu har dom grillat på balkongen igen, "
    "{full:2} och hela släkten. röken kommer in hos oss. min man {wfirst:3} är astmatiker. snälla gör "
    "något\n\n{full:4}",
    # ---------------------------------------------------------------- kundtjänst's phone notes
    "kundtjanst|telefonnotering|Samtal {date} kl {time}. {full:1} ringer ang. störning från {lgh}, "
    "hyresgäst {full:2}. Hög musik och fest. Uppmanad att ringa störningsjouren på {org} nästa gång. "
    "Återkoppling till kund på {mob}. /{first:3}",
    "kundtjanst|telefonnotering|Tel.anteckning\nKund: {comma:1}\nTfn: {mob}\nÄrende: klagar på hundägare "
    "{full:2} som inte plockar upp efter hunden vid {venue}. Kund upprörd. Vidarebefordrat till bovärd "
    "{sur:3}",
    "kundtjanst|telefonnotering|Inkommande samtal. Hyresgäst {full:1} ({pnr}) ringde och grät. Menar att "
    'grannen {first:2} har hotat henne i tvättstugan, sa "jag vet var din dotter går i skolan". Kunden '
    "rekommenderad polisanmälan. Ärende lagt till förvaltare {sur:3}.",
    "kundtjanst|telefonnotering|KS-notering: {first:1} från {addr} ringer (igen). Klagar på röklukt från "
    "{lgh}. Enligt kund bor {full:2} där med sin son {first:3}. Skickat info till jouren. /{lowf:4}",
    "kundtjanst|telefonnotering|Samtal från {full:1}, tel {tel}\nBerättar att barnbarnet {first:2} har "
    "blivit rånad i gångtunneln mot {place} vid {line} av två killar, en kallas {nick:3}. Polisen har "
    "{case}.",
    "kundtjanst|telefonnotering|{full:1} ringde kl {time}: det står en bil {plate} parkerad på "
    "handikapplatsen utanför porten på {pstreet} sedan {week}. Tror den tillhör {first:2|g} kille. Ber oss "
    "bötfälla.",
    "kundtjanst|telefonnotering|Notering kundtjänst\nInringare: {caps:1}, {snr}\nGäller: hyresgäst "
    "{comma:2}, {lgh}\nVad: misstänker andrahandsuthyrning, nya personer varje vecka, senast en {first:3} "
    "och hans fru.\nÅtgärd: skickat till uthyrningen ({first:4}).",
    "kundtjanst|telefonnotering|{first:1} {wsur:1} ringer från {place}. Grannen {full:2} har satt upp en "
    "kamera i trappan som filmar hennes dörr. Vill veta om det är tillåtet. Svarade att vi återkommer. "
    "Kunden nås på {mob} efter kl {time}.",
    # ---------------------------------------------------------------- in English or simple Swedish
    "hyresgast|engelska|Hello, my name is {full:1} and I live at {addr}. My neighbour {first:2} plays very "
    "loud music every night until {time}. I have a small baby and we moved from {place}. Please help me. I "
    "pay {amount} every month. My phone {mob}",
    "hyresgast|engelska|Dear customer service,\nI want to complain about the man in {lgh}, I think his name "
    "is {full:1}. He smokes in the stairwell and his dog attacked my son {first:2} last week.\nRegards, "
    "{full:3}",
    "hyresgast|engelska|hej jag heter {first:1} jag bor {street} vid {venue}. grannen {full:2} hon säger "
    "jag stör men jag inte stör. jag jobbar natt. snälla ring mig {mob} tack",
    "hyresgast|engelska|Hi! I'm an exchange student at {venue}, subletting from {full:1}. Someone named "
    "{nick:2} keeps knocking on the door at night asking for {first:1}. I'm scared. {mail}",
    "hyresgast|engelska|Hej. Jag {full:1}. Min granne {first:2} bråkar med mig i tvättstugan. Hon säger jag "
    "ta hennes tid. Det inte sant!! Jag har bokat {date} kl {time}. Min son {first:3} kan översätta, ring "
    "{mob}",
    "hyresgast|engelska|To Mr {sur:1}, property manager\nThe car {plate2} has been parked in my spot for "
    "{antal} days. It belongs to a visitor of {full:2} in {lgh}. This is not ok.\n{caps:3}",
    "hyresgast|engelska|Subject: noise complaint\nHi, me and my wife {first:1} have lived here for years. "
    "The new tenant {full:2} has parties every weekend. Last one {date} at {time}, police came ({case}).\n"
    "Best, {init:3}",
    "hyresgast|engelska|hello i am {low:1} from {lgh}. somebody broke my storage room (förråd) and took "
    "bike. i think it was boys from {place}, one is called {nick:2}. what to do? [[Please]] answer",
)
