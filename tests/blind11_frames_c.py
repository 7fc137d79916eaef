"""Frames of the eleventh blind corpus, part C: housing work orders, school and social services notes,
public transport and retail security."""

from __future__ import annotations

FRAMES_C: tuple[tuple[str, str, str, str], ...] = (
    (
        "c001",
        "bostadsbolag",
        "arbetsorder",
        "{ao} Felanmälan från hyresgäst {A.full}, {addr} {lgh}: ytterdörr sparkad, låset går ej att vrida.",
    ),
    (
        "c002",
        "bostadsbolag",
        "arbetsorder",
        "AO avslutad. Utfört av {A.full} ({org}). Kostnad {amount}. Kund {B.rev} informerad.",
    ),
    (
        "c003",
        "bostadsbolag",
        "arbetsorder",
        "Fastighet {fast}, {addr}. Klotter i trapphus B. Anmält av {A.wfirst} {A.sur}, {mob}.",
    ),
    (
        "c004",
        "bostadsbolag",
        "arbetsorder",
        "Hyresgästen {A.full} i {lgh} uppger att grannen spelar hög musik nattetid. Störningsjour ({B.full}) "
        "besökte {date} kl {time}.",
    ),
    (
        "c005",
        "fastighetsskötare",
        "arbetsorder",
        "Brandrök i källare {addr}. Tekniker {A.sur} på plats, räddningstjänsten hade redan ventilerat.",
    ),
    (
        "c006",
        "bostadsbolag",
        "arbetsorder",
        "Ärendetyp: Hot mot personal. {A.full} (kundtjänst) hotades per telefon av man som uppgav sig "
        "heta {B.full}, nr {mob}.",
    ),
    (
        "c007",
        "bostadsbolag",
        "arbetsorder",
        "Grovsopor ställda i miljörum {street}. Debiteras {lgh} enl. {A.nick} (bovärd). {amount}.",
    ),
    (
        "c008",
        "bostadsbolag",
        "arbetsorder",
        "Nyckelkvittens: {A.full}, {pnr}, {addr}, {lgh}. Utlämnad av {B.wfirst}.",
    ),
    (
        "c009",
        "bostadsbolag",
        "arbetsorder",
        "Belysning ur funktion gångväg bakom {inst}. Beställt av {A.full}, elektriker {B.wsur} den {date}.",
    ),
    (
        "c010",
        "bostadsbolag",
        "arbetsorder",
        "Misstänkt narkotikahantering i förråd {fast}. Polis kontaktad ({case}). Kontakt: {A.init}.",
    ),
    (
        "c011",
        "bostadsbolag",
        "arbetsorder",
        "Ny hyresgäst {A.full3} flyttar in {date} i {lgh}, {addr}. Samordningsnummer {snr}.",
    ),
    (
        "c012",
        "fastighetsskötare",
        "arbetsorder",
        "Skadegörelse på bil {platen} i garage {street}. Ägare {A.full} underrättad.",
    ),
    (
        "c013",
        "bostadsbolag",
        "arbetsorder",
        "Dörrkod ändrad {addr} efter klagomål från {A.full} och {B.full}. Ny kod skickad per sms.",
    ),
    (
        "c014",
        "rektor",
        "skola",
        "Incident den {date} på rasten: {A.first} ({B.gen} klass 7B) knuffade {C.first}. Mentor {D.sur} har "
        "ringt hem.",
    ),
    (
        "c015",
        "kurator",
        "skola",
        "Kurator {A.wsur} har samtal med {B.full} varannan vecka. Vårdnadshavare {C.full}, {tel}.",
    ),
    ("c016", "rektor", "skola", "Elev {A.full} ({pnr}) avstängd {date}. Beslut av rektor {B.full}."),
    (
        "c017",
        "lärare",
        "skola",
        "{A.first} och {B.wfirst} bråkade i matsalen på {inst}. {C.full} (elevassistent) skilde dem åt.",
    ),
    (
        "c018",
        "rektor",
        "skola",
        "Föräldramöte den {date} kl {time} i aulan. Inbjudna: {org}, kommunpolis {A.sur}, fältarna "
        "({B.nick}).",
    ),
    (
        "c019",
        "kurator",
        "skola",
        "Enligt {A.full} (mamma) har {B.first} fått hot via Snapchat från {C.full_lower}.",
    ),
    (
        "c020",
        "lärare",
        "skola",
        "Skadegörelse i toaletten, {inst}. Misstänkt: {A.full} 8C. Vaktmästare {B.wsur} lagar dörren {week}.",
    ),
    (
        "c021",
        "socialsekreterare",
        "soc",
        "Orosanmälan {ao} gäller {A.full}, {pnr}. Anmälare {B.full} ({org}).",
    ),
    (
        "c022",
        "socialsekreterare",
        "soc",
        "Handläggare {A.full}. Klient {B.rev} bor på {addr}. Hembesök den {date}.",
    ),
    (
        "c023",
        "socialsekreterare",
        "soc",
        "{A.first} har flyttat till sin moster {B.full} i {place}. Ny kontakt: {mob}.",
    ),
    (
        "c024",
        "socialsekreterare",
        "soc",
        "Fältsekreterare {A.sur} träffade {B.first} och {C.wfirst} vid {inst} kl {time}; båda verkade "
        "påverkade.",
    ),
    (
        "c025",
        "socialsekreterare",
        "soc",
        "Samordningsnummer {snr} ({A.full}). Tolk behövs, språk tigrinja. Kontakt via {B.full}, {tel}.",
    ),
    (
        "c026",
        "trafikledare",
        "trafik",
        "Stenkastning mot {bus} vid {place} kl {time}. Förare {A.full} oskadd. Bussen tagen ur trafik.",
    ),
    (
        "c027",
        "trafikledare",
        "trafik",
        "Föraren ({A.wfirst}) rapporterar ordningsstörning ombord på {bus}. Ordningsvakt {B.full} klev på "
        "vid {inst}.",
    ),
    (
        "c028",
        "trafikledare",
        "trafik",
        "Plankning och hot mot kontrollant {A.sur} på {inst}. Gärningsman enligt kontrollanten {B.full}, "
        "{pnr}.",
    ),
    (
        "c029",
        "trafikledare",
        "trafik",
        "Incidentrapport {org}: {bus} stannade {date} vid {place} pga brand i papperskorg. Förare {A.full}.",
    ),
    (
        "c030",
        "trafikledare",
        "trafik",
        "Bussvärd {A.nick} och {B.wfirst} {B.wsur} går {bus} fredag–lördag från {week}.",
    ),
    (
        "c031",
        "butikschef",
        "handel",
        "Snatteri den {date} kl {time}, {org} {place}. Gripen: {A.full}, {pnr}. Personal: {B.first}.",
    ),
    (
        "c032",
        "butikschef",
        "handel",
        "Butikschef {A.full} ({org}) rapporterar hot mot kassapersonal. Gärningsperson kallades {B.nick} av "
        "kompisarna.",
    ),
    (
        "c033",
        "väktare",
        "handel",
        "Tillträdesförbud meddelat {A.full} ({snr}) för {inst}. Väktare {B.sur}, {org}.",
    ),
    (
        "c034",
        "butikschef",
        "handel",
        "Stölder ur parkerade bilar vid {org}: {plate}, {platen}. Anmält av {A.full}.",
    ),
    (
        "c035",
        "väktare",
        "handel",
        "Security report ({org}): guard {A.full} removed {B.full} from {inst} at {time}. No injuries.",
    ),
    (
        "c036",
        "butikschef",
        "handel",
        "Till {A.full}: kameran vid entrén tog {B.wfirst} {B.sur} i tisdags. Ring mig {mob} /{C.first}",
    ),
    (
        "c037",
        "bostadsbolag",
        "arbetsorder",
        "Inbrott förråd {fast}. Hyresgäst {A.full}, {lgh}, saknar cykel (värde {amount}). Polisanmälan "
        "{case}.",
    ),
    ("c038", "bostadsbolag", "arbetsorder", "ÄRENDE {ao}: {A.full_caps} RINGER OM FUKT. KONTAKT {tel}."),
    (
        "c039",
        "rektor",
        "skola",
        "Skolan har haft besök av {A.full} från {org} i {week}. {B.first} och {C.first} i åk 9 var med.",
    ),
    (
        "c040",
        "kurator",
        "skola",
        "Till mentor {A.sur}: {B.first} har berättat att {C.wsur_lower} har en kniv. Ring {D.full} (soc) "
        "direkt.",
    ),
    (
        "c041",
        "socialsekreterare",
        "soc",
        "{A.full} (f. {pnr}) ej anträffad på {addr} den {date}. Lämnat lapp. {B.first}",
    ),
    (
        "c042",
        "trafikledare",
        "trafik",
        "Bus driver {A.wfirst} reported youths throwing stones at {bus} near {place}. Supervisor: {B.full}.",
    ),
    (
        "c043",
        "butikschef",
        "handel",
        "{A.first} i kassan igenkände {B.full} från förra veckan. {C.wsur} ({org}) kallades kl {time}.",
    ),
    (
        "c044",
        "bostadsbolag",
        "arbetsorder",
        "Olovligt boende i källare {addr}. {A.full} och en man kallad {B.nick} sov där. {org} kontaktat.",
    ),
    (
        "c045",
        "fastighetsskötare",
        "arbetsorder",
        "Tekniker: {A.rev}. Fastighet: {fast}. Åtgärd: bytt trasig glasruta. Tid: {time}.",
    ),
    (
        "c046",
        "bostadsbolag",
        "arbetsorder",
        "Bil med reg {plate} har stått på gården {street} sedan {date}. Ägare enligt register: {A.full}.",
    ),
    (
        "c047",
        "rektor",
        "skola",
        "Friends-ombud {A.full} och {B.wfirst} (elevråd) planerar temadag {week} på {inst}.",
    ),
    (
        "c048",
        "socialsekreterare",
        "soc",
        "Dnr {ao}. Familjen {A.sur} har fått insats via familjecentralen, kontaktperson {B.full}.",
    ),
    (
        "c049",
        "väktare",
        "handel",
        "Avvisad: {A.rev}, {pnr}. Orsak: berusad. Plats: {inst}. Väktare: {B.init}.",
    ),
    (
        "c050",
        "trafikledare",
        "trafik",
        "Skadegörelse på busskur {street}, {bus}. Anmält av {A.full} ({org}), {mail}.",
    ),
    (
        "c051",
        "bostadsbolag",
        "arbetsorder",
        'Felanmälan via webb: "Hej, {A.wfirst} {A.wsur} här på {addr}, {lgh}. '
        'Någon har kissat i hissen igen."',
    ),
    (
        "c052",
        "lärare",
        "skola",
        "{A.first_lower} i 6A sa att {B.wfirst_lower} och {C.first_lower} rökte bakom {inst} på lunchen.",
    ),
)
