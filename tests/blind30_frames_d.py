"""Frames of the thirtieth blind corpus, part D: press releases from housing companies and associations
(pressmeddelande), notices of vigils and memorials (minnesstund) and obituary-like mentions (dodsruna), as
pasted into the weekly picture. `role|style|template`; slots as in tests/blind30_fill.py."""

from __future__ import annotations

FRAMES_D: tuple[str, ...] = (
    # ---------------------------------------------------------- pressmeddelande
    "bostadsbolag|pressmeddelande|PRESSMEDDELANDE {date}\n{landlord} sätter in trygghetsvärdar i {place}\n"
    "Från och med {week} patrullerar trygghetsvärdar kvällstid. – Vi vill att våra hyresgäster ska känna "
    "sig trygga, säger {full:1}, regionchef.\nFör mer information: {full:1}, {mob}, {mail}",
    "bostadsbolag|pressmeddelande|Pressmeddelande från {landlord}:\nBrand i källarförråd på {addr}\n"
    "Natten till lördag utbröt brand i ett förråd. Inga personer skadades. Fastigheten ({fast}) är "
    "rökskadad.\nPresskontakt: {comma:1}, kommunikationschef, {tel}",
    "samordnare|pressmeddelande|Vidarebefordrat pressmeddelande ({org}):\nFöreningen bjuder in till "
    "fotbollsturnering på {venue} den {date}. {antal} ungdomar väntas. Ansvarig: {full:1}.\n"
    "Kontakt: {mail} eller {mob}\nKommentar: bra att ha i kalendern, lägg under kommande händelser.",
    "bostadsbolag|pressmeddelande|PRESSMEDDELANDE\n{landlord} polisanmäler skadegörelse för {amount}\n"
    "Under {week} har tvättstugor och entréer på {street} vandaliserats. – Det är oacceptabelt, säger "
    "förvaltare {full:1}. Polisanmälan har gjorts ({case}).\nKontaktperson: {full:2}, {tel}",
    "brasekreterare|pressmeddelande|Från {org} (pressmeddelande):\nNattvandrarna i {place} firar tio år\n"
    "Ordförande {full:1} och grundaren {full:2} tar emot på {venue} kl. {time}. Alla välkomna!\n"
    "Kontakt: {first:1}, {mob}\n/{first:3} la in detta",
    "bostadsbolag|pressmeddelande|{landlord} informerar: Ny belysning längs {street}\n"
    "Arbetet påbörjas {date} och beräknas kosta {amount}. Projektledare är {full:1}.\n"
    "Frågor? Mejla {mail}\nFastighet: {fast}\nKommentar: äntligen. /{full:2}",
    "kommunikator|pressmeddelande|Pressmeddelande, {kommun}, {week}:\nKommunen och {landlord} inleder "
    "samarbete i {place}\n– Vi gör det här tillsammans, säger {full:1}, och {full:2}, vd, instämmer.\n"
    "Mediekontakt: {full:3}, presschef, {mob}",
    "bostadsbolag|pressmeddelande|INFORMATION TILL HYRESGÄSTER OCH MEDIA\nBilen med reg.nr {plate} som "
    "stått övergiven vid {street} kommer att bogseras. Ägaren, {full:1}, har inte gått att nå.\n"
    "Parkeringsansvarig: {full:2}. Fastighet: {fast}",
    # ------------------------------------------------------------- minnesstund
    "samordnare|minnesstund|Minnesstund för {full:1}\nPå lördag kl. {time} hålls en minnesstund vid "
    "{venue} för {first:1}, {ung}, som dog efter knivhugget i {place}. Familjen och kyrkoherde {full:2} "
    "välkomnar alla.\nKommentar: vi har extra personal ute, se {week}. "
    "Kontakt församlingen: {tel}.",
    "faltsekreterare|minnesstund|[[Ljus]] och blommor vid {venue}\nHundratals personer samlades i går för "
    "att minnas {full:1}. Kompisen {full:2} höll tal. – {first:1} var den snällaste jag kände, sa "
    "{sur:2}.\n(ur {media}) Kommentar: fältarna fanns på plats till kl. {time}.",
    "samordnare|minnesstund|Manifestation mot våld\nPlats: {venue}, {place}\nTid: {date} kl. {time}\n"
    "Arrangör: {org}, {full:1}\nTalare: {full:2}, {full:3}\nKommentar: polisen ({sur:4}) informerad.",
    "brasekreterare|minnesstund|Ur {media}: Minnesplats för {caps:1} växer\nVid porten på {street} har "
    "vänner lagt blommor och tänt ljus för {first:1}, som sköts ihjäl förra veckan. – Han skulle fylla "
    "{ung}, säger mamman {full:2}.\nKommentar: ingen oro vid minnesplatsen hittills. Porten är "
    "{addr}, familjen bodde i {lgh}.",
    "faltsekreterare|minnesstund|Ljusmanifestation för {nick:1} ikväll vid {venue} kl. {time}. Vi "
    "fältare går dit. {full:2} från församlingen och {full:3} från skolan håller i det.\n"
    "[[Sorg]] och ilska bland ungdomarna. /{low:4}",
    "samordnare|minnesstund|Församlingen meddelar: ”Kyrkan är öppen för samtal och stillhet efter det som "
    "hänt på {pstreet}. Präst {full:1} och diakon {full:2} finns på plats.”\nÖppet till kl. {time}, "
    "tel {tel}.\nKommentar: skickat vidare till skolorna.",
    "kommunikator|minnesstund|Minnesceremoni {date}\nFör {full:1} ({vuxen}), busschaufför på {line}, "
    "som avled efter misshandeln. Kollegor från {org} samlas vid depån.\nKontakt för media: {full:2}, "
    "{mob}",
    "samordnare|minnesstund|Klipp ({media}): ”Vi vill att hans namn ska leva kvar”\nVänner till "
    "{full:1|g} familj har startat en insamling som nått {amount}. Kusinen {full:2} tackar. Swish {mob}.\n"
    "Kommentar: insamlingen sker via {org}.",
    # ---------------------------------------------------------------- dodsruna
    "samordnare|dodsruna|Minnesord ({media}):\n{caps:1}\n* {date}\nvår eldsjäl på {venue} har lämnat "
    "oss. {first:1} startade läxhjälpen i {place} och var alltid där. Saknad av {full:2} och alla "
    "barnen.",
    "brasekreterare|dodsruna|Dödsnotis i {media}: {full:1}, {vuxen}, mångårig ordförande i {org}, har "
    "avlidit. Han efterlämnar hustrun {full:2} och barnen.\nKommentar: {sur:1} var med i brå-gruppen i "
    "början.",
    "samordnare|dodsruna|Till minne av {full:1}\n{first:1} var fritidsledare på {venue} i trettio år. "
    "Hon kallades {nick:1} av alla. Begravningen hålls i {place} {week}.\n{full:2}, {full:3}",
    "kommunikator|dodsruna|Minnesord, ur lokaltidningen\nVår vän och kollega {full:1} har gått bort. "
    "{first:1} arbetade som trygghetsvärd hos {landlord} och kände alla på {street}.\nI sorg och saknad: "
    "{full:2}",
    "samordnare|dodsruna|Ur dödsannonserna ({media}):\nVår älskade\n{full:1}\n{date}\nsörjd och saknad\n"
    "{first:2} {first:3}\nKommentar: {sur:1} engagerade sig i trygghetsvandringarna.",
    "faltsekreterare|dodsruna|Artikeln i {media} om {full:1}, {ung} år, som omkom i trafikolyckan vid "
    "{street}. Bilen ({plate2}) kördes av en kompis, {full:2}.\nKommentar: skolan har krisgrupp. "
    "{wfirst:3} är kontaktperson.",
    "samordnare|dodsruna|”{first:1} var ljuset i {place}” – {media} om {full:1}\n{full:1|g} dotter "
    "{full:2} minns en pappa som alltid hade tid för grannarnas barn. Minnesstund på {venue} den {date}.\n"
    "Kommentar: ingen koppling till brott.",
    "brasekreterare|dodsruna|Minnesord: {full:1} ({vuxen}) från {place} har avlidit. Han var känd för "
    "sitt engagemang i {org} och kallades ”{nick:1}”.\n{wfirst:2} och {full:3}, i sorg",
)
