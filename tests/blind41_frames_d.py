"""Frames of the forty-first blind corpus, part D: damage reports on vandalised stops and shelters,
witnesses' statements as staff note them, and references to police reports. A frame is
`role|style|template` (tests/blind41_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_D = (
    # skadeanmalan: damage to stops, shelters, ticket machines
    "forare|skadeanmalan|Skadeanmälan hållplats\nHållplats: {stop}\nSkada: krossat glas i väderskydd, "
    "klotter på tidtabell\nUpptäckt: {date} kl {time} av förare {sur:1}\nKostnad: {amount}\nFastighet "
    "intill: {fast}\nÖvrigt: boende {full:2} ({mob}) hörde krossljud vid midnatt.",
    "sakerhetssamordnare|skadeanmalan|Hej {org}! Väderskyddet vid {stop} har vandaliserats för tredje "
    "gången {week}. Glas över hela trottoaren utanför fastigheten {fast}. Vi har polisanmält ({case}). "
    "Den som har sett något är en granne, {full:1}, {addr}. Hälsningar {full:2}, säkerhetssamordnare",
    "sakerhetssamordnare|skadeanmalan|SKADEANMÄLAN\nObjekt: hållplats {stop}, läge B\nAnmält av: "
    "{caps:1}\nTyp: skadegörelse, anlagd brand i papperskorg\nKostnad: {amount} (enligt "
    "{org})\nMisstänkt: ungdom som kallas {nick:2}, bor enligt uppgift i {place}\nKontaktperson hos "
    "{kommun}: {full:3}, {tel}",
    "forare|skadeanmalan|{full:1} meddelar att hållplatsstolpen vid {stop} är nedsparkad och ligger på "
    "{street}. Hände troligen natten till {date}. Tomten är {fast}. Kameran på {venue} kan ha fångat "
    "det, kontakt där {full:2} ({mail}).",
    "sakerhetssamordnare|skadeanmalan|Skadegörelse på hållplatser {week}, {kommun}\n{stop}: två "
    "glasrutor, {amount}\n{place}: klotter på reklamskylt\n{street}: tidtabellskåp "
    "uppbrutet\nUppgiftslämnare: förarna {sur:1} och {sur:2}; boende {full:3}",
    "sakerhetssamordnare|skadeanmalan|Anmälan om skadegörelse\nBil med reg {plate2} körde in i "
    "väderskyddet vid {stop} kl {time} och smet. Vittnet {full:1} noterade registreringsnumret. Ägare "
    "enligt vägtrafikregistret: {full:2}, {addr}.\nHandläggare: {init:3}",
    "sakerhetssamordnare|skadeanmalan|Hej, det är {first:1} på {org}. Hållplatsen vid {venue} har fått "
    "nytt glas för {amount} men det är redan sönder igen. En granne på {addr}, {lgh}, heter {full:2} "
    "och har filmat ungdomarna. Hon nås på {mob}.",
    "forare|skadeanmalan|[[Björk]] har fallit över hållplatsen vid {place} i natt, taket intryckt. Inte "
    "skadegörelse men anmäls ändå. Förare {full:1} såg det kl {time}. Fastigheten är {fast}, ägs av "
    "{org}. Kontakt hos dem: {full:2}.",
    # vittnesuppgift: witnesses, as staff note them
    "trygghetsvard|vittnesuppgift|Vittnesuppgift\nNamn: {full:1}\nTelefon: {mob}\nE-post: "
    "{mail}\nUppgift: Såg en man i grå luvtröja kasta en flaska mot {line} vid {stop} ca kl {time}. Han "
    "sprang mot {place}. Tror att han heter {first:2}, han går i samma skola som min son {first:3}.",
    'forare|vittnesuppgift|Passageraren {full:1} berättade för föraren: "Killen som slog chauffören '
    'heter {full:2}, han bor på {street} och har en bror som heter {first:3}." Hon vill bli kontaktad '
    "på {mob} eller {tel}.",
    "trafikledare|vittnesuppgift|Vittnen till händelsen på {line}, {date}:\n1. {full:1}, {mob}\n2. "
    "{full:2}, {mob}\n3. {comma:3}, {mail}\nSamtliga satt längst bak och såg när föraren blev knuffad.",
    "stationsvard|vittnesuppgift|Anteckning vittne – {date}, {venue}\nEn kvinna, {full:1} ({pnr}), såg "
    "två killar slå sönder biljettautomaten. Hon kände igen den ena, kallad {nick:2}, från {place}. Hon "
    "vill inte vittna öppet.\nAnteckning gjord av {first:3}",
    "forare|vittnesuppgift|{full:1} ringde TL dagen efter: hon satt på {line} när stenarna kom och vill "
    "berätta att det var {full:2} och {first:3} från {place}, hon känner deras mammor. Ring henne på "
    "{mob}.",
    "trygghetsvard|vittnesuppgift|vittne (muntligt): {lowf:1}, ca {vuxen} år, säger att {low:2} hotade "
    "föraren med kniv vid {stop}. hon har inget nummer men bor på {addr}. antecknat av trygghetsvärd "
    "{sur:3}",
    "sakerhetssamordnare|vittnesuppgift|Från: {mail}\nÄmne: Vittne busshållplatsen\nHej, jag heter "
    "{full:1} och såg i söndags hur tre killar slog sönder väderskyddet vid {stop}. En av dem kallades "
    "{nick:2}. Jag bor i {place}, {addr}. Ni får ringa {tel}.\nMvh {first:1}",
    "forare|vittnesuppgift|Passagerare {full:1} (vittne) och {full:2} (målsägande, {ung} år) lämnade "
    "uppgifter till föraren {wsur:3} efter överfallet vid {venue}. {first:2|g} mamma hämtade henne.",
    # polisref: police reports referred to
    "sakerhetssamordnare|polisref|Polisanmälningar {week}\n{case} – hot mot förare, {line}, förare "
    "{sur:1}\n{case} – skadegörelse väderskydd {stop}\n{case} – misshandel av trygghetsvärd "
    "{full:2}\nKontakt polis: {full:3}, {tel}",
    "sakerhetssamordnare|polisref|Polisen har upprättat anmälan {case} om misshandel på {line}. "
    "Målsägande: {full:1}, {pnr}. Misstänkt: {full:2}, {snr}. Förundersökningsledare: {sur:3}.",
    "sakerhetssamordnare|polisref|Ang. händelsen {date} vid {stop}: polisens diarienummer är {case}. "
    "Kommunpolis {full:1} vill ha kontakt med föraren {full:2}. Förarens nummer: {mob}.",
    "trafikledare|polisref|Polisrapport mottagen\nHändelse: stenkastning {line}\nGripen: {full:1} "
    "({ung} år), bor {addr}\nHämtad i bil {plate}\nVårdnadshavare: {full:2}, {mob}\nPolisens kontakt: "
    "{init:3}\nÄrendenummer: {case}",
    "sakerhetssamordnare|polisref|Till säkerhetsavdelningen: {full:1}, som spottade på förare {sur:2} "
    "vid {stop}, är nu dömd. Målnumret vet {first:3} på juridiska. Polisens ärende: {case}. Bilen han "
    "kom i var {plate2}.",
    "kommunpolis|polisref|Kommunpolisen i {kommun} informerar: Under {week} har tre personer gripits "
    "för narkotikabrott vid {venue}. En av dem, {full:1}, är känd under namnet {nick:1}. Fordonet "
    "{plate} beslagtogs. Frågor till {full:2}, {mail}",
    "kommunpolis|polisref|polisen: {lowf:1} från närpolisen ringde, de har gripit {low:2} för "
    "stenkastningen vid {stop}. ärende {case}. han bor hos sin mamma på {addr}, {lgh}.",
    "sakerhetssamordnare|polisref|Polisanmälan gjord av {full:1} (säkerhetssamordnare) {date}\nBrott: "
    "olaga hot mot tågvärd {wsur:2}\nPlats: {venue}\nMisstänkt: {comma:3}\nDiarienr: {case}",
)
