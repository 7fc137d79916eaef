"""Frames of the sixtieth blind corpus, part b: the parish office's notes of phone calls, the parish's
reports to the police and their additions, the kommunpolis' weekly notes and answers. `role|style|template`;
slots as in tests/blind60_fill.py."""

from __future__ import annotations

FRAMES_B = (
    # --- expeditionens telefonnoteringar
    "expedition|telefonnotering|"
    "Samtal kl. {time} från {full:1}, dotter till {full:2} ({grav}). Lyktan och ljusstaken stulna. "
    "Vill bli uppringd av {sur:3} på förvaltningen. Nr: {mob}",
    "expedition|telefonnotering|"
    "Tel.anteckning {date}\nRingde: {comma:1}\nÄrende: klagar på att gräset inte klippts runt graven "
    "och att grannens sten lutar\nÅterkom till: {tel}\nTog emot: {first:2}",
    "expedition|telefonnotering|"
    "{full:1} ringde upprörd. Hennes brors urna skulle sättas ned i {place} men vaktmästaren {sur:2} "
    "sa att graven inte var grävd. Bokat om till {date} kl. {time}. Ring henne {mob}!!",
    "expedition|telefonnotering|"
    "Ringde en man som sa att han heter {first:1} och bor på {addr}, {lgh}. Han såg en vit skåpbil, "
    "reg {plate2}, "
    "vid muren mot {street} natten till lördag. Har ej lämnat efternamn.",
    "expedition|telefonnotering|"
    "Meddelande till {first:1}: {full:2} från {org} ringde om den störda begravningen i {venue}. "
    "Ring tillbaka {tel} före kl. {time}. /{init:3}",
    "expedition|telefonnotering|"
    "{first:1}!! mannen från igår ringde igen, {full:2}, pratar mest arabiska, hans son {first:3} "
    "tolkade. Det gäller gravstenen för hans mor {full:4} {levde}. Ring sonen {mob}",
    "expedition|telefonnotering|"
    "Samtal från polisen, {sur:1}, angående stölden av brons {week}. De har gripit en person med "
    "koppar i bilen {plate}. Vill ha lista över drabbade gravar. Mejla {mail}",
    "expedition|telefonnotering|"
    'Röstmeddelande kl. {time}: "Ja hej, det är {full:1}, jag har gravrätten på {grav} på {place}, '
    'det ligger en massa glas och burkar där igen... ring mig på {tel}, tack"',
    # --- polisanmälan och kompletteringar från församlingen
    "forvaltning|polisanmalan|"
    "Anmälan om stöld, {place}\nTidpunkt: natten mot {date}\nStulet: {antal} bronslyktor och "
    "kopparvaser\nDrabbade gravrättsinnehavare: {full:1}, {full:2}\nAnmälare: {full:3}, {org}, tel. {tel}",
    "forvaltning|polisanmalan|"
    "Komplettering till {case}: ytterligare två gravar drabbade, {grav} (gravsatt {full:1}) och {grav} "
    "(gravsatt {full:2}). Uppgiftslämnare {sur:3}, kyrkogårdschef.",
    "forvaltning|polisanmalan|"
    'Vi anmäler härmed skadegörelse på {venue} och omgivande kyrkogård. Klotter med texten "{nick:1}" '
    "på sakristians vägg. Vittne: {full:2}, {pnr}, {addr}.",
    "forvaltning|polisanmalan|"
    "Anmälan störande av förrättning\nDatum: {date}\nPlats: {venue}\nFörrättande präst: {full:1}\n"
    "Avliden: {full:2} {levde}\nPerson som störde uppgav namnet {full:3}. Polis kallades kl. {time}.",
    "forvaltning|polisanmalan|"
    "Till Polisen, ärende {case}\nÖvervakningsbild från {date} visar bil {plate2} på parkeringen vid "
    "{place}. Bilden finns hos {first:1} på driften, {mob}.",
    "forvaltning|polisanmalan|"
    "Stöldanmälan gjord via polisen.se av {full:1} (gravrättsinnehavare, {snr}). Kopia till "
    "förvaltningen. Graven: {grav}, gravsatt {full:2}. Värde angivet till {amount}.",
    "forvaltning|polisanmalan|"
    "Vi har fått tips från {full:1} om att stulna lyktor säljs på Blocket av en användare som kallar sig "
    "{nick:2}. Se bifogad skärmdump. Anmälan {case}. Kontakt {mail}",
    "forvaltning|polisanmalan|"
    "ANMÄLAN SKADEGÖRELSE\n{antal} stenar vältade i {grav} m.fl.\nBl.a. stenen för {caps:1}\n"
    "Upptäckt av vaktmästare {sur:2} kl. {time}\nKontaktperson {full:3} {mob}",
    # --- kommunpolisens veckonoteringar och svar
    "kommunpolis|kommunpolis|"
    "Läget {week}: fortsatta metallstölder på kyrkogårdar i länet. {place} drabbat natten till "
    "söndag. En man, {full:1}, {vuxen} år, är skäligen misstänkt ({case}).",
    "kommunpolis|kommunpolis|"
    "Hej {first:1}! Tack för listan. Vi har kopplat ihop era gravar med beslag hos en skrothandlare. "
    "Handläggare är {full:2}, nås på {tel}. Mvh {wfirst:3}, kommunpolis",
    "kommunpolis|kommunpolis|"
    "Kommunpolisen rapporterar {week}: två ungdomar, {ung} och {ung} år, gripna på bar gärning vid "
    "{venue} efter att ha välta gravstenar. Vårdnadshavare {full:1} och {full:2} underrättade.",
    "kommunpolis|kommunpolis|"
    "Bil {plate} och {plate2} har setts vid {place} flera nätter. Ägare enligt register: {full:1}, "
    "{addr} (fastighet {fast}). Vi åker förbi {week}. /{sur:2}, polisen",
    "kommunpolis|kommunpolis|"
    "Uppföljning {date}: ärendet {case} (stöld av brons, {grav}) är nedlagt, ingen gärningsman. "
    "Målsägare {full:1} har underrättats. Frågor till {first:2} {mob}.",
    "kommunpolis|kommunpolis|"
    "Trygghetsvandring {place} {week} med {org}, {kommun} och boende. Deltog: {full:1}, {full:2}, "
    "{first:3} från förvaltningen. Belysningen vid {street} och {pstreet} tas upp med kommunen.",
    "kommunpolis|kommunpolis|"
    "{full:1} ({pnr}) har erkänt stölderna vid {place} och pekat ut {full:2} som medhjälpare. "
    "Förhör hölls kl. {time}.",
    "kommunpolis|kommunpolis|"
    "Sammanfattning natt: larm från {venue} kl. {time}, patrull på plats, en person avvek mot "
    "hållplatsen för {line}. Beskriven av vakten {first:1} som lång, mörk jacka. Inget gripande.",
)
