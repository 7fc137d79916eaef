"""Frames of the fifty-sixth blind corpus, part e: Skatteverket's inspection visits (staff registers and
cash registers), applications and their investigation (owners, persons of significant influence, sole
traders), and telephone messages taken at the licensing unit. Each frame is `role|style|template`
(tests/blind56_fill.py reads the slots)."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # ------------------------------------------------------------------ skvbesok (Skatteverket's visit)
    "skatteverket|skvbesok|Oannonserat kontrollbesök – personalliggare\nVerksamhet: {biz}\nOrg.nr: {orgnr}\n"
    "Tid: {date} kl. {time}\nKontrollanter: {full:1}, {full:2}\nPersonal på plats:\n- {full:3}, {pnr}, kock "
    "– i liggaren\n- {full:4}, {snr}, diskare – EJ i liggaren\n- {first:5} (vägrade uppge efternamn)\n"
    "Kontrollavgift föreslås.",
    "skatteverket|skvbesok|Kontrollbesök kassaregister\n{biz} ({full:1}, enskild näringsidkare)\n"
    "Kassaregistret saknade kontrollenhet. Dagrapporten för {date} kunde inte visas. {sur:1} uppgav att "
    "revisorn {full:2} har den. Kontrollavgift: {amount}.",
    "skatteverket|skvbesok|anteckn. skv-besök {place} {week}\nkiosken: {lowf:1} i kassan, står i liggaren. "
    "ägaren {low:2} kom efter tio min\npizzerian: fyra jobbar, två i liggaren. {first:3} och {first:4} "
    'saknades, sa att de var "kompisar som hjälper till"\nbilen utanför: {plate2}',
    "skatteverket|skvbesok|Hej {first:1},\nVi var på {biz} i går tillsammans med polisen. {full:2} stod i "
    "baren men finns inte i liggaren. Han saknar personnummer men har samordningsnummer {snr}. Kan ni "
    "kolla om han finns på er lista över serveringsansvariga?\nMvh {full:3}, Skatteverket",
    "skatteverket|skvbesok|Personalliggarkontroll {date}\nObjekt: {biz}, {street}\nVid ankomst kl. {time} "
    "fanns {antal} personer bakom disken. Endast {full:1} (ägare) var registrerad. Övriga: {full:2}, "
    "{full:3}, {wfirst:4} och en man som kallades {nick:6}. Kontrollant: {comma:5}",
    "skatteverket|skvbesok|Ärende: kontrollavgift personalliggare, {biz}\nBolagets företrädare {full:1} har "
    "yttrat sig och anför att {full:2} bara var på besök och inte arbetade. Skatteverket bedömer att "
    "{first:2} utförde arbete (stod i kassan kl. {time}). Kontrollavgiften på {amount} tas ut.",
    "skatteverket|skvbesok|Underrättelse om kontrollavgift\nTill: {full:1}\n{addr}\n\nVid kontrollbesök "
    "{date} på {biz} saknades uppgifter i personalliggaren för {full:2} och {full:3}. Kontrollavgift: "
    "{amount} för den första personen och ett lägre belopp för varje ytterligare person.\nHandläggare: "
    "{full:4}, {tel}",
    "skatteverket|skvbesok|Skatteverket – besök i samverkan med {kommun}\n{biz}: OK, {full:1} och {full:2} "
    "i liggaren.\nGatuköket: {first:3} arbetade utan registrering, {full:4} (ägare) informerad.\n"
    "Nattkiosken: stängd.\nKontrollanter: {init:5}, {init:6}",
    # ------------------------------------------------------------------ ansokan (application)
    "tillstandshandlaggare|ansokan|Ansökan om stadigvarande serveringstillstånd\nSökande: bolaget {orgnr}\n"
    "Serveringsställe: {biz}, {addr}\nFastighet: {fast}\nPBI: {full:1} (vd, 50 %), {full:2} (ledamot, "
    "50 %)\nSökt serveringstid: kl. 11.00 till kl. {time}\nServeringsansvariga: {first:1}, {full:3}\n"
    "Kontakt: {mail}",
    "tillstandshandlaggare|ansokan|Utredning {dnr}\nSökanden {full:1} ({pnr}) avser driva restaurang som "
    'enskild firma under namnet "{sur:1|g} Kök & Bar". Finansiering: eget kapital {amount} samt lån från '
    "svågern {full:2}. Lokalen hyrs av {org}. Kunskapsprovet avlades {date} med godkänt resultat. "
    "Handläggare {sur:3} bedömer att sökanden är lämplig.",
    "tillstandshandlaggare|ansokan|Ansökan tillfälligt tillstånd – allmänheten\nEvenemang: sommarfest i "
    "{place} den {date}\nArrangör: förening, kontaktperson {full:1}, {mob}\nServeringsansvariga: {full:2}, "
    "{full:3}\nOrdningsvakter från bevakningsbolag, arbetsledare {full:4}\nBeräknat antal besökare: "
    "{antal}\nBesökarna hänvisas till {line}.",
    "tillstandshandlaggare|ansokan|PBI-redovisning, bilaga 3\n{caps:1}, {pnr}, styrelseledamot, äger 60 %\n"
    "{caps:2}, {pnr}, suppleant\n{caps:3}, {snr}, äger 40 % via holdingbolag ({orgnr})\nUnderskrift: "
    "{full:1}",
    "tillstandshandlaggare|ansokan|Sammanfattning av ansökan – förening\nEn idrottsförening söker tillstånd "
    "för slutet sällskap vid klubbfester. Ordförande {full:1}, kassör {full:2}. Lokal: {venue}. Sökt tid "
    "till kl. {time}. Polisen ({first:3}) har inget att invända, inte heller {org}.",
    "tillstandshavare|ansokan|Hej! Jag ({full:1}) och min fru {first:2} vill öppna en liten vinbar på "
    "{pstreet}. Vi har tagit över lokalen efter {full:3} som hade café där. Vad behöver vi skicka in? Jag "
    "har redan gjort kunskapsprovet. Nås på {mob} eller {mail}.",
    "tillstandshandlaggare|ansokan|Komplettering begärd {date}\nTill: {full:1}\n- hyreskontrakt "
    "(undertecknat "
    "av hyresvärden, inte av {wsur:2})\n- planritning med max antal gäster\n- utbildningsbevis för {full:3} "
    "och {full:4}\n- uppgift om finansiering, lånet från {full:5} på {amount}\nSvar senast {week}.",
    "tillstandshandlaggare|ansokan|ÄRENDEBLAD\nDnr: {dnr}\nSökande: {comma:1}, {pnr}\nBolag: {orgnr}\n"
    "Ställe: {biz}\nHandläggare: {full:2}\nRemiss polisen skickad {date}, svar från {first:3} inkom {date}\n"
    "Remiss RT skickad {date}\nStatus: väntar",
    # ------------------------------------------------------------------ telefonnotis (phone message)
    "registrator|telefonnotis|Telefonmeddelande till {full:1}\nFrån: {full:2}, {biz}\nTel: {mob}\nÄrende: "
    "undrar varför de fått en varning, vill prata med dig idag före kl. {time}.\nTog emot: {first:3}",
    "registrator|telefonnotis|{first:1} ringde från polisen (tillståndsenheten), vill att {full:2} ringer "
    "upp ang. {biz} och ägaren {full:3} (kallas {nick:3}). Nr {tel}.",
    "tillstandshandlaggare|telefonnotis|samtal m {low:1} kl {time}, har kiosk på {street}. frågade om han "
    'får sälja snus utan att anmäla om det är "bara lite". nej. skickar blankett till {addr}. ringer '
    "tillbaka {date}.",
    "tobaksinspektor|telefonnotis|Tfn-notering {date}\nInringare: {full:1} ({mob}), säger sig vara förälder. "
    "Hennes dotter, {ung} år, kunde köpa e-cigaretter på {biz} vid {place}. Försäljaren ska vara en äldre "
    "man, ”{nick:2}” kallad. Föreslår kontrollköp {week}.",
    "alkoholinspektor|telefonnotis|ringde ägaren {sur:1} på {biz} om tillsynen i lördags. han menar att "
    "serveringsansvarige {full:2} var där hela kvällen, men det stämmer inte med vad vi såg. {first:2} har "
    "enligt {sur:1} slutat nu. ny ansvarig blir {lowf:3}, efternamn okänt.",
    "registrator|telefonnotis|Meddelande: {full:1} från {org} ringde ang. gemensam kontroll {week}. Vill ha "
    "namn på deltagare från kommunen senast {date}. Återkom till {mail} eller {tel}.",
    "tillstandshandlaggare|telefonnotis|Samtal kl. {time} från {full:1}, serveringsansvarig på {biz}. "
    "Berättade att dörrvakten {first:2} blivit hotad av en gäst ({full:3}, grå Volvo {plate2}) som också "
    "hotat ägaren {wsur:4}. "
    "Polisanmälan gjord, {case}. Han undrar om det påverkar tillståndet.",
    "registrator|telefonnotis|{full:1} ({pnr}) ringde, vill ha kopia på beslutet om {biz}. Skickas till "
    "{addr}, {lgh}. /{first:2} i receptionen",
)
