"""Frames of the seventeenth blind corpus: lists of banned persons, descriptions, lost property."""

# ruff: noqa: E501

FRAMES = [
    # forbud: tillträdesförbud and porrförbud lists, as text
    "centrumledning|forbud|Tillträdesförbud {centre} (fastigheten {fast}), gällande från {date}:\n1. {fullk:1}, {pnr}\n2. {fullk:2}, {pnr}\n3. {fullk:3}, {snr}\nBeslutat av centrumchef {sur:4}.",
    "krogvard|forbud|Porrförbud {krog} (uppdaterad {date})\n- {full:1}\n- {full:2}\n- {nick}, riktigt namn okänt\n- {full3:3}\nFrågor till krogvärden {sur:4}.",
    "badpersonal|forbud|Avstängda från {venue} t.o.m. {week}: {full:1} och {full:2} (förstörde omklädningsrummet), {low:3} (hotade badvakten {first:4}). Beslut av badchef {sur:5}.",
    "butikschef|forbud|Lista över personer med tillträdesförbud i butiken ({chain}, {centre}):\n{fullc:1} – {pnr}\n{fullc:2} – {pnr}\n{full:3} – okänt personnummer\nVid besök: ring väktare {sur:4}, {mob}.",
    "ordningsvakt|forbud|Förbudslista {station} {week}: {full:1}, {full:2}, {full:3}. Samtliga har fått skriftligt tillträdesförbud av {traf}. Kontaktperson: trygghetschef {sur:4}, {mail}.",
    "krogvard|forbud|Gemensam porrlista för krogarna runt {place} ({date}):\n{full:1} – slagsmål\n{full:2} – langning\n{nick} – hot mot personal\n{word} – stöld ur garderob\nListan förs av {full:3} på {krog}.",
    "samordnare|forbud|Sammanställning tillträdesförbud {week}, {traf}: {full:1} på {line}, {full:2} på {station} och {full:3} i hela centrum. Underlag från ordningsvakterna {sur:4} och {sur:5}.",
    "bibliotekarie|forbud|Beslut om avstängning från {venue}\nNamn: {full:1}\nFödd: {pnr}\nGäller: {date} – {date}\nSkäl: hot mot personal ({full:2}, {full:3})\nBeslutsfattare: bibliotekschef {sur:4}",
    "butikschef|forbud|Porrad från {chain} på {street}: {first:1} (kallas {nick}), {full:2} och en kille som sa att han hette {full:3}. Alla tre anmälda, {kn}.",
    "dorrvakt|forbud|Dörrlistan {date}\nEJ INSLÄPP: {fullc:1}, {fullc:2}, {full:3}\nVIP: {full:4} +3\nAnsvarig: {full:5}",
    # signalement: suspects and victims
    "ordningsvakt|signalement|Signalement: man, ca 25 år, ca 180 cm, svart dunjacka, vita skor. Kallas {nick} av kompisarna. Sprang mot {station} kl {time}. Målsägande {full:1}, {mob}.",
    "butikschef|signalement|Snatteri i {chain} den {date}: kvinna runt 40, blont hår, grön väska. Tog varor för {amount}. Butiksbiträdet {full:1} känner igen henne som {full:2} från {place}.",
    "taxiforare|signalement|Åkte från {krog} kl {time} till {addr}. Kunden, en man som presenterade sig som {first:1}, vägrade betala {amount} och sprang. Chaufför {full:2}, {taxi}, bil {plate}.",
    "ordningsvakt|signalement|Eftersökt enligt polisen: {fullc:1}, född {pnr}, ca 175 cm, rakat huvud, tatuering på halsen. Senast sedd på {line} mot {place}. Tips till {full:2}, {tel}.",
    "trygghetsvard|signalement|Offer: {full:1}, 16 år, från {place}. Blev rånad på jacka och telefon vid {venue}. Gärningspersonerna: två killar, den ena kallades {nick}, den andra {first:2}. {first:1|g} pappa {full:3} hämtade.",
    "butikschef|signalement|Beskrivning till polisen ({kn}): kvinna i 30-årsåldern, mörkt lockigt hår, röd mössa, talade engelska. Sa till kassören {first:1} att hon hette {full:2}. Kameran vid {chain} filmade henne kl {time}.",
    "ordningsvakt|signalement|Misstänkt för klotter på {station} och i tunneln under {pstreet}: yngre man, grå hoodie, svart ryggsäck, cykel. Samma person som {full:1} anmälde den {date}. Kollegan {first:2} tror att det är {full:3} från {place}.",
    "taxiforare|signalement|Bråk vid taxikön på {place} natten till {date}. Den som slog var lång, skägg, beige rock; kompisen kallade honom {nick}. Den slagne, {full:1}, fick åka med ambulans. Chaufförerna {full:2} ({taxi}) och {full:3} såg allt.",
    "butikschef|signalement|Efterlyst av butiken: man runt 50, grått skägg, keps, pratar högt. Har stulit sprit ur {chain} tre gånger ({date}, {date}). Butikschefen {full:1} och kollegan {full:2} vet att han bor på {addr}, {lgh}.",
    "dorrvakt|signalement|Signalement efter knivhot utanför {krog}: kvinna, ca 20, blå dunjacka, blont hår i tofs. Offret {full:1} ({pnr}) kände igen henne som {full:2}. Vittne {first:3} på {mob}.",
    # hittegods: lost property
    "busschauffor|hittegods|Hittegods från {line}, {date}: plånbok med körkort tillhörande {full:1} ({pnr}). Lämnad till {traf} kundtjänst av chaufför {sur:2}.",
    "bibliotekarie|hittegods|Kvarglömt på {venue}: svart ryggsäck med skolböcker, namnlapp {full:1}. {first:1|g} mamma {full:2} har ringt ({mob}) och hämtar den {date}.",
    "badpersonal|hittegods|Upphittat i omklädningsrummet, {venue}, den {date}: guldhalsband, iPhone med skal, busskort. Ägaren {full:1} hämtade kl {time} mot legitimation. Kvitterat av {first:2} i kassan.",
    "tagvard|hittegods|Hittat på {line}: en barnvagn (!) och en väska med id-kort för {full:1}. Konduktören {full:2} lämnade allt på {station}. Ägaren nås på {mail}.",
    "vaktare|hittegods|Hittegodslogg {centre}\n{date}: nyckelknippa, lämnad av {full:1}\n{date}: plånbok, {full:2}, {snr}\n{date}: mobil, ägaren {first:3} ringde från {mob}\nUtlämnat av väktare {sur:4}",
    "busschauffor|hittegods|Kvarglömd ryggsäck på {line} i kväll. I den: laptop, lunchlåda och ett brev till {full:1} på {addr}, {lgh}. Chaufför {full:2}, depå {place}.",
    "bibliotekarie|hittegods|Hej {first:1}! Din dotters gympapåse ligger kvar på {venue}, den kan hämtas i lånedisken. Mvh {full:2}, bibliotekarie",
    "taxiforare|hittegods|Hittat i baksätet på bil {platen} efter körning från {krog} kl {time}: plånbok med id för {full:1}. Lämnat till {taxi} växel. Förare {full:2}.",
    "badpersonal|hittegods|{full:1} ringde från {tel} om glasögon som glömts i bastun på {venue}. Kollegan {word} lägger dem i kassan tills {first:1} kommer.",
    "tagvard|hittegods|Upphittad resväska på tåget, {line}. Bagagebricka: {full:1}, {addr}, {mob}. Överlämnad till {traf} på {station} av tågvärd {sur:2}.",
]
