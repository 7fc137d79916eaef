"""Frames of the seventieth blind corpus, part e: property owners' and landlords' reports to the kommun's
EST picture, guards' patrol reports and site meeting minutes (byggmöte) (tests/blind70_corpus.py)."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # ------------------------------------------------------------------ est_rapport
    "trygghetssamordnare|est_rapport|Vecka: {week}\nOmråde: {place}\nKategori: inbrott och stöld\n"
    "Beskrivning: upprepade inbrott på byggarbetsplatsen vid {street}. Platschef {full:1} uppger att "
    "maskiner för ca {amount} försvunnit. Rapportör: {org}",
    "bostadsbolag|est_rapport|{org} – rapport till EST {week}\n{date}: brand i byggcontainer "
    "{proj}, polis och räddningstjänst på plats. Vittne {full:1} ({mob}).\n{date}: klotter på "
    "plank mot {venue}. Sanerat. /{first:2}",
    "trygghetssamordnare|est_rapport|EST-underlag {place} {week}\n- Nybyggda huset på {addr} har haft "
    "obehöriga inne, bl.a. natten till {date}. Byggherre {org}, kontakt {sur:1}.\n- Trygghetsvandring längs"
    " {pstreet}"
    " med {full:2} och {full:3} planeras.",
    "kommunpolis|est_rapport|Kommunpolisen {kommun}, {week}\nSerie stölder från byggarbetsplatser i "
    "{place}, bl.a. {proj}. Ärenden samlade under {case}. Fordon av intresse: {plate} och {plate2}. "
    "Bilarna har setts vid hållplatser längs {line}. Inga namn i lägesbilden. Kontakt: {full:1}",
    "bostadsbolag|est_rapport|Rapportör: {org}\nDatum: {date}\nPlats: {fast} ({addr})\nHändelse: "
    "otrygg plats – byggstängsel nedrivet, hål mot gångvägen till {venue}\nRapporterad av "
    "fastighetsskötare {full:1}",
    "trygghetssamordnare|est_rapport|Till EST-gruppen:\nBoende i {place} oroliga efter bilbränder "
    "vid byggets parkering. {full:1} från {org} och trygghetsvärden {first:2} träffade boende {date}."
    " Kontakt med brf-ordförande {comma:3}.\n/{full:4}",
    "bostadsbolag|est_rapport|EST {week} – {org}\nInbrott förråd: 4 (varav 2 på {street})\n"
    "Skadegörelse: 2\nNedskräpning från bygget vid {proj}: en gång, anmält till {full:1}\nKontakt:"
    " {first:2}, "
    "{tel}",
    "trygghetssamordnare|est_rapport|{full:1} ({org}) rapporterar {date}: ungdomar har tagit sig upp i"
    " {kran} på bygget vid {street}. Väktare skickad. Bussen på {line} stannar vid bygget och busschauffören"
    " {first:2} larmade.",
    # ------------------------------------------------------------------ vaktarrapport
    "vaktare|vaktarrapport|VÄKTARRAPPORT\nObjekt: {proj}\nVäktare: {full:1}, id 4471\n{date}\nkl {time}"
    " rond – grind mot {street} öppen, stängd\nkl {time} två personer i plan 2, avvisade, en uppgav "
    "namnet {full:2}\nkl {time} rond ok, rapport till AL {wsur:3}",
    "vaktare|vaktarrapport|Rapport {org} – {date}\nPatrull: {first:1}/{first:2}\nObjekt {fast}: "
    "nattlig rond. Bil {plate2} parkerad inne på området, förare {low:3} uppgav att han jobbar för "
    "{sur:4}. Släppt.",
    "vaktare|vaktarrapport|Avvikelserapport\nVäktare {sur:1}, {org}\nPlats: {addr}, nybygge\n{date}: "
    "ytterdörr uppbruten, kopparrör borttagna ur {lgh}.\nKontakt med platschef {full:2} på {mob}. "
    "Polis: {case}.",
    "vaktare|vaktarrapport|rondrapport {week}\nmån {proj} ok\ntis {proj} staket lagat\nons bod "
    "uppbruten, {first:1} från bygget på plats kl {time}\ntor ok\nfre {nick:2} (känd sedan tidigare) "
    "sågs vid {venue}\nväktare {init:3}",
    "vaktare|vaktarrapport|Till {full:1},\nunder natten till {date} genomfördes {antal} ronder på {proj}."
    " Vid andra ronden stod {plate} vid containrarna. Föraren {full:2} uppgav att han hämtade sitt eget"
    " verktyg. Kontrollerat med {first:3} (AL), stämde ej.\n{full:4}, {org}",
    "vaktare|vaktarrapport|Händelserapport {org}\nTid: {date} kl {time}\nPlats: {street}, {place}\n"
    "Händelse: person sover i byggbod. Personen, {full:1}, lämnade frivilligt. Socialjouren "
    "kontaktad. Rapport: {caps:2}",
    "vaktare|vaktarrapport|{full:1} rapport\nobjekt {proj}\n{date} ca {time}: larm bod 3, ingen "
    "inne\nbod 4 uppbruten, {wsur:2} (AL) meddelad\nägaren av {plate} ({full:3}) bor på {addr}, "
    "bilen flyttad",
    "vaktare|vaktarrapport|Rapport – stationär bevakning {proj}\n{week}, nätter\nVäktare: {full:1}, "
    "{full:2}\nIngen åverkan. En person frågade efter {first:3} (snickare) vid {time}. Överlämnat "
    "till {full:4}.",
    # ------------------------------------------------------------------ byggmote
    "projektledare|byggmote|BYGGMÖTE nr 7 – {proj}\nDatum: {date}\nNärvarande: {full:1} (B), {full:2}"
    " (E), {full:3} (UE el)\n§4 Tidplan: stomme klar {week}\n§5 Stölder: 3 st sedan förra mötet, "
    "anmälda ({case})\n§6 Nästa möte {date}",
    "byggherre|byggmote|Protokoll byggmöte {date}\nProjekt: {proj}, fastighet {fast}\nNärvarande: "
    "{init:1} (byggherre), {init:2} (PC), {first:3} (KA)\n5. Ekonomi: ÄTA-lista på {amount}\n6. "
    "Säkerhet: inbrott i bod, {sur:4} tar in offert på larm",
    "projektledare|byggmote|Minnesanteckningar – startmöte {proj}\nPlats: byggboden, {street}\n{full:1},"
    " {org}\n{full:2}, konsult\n{wfirst:3} {sur:3}, kontrollansvarig\nAnbudssumma {amount}\nByggstart "
    "{week}",
    "byggherre|byggmote|Byggmöte {date}\n§3 Grannkontakter: {full:1} ({addr}) har klagat på "
    "dammet. {first:2} kontaktar.\n§4 Arbetsmiljö: {caps:3} har varit på skyddsrond.\n§5 Övrigt: "
    "bygglogistik, leveranser före kl {time}",
    "projektledare|byggmote|BM 12 {proj}\nnärv.: {first:1} {sur:1}, {lowf:2} ({org}), {first:3}\n"
    "tidplan: plan 5 gjuts {week}\nstölder: ny kabelstöld {date}, {first:1} anmäler\ntrafik: "
    "{line} leds om förbi {street}",
    "byggherre|byggmote|Protokoll {date}\nÄrende: {proj}\n§2 {full:1} presenterar sig som ny "
    "arbetsledare, tel {mob}\n§3 [[Granit]] till entréerna försenat till {week}\n§4 Inbrottet i "
    "{lgh} – polisen utreder ({case})",
    "projektledare|byggmote|Byggmöte – {proj}\nNärvarande: {comma:1}, {comma:2}, {comma:3}\n"
    "Frånvarande: {first:4}\nPunkt 3: hyrd utrustning ({kran}) återlämnas {date}\nPunkt 4: leverans fönster "
    "kl {time}\nPunkt 5: kostnad för staket {amount}",
    "byggherre|byggmote|Anteckningar från byggmöte {date} ({kommun})\n- {full:1} ({org}) tar över "
    "som PC\n- fastigheterna {fast} och {fast} slås ihop\n- {full:2|g} firma får anbudet, {amount}\n- "
    "nästa möte {date}, {first:3} kallar",
)  # fmt: skip
