"""Frames of the twenty-third blind corpus, fifth part: taxi drivers and delivery riders, industrial areas and
warehouses, and the samordnare's weekly summary of what business reported (tests/blind23_fill.py says what
a slot is)."""

from __future__ import annotations

FRAMES_E = [
    # taxi_bud
    "taxi|taxi_bud|Körlogg taxi {n}{n}{n}\nkl {time} hämtning {venue}, kund {full:1}\nkl {time} kunden "
    "vägrade betala {amount}, hotade föraren\nFörare: {full:2}, {org}\n[[Avvikelse]] rapporterad till "
    "beställningscentralen",
    "bud|taxi_bud|Hej, jag kör för {org}. I går kl {time} blev jag rånad på {street} av två killar, de "
    "tog mobilen och cykeln. En av dem ropade {first:1} till den andra. Mitt namn: {full:2}, tel {mob}",
    "bud|taxi_bud|Rapport från budfirman {biz}: våra cykelbud undviker {place} efter kl {time}. Budet "
    "{wfirst:1} blev slagen {date}, budet {full:2} hotad med kniv vid {line}. Kontaktperson: {full:3}",
    "taxi|taxi_bud|Taxiföretaget {biz} anmäler skadegörelse på bil {plate2} som stod vid {venue} under "
    "natten. Föraren {full:1} hittade rutorna krossade. [[Ersättning]] söks via försäkringen.",
    "taxi|taxi_bud|{full:1} (taxiförare) ringde {date}: en kund som kallas {nick:2} har åkt utan att "
    "betala tre gånger, senast från {venue} till {addr}, {lgh}. {first:1} har bilder.",
    "bud|taxi_bud|Incident matleverans\nBud: {lowf:1}\nTid: {time}\nPlats: utanför {venue}\nVad: kunden "
    "{full:2} tog maten och slog till budet. Polis {case}.\nFöretag: {org}",
    "taxi|taxi_bud|Trafikansvarig {sur:1} på {biz} rapporterar: förarna vill inte stå på taxistationen "
    "vid {venue} efter kl {time}. {full:2|g} bil fick stenar på sig under {week}.",
    "bud|taxi_bud|Från: {mail}\nHej, jag är budförare och blev hotad vid {venue} av {full:1} och en kille "
    "som kallas {nick:2}. Det var {date} kl {time}. [[Skärmdump]] bifogad.\n{full:3}",
    # industri
    "lagerchef|industri|Lagerchef {full:1}, {biz}\nInbrott i lagret på {street} natten till {date}. "
    "Stulet: kopparkabel och {n} pallar elektronik, värde {amount}. Ärende {case}. Bakdörren hade bänts "
    "upp.",
    "lagerchef|industri|Industriområdet vid {place}: flera företag rapporterar att bilar kör runt på "
    "nätterna. {full:1} på {org} har noterat reg {plate}. {full:2|g} firma har kamera mot {pstreet}.",
    "vaktare|industri|Ronderande bevakning industriområdet {week}\n{time} öppen grind vid {biz}, stängd\n"
    "{time} person i lastbilshallen, legitimerade sig som {full:1} ({pnr})\n{time} inget mer. Väktare "
    "{wsur:2}",
    "lagerchef|industri|Hej {wfirst:1}! Vi har haft problem med att folk sover i lastkajens skyddsrum "
    "bakom {venue}. Vår truckförare {full:2} fick ta bort en madrass i morse. Ägaren till fastigheten "
    "({fast}) är {org}.\n/{full:3}, lagerchef",
    "naringsliv|industri|Företagarträff industriområdet {place}\nDeltog: {comma:1}, {full:2}, {full:3} "
    "({biz})\nTeman: dieselstölder, inbrott i containrar, belysning på {street}\nNästa träff: {date}",
    "lagerchef|industri|[[Godsmottagningen]] meddelar: pall med cigaretter saknas sedan leveransen {date} "
    "kl {time}. Chauffören {full:1} från {org} säger att han lämnade den vid porten. Kollegan {wsur:2} "
    "skrev under.",
    "vaktare|industri|Avvikelse {date}, objekt {biz}\nVäktare {full:1} hittade en uppbruten container, "
    "spår mot {place}. Företagets kontaktperson {full:2} nåddes på {tel}. Fastighet: {fast}",
    "lagerchef|industri|{caps:1}, driftchef på {biz}, vill ha ett möte med kommunen om otryggheten på "
    "{pstreet}. Personalen ({first:2}, {first:3}) går till {line} efter kvällsskiftet och har blivit "
    "förföljda.",
    # samordnare
    "samordnare|samordnare|Veckosammanfattning näringsliv {week}\n- {venue} – {n} snatterier, butikschef "
    "{sur:1} rapporterar ökning\n- {biz}: inbrott, ärende {case}\n- byggarbetsplatsen vid {place}: "
    "dieselstöld\nSammanställt av {full:2}",
    "samordnare|samordnare|Lägesbild handel och näringsliv, {week}\nAntal rapporter: {n}\nStörst oro: "
    "{place} (rån mot bud), {venue} (ungdomar)\nKontakter under veckan: {full:1} ({org}), {full:2} "
    "({biz}), {low:3}\n[[Bedömning]]: gul",
    "samordnare|samordnare|Till arbetsgruppen: sammanfattning av vad näringsidkarna rapporterat {week}. "
    "{full:1} ({biz}) – hot mot personal. {full:2} – stöld av verktyg för {amount}. {nick:3} nämns igen "
    "som ledare i gänget vid {venue}. /{first:4}",
    "samordnare|samordnare|Näringslivet {week}\n{date} – {biz}: snatteri, gärningsperson {full:1}\n{date} "
    "– {org}: larm utan åtgärd\n{date} – {venue}: bråk, OV {sur:2} ingrep\nKontakt för frågor: {full:3}, "
    "{mail}",
    "samordnare|samordnare|Sammanfattning från handlarnas trygghetsgrupp. [[Enligt]] {full:1} på {biz} "
    "har det varit lugnare sedan väktarna kom. {full:2|g} kiosk har dock haft två inbrott, se {case}. Vi "
    "föreslår grön status för {place}.",
    "samordnare|samordnare|Veckans inkomna från näringslivet\n1) {full:1}, {org}: väktarrapport, lugnt\n"
    "2) {full:2}, {biz}: inbrott, bilen {plate} sågs\n3) {low:3}: tips om svarttaxi vid {venue}\n4) "
    "{wfirst:4} på {kommun}: belysningsärende skickat",
    "samordnare|samordnare|{full:1} ({kommun}) har pratat med {full:2}, centrumledare i {venue}. "
    "Bedömning: fortsatt gult. [[Observera]] att {first:2} vill ha väktare även under {week}. "
    "Kontaktuppgifter: {mob}, {mail}.",
    "samordnare|samordnare|Inrapporterat av företag, {week}\n{biz} – snatteri ({n} st)\n{org} – inbrott, "
    "{case}\n{venue} – klotter, kostnad {amount}\nKommentar från {full:1}: fler rapporter från {place} än "
    "vanligt. Granskat av {first:2}",
]
