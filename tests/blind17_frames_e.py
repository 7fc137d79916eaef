"""Frames of the seventeenth blind corpus: nightlife, on board buses, trams and trains, baths and libraries,
school transport."""

# ruff: noqa: E501

FRAMES = [
    # krog: krogvärdar and door staff
    "krogvard|krog|Krogvärdarnas logg, {krog}, natt till {date}\n{time} {full:1} avvisad i kön (för full)\n{time} {full:2} och {full:3} bråkade på dansgolvet, utkastade\n{time} taxi till {addr} för {first:2}",
    "dorrvakt|krog|{full:1} (dörrvakt) rapporterar: kl {time} kom {nick} och {first:2} med falska leg. Legitimationen tillhörde {full:3} ({snr}). Beslag lämnat till polis.",
    "krogvard|krog|Nekad entré på {krog} {week}: {full:1} (hot mot vakten {sur:2}), {full:3} (för berusad), {first:4} (utan leg).",
    "dorrvakt|krog|Skadad gäst utanför {krog}: {full:1}, {mob}, fick en flaska i huvudet. Gärningsperson troligen {full:2}. Ordningsvakterna {sur:3} och {sur:4} grep honom på {street}.",
    "krogvard|krog|Spikad drink? {full:1} mådde plötsligt dåligt vid baren kl {time}. {first:1|g} kompis {full:2} ringde 112. Krogvärd {sur:3} sparade kvittot från bartendern {first:4}.",
    "dorrvakt|krog|Kön på {street} kl {time}: {nick} och gänget försökte tränga sig. Dörrvakten {word} stoppade dem. {full:1} från {guard} kom som förstärkning.",
    "krogvard|krog|Stängning {krog}: gästen {full:1} vägrade gå och blev aggressiv mot bartendern {full:2}. Polisen tog med {first:1} kl {time}. Anmälan {kn}.",
    "krogvard|krog|Hej! Här är kvällens gästlista för {krog} den {date}:\n{full:1} +2\n{full:2} +1\n{fullc:3}\n{full:4} (inte om berusad)\nHälsningar {first:5}",
    "dorrvakt|krog|Utkastad: {fullk:1}, {snr}. Orsak: sexuellt ofredande av {first:2} i garderobskön. Vittne: vakten {sur:3}. Tid: {time}.",
    "krogvard|krog|Krogvärdarna runt {place} {week}: lugnt på {krog}, stökigt på {street} efter stängning. {full:1} och {full:2} fick köras hem av polis. {word} från kommunen var med som observatör.",
    # trafik: on board buses, trams, commuter and regional trains
    "busschauffor|trafik|{full:1}, chaufför på {line}: en passagerare, {full:2}, spottade på mig vid {station} kl {time}. Jag stängde dörrarna och larmade trafikledningen. Anmälan {kn}.",
    "tagvard|trafik|Tåglogg {line}, {date}\n{time} biljettkontroll, {full:1} saknade biljett, avvisad vid {station}\n{time} berusad resenär somnade, väckt av konduktören {sur:2}\n{time} inga förseningar",
    "trygghetsvard|trafik|Trygghetsvärdarna {first:1} och {first:2} på {line} i kväll: en grupp på sex ungdomar bråkade med en äldre man, {full:3}. Vi lugnade ner det vid {station}. En av ungdomarna kallades {nick}.",
    "busschauffor|trafik|Till trafikledningen på {traf}: stenkastning mot {line} vid {place} kl {time}. Rutan på vänster sida krossad. [[Inga]] passagerare skadade. Chaufför {fulli:1}.",
    "tagvard|trafik|Ombordpersonalen {full:1} och {full:2} blev hotade av en man som sa att han hette {full:3} ({snr} enligt kortet). Ordningsvakter mötte vid {station}. Tåget ({line}) fick stå i åtta minuter.",
    "trygghetsvard|trafik|Rapport från trygghetsvärdarna ({traf}), {week}: {place}–{station} lugnt. Klotter på hållplatsen vid {pstreet} och inne i vagnen på {line}. {full:1} anmälde att {first:2} blivit rånad på hållplatsen.",
    "busschauffor|trafik|Skolungdomar på {line} kastade snus på chauffören {full:1}. En förälder, {full:2}, ringde {traf} och berättade att barnet {first:3} också blivit utsatt.",
    "tagvard|trafik|Avvikelse {line}: nödbromsen drogs vid {station} kl {time}. Två personer sprang över spåret, en av dem känd som {nick}. Tågvärd {sur:1}, lokförare {full:2}.",
    "trygghetsvard|trafik|Ordningsvakterna {sur:1} och {sur:2} följde med {line} från {station} till {place}. En kvinna, {full:3}, berättade att en man tafsat på henne; mannen ({full:4}, {pnr}) togs av polis.",
    "busschauffor|trafik|Hej {first:1}, jag var chaufför på {line} i går kl {time} när {full:2} blev misshandlad. Jag har lämnat kameran till {traf}. Ring mig på {mob}. /{full:3}",
    # bad_bibliotek: baths and libraries
    "badpersonal|bad_bibliotek|Badvaktens rapport {date}: tre pojkar hoppade från läktaren i {venue}. En av dem, {full:1}, slog huvudet. Föräldern {full:2} hämtade kl {time}. Badvakt {sur:3}.",
    "bibliotekarie|bad_bibliotek|Händelse på {venue}, {week}: en besökare, {full:1}, skrek åt kollegan {first:2} och kastade en bok. Vi har pratat med {guard} om kvällsbevakning. Mvh {full:3}, bibliotekschef",
    "badpersonal|bad_bibliotek|Avvisning: {full:1} och {nick} filmade i damernas omklädningsrum på {venue}. Polis kontaktad, {kn}. Badpersonalen {full:2} och {word} är vittnen.",
    "bibliotekarie|bad_bibliotek|Kvällspasset på {venue}: ett gäng på åtta killar satt i studierummet och rökte. {first:1} från fritidsgården kom och pratade med dem. En av dem heter {full:2} och har varit här förut. Bibliotekarie {full:3}.",
    "badpersonal|bad_bibliotek|Upphittat på {venue}: en korthållare tillhörande {full:1}, {addr}, {lgh}. Ägaren kontaktad på {mob}. /{first:2}, kassan",
    "bibliotekarie|bad_bibliotek|Till {full:1}, enhetschef: vi vill stänga {venue} kl {time} på fredagar efter tre incidenter. {full:2} på {org} stödjer förslaget. [[Alla]] i personalgruppen har skrivit under.",
    "badpersonal|bad_bibliotek|Olycka i {venue}: {first:1} ({pnr}) halkade vid hopptornet. Badvakterna {sur:2} och {sur:3} gav första hjälpen. Mamman {full:4} meddelad på {mob}.",
    "bibliotekarie|bad_bibliotek|Låntagaren {full:1}, med lånekort kopplat till {mail}, har hotat personalen via mejl. Vi har sparat mejlen och lämnat kopior till kommunpolisen {sur:2}.\n{full:3}, {venue}",
    "badpersonal|bad_bibliotek|Stängt av {full:1} och {full:2} från {venue} i tre månader från den {date}. Beslut av föreståndare {sur:3}. {first:1|g} pappa har klagat till {org}.",
    "bibliotekarie|bad_bibliotek|Kvällsrapport {venue}\nBesökare: ca 120\nIncident: {full:1} somnade i läsesalen och gick inte att väcka, ambulans kl {time}\nKontakt: anhörig {full:2}, {tel}\nPersonal: {first:3} och {word}",
    # skolskjuts: school transport
    "skolskjuts|skolskjuts|Skolskjutsen från {place} till {venue}: {first:1} och {first:2} bråkade och {first:1|g} näsa började blöda. Chaufför {full:3} ringde skolan. Föräldern {full:4}, {mob}, informerad.",
    "skolskjuts|skolskjuts|Frånvaro skolbuss {date}: {full:1} och {full:2} kom inte till hållplatsen. Chauffören {sur:3} väntade till kl {time}. Kontakt med {first:1|g} mamma via {mail}.",
    "samordnare|skolskjuts|Klagomål om skolskjutsen: en förälder, {full:1}, säger att chauffören ({full:2}, {taxi}) körde för fort på {street}. Barnet {first:3} var rädd. Jag har pratat med trafikansvarig {sur:4}.",
    "skolskjuts|skolskjuts|Körlista skolskjuts {week}, bil {platen}\n{time} {full:1}, {addr}\n{time} {full:2} och {first:3} vid {place}\n{time} framme vid {venue}",
    "skolskjuts|skolskjuts|Incident i skolbussen: {full:1} hotade {first:2} med en kniv (leksak?). Chauffören {word} stoppade bussen vid {station}. Rektor {sur:3} informerad.",
    "samordnare|skolskjuts|Skolskjutsen {week}: tre förseningar på grund av vägarbete på {street}, en incident med {nick} på bussen. {full:1} på {taxi} har bytt chaufför till {full:2}. Föräldrarna {full:3} och {full:4} är nöjda igen.",
    "skolskjuts|skolskjuts|Hämtning kl {time} vid {venue}: {first:1} kom inte ut. Ringde vårdnadshavare {full:2}, {mob}. Pappan sa att {first:1} var sjuk. /{full:3}, förare",
    "skolskjuts|skolskjuts|Elev med särskilda behov: {full:1}, {pnr}, hämtas på {addr}, {lgh}. Behöver hjälp med bältet. Assistent {full:2} följer med. Chaufför {sur:3}.",
    "samordnare|skolskjuts|Till {org}: skolbussen på {line} har blivit stoppad av ungdomar vid {place} två gånger {week}. Chauffören {full:1} vill ha trygghetsvärd ombord. Elevernas kontaktlärare {full:2}.",
    "skolskjuts|skolskjuts|Taxi skolskjuts, {taxi}: förare {full:1}, bil {plate}. Barn: {first:2}, {first:3} och {word}. Upphämtning {place}, avlämning {venue} kl {time}.",
]
