"""Frames of the fiftieth blind corpus, part e: shift handovers (överrapport) of nurses, guards and
ambulance crews, SMS and Teams messages between staff and guards, and minutes of the meetings where the
region, the kommun and the police meet. Each frame is `role|style|template` (tests/blind50_fill.py)."""

from __future__ import annotations

FRAMES_E: tuple[str, ...] = (
    # ------------------------------------------------------------------ överrapport
    "ssk|overlamning|Överrapport natt → dag, {ward}\n{room}: {full:1}, orolig, hotade nattpersonal kl "
    "{time}, fick extra lugnande\n{room}: {full:2}, lugn\nBesök idag: {full:3} har besöksförbud, ring "
    "väktare om han kommer\n/{first:4}",
    "vaktare|overlamning|överlämning väktare kväll->natt\n- {low:1} sitter i väntrummet, varit stökig, "
    "håll koll\n- {nick:2} kastad ut kl {time}, kan komma tillbaka\n- ssk {sur:3} på {ward} vill ha "
    "rond var 30:e minut\n/{lowf:4}",
    "ssk|overlamning|Rapport till kvällen: pat {full:1} på {room} har hotat {first:2} två gånger under "
    "dagen. Anhörig {full:3} ({mob}) är informerad. Läk {wsur:4} har ordinerat extravak. Observera att "
    "brodern {first:5} inte får komma in.",
    "skotare|overlamning|Skötare {full:1} till skötare {full:2}:\n{first:3} (pat) – försökte rymma via "
    "{street}-sidan i eftermiddags, sök ev. efter honom i parken\n{first:4} (pat) – hotade {first:5}, "
    "ska inte vara ensam med henne\nVäktarna vet om det.",
    "ssk|overlamning|natt {date}\n{lowf:1} på {room} sov inte, skrek åt {lowf:2} (usk) kl "
    "{time}\nsonen {low:3} ringde tre ggr från {mob}, hotfull\nläk jour {sur:4} informerad\n{first:5}",
    "vaktare|overlamning|Passrapport {org}, {venue}\nLugnt förutom: {full:1} avvisad från huvudentrén "
    "kl {time} (påverkad). Han väntade sedan vid hållplatsen för {line}. Larm från {ward} senare under "
    "kvällen – falsklarm.\nLämnar över till {full:2}",
    "usk|overlamning|Till nästa pass: {caps:1} i {room} har knivhistorik, visitation enl. beslut av "
    "{sur:2} (överläkare). Hennes dotter {full:3} kommer kl {time}. [[Inga]] vassa föremål på rummet!",
    "ambulans|overlamning|överlämning ambulans → akuten på {venue}: pt {full:1}, {snr}, hittad på "
    "{street} i {place}. Aggressiv under transport, slog efter {first:2}. Ej bältad. Kontakt anhörig "
    "{full:3}, {tel}.",
    # ------------------------------------------------------------------ sms / teams
    "ssk|sms|[{time}] {first:1}: kan nån väktare komma till {ward}? {low:2} är helt borta\n[{time}] "
    "{first:3}: på väg\n[{time}] {first:1}: tack 🙏",
    "vaktare|sms|{first:1}: killen från igår ({nick:2}) står vid entrén igen\n{first:3}: samma som "
    "slog {first:4}?\n{first:1}: ja. har ringt {org}\n{first:3}: ok, jag kommer ner från {ward}",
    "usk|sms|hej {lowf:1}! kan du ta mitt pass på lördag? orkar inte efter det med {low:2} igår. han "
    "spottade på mig på {room}. /{lowf:3}",
    "avdchef|sms|Hej {wfirst:1}, {full:2} har ringt och hotat igen. Polisen har fått nytt nr ({mob}). "
    "Kan du skriva avvikelse innan du går? Mvh {first:3}",
    "ssk|sms|{full:1} har besöksförbud fr.o.m. idag, sprid till alla på {ward}. Bild i pärmen. Han kör "
    "{plate} och brukar parkera på {street}.",
    "ambulans|sms|till {first:1}: vi står utanför {addr}, väntar på polis, grannen {full:2} hotar med "
    "ett basebollträ. patient {full:3} inne i lgh. kom ej in. //{first:4}",
    "vaktare|sms|Vakt {sur:1} här. {full:2} är ute från arresten och har sagt till {first:3} på akuten "
    "att han ska 'hämta' henne. Hon slutar kl {time}, vi följer henne till bilen. Tel mig: {mob}",
    "usk|sms|omg {lowf:1} såg du? {low:2} kom tillbaka till {ward} och skrek på {lowf:3} igen 😡 "
    "väktarna tog ut honom. ska vi anmäla till {org}?",
    # ------------------------------------------------------------------ protokoll
    "protokoll|protokoll|Minnesanteckningar samverkansmöte vård–kommun–polis den {date}\nNärvarande: "
    "{full:1} (kommunen), {full:2} (region), kommunpolis {full:3}, {full:4} ({org})\n§ 3 Hot mot "
    "personal på {venue}: ökning sedan {week}. Otrygg gångväg längs {pstreet}.\nNästa möte: {date}",
    "protokoll|protokoll|Lokala BRÅ i {kommun}, punkt 5: regionens säkerhetssamordnare {full:1} "
    "rapporterade att en grupp unga, bl.a. en som kallas {nick:2}, uppehåller sig vid {venue} "
    "kvällstid. Polisen ({sur:3}) känner till gruppen. Beslut: trygghetsvandring den {date}.",
    "protokoll|protokoll|Justerat protokoll, arbetsgruppen EST\nSekreterare: {full:1}\nJusterare: "
    "{full:2}\nÄrende: Kameraövervakning vid {venue} efter händelserna med {full:3} i {week}. {org} "
    "ansöker hos IMY.\n[[Ros]] till väktarna för snabbt ingripande.\nKostnad uppskattad till {amount}.",
    "protokoll|protokoll|Lägesbild {kommun}, {week}: {place} gul (hot mot hemtjänst och vårdcentral), "
    "{place} grön, {place} röd efter knivhot mot ambulans på {pstreet}. Ansvarig för uppföljning: "
    "{full:1}. Rapportör region: {full:2}.",
    "protokoll|protokoll|Anteckningar den {date} från avstämning med {org}\nDeltagare: {comma:1}, "
    "{comma:2}, {full:3}\n1. Ordningsvakter på akuten förlängs till och med {week}.\n2. Utredning av "
    "händelsen där ssk {full:4} blev hotad på {street} pågår.\n3. Övrigt: –",
    "protokoll|protokoll|Punkt 4 – Vården. {full:1} från regionen berättar: väktare på {venue} har "
    "haft {antal} ingripanden. Anhöriga till patienten {full:2} har hotat personal och följt efter ssk "
    "{sur:3} hem till {place}. [[Storm]] av kommentarer i sociala medier efter filmen från akuten. "
    "Mötet beslutar att {kommun} och polisen följer upp.",
    "protokoll|protokoll|Närvarolista trygghetsmöte den {date}\n{caps:1} – {org}\n{full:2} – "
    "{kommun}\n{full:3} – Polisen\n{full:4} – {venue}\nFörhindrad: {full:5}",
    "protokoll|protokoll|{full:1} (ordf.) öppnade mötet. {full:2} redogjorde för läget på {venue}: hot "
    "mot personal {week}, bl.a. från patienten {full:3}. Förslag om bättre belysning vid "
    "busshållplatsen för {line} och längs {pstreet}. Mötet avslutades kl {time}.\nVid protokollet: "
    "{first:4}",
)
