"""Frames of the sixty-sixth blind corpus, part c: the sports hall's caretaker notes, reports of thefts from
lockers and changing rooms, and club leaders' reports on what happened in the hall (`role|style|template`;
slots in tests/blind66_fill.py)."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # ---------------------------------------------------------------- caretaker's notes
    "vaktmastare|vaktmastarbok|Vaktmästarboken {venue}\n{date}: fönster i hall B krossat, glas på "
    "parketten. Troligen samma gäng som {first:1} jagade ut i fredags. [[Alla]] dörrar kontrollerade.\n"
    "{full:2}",
    'vaktmastare|vaktmastarbok|{full:1} (vaktm.) noterar: klotter på herrarnas toalett, tags "{nick:2}" '
    "och ett telefonnummer {mob}. Sanerat kl {time}. Kostnad ca {amount}.",
    "vaktmastare|vaktmastarbok|Låste upp för {org} kl {time}, ledare {full:1} hade inte nyckelbricka. "
    "Efter träningen låg det snus och flaskor i läktaren. Pratat med {sur:2} om det. /{first:3}",
    "vaktmastare|vaktmastarbok|hallen {date}\nnågon har sovit i förrådet bakom scenen igen, sovsäck + "
    "matrester (fastighet {fast}). sett en man gå ut mot {street} vid sjutiden. ringt {first:1} på "
    "{org}. /{lowf:2}",
    "vaktmastare|vaktmastarbok|Felanmälan till fastighet: dörrstängaren till omklädningsrum 3 trasig, "
    "ungdomar tar sig in via den. Fastighet {fast}. Kontaktperson {full:1}, {tel}. Anmält av "
    "vaktmästare {sur:2}",
    "vaktmastare|vaktmastarbok|NATTLARM {venue}\nLarmet gick kl {time}. Väktare från {org} på plats "
    "efter 20 min. Två personer sprang mot {place}. En av dem liknade {first:1} från fotbollen. "
    "Rapport {full:2}",
    "vaktmastare|vaktmastarbok|{first:1}, kan du kolla bilen som stått på lastzonen sen måndag? {plate2}, "
    "vit skåpbil. Ägare enligt grannen en {full:2} på {addr}. Mvh {wfirst:3}",
    "vaktmastare|vaktmastarbok|Nyckelkvittens\nNyckel nr {skap} utlämnad till {full:1} ({org}) "
    "{date}.\nObjekt: {fast}\n"
    "Ej återlämnad. Lås byts på hans bekostnad enl. {kommun}. Utlämnat av {init:2}",
    # ---------------------------------------------------------------- thefts from lockers and changing rooms
    "besokare|skapstold|ANMÄLAN STÖLD\nNamn: {full:1}\nPersonnr: {pnr}\nAdress: {addr}, {lgh}\nSkåp: {skap}\n"
    "Stulet: mobil, nycklar, busskort till {line}\nTidpunkt: mellan {time} och {time}",
    "besokare|skapstold|Hej! Jag heter {full:1} och fick mitt skåp uppbrutet på {bad} igår kväll. "
    "Personalen ({first:2}) sa att jag skulle mejla hit. Min telefon syns i Hitta min iPhone vid {place}. "
    "Nås på {mob}.",
    "besokare|skapstold|Stöld omklädningsrum herr, {date}\nMålsägande: {comma:1}, {snr}\nBil {plate} "
    "öppnad med stulen nyckel på parkeringen samma kväll.\nPolisens diarienr: {case}",
    "besokare|skapstold|{low:1} – plånbok tagen ur skåp {skap}. har sett {nick:2} hänga vid skåpen "
    "flera kvällar. personal {first:3} har bilder från kameran. ring mig {mob}",
    "besokare|skapstold|Anmälan via webbformulär\nNamn: {full:1}\nE-post: {mail}\nVad hände: min dotter "
    "{first:2} fick sina kläder stulna i familjeomklädningen under {week}... och ingen personal fanns där.",
    "besokare|skapstold|Skåpstöld #{skap} {bad}. Drabbad {full:1}, stulet ca {amount} + körkort. "
    "Misstänkt enl. vittnet {full:2}: kille i röd jacka som sprang mot {line}. Rapport tagen av "
    "{first:3}",
    "besokare|skapstold|Stöld ur skåp i gymmets omklädningsrum. {full:1|g} nycklar och {full:2|g} jacka "
    "borta. Hänglåsen klipptes. Hände mellan kl {time} och kl {time}. Gymvärd: {wsur:3}",
    "besokare|skapstold|Upphittat av personal {first:1}: tom plånbok i papperskorgen utanför, leg för "
    "{full:2} ({pnr}). Polisen hämtade, ärende {case}. Troligen från skåpet som bröts {date}.",
    # ---------------------------------------------------------------- club leaders' reports on the hall
    "foreningsledare|foreningsrapport|Rapport från {org}, träning {date}\nUnder passet kom {antal} "
    "okända ungdomar in i hallen och kastade bollar på våra spelare. En kallades {nick:1}. Ledare: "
    "{full:2}, {mob}",
    "foreningsledare|foreningsrapport|Hej {kommun}! Vi i {org} vill rapportera att omklädningsrummen i "
    "{venue} inte låses efter kl {time}. Två av våra barns telefoner försvann ({first:1} och {first:2}). "
    "/{full:3}, kassör",
    "foreningsledare|foreningsrapport|{full:1} här, tränare för P{ung}. Efter matchen blev det bråk i "
    "korridoren mellan en förälder, {full:2}, och domaren {sur:3}. Polisen kom, {case}.",
    "foreningsledare|foreningsrapport|HALLRAPPORT {week}\nFörening: {org}\nAnsvarig ledare: {caps:1}\n"
    "Händelse: vuxen man ({vuxen}) filmade flickornas träning från läktaren, lämnade när {first:2} "
    "frågade. Bil {plate}.",
    "foreningsledare|foreningsrapport|Incident under cupen i {venue}: föräldern {full:1} slog till "
    "{first:2|g} pappa i entrén. Vittnen: {full:3}, {low:4}. Vi har stängt av familjen från våra "
    "matcher.",
    "foreningsledare|foreningsrapport|Till vaktmästaren {sur:1}: {first:2} hittade en kniv i "
    "bollförrådet idag. Lämnad till polisen ({case}). Tacksam om ni ser över låset! Hälsn. {wsur:3}",
    "foreningsledare|foreningsrapport|Rapport till {kommun}, fritid\nPå vår tid {date} kl {time} var "
    "hallen redan upptagen av {antal} personer som inte bokat. En av dem, {full:1}, hävdade att {first:2} "
    "på bokningen gett okej. [[Ingen]] bokning fanns.",
    "foreningsledare|foreningsrapport|{nick:1} och hans kompisar har nu tre lördagar i rad stört våra "
    "barnträningar i {venue}. Vi vet att han bor på {addr}. Kontakta gärna mig: {full:2}, {mail}",
)
