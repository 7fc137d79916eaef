"""Frames of the twenty-ninth blind corpus, part C: Norwegian, Danish and Finland-Swedish colleagues writing
in their own language (border and tourist kommuner, seasonal staff, guards hired across the border).

Each frame is `role|style|template` (tests/blind29_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_C = (
    # --- norsk: Norwegian staff and residents
    "vaktare|norsk|Rapport fra vakt {full:1}, dato {ndate}: Ved {venue} kl. {time} var det bråk mellom to "
    'karer. Den ene het {full:2}, den andre ble kalt "{nick:3}". Politiet kom, saksnummer {case}.',
    "butik|norsk|Hei! Jeg jobber i butikken på {venue}. I dag ved {time} stjal en ung gutt "
    "energidrikk for ca {eamount}. Kollegaen min {first:1} kjente ham igjen som {lowf:2} fra "
    "{place}. Mvh {full:3}",
    "boende|norsk|Naboen min, {full:1}, har fått bilen sin ({plate}) ødelagt på parkeringen ved "
    "{street}. Det skjedde natt til {ndate}. Han har tlf {mob} hvis dere vil snakke med ham.",
    "vaktare|norsk|Til {first:1} - overlevering: Beboer i {lgh}, {full:2}, klager på fest i "
    "leiligheten over. Vi var der {time}, ingen åpnet. Navn på dørskiltet: {sur:3}. Følg opp i {nweek}.",
    "hotell|norsk|{full:1} her, resepsjonen. En gjest, {full:2}, ble truet av en mann utenfor "
    "{venue} sent i går. Gjesten har fødselsnummer/personnummer {pnr}. Vi har video fra kl {time}.",
    "boende|norsk|Hei {kommun}! Jeg er norsk og har hytte i {place}. Noen har brutt seg inn i boden, "
    "{fast}. Jeg har anmeldt det ({case}). Kontakt meg på {mail} eller min sønn {first:1}.",
    "vaktare|norsk|Vaktlogg {ndate}\n{time} ungdommer samlet ved {venue}\n{time} en av dem, {low:1}, "
    "kastet flaske mot bussen ({line})\n{time} rolig\nSign. {full:2}",
    'liftpersonal|norsk|{first:1} og jeg så en fyr som solgte noe bak {venue}. Han kalles "{nick:2}" '
    "og kjører en svart Audi {plate2}. Sier fra til Ms {sur:3} i {org}.",
    # --- dansk: Danish staff and residents
    "hotell|dansk|Hej, det er {full:1} fra receptionen. I nat omkring kl. {time} var der slagsmål "
    "foran {venue}. En gæst, {full:2}, fik et slag. Han har mobil {mob}. Politiet har sagsnummer {case}.",
    "student|dansk|Jeg er dansk udvekslingsstuderende og bor på {street}. Min cykel blev stjålet "
    'den {ndate}. Min veninde {first:1} så en fyr, som de andre kaldte "{nick:2}", køre væk på den.',
    "boende|dansk|Til {kommun}: Der er nogen, som har sovet i kælderen i {addr} i flere uger. Vicevært "
    "{first:1} siger, han hedder {full:2}. Ring gerne til mig, {full:3}, på {tel}.",
    'vaktare|dansk|{full:1} (vagt) - {ndate}: Graffiti på muren ved {venue}, tags med "{nick:2}". '
    "Samme som i {nweek}. Min kollega {lowf:3} har taget billeder. Skade ca. {eamount}.",
    "boende|dansk|Min nabo fru {sur:1} i {lgh} er blevet chikaneret af nogle unge ved {place}. Hun er "
    "{vuxen} år og bange. Hendes datter {full:2} har mail {mail}.",
    "liftpersonal|dansk|Hej {first:1}, bare en note: en bil ({plate}) har holdt på gangstien ved "
    '{street} hele dagen. Ejeren, {full:2}, sagde at det var "ok". Vi har sagt det til {org}.',
    "hotell|dansk|{first:1|g} rapport fra weekenden: to gæster, {full:2} og {full:3}, blev "
    "bestjålet i baren ved {venue}. De har CPR-nummer men er svensk-registrerede: {pnr}. Fortsættes "
    "mandag kl. {time}.",
    "butik|dansk|Vi har igen haft tyveri i butikken ved {venue}. Samme pige som sidst, {full:1}, "
    "ca. {ung} år. Hendes far {full:2} kom og betalte {amount}. Mvh {first:3}",
    # --- finlandssvenska: Finland-Swedish colleagues (Haparanda, Åre, seasonal staff)
    "vaktare|finlandssvenska|Rapport av {full:1}, den {date}. Vid {venue} klockan {time} hölls ett "
    "gäng pojkar på och skrek. En av dem, {full:2}, hade en kniv i fickan. Polisen (Officer {sur:3}) "
    "kom och tog över. Händelsenummer {case}.",
    "trygghetsvard|finlandssvenska|Hej {first:1}! Jag tog ett snack med {first:2} vid {place} idag. "
    "Han sa att {full:3} har börjat ränna med äldre killar från Torneåsidan. Ska vi ta det på "
    "mötet {week}?",
    "boende|finlandssvenska|Min granne {full:1} ({vuxen} år) har fått sina däck sönderskurna på "
    "{street}. Bilen har reg.nr {plate2}. Han pratar mest finska, men ni når honom på {mob}. /{first:2}",
    "personal|finlandssvenska|{full:1}, vicevärd. Noterat den {date}: i trappuppgången på {addr} luktar "
    "det rök, någon har eldat papper. Hyresgästen i {lgh}, fru {wsur:2}, hörde skrik vid {time}.",
    "fritidsledare|finlandssvenska|Till {first:1}: {lowf:2} och {lowf:3} har igen varit i gräl vid "
    "{venue}. Jag sa åt dem att ta det lugnt. Mamman till den ena, {full:4}, ringde mig på kvällen.",
    "vaktare|finlandssvenska|Skiftesrapport {place}\nKl {time}: berusad man vid {venue}, uppgav namnet "
    "{caps:1}, född {pnr}\nKl {time}: ungdomar vid {line}, inga problem\nRapportör: {first:2}",
    "trygghetsvard|finlandssvenska|Jag vill flagga för att {full:1} från {org} ringt flera gånger om "
    "{first:2|g} beteende i {place}. Hon är {ung} och rätt vilsen. Sköts av soc, handläggare "
    "{full:3}.",
    "personal|finlandssvenska|Morjens! Fönster krossat i tvättstugan på {street} igen. Reparation "
    "kostar {amount}. Såg {wfirst:1} och en kompis där förut, annars ingen. Hälsningar {first:2}",
)
