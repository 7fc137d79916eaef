"""Frames of the sixty-ninth blind corpus (tests/blind69_corpus.py), file b:
lost children, lost property and the first-aid tent.

Each frame is `role|style|template`; the slots are tests/blind69_fill.py's. Written by hand, without
reading the redaction or any other corpus's frames.
"""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    (
        "info|borttappat_barn|BORTTAPPADE BARN – infotältet\n"
        "kl. {time} Flicka {barn} år, {first:1}, hittad vid {spot} av volontär {first:2}. "
        "[[Rosa]] keps.\n"
        "kl. {time} Mamma {full:3} hämtar, legitimation kontrollerad ({pnr}).\n"
        "kl. {time} Pojke {barn} år, {lowf:4}, saknas enl. pappa {full:5}, tel {mob}. "
        "Efterlysning i högtalarna."
    ),
    (
        "info|borttappat_barn|{time} Anmälan om saknat barn\n"
        "Barnet: {full:1}, {barn} år, blå jacka, ljust hår\n"
        "Anmälare: {full:2} (mamma), {mob}\n"
        "Senast sedd: vid {spot} kl. {time}\n"
        "Återfunnen: kl. {time} vid {venue} av OV {sur:3}\n"
        "Sign {first:4}"
    ),
    (
        "volontar|borttappat_barn|hej! en liten kille ({barn}) står här vid {spot} och gråter, "
        "säger att han heter {lowf:1} och att pappa heter {lowf:2}. kan ni ropa ut? /{first:3} volontär"
    ),
    (
        "info|borttappat_barn|Logg barn\n"
        "{date}\n"
        "{time} – {first:1} ({barn}) och {first:2} ({barn}), syskon, kom bort från mormor "
        "{full:3} vid karusellerna.\n"
        "{time} – Mormor nås på {mob}, kommer till infotältet.\n"
        "{time} – Återförenade. Mormor tackade {first:4} och {wfirst:5} i tältet."
    ),
    (
        'info|borttappat_barn|Efterlysning via högtalare kl. {time}: "{full:1}, {barn} år, din '
        'mamma väntar på dig vid infotältet." {first:1|g} mamma, {full:2}, hade sökt i en '
        "halvtimme. Barnet hittades av {nick:3} i baren vid {spot}."
    ),
    (
        "info|borttappat_barn|Saknat barn ÅTERFUNNET\n"
        "Namn: {caps:1}\n"
        "Ålder: {barn}\n"
        "Vårdnadshavare: {comma:2}, tel {mob}\n"
        "Hittad av: {full:3} (OV)\n"
        "Plats: {spot}\n"
        "Överlämnad kl. {time} efter kontroll av id. Noterat i loggen av {lowf:4}."
    ),
    (
        "volontar|borttappat_barn|Till säkchef: vi har en flicka, {first:1}, {barn} år, som "
        "inte hittar sin storasyster {wfirst:2} ({ung}). Systern har telefon {mob}, går inte "
        "fram. Flickan väntar hos {first:3} i infotältet. Ropa ut vid scen?"
    ),
    (
        "info|borttappat_barn|{wfirst:1} från hittegods: pojken {full:2} ({barn} år) har "
        "hämtats av sin pappa {full:3}, {addr}, {lgh}, {mob}. Pappan var påverkad, vi har "
        "pratat med polisen ({sur:4}) och socialjouren om orosanmälan. Ärende {case}."
    ),
    (
        "hittegods|hittegods|HITTEGODS {event}\n"
        "Nr;Sak;Hittad;Ägare\n"
        "1;Plånbok, brun;{spot};{full:1}, {pnr}\n"
        "2;Mobil, svart;{spot};okänd\n"
        "3;Nyckelknippa;{spot};{full:2} ({mob})\n"
        "4;Körkort;insläppet;{caps:3}"
    ),
    (
        "hittegods|hittegods|Upphittat: ID-kort tillhörande {full:1}, född {pnr}, adress "
        "{addr}. Lämnat till infotältet av {first:2} kl. {time}. Ägaren kontaktad via {mail}, "
        "hämtar {date}."
    ),
    (
        "info|hittegods|hittegods lör:\n"
        '- iphone m rosa skal, låst. sms från "{lowf:1}" på låsskärmen\n'
        "- ryggsäck med busskort + leg: {low:2}\n"
        '- nycklar m bricka "{street}"\n'
        "- jacka, i fickan kvitto och lapp med {mob}\n"
        "allt i låda tre /{first:3}"
    ),
    (
        "hittegods|hittegods|Hej {first:1}, vi har hittat din plånbok vid {venue} efter "
        "konserten. Den innehöll bl.a. ditt körkort ({pnr}) och {amount}. Du kan hämta den hos "
        "{full:2} i receptionen på {org}, {street}, vardagar kl. {time}. Ring {tel} om du "
        "undrar något.\n"
        "/{first:3}"
    ),
    (
        "hittegods|hittegods|Ärende hittegods\n"
        "Upphittare: {full:1}, {mob}\n"
        "Föremål: svart Samsung, bilnyckel (Volvo, reg {plate2})\n"
        "Ägare enligt polisen: {full:2}\n"
        "Överlämnat till polisen {date}, ärendenr {case}"
    ),
    (
        "info|hittegods|{full:1} ringde kl. {time} och saknar sin dotters jacka (grön, "
        "[[Nike]]) och hennes mobil. Dottern heter {first:2}. Vi hittade jackan vid {spot}; "
        "mobilen ej hittad. Återkoppling till {mob} eller {mail}. Anteckn. {init:3}"
    ),
    (
        "hittegods|hittegods|Lista upphittade id-handlingar, {date}, {venue}\n"
        "• Pass: {caps:1}\n"
        "• Körkort: {full:2}, {pnr}\n"
        "• ID-kort: {full:3}, {snr}\n"
        "• Bankkort: {init:4}\n"
        "Hämtas hos {first:5} i infotältet."
    ),
    (
        "info|hittegods|borttappat: {full:1} har tappat bilnyckeln till sin röda [[Mercedes]] "
        "({plate}) någonstans mellan {pstreet} och parkeringen. Om ni hittar den, ring {mob}. "
        "Hälsn {first:2} i infotältet"
    ),
    (
        "sjukvard|sjukvard|Sjukvårdslogg {event}\n"
        "Pat 1: {full:1}, {ung} år, berusad, kräkts. Kompis {first:2} med. Vårdnadshavare "
        "{full:3} hämtar, {mob}.\n"
        'Pat 2: man ca {vuxen}, skärsår i handen. Ville ej uppge namn, kallas "{nick:4}" av '
        "vännerna.\n"
        "Pat 3: {full:5}, {pnr}, ångest, sitter hos oss."
    ),
    (
        "sjukvard|sjukvard|Kl. {time} inkom {first:1} ({ung}) buren av kompisarna {first:2} "
        "och {first:3}. Misstänkt alkoholförgiftning. Ambulans kl. {time} till {venue}. Mamma "
        "{full:4} kontaktad på {mob}. Sjuksköterska {sur:5}."
    ),
    (
        "sjukvard|sjukvard|SJUKVÅRDSTÄLTET – ÖVERLÄMNING\n"
        "Under kvällen {ung} patienter. De flesta berusade.\n"
        "Allvarligast: {caps:1}, {pnr}, skallskada efter fall vid {spot}, ambulans.\n"
        "Polisen (inre befäl {full:2}) vill ha namn på alla LOB: {full:3}, {full:4}.\n"
        "Nästa pass: {lowf:5} och {first:6}"
    ),
    (
        'sjukvard|sjukvard|{first:1}, sjukvårdare: "Killen ({ung}) hette {full:2} enligt leg, '
        "adress {addr}. Han hade tagit något, pupillerna stora. Kompisen {nick:3} sa att de "
        'köpt av en {lowf:4} vid {place}." Överlämnat till polis {sur:5}.'
    ),
    (
        "sjukvard|sjukvard|Patientjournal (kort)\n"
        "Namn: {comma:1}\n"
        "Pnr: {snr}\n"
        "Anhörig: {first:2} ({mob})\n"
        "Orsak: berusning, fall från staket\n"
        "Åtgärd: observation {antal} min, sedan hemskickad med taxi till {addr}\n"
        "Sign: {init:3}"
    ),
    (
        "sjukvard|sjukvard|hej {lowf:1}, vi har en kvinna här i tältet som heter {first:2}, "
        "hennes man {full:3} letar efter henne. han står vid {spot}. kan du gå dit? hon är "
        "okej men full. ring {mob} /{first:4}"
    ),
    (
        "sjukvard|sjukvard|{date} kl. {time}: {full:1} föll från scenkanten vid {venue} och "
        "slog i huvudet. Undersökt av {full:2} (ssk). Vill inte åka ambulans. Taxi beställd "
        "till {street}. Anhörig: fru {wsur:3}, informerad."
    ),
    (
        "sjukvard|sjukvard|Antal vårdade: {antal}\n"
        "Varav LOB: se OV-rapporter\n"
        "Ambulans: 3 ({full:1}, {full:2}, {full:3})\n"
        "Skador på personal: volontär {first:4} bitmärke i armen, polisanmält ({case})\n"
        "Ansvarig sjuksköterska: {comma:5}"
    ),
)
