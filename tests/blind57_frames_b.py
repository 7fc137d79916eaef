"""Frames of the fifty-seventh blind corpus, part b: boat clubs' night-watch reports, formal theft reports
and boat owners' e-mails (tests/blind57_corpus.py). `role|style|template`; the slots are those of
tests/blind57_fill.py."""

FRAMES_B = (
    # ------------------------------------------------------------ the boat club's night-watch reports
    "nattvakt|batklubb_vakt|Vaktrapport {org}\n"
    "Datum: {date}\n"
    "Vakter: {full:1}, {full:2}\n"
    "Ronder: kl {time}, kl {time2}, kl {time3}\n"
    "Händelser: bil utan lyse stannade vid grinden, körde när vi gick fram. Reg {plate} (osäker).\n"
    "[[Sten]] och glas utspritt på bryggan vid grinden.\n"
    "Nyckel lämnad i boxen.",
    "nattvakt|batklubb_vakt|NATTVAKT {week}\n"
    "{first:1} + {first:2}\n"
    "allt lugnt till ca {time}. Sen två killar i kanot vid brygga 3, lyste med ficklampa på motorerna. "
    "Vi ropade, de paddlade mot {place}. Ringde hamnkapten {sur:3} som sa att vi skulle ringa 112 nästa "
    "gång.",
    "nattvakt|batklubb_vakt|Vaktpass {date}. {full:1|g} båt {boat} hade förtöjningen lös i aktern, vi "
    "fixade. Grinden mot {street} stod öppen när vi kom kl {time}, låset verkar bänt. Kontakta {first:1} "
    "på {mob} om båten. /{low:2}",
    "nattvakt|batklubb_vakt|Rapport nattvakt\n"
    "Vakthavande: {caps:1}\n"
    "Medvakt: {init:2}\n"
    "kl {time} larmade {first:3} från grannbåten – någon på bryggan vid {boat}. Personen sprang mot "
    "parkeringen, körde iväg i mörk Volvo {plate2}. Ingenting verkar stulet men motorkåpan på "
    "{full:4|g} {skrov} var av.",
    "nattvakt|batklubb_vakt|Till styrelsen. Jag och {nick:1} hade vakten natten mot {weekday}. "
    "Kl {time} kom en rib utan lanternor in i hamnen och lade till vid gästbryggan, {antal} personer. "
    "De försvann efter en kvart. Jag har bilder i telefonen. Hälsningar {full:2}, plats {plats}",
    "nattvakt|batklubb_vakt|vaktlistan {week}:\n"
    "mån {low:1}\n"
    "tis {full:2}\n"
    "ons {full:3} (byter med {first:4})\n"
    "tors {wsur:5|g} gäng\n"
    "fre-lör dubbelvakt pga midsommar\n"
    "frågor till vaktansvarig {sur:6}, {tel}",
    "nattvakt|batklubb_vakt|{full:1}: Under kvällsrundan kl {time} upptäcktes att utombordaren på "
    "båt i {plats} ({motor}) saknades. Ägaren {full:2} kontaktad per telefon {mob}. "
    "Polisanmälan görs av ägaren.",
    "nattvakt|batklubb_vakt|Vaktbok {org}\n"
    "{date} – {init:1}/{init:2}: inga händelser\n"
    "{date2} – {comma:3}: tonåringar badade från bryggan kl {time}, skickade hem\n"
    "{date3} – {comma:4}: stöld av bensintank från {boat}, anmält av ägaren {sur:5}",
    # ------------------------------------------------------------------------ formal theft reports
    "polis|stoldanmalan|Anmälan om stöld\n"
    "Målsägande: {full:1}, {pnr}\n"
    "Adress: {addr}, {place}\n"
    "Telefon: {mob}\n"
    "Brottsplats: {hamn}\n"
    "Brottstid: mellan {date} kl {time} och följande morgon\n"
    "Stulet gods: utombordsmotor {motor}, värde ca {amount}\n"
    "Ärendenummer: {case}",
    "polis|stoldanmalan|Sammanfattning: Målsägande {full:1} uppger att hennes båt ({skrov}, namn {boat}) "
    "legat förtöjd vid {hamn}. Vid ankomst {date} saknades motorn. Vittne {full:2} ({mob}) har sett en "
    "okänd man vid båten kvällen innan. Ärende {case}. Handläggare: inspektör {sur:3}.",
    "polis|stoldanmalan|ANMÄLAN – BÅTSTÖLD\n"
    "Anmälare: {comma:1} (samordningsnr {snr})\n"
    "Tillgrepet: båt {skrov} med {motor}, trailer {plate}\n"
    "Senast sedd: {date} vid {place}\n"
    "Kontakt via tolk, språk: arabiska. Anmälarens son {first:2} tolkade.\n"
    "{case}",
    "polis|stoldanmalan|Uppgiftslämnare: {full:1}, född {pnr}, boende {addr}, {lgh}.\n"
    "Händelse: stöld ur båt vid {hamn}, ekolod och VHF.\n"
    "Misstänkt: {full:2}, okänd adress, ska ha setts på plats tillsammans med {nick:3}.\n"
    "Diarienr {case}",
    "polis|stoldanmalan|Tillgrepp av utombordsmotor\n\n"
    "Tid: {date} mellan kl {time} och kl {time2}\n"
    "Plats: {hamn}, {place}\n"
    "Ägare: {full:1}, tel {tel}\n"
    "Beskrivning: låset kapat med vinkelslip. Grannbåtens ägare {first:2} hörde ljudet men trodde det var "
    "varvet. Motorns tillv.nr i bilaga.\n"
    "Referens: {case}",
    "polis|stoldanmalan|Förhör med vittne {full:1} (tel {mob}), {date}. Vittnet var på sin båt {boat} "
    "och såg {antal} personer bära en motor mot en grå Transit, reg {plate2}. En av dem ropades "
    '"{nick:2}". Förhörsledare {sur:3}.',
    "polis|stoldanmalan|Målsägande: {caps:1}\nPersonnr: {pnr}\nE-post: {mail}\n"
    "Målsägande uppger att jollen med {motor} stulits från bryggan vid {place} natten till {date}. "
    "Jollen hade namnet {boat} målat på aktern. Försäkring i {org}.",
    "polis|stoldanmalan|{case}\n"
    "Stöld, båtmotor. {hamn}.\n"
    "MÄ: {full:1}, {snr}, tillfälligt boende {addr}.\n"
    "Vittne: {full:2}, säsongsanställd på campingen.\n"
    "Brottsplats: fastigheten {fast}.\nÅtgärd: spaning på {place} och {place2} utan resultat.",
    # ---------------------------------------------------------------------- boat owners' e-mails
    "batagare|batagare_mejl|Hej!\n\n"
    "Jag heter {full:1} och har plats {plats} i {hamn}. I natt har någon stulit min {motor}. Det är tredje "
    "gången i sommar på vår brygga! Vad gör kommunen åt detta? Jag har anmält ({case}).\n\n"
    "Mvh {first:1}\n{mob}",
    "batagare|batagare_mejl|Hej {first:1},\n"
    "tack för samtalet. Som sagt: min granne på bryggan, {full:2}, såg två personer i en liten aluminiumbåt "
    "vid {boat} kl {time}. Jag skickar bilderna till {mail}.\n"
    "Hälsningar\n{full:3}\n{addr}\n{place}",
    "batagare|batagare_mejl|Till {org}\n\n"
    "Undertecknad vill påtala att belysningen vid {hamn} och längs {pstreet} varit släckt sedan {date}. "
    "Det har redan varit "
    "två motorstölder. Vänligen åtgärda.\n\n"
    "{full:1}\nOrdförande, båtägarföreningen\nTel {tel}",
    "batagare|batagare_mejl|Hallo,\n"
    "my name is {full:1}, we are guests in the harbour with our boat {boat}. Tonight our dinghy and "
    "{motor} was stolen. My phone {mob}. Can you help us with the police? My wife {first:2} speaks a "
    "little Swedish.\n"
    "Best regards\n{first:1}",
    "batagare|batagare_mejl|Ämne: stöld plats {plats}\n\n"
    "Hej. Min sambo {first:1} och jag ({full:2}) kom ner till båten i morse och motorn var borta. "
    "Låset låg kvar på bryggan. Polisen har gett oss nummer {case}. Försäkringsbolaget vill ha intyg "
    "på att vi har plats hos er. Kan hamnchefen {sur:3} skriva ett? Adress: {addr}, {lgh}.",
    "batagare|batagare_mejl|Hej hamnkontoret\n"
    "Vill bara tipsa om att det står en båttrailer med reg {plate} utan båt på parkeringen vid {street} "
    "sen {week}. Jag tror den är stulen, den liknar {wsur:1|g} som försvann i fjol.\n"
    "// {full:2}",
    "batagare|batagare_mejl|Hej,\n"
    "jag har köpt båten {boat} av {full:1} och vill skriva över platsavtalet på mig. "
    "Mina uppgifter: {full:2}, {pnr}, {addr} {lgh}, {mail}. Säljaren når ni på {mob}.\n"
    "Tack på förhand!",
    "batagare|batagare_mejl|Hej igen {first:1}!\n"
    "Nu har det hänt igen. {full:2} på B-bryggan fick sin {motor} stulen natten till {weekday}. "
    "Vi i båtlaget har pratat och {wfirst:3} och jag kan gå extra vakter {week}. Hör av dig.\n"
    "/{nick:4} ({full:4})",
)
