"""Frames of the fifty-ninth blind corpus, part e: minutes of the samverkansmöte on the through roads, the
public's fault reports and tips about rest areas, and a cargo-tracking alarm centre's notes
(`role|style|template`)."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # Minutes of the samverkansmöte (kommun, police, Trafikverket, truck stops, hauliers)
    "sekreterare|motesanteckning|Minnesanteckningar samverkan E4\nDatum: {date}\nNärvarande: {full:1} "
    "({kommun}), {full:2} (polisen), {full:3} ({org}), {first:4} (truckstoppet)\n§3 Dieselstölder: "
    "ökning {week}, främst vid {venue}.",
    "sekreterare|motesanteckning|§5 Övrigt. {full:1} tog upp att bussar på {line} stannar vid "
    "rastplatsen och att resenärer känner sig otrygga vid hållplatsen. {sur:2} (Trafikverket) tar med "
    "sig frågan. Nästa möte {date}. Vid pennan: {full:3}",
    "sekreterare|motesanteckning|Beslut: belysningen på {street} och vid {pstreet} ses över före "
    "{week}. Ansvarig: {full:1}. Uppföljning: {full:2}. {first:3} kontaktar markägaren.",
    "kommunpolis|motesanteckning|Kommunpolis {full:1} redovisade: 9 anmälda dieselstölder, 2 "
    "godsstölder, 1 rån mot förare vid {place}. Gärningspersonerna tros komma i bil, ett reg.nr "
    "({plate}) lämnat till utredare {sur:2}.",
    "sekreterare|motesanteckning|Åtgärdslista\n- Kameror vid {venue} (ansvarig {full:1}, {org})\n- "
    "Bommar till uppställningsytan på {street}, fastighet {fast} ({first:2})\n- Informationsblad på 6 "
    "språk (tolkar via {full:3})",
    "sekreterare|motesanteckning|Närvarolista {date}:\n{comma:1}, polisen\n{comma:2}, Trafikverket\n"
    "{full:3}, {org}\n{full:4}, trygghetssamordnare",
    "sekreterare|motesanteckning|{full:1} från truckstoppet i {place} berättade att personalen sett "
    "samma bil flera nätter, och att en förare, {first:2}, blev slagen när han försökte stoppa "
    "stölden. Han vårdades på {venue}.",
    "sekreterare|motesanteckning|Punkt 4. {full:1} undrade om kommunen kan ordna toaletter vid "
    "uppställningsplatsen på {pstreet}. {first:2} svarade att marken ägs av {org}. Justeras av {full:3}",
    # The public's fault reports and tips about rest areas (Trafikverket's form, the kommun's app)
    "resenar|rastplats_tips|Hej, jag stannade på {venue} igår kväll ca kl {time} med mina barn. "
    "Toaletten var nedklottrad och en man (som sa att han hette {first:1}) bad om pengar. Otryggt! Mvh "
    "{full:2}, {mail}",
    "resenar|rastplats_tips|Felanmälan: lampor ur funktion vid {place} och längs {pstreet}, hela "
    "parkeringen mörk. Anmäld av {full:1}, tel {mob}. Adress för återkoppling: {addr}, {lgh}",
    "resenar|rastplats_tips|[[Björk]] nedfallen över infarten till {venue} sedan i morse. Lastbilarna "
    "kommer inte in. /{low:1}",
    "resenar|rastplats_tips|Tips till polisen: såg två personer tappa diesel från en lastbil vid "
    "{place} ca kl {time}. Deras bil: {plate}, röd Volvo. Jag heter {full:1} och nås på {mob}. Min man "
    "{first:2} filmade.",
    "resenar|rastplats_tips|[[Svan]] på vägbanan vid {place}, en bilist stannade mitt i körfältet. "
    "Ringde in kl {time}. Jag är {full:1}, bor på {addr}, {lgh}.",
    "resenar|rastplats_tips|skräp överallt på rastplatsen vid {place}!!! har ringt {kommun} tre "
    "gånger. någon måste göra något. {lowf:1} ({mob})",
    "resenar|rastplats_tips|Hej! Bussen ({line}) släppte av min dotter {first:1} vid hållplatsen "
    "intill {venue} och hon fick gå längs vägen i mörkret. Kan ni sätta upp belysning? {full:2}",
    "resenar|rastplats_tips|Klagomål: lastbilar parkerar på {street} (fastighet {fast}) hela helgerna, "
    "senast {date}. Grannen {full:1} och jag ({full:2}, {tel}) har mätt buller. [[Sten]] från deras "
    "däck i våra trädgårdar också.",
    # A cargo-tracking alarm centre's notes
    "larmoperator|gps_larm|LARM {time} – geofence lämnad\nTrailer: {plate}\nPosition: {place}\nFörare "
    "enl. körorder: {full:1}\nÅtgärd: ringt föraren ({mob}), inget svar. Ringt transportledaren "
    "{full:2}.",
    "larmoperator|gps_larm|{time} dörrlarm trailer {plate2} på {venue}. Föraren {first:1} svarar: "
    "sover i hytten, inget hörts. {time} kollegan {full:2} går ut och kollar. {time} plomb bruten! "
    "Polis larmad, {case}.",
    "larmoperator|gps_larm|Logg natt {date}\n– {full:1|g} kollega rapporterade misstänkt bil vid "
    "{venue}\n– Kontakt med vaktbolaget ({org}), väktare {sur:2} åker förbi\n– Inga fler händelser\n"
    "Operatör: {lowf:3}",
    "larmoperator|gps_larm|[[Ström]] bruten till kylaggregat, trailer {plate}, kl {time}. Position "
    "{place}. Förare: {full:1}. Kund (mottagare): {org}, kontakt {full:2}, {mail}.",
    "larmoperator|gps_larm|Hej {first:1}, bekräftar att er trailer {plate2} är återfunnen vid {place} "
    "av polisen (utredare {wsur:2}). Lasten saknas. Er förare {full:3} har lämnat uppgifter. "
    "/Larmcentralen, {first:4}",
    "larmoperator|gps_larm|Larmlista {week}\n{plate} – {place} – dörr öppnad – förare {full:1}\n"
    "{plate2} – {venue} – tanklock – förare {full:2}\nSammanställt av {full:3}",
    "larmoperator|gps_larm|OBS: föraren {full:1} har bytt telefon, nytt nummer {mob}. Gammalt nummer "
    "används av {first:2} på {org} från {date}. Uppdaterat av {nick:3}",
    "larmoperator|gps_larm|Samtal {time} från {full:1} ({mob}): han har gått från bilen på {venue} för "
    "att äta, när han kom tillbaka var hytten uppbruten. Vidarekopplad till polisen. {sur:2} i jouren "
    "informerad.",
)
