"""Frames of the thirty-eighth blind corpus, part c: the housing company's fastighetsjour, samverkan mails
between the fire service, housing companies and the kommun, and the basis of a polisanmälan
(`role|style|template`; slots in tests/blind38_fill.py)."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # ------------------------------------------------------------------ fastighetsjour
    "fastighetsjour|fastighetsjour|Jourrapport {housing}\nÄrende: brand i soprum, {addr}\nAnmält av: "
    "{full:1}, {lgh}, {mob}\nJourhavande: {full:2}\nÅtgärd: sanering beställd, kostnad ca {amount}.",
    "fastighetsjour|fastighetsjour|Felanmälan via jouren {date}: trapphuset på {street} nedsotat efter "
    "brand i natt. Hyresgäst {full:1} säger att {first:2|g} son sett ungdomar med tändare. "
    "Räddningstjänsten var där kl {time}.",
    "fastighetsjour|fastighetsjour|Hej! Jourman {wsur:1} här. Brand i barnvagnsrum, {addr}, fastighet "
    "{fast}. Dörren var uppställd med kil igen. Boende {full:2} ({lgh}) ringde oss efter 112.",
    "fastighetsjour|fastighetsjour|FASTIGHETSJOUR – HÄNDELSELOGG\n{time} larm från boende {low:1} om "
    "rök\n{time} RTJ på plats, SL {sur:2}\n{time} jour {first:3} ventilerar trapphuset\nFastighet: {fast}",
    "fastighetsjour|fastighetsjour|Till {org}: brandskadad entrédörr på {addr} efter anlagd brand i "
    "natt. Misstänkt enligt boende är {nick:1}, ca {ung} år, bor i området. Kontaktperson hos oss: "
    "{full:2}, {tel}.",
    "fastighetsjour|fastighetsjour|Fastighetsjouren rapporterar: bil {plate2} utbränd på gården vid "
    "{street}, på {full:1|g} hyrda plats ({lgh}). Skadad fasad, uppskattat {amount}. Polisen har ärendet.",
    "fastighetsskotare|fastighetsjour|{full:1}, fastighetsskötare, hittade rester av eld i källargången, "
    "{addr}, {date}. Tänt på gamla möbler. {first:1} tror att det är samma personer som vid branden "
    "{week}.",
    "fastighetsjour|fastighetsjour|jourlogg {date} / {first:1}\n- ringde {lowf:2} i {lgh}, röklukt i "
    "trapphus\n- RTJ + polis på plats, {first:3} från polisen tog uppgifter\n- väktare från {org} "
    "stannar till {time}",
    # ------------------------------------------------------------------ samverkan_mejl
    "brandingenjor|samverkan_mejl|Hej {first:1},\nVi har haft tre containerbränder vid {street} i "
    "{place} sedan {date}. Kan {housing} flytta kärlen närmare belysningen? Återkom gärna.\nMvh "
    "{full:2}\nRäddningstjänsten {kommun}\n{tel}",
    "brandingenjor|samverkan_mejl|Från: {mail}\nÄmne: Bränder i trapphus, {place}\n\nHej! Som vi pratade "
    "om på samverkansmötet: boende {full:1} på {addr} har sett {nick:2} tända i trapphuset. Hon vill "
    "inte bli kontaktad av polis. /{first:3}",
    "brandingenjor|samverkan_mejl|Hej alla,\nsammanfattning från dagens samverkan med {housing} och "
    "kommunpolis {full:1}: bilbränderna på {pstreet} fortsätter. Polisen har {case}. Förslag: kameror "
    "och bättre belysning. {first:2} tar kontakt med gatukontoret.\nHälsningar {full:3}, brandingenjör",
    "samordnare|samverkan_mejl|Re: brand {school}\n\nTack {first:1}! Vi har pratat med rektor {sur:2}. "
    "Eleven det gäller ({first:3}, {ung} år) och vårdnadshavare kallas till möte {date}. Vi kopplar in "
    "socialtjänsten.\n//{full:4}",
    "brandingenjor|samverkan_mejl|Hej {wfirst:1}!\nKan du skicka kontaktuppgifter till {full:2}, "
    "hyresgästen i {lgh} som larmade om branden? Brandutredaren vill prata med henne. Hon nås enligt "
    "jouren på {mob}.\nTack, {first:3}",
    "samordnare|samverkan_mejl|Kopia till kommunens trygghetssamordnare {full:1}:\nIgår kväll, {time}, "
    "brand i moped utanför {venue}. Vittnet {full:2} uppgav att föraren hette {first:3} och var ca "
    "{ung}. Föraren klev på {line} efteråt. Polisärende: {case}.",
    "brandingenjor|samverkan_mejl|Hej! Bifogar bilder från branden på {addr}. Skadorna i trapphuset "
    "uppskattas till {amount}. Vi har också pratat med {full:1} på {housing} om att byta till armatur "
    "som inte går att elda upp. Mvh {caps:2}",
    "brandingenjor|samverkan_mejl|Hej {wfirst:1}, tack för igår. Boende vid {street} har skrivit till "
    "oss om bilbränderna {week}. En av dem, {full:2}, har sett en mörk bil med reg {plate2} köra runt "
    "innan.\n/Brandingenjör {full:3}",
    # ------------------------------------------------------------------------- anmalan
    "styrkeledare|anmalan|Underlag till polisanmälan\nBrottstyp: skadegörelse genom brand\nTid: {date} "
    "kl {time}\nPlats: {addr}, {place}\nMålsägande: {housing}\nVittne: {full:1}, {pnr}, "
    "{mob}\nUppgiftslämnare räddningstjänsten: {full:2}",
    "styrkeledare|anmalan|Anmälan upprättad av styrkeledare {full:1}. Polisens diarienummer {case}. "
    "Misstänkt: {full:2}, {pnr}, enligt uppgift boende i {lgh} på {street}.",
    "styrkeledare|anmalan|ANMÄLAN – BRAND I FORDON\nReg.nr: {plate}\nÄgare: {caps:1}\nAnmälare: "
    "{full:2}, tel {tel}\nFritext: ägaren misstänker sin före detta sambo {first:3}, som hotat via sms.",
    "styrkeledare|anmalan|Komplettering till {case}: vittnet {full:1} har även sett {nick:2} och "
    "{first:3} vid containern på {street} tidigare samma kväll, ca kl {time}.",
    "fastighetsjour|anmalan|Polisanmälan gjord av {housing} gällande brand i tvättstuga, {addr} "
    "({fast}). Hyresgäst som upptäckte branden: {full:1}, samordningsnr {snr}. Kontakt via {mail}.",
    "styrkeledare|anmalan|Uppgifter till polisen från räddningstjänsten:\n{full:1} ({pnr}) påträffades "
    "intill den brinnande containern vid {venue}. Han uppgav att han bara gick förbi. Kamraten {first:2} "
    "bekräftade.\nSL {full:3}",
    "rektor|anmalan|Anmälan {date}: skolbrand, {school}. Skadegörelse genom brand, kostnad {amount}. "
    "Rektor {full:1} anmäler. Elev misstänkt: {low:2}.",
    "vaktare|anmalan|Till polisen, {case}. Bilder från kameran vid {venue} visar två personer. Väktare "
    "{sur:1} känner igen den ena som {full:2}. Mopeden hade reg {plate2}.",
)
