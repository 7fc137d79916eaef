"""Frames of the sixty-fifth blind corpus, file b: the election office's log of advance voting and polling
stations, the röstmottagare's deviation reports, and mails from the kommun's secretariat. Each frame is
`role|style|template` (slots: tests/blind65_fill.py)."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # valkansliets logg
    "valkansli|valkansli_logg|Förtidsröstning {venue}, dag 4\n{time} väljare vägrade lämna lokalen och"
    " filmade röstmottagaren {first:1}. Ordförande i lokalen {full:2} tillkallade väktare.\n{time} lugnt"
    " igen.",
    "valkansli|valkansli_logg|VALKANSLIET – händelselogg {week}\nVallokal {venue}: {full:1} (ordf.)"
    " rapporterar"
    " att valsedlar för {party} tagits bort upprepade gånger.\nÅtgärd: {first:2} kör ut nya sedlar.",
    "valsamordnare|valkansli_logg|Ring {first:1} {sur:1} på {mob} före kl {time} – han är ersättare i"
    " vallokalen i {place}"
    " och har blivit uthängd i en tråd som \"valfuskare\". [[Ingen]] av de andra röstmottagarna vill jobba"
    " med honom nu.",
    "valkansli|valkansli_logg|Logg vallokal {venue}, den {date}\nkl {time}: man med kamera i vallokalen,"
    " filmade"
    " väljare vid valskärmarna. Tillsagd av {first:1}.\nkl {time}: samma man tillbaka, polis larmad.\n"
    "Rapportör: {full:2}",
    "valsamordnare|valkansli_logg|Att följa upp: röstmottagaren {full:1} fick ett sms från {mob} med"
    " texten \"vi ser dig\". {first:1} jobbar i {place} på söndag. Byt till annan lokal? /{wfirst:2}",
    "valkansli|valkansli_logg|Ambulerande röstmottagning, {week}\n{full:1} och {full:2} besökte"
    " äldreboendet på {street} ({fast}). Anhörig {nick:3} blev aggressiv och ville ta med sig röstkortet."
    " Polis ej"
    " tillkallad.",
    "valsamordnare|valkansli_logg|{first:1}: har pratat med {full:2} om att hon hotades vid hållplatsen"
    " för {line} efter passet i {venue}. Hon kommer på måndag ändå. Hennes nummer {mob} finns i listan.",
    "valkansli|valkansli_logg|Vallokal stängd {time} till {time} pga bombhot (telefon till växeln {tel})."
    " Lokalansvarig {full:1}. Polisen genomsökte {venue} och släppte in väljarna igen. Ärende {case}.",
    # röstmottagarens avvikelserapport
    "rostmottagare|rostmottagare|Avvikelserapport röstmottagning\nLokal: {venue}\nRöstmottagare: {full:1},"
    " {full:2}\nHändelse: väljare kallade {first:2} \"landsförrädare\" och vägrade visa legitimation."
    "\nSignerat {first:1}",
    "rostmottagare|rostmottagare|Till valnämnden. Under passet den {date} kom {full:1}, som jag känner"
    " igen från {place}, och sa att han ska \"hålla koll\" på mig. Jag heter {full:2} och vill inte stå i"
    " samma lokal som honom igen.",
    "ordforande_vallokal|rostmottagare|rapport från lokalen i {place} – {low:1} (röstmottagare) blev knuffad"
    " av en väljare vid urnan kl {time}. mannen försvann mot {line}. inga skador. /{first:2} ordf",
    "rostmottagare|rostmottagare|AVVIKELSE\nVem: {caps:1}\nVar: {venue}\nNär: {date} kl {time}\nVad: hotfull"
    " väljare, sa att han tagit kort på min bil {plate}.",
    "ordforande_vallokal|rostmottagare|Vi var {antal} röstmottagare på plats i {venue}. {full:1} och jag"
    " ({full:2}) tog emot en väljare som skrek om fusk och kastade sin valsedel på {first:1}."
    " Väktaren {wsur:3} följde ut honom.",
    "rostmottagare|rostmottagare|{init:1} rapporterar: väljare ville rösta åt sin mamma {full:2} ({snr})"
    " och blev"
    " arg när det nekades. Mamman har fullmakt? Ej kontrollerat. Ring {first:1} på {mob}.",
    "ordforande_vallokal|rostmottagare|Avvikelse vid valkuvertering, lokal {venue}\nOrdförande: {full:1}"
    "\nVice: {full:2}\nEn man i {vuxen}-årsåldern vägrade lämna ut sitt id-kort och hotade att \"ta"
    " reda på\" var {first:2} bor.",
    "rostmottagare|rostmottagare|Hej! Jag är röstmottagare, {full:1}. I går kväll stod två killar"
    " utanför min port på {addr}, {lgh} och en av dem heter {nick:2} tror jag. De ropade mitt namn. Är jag"
    " skyddad som funktionär?",
    # kansliets mejl
    "namndsekreterare|kansli_mejl|Hej {first:1},\n\nVi har fått ett nytt mejl från {mail} som riktar sig mot"
    " ordförande {sur:2}. Jag har vidarebefordrat till säkerhetsenheten.\n\nMvh\n{full:3}\nNämndsekreterare,"
    " {kommun}",
    "kanslichef|kansli_mejl|Till gruppledarna\n\nEfter händelsen vid förra fullmäktige får alla ledamöter"
    " nya passerkort. Hämta ditt hos {first:1} i receptionen i {venue} senast den {date}. Frågor: {tel}."
    "\n\n/{full:2}, kanslichef",
    "namndsekreterare|kansli_mejl|Ämne: SV: hot mot {first:1}\n\n{first:2}, tack för infon. Jag lägger in"
    " {full:1|g} adress {addr} som skyddad i ärendesystemet. Personnumret {pnr} ska inte heller stå i"
    " protokollet.",
    "kanslichef|kansli_mejl|Från: {full:1}\nSkickat: den {date}\nTill: {full:2}\nÄmne: Demonstration"
    " utanför {venue}\n\nDet kommer ca {antal} personer enligt polisen. Ledamöterna uppmanas gå in via"
    " {street}.",
    "namndsekreterare|kansli_mejl|Hej! Ordförande {full:1} ber att hennes mobilnummer {mob} tas bort från"
    " hemsidan efter hoten i {week}. Kan ni ordna det i dag? Hälsningar {first:2}",
    "kanslichef|kansli_mejl|{first:1} och {first:2}!\n\nPolisen har bett oss spara allt som kommit från"
    " {full:3} ({mail}). Skicka vidare till mig, inte till kommunalrådet {sur:4} direkt.\n\n//{nick:5}",
    "namndsekreterare|kansli_mejl|Ämne: sammanträdet {date} flyttas\n\nPå grund av hotbilden mot"
    " ledamöterna flyttas mötet från {venue} till en lokal som inte annonseras. Kontakta {full:1}"
    " på {tel} för adressen.",
    "kanslichef|kansli_mejl|Hej {full:1}, din ansökan om skyddad folkbokföring är inte vår sak, men vi har"
    " tagit bort {street} ur ledamotsförteckningen. Ring gärna {first:2} på kansliet. [[Dag]] för dag blir"
    " det fler sådana här ärenden.",
)  # fmt: skip
