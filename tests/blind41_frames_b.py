"""Frames of the forty-first blind corpus, part B: tram staff's reports (Lund's tram), train staff's
reports (tågvärdar and lokförare on Pågatåg and Öresundståg) and the trygghetsvärdar ombord's pass
reports. A frame is `role|style|template` (tests/blind41_fill.py says what a slot is)."""

from __future__ import annotations

FRAMES_B = (
    # sparvagn: tram staff
    "sparvagnsforare|sparvagn|Händelserapport Spårväg\nVagn: {vagn}\nFörare: {full:1}\nHållplats: "
    "{stop}\nTid: {time}\nBeskrivning: En man sprang över spåret framför vagnen och kastade sedan en "
    'cykel mot fronten. Han skrek att han hette {first:2} och att han skulle "ta" mig. Nödbroms, två '
    "passagerare föll. En av dem, {full:3}, slog i knät.\nKontakt: {mob}",
    "sparvagnsforare|sparvagn|{full:1}, spårvagnsförare, {date}:\nNågon har klottrat och slagit sönder "
    "glaset i väderskyddet vid {stop}. Glasbitar över perrongen. Meddelade {org}. Ungdomarna som satt "
    "där tidigare kallade varandra {nick:2} och {nick:3}.",
    "sparvagnsforare|sparvagn|Spårvagnen kl {time}, riktning {stop}: en man ca {vuxen} år ofredade "
    "kvinnliga passagerare. Förare {sur:1} stoppade vagnen vid {venue}. Trygghetsvärd {full:2} tog hand "
    "om kvinnorna. Mannen lämnade ID till polisen: {comma:3}, {pnr}.",
    "sparvagnsforare|sparvagn|Till: trafikledningen\nFrån: {full:1}\nÄmne: stenkastning "
    "{line}\n\nStenar kastades mot vagnen från gång- och cykelbanan vid {place} strax efter kl {time}. "
    "En ruta i mittpartiet krossad. Det var {antal} personer i {ung}-årsåldern. Kollegan {full:2} var "
    "ombord som värd.\n\n{first:1}",
    "sparvagnsforare|sparvagn|Spårväg {week}. Skadegörelse vid {stop}: biljettautomaten uppbruten. "
    "Väktare från {org}, {sur:1}, grep en man som uppgav namnet {full:2} och samordningsnummer {snr}. "
    "Skadan beräknas till {amount}.",
    "sparvagnsforare|sparvagn|lugnt pass förutom {stop} kl {time}, där {low:1} (känd sedan tidigare) "
    "satt på perrongen och skrek åt resenärer. {first:2} på {org} larmad. /{first:3}, spårvagnsförare",
    "sparvagnsforare|sparvagn|INCIDENT SPÅRVAGN\nDatum/tid: {date} kl {time}\nHållplats: {stop}\nTyp: "
    "hot och våld mot personal\nGärningsperson: {caps:1}, enligt polis född {pnr}\nMålsägande: "
    "spårvagnsförare {sur:2}\nVittnen: {full:3}, {full:4}",
    "sparvagnsforare|sparvagn|Kvällens händelse: {full:1} (förare) blev hotad av en man med hund vid "
    "{stop}. Mannen sa att han heter {wsur:2} i efternamn och att han bor vid {street}. [[Frost]] på "
    "spåren gjorde att vagnen stod still länge, vilket triggade honom.",
    # tagvard: train staff
    "tagvard|tagvard|Tågvärdsrapport\nTåg {tag}, {stop} – {place}\nTågvärd: {full:1}\nBiljettlös "
    "resenär vägrade lämna tåget och knuffade mig. Han gav namnet {full:2}, adress {addr}, {lgh}. "
    "Lokförare {sur:3} stoppade vid nästa station och polis mötte upp.\nAnmälan: {case}",
    "tagvard|tagvard|Pågatåg {tag}, {date}: slagsmål i en vagn mellan {antal} personer strax efter "
    "{stop}. Tågvärd {sur:1} och kollegan {first:2} gick emellan. En av de inblandade, {full:3}, blödde "
    "från näsan. Polisen mötte tåget vid {venue}.",
    "tagvard|tagvard|Hej TL, tågvärd {wfirst:1} här. Vi har en berusad man i tåget mot {place} som "
    'hotar resenärer och säger att han ska "hämta kompisarna" vid {stop}. Han heter {full:2} enligt '
    "kortet han visade. Kan ni skicka polis? Mitt nummer {mob}.",
    "tagvard|tagvard|Rapport tågpersonal\nStation: {venue}\nTid: {time}\nUngdomar sprayade klotter på "
    "tåg {tag} medan det stod inne. En av dem ropade på {nick:1}. Lokföraren {full:2} filmade. Sanering "
    "beräknad till {amount}.\nRapportör: {caps:3}",
    "tagvard|tagvard|{full:1}, tågvärd: Stenkastning mot tåget strax söder om {place} kl {time}. Två "
    "rutor spräckta. Resenären {full:2} fick glassplitter i ansiktet och fördes till {venue}. "
    "{first:2|g} man {first:3} nås på {tel}.",
    "tagvard|tagvard|Narkotikamisstanke ombord {date}\nTågvärd {wsur:1} såg två män byta påsar mot "
    "pengar vid dörrarna i tåg {tag}. En av dem har tidigare identifierats som {full:2} ({pnr}). De "
    "klev av vid {stop}. Polisen underrättad, ärende {case}.",
    "tagvard|tagvard|Avvikelse ombord, {week}\nEn kvinna blev av med sin väska, gärningsman sprang av "
    "vid {stop}. Hon heter {full:1} och bor på {addr}. Tågvärd {init:2} hjälpte henne att spärra "
    "korten. Polisen tog anmälan på plats.",
    "tagvard|tagvard|kort info från tågvärd {lowf:1}: bråk på perrongen vid {stop} innan avgång, "
    "{antal} killar. en av dem hette {low:2} enligt kompisarna. ingen skadad. {org} fick ta över.",
    # trygghetsvard: the trygghetsvärdar ombord
    "trygghetsvard|trygghetsvard|Trygghetsvärdar ombord – kvällsrapport {date}\nPass: {time} till "
    "{time}\nVärdar: {full:1}, {full:2}\n{line}: lugnt fram till {stop}, där {antal} ungdomar klev på "
    "och började kasta snus och skrika. Vi pratade med dem, en kallas {nick:3}. De klev av vid "
    "{place}.\nÖvriga linjer: inget att rapportera.",
    "trygghetsvard|trygghetsvard|Trygghetsvärd {sur:1} rapporterar: kvinna i 60-årsåldern hade fått sin "
    "telefon stulen på {line}. Hon heter {full:2}, {mob}. Gärningsman klev av vid {stop} och sprang mot "
    "{pstreet}. Vi följde henne till {venue}.",
    "trygghetsvard|trygghetsvard|{first:1} och jag ({first:2}) gick på {line} vid {stop} kl {time}. "
    "Bussen full av ungdomar på väg till {venue}. Stämningen stökig, en tjej ({full:3}, {ung} år) blev "
    "knuffad och slog i huvudet. {first:3|g} pappa {full:4} hämtade henne, tel {tel}.",
    "trygghetsvard|trygghetsvard|Veckorapport trygghetsvärdar {week}\n• {stop}: langning av cannabis, "
    "samma person som tidigare ({nick:1}).\n• {line}: hot mot förare {sur:2}.\n• {place}: stenkastning "
    "mot buss, inga gripna.\nRapport sammanställd av {full:3}",
    "trygghetsvard|trygghetsvard|Vi (trygghetsvärdarna {full:1} och {first:2}) ingrep när en man slog "
    "sin partner på hållplatsen {stop}. Mannen, {full:3}, född {pnr}, bor på {addr}, {lgh}. Kvinnan "
    "ville inte medverka. Polis på plats efter {min} minuter.",
    "trygghetsvard|trygghetsvard|KVÄLLSPASS {date}\nVärd: {caps:1}\n{time} {line} – berusad man vägrar "
    "kliva av vid ändhållplatsen {stop}. Han uppger namnet {full:2}. Väktare {sur:3} från {org} hjälper "
    "till.\n{time} [[Inga]] fler händelser under kvällen.",
    "trygghetsvard|trygghetsvard|hej! {first:1} här, trygghetsvärd. idag på {line} vid {stop} var det "
    "en kille som hotade en äldre dam. han heter {lowf:2} och hänger alltid vid {venue}. hans kompis "
    "{nick:3} var med. mejla mig på {mail} om ni vill veta mer",
    "trygghetsvard|trygghetsvard|Händelse {date} kl {time}, {line}\nTrygghetsvärdar: {init:1}, "
    "{init:2}\nBeskrivning: Två grupper bråkade mellan {stop} och {place}. Trygghetsvärd {wsur:3} fick "
    "ett slag i ansiktet. Vittnet {full:4} nås på {mob}.\nPolisanmälan {case}",
)
