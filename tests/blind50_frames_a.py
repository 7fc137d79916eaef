"""Frames of the fiftieth blind corpus, part a: security guards' incident reports (väktare), ordningsvakter's
reports from the emergency department, and the emergency department's own notes on threats and violence
against staff. Each frame is `role|style|template` (tests/blind50_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # ------------------------------------------------------------------ väktarrapport
    "vaktare|vaktrapport|HÄNDELSERAPPORT {org}\nObjekt: {venue}\nDatum: {date}   Tid: kl "
    "{time}\nRapportör: väktare {full:1}\nBeskrivning: Larm från {ward}. Patienten {full:2}, pnr "
    "{pnr}, hotade personal verbalt och sparkade på dörren till {room}. Ssk {sur:3} begärde assistans. "
    "Patienten lugnade sig efter samtal.\nPolis: ej tillkallad.",
    "vaktare|vaktrapport|Kl {time} ronderade undertecknad {caps:1} i entrén till {venue}. En man som "
    "uppgav sig heta {full:2} och vara anhörig till patient på {ward} vägrade lämna väntrummet. Han "
    "körde därifrån i en vit Volvo med reg.nr {plate}. Personal på plats: usk {first:3}.",
    "vaktare|vaktrapport|Avarn – objektsrapport {venue}\n{date}\nkl {time} – larm överfall {ward}, "
    "{room}\nPå plats: väktare {sur:1} och {first:2}. Patient {full:3} ({vuxen} år) höll fast usk "
    "{full:4} i armen. Frigjordes utan skador. {first:3|g} son {first:5} ringdes på {mob}.\nRapport "
    "skickad till {org}.",
    "vaktare|vaktrapport|Väktare {full:1} tillkallades kl {time} till {venue} där en besökare, "
    "{full:2}, betedde sig hotfullt mot receptionisten {wfirst:3}. Personen avvisades och gick mot "
    "{street}. Ingen skadad. Bilaga: bild från kamera (ej bifogad här).",
    "vaktare|vaktrapport|{full:1}, väktare, rapporterar: kl {time} sågs {nick:2} (känd sedan tidigare, "
    "riktigt namn {full:2}) i kulverten under {venue}. Avvisad, kontakt tagen med {org}. Anm: samma "
    "person som i {week}.",
    "vaktare|vaktrapport|Datum {date} kl {time}\nOmhändertagen egendom: kniv (brytbladskniv) tagen "
    "från patient {full:1}, {pnr}, på {ward}. Överlämnad till polis, ärende {case}. Vittnen: ssk "
    "{full:2}, läk {wsur:3}.",
    "vaktare|vaktrapport|Skadegörelse på {venue}: glasruta i personalingången krossad natten mot "
    "{date}. Uppskattad kostnad {amount}. [[Mark]] och rabatter vid entrén nedtrampade. Misstänkt: "
    "{full:1}, boende {addr}, {place}. Fastighet {fast}, kontaktperson {full:2}, {tel}.",
    "vaktare|vaktrapport|Väktarrond parkering vid {venue}, kl {time}: bil {plate2} med två personer, "
    "föraren {full:1} uppgav att de väntade på {first:2} som är inlagd på {ward}. Flyttade sig efter "
    "uppmaning.\nRapporterat av {full:3}",
    # ------------------------------------------------------------------ ordningsvakt
    "ordningsvakt|ordningsvakt|RAPPORT OMHÄNDERTAGANDE (LOB)\nOV {full:1}, förordnande akuten "
    "{venue}\nTid: {date}, kl {time}\nOmhändertagen: {comma:2}, {pnr}\nKraftigt berusad i väntrummet, "
    "ragade mot anhöriga. Transporterad av {org} till arresten. Medverkande OV {sur:3}.",
    "ordningsvakt|ordningsvakt|Kl {time} avvisades {full:1} ({ung} år) från akutens väntrum efter att "
    "ha hotat att 'ta' läkaren {full:2}. Kamraten {nick:3} följde med ut mot hållplatsen för {line}. "
    "OV {sur:4} och OV {sur:5} på plats.",
    "ordningsvakt|ordningsvakt|ordningsvakt {full:1} rapporterar\n— {date} kl {time} —\nBesökare till "
    "patient på {ward} hade med sig hund och vägrade lämna den utanför. Besökaren: {full:2}, tel "
    "{mob}. Avdelningschef {full:3} informerad.\n/{init:1}",
    "ordningsvakt|ordningsvakt|Ingripande enligt 13 § PL kl {time}: {full:1} slog näven i glasrutan i "
    "receptionen, {venue}. Skada på ruta ca {amount}. Omhändertagen och överlämnad till polispatrull, "
    "diarienr {case}. Vittnen: {full:2} (usk), {full:3} (besökare, {mob}).",
    "ordningsvakt|ordningsvakt|{wsur:1} (OV) & {sur:2} (OV)\nPatrull akuten {date}\n– kl {time} bråk "
    "mellan två anhöriggrupper i korridoren utanför {room}. {full:3} och {full:4} skildes åt. "
    "{first:4} har besöksförbud på {ward}.\n– kl {time} lugnt.",
    "ordningsvakt|ordningsvakt|Avvisning från {venue} kl {time}. Personen ({full:1}, {snr}) hade "
    "tidigare under kvällen spottat på ssk {sur:2}. Polisen underrättad, K-nr {case}. Ingen transport.",
    "ordningsvakt|ordningsvakt|OV-rapport {week}\nmån: {full:1} avvisad från entré B efter hot mot "
    "väktare\ntis: lugnt\nons: {nick:2} sov i trapphuset vid {street}, väckt och avvisad\ntors: "
    "anhörig {full:3} skrek åt läkare {sur:4} i {room}\nfre: två omhändertagna enl LOB\n/OV {full:5}",
    "ordningsvakt|ordningsvakt|Angående incident {date} vid huvudentrén, {venue}: jag, ordningsvakt "
    "{full:1}, blev knuffad av {full:2} när jag bad honom lämna. {first:2|g} bror {first:3} filmade "
    "med mobilen. Anmälan gjord, {case}.",
    # ------------------------------------------------------------------ akutmottagningen
    "ssk|akutanteckning|Hot mot personal {date}, {venue}\nPat {full:1} ({pnr}) blev arg över "
    "väntetiden och sa till ssk {full:2} att han 'vet var du bor'. Läk {sur:3} informerad. Väktare "
    "tillkallad kl {time}.",
    "usk|akutanteckning|Kl {time} triage {room}: patienten {full:1} kastade en urinflaska mot usk "
    "{wfirst:2}. Ingen skada. Pat lugnades av {first:3} (ssk). Avvikelse skrivs. Pat:s sambo {full:4} "
    "nås på {mob}.",
    "lakare|akutanteckning|Journalanteckning, akutläkare {full:1}: Patient {caps:2}, {snr}, inkommer "
    "med ambulans. Hotfull mot personal, försökte slå ST-läkare {full:3}. Beslut om vård enligt LPT "
    "diskuteras med bakjour {sur:4} på {ward}.",
    "ssk|akutanteckning|{first:1} här (ssk nattpass). Patient på {room} – {full:2} – hade kniv i "
    "jackfickan, upptäckt vid avklädning kl {time}. Väktare {first:3} omhändertog kniven. Anhörig: "
    "{full:4}, {addr}, {lgh}, {place}.",
    "avdchef|akutanteckning|Sammanfattning hot och våld akutmottagningen {week}: {antal} incidenter. "
    "Mest allvarlig: den {date} då patient {full:1} slog usk {full:2} i ansiktet i {room}. Polisanmält "
    "({case}). Övrigt: verbala hot mot läk {sur:3} och ssk {sur:4}.\nAvdelningschef {full:5}",
    "ssk|akutanteckning|hot mot personal\npat {low:1} ({vuxen} år), inkom kl {time}\nhotade ssk "
    "{sur:2} och usk {sur:3}, sa att han skulle vänta på dem vid personalparkeringen\nväktare + polis "
    "kallade\nsign {first:4}",
    "lakare|akutanteckning|ST-läkare {full:1}: patientens bror, {full:2}, trängde sig in på {room} och "
    "krävde att få träffa överläkare {sur:3}. Han hotade att 'komma tillbaka med fler'. Brodern åkte i "
    "{plate}. Anmält till {org}.",
    "ssk|akutanteckning|Väntrummet kl {time}: två män bråkade, en av dem ({full:1}) blödde från näsan. "
    "Den andre, {nick:2}, försvann ut mot {street} innan polis kom. {first:1} fick vård och skrevs in, "
    "{pnr}. Vittne: undersköterska {full:3}.",
)
