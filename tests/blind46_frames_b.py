"""Frames of the forty-sixth blind corpus, second file: lists of the young people discussed (tables pasted as
text), action lists with who is responsible, and notes of orosanmälningar."""

from __future__ import annotations

FRAMES_B = (
    # ------------------------------------------------------------------ ungdomslista
    "sspf_samordnare|ungdomslista|"
    "Nr\tNamn\tÅlder\tSkola/klass\tAnsvar\n"
    "1\t{full:1}\t{ung}\t{venue}\tSoc\n2\t{first:2} {sur:2}\t{ung}\t{klass}\tSkola\n"
    "3\t{nick:3}\t?\t–\tPolis\nOmråde: {place}, {week}",
    "sspf_samordnare|ungdomslista|"
    "Ungdomar som diskuterades:\n• {first:1} ({ung}) + lillebror {first:2}\n"
    "• {first:3} {sur:3|g} syster {first:4}\n• {lowf:5} – ny, känd av fältarna\nSetts vid {street} "
    "och {venue}.",
    "faltare|ungdomslista|"
    "Lista {place} ({week})\n{first:1} S., {first:2} M., {first:3} och kusinen {nick:4}\n"
    "Alla går på {venue}. Föräldrar: {full:5} ({mob}).",
    "sspf_samordnare|ungdomslista|"
    "Namn;Personnr;Skola;Orosanm.;Kommentar\n"
    "{full:1};{pnr};{venue};ja;LVU-utredning pågår\n{full:2};{snr};{klass};nej;nyanländ",
    "sspf_samordnare|ungdomslista|"
    "UNGDOMAR AKTUELLA I SSPF\n{caps:1} ({ung} år)\n{caps:2} ({ung} år)\n"
    "Mamma: {full:3}, {addr}, {lgh}\nPappa: {full:4}, saknar adress i Sverige",
    "insatssamordnare|ungdomslista|"
    "{sur:1} ({first:1}), {ung} år – ungdomstjänst klar\n{wsur:2} ({first:2}), {ung} år – "
    "MST startar {date}\n{sur:3} (syskon) – ej aktuell\nSIG {place} – {date}",
    "sspf_samordnare|ungdomslista|"
    "Aktuella: {first:1} ({klass}), {first:2} ({klass}), {nick:3}\nNya sedan {date}: {full:4}\n"
    "Avslutade: {full:5} (flyttat, kontakt via {org})\nSenast sedd: {place} kl {time}",
    "faltare|ungdomslista|"
    "kids vi ser i {place} just nu:\n- {lowf:1} ({ung})\n- {lowf:2} ({ung}), bror till {first:3}\n"
    '- "{nick:4}" ca {ung}\n- {first:5} {wsur:5}',
    # ------------------------------------------------------------------ atgardslista
    "sspf_samordnare|atgardslista|"
    "ÅTGÄRD\tANSVAR\tKLART\nHembesök hos familjen {sur:1}\t{full:2} (soc)\t{date}\n"
    "Möte med rektor\t{full:3}\t{week}\nOrosanmälan\t{first:4}\tgjord\nKontroll bil {plate2}\tKP "
    "{sur:5}\tlöpande",
    "sspf_samordnare|atgardslista|"
    "Åtgärder:\n1. Kontakta VH till {first:1}. Ansvar: {full:2}\n"
    "2. Fältarna besöker {venue} på fredag. Ansvar: {first:3}\n3. KP följer upp {case}. Ansvar: KP "
    "{sur:4}\n4. Trygghetsvandring längs {street} kl {time}.",
    "sekreterare|atgardslista|"
    "Att göra till nästa gång ({date}):\n– {first:1}: kolla med {venue} om frånvaro för {first:2}\n"
    "– {first:3}: ringa mamma ({mob})\n– {first:4}: boka lokal på {street}\n– bussbiljetter: {amount}",
    "insatssamordnare|atgardslista|"
    "Ansvar: {full:1}\nÅtgärd: samtal med {first:2} och vårdnadshavare\nUppföljning: {date}\n"
    "Status: pågående",
    "sspf_samordnare|atgardslista|"
    "Beslutade insatser\n- Kontaktperson till {first:1} ({ung}). Ansvar: soc, {sur:2}\n"
    "- Fritidsaktivitet {org}, kostnad {amount}/termin. Ansvar: {first:3}\n- Polisen: samtal med {nick:4}",
    "sekreterare|atgardslista|"
    "Vem gör vad?\n{first:1} → skolan ({venue})\n{first:2} → soc, ansvar för {full:3}\n"
    "{first:4} → trygghetsvandring {place}, samling kl {time}",
    "sspf_samordnare|atgardslista|"
    "ÅTGÄRDSLISTA {week}\n[ ] Hembesök {addr}, {lgh} – {full:1}\n[x] Samtal {first:2} – {full:3}\n"
    "[ ] Återkoppling till {org} – {first:4}\n[ ] Kontakt hyresvärd ang. {fast}",
    "trygghetssamordnare|atgardslista|"
    "Ansv. {lowf:1} (fält) + {lowf:2} (fritid): närvaro vid {venue} fre–lör kl {time}. "
    "Ansv. KP {sur:3}: kontroll av {plate} och {plate2}.",
    # ------------------------------------------------------------------ orosanmalan
    "kurator|orosanmalan|"
    "Orosanmälan skickad {date} gällande {full:1} ({pnr}).\nAnmälare: kurator {full:2}, {venue}.\n"
    "Vårdnadshavare: {full:3}, tel {mob}.",
    "socialsekreterare|orosanmalan|"
    "Inkommen orosanmälan från polisen ({case}) avseende {first:1} {sur:1}, {ung} år. "
    "Även syskonen {first:2} och {first:3} berörs. Förhandsbedömning påbörjad, handläggare {sur:4}. "
    "Familjen bor på {fast}, {lgh}.",
    "sspf_samordnare|orosanmalan|"
    "Orosanm. gjorda sedan förra mötet: {antal}\n- {full:1} (skolan)\n- {full:2} (polisen)\n"
    "- {nick:3}, riktigt namn okänt (fältarna)",
    "rektor|orosanmalan|"
    "Skolan har gjort orosanmälan för {first:1} i {klass}. Mamma {full:2} informerad "
    "per telefon {tel}. Rektor {sur:3} ansvarar för fortsatt kontakt. Händelsen skedde på {street}.",
    "socialsekreterare|orosanmalan|"
    "Ang. orosanmälan {date}: {full:1}, född {pnr}, bor {addr}. "
    "Uppgiftslämnare: {full:2} ({org}). Bedömning: inleda utredning enligt 11 kap. 1 § SoL.",
    "kommunpolis|orosanmalan|"
    "Polisen har upprättat orosanmälan efter omhändertagande i {place}: {full:1} ({ung}) samt "
    "{full:2} ({ung}). "
    "Anmälan nr {case}.\nKl {time} sågs de på {line}.",
    "faltare|orosanmalan|"
    "orosanmälan gjord ang {low:1}, {ung} år, setts påverkad vid {venue}. ringt mamma {lowf:2} på {mob}",
    "kurator|orosanmalan|"
    "Till: Socialtjänsten BoU, mottagningsgruppen\nFrån: {full:1}, kurator\n"
    "Ärende: Orosanmälan {full:2}, {klass}\nSkolan ser hög frånvaro ({antal} dagar) och oro kring "
    "hemsituationen.",
)
