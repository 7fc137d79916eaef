"""Frames of the seventy-third blind corpus, part e: shift handovers in the depots and the traffic control,
deviation reports in the operator's system (avvikelserapporter), and passengers' posts on social media.

A frame is `role|style|template`; the slots are tests/blind73_fill.py's.
"""

from __future__ import annotations

FRAMES_E = (
    # --- overlamning: shift handovers
    "depa|overlamning|Skiftöverlämning depå {date}\nKvällsskift → nattskift\n- {vagn} har spräckt ruta"
    " efter stenkastning i {place}, förare {sur:1}\n- förare {full:2} sjukskriven, ringer {mob} om hen kan"
    " imorgon\n- nyckel till skåp 14 hos {first:3}\n- bil {plate2} blockerade infarten, ägaren {full:5}"
    " kontaktad\nMvh {first:4}",
    "depa|overlamning|Överlämning trafikledning\n{first:1} → {first:2}\nKvar: omledning av {line} pga"
    " vägarbete på {pstreet} tom {week}\nFörare {sur:3} har anmält hot från resenär ({case})\nSamtal"
    " inväntas från {full:4}, {org}",
    "arbetsledare|overlamning|Till nattens arbetsledare: {nick:1} (förare {full:2}) vill inte köra {line}"
    " efter kl {time} längre pga händelsen förra veckan. Prata med honom. Också: {full:3} har bytt nummer"
    " till {mob}.\n/{first:4}",
    "depa|overlamning|Överlämning {week}\nDagskiftet: {full:1}, {full:2}, {init:3}\nKvällsskiftet:"
    " {full:4}\nFordon ur trafik: {vagn} (klotter), {vagn} (dörrfel)\n[[Vagn]] tre på tåget i spår 2"
    " urkopplad\nÖvrigt: polisen har hämtat film från {stop} (ärende {case})",
    "arbetsledare|overlamning|Hej gänget, lite info inför helgen. {full:1} och {first:2} kör extra på"
    " {line} pga matchen på {venue} den {date}. Kontrollanter från {org} är med. OBS: {first:3} har"
    " parkerat sin bil ({plate2}) på personalparkeringen utan tillstånd igen. //{first:4}",
    "depa|overlamning|skiftbyte kl {time}\n{lowf:1} lämnar till {lowf:2}\n- ny förare {full:3} börjar"
    " imorgon, har inte fått passerkort\n- fastighetsjouren ({tel}) ringer om larmet i {fast}\n- inget mer",
    "depa|overlamning|Överlämning – incidenter\n1) {line}: förare {wsur:1} spottad på vid {stop} i"
    " korsningen mot {street}, polisanmält\n2) {vagn}: resenären {full:2} föll i mittgången, ambulans\n3)"
    " Kontrollant {sur:3} hotad på {station}\nAnsvarig: {full:4}",
    "arbetsledare|overlamning|{full:1} ringde från sjukhuset. Hon har fått sy {antal} stygn efter att ha"
    " blivit slagen på {line} i {place}. Gärningsmannen heter enligt polisen {full:2}, {vuxen} år."
    " {first:1|g} man {wfirst:3} hämtar hennes grejer i omklädningsrummet ikväll.",
    # --- avvikelse: deviation reports in the operator's system
    "avvikelse|avvikelse|AVVIKELSERAPPORT\nNr: 2026-0887\nKategori: Hot/våld mot personal\nDatum/tid:"
    " {date} kl {time}\nLinje/fordon: {line} / {vagn}\nBeskrivning: Förare {full:1} blev hotad av en"
    " resenär som uppgav sig heta {full:2}. Resenären filmade föraren. {first:1} är sjukskriven resten av"
    " veckan.\nÅtgärd: Polisanmälan {case}",
    "avvikelse|avvikelse|Avvikelse: Felparkerat fordon\nRegnr: {plate}\nPlats: {stop}\nBussen kunde inte"
    ' angöra hållplatsen, resenärer fick kliva av i gatan. Bilägaren {full:1} kom efter 15 min och sa "det'
    ' är min gata". Förare: {first:2}',
    "avvikelse|avvikelse|Kategori: Skadegörelse\nFordon: {vagn}\nKlotter med tusch på säten och fönster:"
    ' "{nick:1}", "{lowf:2} ❤ {lowf:3}". Förare {sur:4} upptäckte det vid {station} kl {time}. Sanerat av'
    " {org}.",
    "avvikelse|avvikelse|Avvikelsen gäller: olycka med personskada\nVid inbromsning vid {stop} föll"
    " resenären {full:1} ({vuxen} år) och slog huvudet. Medresenär {full:2} hjälpte till och {first:2}"
    " följde med henne. Ambulans till {venue}. Förarens namn: {sur:3}",
    "avvikelse|avvikelse|[[Inga]] skador på personal men resenären {caps:1} blev knivhuggen i armen vid"
    " {stop} efter bråk på {line}. Gärningsman okänd, möjligen kallad {nick:2}. Vittnen: {full:3} ({mob}),"
    " {full:4} ({mob}). Polisens ärendenr {case}.",
    "avvikelse|avvikelse|Avvikelserapport {week}\nRapportör: {full:1}, {org}\nEn kvinna, {full:2} från"
    " {place}, uppgav att hennes dotter {first:3} blivit kränkt av kontrollanten {sur:4} på {line}."
    " Kvinnans telefon: {mob}.",
    "avvikelse|avvikelse|{date}, {line}\nFörare {wsur:1} rapporterar att en resenär ({ung} år) trillade ur"
    " dörren när den stängdes vid {stop}. Pojkens pappa {full:2} kontaktad, bor {addr}. {first:2} hämtade"
    " sonen. Dörrteknikern {full:3} kollar dörren.",
    'avvikelse|avvikelse|Kategori: Övrigt\nDekalen "[[Stig]] på framtill" saknas på {vagn}. Resenären'
    " {full:1} fastnade med barnvagnen, hennes sambo {full:2} blev arg och hotade föraren {first:3}. {org}"
    " kontaktad via {tel}.",
    # --- sociala: passengers' posts
    "fb_kommentar|sociala|{full:1}: Igår på {line} satt en tjej och grät och ingen brydde sig. Föraren"
    " {first:2} stannade bussen och satte sig med henne tills hennes pappa kom. Heja!! 👏\n↳ {full:3}:"
    " {first:2} är bäst, han kör min tur varje morgon",
    "instagram|sociala|VARNING till alla som åker {line} genom {place}: killen som kallar sig {nick:1}"
    " stjäl mobiler vid {stop}. Han tog min kompis {first:2|g} igår kl {time}. Polisanmält ({case})."
    " Dela!!!",
    "fb_grupp|sociala|Hej alla i gruppen! Har någon hittat en brun plånbok på {line} mellan {stop} och"
    " {station} i fredags? Innehåller körkort på {full:1}, det är min pappa. Ring mig, {full:2}, på {mob}"
    " ❤️",
    "twitter|sociala|@Vasttrafik {line} stod still i 35 min vid {stop} och föraren sa inget. Fick betala"
    " {price} för en taxi. /{low:1}",
    "fb_kommentar|sociala|{lowf:1} skrev: det var {nick:2} och hans kompisar som kastade grus på bussen i"
    " {place}, alla vet det\n↳ {full:3}: sluta hänga ut folk, det är polisens jobb\n↳ {lowf:1}: whatever,"
    " min lillebror satt på bussen",
    "fb_grupp|sociala|Tack till ordningsvakten {sur:1} och hans kollega {wfirst:2} som hjälpte min mamma"
    " {full:3} när hon blev rånad på {station} i lördags! Ni är guld värda. //{full:4}",
    "reddit|sociala|Någon mer som fått tilläggsavgift på {line} fast appen visade giltig biljett?"
    " Kontrollanten ({sur:1} stod det på brickan) vägrade lyssna. {fee} för ett appfel liksom. Tänker"
    " bestrida. Om någon vill höra av sig: {mail}",
    "fb_grupp|sociala|Efterlysning: den här killen på bilden knuffade min farmor {full:1} av {line} vid"
    " {stop} {week}. Han var med en tjej som han kallade {first:2}. Vet någon vem han är? Skriv till mig,"
    " {full:3}, eller ring {mob}.",
)
