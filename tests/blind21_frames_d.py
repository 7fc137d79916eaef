"""Frames of the twenty-first blind corpus, part D: socialtjänstens mottagning and försörjningsstöd
(socialtjanst), the kontaktcenter's call log (kontaktcenter), and the parking guards, park staff and tekniska
förvaltningen (teknik)."""

# ruff: noqa: E501

FRAMES_D = (
    # socialtjanst: reception, försörjningsstöd, threats
    "socialsekreterare|socialtjanst|Mottagningen {date}: {full:1} blev arg när ansökan om försörjningsstöd avslogs och sa till handläggare {wsur:2} att han 'vet var hon bor'. Vakt tillkallad kl {time}. Polisanmälan {case}.",
    "handlaggare|socialtjanst|Hot mot handläggare: {caps:1}, {pnr}, ringde från {mob} och hotade {full:2} efter beslut om {amount} i återkrav. Samtalet spelades in. Enhetschef {sur:3} informerad.",
    "reception|socialtjanst|Receptionen {unit}: en man som presenterade sig som {full:1} krävde att få träffa {full:2} och slog i glasrutan. Han hade med sig sonen {first:3} ({barn}). Lämnade mot {place}.",
    "socialsekreterare|socialtjanst|{full:1} ({vuxen}), {snr}, {addr}, {lgh}, söker nödbistånd. Uppger att exmaken {full:2} tagit hennes bankkort och hotat henne. Barn: {wfirst:3} och {first:4}. Kontakt tagen med {org}.",
    "handlaggare|socialtjanst|Försörjningsstöd, anteckning {dnr}: klienten {full:1} uppger att hon bor hos {full:2} på {addr}. Hon betalar {amount} i hyra kontant. Handläggare {sur:3}",
    "socialsekreterare|socialtjanst|soc mottagning idag: {low:1} hotade {lowf:2} i receptionen, sa 'jag ska bränna ner er'. polis kom {time}. handläggare {sur:3} skriver avvikelse.",
    "handlaggare|socialtjanst|Ärende {dnr}: familjen {sur:1} (mamma {first:2}, barnen {first:3} och {first:4}) vräks den {date} från {addr}. Kontakt med {org} om hyresskulden.",
    "socialsekreterare|socialtjanst|Skyddsbedömning: {full:1} och hennes barn placeras på skyddat boende. Förövare: {comma:2}, {pnr}, bil {plate}. Sekretessmarkering begärd hos {org}.",
    "mottagning|socialtjanst|Ordningsvakten {full:1} fick avvisa {full:2} från mottagningen på {street} efter att han spottat på socialsekreterare {sur:3}. [[Alla]] besök till henne sker nu med två personal.",
    "handlaggare|socialtjanst|Till {unit}: Vi har fått in uppgifter om att {full:1}, boende {addr}, hyr ut sitt kontrakt till {full:2} och {full:3}. Fastighet {fast}. Kontakt: handläggare {full:4}, {tel}.",
    # kontaktcenter: the call log
    "kontaktcenter|kontaktcenter|Samtal {time}: {full:1} ringer från {mob} och klagar på att grannens son {first:2} spelar hög musik och röker på balkongen på {addr}, {lgh}. Hänvisad till {org}.",
    "kontaktcenter|kontaktcenter|Ärende till {unit}: invånare {full:1} ({tel}) rapporterar trasig belysning på gångvägen mellan {place} och {skola}. Otryggt, hennes dotter {first:2} blev förföljd där den {date}.",
    "kontaktcenter|kontaktcenter|Samtalslogg {date}\n{time} {full:1}, {mob}: klotter på {inst}\n{time} {full:2}: hundar lösa vid {place}\n{time} anonym: ungdomar eldar i papperskorg på {pstreet}",
    "kontaktcenter|kontaktcenter|{full:1} ringde igen (tredje gången {week}) om att {full:2} på {addr} hotar henne i tvättstugan. Hänvisad till polisen. Handläggare: {first:3}",
    "kontaktcenter|kontaktcenter|Mejl till kontaktcenter från {mail}: 'Vi är flera föräldrar som är oroliga för {place} på kvällarna. Min son {wfirst:1} blev rånad där av två killar, en heter {first:2} tror jag.' Vidarebefordrat till trygghetssamordnare {full:3}.",
    "kontaktcenter|kontaktcenter|kc: uppringd av {low:1}, vill vara anonym mot grannarna. säger att {lowf:2} i lägenheten under säljer knark, fastighet {fast}. skickat till {unit}.",
    "kontaktcenter|kontaktcenter|Synpunkt {dnr}: {full:1} ({mail}) anser att kommunen måste göra något åt parkeringen på {street}. Hon säger att {full:2} med bilen {plate2} står på gångbanan varje dag.",
    "kontaktcenter|kontaktcenter|Återuppringning önskas: {full:1}, {tel}, gäller hennes pappa {full:2} i {place} som fått besök av en falsk hantverkare. Ring efter kl {time}.",
    "kontaktcenter|kontaktcenter|Samtal från {full:1}, mamma till {first:2} i {klass} på {skola}: hon vill anmäla att rektor {sur:3} inte gör något åt mobbningen. Kopplat till {unit}.",
    "kontaktcenter|kontaktcenter|[[Mark]] och kantsten förstörda efter att någon kört moped på gång- och cykelvägen vid {place}. Anmälare {full:1} såg föraren, tror att det var {first:2|g} kompis {nick:3}.",
    # teknik: parking guards, park staff, graffiti removal, broken lamps
    "parkeringsvakt|teknik|P-vakt {full:1}: vid kontrollavgift på {street} kl {time} blev jag hotad av föraren till {plate}. Han sa 'jag vet vem du är, {first:1}'. Rapport till {unit}.",
    "parkeringsvakt|teknik|Kontrollavgift {amount} utfärdad den {date} för fordon {plate2} på {street}. Föraren {full:1} slet av lappen och kastade den på p-vakt {sur:2}.",
    "parkarbetare|teknik|Parkarbetare {full:1}: hittade sprutor och en plånbok med id-kort tillhörande {full:2} ({pnr}) i buskarna vid {place}. Lämnat till polisen.",
    "klottersanering|teknik|Klottersanering {week}: taggen '{nick:1}' på {inst}, {street} och busskuren för {line}. Skolan säger att taggen tillhör {full:1}. Sanerat av {first:2}",
    "tekniska|teknik|Felanmälan {dnr}: tre trasiga lampor längs {street} mot {place}. Anmält av {full:1}, {mob}. Elektriker {wsur:2} åtgärdar {week}.",
    "parkeringsvakt|teknik|p-vakt {lowf:1}: bil {plate} på handikapplats vid {inst} igen, ägaren {low:2} bor på {addr} enligt grannen. {lowf:3} har fotat.",
    "parkochgata|teknik|Park och gata, {date}: nedskräpning och eldning vid {place}. Ungdomar, bl.a. {first:1} och {first:2}, sprang när arbetsledare {full:3} kom. Skadat staket, kostnad {amount}.",
    "parkeringsvakt|teknik|Hot mot parkeringsvakt\nDatum: {date}\nPlats: {street}\nFordon: {plate2}\nFörare: {caps:1}\nParkeringsvakt: {full:2}\nBeskrivning: föraren stod nära och skrek att han skulle hämta {nick:3}.",
    "vaktmastare|teknik|Vaktmästare {full:1} på {skola}: fönster krossat i matsalen natten till {date}. Kameran visar två personer, en liknar {wfirst:2} som gick ut i våras. Fastighet {fast}.",
    "gatukontoret|teknik|Graffiti på {pstreet} och längs {street}: 'RIP {caps:1}' och '{nick:2} 4 life'. Sanering beställd, {amount}. Kontakt {full:3} på {unit}.",
)
