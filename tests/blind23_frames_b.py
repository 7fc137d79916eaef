"""Frames of the twenty-third blind corpus, second part: e-mails from traders and security firms,
CSV-like rows and notes of meetings between business and the kommun (tests/blind23_fill.py says what a
slot is)."""

from __future__ import annotations

FRAMES_B = [
    # mejl
    "butikschef|mejl|Från: {mail}\nTill: Trygghetsfunktionen\nÄmne: Stölder {week}\n\nHej {first:1}!\nVi "
    "har haft tre inbrott i förrådet bakom {venue}. Polisen har ärendet ({case}). Kan kommunen se över "
    "belysningen på {street}?\n\nVänliga hälsningar\n{full:2}\n{biz}",
    "centrumledare|mejl|Hej alla handlare i {venue},\npå torsdag kl {time} har vi trygghetsvandring med "
    "kommunen och polisen. {full:1} från {kommun} och kommunpolis {sur:2} kommer. Anmäl till mig senast "
    "{date}.\n/{first:3}, centrumledare, {mob}",
    "restaurangagare|mejl|Ämne: Klotter och nedskräpning vid pizzerian\n\nHej,\njag heter {full:1} och "
    "driver {biz} på {addr}, {lgh}. Varje helg sitter ett gäng på vår uteservering efter stängning. Min "
    "anställde {first:2} har blivit hotad. En av dem heter {low:3} tror jag.\nMvh {first:1}, {mob}",
    "vaktare|mejl|Till: {mail}\nKopia: centrumledningen\n\nSammanfattning från {org} för {week}: {n} larm "
    "på {venue}, varav {n} falsklarm. Väktare {full:1} och {full:2} tog ronderna. Inget stulet.\n\n"
    "{caps:3}\nUppdragsansvarig",
    "naringsliv|mejl|Hej {wfirst:1},\ntack för mötet med handlarna i {place} i går. Som vi sa: {full:2} "
    "på {biz} och {full:3} på {org} vill gärna vara med i BID-gruppen. Jag bokar nästa träff {date} kl "
    "{time}.\nHälsningar, {full:4}, näringslivsenheten, {tel}",
    "handlare|mejl|Ämne: Fortsatta problem i {venue}\n\nHej! Det är {comma:1} från kiosken igen. I går "
    "kväll kom {nick:2} och två till och ville köpa snus utan leg. När jag nekade sparkade de sönder "
    "reklamskylten (värd {amount}). Polisen har fått filmen.\n{first:1}",
    "bilhandlare|mejl|Hej,\nvi på {biz} har fått två bilar stulna från uppställningsplatsen vid {street}: "
    "en med reg {plate} och en med {plate2}. Anmält, {case}. Vår säljare {full:1} såg en mörk skåpbil kl "
    "{time}. Kontakta mig, {full:2}, på {mail}.",
    "fastighetsvard|mejl|Från: {full:1}\nÄmne: Lokalen på {addr}\n\nHej {first:2}, hyresgästen i "
    "butikslokalen ({fast}) har anmält inbrott igen. Det är tredje gången sedan {date}. Vi sätter upp "
    "galler och kamera. Kostnad ca {amount}.\n/{first:1}",
    # csvrad
    "samordnare|csvrad|Datum;Tid;Område;Plats;Kategori;Beskrivning;Rapportör\n"
    "{date};{time};{place};{venue};Inbrott och stöld;Butikschef {sur:1} anmälde stöld av kopparkabel, "
    "gärningsperson {full:2} gripen;{org}",
    "vaktare|csvrad|datum;klockslag;objekt;händelse;väktare\n{date};{time};{venue};Larm, uppbruten dörr, "
    "polis kontaktad ({case});{full:1}\n{date};{time};{venue};Falsklarm;{low:2}",
    "butikskontroll|csvrad|Ärendenr;Registrerad;Butik;Typ;Beskrivning;Belopp\n"
    "LP-{n}{n}{n};{date};{venue};Snatteri;{full:1} tog kaffe och choklad, kvarhållen av {first:2};{amount}",
    "fastighetsvard|csvrad|Ärendenr;Registrerad;Fastighet;Adress;Ärendetyp;Beskrivning;Kostnad;Bolag\n"
    "A-{n}{n}{n}{n};{date};{fast};{addr};Inbrott lokal;Hyresgäst {full:1} ({biz}) anmälde uppbruten "
    "dörr;{amount};{org}",
    "samordnare|csvrad|{date};{time};{place};Otrygg plats;Handlare vid {venue} ({full:1}, {first:2}) "
    "upplever att belysningen vid lastkajen är för svag;Näringsliv",
    "ordningsvakt|csvrad|Händelsenr;Datum;Klockslag;Brottstyp;Plats;Område\n"
    "{case};{date};{time};Misshandel;utanför {biz};{place}\nKommentar: OV {sur:1} ingrep, målsägare "
    "{full:2}, misstänkt {full:3} {snr}",
    "taxi|csvrad|körning;tid;från;till;förare;notering\n{n}{n}{n};{time};{venue};{place};{first:1};kund "
    "{full:2} betalade inte, {amount}, tel {mob}",
    "larmcentral|csvrad|LARMID;DATUM;TID;OBJEKT;TYP;UTRYCKNING;ÅTGÄRD\n"
    "{n}{n}{n}{n};{date};{time};{venue};INBROTT;{full:1};nyckelhållare {caps:2} kontaktad {mob}",
    # mote
    "naringsliv|mote|Minnesanteckningar {date}, möte med näringsidkare i {place}\nNärvarande: {full:1} "
    "({biz}), {full:2} ({org}), {full:3} ({kommun}), kommunpolis {sur:4}\n1. Stölder av diesel från "
    "byggarbetsplatsen vid {street}.\n2. Nästa möte {week}.",
    "centrumledare|mote|Centrumföreningens styrelsemöte\nDatum: {date}\nPlats: {venue}\nNärvarande: "
    "{comma:1}, {full:2}, {first:3}\n§ 4 Trygghet: {first:2} rapporterade att en man, {full:4}, sovit i "
    "cykelrummet. Väktarbolaget {org} har informerats.\n§ 5 Julskyltning {week}.",
    "samordnare|mote|BID-möte {venue}\n- {full:1} (fastighetsägare) vill ha fler kameror\n- {full:2} "
    "({biz}): stölder från lastkajen minskat sedan {date}\n- {low:3} från kommunen tar med frågan om "
    "belysning på {pstreet}\n- nästa möte {week}",
    "kommunpolis|mote|Avstämning med handlarna {week}\nKommunpolis {sur:1} berättade om snatteriligan som "
    "gripits i {place}. Tre personer, bland dem {full:2} och {full:3}, häktade. Butikschef {wsur:4} "
    "tackade för samarbetet.",
    "naringsliv|mote|Anteckningar från frukostmöte med företagarna\n{full:1} ({biz}) – problem med "
    "mopeder på gångvägen mot {venue}.\n{full:2} – snatteri, misstänker {nick:3}.\n{init:4} ({org}) – "
    "erbjöd gratis väktarrond {date}.\nKommunens representant: {full:5}",
    "centrumledare|mote|{full:1} inledde mötet. {full:2|g} pizzeria på {street} har fått rutan krossad "
    "två gånger. {first:3} från {org} föreslog rondering även kl {time}. Beslut: trygghetsvandring {date}.",
    "samordnare|mote|Protokoll samverkansmöte näringsliv–kommun\nPunkt 1: {venue}, skadegörelse på "
    "lastbryggan. Ansvarig: {full:1}.\nPunkt 2: nattlig samling vid {biz}. {full:2} kontaktar ägaren "
    "{sur:3}.\nPunkt 3: uppföljning {week}",
    "kommunpolis|mote|Träff med taxiförare och budfirmor på {venue} kl {time}. Med: {full:1} ({org}), "
    "{full:2} (matbud), {lowf:3}. Buden blir rånade på mobiler vid {place}. {first:1} lovar att ta upp "
    "det med kommunpolis {sur:4}.",
]
