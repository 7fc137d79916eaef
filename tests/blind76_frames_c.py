"""Frames C of the seventy-sixth blind corpus (tests/blind76_corpus.py):
the event staffing list, the museum host's notes and the staff chat;
eight frames per style, each `role|style|template` (slots: tests/blind76_fill.py).
"""

from __future__ import annotations

FRAMES_C = (
    (
        "producent|eventbemanning|BEMANNING {event} – {venue}\n\nProducent: {full:1}, "
        "{mob}\nScentekniker: {sur:2}\nKassa: {first:3} + {first:4}\nGarderob: {full:5}\nVakter "
        "({org}): {caps:6}, {init:7}\nArtistbuss: {plate2} på lastkajen\n\nInsläpp kl {time}, "
        "slut ca kl {time}"
    ),
    (
        "producent|eventbemanning|Personallista {date}, "
        "{event}\nNamn;Roll;Telefon\n{full:1};värd;{mob}\n{full:2};värd;{mob}\n"
        "{comma:3};teknik;{tel}\n{full:4};ansvarig;{mob}"
    ),
    (
        "kulturhuschef|eventbemanning|Schema helgen {week}\nLördag: {first:1} öppnar {hours}, "
        "{first:2} stänger\nSöndag: {full:3} hela dagen, {wfirst:4} från kl {time}\nSjukanmälan "
        "till {full:5} senast kl 7 på {mob}\nOBS: temadagen {author} i {room} lördag, extra vakt "
        "bokad via {org}"
    ),
    (
        "producent|eventbemanning|Kontaktlista {expo} – vernissage {date}\nKurator: {full:1} "
        "({mail})\nKonstnär: {full:2}, nås via {tel}\nVärdar: {first:3}, {first:4} och "
        "{lowf:5}\nVakt: {sur:6} från {org}\nCatering levereras till {room}"
    ),
    (
        "bibliotekschef|eventbemanning|Vem jobbar på {event}?\n– {first:1} (ansvarig, nås på "
        "{mob})\n– {first:2} tar barnen i {room}\n– {first:3} står i entrén\n– {nick:4} från "
        "fritidsgården kommer och hjälper till\nVi börjar {time}, öppet för publik {hours}. "
        "Leveranser: {street}, lastkajen."
    ),
    (
        "producent|eventbemanning|Avtal extrapersonal {event}\nNamn: {full:1}\nSamordningsnummer: "
        "{snr}\nAdress: {addr}\nBankkonto: enligt tidigare\nArvode: {amount}\nArbetsledare: "
        "{sur:2}\nUnderskrift: {init:1}"
    ),
    (
        "eventpersonal|eventbemanning|Kvällens team ({date}): {first:1}, {first:2}, {first:3} + "
        "vakterna {sur:4} och {sur:5}. {first:1} har nycklarna. Ring {tel} (vaktbolaget) om något "
        "händer. Ingen ska släppas in i {room} efter kl {time}."
    ),
    (
        "samordnare|eventbemanning|Trygghetsbemanning {event} – {date}\nFältare: {full:1}, "
        "{full:2}\nKommunpolis: {sur:3}\nNattvandrare ({org}): {antal} st, kontakt {full:4} "
        "({mob})\nSamlingsplats {place} kl {time}, sedan runda via {pstreet}"
    ),
    (
        "museivard|museivard_anteckning|Anteckning {date}, {expo}\nBesökare i grön jacka (uppgav "
        "namnet {full:1}) stod för nära montrarna i {room}. Påmind tre gånger. Kollega {first:2} "
        "såg samma sak. Chef {wsur:3} informerad."
    ),
    (
        "museivard|museivard_anteckning|värdanteckningar – {venue}\nförmiddag: barngrupp från "
        "{place}, lärare {full:1}, barnen sprang i {room}\neftermiddag: {low:2} (stamgäst) "
        "somnade på bänken, väckt av {first:3}\nkväll: läsning ur {author}, {antal} besökare, "
        "lugnt\n/{first:4}"
    ),
    (
        "museivard|museivard_anteckning|{first:1} här – viktigt: mannen som förstörde "
        "broschyrställningen i {room} förra veckan var här igen idag kl {time}. Han heter enligt "
        "polisen {full:2}. Jag ringde {full:3} på säkerhet ({mob}) och han kom direkt. Se även "
        "polisens ärende {case}."
    ),
    (
        "museivard|museivard_anteckning|Notering: {expo}, {floor}\nEn besökare ({full:1}, f. "
        "{pnr}) klagade på audioguiden och skrek åt värden {first:2}. Han krävde tillbaka "
        "entréavgiften, {amount}, vilket {first:3} gav honom för att lugna situationen."
    ),
    (
        "vaktmastare|museivard_anteckning|Anteckningar kväll\n– fönster i {room} stod öppet, "
        "stängt\n– {full:1} från {org} hämtade nyckel kl {time}, återlämnad?\n– två tjejer, den "
        "ena kallades {nick:2}, satt i trappan mot {street} och rökte\n– {first:3} låste {venue} "
        "kl {time}"
    ),
    (
        "museivard|museivard_anteckning|Överfull garderob under {event}. En kvinna, {comma:1}, "
        "anklagade {first:2} för att ha tappat bort hennes kappa. Den hittades senare i {room}. "
        "Hon lämnade mejl {mail} för ev. klagomål. Närvarande: {first:2}, {first:3} och vakt "
        "{sur:4}."
    ),
    (
        "museivard|museivard_anteckning|Dagbok utställningsvärd\nDatum: {date}\nUtställning: "
        "{expo}\nBesökare: ca {antal}0\nIncident: {full:1} tog bilder med stativ trots förbud. "
        'När {first:2} sa till svarade han "jag känner {full:3}, chefen". Kontrollerat – det '
        "stämmer inte.\nSignerat {init:2}"
    ),
    (
        "kulturhuschef|museivard_anteckning|Till värdgruppen: från {date} gäller nya öppettider i "
        "{venue} – öppet {hours} alla dagar utom måndag. {first:1} och {first:2} ansvarar för "
        "kvällarna. Om {full:3} dyker upp igen (tillträdesförbud!) – ring {mob} direkt. /{full:4}"
    ),
    (
        "bibliotekarie|teams_chatt|[{time}] {full:1}: någon som sett {lowf:2}? hon skulle jobba i "
        "{room} idag\n[{time}] {full:3}: hon är sjuk, {first:4} hoppar in\n[{time}] {full:1}: ok "
        "tack 👍"
    ),
    (
        "biblioteksassistent|teams_chatt|{first:1}: gänget är här igen, {nick:2} och {first:3} + "
        "två till\n{first:4}: var?\n{first:1}: {room}, de äter och skräpar\n{first:4}: jag ringer "
        "vakten, {mob}\n{first:1}: tack. {first:3|g} förbud gäller väl fortfarande?\n{first:4}: "
        "ja t.o.m. {date}"
    ),
    (
        "kulturhuschef|teams_chatt|{full:1} ({time}): Har ni sett att {event} är fullbokat? "
        "{antal}0 anmälda\n{full:2} ({time}): japp. Vi behöver fler värdar, jag frågar {first:3} "
        "och {wfirst:4}\n{full:1} ({time}): toppen, säg till {first:5} i kassan också"
    ),
    (
        "vaktmastare|teams_chatt|{lowf:1}: nån har klottrat på toan vid {room} igen\n{first:2}: "
        'fan. samma tag som förra veckan?\n{lowf:1}: ja "{nick:3}" igen\n{first:2}: jag mejlar '
        "{full:4} på fastighet, hen får anmäla. förra ärendet var {case}"
    ),
    (
        "bibliotekarie|teams_chatt|[{date} kl {time}] {full:1}: Polisen var här och frågade om "
        "{full:2}, han har visst lånat datorer här under falskt namn. De ville ha loggar från "
        "{week}.\n[{date} kl {time}] {full:3}: Skicka till {mail}, det är polisens handläggare "
        "{sur:4}"
    ),
    (
        "museivard|teams_chatt|{first:1} ({time}): larmet i {room} gick, nån som är "
        "nära?\n{first:2} ({time}): jag går\n{first:2} ({time}): det var {full:3} som lutade sig "
        "mot glaset 🙄 allt ok\n{first:1} ({time}): tack {first:2}!"
    ),
    (
        "eventpersonal|teams_chatt|kassan stämmer inte efter {event}, fattas {amount}\n{first:1}: "
        "vem stod där efter kl {time}?\n{first:2}: jag och {low:3} (extrapersonal)\n{first:1}: "
        "kan du be hen ringa mig, {mob}"
    ),
    (
        "bibliotekschef|teams_chatt|Hej gruppen! Mötet om tillträdesförbud flyttas till {date} kl "
        "{time} i {room}. {full:1} från {org} och kommunpolis {sur:2} kommer. Vi går igenom "
        "ärendena {full:3} och {full:4}. /{first:5}"
    ),
)
