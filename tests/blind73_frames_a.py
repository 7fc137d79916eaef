"""Frames of the seventy-third blind corpus, part a: drivers' reports (förarrapporter), ticket inspectors'
reports (biljettkontrollanter) and security guards' reports from trains and trams (ordningsvakter, väktare).

A frame is `role|style|template`; the slots are tests/blind73_fill.py's.
"""

from __future__ import annotations

FRAMES_A = (
    # --- förarrapport: a driver's report after a shift
    "forare|forarrapport|FÖRARRAPPORT\nFörare: {full:1}\nFordon/linje: {vagn} på {line}\nPlats: {stop}, tid"
    " kl {time}\nEn man i {vuxen}-årsåldern vägrade betala och kallade mig för allt möjligt. Hans kompis"
    ' ropade "{nick:2}, kom nu" och de gick av. Ingen skadad. /{first:1}',
    "bussforare|forarrapport|Rapport från förare {sur:1} ({line}): vid {stop} kl {time} körde en bil med"
    " reg {plate} in i busskörfältet och tvärnitade framför bussen. Föraren av bilen, en kvinna som sa att"
    " hon hette {full:2}, skrek genom rutan. Två resenärer föll, en av dem {first:3} ({ung} år) slog i"
    " knät. Vittne: {full:4}, tel {mob}.",
    "sparvagnsforare|forarrapport|Avvikelse förare\n{caps:1}\n{date} kl {time}\n{line} mot {stop}\n[[Sten]]"
    " kastad mot sidorutan när vi passerade {place}. Rutan spräckt, {vagn} tagen ur trafik. Trafikledare"
    " {sur:2} informerad.",
    "forare|forarrapport|{first:1} här, kör {line} ikväll. Vill bara rapportera att gänget vid {stop} var"
    " där igen, typ {antal} st. En av dem kallas {nick:2}, han och {lowf:3} knackade på rutan och sprang"
    " efter bussen. Orkar inte mer med den hållplatsen ärligt talat.",
    "nattbussforare|forarrapport|Förare: {comma:1}\nLinje: {line}, avg {stop} kl {time}\nBerusad"
    " passagerare somnade längst bak och gick inte att väcka vid ändhållplatsen {station}. Väktare {sur:2}"
    " från {org} hjälpte till. Passageraren legitimerade sig till slut som {full:3}, pnr {pnr}. Överlämnad"
    " till ambulans.",
    "forare|forarrapport|Hej! Jag är {full:1} och körde {vagn} den {date}. En äldre dam, {full:2}, ramlade"
    " när jag bromsade in vid {stop} för en bil ({plate}) som körde ut. Hennes dotter {first:3} ringde"
    " senare in och klagade på körningen, nr {mob}. Jag har skrivit avvikelse i systemet också. Mvh"
    " {first:1}",
    "bussforare|forarrapport|Incident {line}\nFörare {init:1}\nPå hållplatsen {stop} steg en man på utan"
    ' biljett och hotade föraren när han blev tillsagd. Han sa "jag vet var du bor {first:1}" — hade läst'
    " namnet på skylten. Beskrivning: ca {vuxen} år, svart jacka. Resenären {full:2} filmade, nås på"
    " {mail}.",
    "sparvagnsforare|forarrapport|Körde {line}, {vagn}. Kl {time} vid {stop} låg en cykel på spåret,"
    " tvärbroms. Resenären {low:1} slog huvudet i stången och fick åka till {venue}. Kontaktuppgifter:"
    " {addr}, {tel}. Anmälan gjord av mig, förare {sur:2}.",
    # --- kontrollrapport: ticket inspectors
    "biljettkontrollant|kontrollrapport|KONTROLLRAPPORT {date}\nKontrollanter: {full:1}, {full:2}\nLinje:"
    " {line}, sträcka {stop} – {place}\nUtfärdade tilläggsavgifter: {antal} st à {fee}\nAnmärkning: en"
    " resenär uppgav falskt namn, senare identifierad som {full:3} ({pnr}). {first:3} nekade till allt."
    " Polisanmälan {case}.",
    "kontrollant|kontrollrapport|Tilläggsavgift utfärdad\nNamn: {full:1}\nPersonnummer: {pnr}\nAdress:"
    " {addr}, {lgh}\nResa: {line}, påstigning {stop}\nGiltig biljett saknades ({zon}). Resenären uppgav att"
    " appen krånglat. Kontrollant: {sur:2}",
    "biljettkontrollant|kontrollrapport|Passet kl {time}, {line}. Jag och {first:1} kontrollerade vid"
    " {stop}. En ung kille ({ung}) sprang av och lämnade sin plånbok med legitimation: {full:2}, född"
    " {pnr}. Lämnad till hittegods på {station}.",
    "kontrollant|kontrollrapport|Hot mot kontrollant\nDatum: {date} Tid: {time}\nDrabbad: {full:1}"
    " (kontrollant)\nGärningsperson: man ca {vuxen} år, kallar sig {nick:2}, enligt kollegan {first:3} känd"
    ' sedan tidigare. Sa att han skulle "ta" {first:1} efter passet. Polis anmäld, diarienr {case}.',
    "biljettkontrollant|kontrollrapport|kontroll {line} {week}\n- {low:1} visade skärmdump istället för"
    " biljett, avgift {fee}\n- {full:2}, pendlarkort utgånget, fick köpa ny ({price})\n- en kvinna som sa"
    " hon hette {first:3} ville inte visa leg, lämnade vid {stop}\ninga incidenter i övrigt /{lowf:4}",
    "kontrollant|kontrollrapport|Rapport från kontrollgrupp 3, {org}\nPå {vagn} ({line}) hittades en man"
    " som sov under sätena. Han hade ingen biljett och uppgav namnet {full:1}, samordningsnummer {snr}. Vi"
    " ringde hans kontaktperson {full:2} på {mob}. Ärendet lämnas till {kommun}.",
    "biljettkontrollant|kontrollrapport|Bestridd avgift – underlag\nKontrollant {sur:1} noterade att"
    " resenären {full:2} hade ett periodkort som gått ut {date}. Resenären sa att hennes sambo {first:3}"
    " köpt kortet åt henne. Utskick till {addr} i {place}.",
    "kontrollant|kontrollrapport|{full:1}, {full:2} och jag ({first:3}) hade kontroll på {line} mellan"
    " {stop} och {station}. Totalt {antal} avgifter. En resenär filmade oss och la ut på TikTok med texten"
    ' "kolla {first:1|g} min". Vi vill att det polisanmäls.',
    # --- ordningsvakt: guards on trains and trams
    "ordningsvakt|ordningsvakt|OV-RAPPORT {org}\nOrdningsvakter: {full:1} (OV 1), {full:2} (OV 2)\nTåg:"
    " {vagn} mot {station}\nKl {time} omhändertogs {full:3}, f. {pnr}, enligt LOB efter att ha stört"
    " medresenärer. Överlämnad till polispatrull vid {stop}. {first:3} var mycket aggressiv.",
    "vaktare|ordningsvakt|Väktarrapport\n{date}\nVäktare {sur:1} och {sur:2} ombord på {line}. Gruppen"
    " ungdomar från {place} ({antal} st) rökte i vagnen. En av dem, {first:3}, sa att hans storebror"
    ' {nick:4} skulle komma och "fixa" oss vid {stop}. Ingen kom.',
    "ordningsvakt|ordningsvakt|Ingripande på {station}, kl {time}. OV {sur:1} blev knuffad av en man som"
    " senare uppgav namnet {caps:2}. Mannen saknade legitimation men hade ett kort med samordningsnumret"
    " {snr}. Vittne {full:3} ({mob}) såg hela förloppet. Anmälan {case}.",
    "ordningsvakt|ordningsvakt|{caps:1} rapporterar: kvinna i {vuxen}-årsåldern ofredad på {line} av okänd"
    " man. Hon heter {full:2} och bor på {addr}. Hennes väninna {first:3} ringde 112. Mannen gick av vid"
    " {stop} och försvann mot {street}.",
    "vaktare|ordningsvakt|Skiftlogg tågvakter\n{time} påstigning {station}\n{time} bråk i vagn 2, {low:1}"
    " och {lowf:2} skriker på varandra\n{time} avvisade båda vid {stop}\n{time} polis underrättad, kontakt"
    " {full:3}\nSign. {init:4}",
    "ordningsvakt|ordningsvakt|Rapport: Omhändertagande\nPlats: {line}, mellan {place} och"
    " {station}\nPerson: {comma:1}, född {pnr}\nOrsak: kraftigt berusad, urinerade i vagnen\nOV: {sur:2} /"
    " {sur:3}\nTransport till tillnyktringen av {org}.",
    "vaktare|ordningsvakt|Hej {first:1}! Kort sammanfattning från natten på {line}: {antal} avvisningar, en"
    " LOB. Den omhändertagne hette {full:2}, hans bil ({plate2}) stod felparkerad vid {stop} så vi ringde"
    " P-bolaget också. Vi såg även {nick:3} igen, samma gäng som förra helgen. Hörs, {first:4}",
    "ordningsvakt|ordningsvakt|Tillbudsrapport {week}\nOrdningsvakt {full:1} blev biten i handen vid"
    " {station} när en man, {full:2}, skulle avvisas. Mannens flickvän {first:3|g} telefon ({mob}) tappades"
    " och lämnades till personalen. Skadan dokumenterad på {venue}.",
)
