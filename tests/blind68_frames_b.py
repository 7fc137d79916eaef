"""Frames of the sixty-eighth blind corpus, part b: parents' e-mails, messages on the school platform and
posts in a parents' Facebook group about unsafe school routes and the school's surroundings."""

from __future__ import annotations

# Föräldramejl: to the principal, the school or the kommun; greetings, worry, signatures.
FORALDRAMEJL = (
    "foralder|foraldramejl|Hej {first:1}!\nJag vill bara berätta att min son blev stoppad av tre äldre "
    "killar på gångvägen mellan {place} och skolan igår kl {time}. De tog hans mobil. En av dem heter "
    "{full:2}, det vet alla. Vi har polisanmält ({case}).\nMvh {full:3}\n{mob}",
    "foralder|foraldramejl|Till rektor {sur:1}\n\nÖvergångsstället vid {street} är livsfarligt på "
    "morgnarna. Bilarna kör alldeles för fort och det finns ingen skolpatrull längre. {first:2} i 3A var "
    "nära att bli påkörd {date}.\n\nHälsningar\n{full:3} ({first:2|g} mamma)",
    "foralder|foraldramejl|Ämne: Otrygg väg hem från fritids\n\nHej! Vi bor på {addr}, {lgh} och vår dotter "
    "går hem själv längs {street} efter fritids. Det är helt mörkt efter kl {time}, två lampor är "
    "trasiga sedan {week}. Kan kommunen göra något?\n/{full:1} & {full:2}",
    "foralder|foraldramejl|Hej,\nmin dotter {first:1} ({ung} år) har blivit hotad på bussen ({line}) "
    "av en kille som heter {first:2}, han går i nian. Han har skickat meddelanden till henne från "
    "{mob}. Vi vill ha ett möte.\n{comma:3}",
    "foralder|foraldramejl|{full:1} skrev:\n> Vet ni om det var någon som satte eld på containern vid "
    "{venue} i helgen? Min son säger att {nick:2} och hans kompisar var där.\n\nSvar från skolan: tack, vi "
    "har lämnat uppgiften vidare till polisen. /{first:3}, biträdande rektor",
    "foralder|foraldramejl|God kväll {wfirst:1},\nJag såg precis en vuxen man fotografera barnen på "
    "{venue} skolgård, vid {time}. Han körde en grå Volvo, {plate2}. Jag ringde 112 men ville säga "
    "till er också.\n{full:2}\nTel {mob}",
    "foralder|foraldramejl|Hej!\nJag är pappa till {full:1} i klass 5B. Han vågar inte gå förbi "
    "tunneln vid {place} längre efter det som hände med {first:2}. Finns det vuxna ute på rasterna? Jag "
    "nås på {mail} eller {tel}.\n//{first:3}",
    "foralder|foraldramejl|Ang. skolvägen\nVi är flera föräldrar (bl.a. {full:1}, {full:2} och jag) som "
    "vill att kommunen sätter upp ett farthinder på {street}. Bussen {line} stannar precis vid "
    "övergångsstället. [[Alla]] barn korsar där.\nMed vänlig hälsning {full:3}",
)

# Meddelande i skolplattformen: short, informal, sometimes typed on a phone.
SKOLAPP = (
    "foralder|skolapp|Från: {full:1} (vårdnadshavare)\nTill: mentor {sur:2}\nhej! {lowf:3} blev "
    "jagad av några från 9an vid {place} idag efter skolan, han är jätteledsen. kan ni prata med dom?",
    "mentor|skolapp|Meddelande till vårdnadshavare i 7C\nIgår kväll, {date}, var det bråk utanför "
    "{venue} där polisen kom. Ingen av våra elever skadades. Hör av er till mig ({full:1}) eller kurator "
    "{sur:2} om ert barn vill prata.",
    "foralder|skolapp|hej {first:1}. {first:2} kommer inte idag, han blev rånad på väg hem igår vid "
    "{line} hållplatsen av två killar. vi har gjort anmälan, {case}. /mamma {first:3}",
    "mentor|skolapp|{first:1}, mentor 8B:\nHej {full:2}! Jag har fått veta att {first:3} har "
    "kommit hem sent flera kvällar och varit vid {place}. Kan vi ses {date} kl {time}? Ring {tel} "
    "om tiden inte passar.",
    "foralder|skolapp|vad händer med staketet runt förskolan?? det har varit trasigt i tre veckor och "
    "igår stod {low:1} och hans kompisar och rökte inne på gården. ring mig {mob} //{first:2}",
    "foralder|skolapp|Hej kurator {sur:1}!\nMin son {first:2} vill inte gå till skolan för att "
    "{full:3} hotar honom på vägen vid {street}. Det är samma kille som var med vid brandlarmet. "
    "Kan ni ringa mig på {mob}?\n{full:4}",
    "mentor|skolapp|Info från {venue}\nEfter skolan {date} kommer polisen och {org} att finnas vid "
    "{place} eftersom det varit oroligt. Frågor till {full:1}, {mail}.",
    "foralder|skolapp|Hej! Vi flyttar från {addr} {lgh} till {place} nästa månad. Kan {first:1} åka "
    "skolskjuts? Han har blivit slagen vid busshållplatsen två gånger (senast av {nick:2}). "
    "Personnr {pnr}. /{full:3}",
)

# Föräldragrupp på Facebook: posts and comments, names as people write them.
FB_FORALDRAR = (
    "foralder|fb_foraldrar|VARNING till alla föräldrar på {place}!! En vit skåpbil ({plate}) har "
    "stått vid {venue} tre eftermiddagar och föraren pratar med barnen. Har anmält.\n\n"
    "{full:1}: tack för att du delar!\n{full:2}: såg den också igår vid {time}",
    "foralder|fb_foraldrar|Är det någon mer vars barn har blivit av med cykeln vid {venue}? "
    "Min dotters cykel stals {date}, en rosa Crescent. /{first:1}\n\n{full:2}: vår också!! "
    "{first:3} skrev att han sett den på {street}",
    "foralder|fb_foraldrar|{full:1}\nDet är ju helt sjukt att ingen gör något åt tunneln vid {place}. "
    "Min {ung}-åring blev hotad där med kniv. Kommunen ({kommun}) svarar inte på mejl.\n"
    "\u2192 {full:2}: Ring trygghetssamordnaren, {tel}",
    "foralder|fb_foraldrar|Brand på skolan inatt?? Det luktar rök ända till {street}. Brandbilar vid "
    "{venue} sen kl {time}\n\nKommentarer:\n{first:1}: det var förrådet, {nick:2} och de var där\n"
    "{first:3}: sprid inte rykten om barn",
    "foralder|fb_foraldrar|Tips till alla i {place}: nattvandrarna ({org}) behöver fler vuxna! Hör "
    "av er till {full:1} på {mob}. [[Ingen]] anmälan behövs, bara kom till fritidsgården fredag kl "
    "{time}.",
    'foralder|fb_foraldrar|{full:1} delade ett inlägg:\n"Bilarna som kör mot rött vid '
    '{pstreet} när barnen går till skolan..." Jag har filmat en, {plate2}. Ska jag skicka till polisen?\n'
    "{lowf:2}: ja gör det",
    "foralder|fb_foraldrar|Är det sant att {full:1} på {venue} har blivit polisanmäld? Min son säger "
    "att han tog en elev i armen. Vet någon mer?\n\n{full:2}: skriv inte namn här, {first:3|g} "
    "familj läser också",
    "foralder|fb_foraldrar|Hittat: en nyckelknippa med en blå bricka vid {venue} i kväll. Lämnar "
    "den hos {wfirst:1} i kiosken vid {place}. /{low:2}",
)

FRAMES_B = FORALDRAMEJL + SKOLAPP + FB_FORALDRAR
