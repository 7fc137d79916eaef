# ruff: noqa: E501
"""Frames of the twenty-second blind corpus, part c: demonstrations and manifestations (permits, the
organiser), weddings and funerals with many guests, and mosques, churches and parishes. Each frame is
`role|style|template`."""

FRAMES_C = [
    # demonstration
    "polis|demonstration|Tillstånd för allmän sammankomst beviljat: manifestation på {place} den {date} kl {time}. Anordnare {full:1}, {pnr}. Diarienr {case}. Ca {antal} deltagare.",
    "polis|demonstration|Demonstration från {place} till {venue} den {date}. Ansvarig anordnare {caps:1}, tfn {mob}. Ordningsvakter: {full:2} och {full:3}.",
    "kommun|demonstration|{full:1} från {org} har anmält en fackeltågsmanifestation vid {place}. Polistillstånd finns ({case}). {first:1} vill ha hjälp med avspärrning på {street}.",
    "polis|demonstration|Ansökan om tillstånd\nSökande: {comma:1}\nPersonnummer: {pnr}\nAdress: {addr}\nSammankomst: Manifestation för fred\nPlats: {place}\nTid: {date} kl {time}",
    "kommun|demonstration|Manifestationen på {place} samlade ca {antal} personer. Talare var {full:1} och {full:2}. [[Inga]] incidenter, en motdemonstrant ({first:3}) hölls undan av polisen.",
    "samordnare|demonstration|Spontan samling vid {venue} igår efter dödsskjutningen. Familjen {sur:1} hade bett om ett tyst fackeltåg. {full:2} från {org} höll tal och {first:2|g} dotter läste en dikt.",
    "polis|demonstration|Kommunpolis {sur:1} informerar: demonstrationståg längs {street} den {date} kl {time}. {line} leds om. Ansvarig i organisationen är {full:2}, {mail}.",
    "kommun|demonstration|[[Alla]] tillstånd klara för lördagens manifestation. Anordnaren {wsur:1} ringer om något ändras. Vi har också pratat med {full:2} i {org}.",
    # brollop_begravning
    "fastighet|brollop_begravning|Bröllop i festlokalen {venue} den {date}, ca {antal} gäster. Bokat av {full:1} ({mob}). Vakter från {org}. Parkeringen vid {pstreet} kommer bli full.",
    "fastighet|brollop_begravning|Begravning i {faith} den {date} kl {time}, många gäster väntas. Familjen {sur:1} har bett om att få använda gården efteråt. Kontakt {full:2}, {tel}.",
    "polis|brollop_begravning|Bröllopskortege på {street}: flera bilar körde med varningsblinkers, bl.a. {plate2} och {plate}. Brudparet {full:1} och {full:2} kontaktade av patrull.",
    "fritid|brollop_begravning|{first:1|g} kusin gifter sig på lördag i {venue} med {antal} gäster. Hon sa att {nick:2} och hans kompisar kanske dyker upp. Bra att veta inför helgen.",
    "kommun|brollop_begravning|Begravningen av {full:1} ({vuxen}) sker i {faith} den {date}. Hela släkten kommer, även från utlandet. {full:2} (imam/präst enligt familjen) leder. Kontakt {mob}.",
    "fastighet|brollop_begravning|Hej! Vi har ett stort bröllop i {lgh} på {addr} ({fast}) på lördag, {antal} personer på gården. Jag heter {full:1}, kontakt {mail}.\nMvh {first:1}",
    "polis|brollop_begravning|Efter begravningen vid {faith} uppstod bråk mellan två familjer. {full:1}, {snr}, fördes bort. Vittne {full:2}. Ärendenr {case}.",
    "fastighet|brollop_begravning|Anmälan från värden {wfirst:1}: tält på gården vid {fast} inför bröllop. Ansvarig hyresgäst {caps:2}, {lgh}.",
    # trossamfund
    "trossamfund|trossamfund|Fredagsbönen i {mosque} samlar ca {antal} personer. Imam {sur:1} ber om att parkeringen vid {pstreet} hålls fri. Kontakt via sekreteraren {full:2}, {tel}.",
    "trossamfund|trossamfund|Kyrkoherde {sur:1} meddelar att påskvakan i {church} börjar kl {time}. Diakon {full:2} samordnar frivilliga, {mail}.",
    "trossamfund|trossamfund|{full:1} är ny ordförande i {assoc}. Styrelsen: {full:2}, {full:3}, {full:4}. Föreningen hyr lokal på {addr}.",
    "trossamfund|trossamfund|Syrisk-ortodoxa församlingen firar påsk i {church} den {date}. Fader {sur:1} räknar med {antal} besökare. Vakter sköts av {first:2} och {first:3}.",
    "kommun|trossamfund|Klotter på {faith} natten till {date}. Förvaltaren {full:1} upptäckte det. Polisanmält, {case}. Kostnad för sanering ca {amount}.",
    "trossamfund|trossamfund|Katolska församlingen: första kommunion {date}, {antal} gäster. Pater {sur:1} och kateketen {full:2}. Tfn till pastorsexpeditionen {tel}.",
    "trossamfund|trossamfund|Moskéns ordförande {full:1} ringde, oro efter hotbrev. {first:1} har {mob}. Polisen ({full:2}) informerad. Extra rond av väktare runt {mosque}.",
    "trossamfund|trossamfund|{wsur:1} (präst i {church}) hör av sig om ungdomar som samlas på kyrkbacken kvällstid. Fältarna {first:2} och {lowf:3} åker dit {date}.",
]
