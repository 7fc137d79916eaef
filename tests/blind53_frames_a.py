"""Frames of the fifty-third blind corpus, part a: the police match commander's reports, the arena security
manager's post-match reports and the stewards' shift notes (`role|style|template`; slots in
tests/blind53_fill.py)."""

from __future__ import annotations

FRAMES_A = (
    # ------------------------------------------------------------------ matchkommendant (police)
    "polis|matchkommendant|HÄNDELSERAPPORT – MATCHINSATS\n"
    "Match: {club} – {away}, {arena}\n"
    "Datum: {date}\n"
    "Polisinsatschef: {init:1}, kommissarie\n"
    "Läge kl {time}: ca {antal} bortasupportrar samlade vid {place}, marsch mot arenan under eskort.\n"
    "Omhändertagen enligt LOB: {full:2}, {pnr}. Transporterad till arresten.\n"
    "Anmälan upprättad {case}. Målsägande är ordningsvakten {sur:3}.",
    "polis|matchkommendant|Kort lägesrapport, insats {club}/{away}.\n"
    "Insläpp öppnade kl {time} utan köer. Under andra halvlek tändes bengaler i bortasektionen; spaningen "
    "pekade ut {full:1} ({pnr}) som avlägsnades av ordningsvakter. Anmäld för brott mot ordningslagen, "
    "{case}.\n"
    "Kontakt bortalaget: säkerhetsansvarig {full:2}, {mob}.\n"
    "//{first:3}, yttre befäl",
    "polis|matchkommendant|Insatsrapport {date}, {arena}\n"
    "1. Förutsättningar: högriskmatch enligt SÄPO-bedömning nej, enligt lokal riskbedömning JA. "
    "Ca {antal} supportrar väntades med buss och tåg.\n"
    "2. Genomförande: Eskort från {venue} via {street}. Vid {place} kastades [[Sten]] och flaskor mot "
    "piketen. Fordon {plate} skadat.\n"
    "3. Gripna: {caps:1}, {snr}, och {full:2}.\n"
    "4. Ansvarig: polisinsatschef {sur:4}.",
    "polis|matchkommendant|Sammanfattning efter matchen {club}–{away}\n"
    "Lugn insats fram till slutsignalen. Därefter bråk mellan grupperingar på {street} där {comma:1} "
    "(ansedd som ledare i den lokala gruppen, kallad {nick:1}) tilldelades avvisning. "
    "{first:2} från supporterpolisen hade dialog med {full:3} som lovade att hålla gruppen samlad.\n"
    "Ärende {case}.",
    "polis|matchkommendant|Till: Polisområde, stab\nFrån: matchkommendant {full:1}\n\n"
    "Angående {club} – {away} lördag {date}.\n"
    "Bortaklacken anlände med {line} och två inhyrda bussar. En bil med reg {plate2} följde bussarna och "
    "stoppades vid {place}; föraren {full:2} ({pnr}) saknade körkort.\n"
    "Inga skadade poliser. Bifogar lista över avvisade, se {case}.\n\n"
    "Mvh {first:1}",
    "polis|matchkommendant|Matchkommendantens logg (utdrag)\n"
    "kl {time} Avstämning med arenans säkerhetschef {sur:1}.\n"
    "Ledningen meddelar att {full:2} har tillträdesförbud och ska nekas vid grind 4.\n"
    "Rapport från spaningen: {nick:3} och {low:4} sedda vid {venue}.\n"
    "{first:5} (RPS) kvitterar. Telefon till stabsläget {tel}.",
    "polis|matchkommendant|PM efter insats, {arena}\n\n"
    "Under kvällen togs {antal} personer om hand. En av dem, {full:1}, uppgav adress {addr}, "
    "{lgh} och bar en kniv i jackan. Beslag gjordes, {case}.\n"
    "Målsägande: en steward, {full:2}, fick ett slag mot huvudet i sektion B.\n"
    "Vittne: {full:3}, kontaktas på {mob}.\n"
    "Upprättat av {init:4}",
    "polis|matchkommendant|{full:1} (polisinsatschef) – rapport, {club} mot {away}\n"
    "Publik ca {antal}00. [[Inga]] allvarliga händelser inne på arenan. Efter matchen samlades en grupp "
    "vid {place} där {wsur:2}, känd sedan tidigare, uppmanade andra att gå mot bortaklacken. Tillsagd två "
    "gånger, därefter avvisad.\n"
    "Buss med reg {plate} kontrollerad på {street}, inget anmärkningsvärt.",
    # ------------------------------------------------------------------ sakerhetschef (arena security)
    "sakerhet|sakerhetsrapport|SÄKERHETSRAPPORT\n"
    "Arrangemang: {club} – {away}\nArena: {arena}\nSäkerhetsansvarig: {full:1}\n\n"
    "Grindar öppnade {time}. Visitation vid samtliga entréer. Vid norra entrén hittades pyroteknik hos "
    "{full:2}, {pnr}; varorna togs i beslag och polis tillkallades ({case}).\n"
    "Ansvarig ordningsvakt: {sur:3}.",
    "sakerhet|sakerhetsrapport|Rapport efter match {date}\n\n"
    "Publiksiffra: {antal}00\nAntal stewards i tjänst: {antal}\n\n"
    "Händelser:\n- Flaggstång kastad från övre läktaren, träffade en åskådare. Den skadade, {full:1}, "
    "fick vård av sjukvårdsgruppen. Anhörig: {first:2}, {mob}.\n"
    "- {full:3} nekades inträde (berusad).\n"
    "/{caps:4}, säkerhetschef",
    "sakerhet|sakerhetsrapport|Hej,\nhär kommer min sammanställning från {arena} i går.\n\n"
    "Bortaklacken var på plats tidigt, runt {time}. Deras SLO {full:1} ({mail}) var lätt att samarbeta "
    "med. Vi fick ändå stänga sektion C en stund när någon satte eld på en halsduk.\n"
    "Vår steward {wfirst:2} blev knuffad men är oskadd.\n"
    "Skadegörelse på toaletterna, uppskattad kostnad {amount}.\n\n"
    "Hälsningar\n{full:3}\nSäkerhetschef, {club}",
    "sakerhet|sakerhetsrapport|INCIDENT – SEKTION 112\n"
    "Tid: {time}\n"
    "Person som klättrat över avspärrningen: {comma:1}. Uppger sig bo på {addr}.\n"
    "Åtgärd: avvisad av ordningsvakt {sur:2}. Tillträdesförbud ska sökas via föreningen.\n"
    "Kamera 14 har bilder. Kontakta {first:3} på kontrollrummet, {tel}.",
    "sakerhet|sakerhetsrapport|{club} – säkerhetsavdelningen\n"
    "Sammanställning {week}\n\n"
    "Match 1 ({date}): lugnt, två avvisade (ej identifierade).\n"
    "Match 2: bråk i kön vid {venue}. {full:1} slog en annan supporter, {full:2}, som sedan inte ville "
    "medverka. Polisens ärende {case}.\n"
    "Åtgärd: fler stewards vid entrén nästa hemmamatch. Ansvarig {init:3}.",
    "sakerhet|sakerhetsrapport|Till kansliet och {org}\n\n"
    "Följande personer har under säsongen upprepade gånger brutit mot arenans ordningsregler och föreslås "
    "få tillträdesförbud:\n"
    "{caps:1}, {pnr}\n{full:2}, {pnr}\n{low:3}, {snr}\n\n"
    "Underlag: rapporter från stewards samt filmer från {arena}.\n"
    "{first:4}",
    "sakerhet|sakerhetsrapport|Säkerhetschefens rapport, hemmamatch mot {away}\n"
    "[[Klara]] direktiv från polisen inför match: bortasupportrar in via gästentrén på {street}.\n"
    "Visitationen hittade {antal} bengaler, nedgrävda i ett blomkrukefodral. Ägare okänd.\n"
    "Efter slutsignal sprang {nick:1} ut på planen; identifierad som {full:1}.\n"
    "Stewarden {sur:2} skadade handen när personen fördes ut.",
    "sakerhet|sakerhetsrapport|{first:1} här, kort rapport från hockeyn.\n"
    "Fullsatt, {antal}00 åskådare. En puck-kastare i ståplats, {full:2}, omhändertogs av ordningsvakter och "
    "lämnades till polisen. En bil, {plate2}, stod parkerad i brandgatan på {street} hela matchen; ägare "
    "{full:3} kontaktad på {mob}.\n"
    "Inget mer att rapportera.",
    # ------------------------------------------------------------------ stewardlogg (shift notes)
    "steward|stewardlogg|Passanteckningar sektion A-B\n"
    "{time} på plats, genomgång m {first:1}\n"
    "ca kl 19 oro vid ståplats, {nick:2} och gänget tjafsade om flaggor\n"
    "{lowf:3} (ny steward) fick hjälp av mig med utrymningsvägarna\n"
    "slut: inga skador. /{first:4}",
    "steward|stewardlogg|{first:1} rapporterar: läktare norr, rad 14–18 stod på stolarna hela första. "
    "sa till {antal} ggr. en kille ({low:2}?) kastade öl på {first:3} från bortalaget.\n"
    "lämnat till OV {sur:4} kl {time}",
    "steward|stewardlogg|Stewardlogg {date}\n"
    "- {full:1} – ingång 2, insläpp\n- {full:2} – ingång 5\n- {comma:3} – bortasektionen\n"
    "Händelse: barnvagn blockerade utrymningsväg. Ägaren flyttade den efter tillsägelse.\n"
    "Inlämnade fynd: plånbok tillhörande {full:4}, {pnr}. Ligger i kassaskåpet.",
    "steward|stewardlogg|skift 2, östra\n"
    "halvlek: en tjej ramlade i trappan, {lowf:1} från sjukvården kom direkt.\n"
    "tjafs vid korvkiosken mellan {first:2} och en hemmasupporter.\n"
    "[[Per]] sektion var vi bara två stewards, för lite!!\n"
    "{nick:3} brukar stå vid staketet, idag också\n/{first:4}",
    "steward|stewardlogg|Logg – kontrollrum\n"
    "{time} Larm från grind 3, stängt efter 2 min\n"
    "Steward {wfirst:1} meddelar att en person rökt i trapphus B, ID: {full:2}.\n"
    "Mobil till den ansvariga på plats: {mob}\n"
    "Sista anteckning: allt släckt, {first:3} och {first:4} låste.",
    "steward|stewardlogg|Hej {first:1}!\nKort från mitt pass igår. Bortaklacken sjöng om "
    "{full:2} hela matchen, inget vi kunde göra. En av deras, {wsur:3}, försökte ta sig förbi oss till "
    "familjeläktaren. Stoppad.\nOrdningsvakt {sur:4} skrev rapport.\nMvh {first:5}",
    "steward|stewardlogg|{first:1} och {first:2} på ståplats öst. "
    "Supportrar hängde banderoll över reklamskylten, tog ner efter samtal med capo {nick:3}. "
    "Ring {mob} om det blir problem nästa gång (capons nummer, fick av {first:4})",
    "steward|stewardlogg|PASSRAPPORT {date}\nPlats: {arena}\nTeamledare: {caps:1}\n"
    "Kl {time}: Brandlarm (falsklarm) utlöst av rök från bengal. Utrymning ej genomförd.\n"
    "Steward {full:2} ont i knät efter att ha halkat, skadeanmälan skriven.\n"
    "Övrigt: {first:3|g} bror var med som provsteward.",
)
