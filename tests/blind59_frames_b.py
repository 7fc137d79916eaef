"""Frames of the fifty-ninth blind corpus, part b: theft reports as complainants and hauliers write them, the
tachograph and driver details of a roadside check, and hauliers' e-mails (`role|style|template`)."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # Theft reports typed into the police's form or read out on the phone
    "akeriagare|anmalan|Anmälan stöld av diesel. Vår förare {full:1} ställde bilen ({plate}) på "
    "{venue} kl {time} och när han vaknade var tanken tom. Ca {liter} liter, värde ca {amount}. "
    "Kontakt: jag själv, {full:2}, {mob}, {mail}",
    "chauffor|anmalan|jag heter {low:1} och kör för {org}. natten till {date} stal någon ca {liter} l "
    "diesel från min lastbil på {venue}. min kollega {lowf:2} såg en mörk kombi. mitt nr {mob}, "
    "samordningsnr {snr}",
    "akeriagare|anmalan|Godsstöld ur trailer {plate2}, parkerad på {place} natten mot {date}. "
    "Presenning uppskuren, 12 pallar elektronik saknas (ca {amount}). Föraren {full:1} ({snr}) hörde "
    "inget. Anmälare: VD {full:2}, {org}, tel {tel}.",
    "transportledare|anmalan|Komplettering till {case}: föraren {first:1} har nu hittat sitt "
    "förarkort, det låg kvar i hytten. Det som saknas är plånbok och pass. Han nås via mig, {full:2}, "
    "{mob}. Hans hemadress i Sverige: {addr}, {lgh}.",
    "chauffor|anmalan|{full:1}\n{pnr}\n{addr}\n\nBeskrivning: Stöld av 2 st batterier och diesel ur "
    "lastbil {plate} på {venue}. Upptäckt kl {time}. Min sambo {first:2} hämtade mig.",
    "akeriagare|anmalan|Hej. Vi vill anmäla att vår trailer {plate} med last (däck) stals från "
    "uppställningsplatsen vid {street} ({fast}) under helgen {week}. Senast sedd av chauffören "
    "{sur:1}. GPS-spårning visade den vid {place} kl {time}. Ring {first:2} {mob}. MVH {caps:3}",
    "chauffor|anmalan|Good evening, my name {full:1}, driver from Latvia for company {org}. Tonight on "
    "parking {venue} somebody take diesel, maybe {liter} liter. My phone {mob}. My boss {full:2} speak "
    "swedish.",
    "akeriagare|anmalan|Anmälan gäller inbrott i hytt. Förare: {comma:1}, {pnr}. Fordon: {plate2}. "
    "Plats: {place}, parkeringen bakom {venue}. Stulet: mobil, {amount} i kontanter, kortläsare. "
    "Anmält av {full:2}, tel {tel}",
    # Tachograph and driver details of a roadside check
    "bilinspektor|fardskrivare|FÖRARUPPGIFTER\nNamn: {caps:1}\nPnr/födelsedatum: {pnr}\nFörarkort: "
    "litauiskt, giltigt (kopia i akt)\nArbetsgivare: {org}\nFordon: {plate} / släp {plate2}\nKontroll "
    "utförd av: {full:2}",
    "bilinspektor|fardskrivare|Färdskrivarkontroll {date} {place}.\nFörare 1: {comma:1}\nFörare 2: "
    "{comma:2}\nAvvikelse: förare 2 har kört med förare 1:s kort ca 3 h ({time} till {time}).\nAnm. "
    "{case}",
    "bilinspektor|fardskrivare|Nedladdning av färdskrivare fordon {plate2}. Dygnsvila ej uttagen två "
    "dygn i följd. Föraren {full:1} uppger att arbetsledaren {wsur:2} sagt att han ska köra vidare. "
    "Kontaktuppg. arbetsgivare: {mail}",
    "trafikpolis|fardskrivare|Förare: {full:1}\nSamordningsnr: {snr}\nAdress i Sverige: {addr}\n"
    "Telefon: {mob}\nFordon: {plate}\nVilotid: ej uppfylld, se utskrift.\nKontrollant: polisinspektör "
    "{sur:2}",
    "bilinspektor|fardskrivare|{full:1} – litauiskt förarkort, kontrollerad {date} vid {venue}. "
    "Manipulationsmagnet hittad under sensorn. Bilen beslagtagen, föraren fick åka med kollegan "
    "{first:2}. Ansvarig: {init:3}",
    "bilinspektor|fardskrivare|Kort om kontrollen {week}: 22 fordon, 5 anmärkningar. Bl.a. {plate} "
    "(förare {full:1}, ej utloggad), {plate} (förare {full:2}, kort saknas). Skrivet av {first:3}, "
    "bilinspektör.",
    "trafikpolis|fardskrivare|utskrift färdskrivare, förare {low:1}, fordon {plate2}\nstart {time} "
    "{place}\nslut {time} rastplatsen vid {venue}\nanteckning av {lowf:2}: handskriven korrigering på "
    "utskriften, fråga {sur:3} på åkeriet",
    "bilinspektor|fardskrivare|Förarens namn: {full:1}\nFödd: {pnr}\nNationalitet: ukrainsk\nBoende: "
    "hytten / tillfälligt hos {first:2}, {addr}\nTolk vid kontrollen: {full:3}, {mob}",
    # Hauliers' e-mails
    "akeriagare|akerimejl|Hej {first:1}!\n\nInatt igen. {first:2|g} bil stod på {venue} och fick "
    "tanken länsad, {liter} liter. Det är tredje gången {week}. Kan ni från {kommun} inte sätta upp "
    "kameror?\n\nHälsningar\n{full:3}\n{org}\n{tel}",
    "transportledare|akerimejl|Ämne: Förare sjuk på {place}\n\nHej,\nvår chaufför {full:1} har blivit "
    "dålig och står kvar vid {venue}. Kan {first:2} åka ut och hämta honom? Han har mobil {mob}.\n\n"
    "Mvh\n{full:3}",
    "akeriagare|akerimejl|Till försäkringsbolaget / skadeanmälan\nFordon: {plate} (dragbil) och "
    "{plate2} (trailer)\nFörare: {full:1}\nSkadedatum: {date}\nBeskrivning: kapell uppskuret, last "
    "stulen, värde {amount}.\n// {full:2}, {org}",
    "transportledare|akerimejl|Hej igen {wfirst:1}, bifogar förarlistan för {week}: {full:2} (dag), "
    "{full:3} (natt), {first:4} (reserv). Lägg dem på behörighetslistan till grinden på {street}. "
    "/{nick:5}",
    "akeriagare|akerimejl|Fr: {mail}\nTill: trafikpolisen\n\nVår förare {full:1} blev bestulen på "
    "{venue} i natt, ärendenr {case}. Han åker hem till Polen den {date} men nås på {mob}. Hör av er "
    "till mig om ni behöver mer.\n{first:2}",
    "akeriagare|akerimejl|hej {lowf:1}\nkan du kolla {full:2|g} övertid? han skrev att han stod på "
    "{venue} i 11 timmar pga kön. Vänliga hälsningar {first:3}",
    "transportledare|akerimejl|Kollegor,\nfr.o.m. {date} stannar vi inte längre på {venue} nattetid. "
    "Använd {place} i stället. Frågor till {full:1} ({mob}) eller {full:2}.\n/{full:3}, trafikledning "
    "{org}",
    "akeriagare|akerimejl|{full:1} skrev:\n> Stod på {venue} och blev väckt av att någon borrade i "
    "tanken. Ringde 112.\n\nSvar: Bra gjort {first:1}. Jag har pratat med {sur:2} på polisen, se "
    "{case}. /{wsur:3} (chef)",
)
