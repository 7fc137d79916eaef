"""Frames of the sixty-ninth blind corpus (tests/blind69_corpus.py), file a:
the organiser's security log, the ordningsvakter's reports and the event permit's conditions.

Each frame is `role|style|template`; the slots are tests/blind69_fill.py's. Written by hand, without
reading the redaction or any other corpus's frames.
"""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    (
        "sakchef|sakerhetslogg|SÄKERHETSLOGG {event}\n"
        "{time} Insläpp öppnat, ca {antal} pers i kö vid entré 1. Ansvarig grind: {full:1}.\n"
        "kl. {time} Berusad man avvisad av OV {sur:2}, lugnt.\n"
        "kl. {time} {first:1} meddelar att kön är borta.\n"
        "Loggförare: {full:3}"
    ),
    (
        "arrangor|sakerhetslogg|{date}, logg säkerhetsledning {venue}\n"
        "{time} – {first:1} ({nick:2|g} kollega) rapporterar trängsel vid {spot}. Flyttar två vakter.\n"
        "{time} – Ambulans beställd till sjukvårdstältet för en {ung}-årig flicka, mamman "
        "{full:3} med. Nåbar på {mob}.\n"
        "{time} – Läget lugnt. /{first:1}"
    ),
    (
        "sakchef|sakerhetslogg|Händelselogg {event} dag 2\n"
        "{time}  Visitation entré: OV {sur:1} hittar kniv hos man född {pnr}. Polis "
        "tillkallad, ärende {case}.\n"
        "{time}  {full:2} ({vuxen}) vill anmäla stöld av plånbok, hänvisad till polisen.\n"
        "{time}  Staket nere vid {place}-sidan, {first:3} och {first:4} lagar.\n"
        "Sign. {init:5}"
    ),
    (
        "sakchef|sakerhetslogg|LOGG – {venue} – {date}\n"
        "{time} Insatsledare polis {full:1} på plats, samverkan med vår säkchef {full:2}.\n"
        "{time} Ca {antal} personer utan armband försöker ta sig in via staketet mot {street}. "
        "OV {sur:3} och {sur:4} avvisar.\n"
        "{time} Fyrverkeri avfyrat från {place}, ingen skadad.\n"
        "{time} Slut på insläpp. Publik ca {publik}."
    ),
    (
        "arrangor|sakerhetslogg|Säkerhetslogg {event}, {week}\n"
        "Fre {time}: Grindar öppna. Säkerhetsansvarig {full:1}, tel {mob}.\n"
        "Fre {time}: Bråk i kön, två killar ({ung} och {ung} år) skiljs åt av {first:2} och "
        "{first:3}. Den ena, {full:4}, avvisad.\n"
        "Lör {time}: Hittat barn vid {spot}, återförenat med pappa {full:5} efter tio min.\n"
        "[[Inga]] större händelser i övrigt."
    ),
    (
        "sakchef|sakerhetslogg|{time}\tLarm från {spot}: man ligger medvetslös. Sjukvård "
        "{first:1} + OV {sur:2} på plats.\n"
        "{time}\tMannen identifierad som {caps:3}, {pnr}. Omhändertagen LOB, transporteras till "
        "arresten.\n"
        "{time}\tAnhörig ({first:4}, {mob}) informerad av {first:1}."
    ),
    (
        "arrangor|sakerhetslogg|Logg scen B, {venue}\n"
        "kl {time} artist ber publiken backa, trängsel vid främre kravallstaket\n"
        "kl {time} {full:1} (scenvakt) lyfter ut {antal} personer, en med skadad fot\n"
        "kl {time} {lowf:2} från sjukvården tar över\n"
        "kl {time} allt ok enl. {first:3}\n"
        "ansv: {low:4}"
    ),
    (
        "sakchef|sakerhetslogg|{full:1} – säkerhetslogg {date}\n"
        "{time} Polisen ({full:2}) informerar om misstänkt langning vid {place}.\n"
        "{time} Två personer stoppade vid entrén, bil {plate} står på {street} enligt {first:3}.\n"
        "{time} Vakt {sur:4} skadad i handen, åker till {venue}.\n"
        "{time} Avslut. Total publik {publik}."
    ),
    (
        "ov|ov_rapport|RAPPORT – ORDNINGSVAKT\n"
        "Plats: {venue}, {spot}\n"
        "Datum: {date} Tid: {time}\n"
        "Rapporterande OV: {full:1}\n"
        "Åtgärd: Omhändertagande enl. 13 § PL\n"
        "Omhändertagen: {comma:2}, {pnr}\n"
        "Adress: {addr}, {lgh}\n"
        "Beskrivning: Personen var kraftigt berusad och kunde inte stå. Kollega {full:3} "
        "biträdde. Överlämnad till polispatrull på plats."
    ),
    (
        "ov|ov_rapport|Ordningsvaktsrapport {event}\n"
        "Jag, OV {full:1}, och OV {full:2} uppmärksammade kl. {time} en man som kastade "
        "flaskor mot scenen. Mannen, som senare uppgav sig heta {full:3} och vara född {pnr}, "
        "avvisades från området. Han var inte medgörlig och fördes till marken. Handfängsel "
        "användes. Polis ({sur:4}) tog över kl. {time}.\n"
        "Vittne: {full:5}, {mob}"
    ),
    (
        "ov|ov_rapport|Avvisning / avlägsnande\n"
        "OV: {caps:1}\n"
        "Tid: {time}\n"
        "Plats: {spot}, {venue}\n"
        "Person: {full:2}, f. {pnr}\n"
        "Skäl: hotfullt beteende mot vakt {first:3}, påverkad\n"
        "Åtgärd: avlägsnad enl. 13 § PL, släppt utanför grindarna vid {street}\n"
        "Följd: {first:2} lämnade platsen med kompisen {nick:4}."
    ),
    (
        "ov|ov_rapport|Rapport omhändertagande LOB\n"
        "Den omhändertagne: {full:1} ({vuxen} år), {addr}, {lgh}\n"
        "Telefon: {mob}\n"
        "Omhändertogs kl. {time} vid {spot} av OV {sur:2} och OV {sur:3}.\n"
        "Personen luktade starkt alkohol, sluddrade och hade kräkts. Kompisen {first:4} "
        "({mob}) kunde inte ta hand om honom.\n"
        "Transport: polisbil till arresten. [[Inga]] skador noterades."
    ),
    (
        "ov|ov_rapport|RAPPORT {date}\n"
        "Rapportör: {full:1} (OV), tjänstgörande för {org}\n"
        "Händelse: slagsmål vid {spot}\n"
        "Inblandade: 1) {full:2}, {pnr};\n"
        "2) {full:3}, {snr};\n"
        "3) okänd man i [[Nike]]-jacka\n"
        "OV {sur:1} och kollega {first:4} skilde dem åt. {first:2|g} näsa blödde och han fick "
        "vård i sjukvårdstältet.\n"
        "Polisens ärendenummer: {case}"
    ),
    (
        "ov|ov_rapport|Till: Polisen, {venue}\n"
        "Från: ordningsvakt {full:1}\n"
        "Ämne: rapport om beslag\n"
        "Vid visitation kl. {time} påträffades hos {full:2} ({ung} år) en påse med vitt pulver "
        "och {amount} i kontanter. {first:2} uppgav att påsen tillhörde en {lowf:3}. Beslaget "
        "överlämnat till polisman {sur:4}. Vårdnadshavare {full:5} kontaktad på {mob}."
    ),
    (
        "ov|ov_rapport|{comma:1} — OV-anteckning den {date}\n"
        "Kl. {time} bad {first:2} vid baren om hjälp: en man ({full:3}) ville inte lämna henne "
        "ifred. OV {sur:1} pratade med mannen som lämnade området frivilligt. {first:2} fick "
        "numret {mob} till infotältet ifall han skulle komma tillbaka.\n"
        "// {first:1}"
    ),
    (
        "ov|ov_rapport|Ordningsvaktsrapport – LOB\n"
        "{full:1} anträffades kl. {time} liggande i buskaget bakom {venue}. Väcktes av OV "
        "{full:2}. Kunde inte uppge var han bodde; körkortet visar {addr} i {place}. "
        "Omhändertagen, överlämnad till patrull med polisassistent {sur:3}. Mobilen i fickan "
        "ringde, det var sambon {lowf:4}."
    ),
    (
        "tillstand|tillstand|Polismyndigheten – Beslut om tillstånd till offentlig tillställning\n"
        "Arrangör: {org}\n"
        "Kontaktperson: {full:1}, {mob}, {mail}\n"
        "Plats: {venue}\n"
        "Tid: {date} kl. {time} till kl. 01.00\n"
        "Villkor:\n"
        "1. Arrangören ska hålla minst {antal} förordnade ordningsvakter i tjänst.\n"
        "2. Säkerhetsansvarig {full:2} ska finnas på plats och vara nåbar på {mob}.\n"
        "3. Utskänkning enligt serveringstillstånd, ansvarig {full:3}.\n"
        "4. Arrangörens fordon ({plate2}) får stå innanför avspärrningen."
    ),
    (
        "tillstand|tillstand|Villkor 4: Arrangören ska ha en utsedd säkerhetssamordnare "
        "({full:1}) som har direktkontakt med polisens kommenderingschef {full:2}.\n"
        "Villkor 5: Ingångar ska förses med visitation; minst {antal} OV vid entrén mot {street}.\n"
        "Villkor 6: Uppsamlingsplats för borttappade barn vid infotältet, ansvarig {lowf:3}, "
        "tel {tel}.\n"
        "Handläggare: {full:4}"
    ),
    (
        "kommun|tillstand|Yttrande från {kommun} över ansökan om offentlig tillställning "
        "({event} den {date})\n"
        "Sökande: {full:1}, {addr}, {mob}\n"
        "Kommunen har inget att invända men påpekar att {street} ska hållas fri för "
        "räddningstjänsten och att {line} får ändrad hållplats. Miljöförvaltningen ({full:2}) "
        "har synpunkter på ljudnivån efter kl. {time}.\n"
        "Fastighet för backstage: {fast}."
    ),
    (
        "polis|tillstand|Ansökan offentlig tillställning – komplettering\n"
        "Hej {first:1}!\n"
        "Vi behöver en säkerhetsplan och namn på ansvarig för ordningsvakterna innan beslut. "
        "Bemanningsföretaget ({org}) har angett {full:2} som gruppchef. Ring mig på {tel} "
        "eller mejla {mail}.\n"
        "Mvh {full:3}\n"
        "Tillståndsenheten, Polisen"
    ),
    (
        "tillstand|tillstand|Beslut: tillstånd beviljas för {event} den {date} med följande "
        "villkor. Arrangören ska se till att högst {publik} personer vistas inom området "
        "samtidigt. Alkoholfri zon gäller för besökare under 18 år. Kontaktperson under "
        "arrangemanget är {full:1} ({mob}), ersättare {full:2}. Överträdelse kan medföra att "
        "tillståndet återkallas. Beslutande: {init:3}."
    ),
    (
        "tillstand|tillstand|ANSÖKAN OM TILLSTÅND – OFFENTLIG TILLSTÄLLNING\n"
        "Arrangör: {org}\n"
        "Firmatecknare: {caps:1}, {pnr}\n"
        "Säkerhetsansvarig: {comma:2}, {mob}\n"
        "Antal besökare: ca {publik}\n"
        "Plats: {venue} ({place})\n"
        "Datum: {date}\n"
        "Parkering: {fast}"
    ),
    (
        "polis|tillstand|Tillsyn enligt villkoren {date} – {venue}\n"
        "Vid kontroll kl. {time} fanns {antal} OV i tjänst mot villkorade tolv. "
        "Säkerhetsansvarig {full:1} kunde inte nås på angivet nummer {mob}; i stället svarade "
        "{first:2} från {org}. Arrangören ({full:3}) erinrades om villkor 3. Anteckning av "
        "polisinspektör {wsur:4}."
    ),
    (
        "kommun|tillstand|Mejl till tillståndsenheten\n"
        "Ämne: villkor för {event}\n"
        "{first:1} på {kommun} undrar om villkoret om {antal} ordningsvakter gäller även under "
        "uppbyggnaden {week}. Ansvarig för uppbyggnaden är {full:2} (tel {mob}). Vi har fått "
        "klagomål från boende på {street}, bl.a. {full:3}, om lastbilar nattetid.\n"
        "/{full:1}"
    ),
)
