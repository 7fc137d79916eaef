"""Frames of the sixty-third blind corpus, part c: restaurants' complaints, residents' complaints and local
Facebook groups. `role|style|template`; slots as in tests/blind63_fill.py."""

FRAMES_C = (
    # restaurang: restaurants' complaints to the kommun or the platform
    "krogagare|restaurang|Hej {kommun},\nvi på restaurangen vid {street} har problem med bud som står och"
    " väntar"
    " med mopeden igång på trottoaren. Fastigheten är {fast}. I fredags bråkade två av dem, {first:1} och"
    " {first:2}, om en order.\n"
    "Mvh {full:3}, ägare",
    "krogagare|restaurang|Till {org}: Ert bud {full:1} har vid upprepade tillfällen uppträtt hotfullt mot vår"
    " personal, senast {date} kl {time}. Vi kräver att han stängs av. Kontakt: {mail}. Restaurangchef"
    " {sur:2}.",
    "krogagare|restaurang|Vi har anmält stöld av mat: en person som utgav sig för att vara bud hämtade tre"
    " order"
    " och försvann. Kameran visar registreringsnummer {plate}. Polisanmälan {case}. /{first:1}, skiftledare",
    "krogagare|restaurang|Klagomål från pizzerian på {pstreet}: elsparkcyklar från {org} parkeras framför"
    " ingången varje kväll. Personalen {first:1} och {wfirst:2} har snubblat. Kontakta ägaren {sur:3},"
    " {tel}.",
    "krogagare|restaurang|{first:1} från kebabstället vid {venue} ringde: ett bud, {nick:2}, blev nedslagen"
    " utanför vid {time}. Budets kollega {first:3} tog honom till akuten. Ägaren {sur:4} har pratat med"
    " polisen.",
    "krogagare|restaurang|Hej! Jag driver sushibaren i {place}. Ett bud {first:1} lämnade vår kund {full:2}"
    " utan mat och skrev i appen att den var levererad. Kunden bor på {addr}, {lgh}.",
    "krogagare|restaurang|Restaurangchef {full:1} vill att {kommun} gör en lastzon på {street}, 'buden står"
    " överallt och grannen {sur:2} har klagat fem gånger'. Möte den {date}.",
    "krogagare|restaurang|Order 22917 – vår kock {first:1} blev hotad av budet {first:2} när maten var sen."
    " Budet sa att"
    " han visste var {first:1} bor. {amount} i förlorad order. Skriv till {mail}.",
    # boende: residents' complaints
    "boende|boende|Hej. Jag bor på {addr} och varje natt står taxibilar med motorn igång utanför. Någon"
    " spelar"
    " hög musik, i går bil {plate2}. Ring mig gärna, {mob}. {full:1}",
    "boende|boende|Klagomål från boende i {lgh}, {addr}: bud kör moped genom innergården. Min granne"
    " {first:1}"
    " blev nästan påkörd med sin son {first:2}. /{full:3}",
    "boende|boende|Till {kommun}! Elsparkcyklarna från {org} ligger slängda över hela {place}. Min pappa"
    " {full:1}"
    " ({snr}, rullator) föll på {street} den {date}. Vem ansvarar? {first:2}",
    "boende|boende|Skriver å {low:1|g} vägnar, han är min granne och pratar dålig svenska. Ett bud ringde på"
    " hos honom kl {time} och krävde betalning för mat han inte beställt. /{first:2}, {tel}",
    "boende|boende|{full:1}\n{addr}\n{mob}\n\nFastigheten {fast} har blivit en genomfart för mopedbud mellan"
    " {street} och {venue}. [[Bommar]] eller grindar, vad som helst.",
    "boende|boende|Hej, vi i föreningen på {street} vill klaga på taxiköerna vid {venue}. Ordförande {wsur:1}"
    " har skrivit tidigare. Vår sekreterare {full:2} har bilder från {date}.",
    "boende|boende|Det står en taxi ({plate}) varje kväll i vår vändplan. Föraren heter {first:1} sa grannen"
    " {first:2}. Han sover i bilen nära {line}. Fastighet {fast}. {full:3}",
    "boende|boende|{nick:1} kallas han, killen som kör mat och parkerar mopeden i vårt trapphus på {addr}."
    " Hyresvärden {org} gör ingenting, förvaltaren {sur:3} svarar inte. {first:2}",
    # facebook: posts in local groups
    "fb|facebook|Varning till alla i {place}!! Min kompis {first:1} kör Foodora och blev rånad igår vid"
    " {venue}"
    " av 3 killar i svarta jackor. Någon som sett nåt? {first:2} och {first:3} har redan ringt polisen. Det"
    " var vid hållplatsen för {line}. Dela!!",
    "fb|facebook|{full:1}: Taxichauffören på bil {plate} tog 1100 kr från {venue} till {place} i natt. Akta"
    " er."
    "\n   {full:2}: samma hände min dotter 😡\n   {first:1}: anmäl!",
    "fb|facebook|Någon som vet vem som äger mopeden {plate2}? Den står mitt på gångvägen vid {street} varje"
    " dag. Budet heter visst {first:1}. /{low:2}",
    "fb|facebook|Tack till taxichauffören {first:1} som körde min mamma {full:2} hem från {venue} och bar"
    " upp matkassarna! ❤️ Sådana finns det för få av. Hälsar {first:3}",
    "fb|facebook|{full:1} skrev i gruppen: 'elsparkcyklar på {pstreet} igen, tre stycken i cykelbanan'\n"
    "Kommentar från {nick:2}: ring {org} så hämtar de",
    "fb|facebook|Ang inlägget om budet som slogs ner i {place}: det var min bror {wfirst:1}. Han mår ok men"
    " hans telefon togs. Polisen har ärendet, {case}. Tack för stödet. {first:2}",
    "fb|facebook|Såg att {first:1} {sur:1} i kommentarerna skrev om taxibilarna vid {venue}. Jag bor på"
    " {addr}, samma sak här, tutande kl {time}!",
    'fb|facebook|{low:1} delade ett inlägg: "Bud hotat med kniv vid {venue}, polisen söker vittnen"\n'
    "{full:2}: hemskt, vi som bor i {place} är så trötta på det här",
)
