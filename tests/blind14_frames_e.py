"""Frames of the fourteenth blind corpus, part e: church, mosque and association volunteers, property owners
in town centres, plain weekly-report prose and pasted e-mails with their signatures."""

FRAMES = (
    "volontar|forening|Svenska kyrkans nattvandring {date}: {full}, {first} och diakon {role} gick från "
    "{inst} till {place}. [[Inga]] incidenter.",
    "imam|forening|Moskéstyrelsen genom {full} informerar om iftar {date}. Parkeringsvakter: {first}, "
    "{nick}, {first}. Kontakt {mob}.",
    "volontar|forening|Volontärlista läxhjälpen\n{full} – måndagar\n{full} – onsdagar\n{low} – "
    "torsdagar\n{caps} – vid behov",
    "volontar|forening|Hej! Jag heter {full} och är ordförande i {org}. Vi har fått klagomål på ungdomar "
    "vid {inst}. Kan jag nå kommunpolis {role}?",
    "pastor|forening|Pastor {role} i {inst} berättar att fönstret krossats för andra gången. Vaktmästare "
    "{ws} har bytt rutan. Kostnad: {amount}.",
    "volontar|forening|Föreningsrapport {week}: Träningen på {inst} avbröts när {nick} och några äldre "
    "kom. Tränaren {full} ({mob}) pratade med dem.",
    "imam|forening|Imam {role} och {full} från församlingen vill gå med på trygghetsvandringen i "
    "{place}. {first} anmäler dem.",
    "volontar|forening|Kaféverksamheten: {full}, {full} och {wf} ansvarar. Nya volontärer: {first}, "
    "{low} och {first}.",
    "fastighetsagare|fastighetsagare|Hej, jag äger {fast} på {street}. Sedan {week} har vi klotter varje "
    "natt. Min förvaltare {full} har bilder, saneringen kostar {amount} varje gång. /{full}",
    "fastighetsagare|fastighetsagare|Fastighetsägarna i centrum, möte den {date} med {full} ({org}), "
    "{full} och {sf}. Förslag: gemensam väktare.",
    "butikschef|fastighetsagare|Butiksägaren {full} (pizzerian vid {inst}) uppger att {nick} och två "
    "andra snattar. Har kamerabilder. Tel {mob}.",
    "fastighetsagare|fastighetsagare|Förvaltare {role}, {org}: Vi har satt upp kamera vid {addr} mot "
    "{pstreet}. Skylt finns. Kontakt: {mail}",
    "fastighetsagare|fastighetsagare|{full} på {org} skriver: Garageporten på {street} har brutits upp, "
    "bil {plate} och bil {platen} skadade.",
    "butikschef|fastighetsagare|Centrumledare {role}: Lugn helg i {place}. Väktarna ({org}) avvisade "
    "{first} som sov i entrén. Socialtjänsten ({full}) kontaktad.",
    "butikschef|fastighetsagare|Hyresgäst i lokalen, {full}, frisörsalong, klagar på nedskräpning. Vi "
    "har pratat med {wf} från städfirman. /{full}",
    "fastighetsagare|fastighetsagare|Fastighet: {fast}\nÄgare: {org}\nKontakt: {full}, {tel}\nNotering: "
    "Inbrott i källarförråd natten till {date}, anmält {kno}.",
    "samordnare|veckorapport|{week}: I {place} har det varit lugnt. {full} från fritidsgården berättar "
    "om många besök. {first} och {first} från {org} var ute fredag och lördag.",
    "trygghetsvard|veckorapport|Trygghetsvärdarna {full} och {full} mötte {low} och hans kompisar vid "
    "{inst}, de var trevliga. Inget att rapportera i övrigt.",
    "trygghetsvard|veckorapport|Bilbrand {date} på parkeringen vid {street}. Bilen ({plate}) tillhörde "
    "{full}. Räddningstjänsten släckte. /{first}",
    "samordnare|veckorapport|Flera boende, bland andra {full} och {fullg} granne, har hört smällar vid "
    "{inst}. Polisen har fått uppgifterna.",
    "trygghetsvard|veckorapport|Områdesvärd {role} har pratat med {nick} och {first} om mopedkörning på "
    "gångvägen mot {inst}. Följer upp {week}. Fler klagar på förseningar med {bus} på kvällarna.",
    "samordnare|veckorapport|{first} på {org} har lagt in insatsen: extra belysning vid {pstreet}, klar "
    "{date}.",
    "samordnare|veckorapport|Klotter på elskåp längs {pstreet}, rapporterat av {full}. {ws} på "
    "gatuenheten beställer sanering. [[Klart]] till {week}.",
    "samordnare|veckorapport|Från medborgardialogen: {full}, som bor på {addr}, upplever otrygghet vid "
    "{pstreet} på kvällarna. Svarat av {full}.",
    "samordnare|mejl|Hej {first}!\nTack för lägesbilden. Jag har en fråga om händelsen vid "
    "{inst}.\n\nMed vänlig hälsning\n{full}\nSamordnare, {org}\n{tel}\n{mail}",
    "samordnare|mejl|Från: {full}\nSkickat: den {date} kl {time}\nTill: {full}; {full}\nÄmne: SV: "
    "Klotter {place}\n\nHej, vi tar det på måndag. /{nick}",
    "kundtjanst|mejl|Vidarebefordrat meddelande\nFrån: {mail}\nHej! Min son {first} ({samnr}) blev "
    "slagen vid {inst}. Vi bor på {addr}. Ring mig på {mob}. {full}",
    "fastighetsagare|mejl|Hälsningar\n{caps}\nFastighetsförvaltare\n{org} | {tel} | {mob}",
    "samordnare|mejl|Hej alla,\nhär kommer veckans siffror från {place}. {full} är sjuk så {first} "
    "skickar i stället.\n/{first}\n\nSkickat från min iPhone",
    "samordnare|mejl|{full} skrev: > Vi såg {nick} och {full} vid {inst} igen.\nSvar: Tack {first}, jag "
    "lägger in det i rapporten. /{full}",
)
