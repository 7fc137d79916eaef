"""Places, institutions, streets, organisations and number shapes of the fifteenth blind corpus, per region
of the writer (typed from the writer's own knowledge; some streets and institutions are invented but
plausible). A region's lists are `|`-separated."""

from __future__ import annotations

REGION_TEXT: dict[str, dict[str, str]] = {
    "norrland": {
        "place": "Ålidhem|Ersboda|Holmsund|Teg|Mariehem|Hertsön|Porsön|Örnäset|Svartöstaden|Gammelstad|"
        "Morön|Anderstorp|Nacksta|Skönsberg|Odenslund|Lugnvik|Öjebyn|Malmberget|Gullänget|Haparanda",
        "inst": "Ålidhemsskolan|Ersboda centrum|Mariehems fritidsgård|Hertsöskolan|Hertsö centrum|"
        "Porsöskolan|Örnäsets fritidsgård|Nackstaskolan|Skönsbergs bibliotek|Lugnviks centrum|"
        "Umeå Östra station|Vasaplan|Luleå busstation|Arcushallen|Nolia|Malmbergets simhall|"
        "Kiruna stadshus|Moröhallen|Tegs centrum|Skellefteå resecentrum",
        "street": "Västra Esplanaden|Rothoffsvägen|Smedjegatan|Porsövägen|Hertsövägen|Stationsgatan|"
        "Skolgatan|Nackstavägen|Sandåsvägen|Ålidhemsvägen|Tvistevägen|Mariehemsvägen|Kronoparksvägen",
        "pstreet": "Bertil Malmbergs väg|Sara Lidmans gata|Hjalmar Lundbohms väg|Nils Perssons väg",
        "org": "Bostaden|Lulebo|Mitthem|Skebo|Heimstaden|Ultra|Länstrafiken Norrbotten|"
        "Räddningstjänsten Luleå|Umeå IK|IFK Luleå|Piteå IF|Svenska kyrkan i Umeå|Kjell & Company|"
        "Ica Maxi Ersboda|Brf Hjortronet",
        "tract": "Ålidhem|Ersboda|Hertsön|Porsön|Skönsberg|Nacksta|Mariehem",
        "area": "090|0920|0910|060|063|0911|0980",
        "domain": "umea.se|lulea.se|skelleftea.se|sundsvall.se|ostersund.se|pitea.se|bostaden.umea.se",
        "bus": "linje 8|linje 9|buss 2|buss 104|linje 1|stadsbuss 4",
    },
    "skane": {
        "place": "Rosengård|Lindängen|Holma|Kroksbäck|Hermodsdal|Seved|Nydala|Södra Sofielund|Fosie|Oxie|"
        "Drottninghög|Dalhem|Planteringen|Husensjö|Norra Fäladen|Linero|Gamlegården|Karlslund|Västervång|"
        "Möllan",
        "inst": "Rosengårdsskolan|Rosengårds centrum|Lindängsskolan|Holmaskolan|Hermodsdalsskolan|"
        "Seveds fritidsgård|Drottninghögsskolan|Drottninghögs bibliotek|Malmö Centralstation|"
        "Triangeln station|Emporia|Värnhemstorget|Linero torg|Norra Fäladens bibliotek|"
        "Gamlegårdens centrum|Kristianstads resecentrum|Knutpunkten|Stadionhallen|Kroksbäcksparken",
        "street": "Amiralsgatan|Ystadvägen|Lönngatan|Nobelvägen|Munkhättegatan|Jägersrovägen|"
        "Drottninghögsvägen|Landskronavägen|Södra Förstadsgatan|Trelleborgsvägen|Lorensborgsgatan|"
        "Eriksfältsgatan",
        "pstreet": "Anna Lindhs plats|Per Albins väg|Ernst Wigforss gata|Tage Erlanders väg",
        "org": "MKB|Helsingborgshem|ABK|LKF|Skånetrafiken|Malmö FF|FC Rosengård|Räddningstjänsten Syd|"
        "Hyresgästföreningen|Ica Maxi|Burger King|Pågens|Bröderna Mårtenssons Måleri|Brf Solrosen|"
        "Rädda Barnen",
        "tract": "Rosengård|Lindängen|Holma|Drottninghög|Dalhem|Gamlegården",
        "area": "040|042|046|044|0418|0410",
        "domain": "malmo.se|helsingborg.se|lund.se|kristianstad.se|landskrona.se|mkbfastighet.se",
        "bus": "linje 5|linje 8|linje 2|buss 7|Malmöexpressen 4|regionbuss 130",
    },
    "goteborg": {
        "place": "Angered|Hjällbo|Hammarkullen|Gårdsten|Lövgärdet|Rannebergen|Bergsjön|Kortedala|"
        "Biskopsgården|Tynnered|Frölunda|Backa|Eriksbo|Majorna|Kvillebäcken|Länsmansgården|Grimmered|Tuve",
        "inst": "Angereds centrum|Hjällboskolan|Hammarkullens fritidsgård|Gårdstensskolan|"
        "Lövgärdesskolan|Bergsjöskolan|Kortedala torg|Frölunda torg|Backaplan|Nordstan|Brunnsparken|"
        "Angereds gymnasium|Hammarkullstorget|Vårväderstorget|Länsmansgårdens fritidsgård|Gamla Ullevi|"
        "Frölundaborg|Wieselgrensplatsen",
        "street": "Gårdstensvägen|Temperaturgatan|Bergsjövägen|Rannebergsvägen|Hjällbovägen|"
        "Lövgärdesvägen|Kortedalavägen|Friskväderstorget|Vågmästareplatsen|Långströmsgatan|Eriksbovägen",
        "pstreet": "Selma Lagerlöfs torg|Hjalmar Brantingsgatan|Evert Taubes terrass|Gustav Adolfs torg",
        "org": "Bostadsbolaget|Poseidon|Familjebostäder|Gårdstensbostäder|Västtrafik|"
        "Räddningstjänsten Storgöteborg|IFK Göteborg|GAIS|Göteborgs Stadsmission|Pressbyrån|Ica Kvantum|"
        "Svenska kyrkan Angered|Brf Vågen",
        "tract": "Gårdsten|Hjällbo|Lövgärdet|Bergsjön|Kortedala|Tynnered",
        "area": "031",
        "domain": "goteborg.se|partille.se|molndal.se|bostadsbolaget.se|poseidon.goteborg.se",
        "bus": "spårvagn 4|spårvagn 8|spårvagn 9|buss 19|linje 6|Grön Express",
    },
    "gotland": {
        "place": "Visby|Gråbo|Slite|Hemse|Klintehamn|Roma|Fårösund|Terra Nova|Väskinde|Lärbro|Ljugarn|"
        "Burgsvik|Visborgsstaden|Innerstaden|Stenkyrka|Vibble",
        "inst": "Östercentrum|Gråboskolan|Solbergaskolan|Wisbygymnasiet|Almedalen|Visby hamn|Gutavallen|"
        "Visby lasarett|Hemsehallen|Slite skola|Terra Novaskolan|Visby busstation|Söderport|Norderport",
        "street": "Söderväg|Österväg|Adelsgatan|Stora Strandgatan|Gråbovägen|Endrevägen|Hemsevägen|"
        "Kopparsvik|Solbergavägen|Lännaplan|Slitevägen",
        "pstreet": "Kung Valdemars väg|Ebba Brahes väg|Hans Ryssars väg|Botair Boltars gata",
        "org": "GotlandsHem|Region Gotland|Gotlandsbolaget|Destination Gotland|Räddningstjänsten Gotland|"
        "IF Gute|Svenska kyrkan Visby|Gotlands Bryggeri|Coop Visby|Brf Rauken",
        "tract": "Visby Gråbo|Visby Solberga|Slite|Hemse|Klintehamn",
        "area": "0498",
        "domain": "gotland.se|gotlandshem.se|rg.gotland.se",
        "bus": "buss 10|buss 1|linje 20|stadsbuss 3|buss 61",
    },
    "stockholm": {
        "place": "Rinkeby|Tensta|Husby|Akalla|Hjulsta|Fittja|Alby|Hallunda|Norsborg|Skärholmen|Bredäng|"
        "Vårberg|Hagsätra|Rågsved|Jordbro|Hallonbergen|Rissne|Märsta|Valsta|Flemingsberg|Hovsjö|Ronna|"
        "Geneta|Skogås|Vårby gård",
        "inst": "Rinkeby torg|Tensta centrum|Husby centrum|Husby träff|Akalla centrum|Skärholmens centrum|"
        "Fittja centrum|Alby centrum|Hallunda centrum|Bredängs centrum|Vårbergs centrum|Kista galleria|"
        "Tensta gymnasium|Rinkebyskolan|Husbyskolan|Fittjaskolan|Hovsjö fritidsgård|Flemingsbergs station|"
        "Jordbro centrum|Märsta station|Hallonbergens centrum|Tensta träff|Järvafältet|Ronna centrum",
        "street": "Rinkebystråket|Tenstagången|Husbygårdsvägen|Fittjavägen|Albyvägen|Hallundavägen|"
        "Vårbergsvägen|Bredängsvägen|Jordbrovägen|Hjulstavägen|Kämnärsvägen|Hagsätravägen|Rågsvedsvägen",
        "pstreet": "Edvard Griegsgången|Greta Garbos väg|Dag Hammarskjölds väg|Olof Palmes plats",
        "org": "Svenska Bostäder|Stockholmshem|Botkyrkabyggen|Telgebostäder|Signalisten|Sigtunahem|SL|"
        "Keolis|Nobina|Storstockholms brandförsvar|Fryshuset|Taxi Stockholm|Max Hamburgare|Avarn|"
        "Securitas|Brf Kronan",
        "tract": "Rinkeby|Tensta|Fittja|Alby|Hallunda|Jordbro",
        "area": "08",
        "domain": "stockholm.se|botkyrka.se|sodertalje.se|haninge.se|sigtuna.se|huddinge.se|"
        "svenskabostader.se",
        "bus": "buss 179|buss 172|buss 541|buss 704|linje 865|tunnelbanan 10",
    },
    "nacka": {
        "place": "Fisksätra|Älta|Saltsjöbaden|Orminge|Sickla|Ektorp|Björknäs|Erstavik",
        "inst": "Fisksätra centrum|Fisksätra station|Fisksätra fritidsgård|Älta centrum|Sigfridsborgsskolan|"
        "Älta tennishall|Fisksätra skola|Fisksätra bibliotek|Nacka Forum|Fisksätra kyrka|Älta IP",
        "street": "Fisksätravägen|Ältavägen|Stensövägen|Fisksätra allé|Ältabergsvägen|Lovisedalsvägen",
        "pstreet": "Ellen Keys väg|Nils Ferlins gata|Karin Boyes väg",
        "org": "Stena Fastigheter|Wallenstam|Nacka kommun|Saltsjöbanan|Älta IF|Brf Båthöjden|Stena",
        "tract": "Fisksätra|Älta|Erstavik",
        "area": "08",
        "domain": "nacka.se|stenafastigheter.se|wallenstam.se",
        "bus": "buss 414|buss 401|buss 840|buss 444",
    },
    "nykoping": {
        "place": "Brandkärr|Oppeby|Arnö|Harg|Väster|Långsätter|Stenkulla|Fågelbo",
        "inst": "Brandkärrsskolan|Långbergsskolan|Mariebergsgården|Nyköpings resecentrum|Brandkärrs centrum|"
        "Nyköpings lasarett|Rosvalla|Stora torget",
        "street": "Brandkärrsvägen|Långbergsvägen|Mariebergsvägen|Tessinvägen|Ekensbergsvägen|Idbäcksvägen",
        "pstreet": "Birger Jarls väg|Sven Hedins gata|Karl Ingmarssons gata",
        "org": "Nyköpingshem|HSB|Rikshem|Sörmlandstrafiken|Nyköpings BIS|Brf Kärret|"
        "Räddningstjänsten Sörmland",
        "tract": "Brandkärr|Oppeby|Harg",
        "area": "0155",
        "domain": "nykoping.se|nykopingshem.se",
        "bus": "linje 2|linje 5|buss 515|stadsbuss 3",
    },
}

REGIONS: dict[str, dict[str, tuple[str, ...]]] = {
    region: {key: tuple(value.split("|")) for key, value in lists.items()}
    for region, lists in REGION_TEXT.items()
}

PRIVATE_DOMAINS = (
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "live.se",
    "icloud.com",
    "yahoo.se",
    "telia.com",
)
ORG_DOMAINS = ("securitas.se", "avarn.se", "svenskakyrkan.se", "nattvandring.nu", "polisen.se", "skolan.se")

MOBILE_PREFIXES = ("070", "072", "073", "076", "079")
POLICE_PREFIXES = ("5000", "5000", "5000", "0100", "0200", "1400", "1200", "2500", "0900")

# Swedish plates use neither I, Q, V nor Å, Ä, Ö; a new plate's last sign is a letter other than O too.
PLATE_LETTERS = "ABCDEFGHJKLMNOPRSTUWXYZ"
PLATE_TAIL_LETTERS = "ABCDEFGHJKLMNPRSTUWXYZ"
BAD_PLATES = frozenset(
    "APA ARG ASS BAJ BAG BRA BUS DUM ETT FAN FEG FEL FEM FET FUL GAY GUD HAT HOR HOT JUL KKK KUK LAM "
    "LUS MEN MES MUS NAZ OND ORM PAJ PMS RAS ROM SEX SJU SOS SUG SUR TOA TOK TRE UFO USA WAR XXX ZOO "
    "EPA SSP BRF LPO SMS MVH TEL ICA MKB ABK LKF HSB".split()
)

AMOUNTS = (
    "4 500 kr", "1 200 kronor", "850 kr", "12 000 kr", "2 300:-", "650 kr", "25 000 kronor", "3 800 kr",
    "1 500 kr", "18 000 kr", "900:-", "7 400 kr", "40 000 kr", "350 kr",
)  # fmt: skip
MONTHS = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
