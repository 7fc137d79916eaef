"""Frames of the thirty-sixth blind corpus, file c: the follow-up e-mail after a walk, the invitation to a
walk or a dialogue evening, and the contact slips handed out at the walk. `role|style|template`."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # ------------------------------------------------------------ uppfoljningsmejl
    "samordnare|uppfoljningsmejl|Hej alla!\n\nTack för en bra trygghetsvandring i {place} i tisdags. "
    "Här kommer en kort återkoppling:\n- {org} har bytt lamporna vid {venue}\n- buskarna vid "
    "{street} klipps {week}\n\nHör av er till mig eller {first:2} om något saknas.\n\nMvh\n{full:1}\n"
    "Trygghetssamordnare, {kommun}\n{tel}",
    "tjansteman|uppfoljningsmejl|Från: {full:1}\nTill: {full:2}; {full:3}\nKopia: {mail}\nÄmne: Uppföljning "
    "vandring {place}\n\nHej {first:2}, jag har pratat med {sur:4} på gatukontoret och lampan vid "
    "busshållplatsen ({line}) är beställd. Leveranstid ca tre veckor.",
    "bostadsbolag|uppfoljningsmejl|Hej {first:1},\ntack för dina synpunkter på vandringen. Vi har nu "
    "åtgärdat dörren på {addr} och satt upp en ny lampa vid soprummet. Klottret i "
    "källaren tas bort {week}.\nVänliga hälsningar\n{full:2}\nBovärd, {org}\n{mob}",
    "kommunpolis|uppfoljningsmejl|Hej!\nÅterkoppling från polisen efter medborgardialogen {date}. Vi har "
    "gjort {antal} besök vid {venue} sedan dess. Fordonet {plate} som flera nämnde är kontrollerat. "
    "Kontakta gärna mig direkt.\n/{full:1}, kommunpolis\n{mob}",
    "samordnare|uppfoljningsmejl|Hej {first:1} och {first:2}!\nPå dialogkvällen lovade vi att återkomma om "
    "belysningen på {pstreet}. Nu är beslutet taget: {amount} avsätts ur trygghetspotten och "
    "arbetet görs under {week}.\nHälsningar {first:3}",
    "forening|uppfoljningsmejl|Re: trygghetsvandring\n\nHej {first:1}! Tack för sist. Vi i {org} vill gärna "
    "vara med nästa gång också. {full:2} och {full:3} kan ta med folk från fotbollen. Vår "
    "kontaktperson är {wfirst:4}, nås på {mob}.\n//{first:5}",
    "tjansteman|uppfoljningsmejl|Hej,\nbifogar protokollet från vandringen i {place}. Observera att "
    "{first:1} "
    "bett att hans namn tas bort från listan innan den sprids vidare. Har strukit det i pdf:en "
    "men inte i word-filen.\n\n{full:2}\n{kommun}",
    "boende|uppfoljningsmejl|hej, det är {low:1} som var med på vandringen i onsdags. ni pratade om "
    "lampan vid {venue} men inget har hänt. min dotter {lowf:2} går där varje dag kl {time}. "
    "ring mig {mob}",
    # ------------------------------------------------------------ inbjudan
    "samordnare|inbjudan|VÄLKOMMEN PÅ TRYGGHETSVANDRING I {place}!\nVi samlas vid {venue} den {date} kl. "
    "{time}. Vandringen tar ca en timme.\nAnmälan till {full:1}, {mail} eller {mob}.\nVälkomna! "
    "{kommun}, {org} och Polisen",
    "tjansteman|inbjudan|Inbjudan till medborgardialog\nHur upplever du tryggheten i {place}? Kom och "
    "berätta!\nNär: {date}, kl. {time}\nVar: {venue}\nMedverkande: {full:1} (kommunpolis), {full:2} "
    "({org}) och fältarna.\nFrågor: {full:3}, {tel}",
    "forening|inbjudan|Kära medlemmar!\nStyrelsen bjuder in till trygghetsvandring runt {place}. Vi går från "
    "föreningslokalen på {street} kl {time}. {full:1} från {kommun} och kommunpolis {sur:2} är med.\n"
    "Ta med ficklampa! /{first:3}, ordförande",
    "bostadsbolag|inbjudan|Till hyresgästerna på {pstreet}\n{org} bjuder in till trygghetsvandring "
    "{date}. Samling på gården kl. {time}. Efteråt bjuder vi på korv.\nKontakt: bovärd "
    "{full:1}, {mob}",
    "samordnare|inbjudan|Påminnelse: trygghetsvandringen i {place} är nu på torsdag!\nSamling vid {venue} "
    "kl. {time}. Bussen ({line}) stannar precis utanför.\nHar du frågor, ring {full:1} på {tel} eller "
    "mejla {mail}.",
    "faltare|inbjudan|Hej! Vi fältare i {kommun} går trygghetsvandring med ungdomarna i {place} {week}. Vill "
    "ditt barn vara med? Anmäl till {first:1} ({mob}) eller {first:2} ({mob}).",
    "tjansteman|inbjudan|Medborgardialog {date}\nProgram\nkl. {time} Välkommen, {full:1}\nLägesbild från "
    "polisen, {full:2}\nBordssamtal i grupper\nSammanfattning och nästa steg, {full:3}",
    "forening|inbjudan|Inbjudan / Invitation / دعوة\nTrygghetsvandring {place}\nDatum: {date}\nTolk finns: "
    "somaliska ({full:1}), arabiska ({full:2}), tigrinja ({full:3})\n[[Vilja]] att vara med räcker – "
    "ingen anmälan!",
    # ------------------------------------------------------------ kontaktlapp
    "faltare|kontaktlapp|{full:1}\nFältsekreterare, {kommun}\n{mob}\n{mail}\nRing eller sms:a – vi finns ute "
    "tis–lör kvällstid",
    "kommunpolis|kontaktlapp|KOMMUNPOLIS\n{caps:1}\nLokalpolisområde {kommun}\nTel {tel}\nMobil {mob}\n"
    "E-post: {mail}\nAkut: 112",
    "bostadsbolag|kontaktlapp|Din bovärd i {place}:\n{full:1}\nTräffas på kontoret, {street}\nmån–tors kl "
    "{time} och efter överenskommelse\n{mob} · {mail}",
    "samordnare|kontaktlapp|Kontaktuppgifter som delades ut på vandringen:\n{full:1}, trygghetssamordnare: "
    "{tel}\n{full:2} ({org}): {mob}\n{full:3}, fältsekreterare: {mob}\nPolisen: 114 14",
    "trygghetsvard|kontaktlapp|Trygghetsvärdarna {place}\nKvällstid: {first:1} och {first:2}\nNås via "
    "{mob}\nEller via {mail}",
    "forening|kontaktlapp|Nattvandrarna – vill du vara med?\nKontakta vår samordnare {full:1}\n{mob}\n"
    "Vi går fredagar kl. {time} från {venue}.\nSwish för fika: {mob}",
    "tjansteman|kontaktlapp|{full:1}\nUtvecklingsledare trygghet och säkerhet\n{kommun}\n"
    "Direkt: {tel}\n{mail}",
    'boende|kontaktlapp|lapp jag fick av tjejen från kommunen: "{first:1} {tel}" + en från '
    "hyresgästföreningen {full:2}, {mob}. ska ringa om lampan på {street}",
)
