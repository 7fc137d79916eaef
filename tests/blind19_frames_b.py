# ruff: noqa: E501
"""Frames of the nineteenth blind corpus, part b: the fastighetsskötare's notes, the security company's night
round reports for the housing company, and trygghetsvandring protocols. Each is `role|style|template`."""

FRAMES_B = [
    # fastighetsskötare
    "skotare|skotare|Fastighetsskötare {full:1}: bytt cylinder på källardörren {addr} efter inbrott. Nya nycklar lämnade till {full:2} och {full:3}. Gamla låset sparat om polisen vill ha det.",
    "skotare|skotare|Arbetsorder utförd {date}\nUtförare: {caps:1}\nFastighet: {fast}\nÅtgärd: Sanerat klotter i gångtunnel vid {place}, ca fyra kvadratmeter. Materialkostnad: {amount}.",
    "skotare|skotare|Notering från drift: i soprummet på {street} låg sprutor och en kniv. Lagt i burk och lämnat till {org}. Hyresgästen {full:1} var orolig för barnen. /skötare {sur:2}",
    "skotare|skotare|Fastighetsskötare {sur:1} och {wfirst:2} tömde källargången på {addr} på saker som någon bott bland. En sovsäck, kläder och ett ID-kort i namnet {full:3}.",
    "skotare|skotare|Rondering {week}, {place}\n- Trasig port {addr}, lagad.\n- Bränd barnvagn i cykelrummet, bortforslad.\n- Pratat med {full:1} som sett okända i garaget på nätterna.\nSign. {init:2}",
    "skotare|skotare|{first:1} här från driften. Vid {inst} har någon slagit sönder tre lampor i parkeringen igen, fixar dem i morgon. {full:2} i {lgh} sa att det är {nick:3} och hans gäng.",
    "skotare|skotare|Skötarens anteckningar\nMån: byte av trasig entrédörr, {addr}.\nTis: städat efter bilbrand i garaget, {full:1|g} bil {plate} helt utbränd.\nOns: {first:2} från {bolag} kom och fotade.",
    "skotare|skotare|Jag, {full:1}, var i tvättstugan på {addr} kl {time} för att laga en torktumlare. Där satt tre killar som inte bor i huset. En av dem, {first:2}, sa att de väntade på en kompis.",
    "skotare|skotare|Till förvaltare {full:1}\nKällarförråden på {street} är uppbrutna igen, sex stycken. Förrådsnummer och hyresgäster: {full:2}, {full:3}, {full:4}. Jag har satt provisoriska hänglås.\n/{first:5}",
    "skotare|skotare|Skötare {wsur:1}: Hittade en moped under trappan på {addr}, ingen registrering. Grannen {full:2} säger att den tillhör en kille som heter {lowf:3}. Lämnar den till {org}.",
    # väktare
    "vaktare|vaktare|Rondrapport {vakt}\nDatum: {date}\nVäktare: {full:1}, {full:2}\nkl {time} {place}: samling av ca femton ungdomar vid {inst}, avvisade.\nkl {time} Uppbruten källardörr {addr}, säkrad.\n[[Inga]] skador på person.",
    "vaktare|vaktare|Händelserapport\nObjekt: {bolag}, {fast}\nTid: {time}\nVäktare {sur:1} anträffade en man i cykelrummet som uppgav sig heta {full:2}, född {snr}. Mannen avvisades. Ingen skada.",
    "vaktare|vaktare|Nattrond {place} natten mot {date}. Larm från garaget på {street} kl {time}. Rök från en bil, {plate2}, släckt med handbrandsläckare innan räddningstjänsten kom. Ägaren {full:1} underrättad per telefon {mob}.",
    "vaktare|vaktare|Objektsrapport, {vakt}, uppdragsgivare {bolag}\nVäktare {full:1} och {full:2} ingrep vid bråk i entrén till {addr}. En person, {caps:3}, omhändertogs av polis. Polisens ärende {case}.",
    "vaktare|vaktare|Larmrapport: inbrottslarm {inst} kl {time}. Vid ankomst var dörren uppbruten. Väktare {sur:1} såg två personer springa mot {place}. Nyckelansvarig {full:2} kallades ut, nås på {tel}. En bil, {plate2}, stod med motorn igång.",
    "vaktare|vaktare|{vakt} - rapport till {bolag}\nRonder: fyra under natten.\nAnmärkningar: {full:1} i {lgh} ringde om hot från grannen {full:2}. Vi pratade med båda. Lugnt efter kl {time}.\nRapportör: {comma:3}",
    "vaktare|vaktare|Väktarrapport {week}\n{place}: inga större händelser. Brand i papperskorg vid {inst}, släckt.\nKvällspatrull: {full:1}, {full:2}\nKontakt med kvartersvärd {first:3} vid {place}.",
    "vaktare|vaktare|Ordningsvakt {full:1} rapporterar att {full:2} ({vuxen}) i {lgh} hotade personal med kniv kl {time}. Polis tillkallad, mannen greps. {first:2|g} sambo {first:3} var hemma.",
    "vaktare|vaktare|Avvikelserapport\nVäktare: {init:1}\nPlats: garaget under {street}\nHändelse: Bil {plate} med krossad ruta, ägaren {full:2} kontaktad. Okänd man kallad {nick:3} sågs vid bilen enligt vittne {full:4}.",
    "vaktare|vaktare|Hej {first:1}, här kommer nattens rapport. Vi avvisade {first:2} och två kompisar från trapphuset på {addr} vid tretiden. Samma gäng som förra helgen. Väktare {sur:4} var med. Mvh {full:3}, {vakt}",
    # trygghetsvandring
    "vandring|trygghetsvandring|Protokoll trygghetsvandring {place}, den {date}\nDeltagare: {full:1} ({bolag}), {full:2} (kommunen), {full:3} (hyresgästföreningen), kommunpolis {sur:4}\nIakttagelser: mörk gångväg mot {inst}, buskar skymmer sikten vid {pstreet}.",
    "vandring|trygghetsvandring|Trygghetsvandring {week}\nSamling kl {time} vid {inst}.\nDeltog: {full:1}, {full:2}, {first:3} från fritidsgården och boende.\nPunkter: belysning vid {street}, klotter, trasigt staket. Kommunpolis {sur:4} kom senare.",
    "vandring|trygghetsvandring|Minnesanteckningar från trygghetsvandringen i {place}\nBoende {full:1} tog upp att kvinnor undviker gångtunneln på kvällen. {full:2} från {org} lovade att se över belysningen. Ansvarig för uppföljning: {full:3}.",
    "vandring|trygghetsvandring|Trygghetsvandring {date}\nSträcka: {inst} till {place}\nAnteckningar av {full:1}:\n1. Trasig lampa vid lekplatsen, {fast}.\n2. Nedskräpning vid återvinningen.\n3. {full:2} berättade om hot vid busshållplatsen för {line}.",
    "vandring|trygghetsvandring|Vi var tolv personer på vandringen, bland annat {full:1}, {full:2} och {full:3|g} två döttrar. Flera pekade ut parkeringen bakom {inst} som otrygg. Nästa vandring {date}.",
    "vandring|trygghetsvandring|TRYGGHETSVANDRING - PROTOKOLL\nOmråde: {place}\nLedare: {caps:1}\nSekreterare: {caps:2}\nSynpunkter: buskage vid {street} bör klippas. [[Mark]] och gård ansvarar, belysning, saknas vid tvättstugan.",
    "vandring|trygghetsvandring|Trygghetsvandring i {place} med {org}\nFrån bostadsbolaget: {full:1}, {full:2}\nFrån polisen: {full:3}\nObservationer: nedbrunnen barnvagn i port, trasig dörr på {addr}, mopeder på gångvägen.",
    "vandring|trygghetsvandring|Trygghetsvandringen gick från {inst} kl {time}. {full:1} från {bolag} ledde. Boende {wfirst:2} visade var hennes son blev rånad förra månaden. Förslag: kamera vid entrén.",
    "vandring|trygghetsvandring|Protokollförare {full:1}\nDeltagare: {full:2}, {full:3}, {full:4}\nVandringen i {place} pekade ut fyra otrygga platser. Åtgärdsförslag lämnas till {bolag} senast {date}.",
    "vandring|trygghetsvandring|Kvällsvandring med boende, {place}\n{full:1} och {first:2} (kvartersvärdar) guidade. Mest diskussion om belysningen vid {inst} och om att {line} slutar gå för tidigt. Anteckningar: {first:3}",
]
