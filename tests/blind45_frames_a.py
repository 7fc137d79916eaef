"""Frames of the forty-fifth blind corpus, first file: residents' fault reports through the kommun's app,
calls to the contact centre as the operator notes them, and e-mails to gata/park.

A frame is `voice|style|template`; the slots are tests/blind45_fill.py's.
"""

from __future__ import annotations

FRAMES_A: tuple[str, ...] = (
    # ---------------------------------------------------------------- felanmälan i appen
    "invanare|felanmalan_app|Felanmälan via appen\nKategori: Klotter\nPlats: {street} vid {venue}, "
    '{place}\nBeskrivning: Nytt klotter på elskåpet och busskuren, taggen "{nick}" igen. Såg {first:1} '
    "och en kompis i svart hoodie springa därifrån kl {time}.\nAnmälare: {full:2}, {mob}",
    "invanare|felanmalan_app|Ärendetyp: Trasig belysning\nAdress: {addr}\nText: tre lampor släckta "
    "längs gångvägen ner mot {place} sen {date}. Min granne {first:1} ramlade i mörkret, och {full:3} "
    "på trean har också klagat.\nKontakt: {mail}\nNamn: {caps:2}",
    "invanare|felanmalan_app|{full:1} rapporterade via Tyck till-appen kl {time}: en övergiven cykel "
    "utan sadel fastlåst vid hållplatsen för {line} vid {venue} sedan {week}. Ring {mob} om ni "
    "behöver. Hen nämner att {first:2} på {org} också sett den.",
    "kontaktcenter|felanmalan_app|App-ärende {ao}\nKategori: Lekplats, skadegörelse\nPosition: "
    '{place}, lekplatsen vid {street}\n"Gungan är söndersparkad och det ligger glas under rutschkanan. '
    'Mina barn höll på att skära sig." /{first:1}\nHandläggare: {full:2}\nÖverlämnat {date} till {org}',
    "invanare|felanmalan_app|Nedskräpning\nVid återvinningsstationen på {street} i {place}: soffa, "
    "madrasser och säckar med kläder. Står där sen i helgen. En man som hette {first:1} sa till "
    "{lowf:2} att hans svåger {full:3} ställt dit det med en släpkärra, {plate}.\nSkickat från iPhone",
    "invanare|felanmalan_app|tips: två mopeder har stått avställda i cykelstället vid {venue} i tre "
    "veckor, en röd utan skylt och en vit {plate2}. tror de är stulna, {first:2|g} pappa i porten "
    "bredvid tror samma sak. mvh {low:1} tel {mob}",
    "kontaktcenter|felanmalan_app|Synpunkt/felanmälan\nInkom: {date} kl {time}\nFrån: {full:1} "
    "<{mail}>\nÄmne: krossad lampa\nStolpbelysningen vid {pstreet} i {place} är krossad igen, tredje "
    "gången i år. Fastighetsskötaren {sur:2} har också ringt in om det.",
    "invanare|felanmalan_app|Hej! Det sover någon i buskaget bakom {venue}, ligger sovsäck och "
    "kartonger där varje morgon. Jag har sett en äldre man, tror han heter {wfirst:1}, vill inte att "
    "han får problem men det ligger sprutor där och barnen leker nära. / {full:2}, {addr}",
    # ---------------------------------------------------------------- samtal till kontaktcenter
    "kontaktcenter|felanmalan_telefon|Samtal {date} kl {time}. {full:1} ringer från {mob} angående bil "
    "som stått på gästparkeringen vid {addr} i över en månad. Reg {plate}, punktering på två däck. Hon "
    "tror ägaren heter {first:2} och bor i {lgh} men vet inte säkert.",
    "kontaktcenter|felanmalan_telefon|Telefonnotering – {caps:1} ({tel}) hörde av sig igen om klottret "
    "på bullerplanket längs {street}. Menar att det är grabbarna från {place}, nämner en {nick} och en "
    "{first:2}. Lovat återkoppling {week}.\nAntecknat av {first:3}",
    "kontaktcenter|felanmalan_telefon|Uppringd av {comma:1}, boende på {addr}, {lgh}. Gäller "
    "nedskräpning vid containrarna på baksidan, {org} har inte tömt sedan {date}. Hon har pratat med "
    "fastighetsvärden {sur:2} utan resultat. Återkom på {mob}.",
    "kontaktcenter|felanmalan_telefon|Inkommande samtal, anonym först men uppgav sen namn: {full:1}, "
    "{pnr}. Ringer om att parkeringsvakten {sur:2} skrev lapp på hennes bil {plate2} utanför {venue} "
    "fast hon hade tillstånd. Vill ha kopia av boten. Hänvisad till {org}.",
    "kontaktcenter|felanmalan_telefon|{full:1} ringde kl {time}: en hög [[sten]] utlagd på gång- och "
    "cykelvägen vid {place}, någon har byggt ett hinder. Farligt för cyklister och för plogbilen. Hon "
    "såg {lowf:2} från hennes trappuppgång och två andra killar bära dit dem. Nummer {mob}.",
    "kontaktcenter|felanmalan_telefon|Ärende {ao}: äldre herre, {full:1}, {tel}, klagar på att "
    "snövallen från plogningen på {street} blockerar infarten. Han har kontaktat entreprenören {org} "
    "två gånger. Hans dotter {first:2} ringer troligen också. Åtgärd: beställt bortforsling {date}.",
    'kontaktcenter|felanmalan_telefon|Röstbrevlåda, avlyssnad {date}: "Hej, det är {wfirst:1} på '
    "{street}, det står en husbil med tyska skyltar på vändplanen igen, sen {week}. Min fru {first:2} "
    'ringde förra veckan också. Ring mig på {mob}, tack."',
    "kontaktcenter|felanmalan_telefon|Samtal från förskolan i {place}: personalen ({full:1} och "
    "{full:2}) hittade två kanyler i sandlådan i morse. Sandlådan avspärrad. Parkenheten kontaktad, "
    "{first:3} åker ut kl {time}. Förskolans nummer {tel}.",
    # ---------------------------------------------------------------- mejl till gata/park
    "invanare|felanmalan_mejl|Från: {full:1} <{mail}>\nTill: gatapark\nÄmne: Övergiven bil\n\nHej,\nen "
    "silverfärgad Volvo V70, reg {plate}, har stått på {street} utanför vår port sedan {date}. Rutan "
    "är krossad och det ligger skräp i bilen. Grannen {first:2} säger att det är {full:3|g} "
    "bil.\n\nMed vänlig hälsning\n{full:1}",
    "invanare|felanmalan_mejl|Hej!\nJag vill anmäla att lekplatsen i {place} (vid {pstreet}) är "
    "vandaliserad, linbanan är avskuren och det är klottrat ”{nick} 4ever” på rutschkanan. Det hände "
    "natten till {date}, min son {first:1} ({ung} år) såg några äldre killar där.\nHälsningar "
    "{full:2}\n{addr}\n{mob}",
    "invanare|felanmalan_mejl|Ämne: SV: Ert ärende {ao}\n\nTack för svaret {first:1}, men klottret i "
    "tunneln under {street} är fortfarande kvar efter två veckor. Det är samma tagg som på {venue}. "
    "Min granne {full:3} har bilder. Kan ni skicka saneringen innan {date}?\n\n/{full:2}\nSkickat från "
    "min Samsung",
    "invanare|felanmalan_mejl|Till {org}\nVi i bostadsrättsföreningen på {addr} ({fast}) har problem "
    "med felparkerade bilar på brandvägen varje helg. Senast den {date}: {plate2}, {plate} och en vit "
    "skåpbil. Ordföranden {sur:1} har pratat med en av ägarna, {full:2}, som bara skrattade.\nKontakt: "
    "{full:3}, {tel}, {mail}",
    "invanare|felanmalan_mejl|Hej Gata/park!\nDet ligger en död grävling och massor av krossat glas på "
    "cykelbanan mellan {place} och {venue}. Jag ringde först {tel} men kom inte fram. Min man {full:1} "
    "halkade på glaset och skar sig. Jag tog {line} hem istället.\nMvh {caps:2}",
    "invanare|felanmalan_mejl|{first:1} här, från {street}. Någon har sovit i lekstugan på "
    "förskolegården i {place} flera nätter, det luktar urin och det ligger folie och sprutor. Jag såg "
    "en kvinna, kanske {vuxen} år, hon kallade sig {nick}. Kan nån från parken eller socialen kolla? "
    "Ring {mob}. /{low:1}",
    "invanare|felanmalan_mejl|Ämne: Hot mot parkeringsvakt?\n\nJag bor på {addr} och såg igår kl "
    "{time} hur en man i en svart BMW {plate2} skrek åt parkeringsvakten och knuffade henne. Han sa "
    'att han skulle "hitta henne". Vakten hette tror jag {first:1}. Jag har filmat. Hör av er, '
    "{full:2}, {mob}.",
    "invanare|felanmalan_mejl|Hej,\nsnöröjningen på {street} är under all kritik. Plogbilen kom kl "
    "{time} och körde upp en vall framför alla infarter. Chauffören, en {first:1}, sa att han bara "
    "följde instruktionerna från {org}. Jag har betalat {amount} för att få hjälp av grannen "
    "{full:2}!\n{full:3}, {lgh}, {addr}",
)
