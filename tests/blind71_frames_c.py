"""Frames of the seventy-first blind corpus, part c: car dealers' incident notes, rental firms' incident
logs and residents' neighbourhood-group posts about break-ins (`role|style|template`; slots as in
tests/blind71_fill.py)."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # --- car dealers' incident notes
    "bilhandlare|bilhandlare_logg|Provkörning {date}: kund {full:1} ({pnr}) tog {model} {plate2} kl "
    "{time} och "
    "har inte kommit tillbaka. Körkortet var kopierat. Säljare {first:2}. Polis: {case}.",
    "bilhandlare|bilhandlare_logg|Inbrott på bilhallen vid {street} natten till {date}. Nyckelskåpet brutet, "
    "{plate} och {plate2} borta. Larmet gick till {org}, väktare {sur:1} kom efter 25 min. /{full:2}, VD",
    "bilhandlare|bilhandlare_logg|Inbytesbil {plate} från {full:1} visade sig vara leasad via {org}. "
    "{first:1} svarar inte på {mob}. Köpeskilling: {amount} redan utbetald. Ansvarig säljare: {caps:2}",
    "bilhandlare|bilhandlare_logg|{first:1}: kunden {full:2} vill reklamera {model} ({plate2}). Säger att "
    "mätaren är tillbakavriden. Köpt den {date}. Adress {addr}. Återkoppla senast {week}.",
    "bilhandlare|bilhandlare_logg|Logg verkstad\n{time} – {fplate} lämnad för service av {full:1}, "
    "tolk {first:2} med.\n{time} – {plate} hämtad av {init:3}, betalt {amount}.",
    "bilhandlare|bilhandlare_logg|VARNING internt: {full:1} ({snr}) har försökt köpa bil på avbetalning med "
    "annans id hos oss och hos {org}. Kör {plate2}. Ring {first:2} på {tel} om han dyker upp.",
    "bilhandlare|bilhandlare_logg|{comma:1} ringde kl {time}: hennes son {first:2} ({ung} år) har tagit "
    "bilen {plate} från vår demogård. Vi lät bli att polisanmäla. Säljare {sur:3} har nycklarna nu.",
    "bilhandlare|bilhandlare_logg|Skadeanmälan uppställningsplats {place}\nBilar med krossad ruta: {plate}, "
    "{plate2}, {model}. Kamerabild visar person i jacka, {nick:1} enligt en kund som känner igen honom.",
    # --- rental firms' incident logs
    "uthyrare|hyrbil_incident|Bokning {case}\nKund: {full:1}\nFordon: {plate2}\nUtlämnad {date}, ej "
    "återlämnad. Kunden nås ej på {mob}. Adress i bokningen: {addr}. Ärendet till {org}.",
    "uthyrare|hyrbil_incident|Hyrbilen {plate} ({model}) hittades utbränd i {place} den {date}. Senaste "
    "hyrare "
    "{full:1}, körkort utfärdat i Polen. Medförare enligt avtal: {full:2}.",
    "uthyrare|hyrbil_incident|Stationen {venue}, kl {time}: kund {caps:1} lämnade tillbaka {plate2} med "
    "buckla och hävdade att den fanns vid utlämning. Kollega {wfirst:2} har bilderna. Självrisk: {amount}.",
    "uthyrare|hyrbil_incident|Flyttbil {plate} hyrd av {first:1} {sur:1} parkerad på {street} över helgen, "
    "fått tre p-böter. Kunden anser att {org} ska betala. Mejl: {mail}",
    "uthyrare|hyrbil_incident|Till {first:1} på skadeavdelningen\n\nKunden {full:2} ({pnr}) har "
    "lämnat {plate2} i {garage} på {level}. Nyckeln i brevinkastet hos {full:3}.",
    "uthyrare|hyrbil_incident|Incident: GPS visar att {plate} (hyrd av {full:1}) körts till Gdańsk via "
    "färjan. Kunden svarar inte. Kontaktperson enligt avtal {lowf:2}, {mob}.",
    "uthyrare|hyrbil_incident|{init:1} hyrde skåpbil {plate2} {date} för flytt till {place}. Bilen "
    "återlämnad med {fplate} fastskruvad bak. Ingen förklaring. Handläggare {sur:2}.",
    "uthyrare|hyrbil_incident|Kund {full:1} ringde kl {time}, hyrbilen {plate} bortbogserad från {pstreet}. "
    "Hänvisad till {org}. {wfirst:2} i kassan har skrivit upp hans nummer: {tel}.",
    # --- residents' neighbourhood-group posts
    "granne|grannchatt|VARNING {place}!! Någon har gått runt och provat dörrar på bilarna på {street} i natt "
    "runt {time}. Min {model} öppen och allt taget. /{full:1}\n\n{first:2}: samma här, {plate} 😡",
    "granne|grannchatt|{full:1} delade ett inlägg:\nHar någon sett vår silvriga {model}? {plate2}. Stulen "
    "från {street} den {date}. Ring {mob} eller min man {first:2}.",
    "granne|grannchatt|{first:1}: vet nån vems bil {plate} är? stått med varningsblinkers sen igår vid "
    "{venue} där {line} vänder\n"
    "{first:2}: det är {nick:3|g} tror jag\n{low:4}: nej det är {wsur:5} på trean",
    "granne|grannchatt|Tack till {full:1} som jagade bort killarna som höll på med katalysatorn under "
    "{full:2|g} bil igår! De stack i en {model}, {fplate}.",
    "granne|grannchatt|{first:1} skriver i gruppen {place} Tipsar: bilen som brann på {street} i natt var "
    "{lowf:2|g}. Han var inte ens hemma. {org} var där kl {time}.",
    "granne|grannchatt|Kommentar från {full:1}: Polisen bryr sig inte. Vi anmälde stölden av {plate2} "
    "{week}, {case}, inget hänt. Prata med {wfirst:2} på {pstreet}, hon har kamera.",
    "granne|grannchatt|Har någon en dashcam-film från {street} natten mot {date}? Min sons {model} ({plate}) "
    "blev påkörd och smitaren stack. Skriv till mig, {full:1}, {mail}",
    "granne|grannchatt|{caps:1}\nFöljer upp: killarna som bröt sig in i bilarna i {garage} kör {plate2}. "
    "En heter {first:2}, hans brorsa kallas {nick:3}. Lämnat till polisen.",
)
