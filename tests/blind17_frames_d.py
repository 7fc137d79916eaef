"""Frames of the seventeenth blind corpus: vehicles (parking, taxi, plates), events, shops."""

# ruff: noqa: E501

FRAMES = [
    # fordon: parking attendants, taxi drivers, vehicles
    "parkeringsvakt|fordon|Kontrollavgift {amount}, {plate}, parkerad på handikapplats vid {venue} kl {time}. Föraren {full:1} blev arg och hotade parkeringsvakten {sur:2}.",
    "taxiforare|fordon|Taxi {platen} ({taxi}) blev av med backspegeln på {street} natten till {date}. Chauffören {full:1} såg en man i grön jacka sparka mot bilen; kompisen ropade {first:2}.",
    "parkeringsvakt|fordon|Felparkerade fordon {week}:\n{plate} – {street}, lappad\n{platen} – vid {station}, lappad\n{plate} – ägaren {full:1} kom ut och flyttade bilen\nParkeringsvakt {full:2}",
    "skolskjuts|fordon|Skolskjutsen ({platen}) blev stoppad av en bil som ställde sig i vägen vid {place}. Föraren av bilen, {full:1}, skrek åt chauffören {full:2}. Bilens reg.nr {plate}. Polisens ärende {kn}.",
    "taxiforare|fordon|Körorder {time}, från {krog} till {addr}. Kund: {full:1}, {mob}. Ingen betalning, kunden sprang. Bil {plate}, förare {full:2}.",
    "parkeringsvakt|fordon|Bil {plate} har stått på privat mark ({fast}) vid {centre} sedan {date}. Ägare enligt registret: {full:1}, {addr}. Meddelat kollegan {first:2} och {org}.",
    "vaktare|fordon|Mopedbil utan skylt körde på gångbanan vid {place}. En annan mopedbil hade reg.nr {platen}, förare troligen {first:1}, passagerare {nick}. Väktare {sur:2} noterade.",
    "parkeringsvakt|fordon|Bråk i parkeringshuset ({fast}) vid {centre}: {full:1} ({mob}) påstår att {full:2} backade in i bilen {platen}. Parkeringsvakten {sur:3} tog bilder.",
    "taxiforare|fordon|Till {taxi} växel: kund hotade mig med kniv vid {station} kl {time}. Kallade sig {nick}. Jag ({full:1}, bil {plate}) är ok. Anmält, {kn}.",
    "busschauffor|fordon|Bilen {plate} stod parkerad i busskuren på {pstreet} och blockerade {line} i tjugo minuter. Ägaren, {full:1}, kom efter ett tag. Chaufför {full:2}.",
    # evenemang: festivals, matches, holidays
    "eventsakerhet|evenemang|Säkerhetsplan, festival på {place}\nDatum: {date}\nSäkerhetschef: {full:1}, {mob}\nOrdningsvakter från {guard}, arbetsledare {sur:2}\nKontakt kommunen: {full:3}\nSamlingsplats vid utrymning: {venue}",
    "samordnare|evenemang|Kommande händelser {week}:\n- match lördag kl {time}, samling vid {station}, kontaktperson i klubben {full:3}\n- Valborg i {place}, ansvarig {full:1}\n- skolavslutning, {full:2} samordnar trygghetsvärdarna",
    "eventsakerhet|evenemang|Evenemang den {date} i {venue}: fyra hundra biljetter sålda. Entréansvarig {full:1}, publikvärdar {first:2}, {first:3} och {word}. Kontakt mot polisen: {full:4} ({tel}).",
    "samordnare|evenemang|Nyårsafton på {place}: fyrverkeri kl {time}, extra avgångar på {line}. Trygghetsvärdarna leds av {full:1}. Ordningsvakter: {sur:2}, {sur:3} ({guard}).",
    "eventsakerhet|evenemang|Incidentlogg festival dag två\n{time} berusad person vid scenen, {full:1}, utförd av vakterna\n{time} borttappat barn, {first:2}, återförenat med {first:2|g} mamma {full:3}\n{time} bråk i matkön, {nick} avvisad",
    "samordnare|evenemang|Halloween {date}: vi förväntar oss äggkastning vid {centre}. Fältassistenten {full:1} och trygghetsvärden {full:2} går runt från kl {time}. {full:3} på {chain} har lovat att inte sälja ägg till unga.",
    "eventsakerhet|evenemang|Publikvärdar till evenemanget på {venue}:\nSektion A: {full:1}\nSektion B: {full:2}\nSektion C: {word}\nPorten: {full:3}, {mob}\nKontaktperson hos {org}: {full:4}",
    "samordnare|evenemang|Skolavslutning {week}: vi vet att det brukar samlas ungdomar på {place} och vid {pstreet}. {full:1} från {org} och {full:2} ({guard}) samordnar. Bussarna på {line} går extra till kl {time}.",
    "eventsakerhet|evenemang|Marknaden på {street} den {date}: försäljaren {full:1} anmälde stöld av kassan ({amount}). Vakten {sur:2} grep en man som uppgav namnet {full:3}, {snr}.",
    "samordnare|evenemang|Inbjudan till trygghetsvandring den {date} kl {time}, start vid {station}. Med: {full:1} ({traf}), {full:2} (centrumledningen) och {full:3} från {org}. Anmälan till {mail}.",
    # butik: shop managers and staff
    "butikschef|butik|Snatteri {date} kl {time}: en kvinna tog smink för {amount} och gick ut utan att betala. Butiksbiträdet {full:1} följde efter till {station}. Väktaren {sur:2} tog över. Hon uppgav namnet {full:3}.",
    "butikspersonal|butik|Incident på {chain}, {centre}: en kund, {full:1}, skrek åt min kollega {first:2} och kastade en korg. Vi ringde väktare. Kunden kom tillbaka kl {time} med {nick}.",
    "butikschef|butik|Till centrumledningen: vi har haft inbrott i lagret på {addr} ({fast}) natten till {date}. Stöldgods för ungefär {amount}. Kontakt: butikschef {full:1}, {tel}. Polisens ärendenummer {kn}.",
    "butikspersonal|butik|Rån i kassan på {chain} på {street}! Två killar med kniv, en kallades {nick}. Jag ({full:1}) och {first:2} är ok. Pengar: ca {amount}.",
    "butikschef|butik|Personalmöte {date}, {chain}\nNärvarande: {full:1}, {full:2}, {full:3}, {word}\nPunkt 1: hot mot personal, {first:2} vill inte stänga ensam\nPunkt 2: nytt larmavtal med {guard}",
    "butikspersonal|butik|Varning från {chain} i {centre}: samma par har snattat tre gånger denna vecka. Hon kallas {nick}, han heter {full:1} enligt kollegan {first:2}. Senast sedda den {date}.",
    "butikschef|butik|Kvittens: {full:1} ({pnr}) har betalat tillbaka {amount} för stulna varor. Underskrift: {fullk:2}, butikschef",
    "butikspersonal|butik|{full:1}, kassör, blev spottad på vid självscanningen på {chain} kl {time}. Mannen som spottade sa att han hette {first:2} och bodde på {addr}. {word} i kassan bredvid såg allt.",
    "butikschef|butik|Hej {full:1}! Kan ni på {guard} skicka en väktare till {chain} vid {place} i helgen? Vi har problem med {full:2} igen. Ring mig, {mob}. /{first:3}",
    "butikspersonal|butik|Apoteket i {centre}: en man försökte ta ut medicin på {full:1|g} recept med fel legitimation ({pnr}). Kollegan {full:2} ringde polis, {kn}.",
]
