"""Frames of the twenty-eighth blind corpus, part a: rounds and passes dictated into a phone by väktare,
fältare and trygghetsvärdar, left as the speech-to-text made them (little punctuation, lowercase or random
capitals, run-on sentences, numbers said as words, spoken "punkt" and "ny rad"). `role|style|template`;
slots as in tests/blind28_fill.py."""

from __future__ import annotations

FRAMES_A = (
    # --- a väktare dictating a round
    "vaktare|diktat_vaktare|rond {place} klart kl {time} inga konstigheter förutom att {first:1} från städ"
    " hade ställt upp dörren mot {venue} med en kil pratade med henne och hon tog bort den sen träffade vi"
    " {full:2} som bor där han sa att det varit spring i trapphuset hela kvällen han vill bli uppringd på"
    " {mob}",
    "vaktare|diktat_vaktare|okej så här kl {time} blev vi larmade till {addrord} trapphus b ungdomar som"
    " rökte en av dom sa att han hette {lowf:1} och en kallades {nick:2} dom gick därifrån mot {place} utan"
    " bråk väktare {sur:3} och jag stannade kvar en stund",
    "vaktare|diktat_vaktare|Bil stod parkerad på gång och cykelvägen vid {venue} reg {plate} ingen i bilen"
    " vi ringde ägaren {full:1} som flyttade den efter {tidord} han var sur men okej skriv det i rapporten"
    " till {org}",
    "vaktare|diktat_vaktare|{first:1} här diktar rond två {week} från {place} garage plan minus ett dörren"
    " trasig igen sen förra veckan kollega {sur:2} fotade den anmält till fastighet kontakt {tel} ingen har"
    " svarat ännu",
    "vaktare|diktat_vaktare|ingripande {date} vid {venue} en man som sa att han heter {full:1} född {pnr}"
    " var berusad och hotfull mot personalen vi höll honom tills polisen kom ärendenummer {case} kollega"
    " {first:2} skadade handen lätt",
    "vaktare|diktat_vaktare|Nattrond klar allt lugnt på {street} förutom en moped utan skylt som körde fram"
    " och tillbaka förare kallas {nick:1} enligt {first:2} på kiosken och {first:2|g} kollega har filmat"
    " det hela [[Inga]] skador på något",
    "vaktare|diktat_vaktare|larm från {venue} {tidord} på natten vi var där efter tolv minuter fönster"
    " krossat på baksidan inga personer kvar nyckelansvarig {full:1} kom och låste numret {mob} till henne"
    " om det behövs glöm inte rapport till {org}",
    "vaktare|diktat_vaktare|skriv att {low:1} i {lgh} ringde om grannen som spelar hög musik varje natt vi"
    " knackade ingen öppnade på dörren stod namnet {caps:2} kontakta hyresvärden {org} på måndag",
    # --- a fältare dictating, random capitals
    "faltare|diktat_faltare|Pass Kväll i {place} vi var tre fältare {first:1} plus kollegan {wsur:2} och"
    " jag Mötte en grupp på ca {antal} ungdomar vid {venue} Stämningen var Okej Pratade med {first:3} som"
    " är {ung} han oroar sig för sin Kusin",
    "faltare|diktat_faltare|fick samtal från en mamma {full:1} hon oroar sig för sonen {first:2} som inte"
    " kommit hem Ring henne på {mobord} Sonen syntes sen vid {place} med {nick:3} och några andra",
    "faltare|diktat_faltare|Vi går vidare mot {street} nu klockan är {time} ungefär Några tjejer berättade"
    " att en kille som heter {lowf:1} har hotat dom på snap och att han bor på {addrord} Vi tipsar {kommun}"
    " och skolan",
    "faltare|diktat_faltare|{full:1} fältsekreterare Rapport {datumord} Lugn kväll i {place} Fritidsgården"
    " stängd så folk Drog till {venue} istället {wfirst:2} från föreningen var där och hjälpte till tack"
    " till henne",
    "faltare|diktat_faltare|Pratade med kuratorn {sur:1} om {first:2} och {first:3} som skolkar Hon har"
    " mejlat mamman på {mail} Vi Följer upp {week} Också snack om att någon sålt grejer vid {line}"
    " hållplatsen",
    "faltare|diktat_faltare|ungdomar eldade i en papperskorg vid {venue} runt {tidord} en av dom {first:1}"
    " sa att det var {nick:2} som började Räddningstjänsten kom Vi stannade med {first:1} tills hans pappa"
    " {full:3} hämtade",
    "faltare|diktat_faltare|Notering Bil med Fyra killar körde runt {place} flera varv reg {plate2} Kom"
    " tillbaka efter {tidord} och {first:1} tror att det är {first:2|g} storebror som kör Vi har inte"
    " pratat med nån av dom",
    "faltare|diktat_faltare|sista stoppet {venue} där {low:1} och hans kompis satt som vanligt Sa att dom"
    " blivit rånade på {amount} och en mobil vid {pstreet} Uppmanade dom att anmäla säg till fältsamordnare"
    " {wsur:2}",
    # --- a trygghetsvärd's voice note, spoken punctuation left in
    "trygghetsvard|diktat_trygghetsvard|trygghetsvandring {place} punkt vi var {first:1} och {first:2|g}"
    " syster och {first:3} punkt lampan vid {street} är fortfarande trasig komma tredje veckan nu punkt ny"
    " rad felanmält till {org} punkt",
    "trygghetsvard|diktat_trygghetsvard|ny rapport punkt vid {venue} satt en man och sov på bänken han sa"
    " att han heter {full:1} och att han inte har någonstans att bo punkt vi ringde socialjouren {tel}"
    " punkt ny rad han ville inte följa med",
    "trygghetsvard|diktat_trygghetsvard|okej {tidord} ungefär kom en kvinna fram {first:1} heter hon och"
    " bor på {addrord} hon sa att grannen {full:2} hotar henne i tvättstugan hon vill ha hjälp med"
    " kontakten med {org}",
    "trygghetsvard|diktat_trygghetsvard|{first:1} och {first:2} trygghetsvärdar pass {datumord} punkt"
    " klotter på {venue} och under bron vid {place} punkt tog kort och skickade till {mail} punkt",
    "trygghetsvard|diktat_trygghetsvard|ny rad en pojke ungefär {ung} år cyklade in i en äldre dam"
    " {wfirst:1} heter hon hon föll lätt vi hjälpte henne upp hennes son {full:2} kom och hämtade hon vill"
    " inte anmäla punkt",
    "trygghetsvard|diktat_trygghetsvard|träffade bovärden {sur:1} vid {street} han sa att det brunnit i en"
    " container på gården {tidord} igår och att {nick:2} och hans gäng syntes där innan punkt {caps:3} på"
    " {org} har fått veta",
    "trygghetsvard|diktat_trygghetsvard|påminnelse till mig själv ring {full:1} på {mobord} om mötet på"
    " {venue} {datumord} komma ta med {first:2} från fältgruppen",
    "trygghetsvard|diktat_trygghetsvard|lugnt i {place} ikväll förutom mopeden igen vit moped registrering"
    " {plate2} föraren liknar {lowf:1} som vi pratat med förut punkt vi sa det till kommunpolisen {sur:2}"
    " punkt skadorna på planteringen kostar cirka {amount}",
)
