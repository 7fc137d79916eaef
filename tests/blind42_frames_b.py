"""Frames of the forty-second blind corpus, file b: longer incident reports (incidentrapport), e-mails from
relatives (anhorigmejl) and SMS from hemtjänst staff to their coordinator or the trygghetsfunktion
(hemtjanst_sms). Each frame is `role|style|template` (slots: tests/blind42_fill.py)."""

from __future__ import annotations

FRAMES_B = (
    # ------------------------------------------------------------------ incidentrapport
    "enhetschef|incidentrapport|Incidentrapport – inbrott i lägenhet\n\n"
    "Den {date} kom undersköterska {full:1} till brukaren {full:2} på {addr}, {lgh}, för morgonbesök "
    "kl {time}. Ytterdörren var uppbruten och lägenheten genomsökt. Brukaren hade sovit och inte märkt "
    "något. Försvunnet: smycken, kontanter ca {amount} och en bärbar dator. Polisen kom kl {time} "
    "och upprättade anmälan {case}. Dottern {full:3}, {mob}, informerades. Fastighetsägaren "
    "{org} har satt in ny dörr.\n\nRapporten skriven av {full:4}, enhetschef hemtjänsten {place}.",
    "aldreboende|incidentrapport|INCIDENT {date}\nPlats: {venue}, entréplan\nInblandade: boende "
    "{full:1} ({alder} år), besökare {full:2} (oklart släktskap), undersköterskorna {first:3} och "
    "{first:4}.\nFörlopp: Besökaren blev högljudd när personalen nekade honom att ta med boende ut. "
    "Han knuffade {first:3} mot väggen, vilket sågs av vaktmästaren {sur:6}. Mannen lämnade sedan platsen i "
    "en grå Volvo {plate}. Polis larmades via "
    "112 kl {time}.\nUppföljning: möte med {kommun} och anhörig {full:5} under {week}.",
    "hemtjanst|incidentrapport|Rapport om bedrägeriförsök\n"
    "Brukare: {full:1}, född {pnr}\nAdress: {addr}\nHändelseförlopp: Brukaren blev uppringd på "
    'hemtelefonen {tel} av en kvinna som sa att hon var från {bank}. Hon sa att "en kollega från '
    'polisen" skulle komma och hämta bankkort och kontanter. När hemtjänstpersonalen {full:2} kom vid '
    "kl {time} stod en ung man i trapphuset. Han sprang mot {place} när personalen frågade vem han var.\n"
    "Anmält till polisen av {first:2}: {case}. Utredare är inspektör {sur:3}.",
    "trygghetsvard|incidentrapport|Händelserapport, trygghetsvärdarna {place}\nDatum: {date}\n"
    "Vi blev kontaktade av {full:1} som bor på {street} och som berättade att grannen {full:2} "
    "({alder} år) hotats i trapphuset av två yngre män som krävde pengar. Vi följde med upp, {full:2} "
    "var skakad men oskadd. Vi kontaktade {org} och polisen (ärende {case}).\nTrygghetsvärdar: "
    "{first:3}, {first:4}",
    "enhetschef|incidentrapport|Sammanfattning av händelse {week}\n"
    "En brukare inom hemtjänsten i {place}, {comma:1}, har under flera veckor fått besök av en man som "
    'presenterat sig som "{nick:2}" och erbjudit hjälp med trädgården. Mannen har fått tillgång till '
    "brukarens bankkort. Sammanlagt har {amount} tagits ut. Ärendet är anmält till polisen ({case}). "
    "Biståndshandläggare {sur:3} och anhörig {full:4} är informerade.\n{full:5}, enhetschef",
    "aldreboende|incidentrapport|Incident: Försvunnen boende\n{full:1}, {pnr}, saknades vid "
    "kvällsfikat kl {time}. Personalen ({first:2}, {first:3}) sökte i huset och trädgården. Polisen "
    "kontaktades kl {time}. Hon hittades av en taxichaufför vid {venue} och kördes tillbaka. Sonen "
    "{full:4} informerad, liksom nattsköterskan {sur:5}.",
    "hemtjanst|incidentrapport|Till: {kommun}, säkerhetssamordnare\nÄrende: Stöld ur bil\n"
    "Vår tjänstebil {plate2} blev uppbruten på parkeringen vid {street} under natten till {date}. "
    "Nyckelskåpet med brukarnas nycklar (märkta med nummer, inte namn) låg kvar. Anmält av {full:1} "
    "kl {time}, ärende {case}.\nMed vänlig hälsning\n{full:2}",
    "bovard|incidentrapport|Rapport från {org}\nFastighet: {fast}\nAdress: {addr}\nHändelse: "
    "Hyresgästen {full:1} ({alder} år) blev bestulen på sin rollator och sina nycklar i tvättstugan. "
    "Låsbyte utfört av {full:2}. Hemtjänstens kontaktperson {full:3} informerad.",
    # ------------------------------------------------------------------ anhorigmejl
    "anhorig|anhorigmejl|Hej!\nJag är dotter till {full:1} som har hemtjänst i {place}. Mamma har "
    "fått flera samtal från någon som säger sig vara från {bank} och igår tog hon ut {amount}. Kan ni "
    "hjälpa mig att hålla koll när ni är där? Jag nås på {mob} eller {mail}.\n\nVänliga hälsningar\n"
    "{full:2}",
    "anhorig|anhorigmejl|Ämne: Pappas lägenhet\n\nHej {first:1},\nNär jag var hos pappa ({full:2}) i "
    'helgen märkte jag att hans klocka och hans plånbok är borta. Han säger att "en tjej från '
    'hemtjänsten" varit där i onsdags. Vem var det som hade passet? Jag vill inte anklaga någon men '
    "jag har gjort en polisanmälan: {case}. Kommissarie {sur:4} har ärendet.\n/{first:3}",
    "anhorig|anhorigmejl|Från: {mail}\nTill: hemtjansten\nDatum: {date}\n\nHej, det här är {full:1}, "
    "son till {full:2} på {addr}. Någon har försökt ta sig in i förrådet i källaren och kodlåset är "
    "trasigt. Kan ni prata med {org}? Mamma är rädd att gå ner med soporna.\nMvh {first:1}",
    "anhorig|anhorigmejl|Hej!\n\nVi är oroliga för vår morbror {full:1}. Han har fått hem en man som "
    'kallar sig {nick:2} och som säger att han ska "hjälpa till med ekonomin". Morbror har gett honom '
    "sin dosa. Kan handläggaren {wsur:3} kontakta oss? Mitt nummer är {mob}.\n\nHälsningar\n{full:4} "
    "och {wfirst:5}",
    "anhorig|anhorigmejl|Hej {first:1}!\nTack för att du ringde i går. Jag har nu pratat med polisen och "
    'de har kallat pappas fall för ett klassiskt "falska polisen"-bedrägeri. Han hann föra över '
    "{amount} innan banken stoppade. Polisens ärendenummer är {case}. Vi flyttar honom till "
    "{venue} i {week}.\nMvh {full:2}\n{tel}",
    "anhorig|anhorigmejl|Hej\njag skriver å min mammas vägnar, {low:1}, {pnr}. hon bor på {venue} och "
    "har fått sin mobil stulen i matsalen. Hennes nummer var {mob}. vi har spärrat det. har personalen "
    "sett något? Min bror {wfirst:2} kommer dit på lördag.\n/{lowf:3}",
    "anhorig|anhorigmejl|Till enhetschef {sur:1}\n\nJag vill göra er uppmärksamma på att min svärmor "
    "{full:2} igår blev uppsökt av två män som sa att de kom från {org} och skulle kontrollera "
    "vattnet. De hade en vit bil med registreringsnummer {plate}, grannen {first:3} skrev upp det. "
    "Mamma saknar nu kontanter.\n\nMed vänlig hälsning,\n{full:4}",
    "anhorig|anhorigmejl|Re: Re: Mammas larm\n\n> Hej {first:1}, trygghetslarmet är testat och "
    "fungerar.\n\nTack! Men hon tryckte tre gånger i natt och ingen kom förrän kl {time}. Hon hade "
    "hört någon i trapphuset på {street}. Kan ni kolla med {org}?\n{first:2} ({mob})",
    # ------------------------------------------------------------------ hemtjanst_sms
    "hemtjanst|hemtjanst_sms|Hej {first:1}, det är {first:2}. {full:3} öppnar inte och det står en "
    "okänd bil utanför, {plate}. Ska jag vänta? Står vid {street}",
    "hemtjanst|hemtjanst_sms|hej! {lowf:1} säger att nån ringt o sagt att han var polis. hon har gett "
    "ut sitt pnr {pnr}. ringer du banken eller jag? /{lowf:2}",
    "hemtjanst|hemtjanst_sms|{first:1}: Hittade {full:2|g} dörr olåst på {addr}, hon sov. Låste "
    "och la nyckeln i boxen. Kl {time}",
    "hemtjanst|hemtjanst_sms|Till samordnaren: {full:1} har ramlat, ambulans på väg. Dottern {first:2} "
    "nås på {mob}. Hinner inte till {full:3} innan {time}, kan någon ta det? /{first:4}",
    "hemtjanst|hemtjanst_sms|{first:1} här. Det står två killar, den ena kallas {nick:4}, i trapphuset på "
    "{street} igen o röker, "
    'de sa åt mig att "passa mig". Känner mig otrygg att gå in i {low:2|g} lägenhet. Kan {first:3} följa '
    "med?",
    "hemtjanst|hemtjanst_sms|Meddelande från {first:1} kl {time}: brukaren {first:2} {wsur:2} är "
    "inte hemma, dörren låst. Grannen säger att han åkte iväg med {line} i morse. Ringer sonen {full:3}.",
    "hemtjanst|hemtjanst_sms|hej {lowf:1}!! {full:2} har fått en lapp i brevlådan från någon som "
    'erbjuder "gratis säkerhetskontroll" av lås, tel {mob}. Fotade lappen. / {lowf:3}',
    "hemtjanst|hemtjanst_sms|OBS {first:1}: tjänstemobilen borttappad på {line}. Numret {mob}. Har "
    "spärrat hos Telia men ring mig på fasta {tel}. {first:2}",
)
