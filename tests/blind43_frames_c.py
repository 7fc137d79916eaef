"""Frames of the forty-third blind corpus, part c: the developer's weekly reports to the kommun, the
kommunpolis' excerpts and lists of stolen machines and tools (tests/blind43_corpus.py). A frame is
`role|style|template`; the slots are those of tests/blind43_fill.py."""

from __future__ import annotations

FRAMES_C = (
    # --- veckorapport: the developer's (byggherre's) weekly report to the kommun ----------------------------
    "byggherre|veckorapport|Veckorapport {week} – byggherre {org}, kvarteret vid {place}\nFastighet: "
    "{fast}\n1. Trygghet och säkerhet: två inbrott i bodar, en anlagd brand i container vid {street}.\n2. "
    "Grannkontakter: klagomål från {full:1}, {addr}, om buller och ljus.\n3. Kontakt: projektledare "
    "{full:2}, {mail}",
    "byggherre|veckorapport|Till {kommun} – veckorapport byggskede\nProjekt: {venue}\nPeriod: "
    "{week}\nHändelser: stöld av {antal} m kopparkabel (polisanmäld, {case}). Ungdomar i kranen natten mot "
    "söndag, en identifierad av vakten som {full:1}.\nRapportör: {full:2}",
    "byggherre|veckorapport|VECKORAPPORT {place} {week}\nAntal larm: {antal}. Utryckningar: "
    "2.\nIncidenter: skadegörelse på plank mot {pstreet}; försök till dieselstöld ur {plate}.\nÅtgärder: "
    "extra rond kl {time}, ansvarig {full:2}.\nKontaktperson byggherre: {full:1} ({mob})",
    "byggherre|veckorapport|Veckorapport från byggherren, {week}\nSammanfattning: lugnare vecka. En "
    "person, {full:1}, greps av polis efter inbrott i maskinhallen vid {street}. Stulet gods (värde "
    "{amount}) återfanns i bil {plate}. Tack till väktaren {wsur:2} för snabb insats.",
    "byggherre|veckorapport|Rapport till kommunens EST-grupp\nByggherre: {org}\nOmråde: "
    "{place}\nFastighet: {fast}\nVecka: {week}\nAvvikelser: tre nätter med personer inne på området. "
    "Ansvarig arbetsledare {full:1} har namn på en av dem: {full:2} ({ung} år).\nÅtgärd: belysningen mot "
    "{street} förbättrad.",
    "byggherre|veckorapport|Byggherrens veckorapport {week}, {place}\n- Inbrott bod (anm. {case})\n- Brand "
    "i skip den {date}, kl {time}\n- Klättring i kran, {ung} ungdomar\nKontakt: {full:1}, {tel} / "
    "{full:2}, {mob}",
    "byggherre|veckorapport|Veckorapport {week}\nAnställd hos UE ({org}), {full:1}, rapporterar hot från "
    "en person som kallar sig {nick:2} och vill ha betalt för att 'bevaka' bygget vid {place}. Polisanmält "
    "den {date}. Samordnare på kommunen: {first:3}.",
    "byggherre|veckorapport|Sammanställning veckan för {kommun}\nProjekt {venue} – inga större incidenter. "
    "Mindre stöld av {antal} st pallar byggskivor, upptäckt av {first:1} den {date}. {full:2} "
    "(fastighetsägaren) informerad. Nästa rapport {week}.",
    # --- polisutdrag: the kommunpolis' excerpt --------------------------------------------------------------
    "kommunpolis|polisutdrag|Händelsenr {case}\nBrottstyp: Stöld genom inbrott (bygge)\nPlats: "
    "byggarbetsplatsen på fastigheten {fast}, {place}\nMålsägande: {org} genom platschef "
    "{full:1}\nMisstänkt: {full:2}, {pnr}",
    "kommunpolis|polisutdrag|Kommunpolisen informerar: den {date} greps två män, {full:1} ({vuxen}) och "
    "{full:2} ({vuxen}), när de lastade verktyg i en bil med reg {plate2} vid byggarbetsplatsen i {place}. "
    "Ärende {case}.",
    "kommunpolis|polisutdrag|Ur polisens händelselogg\n{time} Tre ungdomar i kran vid {venue}. Patrull på "
    "plats, två sprang till {line}. En av dem, {full:1}, {ung} år, hämtades av {first:1|g} mamma {full:2}.",
    "kommunpolis|polisutdrag|Kommunpolis {wsur:1}: Vi ser en ökning av dieselstölder i {kommun}, senast "
    "vid {street} natten till den {date}. Fordon av intresse: {plate} och {plate2}. Tips till {mail}.",
    "kommunpolis|polisutdrag|Sammanfattning kommunpolis {week}:\n- {place}: inbrott i byggbodar, två "
    "tillfällen\n- {street}: brand i container, misstänkt anlagd\n- Samtal med {full:1} på {org} om bättre "
    "skalskydd\nKontakt: {full:2}, {tel}",
    "kommunpolis|polisutdrag|Anmälan {case} avser stöld av hjullastare {plate}. Anmälare {full:1}, {org}, "
    "nås på {mob}. Misstänkt person kallad {nick:2}, tidigare känd för liknande.",
    "polis|polisutdrag|Patrull 2210 ({first:1} och {first:2}) kontrollerade {antal} personer vid bygget på "
    "{street} kl {time}. En av dem, {full:3} med samordningsnummer {snr}, hade nycklar till en grävmaskin.",
    "kommunpolis|polisutdrag|RAPPORT KOMMUNPOLIS\nOmråde: {place}\nUnder veckan har {org} anmält tre "
    "stölder. Vid en av dem sågs en man i orange jacka som en granne, {full:1}, kände igen som {nick:2}. "
    "Ungdomarna i kranen vid {venue} är identifierade, flera spelar i {klubb}; socialsekreterare {sur:3} "
    "kontaktar föräldrarna.",
    # --- stoldlista: lists of stolen machines and tools -----------------------------------------------------
    "maskinansvarig|stoldlista|Stöldanmälan – maskiner och verktyg\nAnmälare: {full:1}, {org}\nPlats: "
    "{street}, {place}\nGods: kapmaskin Husqvarna K 770, 2 st Hilti TE 70, rotationslaser, totalt "
    "{amount}.\nFordon inblandat: {plate}",
    "maskinansvarig|stoldlista|Förteckning stulet den {date}\n1 st minigrävare Kubota KX019, reg "
    "{plate}\n1 st släp, reg {plate2}\n2 st kompressorer\nUppgiftslämnare: {full:1} ({mob})",
    "maskinansvarig|stoldlista|Maskinansvarig {full:1} meddelar att dumpern {plate} som stals från {place} "
    "den {date} hittats övergiven vid {pstreet}. Polisens ärende {case}. Kontakt {first:1} på {tel}.",
    "arbetsledare|stoldlista|Stöld ur container {venue}:\n• Bosch borrmaskiner x {antal}\n• Kabeltrumma 50 "
    "m\n• Arbetskläder märkta {caps:1}\nVärde: {amount}\nAnmält av arbetsledare {wsur:2}, anm.nr {case}",
    "forsakring|stoldlista|Försäkringsärende – stöld byggarbetsplats\nFörsäkringstagare: "
    "{org}\nKontaktperson: {full:1}, {mail}\nAdress: {addr}, {place}\nFastighet: {fast}\nSkadedatum: "
    "{date}\nPolisanmälan: {case}",
    "arbetsledare|stoldlista|{first:1} och {first:2} har listat det som försvann ur bodarna vid {street} i "
    "helgen: två kapmaskiner, en laptop märkt {org} och {first:2|g} egen borrhammare. Min mobil {mob} om "
    "ni hittar något. {full:3}",
    "maskinansvarig|stoldlista|Stulna fordon senaste månaden ({place}):\n{plate} – hjullastare Volvo L60, "
    "anmäld {date}\n{plate2} – Ford Transit, förare {full:1}\n{plate} – släpkärra, ägare {org}",
    "maskinansvarig|stoldlista|Diesel stulen ur tankcontainern vid {venue}. Mätaren visade {antal} liter "
    "mindre på måndag morgon. Upptäckt av maskinist {sur:1}, rapporterat till {full:2} på {org}. Kameran "
    "visar en pickup, reg {plate2}.",
)
