"""Frames of the eleventh blind corpus, part E: cells where ordinary words look like names (a `sten`, a
`björk`, `Hans mamma`, `Mark och planering`, `We hope`), beside the people they must not be confused with."""

from __future__ import annotations

FRAMES_E: tuple[tuple[str, str, str, str], ...] = (
    (
        "e001",
        "bovärd",
        "arbetsorder",
        "<Inga> personskador. En <sten> hade kastats genom fönstret hos {A.full}, {addr}. {B.first} från "
        "jouren satte upp skiva.",
    ),
    (
        "e002",
        "fastighetsskötare",
        "arbetsorder",
        "En <björk> har blåst omkull över gångvägen vid {street}. {A.wsur} sågar den {week}. <Inga> bilar "
        "skadade.",
    ),
    (
        "e003",
        "samordnare",
        "protokoll",
        "<Mark> och planering ({org}) ska se över ytan vid {place}. {A.full} kallar till möte {date}.",
    ),
    (
        "e004",
        "fältassistent",
        "faltlogg",
        "<Hans> mamma {A.full} ringde oss om {B.first}. Hon vill <bo> kvar men är orolig. Samordningsnr "
        "{snr}.",
    ),
    (
        "e005",
        "samordnare",
        "engelska",
        "We <hope> {A.first} can join the walk {week}. <Will> report back to {B.full} ({mail}).",
    ),
    (
        "e006",
        "fritidsledare",
        "insats",
        "<Dag> för <dag> blir det lugnare vid {inst}, säger {A.full}. <Per> kväll kommer ca 30 ungdomar.",
    ),
    (
        "e007",
        "trygghetsvärd",
        "kolumn",
        "Kommentar: <Stark> insats av {A.nick} och {B.full}. <Glad> stämning i {place}.",
    ),
    (
        "e008",
        "räddningstjänst",
        "raddning",
        "Elden spred sig till en <ek> bakom {inst}. {A.full} larmade kl {time}. Bil {platen} skadad.",
    ),
    (
        "e009",
        "nattvandrare",
        "forening",
        "<Rosa> västar på alla. {A.full} och {B.wfirst} gick längs en smal <stig> ner mot {place}.",
    ),
    (
        "e010",
        "samordnare",
        "insats",
        "<Frisk> luft och <sol>: {A.full} och klass 5 från {inst} plockade skräp på {pstreet}.",
    ),
    (
        "e011",
        "samordnare",
        "engelska",
        "The <bill> for the repair ({amount}) goes to {org}. Ask {A.full} if <grace> period applies.",
    ),
    (
        "e012",
        "bovärd",
        "arbetsorder",
        "<Alla> lampor i {street} 3 ur funktion. Anmält av {A.full}, {mail}. <Flera> grannar har klagat.",
    ),
    (
        "e013",
        "polis",
        "polis",
        "Hyresgäst med samordningsnummer {snr} (enligt {A.full}) hördes om {case}. <Ingen> misstänkt.",
    ),
    (
        "e014",
        "samordnare",
        "atgardslista",
        "Klara av före {date}: sanering vid {pstreet}, ansv. {A.full}. <Inga> kostnader utöver {amount}.",
    ),
    (
        "e015",
        "fältassistent",
        "slarv",
        "<ingen> på plats vid {place_lower}. {A.first_lower} sa att <alla> drog till {inst_lower}. {platen} "
        "stod kvar.",
    ),
    (
        "e016",
        "väktare",
        "kolumn",
        "Händelse: <Max> 20 personer i galleriet enligt beslut. Väktare {A.full}, {org}.",
    ),
    ("e017", "samordnare", "kolumn", "Kontakt: {A.full}, {mail} (<vill> ha svar {week})"),
    (
        "e018",
        "bostadsbolag",
        "arbetsorder",
        "En <gran> har fallit mot fasaden på {fast}. {A.full} ({snr}) bor i {lgh} och är orolig.",
    ),
    (
        "e019",
        "socialsekreterare",
        "soc",
        "<Hans> pappa {A.full} har samordningsnummer {snr}. Tolk via {org}. <Ingen> återkoppling än.",
    ),
    (
        "e020",
        "samordnare",
        "protokoll",
        "<Saga> och verklighet: ryktet om skjutning vid {place} stämde inte, enligt {A.full}. <Inga> "
        "skadade.",
    ),
    (
        "e021",
        "trafikledare",
        "trafik",
        "Glaskross i {bus}. <Per> vecka kostar det {amount}. Förare {A.full}, bil {platen}.",
    ),
    (
        "e022",
        "fritidsledare",
        "kolumn",
        "Rapportör: {A.full}. Kommentar: <Inga> incidenter, <lugnt> på {pstreet}.",
    ),
    (
        "e023",
        "samordnare",
        "engelska",
        "<Mark> the date: {date}, walk from {inst}. Contact {A.full} or {B.nick}, {mail}.",
    ),
    ("e024", "samordnare", "kolumn", "Plats: {pstreet}. <Inga> skador. Rapportör: {A.full}"),
    (
        "e025",
        "väktare",
        "kolumn",
        "Händelse: {plate} och {plate} körde på torget vid {inst}. Kontakt {A.full}, {tel}.",
    ),
    (
        "e026",
        "trafikledare",
        "trafik",
        "Stenkastning mot {bus} och {bus} vid {place}. Trafikledare {A.full}, {tel}. Polis {case}.",
    ),
    ("e027", "bostadsbolag", "kolumn", "Kontaktperson: {A.rev}, {tel} / {mob}, {addr}"),
    (
        "e028",
        "kommunpolis",
        "polis",
        "Efterlysta fordon {week}: {plate}, {platen}. Tips till {A.full}, {tel}.",
    ),
    ("e029", "bostadsbolag", "arbetsorder", "{ao} {fast} {addr}, {lgh}. Hyresgäst {A.full}, {pnr}, {mob}."),
    (
        "e030",
        "trafikledare",
        "kolumn",
        "Plats: hållplats {inst}, {bus}. Rapportör: {A.wfirst} ({org}), {tel}",
    ),
)
