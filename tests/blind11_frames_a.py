"""Frames of the eleventh blind corpus, part A: EST meeting minutes, action lists, insats follow-ups.
(id, voice, style, template); slots as tests/blind11_corpus.py describes."""

from __future__ import annotations

FRAMES_A: tuple[tuple[str, str, str, str], ...] = (
    (
        "a001",
        "samordnare",
        "protokoll",
        "Närvarande: {A.full} (samordnare), {B.full} (kommunpolis), {C.full} ({org}). Ordf. {A.first}, "
        "sekr. {C.first}. Läget i {place} gult sedan {week}.",
    ),
    (
        "a002",
        "samordnare",
        "protokoll",
        "§ 3 Lägesbild {week}. {A.full} redogjorde för klotter vid {inst}. {B.first} tar kontakt med "
        "fastighetsägaren. <Inga> nya skadegörelser i {place}.",
    ),
    (
        "a003",
        "samordnare",
        "atgardslista",
        "Åtgärd: utökad belysning {street}. Ansvarig: {A.rev}. Klart senast {date}. Status: planerad.",
    ),
    ("a004", "samordnare", "atgardslista", "Ansvarig {A.init}, {org}. Deadline {date}. Kontakt via {mob}."),
    (
        "a005",
        "kommunpolis",
        "protokoll",
        "Kommunpolis {A.sur} informerade om {case} (skadegörelse, {place}). {B.full} från {org} fyller på "
        "med bilder.",
    ),
    (
        "a006",
        "samordnare",
        "insats",
        "Insats trygghetsvandring {date}: genomförd. Deltog {A.full}, {B.full} och {C.nick}. Uppföljning "
        "{week}.",
    ),
    (
        "a007",
        "samordnare",
        "insats",
        "Status pågående. {A.first} har beställt klotterborttagning ({ao}), kostnad {amount}. Fråga {B.full} "
        "om fakturan.",
    ),
    (
        "a008",
        "samordnare",
        "protokoll",
        "Ordförande: {Af.full3}. Justerare: {B.rev}. Mötet avslutades kl {time}.",
    ),
    (
        "a009",
        "samordnare",
        "atgardslista",
        "- ev. kameror vid {inst}, {A.first} kollar m {B.full} pga upprepade inbrott\n- nästa möte {date}",
    ),
    (
        "a010",
        "rektor",
        "protokoll",
        "Rektor {A.sur} ({inst}) rapporterade oro bland elever efter helgen. Kurator {B.sur} och {C.full} "
        "följer upp. <Alla> klasser informerade.",
    ),
    (
        "a011",
        "samordnare",
        "insats",
        "Uppföljning: {A.full} ringde {date}, grannarna på {addr} upplever det lugnare. {A.first} föreslår "
        "att insatsen avslutas {week}.",
    ),
    (
        "a012",
        "samordnare",
        "protokoll",
        "Fråga från {A.wfirst} ({org}): kan vi få fler vandringar runt {place}? {B.full} svarade att det "
        "tas upp {week}.",
    ),
    (
        "a013",
        "samordnare",
        "atgardslista",
        "Vem: {A.wfirst} {A.sur}. Vad: röja buskar vid {street}. När: {week}. Kostnad ca {amount}.",
    ),
    (
        "a014",
        "förvaltare",
        "protokoll",
        "{org} (förvaltare {A.wsur}) har bytt lås i {fast} efter inbrott. {B.full} undrar om fler förråd "
        "drabbats.",
    ),
    (
        "a015",
        "samordnare",
        "protokoll",
        "Anteckningar: {A.full_lower} - ang klotter {place}, {B.first_lower} fixar offert. klart {date}",
    ),
    (
        "a016",
        "samordnare",
        "insats",
        "Insatsen vid {inst} avslutad. Tack till {A.nick} och {B.wfirst} för helgen! Kostnad totalt "
        "{amount}.",
    ),
    (
        "a017",
        "kommunpolis",
        "protokoll",
        "Polisen ({A.full}) har fått in {case} om rån mot ungdom vid {inst} kl {time}. Gärningsperson okänd.",
    ),
    (
        "a018",
        "samordnare",
        "atgardslista",
        "1. Grovsopor {street} – {A.full}, {week}\n2. Trasig lykta {place} – {B.full}, {week}",
    ),
    ("a019", "samordnare", "protokoll", "Närvarande: {A.rev}, {B.rev}, {C.rev}. Förhinder: {D.full}."),
    (
        "a020",
        "samordnare",
        "insats",
        "Trygghetsvärdarna ({A.full} och {B.wfirst} {B.wsur}) går extra pass {week} kring {place}. "
        "Kontakt {A.first}: {mob}.",
    ),
    (
        "a021",
        "samordnare",
        "protokoll",
        "{A.full} ({org}) föreslog att skolan informerar föräldrar innan {date}. {B.first} skriver utkast, "
        "{A.first} granskar.",
    ),
    (
        "a022",
        "fältassistent",
        "insats",
        "Fältgruppen ({A.first}, {B.first}, {C.wfirst}) var ute {date} kl {time}. Lugnt vid {inst}, ca 15 "
        "ungdomar vid {place}.",
    ),
    (
        "a023",
        "samordnare",
        "atgardslista",
        "Åtgärd: <Ros> och tack till {A.full} för snabb sanering av klotter på {street}. Ansvarig för "
        "nästa steg: {B.init}.",
    ),
    (
        "a024",
        "samordnare",
        "protokoll",
        "Beslut: {place} går från gul till röd. {A.full} meddelar {org}. Reservation från {B.sur_caps}.",
    ),
    (
        "a025",
        "bovärd",
        "insats",
        "Bovärd {A.wsur} har satt upp skyltar på {addr}. Boende i {lgh} har klagat på buller, {A.wsur} "
        "pratar med dem.",
    ),
    (
        "a026",
        "samordnare",
        "protokoll",
        "Rapport från {org}: väktare {A.sur} och {B.full} avvisade personer från {inst} kl {time}.",
    ),
    (
        "a027",
        "samordnare",
        "atgardslista",
        "ÅTGÄRD | ANSVARIG | KLART\nSanering klotter | {A.full} | {date}\nNy belysning | {B.full} | {week}",
    ),
    (
        "a028",
        "samordnare",
        "insats",
        "Kommentar: {A.first} och {B.first_lower} har varit i kontakt med {C.full} på {org}; insatsen "
        "fortsätter till {week}.",
    ),
    (
        "a029",
        "samordnare",
        "protokoll",
        "Övrigt: {A.full} slutar {date}, ersätts av {B.full}. Tack {A.first} för fina år!",
    ),
    (
        "a030",
        "samordnare",
        "protokoll",
        "Minutes in English for {org}: present {A.full}, {B.full}. {B.first} will contact the school "
        "before {date}. Next meeting {week}.",
    ),
    (
        "a031",
        "kommunpolis",
        "protokoll",
        "Kommunpolis {A.full}: tre anmälningar om stöld ur bil vid {place}, bl.a. {plate}. "
        "{A.first} återkommer {week}.",
    ),
    (
        "a032",
        "samordnare",
        "atgardslista",
        "ang. mopeder på gc-vägen vid {street}: {A.first} kontaktar {org}, {B.wsur} sätter upp bommar. "
        "uppföljning {date}",
    ),
    (
        "a033",
        "samordnare",
        "insats",
        "Insats {place} ({week}): {A.full} och {B.full} från {org} har fört samtal med föräldrar. "
        "{B.first} tycker det gett effekt.",
    ),
    (
        "a034",
        "samordnare",
        "protokoll",
        "Fru {A.sur} (boende {addr}) har hört av sig igen om stök i trapphuset. {B.full} ringer upp.",
    ),
    (
        "a035",
        "socialsekreterare",
        "protokoll",
        "Soc ({A.full}) bekräftar orosanmälan, {ao}. {A.first} deltar inte fler gånger i gruppen av "
        "sekretesskäl.",
    ),
    (
        "a036",
        "samordnare",
        "atgardslista",
        "{A.full}: beställa städning {inst}\n{B.full}: kontakta {org}\n{C.wfirst}: sammanställa till {date}",
    ),
    ("a037", "samordnare", "protokoll", "Vid protokollet: {A.full}. Justeras: {B.full}, {date}."),
    (
        "a038",
        "samordnare",
        "insats",
        "Status: slutförd {date}. Kostnad {amount}. Ansvarig var {A.wfirst}, ev. frågor till {B.full}, "
        "{tel}.",
    ),
    (
        "a039",
        "samordnare",
        "protokoll",
        "{A.full} lyfte oro för bränder i containrar vid {place}. Räddningstjänsten ({B.full}) har haft "
        "tre larm sedan {date}.",
    ),
    (
        "a040",
        "samordnare",
        "atgardslista",
        "todo: {A.first_lower} ringer {org} om lampan vid {street}, {B.first_lower} mailar {mail}",
    ),
    (
        "a041",
        "samordnare",
        "insats",
        "Uppföljning insats kameror {fast}: {A.full} ({org}) meddelar att tillstånd finns. Montering {week}.",
    ),
    (
        "a042",
        "kommunpolis",
        "protokoll",
        "Från polisen: {A.full} frihetsberövad {date} misstänkt för skadegörelse vid {inst}. "
        "Ärendet hos åklagare ({case}).",
    ),
    (
        "a043",
        "samordnare",
        "protokoll",
        "Närvaro: {A.nick} (fritid), {B.full} (skola), {C.wfirst} (bostad), {D.full} (polis).",
    ),
    (
        "a044",
        "samordnare",
        "atgardslista",
        "Ansvarig: {A.rev}\nMedansvarig: {B.rev}\nStart: {date}\nPlats: {place}",
    ),
    (
        "a045",
        "samordnare",
        "insats",
        "Planerad: sommarlovsaktivitet på {inst} {week}. {A.full} söker medel ({amount}) från {org}.",
    ),
    (
        "a046",
        "samordnare",
        "protokoll",
        "Herr {A.sur} på {addr} har skrivit till kommunen igen. {B.full} svarar skriftligt senast {date}.",
    ),
    (
        "a047",
        "samordnare",
        "protokoll",
        "MÖTE {date_caps}: {A.full_caps} OCH {B.full_caps} REDOVISADE. BESLUT: FORTSATT GULT I {place_caps}.",
    ),
    ("a048", "samordnare", "atgardslista", "Ansv {A.init} / {B.init}. Klart {week}. Ref {ao}."),
    (
        "a049",
        "samordnare",
        "insats",
        "{A.first} från {org} berättade att {B.gen} grupp nattvandrat {date}. Det var <lugnt> vid {place}.",
    ),
    (
        "a050",
        "samordnare",
        "protokoll",
        "Sammanfattning: {A.full}, {B.full} och {C.full} delar bilden att {place} blivit lugnare sedan "
        "{week}.",
    ),
    (
        "a051",
        "samordnare",
        "protokoll",
        "Mötet {date}. {A.wfirst} {A.wsur} (ordf.) hälsade {B.full} från {org} välkommen.",
    ),
    (
        "a052",
        "samordnare",
        "insats",
        "Insats: extra städning {street}. {A.nick} på {org} har gjort det i tre veckor. Utvärdering {week}.",
    ),
)
