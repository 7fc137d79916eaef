"""Frames of the seventy-second blind corpus, fourth file: incident reports, e-mails and a fritidsgård's log
book (tests/blind72_corpus.py)."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # --- incidentrapport: the kommun's form for an incident at a fritidsgård
    "gardschef|incidentrapport|HÄNDELSERAPPORT\nEnhet: {venue}\nDatum/tid: {date} kl {time}\nInblandade:"
    " {full:1}, {full:2}\nVad hände: {first:1} slog {first:2} i ansiktet vid [[Biljardbordet]]. Fritidsledare"
    " {sur:3} ingrep. Föräldrar kontaktade.\nUnderskrift: {full:4}",
    "fritidsledare|incidentrapport|Incident {date}: En bil, {plate2}, körde upp på skolgården vid {venue}"
    " och föraren ropade på {first:1}. {first:1} gick fram och fick något. Fritidsledare {wsur:2} såg det"
    " och har rapporterat till kommunpolis {sur:3}.",
    "gardschef|incidentrapport|Rapport om hot mot anställd\nDrabbad: {full:1}\nGärningsperson: ungdom som"
    " kallas {nick:2}, ca {ung} år\nHändelse: kastade en stol mot {first:1} i [[Caféet]]\nPolisanmälan:"
    " {case}",
    "gardschef|incidentrapport|Skadegörelse: Under kvällen krossades två fönster på {venue}. Vittnen:"
    " {full:1} ({mob}), {full:2}. Fastighet {fast}. Vaktmästare {sur:3} uppskattar kostnaden till {amount}.",
    "fritidsledare|incidentrapport|{full:1} rapporterar att {lowf:2} hade en kniv i jackfickan vid"
    " ingången kl {time}. Han lämnade ifrån sig den. Pappa {full:3} hämtade honom. Polisen informerad,"
    " {case}.",
    "fritidsledare|incidentrapport|Händelserapport, olycka\n{first:1} ({ung}) föll från klätterväggen,"
    " troligen stukad fot. Mamma {full:2} nåddes på {mob} och körde till {venue}. Personal på plats:"
    " {first:3}, {wfirst:4}.",
    "gardschef|incidentrapport|Incident vid stängning: ett tiotal ungdomar vägrade gå. {first:1} och"
    " {first:2} kastade ägg mot personalens bilar ({plate}, {plate2}). Väktare kom kl {time}.\nRapportör:"
    " {comma:3}",
    "fritidsledare|incidentrapport|Avvikelse {date}\nPersonal: {full:1}, fritidsledare {sur:2}\n{full:3}"
    " ({snr}) hittades sovande i trapphuset på {addr} utanför {lgh} när vi stängde. Han ville inte åka hem."
    " Socialjouren"
    " kontaktad, {tel}.",
    # --- mejl: e-mails to and from the fritidsgård
    "gardschef|mejl|Hej {first:1}!\n\nJag vill bara informera om att {full:2} och {full:3} inte längre är"
    " välkomna på {venue} efter händelsen i fredags. Beslutet gäller till den {date}.\n\nMed vänliga"
    " hälsningar\n{full:4}\nEnhetschef fritid, {kommun}",
    "faltassistent|mejl|Ämne: Oro {place}\n\nHej polisen,\nFältassistenterna har de senaste veckorna sett"
    " bilarna {plate} och {plate2} köra runt vid {venue} på kvällarna. Ungdomarna säger att föraren heter"
    " {full:1}."
    " Återkom gärna.\n\n/{full:2}, {mail}",
    "samordnare|mejl|Hej!\nTack för senast. Här är ledarna till sommarlovsaktiviteterna: {full:1},"
    " {full:2}, {caps:3} och {init:4}. Frågor till mig på {tel}.\nHälsningar {first:5}",
    "forelder|mejl|Från: {mail}\nTill: fritidsgården\n\nHej, jag är mamma till {full:1}. Någon tog hennes"
    " jacka när hon var hos er den {date}. Den är vit från [[Canada Goose]]. Kan ni kolla?\nHälsningar"
    " {full:2}",
    "rektor|mejl|Hej {first:1}! Rektor {sur:2} här på {venue}. Vi har problem med att elever samlas på"
    " {pstreet} efter skolan. Kan ni fältare vara där mellan kl {time} och kl {time}?\n/{full:3},"
    " biträdande rektor",
    "gardschef|mejl|Re: Besöksstatistik {week}\n\n{first:1} skrev:\n> Kan du skicka siffrorna?\n\nHej! Ca"
    " {antal} besök per kväll, mest killar från {place}. {first:2} och {lowf:3} har hjälpt till i kiosken,"
    " de vill ha intyg.\n/{first:4}",
    "granne|mejl|Hej,\nJag heter {full:1} och bor på {addr}, granne med fritidsgården. Ungdomarna är"
    " högljudda efter stängning, ofta till kl {time}. Kan ni prata med dem? Mitt nummer: {mob}.\nMvh"
    " {first:1}",
    "samordnare|mejl|Hej {full:1}!\nDin ansökan om sommarjobb som fritidsledare är mottagen. Intervju den"
    " {date} kl {time} på {venue}. Ta med id-handling. Personnummer enligt ansökan: {pnr}.\n/HR, {kommun}",
    # --- loggbok: the fritidsgård's log, line by line
    "fritidsledare|loggbok|kl {time} öppnar, {first:1} och {first:2} i tjänst\n19.10 {nick:3} in med tre"
    " kompisar\n20.40 bråk vid [[Xboxen]], {first:1} lugnar\n21.50 stängt, allt lugnt",
    "fritidsledare|loggbok|LOGG {date}\n18:05 {full:1} ringer, frågar efter sonen {first:2}\n18:30 {first:2}"
    " kommer, ber honom ringa hem\n19:45 {lowf:3} och {first:4} in, luktar cannabis, ombeds gå\n20:15"
    " polisen förbi",
    "fritidsledare|loggbok|kl {time}: {first:1} hittar en plånbok i [[Gympasalen]], id-kortet tillhör"
    " {full:2}. Lämnad till kassören {wsur:3}, vaktmästare {sur:4} informerad.",
    "fritidsledare|loggbok|Loggbok {venue}\n17.00 öppning ({first:1}, {first:2})\n18.30 {first:3} ({ung})"
    " behöver prata, enskilt samtal\n20.00 [[Just Dance]] i stora salen\n21.30 städning\nSign: {first:2}",
    "faltassistent|loggbok|{date}: Fältbilen står vid {place} kl {time}. {full:1} kom fram och ville prata"
    " om sin bror. Fick {wfirst:2|g} jobbnummer {mob}.",
    "fritidsledare|loggbok|20:10 – {first:1} (mamma till {full:2}) i telefon, {mob}\n20:25 – {first:2}"
    " hämtad\n20:40 – {nick:3} utanför, står kvar på parkeringen\n21:05 – ringde {first:4} på fältet",
    "faltassistent|loggbok|Logg fält: kl {time} {place}, ca {antal} ungdomar. kl 22.15 flyttade de till"
    " {venue}. {first:1} och {nick:2} kände igen oss och hälsade. kl 23.00 hem.",
    "fritidsledare|loggbok|logg {date}\n{lowf:1}: ville låna telefonen, ringde {first:2}\n{low:3}: fick"
    " hjälp med CV\nbesök totalt {antal}\n/{first:4}",
)
