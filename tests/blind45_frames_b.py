"""Frames of the forty-fifth blind corpus, second file: the klottersanering crews' job notes, park workers'
notes (syringes, sleeping places, playgrounds) and the winter-maintenance contractor's diary and reports.

A frame is `voice|style|template`; the slots are tests/blind45_fill.py's.
"""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # ---------------------------------------------------------------- klottersanering
    "klottersanerare|klotterlogg|Arbetsorder {ao}\nObjekt: gångtunnel under {street}, {place}\nUtfört: "
    '{date}, sanerat ca 40 m² (tagg "{nick}"), skyddsbehandlat.\nTid: 2,5 h\nUtförare: {full:1}, '
    "{full:2}\nAttest: arbetsledare {sur:3}",
    "klottersanerare|klotterlogg|{first:1} o {first:2} tog busskuren för {line} vid {venue} i morse, "
    "nytt klotter sen {date}. Glaset repat (etsning) – går ej att sanera, beställt nytt via {org}. "
    "Kostnad ca {amount}. Fastighetsägaren {full:3} vill ha kopia, {mail}",
    "arbetsledare|klotterlogg|KLOTTERRONDEN {week}\n- {place}: elskåp + stolpar, klart\n- {street}: "
    "fasad på privat fastighet {fast}, ägaren ({full:1}, {tel}) har ej svarat\n- {venue}: skolans "
    "gavel, klart av {first:2}\nRapport: {caps:3}",
    "klottersanerare|klotterlogg|Obs! Vid saneringen på {addr} kom en man ut och skrek att vi "
    'förstörde hans "konst". Sa att han hette {full:1}, och att {nick} är hans tagg. Vi avbröt, '
    "{first:2} ringde polisen ({case}). Vi återkommer den {date}.",
    "klottersanerare|klotterlogg|{full:1}: klart på {pstreet} – tre taggar + ett hakkors på soptunnan. "
    "{full:2} fotade innan. Polisanmält, K-nr {case}. Nästa: {place}.",
    "arbetsledare|klotterlogg|Till {first:1} på klottergruppen: hyresgästen {full:2} i {lgh} på {addr} "
    "har ringt tre gånger om klottret i entrén. {org} säger att det är vårt. Kan du och {wsur:3} ta "
    "det {date}? /{first:4}",
    "klottersanerare|klotterlogg|dagbok {date}\nkl {time} start i {place}\nbänkar + lekstuga "
    "klottrade, rött och silver\n{lowf:1} från parkenheten hjälpte till med "
    "högtryckstvätten\nfirmabilen {plate} fick punka vid {venue}\n/{low:2}",
    "arbetsledare|klotterlogg|Sammanställning klotter, {kommun}, {week}: {antal} objekt sanerade, "
    "kostnad {amount}. Större: {venue} (ca 60 m²), {street}. Personal: {full:1}, {full:2}, {init:3}. "
    "Inhyrd från {org}: {full:4}.",
    # ---------------------------------------------------------------- parkarbetare
    "parkarbetare|parkarbetare|{first:1} och jag hittade fyra sprutor och en bränd sked vid bänkarna i "
    "{place} kl {time}. Lagt i kanylburk, lämnat på förrådet. Meddelat {sur:2} på {org}. /{full:3}",
    "parkarbetare|parkarbetare|Sovplats under bron vid {street}: tält, madrass, gasolkök. En man sa "
    "att han heter {full:1} och uppgav {snr}, han väntar på besked. Han verkar [[bo]] där sedan länge. "
    "Vi lät tältet stå, {first:2} kontaktade uppsökarna ({full:3}, {mob}).",
    "parkarbetare|parkarbetare|Morgonrunda i {place} den {date}: nedskräpning vid grillplatsen, tre "
    "kundvagnar i dammen. Cykel utan ägare vid {venue}, ramnumret avfilat. Upptrampad [[stig]] in i "
    "buskarna. {nick} och gänget satt där igen, {first:1} pratade med dem. Rapporterat av {full:2}",
    "parkarbetare|parkarbetare|TILL PARKCHEFEN\nVi vill inte gå ensamma i {place} efter kl {time} "
    "längre. I går hotades {first:1} av en man med hund som bor på {addr} – han heter enligt grannarna "
    "{full:2}. Polisanmälan {case}. Hälsningar parklaget genom {full:3}",
    "parkarbetare|parkarbetare|Lekplatsen vid {venue}: rutschkanan sprayad, två brädor på "
    "klätterställningen sönderslagna. Grannen {full:1} ({vuxen} år) sa att det var några tonåringar, "
    "en heter {first:2}, bor i {lgh}. Avspärrat. {wsur:3} lagar {date}.",
    "parkarbetare|parkarbetare|Kort från mig ({first:1}): vid dammen i {place} låg en plånbok med "
    "körkort, {full:2}, {pnr}. Lämnad till polisen vid {venue}, ingen anmälan. {caps:3} kvitterade.",
    "parkarbetare|parkarbetare|{full:1} och {wfirst:2} rensade buskarna bakom {venue} och hittade en "
    "sovplats: sovsäck, kläder, {antal} sprutor. En kvinna kom och sa att hon heter {first:3}. "
    "Socialjouren informerad {date}.",
    "parkarbetare|parkarbetare|parkgruppens chatt:\n{lowf:1}: nån har eldat i papperskorgarna på "
    "{street} igen\n{first:2}: ja såg det kl {time}, det var {nick} och hans polare\n{lowf:1}: ringer "
    "{sur:3} på {org}\n{first:4}: 👍",
    # ---------------------------------------------------------------- driftentreprenör, snöröjning
    "plogforare|driftentreprenor|Dagbok snöröjning {date}\nUtryckning kl {time}, plogat {street} och "
    "gc-vägarna i {place}. [[Frost]] och is på bron.\nHinder: bil {plate} stod kvar på gatan, fick "
    "lämna en sträng.\nFörare: {full:1}. Bilen tillhör enligt en granne {full:2}. Rapporterat till "
    "p-övervakningen.",
    "driftentreprenor|driftentreprenor|Avvikelserapport {ao}, {org}\nVid sandning av {street} kl "
    "{time} blev vår förare {first:1} hotad av en man som stod i vägen och skrek att han inte fått "
    "plogat. Mannen (enl. granne {full:2}, {addr}) kastade snöboll med is mot hytten. Ingen skada. "
    "Arbetsledare: {full:3}, {mob}",
    "plogforare|driftentreprenor|Tis {date}: halka i {place}, saltat kl {time}. {first:1} körde, "
    "{first:2} tog trottoarerna för hand runt {venue}. Parkerad {plate2} blockerade, kontaktat P-vakt "
    "{sur:3}. Förseningar på {line}.",
    "driftentreprenor|driftentreprenor|Mejl till {kommun}: Vi har fått klagomål från {full:1} på "
    "{addr} om att snövallen skadat hennes staket. Vår förare {full:2} nekar. Föreslår att beställaren "
    "{sur:3} tittar på det på plats den {date}. Mvh {full:4}, driftledare",
    "plogforare|driftentreprenor|{full:1}, förare på plog fyra, rapporterar: övergiven Saab utan "
    "skyltar på vändzonen vid {street}, ingen ägare. Fotat. Ser ut att ha stått sedan {week}. Tipset "
    "kom från {low:2}.",
    "driftentreprenor|driftentreprenor|Egenkontroll {week} – {place}\nSopning efter vintern klar utom "
    "{street} (bilar stod kvar trots skyltning: {plate}, {plate2}). Ny sopning den {date}. "
    "Kontrollant: {caps:1} / {first:2}",
    "plogforare|driftentreprenor|sms från {first:1} (plog) till {first:2}: fastnade vid {venue}, en "
    "Volvo {plate} står mitt i svängen, kan du ringa p-vakterna? det är visst {full:3|g} bil, hon bor "
    "på {addr}. står still tills vidare",
    "driftentreprenor|driftentreprenor|Skaderapport\nDatum: {date}\nPlats: {addr} ({fast})\nSkada: "
    "plogbladet tog en brevlåda och en del av häcken\nFastighetsägare: {full:1}, {tel}, "
    "{mail}\nFörare: {first:2} ({org})\nErsättningskrav: {amount}",
)
