"""Frames of the forty-seventh blind corpus, third file: the housing company's replies to tenants, first
warnings (rättelseanmaning) and second warnings with uppsägning in view. `role|style|template`."""

from __future__ import annotations

FRAMES_C: tuple[str, ...] = (
    # ---------------------------------------------------------------- the company's replies
    "forvaltare|bolagets_svar|Hej {first:1}!\nTack för din anmälan. Vi har pratat med hyresgästen i {lgh} "
    "och skickat ett brev. Hör av dig igen om det fortsätter efter {week}.\nVänliga hälsningar\n{full:2}\n"
    "Förvaltare, {org}",
    "kundtjanst|bolagets_svar|Hej {full:1},\nvi har tagit emot ditt klagomål om grannen. Av integritetsskäl "
    "kan vi inte berätta vad vi gör i ärendet. Ring gärna vår störningsjour på {tel} nästa gång, dygnet "
    "runt från kl {time}.\n/{first:2}, kundtjänst",
    "bovard|bolagets_svar|hej {lowf:1}, jag har varit och kollat tvättstugan på {street}. Det är {first:2} "
    "i {lgh} som bokat alla pass, jag har pratat med henne nu, hon flyttar till {place} snart. Ring mig på "
    "{mob} om det händer igen // bovärd {full:3}",
    "forvaltare|bolagets_svar|Svar på ditt mejl {date}\n\nHej {full:1}. Bilen {plate} är nu bortforslad av "
    "{org}. Ägaren, {full:2}, har fått en faktura på {amount}. Tack för att du sa till!\n\n{sur:3}, "
    "förvaltare",
    "kundtjanst|bolagets_svar|Hej!\nDitt ärende om hunden på gården har skickats till områdeschef {full:1}. "
    "Hundägaren, hyresgäst {full:2}, har fått information om att hundar ska vara kopplade inom {place} och "
    "i parken vid {pstreet}.\nMvh {org}",
    "forvaltare|bolagets_svar|Hej {first:1} och {first:2},\nvi förstår att det har varit jobbigt. Grannen "
    "{sur:3} har nu fått en rättelseanmaning. Skriv gärna ner datum och tider i störningsdagboken och mejla "
    "till {mail}.\n{full:4}",
    "uthyrning|bolagets_svar|Angående din fråga om andrahandsuthyrning: {full:1} har inte tillstånd att "
    "hyra ut {lgh} på {addr}. Vi har kallat hyresgästen till möte {week}. Hälsningar {full:2}, uthyrningen",
    "bovard|bolagets_svar|Hej {first:1}, tack för bilderna på klottret vid {venue}. Sanerat idag. Jag såg "
    "själv {nick:2} och {first:3} hänga vid cykelrummet sen, har sagt till dom. Hälsar {wfirst:4}, bovärd",
    # ---------------------------------------------------------------- first warning
    "jurist|forsta_varning|RÄTTELSEANMANING\n\nTill: {full:1}\n{addr}\n{lgh}\nPersonnummer {pnr}\n\n"
    "Hyresvärden har fått klagomål på störningar från er lägenhet, senast den {date}. Ni uppmanas att "
    "omedelbart upphöra. Kopia: {kommun}",
    "jurist|forsta_varning|Varning – störningar\n\nHej {full:1},\nvi har fått flera klagomål från grannar "
    "om att det förekommer högljudda fester i din lägenhet, senast natten mot {date}. Besökare, bland annat "
    "{first:2}, har även rökt i trapphuset. Detta är en första varning. Kostnad för sanering {amount}.\n"
    "{full:3}, {org}",
    "forvaltare|forsta_varning|Hej {full:1}!\nDu har vid flera tillfällen lämnat din hund [[Bamse]] lös på "
    "gården vid {street}. Flera grannar, bland annat {full:2}, har blivit rädda. Hunden ska vara kopplad. "
    "Betrakta detta som en varning.",
    "jurist|forsta_varning|Rättelseanmaning enligt 12 kap. 42 § jordabalken\n\nHyresgäst: {comma:1}\n"
    "Lägenhet: {lgh}, {addr}\nFastighet: {fast}\n\nStörningarna ska upphöra. Om de fortsätter kan "
    "hyresavtalet sägas upp. {sur:2}, jurist",
    "forvaltare|forsta_varning|Hej {first:1} {wsur:1},\nvi skriver till dig eftersom din sambo {full:2} vid "
    "upprepade tillfällen har skrikit på grannar i trapphuset. Vi ser allvarligt på detta. Kontakta "
    "förvaltare {full:3} på {tel}.",
    "forvaltare|forsta_varning|Till hyresgästen {caps:1}\n\nVi har fått rapporter om att du parkerar "
    "{plate2} på gården framför {venue}. Det är inte tillåtet. Nästa gång forslas bilen bort på din "
    "bekostnad.\n{org}",
    "jurist|forsta_varning|Brev 1 (första varning), skickat {date} med post från {org}\nMottagare: "
    "{full:1}, {addr}\nOrsak: störande musik, klagomål från {full:2} och {full:3}. Kopia till förvaltare "
    "{sur:4}.",
    "forvaltare|forsta_varning|Hej {full:1}\nVi har fått veta att din son {first:2} och hans vänner "
    "uppehåller sig i källaren på {addr}. Förrådsgången är inte en samlingsplats. Vi ber dig prata med "
    "honom.\n{full:3}",
    # ---------------------------------------------------------------- second warning
    "jurist|andra_varning|ANDRA VARNING / uppsägning kan bli aktuell\n\n{caps:1}\n{addr}\n\nTrots "
    "rättelseanmaningen den {date} har nya störningar rapporterats. Vittnen: {full:2}, {full:3}.",
    "jurist|andra_varning|Hej {full:1},\ndetta är ett andra och sista brev. Grannarna har på nytt klagat på "
    "skrik och bråk från {lgh}, senast {date} kl {time}. Socialtjänsten i {kommun} har underrättats. "
    "{full:2}, jurist",
    "jurist|andra_varning|Andra varningen till hyresgästen {comma:1} (samordningsnr {snr}). Störningen den "
    "{date} bekräftas av grannarna {full:2} och {first:3} {wsur:3}. Nästa steg: uppsägning och avhysning, "
    "beslut {week}.",
    "forvaltare|andra_varning|{full:1}!\nVi har nu fått klagomål igen. Din hund har bitit grannens barn "
    "{first:2}. Polisanmälan är gjord av familjen ({case}). Hunden ska hållas kopplad. Detta är din andra "
    "varning.\n{org}",
    "jurist|andra_varning|Varning 2 – {addr}\nHyresgäst {full:1}. Kundtjänst har fått samtal från {full:2}, "
    "{lgh}, om fortsatt störande verksamhet. Ni kallas till möte den {date} med förvaltare {sur:3}.",
    "jurist|andra_varning|Meddelande om andra varning\nTill {full:1} och {full:2} (kontraktsinnehavare)\n"
    "{addr}\nNy störning rapporterad {week}. Uppsägning kan ske utan ytterligare varning.\n{full:3}",
    "forvaltare|andra_varning|Hej {low:1}. Vi har pratat med dig två gånger om besökarna. Igår natt var det "
    "återigen bråk, och en besökare som kallas {nick:2} sparkade in porten. {first:3} i {lgh} ringde "
    "polisen. Detta är andra varningen.",
    "jurist|andra_varning|Andra skriftliga varning\nFastighet: {fast}\nLägenhet: {lgh}\nHyresgäst: "
    "{full:1}, {pnr}\nStörningar: {date}, vittne {full:2}. Hyresgästen har även ett skuldärende på {amount}.",
)
