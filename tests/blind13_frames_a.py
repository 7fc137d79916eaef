"""Frames of the thirteenth blind corpus (a): kommande händelser, åtgärder, review comments, rapportör cells.
Each frame reads `voice|style|template` (tests/blind13_fill.py)."""

FRAMES = [
    "föreningsledare|kommande|Eid al-Fitr-firande på {inst}, {date}, från {time}. Ansvarig: {full} ({org}), "
    "tel {mob}.",
    "rektor|kommande|Skolavslutning på {inst}, {date}. Kontakt: rektor {sur}, biträdande {full}. "
    "Vi behöver vuxna ute efter {time}.",
    "samordnare|kommande|[[Valborg]] – brasa vid {place} från {time}. Kontakt {p} på {org}, {tel}.\n"
    "Nattvandrare: {p} o {p}.",
    "tränare|kommande|Fotbollsturnering på {inst}, {date} ({org}), ca 400 barn. Ansvarig {ws} (tränare), "
    "{gen} lag sköter kiosken.",
    "fältassistent|kommande|Mopedträff enligt sociala medier vid {inst} den {date}. {first} från fältgruppen "
    "och {low} åker dit, {bus} kör förbi.",
    "samordnare|kommande|Konsert i {inst} {week}: arrangör {org}, kontakt {full}, {mail}. Väktare beställda "
    "till {time}.",
    "präst|kommande|Trygghetsvandring {date} med start vid {inst}, {time}. Anmälan till {p} ({org}) eller "
    "{p}, {mob}.",
    "imam|kommande|Fredagsbön och iftar i {inst} under ramadan, ca 300 besökare per kväll. Kontakt: {full} "
    "(ordf.) {mob}; vakt vid entrén: {p}.",
    "gatuenhet|atgard|Byte av armaturer på gång- och cykelvägen vid {street}. Ansvarig: {full}. Status: "
    "[[Klart]] – {first} på gatuenheten bytte armaturerna den {date}.",
    "samordnare|atgard|Åtgärd: röja sly bakom {inst}. Ansvarig {org} genom {p}. Kommentar: pågår, förvaltare "
    "{sur} återkommer {week}.",
    "samordnare|atgard|Åtgärd|Ansvarig|Status\nExtra nattvandring {week}|{full} ({org})|Planerad\n"
    "Kameror vid {place}|{p}|[[Pågående]], offert {amount}",
    "fastighetschef|atgard|Låsbyte i källarförråden {addr} ({fast}) efter inbrotten. Beställt av {full}, "
    "{org}, {case}. Kostnad: {amount}. Uppföljning: {init}.",
    "kommunpolis|atgard|Riktad insats mot {place} {week}, ansvarig kommunpolis {sur}. Kommentar från "
    "{first}: tre avvisningar, en rapport ({case}).",
    "samordnare|atgard|[[Status]]: slutförd. {full} ({org}) har klippt ner buskagen längs {pstreet}; {low} "
    "följer upp till nästa lägesbild.",
    "gatuenhet|atgard|Ny belysning vid lekplatsen på {street}, beställd via {org}: {case}. Kontaktperson "
    "{full}, {tel}. [[Klart]] den {date} enligt {nick}.",
    "bostadsbolag|atgard|Åtgärd: skalskydd i porten {addr} (fastighet {fast}). Ansvarig {full}. Status: "
    "avvaktar leverans, {ws} på {org} jagar.",
    "samordnare|granskning|Returnerad: rapporten innehåller namn ({full}) och personnummer {pnr}. Skriv om "
    "utan personuppgifter! /{first}",
    "samordnare|granskning|Godkänd {date} av {full}. Kommentar: bra beskrivning, men ta bort regnumret "
    "{plate} nästa gång.",
    "samordnare|granskning|Avslås – dubblett av {case}. {gen} rapport från {org} täcker samma händelse. "
    "Hör av dig till {p} vid frågor.",
    "samordnare|granskning|Granskad av {init}, {date}: kategori ändrad till klotter. Anmälarens "
    "samordningsnummer {snr} och telefon ({mob}) har strukits.\nTill {first}: skriv område, inte adress "
    "({addr}).",
    "samordnare|granskning|OBS {first}! Du har skrivit {gen} fulla namn och {lgh} i beskrivningen. Jag har "
    "tagit bort det innan godkännande. Mvh {full}",
    "kommunpolis|granskning|Ej godkänd: polisens diarienummer {case} får inte stå i lägesbilden. Ring mig om "
    "det är oklart, kommunpolis {sur}, {tel}.",
    "samordnare|granskning|Återskickad till {p} ({org}). Beskrivningen nämner {low}, personnumret {pnr} och "
    "bilen {platen};\nskriv 'en person' och 'en bil' istället.",
    "rapportör|rapportor|{first} / {org} / {mob}",
    "rapportör|rapportor|{init}, {org} (fastighetsförvaltare), {tel}",
    "rapportör|rapportor|ordf. {first} ({org}) + {low}",
    "rapportör|rapportor|{comma} – {org}, {place}",
    "rapportör|rapportor|Trygghetsvärd {full} & {p}, {org}",
    "rapportör|rapportor|{caps}\n{org}\n{mail}\n{mob}",
    "rapportör|rapportor|fritidsledare {wf} ([[institution:Fisksätra fritidsgård]]) via {full}",
]
