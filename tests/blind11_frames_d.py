"""Frames of the eleventh blind corpus, part D: rescue service, church and association volunteers,
police summaries, mixed Swedish–English, and more hurried notes."""

from __future__ import annotations

FRAMES_D: tuple[tuple[str, str, str, str], ...] = (
    (
        "d001",
        "räddningstjänst",
        "raddning",
        "Larm kl {time}: brand i container vid {addr}. Styrkeledare {A.full}. Anmälare {B.full}, {mob}.",
    ),
    (
        "d002",
        "räddningstjänst",
        "raddning",
        "Insatsrapport {case}. Anlagd brand i trapphus {fast}. Boende {A.full} ({lgh}) rökskadad, "
        "transporterad till {inst}.",
    ),
    (
        "d003",
        "räddningstjänst",
        "raddning",
        "Brandman {A.sur} noterade att branddörren på {street} var uppkilad. {B.wfirst} från {org} "
        "informerad.",
    ),
    (
        "d004",
        "räddningstjänst",
        "raddning",
        "Bilbrand {platen} på parkeringen vid {place} natten till {date}. Ägare {A.full} nåddes på {tel}.",
    ),
    (
        "d005",
        "räddningstjänst",
        "raddning",
        "Skolbesök {week}: {A.full} och {B.nick} pratade om anlagda bränder med åk 6 på {inst}.",
    ),
    (
        "d006",
        "diakon",
        "kyrka",
        "Diakon {A.full} har öppet café i {inst} tisdagar. {B.wfirst} och {C.full} hjälper till.",
    ),
    (
        "d007",
        "diakon",
        "kyrka",
        "Från {org}: nattvandring {date} med {A.full}, {B.first}, {C.wfirst} och kyrkvärd {D.sur}. "
        "Lugnt vid {place}.",
    ),
    (
        "d008",
        "föreningsledare",
        "forening",
        "{org} rapporterar: tränare {A.full} hotad efter match {date} på {inst}. Ordförande {B.full} "
        "polisanmäler.",
    ),
    (
        "d009",
        "föreningsledare",
        "forening",
        "Hej! {A.nick} här från {org}. Vi har sett mopeder på {street} varje kväll {week}. Ring {mob}.",
    ),
    (
        "d010",
        "nattvandrare",
        "forening",
        "Nattvandring den {date}: {A.first}, {B.first}, {C.wfirst}, {D.nick}. Start kl {time} vid {inst}.",
    ),
    (
        "d011",
        "föreningsledare",
        "forening",
        "Kassör {A.wsur} meddelar att lokalen på {addr} fått en krossad ruta, ca {amount}.",
    ),
    (
        "d012",
        "diakon",
        "kyrka",
        "Församlingen ({A.full}) har haft besök av {B.full_lower} som sov i kyrkans vapenhus.",
    ),
    (
        "d013",
        "polis",
        "polis",
        "Sammanfattning natt: {A.full}, född {pnr}, omhändertagen enligt LOB vid {inst} kl {time}.",
    ),
    ("d014", "polis", "polis", "{case}: Olaga hot, {place}. Målsägande {A.full}. Misstänkt {B.full}, {snr}."),
    (
        "d015",
        "polis",
        "polis",
        "Trafikkontroll den {date} {street}: {plate} förare {A.full} saknade körkort. Passagerare {B.first}.",
    ),
    (
        "d016",
        "polis",
        "polis",
        "Narkotikabrott ringa, {place}. {A.rev_caps} (18) anträffad med cannabis. Anmälan {case}.",
    ),
    (
        "d017",
        "kommunpolis",
        "polis",
        "Veckans läge från kommunpolis {A.full}: två rån vid {inst}, misstänkta {B.full} och {C.full}.",
    ),
    (
        "d018",
        "polis",
        "polis",
        "Husrannsakan {addr}, {lgh}. Hyresgäst {A.full3}. Beslag: stöldgods från {org}.",
    ),
    (
        "d019",
        "kommunpolis",
        "polis",
        "Polisen ({A.sur}) vill att {org} sparar film från {date} kl {time}, ärende {case}.",
    ),
    (
        "d020",
        "samordnare",
        "engelska",
        "Hi {A.first}, thanks for the meeting! {B.full} from {org} will send the figures for {week}. "
        "Cheers, {C.first}",
    ),
    (
        "d021",
        "samordnare",
        "engelska",
        "Note from {A.full} ({org}): the lights near {inst} are broken again. Please call {B.wfirst} on "
        "{mob}.",
    ),
    (
        "d022",
        "väktare",
        "engelska",
        "Incident on {date}, {place}: {A.full} and his friend {B.nick} were shouting at staff. Left at "
        "{time}.",
    ),
    (
        "d023",
        "samordnare",
        "engelska",
        "{A.wfirst} {A.sur} (housing officer) says tenant in {lgh} at {addr} has complained about noise.",
    ),
    (
        "d024",
        "fältassistent",
        "engelska",
        'Mötte {A.first} och {B.first} vid {inst}, they said {C.wfirst} was "chilling" vid {place}. Ok vibe.',
    ),
    (
        "d025",
        "samordnare",
        "engelska",
        "Action: {A.full} to contact {org} before {date}. Owner: {B.rev}. Status: ongoing.",
    ),
    (
        "d026",
        "räddningstjänst",
        "raddning",
        "RÄDDNINGSTJÄNSTEN: BRAND I BIL {plate} {place_caps}. ÄGARE {A.full_caps} KONTAKTAD.",
    ),
    (
        "d027",
        "nattvandrare",
        "forening",
        "vandrade {place_lower} o {inst_lower}. {A.first_lower} o {B.wfirst_lower} från föreningen. "
        "inget att rapportera. /{C.first}",
    ),
    (
        "d028",
        "diakon",
        "kyrka",
        "Minnesstund för {A.full} i {inst} {date}. Prästen {B.wsur} leder, {org} finns på plats.",
    ),
    (
        "d029",
        "polis",
        "polis",
        "Ofredande vid {place}. Målsägare {A.first} (15 år), mamma {B.full}, {tel}. Anm {case}.",
    ),
    (
        "d030",
        "föreningsledare",
        "forening",
        "Till {A.full}! Vi i {org} vill ha ett möte om tryggheten vid {inst}. Hälsningar {B.wfirst} {B.wsur}",
    ),
    (
        "d031",
        "fältassistent",
        "slarv",
        "snackade m {A.first_lower} {A.sur_lower} vid {inst_lower}, han sa att {B.nick_lower} o "
        "{C.wsur_lower} "
        "har problem m {D.first_lower}",
    ),
    (
        "d032",
        "trygghetsvärd",
        "slarv",
        "ingen belysning {street_noacc}, {A.wfirst_lower} o jag gick runt. {B.full_noacc} pa {addr_noacc} "
        "hade ringt om det",
    ),
    (
        "d033",
        "nattvandrare",
        "slarv",
        "kl {time} ca 20 pers vid {place_noacc}, bla {A.first_noacc}, {B.first_noacc}, {C.first_noacc}. "
        "lugnt",
    ),
    (
        "d034",
        "samordnare",
        "slarv",
        "pm: ring {A.wfirst_lower} ang. {B.gen_lower} moped {platen}. ev ngt m {org}",
    ),
    ("d035", "polis", "slarv", "LOB {A.full_caps} {pnr} VID {inst_caps}. TILLNYKTRING."),
    (
        "d036",
        "räddningstjänst",
        "slarv",
        "automatlarm {inst_lower} kl {time}, rökning i trapphus. {A.sur_lower} o {B.wsur_lower} åkte.",
    ),
    (
        "d037",
        "diakon",
        "kyrka",
        "Familjen {A.sur} (mamma {B.full}, barnen {C.first} och {D.first}) får matkasse varje {week}.",
    ),
    (
        "d038",
        "föreningsledare",
        "forening",
        "Medlem {A.full}, {mail}, anmäler att föreningslokalen vid {pstreet} haft inbrott.",
    ),
    ("d039", "polis", "polis", "Stöld ur bil {platen}, {street}. Ägare {A.full} ({pnr}). Inga vittnen."),
    (
        "d040",
        "samordnare",
        "engelska",
        "FYI: {A.full} from {org} will join {week}. She works with {B.wfirst} {B.sur} at {inst}.",
    ),
    (
        "d041",
        "samordnare",
        "insats",
        "Ansökan om medel för {place}: {A.full} och {B.full}. {org} bidrar med {amount}.",
    ),
    ("d042", "trygghetsvärd", "kolumn", "Rapportör: trygghetsvärd {A.wsur}, {place}"),
    ("d043", "nattvandrare", "kolumn", "Kontakt: {A.full_lower}, {mob}"),
    ("d044", "samordnare", "kolumn", "Ansvarig: {A.wfirst} ({org})"),
    ("d045", "samordnare", "kolumn", "Åtgärd: {A.nick} hör av sig till {B.wsur} på {org}"),
    ("d046", "samordnare", "kolumn", "Kommentar: kopia till {pstreet}-kontoret, {A.full}"),
    (
        "d047",
        "räddningstjänst",
        "raddning",
        "Brand i papperskorg vid {pstreet} kl {time}. Vittne {A.full}, {mob}.",
    ),
    (
        "d048",
        "polis",
        "polis",
        "Kommunpolis {A.wsur} och {B.full} (närpolis) gick runt {place} den {date}. Kontaktade {C.full} på "
        "{org}.",
    ),
    (
        "d049",
        "diakon",
        "kyrka",
        "Volontär {A.nick} och {B.wfirst} från {org} hade {week} läxhjälp vid {pstreet}.",
    ),
    (
        "d050",
        "polis",
        "polis",
        "Person med samordningsnummer {snr} ({A.full}) omhändertagen vid {inst}, {date}.",
    ),
    ("d051", "samordnare", "kolumn", "Rapportör: {A.init} ({org}); kontakt {B.wfirst} {B.wsur}"),
    (
        "d052",
        "samordnare",
        "slarv",
        "{A.first_lower} sa att {B.full_lower} har flyttat till {place}. {C.wfirst_lower} vet mer",
    ),
)
