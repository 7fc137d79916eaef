"""Frames of the forty-sixth blind corpus, third file: the sociala insatsgrupper's case notes, follow-ups with
their dates and decisions, and invitations and summaries sent by e-mail."""

from __future__ import annotations

FRAMES_C = (
    # ------------------------------------------------------------------ insatsgrupp (SIG)
    "insatssamordnare|insatsgrupp|"
    "Social insatsgrupp – individärende\nUngdom: {full:1}, {pnr}\nVH: {full:2}, {mob}\n"
    "Samtycke: ja, undertecknat {date}\nKontaktperson: {full:3}\nSamordningsnr (mamma): {snr}",
    "insatssamordnare|insatsgrupp|"
    "SIG-möte {date}. Genomgång {first:1} ({ung} år). Har börjat på {org} två kvällar i veckan. "
    "Polisen ({sur:2}) ser ingen ny brottslighet sedan {week}. Mamma {first:3} positiv.",
    "socialsekreterare|insatsgrupp|"
    "Individuell plan för {full:1}\nMål 1: Närvaro i skolan ({venue})\nMål 2: Bryta kontakt med {nick:2}\n"
    "Mål 3: Fritidsaktivitet i {org} ({amount}/termin)\nAnsvar: soc BoU ({full:3}), skola ({full:4})",
    "insatssamordnare|insatsgrupp|"
    "Sociala insatsgrupper {kommun}\nAktuella ungdomar: {antal}\nNya: {full:1}, {full:2}\n"
    "Avslutade: {first:3} (flyttat), {wfirst:4} (mål uppnådda)",
    "kommunpolis|insatsgrupp|"
    "Polisens del: {first:1} {sur:1} misstänkt för rån på {line} den {date}, ärende {case}. "
    "Kamraten {first:2} vittne. Utredare {full:3}, tel {tel}.",
    "insatssamordnare|insatsgrupp|"
    "{full:1} bor växelvis hos mamma på {addr} och pappa i {place}. Syster {first:2} ({ung}) "
    "går på {venue}. Behov: stöd i skolan, fritid.",
    "socialsekreterare|insatsgrupp|"
    "handläggare: {low:1}\nungdom: {low:2} ({ung})\nbeslut: stödsamtal 1 ggr/v + ungdomstjänst {antal} tim\n"
    "nästa avstämning: {date}",
    "insatssamordnare|insatsgrupp|"
    "SIG {place}\n{wfirst:1} {sur:1} och {first:2} {wsur:2} deltar i programmet. "
    "Föräldrar kallade till möte {date} kl {time} på {venue}.",
    # ------------------------------------------------------------------ uppfoljning
    "sspf_samordnare|uppfoljning|"
    "Uppföljning från {date}:\n{first:1} – går i skolan igen, rektor {sur:2} nöjd.\n"
    "{first:3} – fortfarande ute sent, ny orosanmälan.\n{nick:4} – ingen kontakt.",
    "sspf_samordnare|uppfoljning|"
    "UPPFÖLJNING {week}\nÄrende: {full:1}\nVad har hänt: hembesök genomfört av {full:2}\n"
    "Nästa steg: möte på {venue} den {date}",
    "insatssamordnare|uppfoljning|"
    "Följs upp {date}. Ansvarig: {full:1}\n{first:2}: bättre närvaro\n{first:3}: avstängd från "
    "fritidsgården {week}\n{wfirst:4}: flyttar till {place}",
    "sspf_samordnare|uppfoljning|"
    "Beslut från förra mötet följs upp:\n- Belysning {street}: åtgärdad ({org})\n"
    "- Samtal med {first:1} {sur:1}: genomfört av kurator {sur:2}\n- {first:3}: ärende {case} "
    "nedlagt\n- Störningar på {line}: nattvandrare fredagar",
    "rektor|uppfoljning|"
    "Uppf. {venue}: {first:1} i {klass} har {antal} % frånvaro. EHT har träffat {first:1|g} pappa "
    "{full:2}. Ansvar vidare: {sur:3}. Nästa EHT den {date}.",
    "sspf_samordnare|uppfoljning|"
    "Status per {date}\n{full:1} – grön\n{full:2} – gul\n{full:3} – röd (ny misstanke, {case})",
    "faltare|uppfoljning|"
    "uppföljn. fältarna {week}: träffat {lowf:1} o {lowf:2} vid {place}, verkar ok. "
    "{first:3} har nytt nr {mob}",
    "sspf_samordnare|uppfoljning|"
    "Uppföljningsdatum: {date}\nAnsvar: {full:1}, {full:2}\nBerörda: {first:3} ({ung}), "
    "{first:4} ({ung})\n[[Dag]] och tid bekräftas av {first:1}",
    # ------------------------------------------------------------------ kallelse (mejl)
    "sspf_samordnare|kallelse|"
    "Från: {full:1} <{mail}>\nTill: SSPF {place}\nÄmne: Kallelse till SSPF den {date}\n\n"
    "Hej! Välkomna till SSPF kl {time} i {venue}. Vi tar upp {first:2} och {first:3}.\nMvh {first:1}",
    "sspf_samordnare|kallelse|"
    "Hej alla,\nbifogar minnesanteckningarna. Observera att {full:1} nu har ny handläggare "
    "({full:2}).\nHälsningar\n{full:3}\nSSPF-samordnare, {kommun}\n{tel}",
    "sekreterare|kallelse|"
    "Ämne: SV: SSPF {week}\n\n{first:1}, kan du ta med uppgifter om {full:2}? "
    "Polisen har {case}.\n/{first:3}",
    "sspf_samordnare|kallelse|"
    "KALLELSE\nSSPF-möte {date} kl {time}\nPlats: {venue}, {pstreet}\n"
    "Ärenden: {full:1}, {full:2}\nAnmäl förhinder till {mail}",
    "kurator|kallelse|"
    "Hej {first:1}!\nKan vi lyfta {first:2} ({klass}) på mötet? Pappa {full:3} har ringt "
    "flera gånger från {mob}.\nMvh {full:4}, kurator {venue}",
    "sspf_samordnare|kallelse|"
    "Påminnelse: möte imorgon.\nAgenda:\n1. Läget i {place}\n2. {full:1} och {full:2}\n"
    "3. Sommarlovsaktiviteter ({amount})\nSamling kl {time} vid {venue}\n//{first:3}",
    "kommunpolis|kallelse|"
    "Från: KP {full:1}\nÄmne: Inför SSPF\nVi har haft {antal} ingripanden mot gruppen kring {nick:2}. "
    "Fordon {plate} förekommer. Mvh {first:1}",
    "sekreterare|kallelse|"
    "Hej,\nnytt datum: {date}. {full:1} (soc) och {full:2} (polis) kan inte.\n"
    "Lokal: {org}, {pstreet}\n{first:3}",
)
