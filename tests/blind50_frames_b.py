"""Frames of the fiftieth blind corpus, part b: avvikelserapporter, the psychiatric ward's notes on visitors,
and ambulance crews' reports of threats. Each frame is `role|style|template` (tests/blind50_fill.py)."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # ------------------------------------------------------------------ avvikelserapport
    "avdchef|avvikelse|AVVIKELSERAPPORT\nEnhet: {ward}, {venue}\nHändelsedatum: {date}\nKategori: "
    "hot/våld mot medarbetare\nBeskrivning: Patient {full:1} hotade usk {full:2} med en sax. Kollegan "
    "{first:3} larmade.\nÅtgärd: Besöksrutin ses över. Handläggare: {full:4}",
    "ssk|avvikelse|Avvikelse {date} – {ward}\nVad hände? En anhörig ({full:1}, tel {mob}) kom in på "
    "avdelningen utanför besökstid och skrek åt ssk {sur:2}. Anhörig vägrade gå.\nKonsekvens: Personal "
    "rädd, patient {full:3} blev orolig.\nFörslag: Låsta dörrar efter kl {time}.",
    "usk|avvikelse|Rapportör: usk {full:1}\nTillbud: Patient på {room} ({full:2}, {pnr}) lyckades få "
    "tag på en gaffel och hotade medpatient {full:3}. Ingen skada.\nUnderrättad den {date}: "
    "avdelningschef {wsur:4}.",
    "avdchef|avvikelse|Händelseanalys (kort) – våld mot personal\nDen {date} kl {time} blev ssk "
    "{full:1} sparkad av patient {full:2} på {ward}. Vårdades i rum med larm men larmknappen fungerade "
    "inte. Felanmält till {org}. Ansvarig: {comma:3}",
    "ssk|avvikelse|avvikelse: hot via telefon\nanhörig {full:1} ringde avdelningen kl {time} från "
    "{mob} och sa att personalen 'ska få betala' om mamman {full:2} inte flyttas. samtalet togs av ssk "
    "{first:3}. polisanmälan övervägs. /{lowf:3}",
    "lakare|avvikelse|Avvikelse inlämnad av läkare {full:1} ({ward}): patient {full:2} hade fått besök "
    "av {full:3}, som enligt personal lämnade över tabletter. Besökaren bor på {addr}, {lgh}. Ärendet "
    "lämnat till {org}.",
    "avdchef|avvikelse|Uppföljning av avvikelse {week}\nDeltagare: {full:1} (avdelningschef), {full:2} "
    "(skyddsombud), {full:3} (säkerhetssamordnare)\nBeslut: väktare på {ward} nattetid till och med "
    "{date}. [[Klara]] rutiner för visitation saknas. Patienten {init:4} flyttas till {venue}.",
    "usk|avvikelse|Händelse: patient {full:1} bet usk {wfirst:2} i underarmen vid dusch, {room}, kl "
    "{time}. {first:2|g} arm kontrollerad av jourläkare {sur:3}. Stelkrampsvaccin givet. "
    "Arbetsskadeanmälan gjord via {org}.",
    # ------------------------------------------------------------------ psykiatrins besöksanteckningar
    "skotare|psykbesok|Besöksliggare {ward}\n{date}\nkl {time} {full:1} besökte {full:2} på {room}. "
    "Besökaren hade med sig påse som kontrollerades – energidryck och snus, tilläts ej.\nSign. skötare "
    "{first:3}",
    "skotare|psykbesok|Besöksförbud gäller för {full:1} ({pnr}) enligt beslut den {date} av "
    "chefsöverläkare {sur:2}. Om han dyker upp: ring väktare på {tel} och polis. Patient {first:3} får "
    "inte informeras om besöksförsöken.",
    "ssk|psykbesok|Anteckning besök: {first:1|g} mamma {full:2} och hennes sambo {nick:3} kom kl "
    "{time}. Sambon var påverkad, blev högljudd i dagrummet och hotade skötare {full:4}. Besöket "
    "avbröts. Sambon åkte i bil {plate2}.",
    "skotare|psykbesok|Besökare: {caps:1}\nTel: {mob}\nBesöker: {full:2}, {ward}\nNoteringar: hade med "
    "sig kniv i ryggsäcken (upptäckt i slussen), kniven förvaras hos {org}. Besöket genomfördes under "
    "uppsikt av {first:3} och {first:4}.",
    "ssk|psykbesok|{full:1} (ssk) noterar: pat {full:2} har fått sms-hot från exet {full:3} ({mob}) "
    "under vårdtiden. Pat vill inte ha besök från honom. Informerat receptionen på {venue} och "
    "väktarna.\nSignerat {date}.",
    "kurator|psykbesok|Kurator {full:1}: samtal med {first:2|g} pappa {full:3} angående hoten mot "
    "personalen vid besöket den {date}. Pappan bor på {addr}, {lgh} (fastigheten {fast}) i {place}. "
    "Han förnekar att han sagt något. Nästa besök endast med kurator närvarande.",
    "skotare|psykbesok|besök {ward} kväll\n{lowf:1} (pat) fick besök av kompisar, en kallad {nick:2}. "
    "de försökte smuggla in tabletter i en chipspåse. skötare {wsur:3} tog påsen. besökarna avvisade "
    "kl {time} och gick mot hållplatsen för {line}.",
    "avdchef|psykbesok|Till personalgruppen på {ward}: Från och med {date} gäller nya besöksregler. "
    "Anledning: händelsen då {full:1}, besökare till patient {full:2}, slog skötare {full:3}. Frågor "
    "till mig eller bitr. avdelningschef {sur:4}.\n/{full:5}",
    # ------------------------------------------------------------------ ambulans
    "ambulans|ambulans|Ambulansrapport, hot mot besättning\nUppdrag {date} kl {time}, {addr}, "
    "{place}\nPatient: {full:1}, {pnr}\nBesättning: ambsjuksköterska {full:2}, ambulanssjukvårdare "
    "{full:3}\nPatientens son {first:4} hotade med kniv i hallen. Backade ut, väntade på polis "
    "({case}).",
    "ambulans|ambulans|Rakel-logg: kl {time} begärde {sur:1} (ambulansenheten) polis till {street} "
    "p.g.a. berusad man som slog på ambulansens bakdörr. Mannen, senare identifierad som {full:2}, "
    "körde {plate}. Kollega {first:3} oskadd.",
    "ambulans|ambulans|{full:1}, ambulanssjukvårdare, {venue}:\nVid hämtning i {place} blev vi "
    "omringade av {antal} ungdomar. En av dem, {nick:2}, kastade en flaska på bilen. Skada på "
    "sidoruta, ca {amount}. Patient {full:3} kunde transporteras. Polisanmält {case}.",
    "ambulans|ambulans|Avvikelse ambulans {date}: på väg in till {venue} försökte patienten {full:1} "
    "ta sig ur bältena och slog ssk {full:2}. Vi stannade på {street}, larmade via {org}. {first:2} "
    "har ont i axeln, läkarbesök bokat.",
    "ambulans|ambulans|Händelse: hot under uppdrag\nAdress: {addr}, {lgh}\nKontaktperson: {full:1} "
    "({mob})\nBeskrivning: grannen {full:2} stod i trappan och skrek att vi skulle 'lämna honom "
    "ifred'. Ambulanssjuksköterska {sur:3} kallade polis. Uppdraget fullföljdes kl {time}.",
    "ambulans|ambulans|Teams till ambulanschef {full:1}: hej! i natt ({date}) fick {first:2} och jag "
    "nästan stryk på {street}. killen hette {low:3} enligt kompisen. polisen tog honom, ärende {case}. "
    "/{first:4}",
    "ambulans|ambulans|Ambulansstation – veckans händelser {week}\n• {date}: {full:1} (pat) hotade "
    "besättningen {sur:2}/{sur:3}\n• spottloska mot {full:4} vid {venue}\n• bil {plate2} blockerade "
    "utfarten på {street}, ägare {full:5}",
    "ambulans|ambulans|Kl {time} ringde {full:1} till SOS och sa att grannen {full:2} var medvetslös. "
    "På plats i {place} visade det sig vara ett sätt att locka dit ambulansen; {first:1} hotade "
    "besättningen och krävde morfin. Polis ({org}) grep honom. Ambsjuksköterska: {full:3}.",
)
