"""Frames of the thirty-ninth blind corpus, fourth file: terse fault reports in the gatukontor's system,
SMS to the kontaktcenter's number, and voicemails transcribed by a handläggare. `role|style|template`;
slots as in tests/blind39_fill.py."""

from __future__ import annotations

FRAMES_D = (
    # felanmalan_gata: the street office's system
    "gatukontoret|felanmalan_gata|FELANMÄLAN {arende}\nTyp: Belysning\nObj: stolpe vid {street}, gc-väg mot"
    " {venue}\nAnm: {full:1} {mob}\nPrio: 2\nUtf: {org}",
    "gatukontoret|felanmalan_gata|Typ: Klotter (kommunal mark)\nPlats: {place}, tunneln\nBeskr: hakkors +"
    " tags, stort\nKostnad sanering: ca {amount}\nInr: {comma:1}\nÅterkoppl: ja, {mail}\nMottagen av:"
    " {init:2}",
    "gatukontoret|felanmalan_gata|Ärendetyp: Övergivet fordon\nRegnr: {plate2}\nFabrikat: Volvo V70, grå\n"
    "Plats: {street}, utanför nr 40\nAnmälare: {full:1}, {addr}\nTfn: {tel}\nNotering: {first:2} (trafik)"
    " lappar bilen {date}",
    "gatukontoret|felanmalan_gata|ID {arende} | Gatubelysning | {place} | anm. {full:1} | {mob} | status:"
    " skickad till {org} | hl: {wsur:2}",
    "gatukontoret|felanmalan_gata|Felanmälan park\nVad: trasiga bänkar, glas på lekplatsen, sprutor(!)\n"
    "Var: {venue}\nNär: {date} ca kl {time}\nVem: {full:1} ({first:2|g} pappa, det var {first:2} som"
    " hittade sprutan)\n"
    "Vidare: miljöenheten + polisen, handläggare {full:3}",
    "gatukontoret|felanmalan_gata|Typ: Nedskräpning\nPlats: {pstreet} vid återvinningen\nBeskrivning: någon"
    " har dumpat möbler, troligen från flytt i {lgh} enligt grannen {full:1}\nFastighet: {fast}\nÅtgärd:"
    " {org} faktureras {amount}",
    "gatukontoret|felanmalan_gata|FELANM. – belysning ur funktion\nAdress: {addr}\nAnmäld av: {low:1}, tel"
    " {mob}\nInfo: hela gången mörk sedan {week}, äldre dam ramlade\nTilldelad: {full:2} (elavd.)",
    "gatukontoret|felanmalan_gata|Kategori | Plats | Anmälare | Kontakt\nKlotter | {venue} | {full:1} |"
    " {mail}\nBelysning | {place} | {full:2} | {mob}\nFordon ({plate}) | {street} | {full:3} | –",
    # sms: texts to the kontaktcenter's number
    "invanare|sms|Hej det e {first:1} från {place}. lampan vid busshållplatsen ({line}) e trasig igen. ring"
    " {mob} om ni undrar",
    "invanare|sms|hej. ungdomar har eldat i containern bakom {venue} igen. en av dom e {lowf:2}, han bor på"
    " {street}. /{first:1}",
    'invanare|sms|SMS från {mob}: "Bilen {plate} står kvar i {place}, nu med krossad ruta. Mvh {full:1}"',
    "invanare|sms|Det är {full:1}, jag ringde i morse om grannen i {lgh}. Nu håller han på igen, kl är"
    " {time}. Min man {first:2} har knackat på. Ska vi ringa polisen?",
    "handlaggare|sms|Hej {first:1}! Detta är ett sms från Kontaktcenter, {kommun}. Ditt ärende om klotter"
    " vid {venue} är nu åtgärdat. Svara inte på detta sms. /{first:2}",
    "invanare|sms|tjena, e det ni som tar hand om övergivna bilar? en svart golf {plate2} har stått på"
    " {street} i en månad. mvh {low:1}",
    "invanare|sms|Hej!! Massa ungdomar utanför {venue} nu, typ {antal} st, några har maskerat sig. Min son"
    " {first:2} ({ung}) är där, jag vill inte att han blir indragen. {full:1}",
    "faltassistent|sms|{first:6} och jag från fältgruppen var vid {place} kl {time}, pratade med"
    " {first:1}, {first:2} och"
    " {nick:3}. Lugnt. {wfirst:4} från {org} var också där. /{init:5}",
    # ---------------------------------------------------------------- rostbrevlada: voicemails typed out
    'invanare|rostbrevlada|Röstmeddelande {date} kl {time}: "Ja hej, det är {full:1} här, jag bor på'
    " {addr}... det är ett gäng ungdomar som sitter i vår tvättstuga varje kväll och röker, jag har sagt"
    ' till {org} och bovärden {sur:3} flera gånger. Ring mig på {mob}. Tack hej."',
    "invanare|rostbrevlada|Voicemail (transkriberat): hej ehm jag heter {lowf:1} och ringer om... det är ju"
    " lampan på {street}, den har inte funkat sen {date}, ja... min granne {lowf:2} har också sagt till."
    " mitt nummer är {mob}. hej.",
    "invanare|rostbrevlada|RÖSTBREVLÅDA\nFrån: {tel}\nLängd: 0:48\nInnehåll: kvinna, uppger namn {full:1},"
    " klagar på grannen {full:2} som har hund som skäller och spelar musik. Bor i {lgh}. Vill bli"
    " uppringd.\nTranskriberat av {init:3}",
    "invanare|rostbrevlada|Meddelande i röstbrevlådan, lämnat {date}: Man som säger att han är {full:1},"
    " ringer från {place}. Det har stått en husbil med tyska skyltar och en bil, {plate}, på vändplanen i två"
    " veckor. Nummer: {tel}.",
    'invanare|rostbrevlada|Röstmeddelande (otydligt): "hej det är {first:1}, eller {full:1} alltså, från'
    " {venue} ... någon har sprejat på hela väggen och det står {nick:2} överallt, det är han som alltid gör"
    ' det ... ring {mob}"',
    "invanare|rostbrevlada|Transkribering röstmeddelande\nInringare: {full:1}\nNummer:"
    ' {mob}\nSamordningsnr (uppgett): {snr}\n"Jag vill'
    " anmäla att det säljs knark i trappan på {addr}. Det är grannens kille, han heter {first:2}, och hans"
    ' kompisar. Jag vågar inte säga något till {org}."\nÅtgärd: tips till polisen, ärende {arende}',
    "invanare|rostbrevlada|Röstbrevlåda, kl {time}: äldre man, {full:1} ({vuxen} år?), hörde glas krossas"
    " vid {venue} och såg {antal} personer springa mot {place}. Ville bara att kommunen skulle veta. Ingen"
    " återuppringning.",
    'invanare|rostbrevlada|"Hej, {full:1} heter jag, personnummer {pnr}, jag har ringt förut om bilen'
    " utanför, den står kvar, reg {plate2}, och nu bor det folk i den tror jag. Och lampan vid {pstreet} e"
    ' trasig. Hej hej." – transkr. {first:2}, KC',
)
