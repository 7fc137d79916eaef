"""Frames of the twelfth blind corpus, part A: guards' and security officers' shift reports, night walkers
and parents walking. (voice, style, template); tokens are explained in tests/blind12_corpus.py."""

from __future__ import annotations

FRAMES: tuple[tuple[str, str, str], ...] = (
    ("väktare", "vaktrapport",
     "Rond {time} vid {inst}. Ca 8 ungdomar i trapphuset, en av dem presenterade sig som {full1}. "
     "Avvisades utan incident. /väktare {sur2}, {org:Securitas}"),
    ("väktare", "vaktrapport",
     "Larm {time} från soprummet på {addr}. Väktare {sur1} på plats, ingen brand men rökdoft. "
     "Hyresgäst ({full2}) uppgav att det var grannens barn."),
    ("väktare", "vaktrapport",
     "Pass {date} (natt)\n- {time} rond {place}, lugnt\n- {time} bil {plate} står på gångvägen igen, "
     "ägare okänd\n- {time} {full1} (boende) klagade på mopeder\nRapportör: {first2}, {org:Avarn Security}"),
    ("ordningsvakt", "vaktrapport",
     "OV {caps1} och OV {caps2} avvisade två personer från {inst} kl {time}. Den ena hade kniv, "
     "polis tillkallad, {polis}."),
    ("ordningsvakt", "vaktrapport",
     "Ordningsvakt {sur1} omhändertog berusad man vid {inst}. Mannen uppgav namn {full2}, "
     "pnr {pnr}. Överlämnad till patrull kl {time}."),
    ("väktare", "vaktrapport",
     "{w:Inga} anmärkningar under rondering {week}. {firsts1} kollega {full2} rapporterar trasig belysning "
     "vid {pstreet}."),
    ("väktare", "vaktrapport",
     "Skadegörelse på dörr till cykelrum, {addr}. Kontakt med fastighetsjouren ({tel}). "
     "Väktare: {init1}"),
    ("väktare", "hastig",
     "rond {place} kl {time} ca 15 pers vid {inst} mkt musik. pratade med {lowf1} som brukar va där. "
     "lugnade sig efter en stund /{low2}"),
    ("ordningsvakt", "vaktrapport",
     "Vid {inst} den {date} {time}: man i 30-årsåldern, senare identifierad som {full1}, betedde "
     "sig hotfullt mot "
     "personal. Vittne: {full2} ({mob})."),
    ("väktare", "vaktrapport",
     "Rapport från {org:Nokas}, {wsur1}: Utryckning till {inst} pga inbrottslarm. Ingen åverkan. "
     "Nyckel kvitterad av {full2}."),
    ("väktare", "punktlista",
     "Vaktrapport {week}\n• {place}: lugnt\n• {inst}: 3 avvisningar\n• bil {platen} parkerad vid "
     "containrar, lappad\nSign. {comma1}"),
    ("ordningsvakt", "vaktrapport",
     "{sur1} och {sur2} (OV) ingrep vid bråk mellan två unga män utanför {inst}. Den ena, {first3}, "
     "blödde från näsan. Ambulans {time}."),
    ("nattvandrare", "nattvandring",
     "Nattvandring {date}, {place}. Vi var fem: {first1}, {first2}, {nick3}, {first4} och jag. "
     "Lugn kväll, pratade med ungdomar vid {inst}."),
    ("nattvandrare", "nattvandring",
     "Fredagsvandring med {org:Nattvandrarna}. {full1} samordnade. Mötte ca 20 unga vid {inst} kl {time}, "
     "några rökte. {w:Alla} gick hem innan midnatt."),
    ("föräldravandrare", "nattvandring",
     "Föräldravandring {week} i {place}. Deltagare: {full1}, {full2} & {full3}. Vi såg mopeder köra på "
     "gångvägen längs {street}."),
    ("nattvandrare", "hastig",
     "vi gick {place} runt {time}, lugnt. {lowf1} o {lowf2} från föreningen var med. en tjej grät vid "
     "{inst}, vi följde henne hem"),
    ("föräldravandrare", "nattvandring",
     "Tack alla som gick i lördags! Särskilt {wfirst1} och {first2} som stod vid {inst} hela kvällen. "
     "Nästa gång {date}, samling {time}. Hälsn {firsts3} mamma"),
    ("nattvandrare", "nattvandring",
     "Rapport {org:Föräldrar på stan} den {date}: {full1} ({mob}) ansvarig. Ungdomar samlades vid "
     "{inst}, en kille som kallas {nick2} viftade med en batong."),
    ("nattvandrare", "punktlista",
     "Nattvandring {place} den {date}\n- Antal vuxna: 6 ({first1}, {first2}, {wfirst3} m.fl.)\n"
     "- Samling vid {inst}\n- Inga incidenter"),
    ("föräldravandrare", "sms",
     "Hej! {firsts1} son och några kompisar var vid {inst} igen ikväll. Inget bråk men de hade fyrverkerier. "
     "/{first2} (föräldravandringen)"),
    ("väktare", "vaktrapport",
     "Klotter upptäckt {date} på {inst}, text riktad mot {capf1} (namn i sprayfärg). Sanerat av "
     "{org:Samhall}. Foto skickat till {mail}."),
    ("ordningsvakt", "vaktrapport",
     "Omhändertagande LOB kl {time}. Person: {comma1}, {sam}. Transporterad av polis. "
     "Förman: {full2}"),
    ("väktare", "vaktrapport",
     "{full1} från {org:Securitas} meddelar: bil {plate} har stått olåst vid {inst} sedan {date}. "
     "Ej rapporterad stulen."),
    ("ordningsvakt", "hastig",
     "ov {low1}: grupp ungdomar vid {inst} kl {time}, en av dem ({lowf2}) kastade flaska mot bussen. "
     "ingen skadad"),
    ("väktare", "vaktrapport",
     "Återkommande problem vid {inst}: ungdomar i entrén varje kväll {week}. Enligt {wsur1} (väktare) "
     "känner man igen {full2} och {full3} sedan tidigare."),
    ("nattvandrare", "nattvandring",
     "{first1} från {org:Svenska kyrkan} bjöd på kaffe vid {inst}. Vi var 4 vandrare, {nick2} tog med "
     "reflexvästar. Lugnt i {place}."),
    ("väktare", "vaktrapport",
     "Vaktbolaget rapporterar: inbrott i förråd, {fast}, {lgh}. Hyresgäst {full1} informerad per telefon "
     "{mob}."),
    ("ordningsvakt", "vaktrapport",
     "Vid rond {time} påträffades {full1} sovande i trapphuset på {street}. Hänvisades till "
     "{org:Stadsmissionen}. Ingen misstanke om brott."),
    ("föräldravandrare", "nattvandring",
     "Vi som gick: {full1}, {full2}, {wfirst3} & {first4}. Många 13–14-åringar vid {inst}. "
     "Pratade med {firsts5} pappa om läggtider."),
    ("väktare", "hastig",
     "BIL {platen} KÖR RUNT {inst} MED HÖG MUSIK VARJE KVÄLL. FÖRARE TROLIGEN {caps1}. /VAKT {caps2}"),
)  # fmt: skip
