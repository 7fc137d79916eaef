"""Frames of the seventeenth blind corpus: witnesses with contact details, the trygghetssamordnare's
summaries, radio calls and text messages."""

# ruff: noqa: E501

FRAMES = [
    # vittnen: witnesses and their contact details
    "ordningsvakt|vittnen|Vittnen till misshandeln vid {krog}:\n{full:1}, {mob}\n{full:2}, {mob}\n{full:3}, {mail}\nUpptaget av ordningsvakt {sur:4}, {guard}",
    "eventsakerhet|vittnen|Vittnesuppgifter, {date}, scenområdet vid {place}\n- {full:1} ({tel}) såg bråket börja\n- {full:2} ({mob}) filmade med mobilen\n- {nick} ville inte lämna uppgifter\nAnsvarig: säkerhetschef {sur:3}",
    "trygghetsvard|vittnen|Två vittnen stannade kvar vid {station}: {full:1}, som bor på {addr}, {lgh}, och {full:2}, som nås på {mob}. Båda såg hur {first:3} blev knuffad ner på spåret.",
    "butikschef|vittnen|Vittnen till rånet i {chain} {week}: kunderna {full:1} och {full:2} samt kollegan {first:3}. Uppgifterna är lämnade till polisen under ärende {kn}.",
    "taxiforare|vittnen|Såg olyckan vid {place}: taxichaufför {full:1} ({taxi}), {mob}, och en cyklist som hette {first:2}. Bilen som körde iväg hade reg.nr {platen}.",
    "krogvard|vittnen|Vittnen från kön utanför {krog} kl {time}: {full:1}, {full:2} och {full:3}. {first:2} sa att det var {nick} som började. Telefon till {first:1}: {mob}.",
    "eventsakerhet|vittnen|Festivalens säkerhetslogg: {full:1} blev av med sin plånbok vid {venue}. Vittne {full:2} (volontär, {mail}) såg en kille i gul väst. {first:1|g} nummer: {mob}.",
    "vaktare|vittnen|Vittnesförhör på plats, {centre}\nVittne 1: {full:1}, {pnr}, {tel}\nVittne 2: {full:2}, {mob}\nBåda såg {first:3} slå {first:4} med en flaska.",
    "trygghetsvard|vittnen|Vi fick namn på vittnen: {full:1} (jobbar på {chain}), {full:2} och {full:3}. {first:1} lovade att ringa trygghetsvärden {sur:4} i morgon.",
    "ordningsvakt|vittnen|Vittnesuppgifter inhämtade av OV {sur:1}:\n{fullk:2}, {mob}, såg inget av själva slaget\n{fullk:3}, {tel}, såg allt från {place}\n{fulli:4}, vill vara anonym mot gärningspersonen",
    # sammanfattning: the kommun's trygghetssamordnare summarising
    "samordnare|sammanfattning|Sammanfattning {week} från trygghetssamordnaren: ordningsvakterna rapporterar en lugnare helg vid {station}, men fler ärenden i {centre}. {full:1} från {guard} och {full:2} från {traf} deltog på avstämningen. Nästa möte {date}, kallelse från {mail}.",
    "samordnare|sammanfattning|Lägesbild centrum {week}\nRöd: {place} (tre rån, ett med kniv, {kn})\nGul: {station}\nGrön: {venue}\nKommentar: krogvärden {sur:1} och butikschefen {full:2} efterfrågar mer belysning. /{full:3}, trygghetssamordnare",
    "samordnare|sammanfattning|Vaktbolagens rapporter {week}: {guard} hade fjorton ingripanden, de flesta vid {centre}. Väktaren {full:1} skadades lätt vid ett omhändertagande. {full:2} på {org} har bett om ett möte; jag föreslår {date} kl {time}.",
    "samordnare|sammanfattning|Till BRÅ-gruppen: sedan {date} har taxichaufförer på {place} utsatts för hot vid fyra tillfällen. Chauffören {full:1} ({taxi}) har anmält, {kn}. Jag har pratat med {first:2} på {traf} och med kommunpolisen {sur:3}.",
    "samordnare|sammanfattning|Helgens nattliv i korthet: kön vid {krog} drog ut på {street} vid stängning. Ordningsvakterna {sur:1} och {sur:2} fick hjälp av polis kl {time}. [[Inga]] allvarliga skador. Krogvärdarna {first:3} och {first:4} föreslår fler taxiplatser.",
    "samordnare|sammanfattning|Sammanställning skolskjuts och kollektivtrafik, {week}\n- {line}: stenkastning mot bussen vid {place}, chaufför {full:1} oskadd\n- {station}: ungdomar röker i hissen, trygghetsvärd {sur:2} har pratat med dem\n- föräldern {full:3} har hört av sig om {first:4} som blivit hotad på skolbussen",
    "samordnare|sammanfattning|Från biblioteken och badhusen {week}: personalen på {venue} har haft två hotfulla besökare, den ena är {full:1}, den andra kallas {nick}. Bibliotekarien {full:2} vill ha väktare på kvällarna. Jag kontaktar {guard}.",
    "samordnare|sammanfattning|Lägesbild {date}, {place}: lugnt i butikerna, men {chain} har haft tre snatterier för totalt {amount}. Butikschef {sur:1} har porrat {full:2} och {full:3}. Centrumledningen ({full:4}) vill bjuda in polisen.",
    "samordnare|sammanfattning|Kort från festivalen på {place}: tolv tusen besökare, tre omhändertagna enligt LOB, en misshandel ({kn}). Säkerhetschefen {full:1} och {full:2} från {guard} var nöjda. Kvar att göra: möte med {org} den {date}.",
    "samordnare|sammanfattning|Trygghetssamordnarens anteckningar {week}\nNärvarande: {full:1} ({traf}), {full:2} ({guard}), {full:3} (centrumledningen), {first:4} (kommunen)\nBeslut: extra ordningsvakter på {station} fredag och lördag\nAnsvarig: {sur:1}",
    # radio: radio calls and text messages, typed fast
    "dorrvakt|radio|{lowf:1} till {lowf:2}: två killar på väg in genom köket, en av dem är {low:3}. kom.",
    "vaktare|radio|sms från {lowf:1}: larmet på {centre} gick igen kl {time}, {lowf:2} åker dit. ring {mob} om du behöver mig",
    "trygghetsvard|radio|{lowf:1} här, vi står vid {station}. {low:2} är här igen och bråkar med chauffören på {line}. behöver ov",
    "dorrvakt|radio|ok {lowf:1}, släpp inte in {low:2} eller kompisen {nick}. de har förbud sen {date}",
    "vaktare|radio|{lowf:1}: snattare utgång norr vid {chain}, blå jacka. {lowf:2} tar baksidan. polis på väg, ärende {kn}",
    "trygghetsvard|radio|hej {lowf:1}! {lowf:2} och jag tar {line} till {place} nu, tillbaka ca {time}. /{lowf:3}",
    "krogvard|radio|till alla: {low:1} utkastad från {krog} kl {time}, kan dyka upp hos er. mvh {lowf:2}",
    "ordningsvakt|radio|{lowf:1} o {lowf:2} på väg mot {place} med en omhändertagen, {low:3}, pnr {pnr}. behöver bil",
    "dorrvakt|radio|{word} i dörren säger att {low:1} försökte komma in med falskt leg. kolla kameran kl {time}",
    "trygghetsvard|radio|sms till {lowf:1}: kan du ta kvällen den {date} på {station}? {lowf:2} är sjuk. svara på {mob} /{lowf:3}",
]
