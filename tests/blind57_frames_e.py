"""Frames of the fifty-seventh blind corpus, part e: boat clubs' board minutes and member letters, SMS to the
harbour's on-call phone, and handover notes at the camping reception and harbour office
(tests/blind57_corpus.py). `role|style|template`; the slots are those of tests/blind57_fill.py."""

FRAMES_E = (
    # --------------------------------------------------------- boat clubs' minutes and member letters
    "batklubb|styrelseprotokoll|Protokoll fört vid styrelsemöte den {date}, {org}\n"
    "Närvarande: {full:1} (ordf), {full:2} (sekr), {full:3}, {full:4}\n"
    "§ 4 Stölder: Två motorer stulna sedan förra mötet. {first:3} kontaktar {kommun} om belysning.\n"
    "§ 5 Nattvakter: {first:4} gör nytt schema.\n"
    "Vid protokollet: {full:2}",
    "batklubb|styrelseprotokoll|§ 7 Medlemsärende\n"
    "Medlem {comma:1} har inte betalat bryggavgift ({amount}) för säsongen. Kassör {sur:2} skickar "
    "påminnelse till {addr}. Beslut: platsen sägs upp om betalning ej inkommit {date}.",
    "batklubb|styrelseprotokoll|Till alla medlemmar i {org}!\n\n"
    "Tyvärr har vi haft flera stölder i hamnen i sommar. Styrelsen uppmanar alla att gå sina vakter. "
    "Den som inte kan ska själv ordna ersättare. Vaktansvarig är {full:1}, nås på {mob} eller {mail}.\n\n"
    "Sommarhälsningar\n{full:2}, ordförande",
    "batklubb|styrelseprotokoll|§ 12 Övrigt\n"
    "{init:1} informerade om att klubbens följebåt {boat} fått motorn stulen {date}. Polisanmälan "
    "{case}. Försäkringen täcker utom självrisk {amount}. {wsur:2} undersöker larm till bryggan.",
    "batklubb|styrelseprotokoll|Närvarolista årsmöte\n"
    "{caps:1}\n{caps:2}\n{full:3}\n{full:4}\n{low:5}\n"
    "Justerare: {full:3} och {wfirst:6}",
    "batklubb|styrelseprotokoll|Nya medlemmar {week}:\n"
    "– {full:1}, {place}, båt {skrov}\n"
    "– {full:2}, {place2}, båt {boat}\n"
    "– {full:3}, tel {mob}\n"
    "Plats tilldelas av hamnfogde {sur:4}.",
    "batklubb|styrelseprotokoll|Utdrag ur protokoll {date}\n"
    "Styrelsen beslutar att polisanmäla medlemmen {full:1} för skadegörelse på klubbens kran. "
    "{full:2|g} vittnesuppgift bifogas. Ordföranden {sur:3} får i uppdrag att kontakta {org} och ägaren "
    "till {fast}.",
    "batklubb|styrelseprotokoll|Medlemsbrev juli\n"
    "Grattis till {full:1} och {nick:2} som vann kappseglingen runt {place}! Sjösättning av nya "
    "flytbryggan sker {date}, samling kl {time}. Kaffe bjuder {first:3} på.\n"
    "/Styrelsen genom {first:4}",
    # --------------------------------------------------------------- SMS to the on-call phone
    "jour|sms_jour|Hej detta är {full:1} på plats {plats}. Det står en okänd båt på min plats, "
    "namn {boat}. Kan ni flytta den? Mvh {first:1}",
    "jour|sms_jour|hej jouren! någon har kapat låset på min {motor} men den sitter kvar, kolla gärna kameran "
    "runt kl {time}. {first:1} {mob}",
    "jour|sms_jour|Hi, this is {full:1} on the Dutch boat {boat}, we need electricity at the guest jetty, "
    "the box is not working. Thanks, {first:1}",
    "jour|sms_jour|Till jouren från {full:1}: min båt har tagit in vatten, ligger vid {hamn} plats "
    "{plats}. Jag är i Stockholm. Min bror {full:2} kan komma, hans nr {mob}",
    "jour|sms_jour|ring mig {mob} ngn har snott båten!!!! /{lowf:1} på b-bryggan",
    "jour|sms_jour|God kväll. {caps:1} här, tomt {tomt}. Grannarna spelar hög musik och det är efter "
    "kl {time}. Vi har småbarn. Kan vakten komma?",
    "jour|sms_jour|Hej det är {first:1} från kiosken, {nick:2} från förra veckan är här igen och "
    "bråkar med {first:3}. Kan du komma?",
    "jour|sms_jour|Jourtelefon {hamn}, loggat {date}:\n"
    "kl {time} {full:1}, {mob}: grind låst, släppt in\n"
    "kl {time2} {full:2}, {mob}: fråga om tömning\n"
    "kl {time3} okänd: motorstöld? hänvisad till 112\n"
    "/{first:3}",
    # ------------------------------------------------------------- handover notes, reception/office
    "reception|overlamning|Överlämning {date} kväll → morgon\n"
    "- {full:1} på tomt {tomt} checkar ut tidigt, har betalat\n"
    "- {first:2} (stuga 6) har tappat nyckeln, ny utlämnad\n"
    "- polisen ringde om stölden igår, ref {case}, de vill prata med {first:3}\n"
    "// {lowf:4}",
    "reception|overlamning|Till morgonpasset: Gästen i stuga 11, {full:1}, väntar på att {org} ringer om "
    "bilen ({plate}). Ring henne på {mob} om de hör av sig hit. {wfirst:2} vet mer.",
    "reception|overlamning|ÖVERLÄMNING\n"
    "Kassa: {amount}\n"
    "Ankomster: {full:1}, {full:2}, familjen {wsur:3}\n"
    "Obs: {nick:4} har fått portförbud, se mejl från {full:5}\n"
    "Signerat {init:6}",
    "reception|overlamning|Hej {first:1}! Jag hann inte ringa {full:2} om hyrbåten, gör det du? {tel}. "
    "Han vill ha tillbaka depositionen {amount}. Kanoten som {first:3} lämnade har ett hål. Kram {first:4}",
    "reception|overlamning|{date}, hamnkontoret\n"
    "Dagpass: {first:1}, {first:2}\n"
    "Kvällspass: {first:3}\n"
    "Händelser: {full:4} anmälde stöld av paddelbräda från {boat}, bor {addr}, {lgh}. "
    "Skrivit i pärmen.",
    "reception|overlamning|överlämning natt\n"
    "{time}: {low:1} från tomt {tomt} klagade på grannens hund\n"
    "{time2}: tomt {tomt2} ({comma:2}) har åkt utan att betala, reg {plate2}\n"
    "{time3}: allt lugnt\n"
    "/{first:3}",
    "reception|overlamning|Till dagpersonalen: {full:1} från {org} kommer {weekday} kl {time} (han tar "
    "{line} från stan) för att "
    "titta på kamerorna vid bryggan. Visa honom förrådet på {fast}. Nyckel hos {first:2}. Om det är "
    "något ring "
    "{full:3} {mob}",
    'reception|overlamning|Lapp på disken: "{first:1}, ring varvschefen {sur:2} om motorn – {tel}. '
    'Fastigheten {fast} ska också besiktas, kolla med {first:3}."',
)
