"""Frames of the seventy-eighth blind corpus, part e: conference and event staff's notes, EST report rows
from trygghetsvärdar and fältassistenter about hotels and rented flats, and the störningsjour's logs.
Slots are filled by tests/blind78_fill.py."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # ---- konferens: conference and events
    "konferens|konferens|Konferens {date} – {org}\nLokal: {konf}\nAntal: {antal}\nKontakt: {full:1},"
    " {mob}\nTekniker: {first:2}\n[[Dag]] två i samma lokal\nAllergier: {first:3} (nötter), {first:4}"
    " (gluten)\nPris: {amount}/pers",
    "konferens|konferens|Efter kickoffen i {konf} hittades en kvarglömd väska med pass tillhörande"
    " {caps:1}. Kontakt sökt via arrangören {full:2} på {mail}. Väskan finns i receptionen och hämtas"
    " senast {date}.",
    "konferens|konferens|Incident under mässmiddagen: en deltagare, {full:1} från {org}, blev berusad och"
    " hotade servitrisen {first:2}. Väktare {sur:3} följde ut honom kl {time}. Konferensansvarig {full:4}"
    " informerad.",
    "konferens|konferens|Bokning {konf}, {venue}\n{date}, kl {time} till {time}\nBeställare: {full:1}"
    " ({org})\nFaktura: {addr}\nOBS! {first:1} vill ha projektor och två mikrofoner",
    "konferens|konferens|Dear Ms {wsur:1},\nthank you for choosing {venue}. The invoice for your day in"
    " {konf} ({amount}) will be sent to {mail}. Coffee for {antal} people is included.\nBest"
    " regards\n{full:2}, event coordinator",
    "konferens|konferens|Konferensgästerna från {org} (bokn. {bok}) lämnade {konf} i ett förfärligt skick."
    " Städet ({first:1}, {first:2}) behövde {natter} extra timmar. Vi fakturerar {amount}. Ansvarig på"
    " deras sida: {full:3}",
    "konferens|konferens|Konf-chatten:\n{first:1}: vem har nyckeln till {konf}?\n{first:2}: den ligger i"
    " {nick:3|g} fack\n{first:1}: ok, kunden har väntat sedan {time} 🙄\n{first:2}: ring hen på {mob}",
    "konferens|konferens|Deltagarlista – ledningsgruppen, {org}\n1. {full:1}\n2. {full:2}\n3. {full:3},"
    " anländer {date} med {line}\n4. {low:4}\nMiddag i {konf} kl {time}",
    # ---- est_rad: EST report rows about hotels and rented flats
    "trygghetsvard|est_rad|{date};{time};{place};{venue};Bråk/ordningsstörning;Berusade hotellgäster"
    " bråkade utanför entrén, en av dem ({full:1}) slog sönder en skylt. Personalen ({first:2}) ringde"
    " polis.;Trygghetsvärdar",
    "trygghetsvard|est_rad|{date};natt;{place};{street};Olovligt boende/sovplats;Två personer sov i"
    " trapphuset till en korttidsuthyrd lgh ({lgh}). En sa att han hette {first:1} och hyrt av"
    " {full:2}.;Fastighet",
    "trygghetsvard|est_rad|Datum: {date}\nOmråde: {place}\nKategori: Störning\nBeskrivning: Fest i lägenhet"
    " som hyrs ut via {org}, {addr}. Grannen {full:1} ({mob}) har klagat {antal} gånger. Hyresvärden"
    " {sur:2} kontaktad.\nRapportör: trygghetsvärd {first:3}",
    "trygghetsvard|est_rad|{date};{time};{place};{pstreet};Skadegörelse;Ruta krossad på hotellets"
    " garageport. Väktare {sur:1} såg en bil, {plate}, köra därifrån. Fastighet {fast}.;Väktare",
    "trygghetsvard|est_rad|Trygghetsvandring {week}, {place}: Vi pratade med nattportier {full:1} på"
    " {venue}, som berättade om sexköp i hotellets lobby. Flera gäster med samma kontaktperson, kallad"
    " {nick:2}. Vidare till kommunpolis {wsur:3}.",
    "trygghetsvard|est_rad|Rapport från fältassistenterna {date}\nUngdomar ({ung} år) hänger i lobbyn på"
    " {venue} kvällstid, de kommer med {line}. Personalen känner igen {first:1} och {lowf:2}. Receptionist"
    " {sur:3} ber om stöd {week}.\nÅtgärd: samtal med {org}",
    "trygghetsvard|est_rad|{date};kväll;{place};{venue};Misstänkt narkotikahantering;Receptionen ser samma"
    " personer komma och gå från rum {rum}. Bokat i namnet {full:1}, betalt kontant {amount}.;Hotell",
    "trygghetsvard|est_rad|Lägesbild {place} {week}\nGrönt: lugnt vid {venue}\nGult: Airbnb-lgh på {street}"
    " ({lgh}), klagomål från {full:1} och {full:2}\nRött: –\nKontakt: {first:3}, {kommun}",
    # ---- storningsjour: the housing company's or kommun's night line for disturbances
    "jour|storningsjour|Störningsjouren {date}, kl {time}\nAdress: {addr}, {lgh}\nAnmälare: {full:1},"
    " {mob}\nStörning: hög musik och många människor, misstänkt korttidsuthyrning\nÅtgärd: jouren"
    " ({first:2}) på plats kl {time}, tillsägelse till gästen {full:3}",
    "jour|storningsjour|Jourrapport: Kl {time} ringde {first:1} från {addr} om att dörren till {lgh} stod"
    " öppen. Inne fanns {antal} personer som sa att de hyrt via {org} av en {first:2}. Lägenheten tillhör"
    " hyresgästen {full:3} ({pnr}).",
    "jour|storningsjour|{full:1} ringer jouren igen ({week}). Lägenheten bredvid, {lgh}, har nya gäster"
    " varje natt. Hon har sett en {plate2} lämna nycklar i boxen. Vidare till förvaltare {sur:2} på {org}.",
    "jour|storningsjour|Jourlogg\n{time} {addr}: skrik från lgh, ingen öppnar\n{time} samma adress, gäst"
    " ({first:1}?) öppnar, säger att det är lugnt\n{time} ny anmälan från {lowf:2} i trappan\n{time} polis"
    " på plats, {case}\nJourhavande: {first:3}",
    "jour|storningsjour|Till {org}: Vi har nu haft {antal} utryckningar till {addr} sedan {week}."
    " Hyresgästen {full:1} verkar hyra ut lägenheten som hotell. Vi föreslår uppsägning. /Störningsjouren,"
    " {first:2}",
    "jour|storningsjour|hej, detta är {lowf:1} i {lgh}. det är party igen i lägenheten ovanför mig, nån"
    " ”airbnb-gäst” som heter {first:2}. klockan är {time} och jag ska jobba kl {time}. snälla skicka"
    " någon!! {mob}",
    "jour|storningsjour|Anmälan om störning\nAnmälare: {comma:1}\nSamordningsnr: {snr}\nTelefon: {tel}\nDen"
    " störande: okänd gäst i {lgh}, värd enligt grannarna {full:2}\nTidpunkt: {date} kl {time}\nHanterad"
    " av: {init:3}",
    "jour|storningsjour|Jouren ({first:1}) var på {street} kl {time}. Ca {antal} personer i en 2:a som hyrs"
    " ut per natt. En gäst, {full:2}, visade ett kvitto från {org} på {amount}. Ägaren {full:3} nåddes på"
    " {mob} och lovade att avbryta.",
)
