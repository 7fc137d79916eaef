"""Frames of the seventeenth blind corpus: guards' log lines, longer incident reports, shift handovers."""

# ruff: noqa: E501

FRAMES = [
    # logg: a vaktbolag's or an ordningsvakt's log lines
    "vaktare|logg|kl {time} larm från {inst} (fastighet {fast}). Väktare {sur:1} på plats, {full:2} från personalen öppnade. [[Inga]] spår av inbrott, larmet återställt.",
    "vaktare|logg|{time} {full:1} avvisad från {centre} efter hot mot butiksbiträdet {first:2}. Polis kontaktad, {kn}.",
    "ordningsvakt|logg|Logg {date}, {place}\n{time} bråk mellan {full:1} och {full:2}, skilda åt\n{time} {first:1} tillbaka, omhändertagen enligt LOB\n{time} överlämnad till polispatrull",
    "ordningsvakt|logg|{date} kl {time}: {full:1} ({pnr}) omhändertagen vid {station} för fylleri. Rapporterat av ordningsvakt {sur:2}, {guard}.",
    "vaktare|logg|Rond {centre} kl {time}: [[Alla]] nödutgångar stängda. {nick} och två kompisar ombedda att lämna entrén vid {chain}, gick lugnt.",
    "vaktare|logg|{time} väktarna {sur:1} och {sur:2} ingrep mot snatteri hos {chain}. {full:3} höll kvar en man som uppgav namnet {full:4}. Stöldgods för {amount}.",
    "ordningsvakt|logg|{station}: {full:1} sov på en bänk, väckt och hänvisad till natthärbärget. {first:1} bad oss ringa {first:1|g} syster {full:2} på {mob}.",
    "trygghetsvard|logg|Pass {date}. Trygghetsvärdarna {first:1} och {first:2} på {line} mellan {place} och {station}. Lugnt fram till kl {time}, sedan stökigt vid {centre} och på {pstreet}.",
    "vaktare|logg|{fullc:1} (tillträdesförbud {centre}) sågs vid entrén kl {time}, avvisad av väktare {sur:2}. [[Glad]] stämning i övrigt.",
    "ordningsvakt|logg|Logg {week}: {full:1}, {snr}, omhändertagen för berusning på {place}. Vittne: {full:2}, {mob}. OV {sur:3}.",
    # rapport: longer incident reports
    "ordningsvakt|rapport|Händelserapport\nPlats: {inst}\nDatum: {date}\nTid: {time}\nRapportör: ordningsvakt {sur:1}, {guard}\n\nVid rondering såg jag {full:2} bete sig hotfullt mot personalen på {chain}. {first:2} uppmanades att lämna men vägrade och knuffade kassören {full:3}. Polis kom kl {time}, anmälan {kn}. [[Inga]] synliga skador.",
    "trygghetsvard|rapport|Vi (trygghetsvärdarna {first:1} och {full:2}) klev på {line} vid {station} kl {time}. En äldre kvinna, {full:3}, hade fått väskan ryckt av en yngre man. {first:3} beskrev honom som lång med mörk jacka. Vi följde med {first:3} till {inst} och ringde 112. Kontakt med anhörig: {tel}.",
    "tagvard|rapport|Avvikelserapport {traf}\nAvgång: {line}\nTågvärd: {full:1}\n\nEn berusad resenär ({full:2} enligt id-kortet) trakasserade {full:3} och dottern. Ordningsvakterna {sur:4} och {sur:5} klev på vid {station} och avvisade {first:2}. Vittne: {full:6}, {mob}.",
    "ordningsvakt|rapport|Rapport ordningsvakt\nOV: {full:1}, {guard}\nHändelse: misshandel utanför {krog} på {street}\n\nKl {time} slog en man, senare identifierad som {full:2} ({pnr}), en annan man i ansiktet. Målsägande {full:3}, {mob}, blödde från näsan och fick hjälp av kollegan {first:4}. {first:2} greps och överlämnades till polis, ärende {kn}.",
    "centrumledning|rapport|Incidentrapport {centre}, {week}\nUpprättad av: {full:1}, centrumchef\n\nUnder veckan har en grupp på sex till åtta ungdomar samlats vid {chain} kvällstid. Personalen känner igen {first:2}, {first:3} och {nick}. Väktare {sur:4} har pratat med mamman till {first:2}, {full:5}. Förstärkt bevakning från kl {time}.",
    "trygghetsvard|rapport|Kvällen {date}: vi gick från {place} till {station} och vidare till {venue}. På {pstreet} mötte vi {full:1} som berättade att sonen {first:2} blivit rånad på mobilen av två killar. Anmälan är gjord ({kn}). Vi gav {first:1} kontaktuppgifter till {org}.",
    "vaktare|rapport|Utryckning {date} kl {time} till {addr}, {lgh}, efter larm om bråk i trapphuset. På plats fanns {full:1} och {full:2}. {first:1} uppgav att grannen {first:2} hotat med kniv. Polis tog över, anmälan {kn}. Väktare {sur:3}, {guard}.",
    "ordningsvakt|rapport|LOB-rapport\nOmhändertagen: {full:1}, {pnr}\nAdress: {addr}\nPlats: {place}\nKlockslag: {time}\n\n{first:1} var kraftigt berusad och kunde inte ta hand om sig själv. Anhörig {full:2} nåddes på {mob} och hämtade {first:1|g} väska vid {inst}.",
    "trygghetsvard|rapport|Rapport {week}, {place}\nTrygghetsvärdar: {full:1}, {full:2}\n\nTorsdag kväll blev vi kallade till {centre} där vakten {sur:3} från {guard} hade problem med en grupp. Vi kände igen {first:4} och {first:5} från skolan och fick dem att gå hem. [[Alla]] lugnt efter kl {time}.",
    "centrumledning|rapport|Incident i {centre} den {date}\nEn butiksanställd på {chain}, {full:1}, blev slagen av en kund som senare visade sig vara {fullk:2}. Väktarna {sur:3} och {sur:4} grep mannen. Vittnen: {full:5} ({mob}) och {full:6}. Polisanmälan {kn}.",
    # overlamning: shift handovers
    "vaktare|overlamning|Överlämning till nattpasset: {full:1} har tillträdesförbud i {centre} sedan {date}, syntes vid {chain} kl {time}. Kolla även {nick} som brukar hänga vid {station}. /{first:2}",
    "trygghetsvard|overlamning|Överlämning till nattpasset:\n- {first:1} och {first:2} har kört {line} hela kvällen, stökigt vid {station}\n- väktare {sur:3} vill att vi ringer {mob} om gänget dyker upp\n- [[Inga]] skador, men glaskross vid {place}\n/{full:4}",
    "krogvard|overlamning|Överlämning från kvällspasset på {krog}: {full:1} nekad entré kl {time} (berusad). {first:1} hotade dörrvakten {sur:2} och sa att kompisen {full:3} skulle komma. Polis underrättad, {kn}.",
    "vaktare|overlamning|Till nattpasset {date}\n{full:1} på larmcentralen meddelar: larm {venue} kl {time}, åtgärdat. Nyckel till {addr} ({fast}) kvitterad av {full:2}, återlämnas till receptionisten {sur:3}.",
    "ordningsvakt|overlamning|Överlämning till nattpasset: {fullc:1} och {fullc:2} har förbud på {place} t.o.m. {date}. {first:3} från {guard} har bilder i pärmen. Ring jourhavande {full:4} på {mob} vid behov.",
    "trygghetsvard|overlamning|Nattpasset tar över kl {time}. Dagpasset ({full:1}, {full:2}) noterade en man i grå jacka vid {station} som sa att han hette {nick}. [[Rosa]] cykeln som stod vid {venue} är hämtad av ägaren {full:3}.",
    "vaktare|overlamning|Överlämning {week}: {centre} stänger kl {time} i helgen. Parkeringsvakten {sur:1} har lappat {plate} igen. {full:2} i {chain} vill bli uppringd om snatterierna, {tel}.",
    "krogvard|overlamning|Till nattens dörrpersonal: {first:1} och {first:2} jobbar dörr, {first:3} garderob. Avstängda: {full:4}, {full:5} och {nick}. Trappan mot {street} ska hållas fri.\nKrogansvarig {sur:6}",
    "samordnare|overlamning|Överlämning till helgens trygghetsvärdar: {full:1} (Nattvandrarna) och {full:2} från {org} möts vid {place} kl {time}. Vid oro ring {first:3} på {mob} eller polisen på 114 14.",
    "ordningsvakt|overlamning|Överlämning till nattpasset: ordningsvakterna {sur:1} och {sur:2} kvar på {station} till kl {time}. {full:3}, {pnr}, omhändertogs tidigare och släpptes från arresten. Håll koll på {first:3}.",
]
