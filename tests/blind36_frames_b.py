"""Frames of the thirty-sixth blind corpus, file b: the protocol of a medborgardialog, loose minutes typed
the same evening, and the action list (who does what and by when). `role|style|template`."""

from __future__ import annotations

FRAMES_B: tuple[str, ...] = (
    # ------------------------------------------------------------ dialogprotokoll
    "tjansteman|dialogprotokoll|Medborgardialog om tryggheten i {place}\nLokal: {venue}\nTid: {date} kl. "
    "{time}\nModerator: {full:1}\nFrån {kommun}: {full:2}, {full:3}\nFrån polisen: {full:4}\nAntal "
    "boende: cirka {antal}",
    "tjansteman|dialogprotokoll|1. Välkomnande\n{full:1} hälsade alla välkomna och presenterade kvällens "
    "upplägg. Tolkar på somaliska ({first:2}) och arabiska ({first:3}) fanns på plats; {first:2|g} "
    "samordningsnummer {snr} lämnat för arvodet.\n2. Lägesbild\n"
    "Kommunpolis {sur:4} gick igenom händelser sedan {week}.",
    "forening|dialogprotokoll|{first:1} (bor på {street}) undrade varför belysningen i "
    "parken släcks vid midnatt. {full:2} från {org} svarade att det styrs av en timer som ska ses över.\n"
    "{first:3|g} granne {first:4} tog upp mopedåkningen.",
    "kommunpolis|dialogprotokoll|Punkt 4 Polisens information\n{full:1} redogjorde för insatsen i {place} "
    "under {week}: {antal} kontroller, två gripna. Hon bad boende ringa 114 14 och inte skriva i "
    "Facebookgruppen. {caps:2} frågade om ärendet {case} – kan inte kommenteras.",
    'boende|dialogprotokoll|Synpunkter som lämnades på lappar\n- "mer vuxna ute på kvällarna" ({first:1})\n'
    '- "klipp buskarna vid {venue}"\n- "{nick:2} och hans kompisar kör cross på {street}"\n'
    '- "tack till fältarna, särskilt {wfirst:3}"',
    "tjansteman|dialogprotokoll|Dialogen avslutades kl. {time}. Mötesordförande {full:1} tackade "
    "{org} för lokalen och {full:2} för fikat. Protokollet skickas till alla som lämnat e-post, "
    "t.ex. {mail} och {mail}.\nJusterare: {full:3}",
    "samordnare|dialogprotokoll|§ 7 Övriga frågor\n{full:1}, ordförande i {org}, föreslog en "
    "grannsamverkansgrupp för kvarteret kring {pstreet}. {first:2} och {wsur:3} från "
    "styrelsen anmälde intresse. {full:4} ({kommun}) återkommer med material {date}.",
    "boende|dialogprotokoll|Från gruppdiskussion bord 3 (antecknat av {full:1}):\nMånga känner sig otrygga "
    "vid {venue} efter mörkrets inbrott. {full:2} berättade att hennes son ({ung} år) blivit rånad "
    "där. [[Ros]] till {org} för snabb klotterborttagning.",
    # ------------------------------------------------------------ minnesanteckningar
    "samordnare|minnesanteckningar|anteckn dialogkväll {place}\nvar ca {antal} pers, bra stämning\n"
    "{first:1} från {org} + {first:2} fältare + {sur:3} polis + {lowf:4} från skolan\nmycket om mopeder "
    "och belysning\n"
    "{first:1} tar belysning, {first:2} ungdomarna",
    "faltare|minnesanteckningar|Snabba anteckningar efter kvällen:\n{full:1} (boende) vill vara med och "
    "nattvandra, nr {mob}. {nick:2} är enligt flera boende den som säljer vid {venue} – lämnat "
    "vidare till polisen ({sur:3}).",
    "trygghetsvard|minnesanteckningar|Kort från vandringen i går kväll: gick med {first:1} och {first:2} "
    "från "
    "{org}. Lampor trasiga vid {addr} och vid gångtunneln. En moped utan skylt, en bil {plate} "
    "parkerad på cykelbanan. Inga ungdomar ute pga regnet.",
    "kommunpolis|minnesanteckningar|Minnesant. medborgardialog\n- {full:1} (rektor {venue}) oroad över "
    "skolvägen\n- {first:2} i styrelsen för {org} vill ha mer polis på {street}\n- {sur:3} "
    "(polis) förklarade prioriteringar\n- {lowf:4} sa inget men mejlade efteråt",
    "boende|minnesanteckningar|Mina egna anteckningar från mötet {date}.\n{first:1|g} man pratade mycket om "
    "hundägarna. Hjälpsam kille från kommunen, {first:2}, gav mig sitt nummer: {mob}. Han sa att "
    "buskarna ska klippas {week}.",
    "forening|minnesanteckningar|Notes (föreningens styrelse)\nPresent: {first:1}, {first:2}, {wfirst:3}, "
    "{first:4}\nOur points: lighting at {place}, the tunnel, the kids' safety.\n{first:2} will e-mail "
    "{full:5} at the kommun.",
    "tjansteman|minnesanteckningar|Anteckningar {kommun}, trygghetsvandring + dialog\nFrån {org}: "
    "{full:1}. {full:2} ersatte {full:3} som var sjuk. Boende: {low:4} m.fl.\n[[Liv]] och rörelse på torget "
    "till kl {time}, sedan tomt.",
    "bostadsbolag|minnesanteckningar|Intern notering {org}:\nHyresgäst {full:1} ({snr}) i {lgh} ({addr}) "
    "tog upp "
    "störningar från grannen. Hänvisad till kundtjänst, inte en fråga för dialogen. {first:2} "
    "följer upp.",
    # ------------------------------------------------------------ atgardslista
    "samordnare|atgardslista|ÅTGÄRD | ANSVARIG | KLART SENAST\nKlippa buskage vid {venue} | {full:1} | "
    "{week}\nByta armaturer {street} | {full:2} ({org}) | {date}\nÅterkoppling till boende | "
    "{full:3} | {week}",
    "tjansteman|atgardslista|Åtgärder efter vandringen\n1) Belysning gångväg {place} – {sur:1}, "
    "Gatuavdelningen – {week}\n2) Klotter {fast} – {first:2} – snarast\n3) Bilar på gräset – "
    "kommunpolis {sur:3} – löpande\n4) Ny vandring – {first:4} bokar",
    "bostadsbolag|atgardslista|Att göra ({org}):\n[ ] Laga porten {addr} – {first:1}\n[ ] Ta bort klotter "
    "i källargången – {first:2}\n[x] Lampa vid soprummet – klart {date}\n[ ] Kontakta {full:3} om "
    "förrådet",
    "kommunpolis|atgardslista|Polisens åtaganden:\n• Öka närvaron vid {venue} fredagar {week}–framåt "
    "({sur:1}, {sur:2})\n• Kontrollera fordonet {plate2} som boende rapporterat\n• Återkoppla till {full:3} "
    "om ärendet {case}",
    "samordnare|atgardslista|Vem gör vad?\n{first:1}: pratar med {org} om staketet\n{first:2}: bjuder in "
    "skolan till nästa dialog\n{first:3} + {wfirst:4}: tar fram karta med alla mörka punkter\n"
    "Alla: sprid info om {line} i kvällstrafik",
    "forening|atgardslista|Förslag från föreningen (sammanställt av {full:1})\n- grillplats vid {place} "
    "istället för samling i trapphusen\n- läxhjälp {antal} kvällar i veckan ({full:2} håller i)\n- "
    "budget {amount} söks från {kommun}\n- utlägg fika till {full:3}, pnr {pnr}",
    "tjansteman|atgardslista|Åtgärdslista {week}\nPunkt\tAnsvar\tStatus\nBuskröjning\t{full:1}\tpågår\n"
    "Armaturbyte\t{full:2}\tplanerad\nTrafikfrågan {street}\t{sur:3} (polis)\tplanerad\n"
    "Sammanställning\t{full:4}\tklar",
    "faltare|atgardslista|fältarnas del:\n- kolla med {nick:1} och de andra om de vill vara med på "
    "fotbollskvällar\n- {first:2} pratar med skolkurator {full:3}\n- vi går {place} fre + lör kl {time} "
    "fram till {week}",
)
