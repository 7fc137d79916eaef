"""Third part of the eighth blind corpus's frames: reports heavy with numbers and addresses (see
tests/blind8_frames.py for the slots)."""

from __future__ import annotations

FRAMES_C: tuple[tuple[str, str, str], ...] = (
    ("bostadsbolag", "prose", "~Inbrott i förråd på {adr} och {adr2}, polisanmälan {knr}."),
    ("bostadsbolag", "csv", "{date};{fast};{adr};Inbrott förråd;Två förråd uppbrutna;{amount};{F}"),
    ("bostadsbolag", "keyvalue", "Fastighet: {fast}\nAdress: {adr}\nKontakt: {tel}\nHandläggare: {G}"),
    ("fastighetsvärd", "prose", "~Vattnet stängdes av i {fast} ({adr}) efter att någon brutit upp "
     "undercentralen."),
    ("kommunpolis", "prose", "~Husrannsakan på {adr}, {lgh}; {F} ({pnr}) anhölls, ärende {knr}."),
    ("kommunpolis", "keyvalue", "Ärende: {knr}\nMålsägare: {F}\nTelefon: {mob}\nAdress: {adr}"),
    ("kommunpolis", "prose", "~Bilen {plate} är anmäld stulen ({knr}) och hittades utbränd vid {street}."),
    ("väktare", "guard_log", "{time} ~ÖPPEN DÖRR {adr}, {lgh!}. BOENDE {F!} KONTAKTAD PÅ {mob}"),
    ("samordnare", "prose", "~Följande ska strykas ur rapporten: {F}, {mob}, {mail}."),
    ("samordnare", "english", "Please remove {mob} and {mail} from the report before it goes to {org}."),
    ("socialtjänst", "prose", "~Familjen bor på {adr}, {lgh}; mammans nummer är {mob}."),
    ("socialtjänst", "keyvalue", "Personnummer: {pnr}\nAdress: {adr}\nTelefon: {tel}"),
    ("skola", "prose", "~Vårdnadshavare till eleven: {F}, {mob}, {mail}."),
    ("trygghetsvärd", "prose", "~Boende på {adr} ({F}, {tel}) vill delta i trygghetsvandringen {date}."),
    ("fältassistent", "sms", "nytt nr till {l}: {mob}"),
    ("nattvandrare", "sms", "min mail e {mail} om ni vill ha schemat"),
    ("räddningstjänst", "prose", "~Brand i lägenhet {lghn} på {adr}; insats {time}, ärende hos polisen "
     "{knr}."),
    ("räddningstjänst", "keyvalue", "Objekt: {fast}\nAdress: {adr}\nKontakt fastighetsägare: {tel}"),
    ("butik", "prose", "~Bilen som användes vid rånet hade skyltarna {plate}; ärendet är {knr}."),
    ("kollektivtrafik", "prose", "~Föraren {F} ({mob}) kan vittna om bilen {plate} som körde mot rött."),
    ("kommun", "csv", "{date};{time};{place};{adr};Misstänkt narkotikahantering;Bil {plate} utanför;{F}, "
     "{tel}"),
    ("kommun", "csv", "{date};{time};{place};{fast};Olovligt boende;Person {sam} i förråd;Fastighet {S}"),
    ("kommun", "keyvalue", "Boende: {F}\nPnr: {pnr}\nLgh: {lghn}\nE-post: {mail}"),
    ("kommunpolis", "english", "Registration {plate} belongs to a car seen at {adr} on {date}; case {knr}."),
    ("bostadsbolag", "english", "Break-in at {fast}, {adr}; contact the caretaker on {tel}."),
    ("samordnare", "forward", "Från: {F} <{mail}>\nTill: {mail2}\nÄmne: Klotter {adr}"),
    ("väktare", "guard_log", "{date} ~UTRYCKNING {fast}. BIL {plate} OCH {plate2} PÅ PLATS."),
    ("socialtjänst", "prose", "~Samordningsnummer {sam} och personnummer {pnr} ska inte stå i lägesbilden."),
    ("bostadsbolag", "sms", "{l} i {lgh}, {adr}, har fått nya nycklar"),
    ("kommunpolis", "prose", "~Vittnet {F} bor på {adr} och nås på {tel} eller {mob}."),
)  # fmt: skip
