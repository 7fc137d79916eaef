"""Frames of the forty-first blind corpus, part A: bus drivers' incident reports, the traffic control's
(trafikledningen) log lines and transcribed radio and phone calls to the traffic control.
A frame is `role|style|template` (tests/blind41_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_A = (
    # forarrapport: the driver's own incident form
    "forare|forarrapport|AVVIKELSERAPPORT FÖRARE\nFörare: {full:1}\nLinje/vagn: {line} / vagn "
    "{vagn}\nDatum: {date} kl {time}\nPlats: {stop}\nHändelse: Stenkastning mot bussens högra sida, "
    "ruta sprucken. Gäng om ca {antal} ungdomar sprang mot {place}.\nVittne: {full:2}, tel {mob}\nPolis "
    "tillkallad, ärende {case}.",
    "forare|forarrapport|Rapport från förare {sur:1}, {line}\n{time} hotades jag av en man ca {vuxen} "
    'år som vägrade visa biljett vid {stop}. Han sa att han skulle "vänta på mig" efter passet. '
    'Passageraren {full:2} ({mob}) filmade. Mannen kallades "{nick:3}" av sina kompisar.\nÅtgärd: '
    "larmknapp, TL kontaktad, polis kom efter {min} min.",
    "forare|forarrapport|Förare: {caps:1}\nLinje: {line}\nHändelse: Två personer slogs på bussen mellan "
    "{stop} och {place}. En kvinna, {first:2}, fick en flaska i huvudet. Jag stannade och öppnade "
    "dörrarna. {first:3} från {org} hjälpte till att skilja dem åt.\nSkada på fordon: "
    "nej\nPolisanmälan: {case}",
    "forare|forarrapport|{full:1} (förare) rapporterar: kl {time} kastades ägg och sten mot vagn {vagn} "
    "på {street} i höjd med {venue}. Vindruta spräckt, skadekostnad uppskattad till {amount}. Ingen "
    "passagerare skadad. Vittnet {full:2} bor på {addr} och såg ungdomarna springa in i en bil, "
    "{plate2}.",
    "forare|forarrapport|Hej! Händelse på {line} ikväll.\nEn berusad man spottade på mig och skrek att "
    "han vet var jag bor. Han hade klivit på vid {stop}. En passagerare, {full:2}, ringde 112. Polisen "
    "(patrull med {sur:3}) tog med honom.\nHan legitimerade sig med pnr {pnr}.\nMvh {first:1}, förare "
    "på {org}",
    "forare|forarrapport|Avvikelse – hot mot förare\nDatum {date}, ca kl {time}, {line} mot "
    "{stop}.\nUngdom ca {ung} år, kallar sig {nick:2}, hotade med kniv när jag bad honom sänka musiken. "
    "Kompisen hette enligt honom själv {first:3}.\nJag fortsatte till ändhållplatsen och larmade via "
    "TL.\nRapporterad av: {init:1}",
    "forare|forarrapport|Förarrapport {week}\nBil med reg {plate} parkerad i busskörfältet på {street} "
    "blockerade {line} i {min} minuter. Föraren av bilen, en man som presenterade sig som {full:2}, "
    "blev aggressiv och slog i rutan. Min kollega {first:3} såg allt.\n// {full:1}",
    "forare|forarrapport|Förare {wsur:1} rapporterar stenkastning på {line} vid {stop}, {place}. "
    "[[Ingen]] skadad men ruta krossad. Polisen har ärendet som {case}. Kontakt tagen med {kommun} om "
    "belysningen vid hållplatsen. Kollega {low:2} var med i vagnen.",
    # tl_logg: the traffic control's log lines
    "trafikledare|tl_logg|{time} TL  {line} vagn {vagn}: förare {sur:1} meddelar stenkastning vid "
    "{stop}. Ej personskada.\n{time} TL  Polis larmad, händelsenr {case}.\n{time} TL  Förare {sur:1} "
    "avlöst av {full:2}, vagnen in till depå.",
    "trafikledare|tl_logg|{date} kl {time}\nTL-logg: larm från {line}, bråk ombord, {antal} inblandade. "
    "Trygghetsvärdarna {first:1} och {first:2} på väg från {stop}.\nUppdatering: en man omhändertagen, "
    "uppgav namnet {full:3}, pnr {pnr}. Förare {sur:4} fortsätter turen.",
    "trafikledare|tl_logg|[{time}] Anrop {line}: förare ber om väktare, narkotikaförsäljning vid "
    "{stop}. Samma gäng som {week}, en av dem kallas {nick:1}.\n[{time}] {org} skickar patrull, väktare "
    "{sur:2}.\n[{time}] Läget lugnt enl. {first:3} på plats.",
    "trafikledare|tl_logg|LOGG TRAFIKLEDNING SYD\n{time} Buss: {line}, vagn {vagn}\n{time} Inringt av "
    "förare {full:1}: en kvinna blev slagen vid {stop}, gärningsman sprang mot {pstreet}.\n{time} "
    "Ambulans till plats. Vittne {full:2} {mob}.\n{time} Polis på plats, K-nr {case}.",
    "trafikledare|tl_logg|{time} | {line} | {stop} | Hot mot förare | Förare: {comma:1} | "
    'Gärningsperson: man ca {vuxen} år, kallad "{nick:2}" | Polis: ja | Anm: {case}',
    "trafikledare|tl_logg|Trafikledningen {date}\n- kl {time}: ordningsvakt {sur:1} begär förstärkning "
    "till {venue}, ca {antal} ungdomar kastar smällare mot bussar.\n- kl {time}: {line} leds om via "
    "{street}.\n- kl {time}: {full:2} från {org} rapporterar lugnt.\n- kl {time}: trafiken tillbaka i "
    "ordinarie sträckning.",
    "trafikledare|tl_logg|{time}  {line} vagn {vagn}  Stenkastning  {stop}\n{time}  linjen igen, vagn "
    "{vagn}  Stenkastning  {place}\nSamma grupp enligt förarna {first:1} och {first:2}. Polis "
    "informerad av {full:3}.\nKostnad för rutor hittills {amount}.",
    "trafikledare|tl_logg|TL {date}: busschaufför {full:1} blev biten i armen av en passagerare vid "
    "{stop} kl {time}. Passageraren, {full:2} ({snr}), omhändertogs av polis. Chaufförens chef {sur:3} "
    "informerad. Förare ersatt.",
    # radioanrop: radio and phone calls to the traffic control, transcribed
    'forare|radioanrop|Förare: "TL, {line} här, vagn {vagn}. Jag har en kille som hotar passagerare, '
    'han heter {first:1} säger de andra."\nTL: "Uppfattat. Var är du?"\nFörare: "Vid {stop}, på väg '
    'mot {place}."\nTL: "Polis på väg. Stanna kvar. Vem pratar jag med?"\nFörare: "{full:2}."',
    "forare|radioanrop|Anrop {time} från {line}:\n– [[Sten]] mot bakrutan vid {stop}, tre killar, en i "
    "röd jacka. Min passagerare {full:1} har filmat. Hon nås på {mob}.\n– Uppfattat, TL kontaktar "
    "polisen. Är du okej, {first:2}?\n– Ja, skakad bara.",
    "trafikledare|radioanrop|Samtal TL – spårvagnsförare {sur:1} kl {time}\nFörare: Jag har en man på "
    "perrongen vid {stop} som säljer något, folk kommer fram hela tiden. Han kallas {nick:2}, jag har "
    "sett honom flera gånger.\nTL: Noterat. Vi meddelar {org} och polisen.\nFörare: Kollegan {full:3} "
    "såg honom också {date}.",
    'trafikledare|radioanrop|Radio {line}: "Behöver hjälp, slagsmål längst bak, minst {antal} '
    'personer. En av dem känner jag igen, {full:1}, bor på {street} tror jag." TL till förare {sur:2}: '
    '"Ambulans och polis på väg, stanna vid {stop}."',
    'trygghetsvard|radioanrop|{first:1} (trygghetsvärd) anropar TL kl {time}: "Vi har kvar en ung '
    "kille, {ung} år, som kastade en flaska på {line}. Han uppger att han heter {full:2} och bor på "
    '{addr}. {first:2|g} mamma {first:3} är på väg."\nTL: "Vi loggar det. Polisen har ärendenummer '
    '{case}."',
    "trafikledare|radioanrop|Telefonsamtal till TL den {date} kl {time}\nInringare: busschaufför "
    "{full:1}, {line}\nÄrende: en passagerare har hotat att skjuta honom. Gärningsman beskrivs som ca "
    "{vuxen} år, kort, mörk jacka. Kollegan {low:2} körde bussen bakom och såg.\nÅterringning: {mob}",
    'forare|radioanrop|{time} Förare {init:1}: "Det skjuts fyrverkerier mot bussen vid '
    '{stop}!"\n{time} TL: "Kör vidare utan att stanna, vi leder om {line} via {street}."\n{time} '
    'Förare: "Okej. Passagerare {first:2} har fått något i ögat."\n{time} TL: "Ambulans beställd."',
    'stationsvard|radioanrop|Stationsvärd {full:1} till TL via radio: "Vi har en person som sover på '
    "perrongen vid {venue} och en grupp som bråkar vid hissarna. En av dem säger att han heter "
    '{wfirst:2}." TL: "Vi skickar {org}."',
)
