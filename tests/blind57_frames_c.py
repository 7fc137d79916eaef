"""Frames of the fifty-seventh blind corpus, part c: the summer staff's group chat, the security company's
round reports and the kommun's EST reports from the summer hosts (tests/blind57_corpus.py).
`role|style|template`; the slots are those of tests/blind57_fill.py."""

FRAMES_C = (
    # ------------------------------------------------------------------ the summer staff's group chat
    "sasongspersonal|sasongschatt|[{time}] {first:1}: nån som sett {lowf:2}? hon skulle öppna kiosken\n"
    "[{time2}] {first:3}: hon e sjuk, ringde mig. jag tar det\n"
    "[{time3}] {first:1}: 👍 och glöm inte att kassan ska räknas innan {nick:4} kommer",
    "sasongspersonal|sasongschatt|{first:1}: GUYS nån har snott motorn från hyrbåt 3 igen 😡\n"
    "{first:2}: va?? den låg ju kvar kl {time}\n"
    "{first:1}: ringer hamnchefen {sur:3} nu\n"
    "{wfirst:4}: jag såg en vit bil på parkeringen typ {plate} eller nåt",
    "sasongspersonal|sasongschatt|{lowf:1}: kan nån byta pass med mig på lördag? ska på bröllop\n"
    "{lowf:2}: jag kan om du tar min söndag\n"
    "{lowf:1}: deal ❤️\n"
    "{first:3}: skriv in det i schemat då annars blir chefen {sur:4} sur",
    "sasongspersonal|sasongschatt|{first:1}: Info från hamnkapten {sur:2}: från {week} låser vi "
    "bränslepumpen kl {time}. Gäster som vill tanka efter det ringer jourtelefonen {mob}. "
    "Nyckeln hänger i receptionen. /{first:1}",
    "sasongspersonal|sasongschatt|{first:1}: tjejen på tomt {tomt} ({full:2}) har tappat sin plånbok, "
    "om nån hittar den ring henne {mob}\n"
    "{first:3}: ok\n"
    "{nick:4}: hittade en vid grillarna, lämnat i receptionen",
    "sasongspersonal|sasongschatt|{first:1}: obs gänget från igår är tillbaka vid {place}, samma moppe "
    "{plate2}. {first:2} sa att de försökte öppna förråden\n"
    "{first:3}: ringer polisen\n"
    "{first:1}: kolla kameran vid {street} ocks\n"
    "{first:2}: de kom med {line} förra gången",
    "sasongspersonal|sasongschatt|{first:1} 🚤: båt {boat} har slitit sig på gästbryggan!!! nån nära?\n"
    "{first:2}: jag o {first:3} åker ut nu\n"
    "{first:2}: fixat. ägaren heter {full:4}, har sms:at honom",
    "sasongspersonal|sasongschatt|{first:1}: hej alla nya! välkomna till säsongen ☀️ Lönen kommer den 25:e, "
    "tidrapport till {mail} senast {date}. Frågor om schemat → {first:2}, allt annat → mig. /{full:1}",
    # ------------------------------------------------------------ the security company's round reports
    "vaktbolag|vaktrond|Rapport {org}\n"
    "Objekt: {hamn}\n"
    "Tid: {date} kl {time}\n"
    "Väktare: {full:1}\n"
    "Vid rond upptäcktes uppbrutet förråd. {motor} och två bensindunkar saknas enligt båtägaren {full:2} "
    "som tillkallades. Polisen meddelad, {case}.",
    "vaktbolag|vaktrond|INCIDENTRAPPORT\n"
    "Plats: {hamn}, {place}\n"
    "Händelse: {antal} personer på bryggan efter stängning, avvisade.\n"
    "En person uppgav namnet {full:1}, född {pnr}. Ej kontrollerat.\n"
    "Rapportör: {init:2}, väktare",
    "vaktbolag|vaktrond|{time} – larm fordonsgrind {hamn}. Väktare {sur:1} på plats {time2}. "
    "Bil {plate} lämnade området vid ankomst. Grinden skadad. Kontaktat hamnens jour {full:2}, {mob}.",
    "vaktbolag|vaktrond|Ronderingsrapport {week}\n"
    "{date}: {hamn} – inga anmärkningar\n"
    "{date2}: {hamn2} – ungdomar vid kiosken, en kallade sig {nick:1}, lämnade efter tillsägelse\n"
    "{date3}: {hamn3} – båtägare {caps:2} larmade om inbrott i båt {boat}\n"
    "Väktare: {full:3}, {full:4}",
    "vaktbolag|vaktrond|Avvikelse: {full:1} ({vuxen}) påträffades sovande i en båt som inte var hans "
    "vid {hamn} kl {time}. Ägaren {full:2} kontaktad på {tel}, vill inte anmäla. Personen lämnade "
    "frivilligt. /väktare {sur:3}",
    "vaktbolag|vaktrond|Objekt {hamn} — rond {time}: motorlås uppbrutet på plats {plats}, motor kvar. "
    "Troligen störda. Båten tillhör enligt listan {comma:1}. SMS till {mob}. Väktare {init:2}.",
    "vaktbolag|vaktrond|Händelserapport\n"
    "Datum/tid: {weekday} {date} kl {time}\n"
    "Anmälare: campingvärden {full:1}\n"
    "Åtgärd: två män i 20-årsåldern avvisade från servicehuset. Den ene, {full:2}, "
    "legitimerade sig. Bil: {plate2}.\n"
    "Väktare: {first:3} och {first:4}",
    "vaktbolag|vaktrond|Larm {hamn} kl {time}. Åkte dit. {wsur:1|g} båt {boat} hade öppen ruff, "
    "ingen person på plats. Stängde och fotade. Meddelat {org}. // {low:2}",
    # --------------------------------------------------------------- the kommun's EST reports, summer
    "trygghetsvard|est_rapport|Område: {place}\n"
    "Plats: {hamn}\n"
    "Kategori: inbrott och stöld\n"
    "Beskrivning: Tre motorstölder under {week}. Båtägare {full:1} har startat en vaktlista tillsammans "
    "med {full:2}. Önskar bättre belysning vid {street}.\n"
    "Rapportör: sommarvärd {first:3}",
    "trygghetsvard|est_rapport|Sommarvärdarna {date}: Gick runt {place} och {hamn} kl {time}. Många "
    "ungdomar kommer med {line} från centrum. Ca {antal} "
    "ungdomar vid badbryggan, lugnt. Pratade med {first:1} och {first:2} som jobbar på kiosken, de "
    "berättar om snattande. Hälsar {full:3} och {full:4}, sommarvärdar.",
    "trygghetsvard|est_rapport|Otrygg plats: gångvägen mellan {hamn} och {venue} är mörk, likaså vid "
    "{pstreet}. "
    "{full:1} (boende {addr}) har hört av sig flera gånger. Marken ({fast}) ägs av kommunen. "
    "Kontaktperson på {org}: {full:2}.",
    "trygghetsvard|est_rapport|Kategori: skadegörelse\nPlats: {hamn}\n"
    "Beskrivning: Klotter på servicehuset och sönderslagen glasruta natten till {date}. "
    "Campingvärd {sur:1} har bilder. Kostnad ca {amount}.\nRapportör: {full:2}",
    "trygghetsvard|est_rapport|Kommande händelse: Skärgårdsfest i {place} den {date}. Arrangör {org}, "
    "kontakt {full:1} {mob}. Förväntat {antal} hundra besökare. Sommarvärd {sur:2} och fältare {first:3} "
    "på plats kl {time}.",
    "trygghetsvard|est_rapport|Insats: extra kvällsvandring i {place} {week}, i samverkan med "
    "kommunpolis {sur:1} och {org}. Ansvarig: {full:2}. Status: pågående.",
    "trygghetsvard|est_rapport|{place}, {hamn}. Stöld från båtar, {antal} st sedan midsommar. "
    "{full:1} ({org}) tycker att vi ska ta upp det på lägesbildsmötet. Enligt {first:2} på campingen är "
    "det samma gäng som förra året, en kallas {nick:3}. De kommer med {line} och går av vid {pstreet}.",
    "trygghetsvard|est_rapport|Rapportör: {full:1}\n"
    "Ungdomar har tagit sig in på {hamn} via vattnet och hoppat från taket på sjöboden. "
    "Pojke ({ung}) skadade foten, ambulans kl {time}. Föräldern {full:2} kontaktad.",
)
