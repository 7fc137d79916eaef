"""Name lists for :mod:`lagesbild.privacy.redaction` (person-name detection).

Sources:

* ``SWEDISH_FIRST_NAMES`` / ``SWEDISH_LAST_NAMES``: the Swedish lists shipped with Faker 40.54.0
  (``faker/providers/person/sv_SE``, MIT licence), which Faker takes from the Institute for Language and
  Folklore (Isof) top-500 first names for women and men (2023) and the Swedish Tax Agency's top-500 surnames
  (2025); plus a hand-written supplement of names common among Swedish residents with roots in Somalia,
  Eritrea, the Middle East, Iran, Turkey, the Balkans, Poland and Finland, and recent Swedish given names.
* ``AMBIGUOUS``: names that are also ordinary Swedish (or English) words, places, months or holidays
  ("Hans" = his, "Per" = per, "Bo" = live, "Inga" = no, "Dag" = day, "Lund", "Nora", "Maj", "Valborg").
  They are redacted only with evidence: a surname after them or a context word before them.
* ``NOT_NAMES``: words never treated as a name: Swedish municipalities and counties, the deployment's areas,
  housing companies, security companies, authorities, weekdays, months, holidays, directions.
* ``WORLD_FIRST`` / ``WORLD_LAST``: ``lagesbild/data/names_world.txt``, built by scripts/build_name_lists.py
  from Faker's person lists of 62 locales (Ukrainian, Russian, Polish, Balkan, Finnish, Turkish, Algerian,
  Pakistani, Spanish and Latin American, Brazilian, West and East African, romanised Chinese, Thai; since
  stop 26 English, Irish, Dutch, Nordic, German, Swiss, Belgian, Portuguese, Indonesian and Zulu …;
  every name also without its diacritics) plus hand-written romanised
  Arabic, Somali, Persian, Kurdish and Eritrean names, Swedish words removed. ``WORLD_COMMON``: those of
  them that are also found in lowercase without context. ``FIRST_NAMES`` / ``LAST_NAMES`` are the Swedish
  lists and the world lists together.

The Swedish lists were generated once from Faker (see docs/redaction.md) and are edited by hand; the world
lists are rebuilt by the script.
"""

from pathlib import Path

# Given names (Isof top 500 women + top 500 men via Faker, plus supplement).
SWEDISH_FIRST_NAMES: frozenset[str] = frozenset(
    """
    Aaron Abbas Abdi Abdiaziz Abdirahman Abdirizak Abdul Abdulkadir Abdullah Abdullahi Adam Adele Adnan
    Adrian Agne Agnes Agneta Agnieszka Ahmad Ahmed Ahmet Aina Aino Aisha Ajla Alan Alba Albert Alberto Albin
    Alejandro Aleksandra Alex Alexander Alexandra Alexis Alf Alfons Alfred Algot Ali Alice Alicia Alina
    Allan Alma Alva Alvar Alve Alvin Amadeus Amal Amalia Amanda Amanuel Amelia Amelie Amin Amina Amir Amira
    Amra Ana Anas Anders Andrea Andreas Andres Andrew Andrzej André Andréas Anette Angela Angelica Angelika
    Angelina Anita Anja Ann Ann-Britt Ann-Charlott Ann-Charlotte Ann-Christin Ann-Christine Ann-Kristin
    Ann-Louise Ann-Mari Ann-Marie Ann-Sofi Ann-Sofie Anna Anna-Karin Anna-Lena Anna-Lisa Anna-Maria Anne
    Anne-Marie Anneli Annelie Annette Annica Annie Annika Annikki Antero Anthony Anton Antonia Antonio Anwar
    Arash Arijana Arne Arnold Aron Arthur Artur Arvid Asli Assar Asta Aston Astrid August Aurora Axel Aya
    Ayaan Ayan Ayse Aziz Azra Babak Baran Barbara Barbro Baris Beata Beatrice Behrouz Bella Ben Bengt
    Benjamin Benny Berit Berndt Bernhard Bernt Bert Bertil Betty Bianca Bilal Bill Billy Birger Birgit
    Birgitta Bjarne Björn Bo Bodil Boel Boris Brita Britt Britt-Mari Britt-Marie Britta Bror Bruno Burak
    Börje Cajsa Camilla Carin Carina Carl Carl-Johan Carlos Carmen Carola Carolin Carolina Caroline Casper
    Cassandra Catarina Catharina Cathrine Catrin Cecilia Celine Charles Charlie Charlott Charlotta Charlotte
    Christel Christer Christian Christin Christina Christine Christofer Christoffer Christopher Claes Clara
    Clas Claudia Cleo Colin Conny Cornelia Cristina Curt Dag Dagmar Dagny Dan Daniel Daniela Daniella Dante
    Dariush David Dawit Del Denise Deniz Dennis Derya Desirée Diana Dick Dilan Dilara Doris Douglas Dragan
    Dragana Ebba Ebbe Eddie Edgar Edin Edit Edith Edvard Edvin Edward Edwin Egon Einar Eino Eira Eivor Elena
    Eleonor Eleonora Elias Elif Elin Elina Elinor Elis Elisa Elisabet Elisabeth Elise Elizabeth Ella Ellen
    Ellie Ellinor Elliot Elly Elma Elmer Elna Elof Elsa Else Elsie Elsy Elton Elvin Elvira Elvis Elvy
    Emanuel Emelie Emil Emilia Emilie Emilio Emily Emin Emina Emine Emir Emma Emmy Emre Enar Engla Eren Eric
    Erica Erik Erika Erland Erling Erna Ernst Eskil Esra Estelle Ester Esther Ethel Eugen Eva Eva-Lena Evald
    Evelina Evelyn Evert Evy Ewa Fabian Fadi Fadumo Faisal Fanny Farid Fatima Fatma Felicia Felix Ferdinand
    Filip Filippa Filmon Firas Florence Folke Frank Frans Fred Fredric Fredrik Fredrika Freja Frida Fritz
    Gabriel Gabriella Georg George Gerd Gerda Gerhard Gert Gertrud Gillis Gisela Glenn Goran Gottfrid Greger
    Greta Gudrun Gun Gun-Britt Gunborg Gunhild Gunilla Gunnar Gunnel Gunvor Gustaf Gustav Göran Gösta Göte
    Hadi Hakan Hamdi Hamed Hamid Hampus Hamse Hamza Hani Hanna Hannah Hannele Hannes Hans Harald Harriet
    Harry Hasan Hassan Hatice Hawa Hedda Hedvig Heidi Helen Helena Helene Helga Helge Helmer Helén Heléne
    Henning Henric Henrietta Henrik Henry Herbert Herman Hiba Hibo Hilda Hilding Hillevi Hilma Hjalmar
    Hjördis Hodan Holger Hossein Hugo Husein Hussain Hussein Håkan Ian Ibrahim Ida Idil Idris Idun Ifrah
    Ilhan Ilias Ilona Ilse Ilyas Ina Ines Inez Ing-Britt Ing-Marie Inga Inga-Britt Inga-Lill Ingalill Inge
    Ingeborg Ingegerd Ingegärd Ingela Ingemar Inger Ingmar Ingrid Ingvar Irene Iris Irma Iréne Isa Isaac
    Isabel Isabell Isabella Isabelle Isac Isak Ismael Ismail Ivan Ivana Ivar Jack Jacob Jakob Jamal James
    Jamil Jan Jan-Erik Jan-Olof Jan-Åke Jane Janet Jarek Jari Jarl Jasmin Jasmine Jean Jeanette Jelena
    Jennie Jennifer Jenny Jens Jerker Jerry Jesper Jessica Jill Jim Jimmie Jimmy Joachim Joacim Joakim
    Joanna Joel Johan Johanna Johannes John Johnny Joline Jon Jonas Jonatan Jonathan Jonna Jonny Jose Josef
    Josefin Josefina Josefine Joseph Josephine José Juan Judith Juhani Jukka Julia Julian Julie Julius Juni
    Junior Jörgen Kaarina Kai Kaj Kajsa Kalevi Kalle Kamal Kari Karim Karin Karina Karl Karl-Erik Karolina
    Kasia Kasper Katarina Katarzyna Katharina Katja Katrin Kaveh Kemal Kennet Kenneth Kenny Kent Kenth Kerem
    Kerstin Kevin Khadija Khadijo Khaled Khalid Kian Kim Kjell Klara Klas Knut Konrad Krister Kristian
    Kristin Kristina Kristine Kristofer Kristoffer Krzysztof Kumar Kurosh Kurt Lage Laila Lamija Lara Lars
    Lars-Erik Lars-Göran Lars-Olof Lars-Åke Lasse Laura Layla Lea Leah Leena Leia Leif Leila Lejla Lena
    Lennart Leo Leon Leona Leonard Leonardo Leopold Levi Leyla Li Liam Liisa Lilian Lillemor Lilly Lily Lina
    Linda Linn Linnea Linnéa Linus Lisa Lisbet Lisbeth Lise-Lott Lise-Lotte Liselott Liselotte Liv Livia Lo
    Loke Lotta Loui Louie Louis Louise Lova Love Lovis Lovisa Lowe Lucas Lucia Ludvig Ludwig Luis Lukas Luna
    Lydia Lykke Maarit Madeleine Madelene Magdalena Magnus Mahdi Mahmoud Mahmud Maj Maj-Britt Maj-Lis Maja
    Majid Majken Majvor Malgorzata Malin Malte Malva Manfred Mansour Manuel Marcin Marco Marcus Marek
    Margaret Margareta Margaretha Margit Margot Margret Mari Maria Mariam Mariana Mariann Marianne Marie
    Marie-Louise Marija Marika Marina Mario Marit Marita Marja Marjatta Mark Marko Markus Marlene Marta
    Martin Martina Marwa Mary Maryam Matheo Mathias Mathilda Matias Matilda Mats Matteo Matti Mattias Matts
    Maud Mauritz Max Maximilian May Maya Mehdi Mehmet Meja Melina Melissa Melker Melvin Melwin Merhawi Mert
    Merve Mia Micael Michael Michaela Michal Michel Michelle Miguel Mika Mikael Mikaela Mikko Mila Milan
    Milica Milla Milo Milton Mimmi Mina Minna Mio Mira Miranda Miriam Mirjam Mirza Moa Mohamad Mohamed
    Mohammad Mohammed Molly Mona Monica Monika Morgan Muhammad Muhammed Murat Mustafa Mustafe My Märta
    Märtha Måns Mårten Nabil Nadia Nadja Nancy Nanna Narges Nasser Natalia Natalie Natanael Nathalie Navid
    Nazanin Nellie Nelly Neo Nicholas Nicklas Niclas Nicolas Nicole Niklas Nikola Niloufar Nils Nimo Nina
    Noa Noah Noel Noor Nora Nour Nova Ola Olav Olavi Ole Olga Oliver Olivia Oliwer Olle Olof Olov Omar Omid
    Orhan Oscar Oskar Osman Ossian Othman Ottilia Otto Ove Owe Parisa Patric Patricia Patrick Patrik Paul
    Paula Paulina Pauline Pawel Payam Peder Pekka Pelle Per Per-Erik Per-Olof Pernilla Peter Petra Petter
    Philip Pia Pierre Piotr Pirjo Pontus Päivi Pär Rafael Ragnar Ragnhild Rahim Ralf Ralph Rami Ramin Rania
    Rasha Rasmus Raymond Rebecca Rebecka Rebin Reem Regina Reine Reinhold Renée Reza Richard Rickard Rigmor
    Riitta Rikard Rita Robel Robert Roberto Robin Roger Rojhat Roland Rolf Ronald Ronja Ronnie Ronny Rosa
    Rose Rose-Marie Rosita Roy Roya Ruben Rudolf Rune Rut Ruth Saba Sabina Saeed Saga Sagal Sahra Said Salah
    Saleh Salim Sally Salma Sam Saman Sami Samir Samira Samuel Sana Sandra Sanna Sara Sarah Sardar Sebastian
    Selam Selim Selma Semhar Senad Senait Serhat Setareh Seth Sevda Shahin Shirin Shwan Siavash Sigfrid
    Sigge Signe Sigrid Sigurd Sigvard Simon Simone Siri Siv Sivert Sixten Smilla Snezana Sofi Sofia Sofie
    Solveig Sonia Sonja Sonny Sophia Sophie Staffan Stefan Stella Stellan Sten Stephanie Stig Stina Sture
    Suleiman Sulejman Sune Susan Susann Susanna Susanne Suzanne Svante Svea Sven Sven-Erik Sven-Olof Sylvia
    Sören Tage Tanja Tapani Tapio Tarek Tariq Ted Teodor Teresa Terese Teresia Tesfay Thea Theo Theodor
    Theres Therese Theresia Therése Thi Thomas Thor Thore Thure Tilda Tilde Tim Timo Tina Tindra Tobias
    Tolga Tom Tomas Tomasz Tommy Toni Tony Tor Tora Torbjörn Tord Tore Torgny Torsten Tova Tove Tristan
    Tuomas Ture Tuula Tuulikki Tuva Tyra Ubah Ulf Ulla Ulla-Britt Ulrica Ulrik Ulrika Umar Uno Urban Valborg
    Valdemar Valentin Valentina Valter Vanessa Vanja Vega Vendela Vera Verner Veronica Veronika Victor
    Victoria Vidar Vide Viggo Viking Viktor Viktoria Vilgot Vilhelm Vilhelmina Vilja Ville Vilma Vilmer
    Vincent Viola Viveka Vivianne Volkan Waldemar Waleed Walid Walter Werner Wilhelm Wilhelmina Wille
    William Willy Wilma Wilmer Wojtek Yahya Yasin Yasmin Yasmine Yassin Ylva Yngve Yohannes Younes Yousef
    Youssef Yunus Yusuf Yvonne Zahra Zaid Zainab Zakaria Zakariya Zeinab Zeynep Ziad Zoran Åke Åsa Åse Örjan
    Östen Orvar Vilda Embla Blenda Juno Eir
    Tsegaye Worku Tsehay Meseret Rahwa Freweyni Zohal Khatera Parwana Nilofar Ranim Ikran Obada Saif Ghalia
    Mohanad Muhannad Tayseer Raghad Ruaa Shahad Bayan Marah Lujain Safa
    Wolfgang Deepika Priyanka Ankit Simran Neda Ghada Ruba Bassel Ammar Muntadhar Kittisak Nattaya Pranee
    Ratana Buppha Marloes Rimantas Hasib Wahid Zarghuna Fatema Malkie Ayşe Gosho Hristo Ivaylo Desislava
    Florin Ladan Jawid Zarmina Hira Serwan Bethelhem Fartun Liibaan Xaaji
""".split()
)

# Surnames (Skatteverket top 500 via Faker, plus supplement).
SWEDISH_LAST_NAMES: frozenset[str] = frozenset(
    """
    Abbas Abdi Abdullah Abdullahi Abdulle Abrahamsson Aden Adolfsson Ahlberg Ahlgren Ahlin Ahlqvist Ahlström
    Ahmad Ahmadi Ahmed Akbari Alexandersson Alfredsson Ali Alm Almgren Almqvist Amini Anderberg Andersen
    Andersson Andreasson Andrén Antonsson Aronsson Arslan Arvidsson Asp Asplund Augustsson Axelsson Aydin
    Aydın Azizi Backlund Backman Bakr Begic Begić Bengtsson Berg Bergdahl Berggren Bergkvist Berglund
    Bergman Bergqvist Bergsten Bergstrand Bergström Bergvall Berntsson Bertilsson Björk Björklund Björkman
    Blixt Blom Blomberg Blomgren Blomkvist Blomqvist Bodin Bohlin Bohman Bolin Boman Borg Borgström Boström
    Brandt Brink Broberg Brodin Brolin Broman Brännström Burman Bylund Byström Bäck Bäckman Bäckström
    Börjesson Carlberg Carlson Carlsson Celik Chen Christensen Claesson Dahir Dahl Dahlberg Dahlgren Dahlin
    Dahlqvist Dahlström Dahlén Danielsson Davidsson Demir Dogan Doğan Edberg Edin Edlund Edman Edström
    Edvardsson Egal Einarsson Ek Ekberg Ekdahl Ekelund Ekholm Eklund Eklöf Ekman Ekstrand Ekström Eliasson
    Elmi Elofsson Emanuelsson Emilsson Engberg Engdahl Englund Engman Engström Engvall Ericson Ericsson
    Eriksson Erlandsson Fagerström Falk Farah Ferm Flink Folkesson Fors Forsberg Forsell Forsgren Forslund
    Forsman Frank Fransson Franzén Fredriksson Friberg Frid Frisk Gabrielsson Gashi Grahn Granath Granberg
    Granlund Granström Green Gren Grönlund Guled Gullberg Gunnarsson Gustafsson Gustavsson Göransson Haddad
    Hadzic Hadžić Hagberg Haglund Hagman Hagström Haidari Haji Hall Hallberg Hallgren Hallin Halvarsson
    Hamid Hammar Hammarström Hanna Hansen Hansson Haraldsson Hasan Hashi Hassan Hedberg Hedin Hedlund Hedman
    Hedström Heikkinen Helgesson Hellberg Hellgren Hellman Hellström Henningsson Henriksson Hermansson Hersi
    Hjalmarsson Hjelm Hjort Hodzic Hodžić Holgersson Holm Holmberg Holmgren Holmqvist Holmström Holst
    Hosseini Hult Hultgren Hultman Hussein Hägg Hägglund Häggström Hämäläinen Håkansson Högberg Höglund
    Ibrahim Ilic Ilić Ingvarsson Isaksson Ismail Israelsson Issa Isse Ivarsson Jacobsson Jafari Jakobsson
    Jama Jamal Jansson Jarl Jensen Jeppsson Johannesson Johansen Johansson Johnson Johnsson Jonasson Jonsson
    Josefsson Jovanovic Jovanović Juhlin Jönsson Jörgensen Karimi Karlberg Karlsson Karlström Kaya Khalil
    Khan Kjellberg Klasson Kling Knutsson Korhonen Koskinen Kovacevic Kovačević Kowalczyk Kowalski Krantz
    Kristensson Kristiansson Kristoffersson Kvist Källström Landin Landström Lantz Larsen Larsson
    Lennartsson Levin Li Lidström Lidén Lilja Liljegren Lind Lindahl Lindberg Lindblad Lindblom Linde
    Lindell Linder Lindfors Lindgren Lindh Lindholm Lindkvist Lindmark Lindquist Lindqvist Lindskog
    Lindström Lindvall Lindén Liu Ljung Ljungberg Ljunggren Ljungqvist Lund Lundberg Lundblad Lundell
    Lundgren Lundh Lundholm Lundin Lundkvist Lundmark Lundquist Lundqvist Lundström Löf Löfgren Lönn Lövgren
    Magnusson Mahmoud Malm Malmberg Malmgren Malmqvist Malmström Mansour Marklund Markovic Marković
    Martinsson Mattsson Melander Melin Mire Moberg Modig Mohamed Mohammad Mohammadi Mohammed Mohamud Molin
    Muhammad Mustafa Mäkinen Månsson Mårtensson Möller Nasser Nguyen Nielsen Nieminen Niklasson Nikolic
    Nikolić Nilsson Noor Norberg Nord Nordberg Nordgren Nordin Nordlander Nordlund Nordqvist Nordström
    Norgren Norlin Norling Norman Norrman Norén Nowak Nur Nyberg Nygren Nylander Nylén Nyman Nyström Näslund
    Ohlsson Olander Olausson Olofsson Olsen Olsson Omar Oskarsson Osman Ottosson Palm Palmgren Palmqvist
    Paulsson Pedersen Persson Petersen Petersson Petrovic Petrović Pettersson Pham Pihl Pålsson Rahimi Rask
    Rasmussen Rasuli Rehn Rezaei Robertsson Roble Roos Rosenberg Rosengren Rosenqvist Rosén Roth Rydberg
    Rydén Sahin Sahlin Said Salah Saleh Salomonsson Samuelsson Sandberg Sandell Sandgren Sandin Sandström
    Schmidt Selin Sheikh Simonsson Singh Sjöberg Sjöblom Sjödin Sjögren Sjöholm Sjölander Sjölin Sjölund
    Sjöstedt Sjöstrand Sjöström Skog Skoglund Skoog Sköld Smith Stark Steen Stenberg Stenlund Stenström
    Storm Strand Strandberg Strid Ström Strömberg Ståhl Sultani Sundberg Sundell Sundin Sundqvist Sundström
    Svahn Svanberg Svantesson Svedberg Svensson Svärd Söderberg Södergren Söderholm Söderlund Söderman
    Söderqvist Söderström Sörensen Thor Thorén Thulin Torstensson Tran Turesson Törnqvist Vallin Vesterlund
    Vestin Viberg Viklund Vikström Vilhelmsson Virtanen Wahlberg Wahlgren Wahlström Wall Wallgren Wallin
    Wallén Wang Warsame Wennberg Werner Westberg Wester Westerberg Westerlund Westin Westlund Westman Wiberg
    Widén Wiklund Wikman Wikström Wilhelmsson Winberg Wisniewski Yildiz Yilmaz Yusuf Yıldız Zetterberg Zhang
    Åberg Ågren Åkerlund Åkerman Åkesson Åsberg Åslund Åström Çelik Öberg Öhman Östberg Österberg Östling
    Östlund Östman Öztürk Şahin
""".split()
)

# Given names that are ordinary words (Swedish, English, Turkish, Finnish): names only with evidence, as
# the AMBIGUOUS ones, so they are in both sets (`Sol`, `Ask`, `Dina`, `Hope`, `Gift`, `Bahar`, `Lumi`).
WORD_GIVEN_NAMES: frozenset[str] = frozenset(
    """Sol Lilja Ask Dina Varg Hope Joy Faith Grace Summer Autumn Sky River Rain Star Sunny Angel Destiny
    Precious Gift Happy Princess Lucky Honey Pearl Melody Harmony Dawn Heaven Liberty Trinity Salam Umut
    Barış Baris Bahar Sevgi Lumi Usko Flora Roman Bethlehem""".split()
)
# Names that are also common words or places: need a surname or context.
AMBIGUOUS: frozenset[str] = (
    frozenset(
        """
    Albin Alm Alvar Amal Ana Anas Andres Ann April Asp August Augusti Axel Aya Ben Berg Björk Björn Blixt
    Blom Bo Borg Brink Britt Bror Bäck Can Dag Dahl Dan Del Deniz Ebba Egal Eino Ek Elmi Emin Enar
    Engelbrekt Esra Ester Falk Firas Flink Fors Frank Frans Fred Frid Frisk Gren Haben Haji Hakan Hall
    Hannes Hans Helga Hjort Holm Hult Hägg Inga Inge Inger Isa Jack Jama Jarl Jasmin Jon Juli Juni Junior
    Kaj Karl Kim Klara Knut Kvist Le Lee Lena Li Lilja Lina Lind Linda Lisa Liu Liv Ljung Lo Lotta Lova Love
    Lucia Lund Lönn Maj Malm Marina Mark Mars Mats Max Meja Mert Mila Milan Mina Mire Modig Murat Noor Nora
    Norberg Nord Norrman Nour Nova Nur Oliver Olle Palm Park Per Rana Rasha Rask Rim Rita Roos Rosa Rut Saba
    Saga Said Salah Sana Sanna Selam Signe Singh Skog Sköld Smith Sol Son Stark Steen Sten Stig Stjärna
    Storm Strand Strid Ström Sven Svärd Thor Tim Tina Tindra Tom Tuva Urban Valborg Vide Viking Vilhelmina
    Vilja Ville Viola Wall Wang Wester Will
""".split()
    )
    | WORD_GIVEN_NAMES
)

# Never a person name: places, organisations, calendar words; the last line: healthcare's units and agencies,
# capitalised where a name could stand (stop 37, blind 50: `på PIVA Visby`, `anmäla till IVO`, `Psykiatrin
# Dalarna`, `uppsöker Tandvårdens akutmottagning`).
NOT_NAMES: frozenset[str] = frozenset(
    """
    Akalla Alarm Alby Ale Alingsås Alvesta Aneby Angered Apoteket April Araby Arbetsförmedlingen Arboga
    Arjeplog Arnö Arvidsjaur Arvika Askersund Augusti Avarn Avdelningen Avesta BankID Bankid Bengtsfors Berg
    Biblioteket Biskopsgården Bjurholm Bjuv Björknäs Blekinge Boden Bollebygd Bollnäs Boo Borgholm Borlänge
    Borås Botkyrka Boxholm Brandkärr Brandkärrsskolan Bro Bromölla Bryngelstorp Bräcke Brå Burger Burlöv
    Bussen Båstad Centrum Coop Dalarna Dalarnas Danderyd Danmark Danviken December Degerfors Dorotea EST Eda
    Eid Ekerö Eksjö Ektorp Emmaboda Enköping Eskilstuna Eslöv Espresso Essunga Facebook Fagersta Falkenberg
    Falköping Falun Februari Filipstad Finland Finntorp Finspång Fisksätra Fittja Flen Forshaga Fredag
    Fritidsgård Fritidsgården Fröslunda Fältgruppen Färgelanda Försäkringskassan Gagnef Gamla Gislaved
    Gnesta Gnosjö Google Gotland Gotlands Gottsunda Grums Grästorp Gullspång Gällivare Gävle Gävleborg
    Göinge Götaland Götalands Göteborg Götene HSB Habo Hageby Hagfors Halland Hallands Halloween Hallsberg
    Hallstahammar Hallunda Halmstad Hammarkullen Hammarö Haninge Haparanda Harakärr Heby Hedemora
    Helsingborg Hemköp Henriksdal Herrljunga Hjo Hjulsta Hjällbo Hofors Holma Huddinge Hudiksvall Hultsfred
    Husby Hylte Hällefors Härjedalen Härnösand Härryda Hässleholm Håbo Höganäs Högsby Hörby Höstlov Höör ICA
    IKEA Ica Ikea Inre Instagram Isaksdal Januari Jokkmokk Jul Julafton Juli Jullov Juni Jämtland Jämtlands
    Järfälla Järla Jönköping Jönköpings Kalix Kalmar Karlsborg Karlshamn Karlskoga Karlskrona Karlstad
    Katrineholm Kil Kinda Kiruna Kista Klarna Klippan Knivsta Kommun Kommunen Kommunstyrelsen Kramfors
    Kriminalvården Kristianstad Kristinehamn Krokom Kronoberg Kronobergs Kronogården Kumla Kummelnäs
    Kungsbacka Kungsholmen Kungsör Kungälv Kustbevakningen Kyrkan Kävlinge Köping LSS Laholm Landskrona Laxå
    Lekeberg Leksand Lerum Lessebo Lgh Lidingö Lidköping Lidl Lilla Lindesberg Linköping Ljungby Ljusdal
    Ljusnarsberg Lomma Lucia Ludvika Luleå Lund Lycksele Lysekil Länsstyrelsen Långberg Långbergsskolan
    Lördag Maj Malmö Malung Malå Marieberg Mariebergsgården Mariestad Mark Markaryd Mars Max McDonalds
    Mellerud Midsommar Midsommarafton Migrationsverket Mitt Mjölby Mora Moskén Motala Mullsjö Munkedal
    Munkfors Måndag Mölndal Mönsterås Mörbylånga NOA Nacka Nationella Navestad Nedre Noa Nora Norberg Nord
    Nordanstig Nordmaling Norge Norr Norra Norrbotten Norrbottens Norrköping Norrmalm Norrtälje Norsborg
    Norsjö November Nya Nybro Nykvarn Nyköping Nyköpings Nyköpingshem Nynäshamn Nyår Nyårsafton Nässjö
    Ockelbo Oktober Olofström Onsdag Operativa Oppeby Orminge Orsa Orust Osby Oskarshamn Ovanåker Oxelösund
    Oxhagen Pajala Parken Partille Pendeltåget Perstorp Piteå Polis Polisen Polismyndigheten Pressbyrån Påsk
    Påskafton Ragunda Ramadan Region Regionen Rikshem Rinkeby Robertsfors Ronna Ronneby Rosengård Ryd
    Räddningstjänsten Rättvik SL SOS Saab Sala Salem Saltsjöbaden Saltsjöbanan Sandviken Sankt Sankta Scania
    Securitas September Sickla Sicklaön Sigfridsborg Sigfridsborgsskolan Signal Sigtuna Simrishamn Sjöbo
    Skara Skatteverket Skellefteå Skinnskatteberg Skolan Skolavslutning Skuru Skurup Skäggetorp Skärholmen
    Skåne Skövde Smedjebacken Snapchat Socialnämnden Socialtjänst Socialtjänsten Sollefteå Sollentuna Solna
    Sommarlov Sorsele Sotenäs Sportlov Staffanstorp Stan Stationen Stavsborg Stena Stensö Stenungsund
    Stockholm Stockholms Stora Storfors Storuman Strängnäs Strömstad Strömsund Sundbyberg Sundsvall Sunne
    Surahammar Svalöv Svedala Svenljunga Sverige Swish Syd Systembolaget Säffle Sälen Säter Sävsjö Söder
    Söderhamn Söderköping Södermalm Södermanland Södermanlands Södertälje Södra Sölvesborg Söndag Tanum
    Tele2 Telegram Telenor Telia Tensta Tibro Tidaholm Tierp TikTok Timrå Tingsryd Tisdag Tjörn Tollare
    Tomelilla Torget Torsby Torsdag Torsås Tpl Trafikverket Tranemo Transportstyrelsen Tranås Trelleborg
    Trettondagen Trollhättan Trosa Tullverket Tunnelbanan Tyresö Täby Töreboda Uddevalla Ulricehamn Umeå
    Uppland Upplands Uppsala Uppvidinge Vadstena Vaggeryd Valborg Valborgsmässoafton Valdemarsvik Vallentuna
    Vansbro Vara Varberg Vasastan Vaxholm Vellinge Vetlanda Vilhelmina Vimmerby Vindeln Vingåker Vivalla
    Volvo Vänersborg Vännäs Värmdö Värmland Värmlands Värnamo Väsby Väst Väster Västerbotten Västerbottens
    Västernorrland Västernorrlands Västervik Västerås Västmanland Västmanlands Västra Växjö Vårdcentralen
    Vårgårda Nokas Addici Dussmann Coor Sodexo Samhall Loomis Prosegur Aftonbladet Expressen
    Mitti Sydsvenskan Corren Nackaposten Dagbladet Nyheter Omni Ekot Metro Lokaltidningen
    Wallenstam WhatsApp Whatsapp Willys Ydre YouTube Youtube Ystad Yttre Älmhult Älta Ältasjön
    Älvdalen Älvkarleby Älvsbyn Ängelholm Åmål Ånge Åre Årjäng Åsele Åstorp Åtvidaberg Öckerö Ödeshög Örebro
    Örkelljunga Örnsköldsvik Öst Öster Östergötland Östergötlands Östermalm Östersund Österåker Östhammar
    Östra Överkalix Övertorneå Övre
    IVA PIVA IVO NUS SUS BUP KAVA MAVA HIA Psykiatri Psykiatrin Psykiatriska Psykiatrins Tandvården
    Tandvårdens Sjukhusapoteket Geriatrik Geriatriken Akuten Akutmottagningen Ambulansen Ambulanssjukvården
    Vuxenpsykiatrin Barnpsykiatrin Rättspsykiatrin
""".split()
) | frozenset(
    # stop 27: slang and interjections of young people's texts (`Guss i 8an berättade`, `Khalas`, `Yani
    # min son`, `sa Perkele`), capitalised where a name could stand; `Aina` and `Habibi` are names too
    """Guss Khalas Yani Yanni Yalla Jalla Wallah Walla Wollah Perkele Shuno Shunne Inshallah Mashallah Keff
    Abow""".split()
)


def _world(kind: str) -> frozenset[str]:
    path = Path(__file__).resolve().parents[1] / "data" / "names_world.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line[2:] for line in lines if line.startswith(kind + " "))


WORLD_COMMON: frozenset[str] = _world("C") - NOT_NAMES  # also found in lowercase without context
WORLD_FIRST: frozenset[str] = (_world("F") | WORLD_COMMON) - NOT_NAMES
WORLD_LAST: frozenset[str] = _world("L") - NOT_NAMES - WORLD_FIRST
FIRST_NAMES: frozenset[str] = SWEDISH_FIRST_NAMES | WORLD_FIRST | WORD_GIVEN_NAMES
LAST_NAMES: frozenset[str] = SWEDISH_LAST_NAMES | WORLD_LAST
