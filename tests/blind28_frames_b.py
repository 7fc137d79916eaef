"""Frames of the twenty-eighth blind corpus, part b: voicemails transcribed automatically and sent on as
e-mail, a fastighetsskötare's or bovärd's dictated work orders, and a kommunpolis' dictated memos for the
weekly meeting. `role|style|template`; slots as in tests/blind28_fill.py."""

from __future__ import annotations

FRAMES_B = (
    # --- b voicemail, transcribed by the phone system
    "receptionist|rostmeddelande|Röstmeddelande {date} kl {time}\nFrån: {tel}\nTranskribering: hej det är"
    " {full:1} jag bor på {addr} och jag vill anmäla att det är folk i källaren igen varje natt ring mig"
    " tillbaka tack hej",
    "receptionist|rostmeddelande|Nytt röstmeddelande från {mob}\nTranskribering (automatisk, kan innehålla"
    " fel): ja hej det är {lowf:1} mamma till {first:2} jag ville bara säga att han blev slagen vid {venue}"
    " igår av nån som heter typ {nick:3} ring gärna",
    "receptionist|rostmeddelande|Röstbrevlåda {kommun}\nTranskribering: hej {first:1} det är {full:2} från"
    " {org} vi har fått in en anmälan om glaskross på {street} ärendet hos polisen har nummer {case} hör av"
    " dig",
    "receptionist|rostmeddelande|Transkribering: hallå ja det gäller min bil den står på parkeringen vid"
    " {place} och nån har slagit sönder rutan det är en röd golf {plate} jag heter {full:1} och mitt nummer"
    " är {mobord} tack",
    "receptionist|rostmeddelande|Röstmeddelande {date}\nTranskribering: ja hej det är {wfirst:1} på {venue}"
    " vi har problem med ungdomar som bränner smällare vid entrén varje kväll runt {tidord} en av dom heter"
    " {first:2} tror jag",
    "receptionist|rostmeddelande|Transkribering (osäker): hej de här är {full:1} hyresgäst i {lgh} på"
    " {addr} det luktar rök i trapphuset och jag har ringt {org} tre gånger ingen kommer min dotter"
    " {first:2} är rädd",
    "receptionist|rostmeddelande|Missat samtal {time}\nRöstmeddelande från {tel}\nTranskribering: Det är"
    " {caps:1} från hemtjänsten vi såg en man ligga vid {line} hållplatsen vid {place} ambulans är ringd"
    " vår kollega {sur:2} stannade",
    "receptionist|rostmeddelande|Avsändare: {comma:1}\nTranskribering: ja hej ringer angående grannen"
    " {first:2} som bor under mig han har besök hela nätterna och det luktar gräs ända upp till oss på"
    " {addrord} ring {mobord}",
    # --- b work orders dictated into the housing company's app
    "fastighetsskotare|diktat_fastighet|arbetsorder {fast} källardörr uppbruten igen ny cylinder behövs"
    " kostnad ungefär {amount} hyresgäst {full:1} såg två killar där {tidord} ena heter {first:2}",
    "fastighetsskotare|diktat_fastighet|felanmälan från {lowf:1} i {lgh} lampa trasig i entrén sen {date}"
    " och grannen {first:2} har ramlat i trappen ring {mob} innan ni kommer hälsningar fastighetsskötare"
    " {sur:3}",
    "fastighetsskotare|diktat_fastighet|Klotter på fasaden {addr} text med namn {caps:1} och en tagg"
    " ungefär två meter lång sanerat {date} av {org}",
    "fastighetsskotare|diktat_fastighet|bovärd {sur:1} här gäller {fast} vid {street} i förrådet låg"
    " sovsäck och sprutor som om nån sover där vi har sett samma man flera gånger han säger att han heter"
    " {full:2}",
    "fastighetsskotare|diktat_fastighet|{first:3} här garaget på {addr} en bil utan skyltar och en med"
    " {plate2} står på fel plats sen flera veckor ägaren enligt grannen är {full:1} skicka lapp {week}",
    "fastighetsskotare|diktat_fastighet|{first:1} på fastighet här snabbt vattenskada i {lgh} hyresgästen"
    " {full:2} var inte hemma fick gå in med huvudnyckel meddela {org} och ring henne på {mob}",
    "fastighetsskotare|diktat_fastighet|tvättstugan {place} fönster krossat igen tredje gången {week}"
    " kostnad {amount} grannen {wsur:1} såg {nick:2} springa därifrån",
    "fastighetsskotare|diktat_fastighet|ny rad arbetsorder klar lås bytt i {fast} nycklar kvitterade av"
    " {full:1} och {full:2} faktura på {amount} till {org} punkt",
    # --- b kommunpolis dictating a memo before the EST meeting
    "kommunpolis|diktat_kommunpolis|inför mötet {datumord} lägesbild {place} två rån mot unga vid {venue}"
    " misstänkt är {full:1} född {pnr} han är känd sen tidigare anmälan {case}",
    "kommunpolis|diktat_kommunpolis|kommunpolis {sur:1} diktat {week} narkotikaförsäljning vid {line}"
    " hållplats i {place} personer som nämns {first:2} och {first:3} båda cirka {ung} år",
    "kommunpolis|diktat_kommunpolis|bilbrand natten till lördag på parkeringen vid {street} bil {plate}"
    " ägare {full:1} bilen var avställd ärende {case} vittne {first:2} nås på {mob}",
    "kommunpolis|diktat_kommunpolis|Uppdatering {place} Lugnare {week} än förra Ingripande mot {lowf:1} och"
    " {lowf:2} som körde moped på {street} båda under femton",
    "kommunpolis|diktat_kommunpolis|samordningsnummer {snr} tillhör mannen som greps vid {venue} han uppgav"
    " namnet {full:1} men heter troligen {full:2} tolk behövs",
    "kommunpolis|diktat_kommunpolis|hot mot personal på {venue} {tidord} igår fritidsledaren {sur:1}"
    " hotades av {full:2} som sa att han skulle komma tillbaka med kniv anmälan upprättad {case}",
    "kommunpolis|diktat_kommunpolis|kontakt med {org} om {lgh} på {addrord} där det misstänks olovligt"
    " boende kontraktet står på {full:1} men {first:2} och en okänd man bor där",
    "kommunpolis|diktat_kommunpolis|avslut {full:1} skickar detta till {mail} och {first:2} på kommunen för"
    " lägesbilden {date} punkt",
)
