"""Frames of the twelfth blind corpus, part D: public transport (bus drivers, trygghetsvärdar), cautious
social services and school referrals, coordinators. (voice, style, template)."""

from __future__ import annotations

FRAMES: tuple[tuple[str, str, str], ...] = (
    ("bussförare", "trafik",
     "Förare {full1} ({org:Keolis}) rapporterar stenkastning mot {bus} vid {inst} kl {time}. Ruta "
     "sprucken, kostnad ca {amount}, "
     "ingen skadad."),
    ("bussförare", "trafik",
     "{bus} fick stanna vid {place} den {date} pga ungdomar på vägbanan. Föraren ({first1}) kände igen en "
     "av dem, {first2}, från tidigare."),
    ("trygghetsvärd", "trafik",
     "Trygghetsvärdarna {full1} och {full2} åkte med {bus} mellan {place} och {place} kl {time}. Lugnt "
     "förutom en berusad man vid {inst}."),
    ("trygghetsvärd", "hastig",
     "tv {low1} + {lowf2}: bråk på perrongen {inst} kl {time}, 2 killar ca 17 år. sl:s ordningsvakter kom"),
    ("bussförare", "trafik",
     "Incidentrapport {org:Transdev}: förare {sur1} hotad av passagerare på {bus}. Passagerare uppgav "
     "namn {full2}. {polis}."),
    ("trygghetsvärd", "trafik",
     "{w:Flera} resenärer har klagat på att ungdomar röker i busskuren vid {inst}. Trygghetsvärd {wsur1} "
     "har pratat med gruppen."),
    ("bussförare", "trafik",
     "Sen kväll {date}, {bus}: en flicka (ca 13) ensam vid {inst}. Föraren {first1} ringde {tel} och "
     "väntade tills hennes pappa {full2} kom."),
    ("trygghetsvärd", "punktlista",
     "Trygghetsvärdar {week}\n* {inst}: 2 avvisade\n* {bus}: klotter i bakre delen\n* {full1} sjuk, "
     "ersatt av {full2}"),
    ("bussförare", "trafik",
     "Bil {platen} blockerade hållplatsen vid {street} i 20 min. Föraren, {full1}, vägrade flytta. "
     "Rapporterat av {first2} på {bus}."),
    ("trygghetsvärd", "trafik",
     "{nick1} och hans kompisar sprang genom spärrarna vid {inst} kl {time}. Trygghetsvärd {sur2} "
     "rapporterade till {org:SL}."),
    ("socialsekreterare", "soc_skola",
     "Socialtjänsten har fått kännedom om att en ungdom (initialer {init1}) vistas sent vid {inst}. "
     "Ärendet hanteras, {dnr}. Inga fler uppgifter lämnas här."),
    ("socialsekreterare", "soc_skola",
     "Orosanmälan inkom {date} från skolan rörande {full1}, född {pnr}. Handläggare: {full2}, {tel}."),
    ("socialsekreterare", "soc_skola",
     "Samordnat individuell plan (SIP) för {first1} {date}. Närvarande: mamma {full2}, "
     "kurator {sur3}, socialsekreterare {sur4}."),
    ("kurator", "soc_skola",
     "Kurator {full1} ({inst}) meddelar att flera elever i åk 9 är rädda att gå hem via {street}. "
     "Namn lämnas inte här."),
    ("rektor", "soc_skola",
     "Rektor {sur1} informerar: elev {first2} har avstängts tillfälligt efter att ha hotat en lärare, "
     "{full3}. Polisanmälan {polis}."),
    ("socialsekreterare", "soc_skola",
     "Placering utredd för {comma1} ({sam}), ensamkommande. Kontakt god man {full2}, {mob}."),
    ("kurator", "hastig",
     "kurator {low1}: elev i åk 7 ({lowf2}) berättar att äldre killar tar hennes pengar vid {inst}. "
     "pratat m vårdnadshavare"),
    ("rektor", "epost",
     "Från: {full1}\nTill: Trygghetssamordnare\nÄmne: Oro inför {w:Valborg}\n\nVi har hört att elever "
     "planerar bråk vid {inst}. Mvh {first1}, rektor {inst}"),
    ("socialsekreterare", "soc_skola",
     "Ungdomstjänst avslutad för {full1} ({sam}) den {date}. Handläggare {sur2}, {dnr}."),
    ("samordnare", "samordning",
     "EST-möte {date}: närvarande {full1} (kommunen), {full2} (polisen), {full3} "
     "({org:Stena Fastigheter}). Beslut: gul status {place}."),
    ("samordnare", "samordning",
     "Insats: extra belysning vid {inst}. Ansvarig {full1}. Status pågående, uppföljning {week}."),
    ("samordnare", "samordning",
     "Kommande händelse: {w:Skolavslutning} {date}. {first1} från kommunen och {full2} från polisen "
     "samordnar. Extra vakter vid {inst}."),
    ("samordnare", "samordning",
     "{w:Status} {week}: {place} grön, {place} gul. Kommentar från {full1}: fler anmälningar om "
     "mopeder på {pstreet}."),
    ("samordnare", "samordning",
     "Åtgärdslista:\n1. Klipp buskar vid {inst} – {full1}\n2. Kontakta {org:Trafikverket} om belysning – "
     "{first2}\n3. Föräldramöte {date} – {nick3}"),
    ("socialsekreterare", "soc_skola",
     "Enligt uppgift från {wfirst1} på {org:Maria Ungdom} har en flicka från {place} sökt hjälp. "
     "Vidare kontakt sker via socialjouren, {tel}."),
    ("kurator", "soc_skola",
     "Elevhälsomöte {date}: {full1} (skolsköterska), {full2} (kurator), {wfirst3} (specialpedagog). "
     "Två elever oroar, namn i journalen."),
    ("bussförare", "hastig",
     "BUSSFÖRARE {caps1} RAPPORTERAR ATT NÅGON KASTAT ÄGG MOT BUSSEN VID {inst} kl {time}. INGEN SKADAD."),
    ("trygghetsvärd", "trafik",
     "{firsts1} och {firsts2} pass {date}: {time} lugnt i {place}, {time} grupp om 10 vid {inst}. "
     "Kontakt med {org:Polisen}."),
    ("rektor", "soc_skola",
     "{inst} har haft skolskjutningshot på sociala medier. Rektor {full1} har kontaktat "
     "kommunpolis {sur2} och {org:Bris}."),
    ("samordnare", "samordning",
     "Kontaktlista EST {place}:\n{full1} – {mob}\n{full2} – {tel}\n{full3} – {mail}"),
)  # fmt: skip
