"""Frames of the seventy-seventh blind corpus, part E: internal e-mail threads of the waste unit (`mejl`),
fees, fines and decisions sent to those who dumped or littered (`sanktion`) and notes from the EST group's
weekly check-in (`est`). Slots: tests/blind77_fill.py."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # --- mejl: the waste unit's internal e-mail threads
    "avfallsingenjor|mejl|Från: {full:1} <{mail}>\nTill: {full:2}\nÄmne: Stölder {avc}\n\nHej {first:2}!\nVi"
    " har haft stölder tre helger i rad. {first:3} på nattskiftet föreslår kamera vid [[Elavfall]]. Kan du"
    " ta det med {org}?\n\n/{first:1}",
    "avfallsingenjor|mejl|Hej,\nvi behöver låsbara containrar på {avc} från {week}. Offerten ligger på"
    " {amount} i månaden. {full:1} på upphandling har godkänt. Hör av dig till mig eller {full:2} ({tel}).\n"
    "Mvh {full:3}\nAvfallsingenjör, {kommun}",
    "avc_chef|mejl|Re: Re: Kund med tillträdesförbud\n\n{first:1}, {full:2} ({pnr}) var här igen i dag kl"
    " {time} trots förbudet. Kom i {plate} med {first:3} som passagerare. Vi släppte inte in dem."
    " /{first:4}\n\n> Från: {full:1}\n> Meddela mig om {first:2} dyker upp.",
    "avfallsingenjor|mejl|Ämne: Sammanställning dumpningar {week}\n\n1. {place} – kuvert till {full:1}, brev"
    " skickat\n2. {pstreet} – däck, ingen koppling\n3. {street} – byggavfall, fakturor till {comma:2},"
    " {addr}\n\nVänliga hälsningar\n{full:3}",
    "miljoinspektor|mejl|Hej {first:1}!\nTack för tipset om släpet. Ägaren är enligt Transportstyrelsen"
    " {full:2}, {addr}. Vi kallar till möte {date}. Kan du och {wfirst:3} vara med som vittnen?\nHälsningar\n"
    "{init:4}\nMiljöinspektör",
    "avfallsingenjor|mejl|Till: personalen på {avc}\nKopia: {full:1}\n\nFrån {date} gäller nya"
    " öppettider: vardagar {hours}, lördagar stängt. Frågor till {first:2} på {mob}. Bussen {line} stannar"
    " vid infarten.\n\n{caps:3}\nEnhetschef Avfall",
    "avc_chef|mejl|Hej {full:1},\nbifogar bilder från {date} när {full:2} och en person som kallas {nick:3}"
    " plockade [[Koppar]] ur containern. {first:2} har tillträdesförbud sedan {week}. Polisanmälan {case}.\n"
    "/{full:4}",
    "trygghetssamordnare|mejl|Hej alla,\ninför EST-mötet: {full:1} från {org} rapporterar mer nedskräpning"
    " vid {avc}, mest [[Grovavfall]] på helgerna. Kommunpolisen {wsur:2} har kopplat två fall till en"
    " {plate2}. Vi tar det under punkt fyra.\n{first:3}",
    # --- sanktion: fees, fines and decisions
    "handlaggare|sanktion|BESLUT – miljösanktionsavgift\nMottagare: {full:1}\n{addr}\nPersonnummer: {pnr}\n"
    "Avgift: {amount}\nSkäl: nedskräpning den {date} vid {avc}. Avfallet (säckar med post adresserad till"
    " {first:1}) har kunnat kopplas till er.\nBeslutsfattare: miljöchef {sur:2}",
    "handlaggare|sanktion|Kommunicering inför beslut\n\n{full:1}, {snr}\n{addr}, {lgh}\n\nMiljökontoret"
    " avser att besluta om en avgift på {amount} för nedskräpning på fastigheten {fast}. Ni har rätt att"
    " yttra er senast {date}. Kontakta handläggare {full:2}, {tel}.",
    "handlaggare|sanktion|Debitering extra tömning\nKund: {comma:1}\nAnläggning: {addr}\nDatum: {date}\n"
    "Belopp: {amount}\nOrsak: överfyllt kärl, säckar bredvid. Bild tagen av chaufför {sur:2}.",
    "handlaggare|sanktion|Förslag till beslut, {kommun}: fordonsägaren {full:1} ({pnr}), {plate}, åläggs att"
    " ta hand om skrotbilen på {pstreet} sedan {week}. Flyttas bilen inte senast {date} flyttas den på"
    " ägarens bekostnad, uppskattat {amount}. Ansvarig: {first:2}",
    "handlaggare|sanktion|{full:1} har överklagat avgiften för nedskräpning ({amount}). I överklagandet"
    " står att det var {first:1|g} förra sambo, {full:2}, som ställde avfallet vid {avc}. Beslut fattas av"
    " {full:3} {week}.",
    "handlaggare|sanktion|Påminnelse\n\nTill: {caps:1}, {snr}\nAvser: tömning av dumpat avfall, {kg},"
    " faktura från {date}\nBelopp att betala: {amount}\nFrågor: {mail} eller {tel}",
    "handlaggare|sanktion|Yttrande från {full:1}:\n'Jag förstår inte varför jag ska betala. Kartongen"
    " med mitt"
    " namn slängde jag i [[Wellpapp]] på {avc}, någon måste ha tagit den därifrån. Min granne {full:2} kan"
    " intyga det.'\nInkom {date}, handläggare {sur:3}",
    "handlaggare|sanktion|Återkallat beslut: avgiften för {full:1}, {addr}, avskrivs. Utredningen visade att"
    " avfallet dumpats av hantverkaren {full:2} som anlitats av {first:1}. Ny utredning mot {first:2} och"
    " firman. /{init:3}",
    # --- est: the EST group's weekly check-in
    "trygghetssamordnare|est|EST-avstämning {week}\nNärvarande: {full:1} (kommunen), {full:2} (polisen),"
    " {full:3} ({org})\n{place}: gul – fortsatt dumpning vid {avc}\nInsats: kamera vid"
    " återvinningsstationen, ansvarig {first:1}",
    "trygghetssamordnare|est|Anteckningar {date}\n- Stölder ur elavfall på {avc}: {first:1} på ÅVC:n har en"
    " lista på bilar, bl.a. {plate} och {plate2}\n- Klotter på miljöhus vid {pstreet}\n- {full:2} från {org}"
    " tar kontakt med {sur:3} på polisen",
    "trygghetssamordnare|est|Avstämning EST – punkt 3 Nedskräpning\n{full:1} rapporterade att skräpet runt"
    " {venue} ökat efter skolavslutningen. Städdagen den {date} samordnas av {wfirst:2}. {full:3} vill"
    " ha fler"
    " papperskorgar längs {street} och vid hållplatsen för {line}.",
    "trygghetssamordnare|est|{full:1} (miljöinspektör) berättade om dumpningen vid {place}: ägaren spårad via"
    " adresslappar, {first:2|g} svar väntas {week}. {full:3} från {org} tar fram kostnad för sanering,"
    " preliminärt {amount}.",
    "kommunpolis|est|Kommunpolisens punkt: {antal} anmälningar om metallstöld i {kommun} sedan {date}."
    " Misstänkta: {full:1}, {full:2}. Fordon: {plate}. {first:1} är känd sedan tidigare av {lowf:3} på"
    " ÅVC:n.",
    "trygghetssamordnare|est|Lägesbild vecka för vecka\n\n{week}: {place} – nedskräpning vid {avc}, rapport"
    " från {first:1}\n{week}: stöld ur {cont}, misstänkt {nick:2}\n{week}: skräp vid hållplatsen, {line}\n\n"
    "Sammanställt av {low:3}",
    "trygghetssamordnare|est|Beslut på mötet: insatsen 'Rent och tryggt {place}' planeras från {date}."
    " Ansvarig {full:1}, med {first:2} och {first:3} från fritidsgården samt {wsur:4} från {org}. Budget:"
    " {amount}.",
    "trygghetssamordnare|est|Uppföljning insatser\nKamera vid {avc}: pågående ({first:1})\nLåsbara"
    " containrar: slutförd, kostnad {amount}\nInformationsbrev till hushållen på {pstreet}: planerad,"
    " {full:2} skriver\nDialog med {full:3} om dumpningen vid {place}: slutförd",
)
