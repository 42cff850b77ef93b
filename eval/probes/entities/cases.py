# Probe cases for entity spans, kinds and merges (newslens, docs/annotation.md).
# Each case: (id, desk, body, entities, ignore)
#   entities: list of (kind, forms); kind is P person, O organization, L place, G group, M misc,
#             or alternatives "O|G" (either is accepted); forms as in eval/*.json: a string claims
#             every whole-word occurrence (case-sensitive), (text, [nth...]) only those.
#   ignore:   forms whose occurrences are not scored (the guideline leaves them open).
C = []
def case(cid, desk, body, ents, ignore=()):
    C.append((cid, desk, body, ents, list(ignore)))

# ---------------- business ----------------
case("b01", "business", "Tesco has reported record profits for the year, driven by strong sales of non-food goods. The supermarket said group sales rose 11%. Tesco's chief executive, Sir Terry Leahy, said the firm would open 40 new stores in Poland and Hungary.",
     [("O", ["Tesco"]), ("P", ["Terry Leahy"]), ("L", ["Poland"]), ("L", ["Hungary"])])
case("b02", "business", "Shares in Marks & Spencer rose 3% after the retailer said it would sell its financial services arm to HSBC. M&S chairman Paul Myners said the deal valued the unit at £762m.",
     [("O", ["Marks & Spencer", "M&S"]), ("O", ["HSBC"]), ("P", ["Paul Myners"])])
case("b03", "business", "Virgin Atlantic is to buy six new Airbus A380 jets, founder Sir Richard Branson said on Tuesday. Virgin's rival British Airways has not ordered the superjumbo.",
     [("O", ["Virgin Atlantic", "Virgin"]), ("M", ["Airbus A380"]), ("P", ["Richard Branson"]), ("O", ["British Airways"])])
case("b04", "business", "Texas Instruments reported a 20% jump in quarterly earnings, beating forecasts. The Dallas-based chipmaker said demand for mobile phone chips from Nokia and Motorola remained strong.",
     [("O", ["Texas Instruments"]), ("L", ["Dallas"]), ("O", ["Nokia"]), ("O", ["Motorola"])])
case("b05", "business", "The FTSE 100 index closed 23.4 points higher at 4,978.2, with mining stocks such as Anglo American and BHP Billiton leading the gains. In New York, the Dow Jones Industrial Average fell 0.3%.",
     [("M", ["FTSE 100"]), ("O", ["Anglo American"]), ("O", ["BHP Billiton"]), ("L", ["New York"]), ("M", ["Dow Jones Industrial Average"])])
case("b06", "business", "Deutsche Bank has agreed to pay $208m to settle claims over its role in the collapse of WorldCom. Germany's largest bank said the settlement would not affect its profits. Josef Ackermann, Deutsche's chief executive, is on trial in Duesseldorf.",
     [("O", ["Deutsche Bank", "Deutsche"]), ("O", ["WorldCom"]), ("L", ["Germany"]), ("P", ["Josef Ackermann"]), ("L", ["Duesseldorf"])])
case("b07", "business", "The Bank of England left interest rates unchanged at 4.75% on Thursday. Governor Mervyn King said the Monetary Policy Committee would watch house prices closely.",
     [("O", ["Bank of England"]), ("P", ["Mervyn King"]), ("O", ["Monetary Policy Committee"])])
case("b08", "business", "Sainsbury's, the UK's third-largest supermarket chain, warned that profits would fall. Chief executive Justin King said Sainsbury's had lost ground to Asda, which is owned by Wal-Mart.",
     [("O", ["Sainsbury's"]), ("L", ["UK"]), ("P", ["Justin King"]), ("O", ["Asda"]), ("O", ["Wal-Mart"])])
case("b09", "business", "General Motors and Ford both reported falling US sales in February. GM's sales dropped 12%, while Ford said its Explorer sport utility vehicle had been hit by higher petrol prices.",
     [("O", ["General Motors", "GM"]), ("O", ["Ford"]), ("L", ["US"]), ("M", ["Explorer"])])
case("b10", "business", "Japan's Nikkei 225 index rose 1.2% as exporters such as Toyota and Canon gained on a weaker yen. Sony's shares, however, slipped after the electronics giant cut its profit forecast.",
     [("L", ["Japan"]), ("M", ["Nikkei 225"]), ("O", ["Toyota"]), ("O", ["Canon"]), ("O", ["Sony"])])
case("b11", "business", "Yukos, the Russian oil firm, has filed for bankruptcy protection in Houston. A US judge will decide whether the court has jurisdiction over the Moscow-based company.",
     [("O", ["Yukos"]), ("G", ["Russian"]), ("L", ["Houston"]), ("L", ["US"]), ("L", ["Moscow"])])
case("b12", "business", "Low-cost airline Ryanair has ordered 70 Boeing 737 aircraft. Michael O'Leary, Ryanair's boss, said the deal with Boeing would let the Irish carrier double its fleet.",
     [("O", ["Ryanair"]), ("M", ["Boeing 737"]), ("O", ["Boeing"]), ("P", ["Michael O'Leary"]), ("G", ["Irish"])])
case("b13", "business", "Goldman Sachs, Morgan Stanley and Lehman Brothers all beat profit forecasts this quarter. Analysts said Wall Street's biggest banks were enjoying a boom in bond trading.",
     [("O", ["Goldman Sachs"]), ("O", ["Morgan Stanley"]), ("O", ["Lehman Brothers"]), ("L|O", ["Wall Street"])])
case("b14", "business", "Standard Life, Europe's biggest mutual insurer, plans to float on the London Stock Exchange next year. The Edinburgh-based group has 2.3 million members.",
     [("O", ["Standard Life"]), ("L", ["Europe"]), ("O", ["London Stock Exchange"]), ("L", ["Edinburgh"])])
case("b15", "business", "Nestle said sales of KitKat and Nescafe had slowed in western Europe. The Swiss food giant's chief executive, Peter Brabeck-Letmathe, said Nestle would cut costs.",
     [("O", ["Nestle"]), ("M", ["KitKat"]), ("M", ["Nescafe"]), ("L", ["Europe"]), ("G", ["Swiss"]), ("P", ["Peter Brabeck-Letmathe"])])
case("x01", "business", "Procter & Gamble is to buy Gillette for $57bn, creating the world's largest consumer goods company. The maker of Pampers nappies and Tide detergent said Gillette's razors fitted well.",
     [("O", ["Procter & Gamble"]), ("O", ["Gillette"]), ("M", ["Pampers"]), ("M", ["Tide"])])
case("x02", "business", "John Lewis, the department store group, reported a 9% rise in Christmas sales. Its Waitrose supermarkets also did well.",
     [("O", ["John Lewis"]), ("O", ["Waitrose"])], ["Christmas"])
case("x03", "business", "Ben & Jerry's, the ice cream maker owned by Unilever, is to open 20 shops in Britain.",
     [("O", ["Ben & Jerry's"]), ("O", ["Unilever"]), ("L", ["Britain"])])
case("x04", "business", "Ernst & Young has been fined by regulators over its audit of Equitable Life. Johnson & Johnson, meanwhile, agreed to buy Guidant.",
     [("O", ["Ernst & Young"]), ("O", ["Equitable Life"]), ("O", ["Johnson & Johnson"]), ("O", ["Guidant"])])
case("x05", "business", "Franco-German relations have improved, while the Anglo-Dutch oil group Shell faces a US-Russia row over Sakhalin.",
     [("G", ["Franco-German"]), ("G", ["Anglo-Dutch"]), ("O", ["Shell"]), ("L", ["US"]), ("L", ["Russia"]), ("L", ["Sakhalin"])])
case("x11", "business", "Ford Motor's Jaguar unit will cut 1,150 jobs at its Browns Lane plant in Coventry. The carmaker said the new Jaguar XK would be built at Castle Bromwich.",
     [("O", ["Ford Motor"]), ("O", [("Jaguar", [1])]), ("L", ["Browns Lane"]), ("L", ["Coventry"]), ("M", ["Jaguar XK"]), ("L", ["Castle Bromwich"])])
case("x12", "business", "Shares in Royal Bank of Scotland (RBS) fell after the bank said bad debts at its US arm, Citizens, had risen. RBS chief Fred Goodwin said the outlook was good.",
     [("O", ["Royal Bank of Scotland", "RBS"]), ("L", ["US"]), ("O", ["Citizens"]), ("P", ["Fred Goodwin"])])
case("x13", "business", "Sportswear maker Adidas is to buy rival Reebok. The German company said Reebok's strength in the US would complement its own.",
     [("O", ["Adidas"]), ("O", ["Reebok"]), ("G", ["German"]), ("L", ["US"])])
case("x14", "business", "Morrisons, which bought Safeway last year, has issued its third profit warning. Chairman Sir Ken Morrison said the integration of Safeway's stores was taking longer than planned.",
     [("O", ["Morrisons"]), ("O", ["Safeway"]), ("P", ["Ken Morrison"])])
case("x15", "business", "Rupert Murdoch's News Corporation has bought the website MySpace. The owner of the Sun and Fox News said MySpace would help it reach young people.",
     [("P", ["Rupert Murdoch"]), ("O", ["News Corporation"]), ("O", ["MySpace"]), ("O", ["Sun"]), ("O", ["Fox News"])])
case("x16", "business", "Stagecoach said passenger numbers on South West Trains rose 5%. The Perth-based transport group also runs Megabus.",
     [("O", ["Stagecoach"]), ("O", ["South West Trains"]), ("L", ["Perth"]), ("O", ["Megabus"])])
case("m01", "business", "Vodafone, the world's largest mobile phone operator, reported a 24% rise in subscribers. Vodafone Group chief executive Arun Sarin said the firm would launch new services in Spain. Mr Sarin added that Vodafone's Japanese unit was still struggling. Sarin has been in the job since 2003.",
     [("O", ["Vodafone", "Vodafone Group"]), ("P", ["Arun Sarin", "Sarin"]), ("L", ["Spain"]), ("G", ["Japanese"])])
case("m02", "business", "Hewlett-Packard has ousted its chief executive, Carly Fiorina. HP's board said Ms Fiorina had failed to revive the company. Fiorina, who led the 2002 merger with Compaq, will receive $21m.",
     [("O", ["Hewlett-Packard", "HP"]), ("P", ["Carly Fiorina", "Fiorina"]), ("O", ["Compaq"])])
case("m03", "business", "The Federal Reserve raised its key interest rate to 2.5% on Tuesday. Fed chairman Alan Greenspan said inflation was under control. Greenspan will step down next year.",
     [("O", ["Federal Reserve", "Fed"]), ("P", ["Alan Greenspan", "Greenspan"])])
case("m04", "business", "The International Monetary Fund has urged Argentina to settle with its creditors. The IMF said its patience was not unlimited, according to Argentine Economy Minister Roberto Lavagna.",
     [("O", ["International Monetary Fund", "IMF"]), ("L", ["Argentina"]), ("G", ["Argentine"]), ("P", ["Roberto Lavagna"])])
case("m06", "business", "Abbey, the UK's sixth-largest bank, has been bought by Spain's Santander. Abbey National's shareholders approved the £9.5bn takeover. Banco Santander Central Hispano will keep the Abbey brand.",
     [("O", ["Abbey", "Abbey National"]), ("L", ["UK"]), ("L", ["Spain"]), ("O", ["Santander", "Banco Santander Central Hispano"])])
case("m07", "business", "Wal-Mart Stores said sales rose 10%. The Bentonville, Arkansas-based retailer also owns Asda in the UK. Wal-Mart's chief executive, Lee Scott, said the company faced tough competition from Target.",
     [("O", ["Wal-Mart Stores", "Wal-Mart"]), ("L", ["Bentonville"]), ("L", ["Arkansas"]), ("O", ["Asda"]), ("L", ["UK"]), ("P", ["Lee Scott"]), ("O", ["Target"])])

# ---------------- politics ----------------
case("p01", "politics", "Gordon Brown has promised to cut taxes for pensioners next week. Mr Brown told the Commons that the economy was growing faster than forecast. Brown's critics in the Conservative Party said the figures did not add up.",
     [("P", ["Gordon Brown", "Brown"]), ("O", ["Commons"]), ("O", ["Conservative Party"])])
case("p02", "politics", "The Liberal Democrats have unveiled plans to scrap council tax. Lib Dem leader Charles Kennedy said a local income tax would be fairer. The Tories and Labour both attacked the proposal.",
     [("O", ["Liberal Democrats", "Lib Dem"]), ("P", ["Charles Kennedy"]), ("O|G", ["Tories"]), ("O", ["Labour"])])
case("p03", "politics", "The Public Accounts Committee has criticised the Ministry of Defence (MoD) over the cost of new helicopters. Committee chairman Edward Leigh said the MoD had wasted millions.",
     [("O", ["Public Accounts Committee"]), ("O", ["Ministry of Defence", "MoD"]), ("P", ["Edward Leigh"])])
case("p04", "politics", "US Secretary of State Condoleezza Rice arrived in Berlin on Wednesday for talks with German Chancellor Gerhard Schroeder. Ms Rice later flew to Paris to meet Jacques Chirac.",
     [("L", ["US"]), ("P", ["Condoleezza Rice", "Rice"]), ("L", ["Berlin"]), ("G", ["German"]), ("P", ["Gerhard Schroeder"]), ("L", ["Paris"]), ("P", ["Jacques Chirac"])])
case("p05", "politics", "Democrats in the Senate have vowed to block President Bush's plan to overhaul pensions. Senator Harry Reid of Nevada, the Democratic leader, said the plan would cut benefits. Republicans hold 55 of the 100 seats.",
     [("G", ["Democrats", "Democratic"]), ("O", ["Senate"]), ("P", ["Bush"]), ("P", ["Harry Reid"]), ("L", ["Nevada"]), ("G", ["Republicans"])])
case("p06", "politics", "The European Commission has fined Microsoft for abusing its dominance. Competition commissioner Neelie Kroes said the EU would not tolerate delays. Brussels wants the US software giant to share code with rivals.",
     [("O", ["European Commission"]), ("O", ["Microsoft"]), ("P", ["Neelie Kroes"]), ("O|L", ["EU"]), ("L", ["Brussels"]), ("L", ["US"])])
case("p07", "politics", "Ukraine's new president, Viktor Yushchenko, has asked Nato and the European Union to open talks on membership. Kiev wants to join the alliance by 2008, Mr Yushchenko said.",
     [("L", ["Ukraine"]), ("P", ["Viktor Yushchenko", "Yushchenko"]), ("O", ["Nato"]), ("O|L", ["European Union"]), ("L", ["Kiev"])])
case("p08", "politics", "The Home Office has published plans for identity cards. Home Secretary Charles Clarke told MPs the cards would help fight terrorism, but the Liberal Democrats and civil liberties group Liberty oppose them.",
     [("O", ["Home Office"]), ("P", ["Charles Clarke"]), ("O", ["Liberal Democrats"]), ("O", ["Liberty"])])
case("p09", "politics", "Israeli Prime Minister Ariel Sharon and Palestinian leader Mahmoud Abbas met in the Egyptian resort of Sharm el-Sheikh. Hamas and Islamic Jihad said they were not bound by the ceasefire.",
     [("G", ["Israeli"]), ("P", ["Ariel Sharon"]), ("G", ["Palestinian"]), ("P", ["Mahmoud Abbas"]), ("G", ["Egyptian"]), ("L", ["Sharm el-Sheikh"]), ("O", ["Hamas"]), ("O", ["Islamic Jihad"])])
case("p10", "politics", "Tony Blair will face questions from the Liaison Committee on Tuesday. Downing Street said the prime minister would defend his record on Iraq. Number 10 also denied reports of a rift with the Treasury.",
     [("P", ["Tony Blair"]), ("O", ["Liaison Committee"]), ("O", ["Downing Street", "Number 10"]), ("L", ["Iraq"]), ("O", ["Treasury"])])
case("p11", "politics", "The UN Security Council has voted to send 10,000 peacekeepers to Sudan. Secretary-General Kofi Annan welcomed the resolution, and the African Union said it would add troops in Darfur.",
     [("O", ["UN Security Council"]), ("L", ["Sudan"]), ("P", ["Kofi Annan"]), ("O", ["African Union"]), ("L", ["Darfur"])])
case("p12", "politics", "Germany's Social Democrats lost a key state election in Schleswig-Holstein on Sunday. The Christian Democratic Union (CDU) won 40% of the vote.",
     [("L", ["Germany"]), ("O|G", ["Social Democrats"]), ("L", ["Schleswig-Holstein"]), ("O", ["Christian Democratic Union", "CDU"])])
case("p13", "politics", "The Scottish Parliament has voted to ban smoking in public places. First Minister Jack McConnell said Holyrood had made history.",
     [("O", ["Scottish Parliament"]), ("P", ["Jack McConnell"]), ("O", ["Holyrood"])])
case("p14", "politics", "French voters will decide on the EU constitution in a referendum in May. President Jacques Chirac's UMP party backs a Yes vote, but the Socialists are split.",
     [("G", ["French"]), ("O|L", ["EU"]), ("P", ["Jacques Chirac"]), ("O", ["UMP"]), ("O|G", ["Socialists"])], ["Yes"])
case("p15", "politics", "Senator John McCain, an Arizona Republican, said the Pentagon had mishandled the contract with Boeing.",
     [("P", ["John McCain"]), ("L", ["Arizona"]), ("G", ["Republican"]), ("O", ["Pentagon"]), ("O", ["Boeing"])])
case("m08", "politics", "Boris Johnson, the Conservative MP for Henley, has apologised to Liverpool. Mr Johnson, who edits the Spectator, said an editorial had been wrong. Liverpool City Council leader Mike Storey accepted the apology.",
     [("P", ["Boris Johnson", "Johnson"]), ("G|O", ["Conservative"]), ("L", ["Henley"]), ("L", ["Liverpool"]), ("O", ["Spectator"]), ("O", ["Liverpool City Council"]), ("P", ["Mike Storey"])])

# ---------------- sport ----------------
case("s01", "sport", "Chelsea beat Arsenal 2-1 at Stamford Bridge to go nine points clear at the top of the Premiership. Jose Mourinho's side were behind until Frank Lampard equalised.",
     [("O", ["Chelsea"]), ("O", ["Arsenal"]), ("L", ["Stamford Bridge"]), ("M", ["Premiership"]), ("P", ["Jose Mourinho"]), ("P", ["Frank Lampard"])])
case("s02", "sport", "England will face Wales at the Millennium Stadium in the opening game of the Six Nations. England coach Andy Robinson has recalled winger Jason Robinson.",
     [("O", ["England"]), ("O", ["Wales"]), ("L", ["Millennium Stadium"]), ("M", ["Six Nations"]), ("P", ["Andy Robinson"]), ("P", ["Jason Robinson"])])
case("s03", "sport", "Manchester United have signed striker Wayne Rooney from Everton for £27m. Sir Alex Ferguson said Rooney would make his debut against Fenerbahce in the Champions League.",
     [("O", ["Manchester United"]), ("P", ["Wayne Rooney", "Rooney"]), ("O", ["Everton"]), ("P", ["Alex Ferguson"]), ("O", ["Fenerbahce"]), ("M", ["Champions League"])])
case("s04", "sport", "Roger Federer beat Andy Roddick in straight sets to win his second Wimbledon title. The Swiss world number one has now won four major titles.",
     [("P", ["Roger Federer"]), ("P", ["Andy Roddick"]), ("M", ["Wimbledon"]), ("G", ["Swiss"])])
case("s05", "sport", "Celtic and Rangers will meet in the Scottish Cup final at Hampden Park. Rangers manager Alex McLeish said his players were ready.",
     [("O", ["Celtic"]), ("O", ["Rangers"]), ("M", ["Scottish Cup"]), ("L", ["Hampden Park"]), ("P", ["Alex McLeish"])])
case("s06", "sport", "Liverpool's Steven Gerrard has rejected a move to Real Madrid. The Spanish club had offered £40m for the England captain.",
     [("O", ["Liverpool"]), ("P", ["Steven Gerrard"]), ("O", ["Real Madrid"]), ("G", ["Spanish"]), ("O", ["England"])])
case("s07", "sport", "Paula Radcliffe will run in the London Marathon in April, her agent said. The world record holder pulled out of the Olympic marathon in Athens last August.",
     [("P", ["Paula Radcliffe"]), ("M", ["London Marathon"]), ("L", ["Athens"])], ["Olympic"])
case("s08", "sport", "Ferrari's Michael Schumacher finished only seventh in the Australian Grand Prix in Melbourne. Renault driver Giancarlo Fisichella won the race.",
     [("O", ["Ferrari"]), ("P", ["Michael Schumacher"]), ("M", ["Australian Grand Prix"]), ("L", ["Melbourne"]), ("O", ["Renault"]), ("P", ["Giancarlo Fisichella"])])
case("s09", "sport", "Tiger Woods won the Ford Championship at Doral in Miami on Sunday, beating Phil Mickelson by one shot. Woods returns to world number one.",
     [("P", ["Tiger Woods", "Woods"]), ("M", ["Ford Championship"]), ("L", ["Doral"]), ("L", ["Miami"]), ("P", ["Phil Mickelson"])])
case("s10", "sport", "Newcastle United striker Alan Shearer says he will retire at the end of the season. The 34-year-old has scored 200 goals for Newcastle, and said St James' Park would always be his home.",
     [("O", ["Newcastle United", "Newcastle"]), ("P", ["Alan Shearer"]), ("L", ["St James' Park"])])
case("s11", "sport", "The New England Patriots beat the Philadelphia Eagles 24-21 to win the Super Bowl in Jacksonville, Florida. Patriots quarterback Tom Brady was named most valuable player.",
     [("O", ["New England Patriots", "Patriots"]), ("O", ["Philadelphia Eagles"]), ("M", ["Super Bowl"]), ("L", ["Jacksonville"]), ("L", ["Florida"]), ("P", ["Tom Brady"])])
case("s12", "sport", "Brazil beat Argentina 3-1 in Belo Horizonte to top the South American qualifying group for the World Cup. Ronaldo scored a hat-trick of penalties.",
     [("O", ["Brazil"]), ("O", ["Argentina"]), ("L", ["Belo Horizonte"]), ("G", ["South American"]), ("M", ["World Cup"]), ("P", ["Ronaldo"])])
case("x09", "sport", "Lincoln City beat Darlington 2-0 to move into the League Two play-off places. Lincoln manager Keith Alexander praised his defence.",
     [("O", ["Lincoln City", "Lincoln"]), ("O", ["Darlington"]), ("M", ["League Two"]), ("P", ["Keith Alexander"])])
case("m05", "sport", "Manchester City manager Kevin Keegan has resigned. City chairman John Wardle said Keegan had left by mutual consent. Stuart Pearce will take over at the City of Manchester Stadium.",
     [("O", ["Manchester City", ("City", [1])]), ("P", ["Kevin Keegan", "Keegan"]), ("P", ["John Wardle"]), ("P", ["Stuart Pearce"]), ("L", ["City of Manchester Stadium"])])

# ---------------- entertainment ----------------
case("e01", "entertainment", "The band Franz Ferdinand won two awards at the Brit Awards in London on Wednesday. The Glasgow group's self-titled debut album has sold more than a million copies.",
     [("O", ["Franz Ferdinand"]), ("M", ["Brit Awards"]), ("L", ["London"]), ("L", ["Glasgow"])])
case("e02", "entertainment", "Martin Scorsese's The Aviator led the field with 11 Oscar nominations, ahead of Finding Neverland and Million Dollar Baby. Clint Eastwood directed Million Dollar Baby.",
     [("P", ["Martin Scorsese"]), ("M", ["The Aviator"]), ("M", ["Oscar"]), ("M", ["Finding Neverland"]), ("M", ["Million Dollar Baby"]), ("P", ["Clint Eastwood"])])
case("e03", "entertainment", "U2 are to headline the Glastonbury festival in June, organiser Michael Eavis said. Bono's band released their album How to Dismantle an Atomic Bomb last year.",
     [("O", ["U2"]), ("P", ["Michael Eavis"]), ("P", ["Bono"]), ("M", ["How to Dismantle an Atomic Bomb"])], ["Glastonbury"])
case("e04", "entertainment", "Coldplay singer Chris Martin and his wife Gwyneth Paltrow have named their son Moses. The couple's daughter, Apple, was born in 2004.",
     [("O", ["Coldplay"]), ("P", ["Chris Martin"]), ("P", ["Gwyneth Paltrow"]), ("P", ["Moses"]), ("P", ["Apple"])])
case("e05", "entertainment", "The BBC has commissioned a new series of Doctor Who, starring Christopher Eccleston. The show will be broadcast on BBC One in March.",
     [("O", ["BBC"]), ("M", ["Doctor Who"]), ("P", ["Christopher Eccleston"]), ("O", ["BBC One"])])
case("e06", "entertainment", "Pop star Robbie Williams topped the UK album chart with Greatest Hits, knocking Green Day's American Idiot off the top spot.",
     [("P", ["Robbie Williams"]), ("L", ["UK"]), ("M", ["Greatest Hits"]), ("O", ["Green Day"]), ("M", ["American Idiot"])])
case("e07", "entertainment", "Harry Potter author JK Rowling has revealed the title of the sixth book, Harry Potter and the Half-Blood Prince. Bloomsbury will publish it in July.",
     [("M|P", ["Harry Potter"]), ("P", ["JK Rowling"]), ("M", ["Harry Potter and the Half-Blood Prince"]), ("O", ["Bloomsbury"])])
case("e08", "entertainment", "Jamie Foxx won the best actor Oscar for his role in Ray, the film about soul singer Ray Charles. The ceremony at the Kodak Theatre in Hollywood was watched by 42 million Americans.",
     [("P", ["Jamie Foxx"]), ("M", ["Oscar"]), ("M", [("Ray", [1])]), ("P", ["Ray Charles"]), ("L", ["Kodak Theatre"]), ("L", ["Hollywood"]), ("G", ["Americans"])])
case("e09", "entertainment", "The Rolling Stones will tour North America this summer, Mick Jagger announced. The Stones last toured in 2003.",
     [("O", ["Rolling Stones", "Stones"]), ("L", ["North America"]), ("P", ["Mick Jagger"])])
case("e10", "entertainment", "Desperate Housewives and Lost have given ABC its best ratings in years. The network's drama Grey's Anatomy starts next month.",
     [("M", ["Desperate Housewives"]), ("M", ["Lost"]), ("O", ["ABC"]), ("M", ["Grey's Anatomy"])])
case("e11", "entertainment", "The Cannes Film Festival will open with Woody Allen's Match Point, organisers said. The Palme d'Or jury will be headed by Emir Kusturica.",
     [("M", ["Cannes Film Festival"]), ("P", ["Woody Allen"]), ("M", ["Match Point"]), ("M", ["Palme d'Or"]), ("P", ["Emir Kusturica"])])
case("e12", "entertainment", "Kylie Minogue has cancelled her Showgirl tour after being diagnosed with breast cancer. Her sister Dannii said the family was shocked.",
     [("P", ["Kylie Minogue"]), ("M", ["Showgirl"]), ("P", ["Dannii"])])
case("e13", "entertainment", "The Arctic Monkeys' debut single went straight to number one. The Sheffield band were signed by Domino Records.",
     [("O", ["Arctic Monkeys"]), ("L", ["Sheffield"]), ("O", ["Domino Records"])])
case("e14", "entertainment", "Madonna's film Swept Away was the big winner at the Golden Raspberry Awards. Madonna shared the worst actress prize with Catwoman star Halle Berry.",
     [("P", ["Madonna"]), ("M", ["Swept Away"]), ("M", ["Golden Raspberry Awards"]), ("M", ["Catwoman"]), ("P", ["Halle Berry"])])
case("e15", "entertainment", "Keane, the Kaiser Chiefs and Snow Patrol are among the acts nominated for the Mercury Music Prize.",
     [("O", ["Keane"]), ("O", ["Kaiser Chiefs"]), ("O", ["Snow Patrol"]), ("M", ["Mercury Music Prize"])])
case("e16", "entertainment", "Sarah Jessica Parker will star in a film version of Sex and the City, HBO said. The cable channel's hit show ended last year.",
     [("P", ["Sarah Jessica Parker"]), ("M", ["Sex and the City"]), ("O", ["HBO"])])

# ---------------- tech ----------------
case("t01", "tech", "Apple has sold more than 10 million iPods, boss Steve Jobs said. The firm also unveiled a cheaper Mac mini and the iPod shuffle at the Macworld show in San Francisco.",
     [("O", ["Apple"]), ("M", ["iPods"]), ("P", ["Steve Jobs"]), ("M", ["Mac mini"]), ("M", ["iPod shuffle"]), ("M", ["Macworld"]), ("L", ["San Francisco"])])
case("t02", "tech", "Google's shares jumped 7% after the search engine reported a sevenfold rise in profits. Rivals Yahoo and Microsoft's MSN are racing to improve their own search tools.",
     [("O", ["Google"]), ("O", ["Yahoo"]), ("O", ["Microsoft"]), ("O", ["MSN"])])
case("t03", "tech", "Sony will launch its PlayStation Portable in Europe in September. The handheld console, known as the PSP, has sold 1 million units in Japan, where it competes with Nintendo's DS.",
     [("O", ["Sony"]), ("M", ["PlayStation Portable", "PSP"]), ("L", ["Europe"]), ("L", ["Japan"]), ("O", ["Nintendo"]), ("M", ["DS"])])
case("t04", "tech", "Hackers have exploited a flaw in Internet Explorer to spread a virus called Bropia through MSN Messenger. Security firm Sophos advised users to switch to Firefox.",
     [("M", ["Internet Explorer"]), ("M", ["Bropia"]), ("M", ["MSN Messenger"]), ("O", ["Sophos"]), ("M", ["Firefox"])])
case("t05", "tech", "Half-Life 2, the sequel to the hit shooter, was named game of the year. Its developer, Valve, beat Halo 2 maker Bungie and Electronic Arts.",
     [("M", ["Half-Life 2"]), ("O", ["Valve"]), ("M", ["Halo 2"]), ("O", ["Bungie"]), ("O", ["Electronic Arts"])])
case("t06", "tech", "IBM has sold its personal computer business to China's Lenovo for $1.25bn. The deal makes Lenovo the world's third-largest computer maker, behind Dell and Hewlett-Packard.",
     [("O", ["IBM"]), ("L", ["China"]), ("O", ["Lenovo"]), ("O", ["Dell"]), ("O", ["Hewlett-Packard"])])
case("t07", "tech", "Skype, the internet telephony firm, says 29 million people have downloaded its software. Founders Niklas Zennstrom and Janus Friis also set up the file-sharing network Kazaa.",
     [("O", ["Skype"]), ("P", ["Niklas Zennstrom"]), ("P", ["Janus Friis"]), ("O|M", ["Kazaa"])])
case("t08", "tech", "Nokia has unveiled three new handsets, including the N90, which has a lens made by Carl Zeiss. The Finnish firm hopes the phones will win back customers from Samsung.",
     [("O", ["Nokia"]), ("M", ["N90"]), ("O", ["Carl Zeiss"]), ("G", ["Finnish"]), ("O", ["Samsung"])])
case("t09", "tech", "BT is to offer broadband to 99.6% of UK homes by the summer. BT Retail chief executive Ian Livingston said the telecoms giant would also launch a TV service.",
     [("O", ["BT"]), ("L", ["UK"]), ("O", ["BT Retail"]), ("P", ["Ian Livingston"])])
case("t10", "tech", "Intel has cut the price of its Pentium 4 processors ahead of a launch by rival AMD. Intel's chips power 80% of the world's computers.",
     [("O", ["Intel"]), ("M", ["Pentium 4"]), ("O", ["AMD"])])
case("t11", "tech", "eBay has bought Rent.com for $415m. The online auction site said the deal would boost its classified advertising business.",
     [("O", ["eBay"]), ("O", ["Rent.com"])])
case("t12", "tech", "The Xbox 360 will go on sale in November, Microsoft said. Bill Gates told the Consumer Electronics Show in Las Vegas that Windows XP Media Center would work with the console.",
     [("M", ["Xbox 360"]), ("O", ["Microsoft"]), ("P", ["Bill Gates"]), ("M", ["Consumer Electronics Show"]), ("L", ["Las Vegas"]), ("M", ["Windows XP Media Center"])])
case("t13", "tech", "Windows users were urged to update their software after the Sasser worm infected millions of computers. Sven Jaschan, an 18-year-old German, admitted writing the worm.",
     [("M", ["Windows"]), ("M", ["Sasser"]), ("P", ["Sven Jaschan"]), ("G", ["German"])])
case("t14", "tech", "Research In Motion, the maker of the BlackBerry, has settled a patent dispute with NTP. RIM will pay $450m.",
     [("O", ["Research In Motion", "RIM"]), ("M", ["BlackBerry"]), ("O", ["NTP"])])
case("t15", "tech", "Video game firm Take-Two has delayed Grand Theft Auto: Liberty City Stories for the PSP. Rockstar, the Take-Two studio behind the series, declined to comment.",
     [("O", ["Take-Two"]), ("M", ["Grand Theft Auto: Liberty City Stories"]), ("M", ["PSP"]), ("O", ["Rockstar"])])

# ---------------- crime / courts ----------------
case("c01", "crime", "Former WorldCom boss Bernard Ebbers has been found guilty of fraud by a jury in New York. Ebbers, 63, faces up to 85 years in jail. His lawyer, Reid Weingarten, said he would appeal.",
     [("O", ["WorldCom"]), ("P", ["Bernard Ebbers", "Ebbers"]), ("L", ["New York"]), ("P", ["Reid Weingarten"])])
case("c02", "crime", "Michael Jackson's child abuse trial heard from the boy's mother on Tuesday. Prosecutor Tom Sneddon told Santa Maria Superior Court that the singer had plied the boy with wine at Neverland.",
     [("P", ["Michael Jackson"]), ("P", ["Tom Sneddon"]), ("O", ["Santa Maria Superior Court"]), ("L", ["Neverland"])])
case("c03", "crime", "Two men have been charged with the murder of a teenager in Birmingham, West Midlands Police said. The pair will appear before magistrates in Sutton Coldfield on Monday.",
     [("L", ["Birmingham"]), ("O", ["West Midlands Police"]), ("L", ["Sutton Coldfield"])])
case("c04", "crime", "The Crown Prosecution Service (CPS) has dropped charges against four men accused of a plot to attack Old Trafford. The CPS said there was insufficient evidence.",
     [("O", ["Crown Prosecution Service", "CPS"]), ("L", ["Old Trafford"])])
case("c05", "crime", "Italian prosecutors have charged Calisto Tanzi, the founder of Parmalat, with market rigging. Tanzi's lawyers said the former Parmalat chairman was innocent.",
     [("G", ["Italian"]), ("P", ["Calisto Tanzi", "Tanzi"]), ("O", ["Parmalat"])])
case("c06", "crime", "The Law Lords ruled that holding foreign terror suspects without trial at Belmarsh prison breached the European Convention on Human Rights.",
     [("O", ["Law Lords"]), ("L", ["Belmarsh"]), ("M", ["European Convention on Human Rights"])])
case("c07", "crime", "Martha Stewart was released from Alderson prison in West Virginia on Friday. Shares in Martha Stewart Living Omnimedia rose 5% as the lifestyle guru headed home.",
     [("P", ["Martha Stewart"]), ("L", ["Alderson"]), ("L", ["West Virginia"]), ("O", ["Martha Stewart Living Omnimedia"])])
case("c08", "crime", "The FBI and Scotland Yard are investigating the theft of £26m from the Northern Bank in Belfast. Police in Northern Ireland have blamed the IRA.",
     [("O", ["FBI"]), ("O", ["Scotland Yard"]), ("O", ["Northern Bank"]), ("L", ["Belfast"]), ("L", ["Northern Ireland"]), ("O", ["IRA"])])
case("c09", "crime", "Lord Archer's appeal was rejected by the Court of Appeal in London. Jeffrey Archer was jailed for perjury in 2001.",
     [("P", ["Archer", "Jeffrey Archer"]), ("O", ["Court of Appeal"]), ("L", ["London"])])
case("c10", "crime", "Enron's former chief financial officer Andrew Fastow has agreed to testify against Ken Lay and Jeff Skilling. Houston-based Enron collapsed in 2001.",
     [("O", ["Enron"]), ("P", ["Andrew Fastow"]), ("P", ["Ken Lay"]), ("P", ["Jeff Skilling"]), ("L", ["Houston"])])

# ---------------- science / health ----------------
case("h01", "health", "The World Health Organization (WHO) has warned that bird flu could kill millions. The WHO's Asia director, Shigeru Omi, said Vietnam and Thailand were most at risk.",
     [("O", ["World Health Organization", "WHO"]), ("L", ["Asia"]), ("P", ["Shigeru Omi"]), ("L", ["Vietnam"]), ("L", ["Thailand"])])
case("h02", "health", "Merck has withdrawn its arthritis drug Vioxx after a study linked it to heart attacks. The US Food and Drug Administration said Pfizer's Celebrex was also under review.",
     [("O", ["Merck"]), ("M", ["Vioxx"]), ("O", ["Pfizer"]), ("M", ["Celebrex"])],
     ["US Food and Drug Administration"])  # "US Army" is one org in the guideline: either split is defensible
case("h03", "health", "Scientists at the University of Edinburgh's Roslin Institute, which cloned Dolly the sheep, have been given a licence to clone human embryos.",
     [("O", ["University of Edinburgh"]), ("O", ["Roslin Institute"]), ("P|M", ["Dolly"])])
case("h04", "health", "Nasa's Cassini spacecraft has sent back images of Saturn's moon Titan. The European Space Agency's Huygens probe landed on Titan in January.",
     [("O", ["Nasa"]), ("M", ["Cassini"]), ("L|M", ["Saturn"]), ("L|M", ["Titan"]), ("O", ["European Space Agency"]), ("M", ["Huygens"])])
case("h05", "health", "A study published in the Lancet suggests that children who watch too much television do worse at school. Researchers from the University of Otago in New Zealand tracked 1,000 children.",
     [("O", ["Lancet"]), ("O", ["University of Otago"]), ("L", ["New Zealand"])])
case("h06", "health", "Cancer Research UK says smoking rates in Scotland have fallen since 2000. The charity's director, Alex Markham, welcomed the ban on smoking in pubs.",
     [("O", ["Cancer Research UK"]), ("L", ["Scotland"]), ("P", ["Alex Markham"])])
case("h07", "health", "The Met Office said February had been the coldest in England for ten years. Forecasters expect snow in East Anglia and the Pennines this weekend.",
     [("O", ["Met Office"]), ("L", ["England"]), ("L", ["East Anglia"]), ("L", ["Pennines"])])
case("h08", "health", "GlaxoSmithKline has agreed to publish the results of all its drug trials. The world's second-biggest drugmaker faced criticism over its antidepressant Seroxat. Glaxo shares rose 2p.",
     [("O", ["GlaxoSmithKline", "Glaxo"]), ("M", ["Seroxat"])])
case("h09", "health", "An outbreak of haemorrhagic fever in Angola has killed 95 people, Medecins Sans Frontieres said. The charity has sent doctors to Uige province.",
     [("L", ["Angola"]), ("O", ["Medecins Sans Frontieres"]), ("L", ["Uige"])])
case("h10", "health", "The Human Fertilisation and Embryology Authority has approved the screening of embryos for a rare eye cancer. Dr Paul Serhal of University College Hospital in London applied for the licence.",
     [("O", ["Human Fertilisation and Embryology Authority"]), ("P", ["Paul Serhal"]), ("O", ["University College Hospital"]), ("L", ["London"])])

# ---------------- world ----------------
case("w01", "world", "NAIROBI, Kenya (AP) _ The UN's World Food Programme (WFP) said on Monday that 3 million Kenyans need food aid. The WFP blamed drought in the north.",
     [("L", ["NAIROBI"]), ("L", ["Kenya"]), ("O", ["AP"]), ("O", ["UN"]), ("O", ["World Food Programme", "WFP"]), ("G", ["Kenyans"])])
case("w02", "world", "Lebanese opposition leaders called for Syria to pull its troops out of Lebanon after the killing of former prime minister Rafik Hariri in Beirut. Damascus denied any role.",
     [("G", ["Lebanese"]), ("L", ["Syria"]), ("L", ["Lebanon"]), ("P", ["Rafik Hariri"]), ("L", ["Beirut"]), ("L", ["Damascus"])])
case("w03", "world", "Thousands of Kurds voted in northern Iraq, where the Kurdistan Democratic Party and the Patriotic Union of Kurdistan ran a joint list. Shia parties backed by Grand Ayatollah Ali al-Sistani won most seats.",
     [("G", ["Kurds"]), ("L", ["Iraq"]), ("O", ["Kurdistan Democratic Party"]), ("O", ["Patriotic Union of Kurdistan"]), ("G", ["Shia"]), ("P", ["Ali al-Sistani"])])
case("w04", "world", "The tsunami killed more than 30,000 people in Sri Lanka, where the Tamil Tigers control much of the north-east. Aid agency Oxfam said rebuilding in Aceh, Indonesia, would take years.",
     [("L", ["Sri Lanka"]), ("O", ["Tamil Tigers"]), ("O", ["Oxfam"]), ("L", ["Aceh"]), ("L", ["Indonesia"])])
case("w05", "world", "Chinese President Hu Jintao met Russian President Vladimir Putin in Moscow. Beijing and Moscow agreed to hold joint military exercises. Putin's spokesman said the Kremlin welcomed the talks.",
     [("G", ["Chinese"]), ("P", ["Hu Jintao"]), ("G", ["Russian"]), ("P", ["Vladimir Putin", "Putin"]), ("L", ["Moscow"]), ("L", ["Beijing"]), ("O", ["Kremlin"])])
case("w06", "world", "The International Atomic Energy Agency (IAEA) said Iran had not yet suspended uranium enrichment. IAEA chief Mohamed ElBaradei urged Tehran to co-operate.",
     [("O", ["International Atomic Energy Agency", "IAEA"]), ("L", ["Iran"]), ("P", ["Mohamed ElBaradei"]), ("L", ["Tehran"])])
case("w07", "world", "Hundreds of people have been evacuated from their homes in Carlisle after the River Eden burst its banks. The Environment Agency issued severe flood warnings across Cumbria.",
     [("L", ["Carlisle"]), ("L", ["River Eden"]), ("O", ["Environment Agency"]), ("L", ["Cumbria"])])
case("w08", "world", "Zimbabwe's ruling Zanu-PF party won a two-thirds majority in parliamentary elections, the electoral commission said. The opposition Movement for Democratic Change (MDC) said the vote was rigged.",
     [("L", ["Zimbabwe"]), ("O", ["Zanu-PF"]), ("O", ["Movement for Democratic Change", "MDC"])])
case("w09", "world", "Georgia's president Mikheil Saakashvili visited Washington, where George Bush praised the Rose Revolution. Georgia is seeking to join Nato.",
     [("L", ["Georgia"]), ("P", ["Mikheil Saakashvili"]), ("L", ["Washington"]), ("P", ["George Bush"]), ("M", ["Rose Revolution"]), ("O", ["Nato"])])
case("w10", "world", "Pope John Paul II has been taken to the Gemelli hospital in Rome with breathing problems. The Vatican said the 84-year-old pontiff was in a stable condition.",
     [("P", ["John Paul II"]), ("O", ["Gemelli"]), ("L", ["Rome"]), ("O|L", ["Vatican"])])
case("w11", "world", "Former Chilean dictator Augusto Pinochet has been placed under house arrest in Santiago. A judge ruled that Gen Pinochet was fit to stand trial.",
     [("G", ["Chilean"]), ("P", ["Augusto Pinochet", "Pinochet"]), ("L", ["Santiago"])])
case("w12", "world", "Australian Prime Minister John Howard has announced that 450 more troops will be sent to Iraq. Canberra said the soldiers would protect Japanese engineers in Al Muthanna province.",
     [("G", ["Australian"]), ("P", ["John Howard"]), ("L", ["Iraq"]), ("L", ["Canberra"]), ("G", ["Japanese"]), ("L", ["Al Muthanna"])])
case("w13", "world", "Mount Etna erupted on Sunday, sending lava towards the Sicilian town of Bronte.",
     [("L", ["Mount Etna"]), ("G", ["Sicilian"]), ("L", ["Bronte"])])
case("w14", "world", "The Organisation of Petroleum Exporting Countries (Opec) will raise output, Saudi oil minister Ali al-Naimi said in Isfahan.",
     [("O", ["Organisation of Petroleum Exporting Countries", "Opec"]), ("G", ["Saudi"]), ("P", ["Ali al-Naimi"]), ("L", ["Isfahan"])])
case("w15", "world", "Amnesty International accused Uzbekistan of torturing prisoners. The London-based human rights group said President Islam Karimov's government must act.",
     [("O", ["Amnesty International"]), ("L", ["Uzbekistan"]), ("L", ["London"]), ("P", ["Islam Karimov"])])
case("w16", "world", "Hurricane Ivan has battered Grand Cayman, destroying thousands of homes. The storm is heading for Cuba and the Gulf of Mexico.",
     [("M", ["Hurricane Ivan"]), ("L", ["Grand Cayman"]), ("L", ["Cuba"]), ("L", ["Gulf of Mexico"])])
case("x06", "world", "The Sino-Japanese dispute over gas fields deepened as the Japan-China summit was cancelled. Tokyo blamed Beijing.",
     [("G", ["Sino-Japanese"]), ("L", ["Japan"]), ("L", ["China"]), ("L", ["Tokyo"]), ("L", ["Beijing"])])
case("x07", "world", "The Gates Foundation has given $750m to a vaccine alliance. Bill and Melinda Gates set up the charity in 2000.",
     [("O", ["Gates Foundation"]), ("P", [("Bill", [1])]), ("P", ["Melinda Gates"])])
case("x08", "world", "Jackson, Mississippi, was hit by tornadoes on Tuesday. Governor Haley Barbour declared a state of emergency in Jackson and Hinds County.",
     [("L", ["Jackson"]), ("L", ["Mississippi"]), ("P", ["Haley Barbour"]), ("L", ["Hinds County"])])
case("x10", "world", "Police in Florence said thousands protested outside the US consulate. Florence mayor Leonardo Domenici called for calm.",
     [("L", ["Florence"]), ("L", ["US"]), ("P", ["Leonardo Domenici"])])

# ---------------- minimal pairs (invented names, to show a class is general) ----------------
case("z01", "pairs", "Zarvex, the Swiss food group, said sales rose.",
     [("O", ["Zarvex"]), ("G", ["Swiss"])])
case("z02", "pairs", "Zarvex said sales rose 5% last year.", [("O", ["Zarvex"])])
case("z03", "pairs", "Zarvex is to buy rival Quorbin for $2bn.", [("O", ["Zarvex"]), ("O", ["Quorbin"])])
case("z04", "pairs", "The deal makes Zarvex the world's largest maker of shoes, behind Nike and Adidas.",
     [("O", ["Zarvex"]), ("O", ["Nike"]), ("O", ["Adidas"])])
case("z05", "pairs", "Google and Yahoo said they would cut prices.", [("O", ["Google"]), ("O", ["Yahoo"])])
case("z06", "pairs", "Yahoo and Microsoft are racing to improve search.", [("O", ["Yahoo"]), ("O", ["Microsoft"])])
case("z07", "pairs", "Former prime minister John Major said the war was wrong.", [("P", ["John Major"])])
case("z08", "pairs", "Horror writer Stephen King has a new novel out.", [("P", ["Stephen King"])])
case("z09", "pairs", "Talk show host Larry King interviewed him.", [("P", ["Larry King"])])
case("z10", "pairs", "Beavis creator Mike Judge has a new film.", [("M", ["Beavis"]), ("P", ["Mike Judge"])])
case("z11", "pairs", "Former Zarvex boss John Smith was jailed.", [("O", ["Zarvex"]), ("P", ["John Smith"])])
case("z12", "pairs", "Bloomsbury will publish it in July.", [("O", ["Bloomsbury"])])
case("z13", "pairs", "Woods returns to world number one.", [("P", ["Woods"])])
case("z14", "pairs", "He bought shares in eBay last year.", [("O", ["eBay"])])
case("z15", "pairs", "Sony sold the Xbox 360 in Japan.", [("O", ["Sony"]), ("M", ["Xbox 360"]), ("L", ["Japan"])])
case("z16", "pairs", "The Irish government said no, and an Argentine court agreed.", [("G", ["Irish"]), ("G", ["Argentine"])])
case("z17", "pairs", "McDonald's said sales rose. Sotheby's and Christie's both reported higher sales.",
     [("O", ["McDonald's"]), ("O", ["Sotheby's"]), ("O", ["Christie's"])])
case("z18", "pairs", "Tiger Woods said he was happy.", [("P", ["Tiger Woods"])])
