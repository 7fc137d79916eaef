"""Frames of the fifty-fifth blind corpus, part c: level-crossing fault and vandalism reports from the
railway (plankorsning), security guards' round and alarm reports (vaktarrapport) and telecom technicians'
site notes (siteanteckning). A frame is `role|style|template`; the slots are tests/blind55_fill.py's."""

from __future__ import annotations

FRAMES_C = (
    # plankorsning
    "banvakt|plankorsning|Felrapport plankorsning\nPlats: {site}\nTid: {date} kl {time}\nFel: bommen "
    "avbruten, ljussignal krossad. Spår av stenkastning.\nRapporterat av: {full:1}, Infranord\n"
    "Tågklarerare informerad: {sur:2}",
    "banvakt|plankorsning|{date}: Vid {site} har någon brutit upp reläskåpet och klippt kablar. Bommarna "
    "stod nere i 40 min och bilister körde runt. Lokförare {full:1} rapporterade. Polis ({case}) och "
    "{org} underrättade. /{first:2}",
    "trafikverket|plankorsning|Händelse i banan\nObjekt: {site}\nBeskrivning: Koppar i signalkabel "
    "stulen, ca 15 m. Tåg fick köra på nödsignal. Ansvarig bantekniker {full:1}, tel {mob}. Vittne "
    "{full:2} såg en bil, {plate2}, köra från platsen ca kl {time}.",
    "banvakt|plankorsning|Kort rapport: ungdomar har lagt stenar på spåret vid {site} och sprayat på "
    "skåpen. En pojke på ca {ung} år kallades {nick:1} av kompisarna. Boende i närheten, {full:2}, "
    "{tel}, har tidigare ringt om samma sak.",
    "trafikverket|plankorsning|Skadegörelse vid plankorsning\n{date}, {site}\nHalvbommen har sågats av. "
    "Kostnad för ny ca {amount}. Bantekniker på plats: {full:1} och {wfirst:2}. Polisanmält, {case}. "
    "[[Storm]] i natt, men skadan är inte väderrelaterad.",
    "banvakt|plankorsning|{full:1} ringer från {place}: vid plankorsningen är signalskåpet öppet och det "
    "ligger kabelrester på marken. Han har parkerat bredvid, reg {plate}, och väntar. Skickar {sur:2} "
    "från Infranord. Tidpunkt: {time}.",
    "trafikverket|plankorsning|Till {first:1}\nDu bad om sammanställning för {week}: två incidenter vid "
    "{site} (stöld av jordlina, trasig bom), en vid {place} (klotter på teknikhus). Kontaktpersoner: "
    "{comma:2}, {comma:3}. Hör av dig på {mail}.",
    "banvakt|plankorsning|obs {lowf:1}: larm kl {time} från {site}, bommar ur funktion. {full:2} på väg "
    "från {place}, ca 20 min. meddela {org} och trafikledningen.",
    # vaktarrapport
    "vaktare|vaktarrapport|Ronderingsrapport\nUppdragsgivare: {org}\nObjekt: {site}\nKl {time} "
    "upptäcktes att staketet var uppklippt. Två personer sprang mot {place}. Väktare {full:1} och "
    "{full:2} följde ej efter. {first:1} tog bilder. Polisen kontaktad, {case}.",
    "vaktare|vaktarrapport|Larmutryckning {date} kl {time}\nObjekt: {site}\nOrsak: inbrottslarm, dörr "
    "B.\nÅtgärd: dörren uppbruten, inget synligt stulet. Objektet låst med nytt hänglås. Nyckelansvarig "
    "{full:1} underrättad per telefon {mob}.\nVäktare: {init:2}",
    "vaktare|vaktarrapport|Iakttagelse: personbil {plate} stod parkerad med motorn igång vid {site} ca "
    "kl {time}. Föraren, ca {vuxen} år, uppgav sig heta {full:1} ({snr}) och skulle 'bara vila'. Bilen "
    "innehöll verktyg och kabel. Uppgifterna lämnade till polisen.",
    "vaktare|vaktarrapport|Rapport {date}\nVäktare {sur:1} och {sur:2}\nUnder rond vid {site} "
    "påträffades {full:3}, pnr {pnr}, och {full:5}, samordningsnr {snr}, inne på inhägnat område. "
    "{first:3} hade bultsax. Polis kom kl {time} och tog över. Vittne: {full:4}.",
    "vaktare|vaktarrapport|Kl {time} stötte vi på ett gäng vid {venue} som kastade sten mot gatlyktorna. "
    "En av dem, kallad {nick:1}, känner vi igen från tidigare. {first:2} ringde {org}. Tre lyktor "
    "krossade vid hållplatsen för {line}.",
    "vaktare|vaktarrapport|Avvikelserapport – {org}\nVäktare: {caps:1}\nPlats: {site}\nKorta noteringar: "
    "grind öppen vid ankomst, hänglås avklippt, kabeltrumma borta. Kontaktat jour {full:2} ({mob}). "
    "Bilder sparade.",
    "vaktare|vaktarrapport|{full:1} (väktare) noterade kl {time} att belysningen på {pstreet} var släckt "
    "och att kopparledning hängde ut ur en stolpe. Granne {full:2} på {addr}, {lgh}, hade sett en "
    "skåpbil med reg {plate2} tidigare på kvällen.",
    "vaktare|vaktarrapport|Rond 3 — {place}\n{time} allt lugnt vid {site}\n{time} {lowf:1} från "
    "larmcentralen ringer: larm vid pumpstationen\n{time} på plats, dörr uppbruten, inga personer\n"
    "{time} jour {full:2} kvitterar\n/{nick:3}",
    # siteanteckning
    "telekomtekniker|siteanteckning|Site: {site}\nOperatör: {org}\nBesök {date}, tekniker {full:1}\n"
    "Noterat: låset på shelterdörren uppbrutet, 4 st batterier stulna, jordkabel kapad. Siten gick på "
    "reserv. Polisanmälan görs av {sur:2}.\nNästa besök {week}",
    "telekomtekniker|siteanteckning|Anteckning {date}\nMasten: {site}\nLarm 'door open' sedan kl {time}. "
    "På plats: {full:1}, {full:2}. Staket nedtrampat, kabelstege bänd, ca 20 m jordlina borta. Markägare "
    "{full:3} ({tel}) har sett bil med reg {plate} flera kvällar.",
    "telekomtekniker|siteanteckning|site {site} – besök avbrutet, okända personer på plats vid ankomst "
    "kl {time}. ringde 112. polisen kom, tog uppgifter på en man som sa sig heta {full:1}. ärende "
    "{case}. /{lowf:2}",
    "telekomtekniker|siteanteckning|Siteanteckning\nAnläggning: {site}\nÄgare: {org}\nMarkupplåtelse: "
    "{fast}, kontakt {comma:1}\nIncident: kabel till radiolänken avklippt, troligen kopparstöld. Ersatt "
    "den {date}.\nTekniker: {full:2}",
    "telekomtekniker|siteanteckning|{first:1}: kom fram kl {time}, hela skåpet tömt på batterier. "
    "{nick:2} från {org} var redan här. vi har spärrat grinden. kostnad ca {amount}. [[Sten]] genom "
    "kameran också",
    "telekomtekniker|siteanteckning|Besök {site} {week}\nTekniker: {full:1}, {mob}\nObs: någon har "
    "försökt klättra i masten, stegskyddet sönderklippt. Grannen {wsur:2} säger att det var ungdomar "
    "från {place}.",
    "telekomtekniker|siteanteckning|Rapport till NOC: {site} nere {date} kl {time}. Orsak: inbrott, "
    "likriktare stulen. Åtgärdas av {full:1} och {full:2}, {first:2} har nyckel. NOC-kontakt {sur:3}, "
    "{tel}.",
    "telekomtekniker|siteanteckning|{caps:1} {mob}\nplats {site}\ngrind + skåp uppbrutet, ~30 m Cu "
    "borta\npolis meddelad kl {time}, ärende {case}\nväntar på {org} för nytt lås\n/{first:1}",
)
