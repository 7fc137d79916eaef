"""Frames of the seventy-third blind corpus, part d: customer service's e-mails and notes, disputes of
tilläggsavgifter, and station hosts' logs (stationsvärdar).

A frame is `role|style|template`; the slots are tests/blind73_fill.py's.
"""

from __future__ import annotations

FRAMES_D = (
    # --- kundtjanst: customer service
    "kundtjanst|kundtjanst|Från: {full:1} <{mail}>\nÄmne: Re: Ärende 11-224817\n\nHej {first:2}!\nTack för"
    " svaret. Jag stod vid {stop} kl {time} och {line} körde bara förbi. Det var tredje gången {week}. Jag"
    " vill ha tillbaka {price} för taxin jag fick ta.\nMvh {first:1}",
    "kundtjanst|kundtjanst|Hej {full:1},\nvi har tagit emot din synpunkt om föraren på {line} den {date}."
    " Vi har pratat med förarens chef {full:2} på {org}. Vi beklagar det inträffade.\nMed vänlig"
    " hälsning\n{first:3}\nKundtjänst",
    'kundtjanst|kundtjanst|Vidarebefordrat från kundtjänst:\n"Min son {first:1} blev rånad på sin mobil på'
    " {line} vid {stop}. Förövarna var tre killar, en kallades {nick:2}. Polisanmälan: {case}. Kan ni ta"
    ' fram filmen från bussen? /{full:3}, {mob}"',
    "kundtjanst|kundtjanst|Ärende: förseningsersättning\nKund: {comma:1}\nKundnummer: 4408812\nAdress:"
    " {addr}, {place}\nBelopp: {price}\nOrsak: {line} inställd {date}\nHandläggare: {sur:2}",
    "kundtjanst|kundtjanst|Hej!\nJag heter {full:1} och är god man för {full:2} (snr {snr}) som inte talar"
    " svenska. Han har fått en tilläggsavgift på {fee} på {line} trots att han hade ett giltigt kort."
    " Kontakta mig på {tel} eller {mail}.\nTack på förhand",
    "kundtjanst|kundtjanst|Kundtjänst anteckning {date}: samtal från {low:1}, ringde från {mob}, upprörd"
    " över att kontrollant {sur:2} sagt åt henne att gå av vid {stop}. Ska återkoppla senast {week}.",
    "kundtjanst|kundtjanst|Re: Anmälan om diskriminering\n\nHej {first:1},\ntack för att du hörde av dig."
    " Jag har läst din beskrivning av vad som hände på {line} när föraren vägrade släppa på dig och din vän"
    " {full:2} med permobil. Vi har kontaktat {org} och föraren {sur:3}.\nVänliga hälsningar\n{full:4},"
    " kundansvarig",
    "kundtjanst|kundtjanst|{full:1} ringde kl {time} och ville prata med {first:2} om en borttappad väska"
    " på {line}. Bad om återuppringning på {mob}. Hon sa att hennes man {wfirst:3} redan har varit på"
    " {station} och frågat.",
    # --- bestridande: disputes of a tilläggsavgift
    "resenar|bestridande|Bestridande av tilläggsavgift\nNamn: {full:1}\nPersonnummer: {pnr}\nJag bestrider"
    " avgiften på {fee} som jag fick på {line} den {date}. Jag hade köpt biljett i appen för {price} men"
    " den laddades inte. Bifogar kontoutdrag. Min man {first:2} kan bekräfta.\n{first:1}",
    "resenar|bestridande|Till {org}, avgiftsavdelningen\nJag, {comma:1}, boende {addr}, {lgh}, bestrider"
    " avgiften. Kontrollanten {sur:2} skrev fel namn och jag har aldrig åkt {line}. Jag var på jobbet på"
    " {venue} hela dagen, min chef {full:3} kan intyga det ({tel}).",
    "inkasso|bestridande|Påminnelse – obetald tilläggsavgift\nTill: {caps:1}\n{addr}\n{place}\nAvgift:"
    " {fee}\nUtfärdad: {date}, {line}\nBetala inom 30 dagar. Har du frågor, kontakta kundtjänst via webben."
    " Handläggare {sur:2}",
    "resenar|bestridande|hej jag fick en avgift igår på {line} fast jag hade ungdomsbiljett. kontrollanten"
    " {sur:1} sa att jag ljög om min ålder. jag heter {low:2} och är {ung} år, pnr {pnr}. min pappa"
    " {lowf:3} kan ringa er på {mob}",
    "god_man|bestridande|Överklagan avseende avgift\nUndertecknad {full:1}, förvaltare för {full:2}"
    " ({snr}), överklagar den avgift som utfärdades {date} på {station}. Huvudmannen har en intellektuell"
    " funktionsnedsättning och förstod inte kontrollanten. Kontakt: {mail}",
    "resenar|bestridande|Bestridande\nJag bestrider avgiften som kontrollant {wsur:1} gav mig på {line} den"
    " {date}. Mitt busskort var giltigt ({zon}), kontrollanten läste av fel zon. Mvh {full:2}, {addr}",
    "handlaggare|bestridande|Beslut i ärende om tilläggsavgift\nBestridande från {full:1} ({pnr}) har"
    " prövats. Kontrollant {sur:2} har hörts. Av kontrollantens anteckningar framgår att resenären visade"
    " en biljett köpt kl {time}, dvs efter påstigning vid {stop}. Avgiften om {fee} kvarstår.\nHandläggare:"
    " {init:3}",
    "resenar|bestridande|Hejsan, min fru {full:1} fick en avgift {week} på {line} för att hennes kort inte"
    " gick att läsa. Kortet är registrerat på mig, {full:2}. Vi har bott på {addr} i {place} i 20 år och"
    " alltid betalat. Tacksam för svar på {mob}.",
    # --- stationsvard: station hosts' logs
    "stationsvard|stationsvard|Stationsvärdslogg {station}\n{date}\nkl {time} ung kille, {first:1}, letade"
    " efter sin mamma, efterlyst i högtalare, mamman {full:2} kom efter 10 min\nkl {time} väskryckning vid"
    " biljettautomaten, offer {full:3}, anmälan {case}\n/{init:4}",
    "stationsvard|stationsvard|Överlämning stationsvärdar {station}\nPå plats: {full:1}, {full:2}\nRökare i"
    " väntsalen ({antal} st) igen, bland dem {nick:3}\nEn man, {full:4}, sov på bänken hela natten,"
    " kontaktat Stadsmissionen\n[[Per]] timme kommer ca 400 resenärer, hissen till spår 3 ur funktion",
    "stationsvard|stationsvard|Kl {time} på {station}: äldre man förvirrad, hittade en lapp i hans ficka"
    " med namn {full:1}, adress {addr} och telefon till dottern {first:2}: {mob}. Vi ringde henne och hon"
    " kom. Stationsvärd {sur:3}",
    "stationsvard|stationsvard|{first:1} här från infodisken på {station}. Ville bara flagga att en kvinna"
    " som heter {full:2} har ringt {antal} gånger och påstått att vår kollega {first:3} stulit hennes"
    " väska. Hon lämnade numret {tel}. Vad gör vi?",
    "stationsvard|stationsvard|STATIONSRAPPORT {week}\n- {antal} fall av klotter i toaletterna\n- trappan"
    " mot {street} nedskräpad, {org} informerad\n- ungdomsgäng på perrongen fredag, ledaren kallas"
    " {nick:1}\n- {caps:2} nekades tillträde efter tidigare hot mot personal (se {case})\nRapportör:"
    " {first:3}",
    "stationsvard|stationsvard|Händelse på {station} den {date}: en flicka, {ung}, tappade bort sin pappa"
    " {full:1} i folkmassan efter matchen på {venue}. Pappan nåddes på {mob} och de återförenades kl"
    " {time}.",
    "stationsvard|stationsvard|stationsvärd {lowf:1} skriver: kvinnan som brukar sova i vänthallen heter"
    " visst {low:2}, hon är snäll men i dåligt skick. socialjouren tel {tel} har fått namnet. hon sitter"
    " oftast vid ingången mot {pstreet}",
    "stationsvard|stationsvard|Avvikelse resecentrum\nTid: {time}\nPlats: {station}, plattform B\nEn man,"
    " {full:1}, född {pnr}, hotade stationsvärden {first:2} när han blev nekad att ladda sin telefon i"
    " personalrummet. {org} tillkallades. Väktaren {sur:3} tog över.",
)
