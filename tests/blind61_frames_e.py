"""Frames of the sixty-first blind corpus, part e: residents' tips and complaints to the landlord or the
kommun, the handover notes between the shelters' and the teams' shifts, and the formal referrals, intyg and
applications (Bostad först, akut logi, hemresa).
`role|style|template`; the slots are tests/blind61_fill.py's."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # ---- boende_tips: residents' tips and complaints
    "boende|boende_tips|Hej, det har sovit en man i vårt trapphus på {addr} i en vecka nu. Han verkar "
    "snäll men barnen blir rädda. Kan någon komma? /{full:1}, {lgh}, {mob}",
    "boende|boende_tips|till {org}: någon har brutit upp dörren till soprummet och bor där!!! ring mig "
    "{mob} mvh {low:1}",
    "boende|boende_tips|Jag vill bara säga att {first:1} som sover i garaget är en fin människa, han "
    "hjälpte mig bära kassar. Snälla ring inte polisen. {full:2}, {pstreet}",
    "boende|boende_tips|Inlägg i gruppen: Vet någon vem kvinnan är som sitter utanför {venue} varje dag? "
    "Hon heter visst {wfirst:1}. Kommentar från {full:2}: hon sover i parken vid {place}.",
    "boende|boende_tips|Grannen {full:1} har släppt in en hemlös kompis, {nick:2}, som bor i deras "
    "förråd. Det luktar rök. {full:3} ({mail})",
    "boende|boende_tips|Hej {org}, varför gör ni inget åt lägret vid {place}? Jag har ringt {date} och "
    "{date}. Min granne {full:1} säger samma. Mvh {comma:2}",
    "boende|boende_tips|Det låg en man i tvättstugan kl {time} i morse när jag skulle tvätta. "
    "Fastighetsskötaren {wsur:1} var här sen. Jag heter {full:2} och bor i {lgh}.",
    "boende|boende_tips|{full:1} skriver via webbformuläret: Två personer sover i bilen {plate} utanför "
    "{addr} sedan {week}. Vill vara anonym mot dem. Tel {tel}.",
    # ---- overlamning: handover notes between shifts
    "nattpersonal|overlamning|ÖVERLÄMNING {date}\n- {first:1} ska till tandläkaren kl {time}, påminn!\n"
    "- {full:2} har lånat 100 kr av {first:3}, ska betala fredag\n- {nick:4} portad 3 nätter\n/{first:5}",
    "nattpersonal|overlamning|Till dagpersonalen: {full:1} kom in kl {time}, skadad fot. Vill träffa "
    "sjuksköterska {sur:2}. En anhörig, {full:3}, har ringt ({mob}).",
    "uppsokare|overlamning|Från kvällsteamet:\n{low:1} – sover vid {venue}, fått sovsäck\n{low:2} – "
    "nytt tält i {place}\n{first:3} – söker boende, tid hos soc {date}\n{first:4}",
    "nattpersonal|overlamning|[[Morgonrapport]]. {antal} gäster i natt. {full:1} och {first:2} bytte säng "
    "utan att fråga. {wsur:3|g} ryggsäck saknas, kolla förrådet. Väktaren från {org} var här {time}.",
    "nattpersonal|overlamning|OBS! {full:1} får inte vistas på {venue} pga hot mot personal {date}. "
    "Beslut av föreståndare {sur:2}. Ring {tel} om han dyker upp.",
    "uppsokare|overlamning|Överlämning till {first:1}:\n* {full:2} – plats på {venue} från {date}\n"
    "* {full:3} – ej anträffad, senast sedd {place}\n* {full:4} – pnr {pnr}, akut logi beviljad",
    "nattpersonal|overlamning|{first:1}: {first:2} har feber, lät henne sova kvar till {time}. "
    "Meddela {org}. Hennes man {wfirst:3} kommer och hämtar.",
    "nattpersonal|overlamning|Natt mot söndag: inget särskilt. {first:1} ringde från {venue}, de har "
    "{antal} lediga platser. {caps:2} har lämnat in nycklarna. Ring jourhavande {sur:4} vid behov. "
    "Skrivet av {full:3}",
    # ---- remiss: formal referrals, intyg and applications
    "socialsekreterare|remiss|ANSÖKAN BOSTAD FÖRST\nSökande: {full:1}\nPersonnummer: {pnr}\n"
    "Nuvarande boende: saknar fast bostad, sover på {venue}\nKontaktuppgifter: {mob}, {mail}\n"
    "Handläggare: {full:2}, {kommun}",
    "socialsekreterare|remiss|Intyg\nHärmed intygas att {full:1}, {pnr}, är känd av socialtjänsten i "
    "{kommun} och saknar bostad sedan {date}.\n\n{full:2}\nsocialsekreterare\n{tel}",
    "socialsekreterare|remiss|Remiss till beroendevården\nPatient: {comma:1} ({pnr})\nRemittent: "
    "läkare {sur:2}, {org}\nAnledning: alkoholberoende, bostadslös, sover i {place}.",
    "samordnare|remiss|Ansökan hemresa\nNamn: {full:1}\nSamordningsnummer: {snr}\nResmål: Constanța\n"
    "Kostnad: {amount}\nBeviljas av: {full:2}",
    "socialsekreterare|remiss|Anmälan om särskild boendeinsats\nSökande: {full:1}, {pnr}\nMedsökande: "
    "{full:2}, {pnr}\nSenaste adress: {addr}, {lgh}\nHandläggare {sur:3}",
    "forvaltare|remiss|Hyresavtal träningslägenhet\nHyresgäst: {full:1}\nFastighet: {fast}\nAdress: "
    "{addr}\nAvtalet gäller från {date}. Månadshyra: {amount}.\nFör {org}: {full:2}",
    "socialsekreterare|remiss|Orosanmälan vuxen\nGäller: {full:1} ({snr})\nAnmälare: {full:2} "
    "({org}), tel {mob}\nBeskrivning: kvinnan sover i trapphus på {street}, svårt sjuk.",
    "socialsekreterare|remiss|Beslut akut logi\n{full:1}, {pnr}\nBeviljas {antal} nätter på {venue} fr.o.m. "
    "{date}. Beslutet kan överklagas.\n{full:2}, handläggare",
)
