"""Frames of the twelfth blind corpus, part C: housing companies' fault reports, tenant complaints
(störningsärenden) and caretakers. (voice, style, template)."""

from __future__ import annotations

FRAMES: tuple[tuple[str, str, str], ...] = (
    ("bostadsbolag", "felanmalan",
     "{ao}: Trasig entrédörr {addr}. Anmält av hyresgäst {full1}, {lgh}, tel {mob}."),
    ("bostadsbolag", "felanmalan",
     "Felanmälan från {full1}: lampan i trapphuset har varit släckt i två veckor. Kunden vill bli "
     "kontaktad på {mail}."),
    ("hyresgäst", "storning",
     "Störning {date} {time} från {lgh} ({addr}). Klagande: {full1}. Hög musik och skrik, tredje gången "
     "denna månad."),
    ("bostadsbolag", "storning",
     "Störningsärende {ao}. Hyresgäst {full1} i {lgh} har fått skriftlig varning. Grannen {full2} har "
     "dokumenterat störningar {week}."),
    ("hyresgäst", "storning",
     "Boende på {street} klagar på ungdomar i källaren. {full1} ({mob}) säger att de röker och lämnar "
     "skräp. {w:Ingen} vågar säga till."),
    ("bostadsbolag", "felanmalan",
     "Klotter i tvättstugan, {addr}. Sanering beställd av {org:Stena Fastigheter}, beräknad kostnad "
     "{amount}. Kontakt förvaltare {sur1}."),
    ("bostadsbolag", "felanmalan",
     "Inbrott förråd {fast}. Förrådet tillhör {full1}, {lgh}. Stöldgods för ca {amount}. "
     "Polisanmälan {polis}."),
    ("fastighetsskötare", "fastighet",
     "Bytt lås på soprum {addr}. Nycklar lämnade till {full1}. Fastighetsskötare {full2}."),
    ("fastighetsskötare", "hastig",
     "grovsopor igen vid {street}. tippat av bil {plate} enl granne ({lowf1}). foto finns"),
    ("fastighetsskötare", "fastighet",
     "Rond {date}: spruta hittad i rabatten vid {inst}. Omhändertagen. Rapporterat till {full1} på "
     "{org:Nyköpingshem}."),
    ("bostadsbolag", "felanmalan",
     "Ärendetyp: Brand/brandrök\nAdress: {addr}\nFastighet: {fast}\nBeskrivning: brand i barnvagn i "
     "trapphuset, hyresgäst {full1} larmade {time}."),
    ("hyresgäst", "storning",
     "Jag heter {full1} ({sam}) och bor i {lgh}. Min granne {first2} spelar musik varje natt och "
     "har hotat mig "
     "i tvättstugan. Vad gör ni?"),
    ("bostadsbolag", "storning",
     "Hyresgäst {full1}, {addr}, uppger att {nick2} och andra ungdomar har tagit sig in i "
     "cykelrummet. Dörren stänger inte."),
    ("bostadsbolag", "felanmalan",
     "Kostnad skadegörelse {week}: {amount} (glas {inst}), {amount} (klotter {street}). "
     "Attesterad av {comma1}."),
    ("fastighetsskötare", "fastighet",
     "{wsur1} (fastighetsskötare) meddelar att lamporna på gångvägen mot {place} är trasiga igen. "
     "Elektriker beställd, {ao}."),
    ("bostadsbolag", "felanmalan",
     "Kund: {comma1}\nTel: {mob}\nPnr: {sam}\nAdress: {addr}, {lgh}\nÄrende: dörrautomatik trasig, "
     "kan ej komma ut "
     "med rullstol."),
    ("hyresgäst", "storning",
     "klagomål från {low1} på {street}: grannen i {lgh} har hund som skäller hela dagarna. "
     "vill vara anonym mot grannen"),
    ("bostadsbolag", "storning",
     "Uppföljning störning {date}. Förvaltare {sur1} och {full2} från {org:Wallenstam} besökte {lgh}. "
     "Ingen öppnade."),
    ("fastighetsskötare", "fastighet",
     "Person sover i källargången {addr}, enligt {wfirst1} som jobbar kvällar. Verkar vara samma man som "
     "förra veckan ({full2})."),
    ("bostadsbolag", "felanmalan",
     "{ao} – Hyresgäst {full1} ({pnr}) anmäler vattenskada från ovanliggande lgh. {date}."),
    ("fastighetsskötare", "punktlista",
     "Rapport {week}:\n- Klotter {inst}, sanerat\n- Bränd container {street}\n- Nyckel till "
     "{first1} på {lgh}"),
    ("bostadsbolag", "felanmalan",
     "Skadegörelse på bil {platen} i garaget på {fast}. Bilägare {full1} vill ha kameraövervakning."),
    ("hyresgäst", "storning",
     "{full1} och {full2} i samma trapphus har skrivit på en lista om otrygghet i {place}. "
     "Överlämnad till {org:Hyresgästföreningen}."),
    ("bostadsbolag", "felanmalan",
     "Inbrott i lägenhet, {addr} {lgh}. Hyresgästen {full1} ({pnr}) var bortrest. Dörr bänd. {polis}."),
    ("fastighetsskötare", "hastig",
     "{lowf1} o jag städade undan glas vid {inst} kl 7. någon har sparkat sönder rutan igen. "
     "/{first2}"),
    ("bostadsbolag", "storning",
     "Avhysning verkställd {date} för {comma1}, {addr}. Kronofogden närvarade. Hyresskuld {amount}."),
    ("bostadsbolag", "felanmalan",
     "Belysning ur funktion vid {street} och {pstreet}. Anmält av {wfirst1}, granne till {full2}."),
    ("hyresgäst", "epost",
     "Hej, jag vill anmäla att någon har bränt sönder brevlådan hos mig, {full1}, {addr}. "
     "Mvh {first1}"),
    ("bostadsbolag", "felanmalan",
     "Kontaktperson hos {org:Rikshem}: {full1}, {tel}, {mail}. Gäller trapphusbelysning {fast}."),
    ("fastighetsskötare", "fastighet",
     "{w:Alla} källardörrar på {street} kontrollerade {date}. {firsts1} nyckel funkar inte i dörren till "
     "{lgh}."),
)  # fmt: skip
