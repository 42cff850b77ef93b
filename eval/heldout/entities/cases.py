# HELD-OUT probe cases for entity spans, kinds and merges (newslens, docs/annotation.md).
# Written 2026-12-07, before any of that session's rule changes; score only at the end of a
# session, never tune on it. Same format as eval/probes/entities/cases.py:
# Each case: (id, desk, body, entities, ignore)
#   entities: list of (kind, forms); kind is P person, O organization, L place, G group, M misc,
#             or alternatives "O|G" (either is accepted); forms as in eval/*.json: a string claims
#             every whole-word occurrence (case-sensitive), (text, [nth...]) only those.
#             Merges are the pairs of differently written forms of one entity.
#   ignore:   forms whose occurrences are not scored (the guideline leaves them open).
C = []
def case(cid, desk, body, ents, ignore=()):
    C.append((cid, desk, body, ents, list(ignore)))

# ---------------- politics: UK ----------------
case("pu01", "politics-uk", "Prime Minister Keir Starmer has promised to cut NHS waiting lists before the next general election. Speaking in Birmingham on Monday, Sir Keir said the health service was \"on the road to recovery\", but Conservative leader Kemi Badenoch accused him of \"fiddling the figures\".",
     [("P", ["Keir Starmer", "Keir"]), ("O", ["NHS"]), ("L", ["Birmingham"]), ("O|G", ["Conservative"]), ("P", ["Kemi Badenoch"])])
case("pu02", "politics-uk", "Chancellor Rachel Reeves will set out her spending plans in the House of Commons on Wednesday. The Treasury has warned Whitehall departments to expect tight budgets, while the Institute for Fiscal Studies said Ms Reeves had \"very little room for manoeuvre\".",
     [("P", ["Rachel Reeves", "Reeves"]), ("O", ["House of Commons"]), ("O", ["Treasury"]), ("O", ["Whitehall"]), ("O", ["Institute for Fiscal Studies"])])
case("pu03", "politics-uk", "The Liberal Democrats have called for an inquiry into water company bonuses. Lib Dem leader Sir Ed Davey said Thames Water and Southern Water had paid out millions while pumping sewage into rivers such as the Thames and the Cherwell.",
     [("O|G", ["Liberal Democrats", "Lib Dem"]), ("P", ["Ed Davey"]), ("O", ["Thames Water"]), ("O", ["Southern Water"]), ("L", ["Thames"]), ("L", ["Cherwell"])])
case("pu04", "politics-uk", "Scotland's First Minister John Swinney has said the SNP will put independence at the heart of its campaign for the Holyrood election. Scottish Labour leader Anas Sarwar dismissed the plan, saying voters in Glasgow and Dundee wanted \"a government focused on the day job\".",
     [("L", ["Scotland"]), ("P", ["John Swinney"]), ("O", ["SNP"]), ("O", ["Holyrood"]), ("O", ["Scottish Labour"]), ("P", ["Anas Sarwar"]), ("L", ["Glasgow"]), ("L", ["Dundee"])])
case("pu05", "politics-uk", "Reform UK has won its first seat on Durham County Council in a by-election in Spennymoor. Party leader Nigel Farage, who visited the town last week, said the result showed Reform was \"now the real opposition\" to Labour.",
     [("O", ["Reform UK", "Reform"]), ("O", ["Durham County Council"]), ("L", ["Spennymoor"]), ("P", ["Nigel Farage"]), ("O", ["Labour"])])
case("pu06", "politics-uk", "The Home Office has confirmed that 1,200 people crossed the English Channel in small boats over the weekend. Home Secretary Yvette Cooper is due to meet her French counterpart in Paris to discuss joint patrols with the Border Force.",
     [("O", ["Home Office"]), ("L", ["English Channel"]), ("P", ["Yvette Cooper"]), ("G", ["French"]), ("L", ["Paris"]), ("O", ["Border Force"])])
case("pu07", "politics-uk", "Former prime minister Boris Johnson has criticised Downing Street's handling of the row over winter fuel payments. Writing in the Daily Mail, Mr Johnson said pensioners in Kent and Cornwall had been \"betrayed\".",
     [("P", ["Boris Johnson", "Johnson"]), ("O", ["Downing Street"]), ("O", ["Daily Mail"]), ("L", ["Kent"]), ("L", ["Cornwall"])])
case("pu08", "politics-uk", "MPs have voted by 330 votes to 275 to back the Terminally Ill Adults (End of Life) Bill at its second reading. The bill's sponsor, Kim Leadbeater, the Labour MP for Spen Valley, said she was \"overwhelmed\" by the result.",
     [("M", ["Terminally Ill Adults (End of Life) Bill"]), ("P", ["Kim Leadbeater"]), ("O|G", ["Labour"]), ("L", ["Spen Valley"])])
case("pu09", "politics-uk", "The Welsh government has announced a £50m fund to protect jobs at the Tata Steel plant in Port Talbot. First Minister Eluned Morgan said she had raised the issue with Tata's chairman, Natarajan Chandrasekaran, during a visit to Mumbai.",
     [("G", ["Welsh"]), ("O", ["Tata Steel", "Tata"]), ("L", ["Port Talbot"]), ("P", ["Eluned Morgan"]), ("P", ["Natarajan Chandrasekaran"]), ("L", ["Mumbai"])])
case("pu10", "politics-uk", "Northern Ireland's power-sharing executive at Stormont has agreed a budget for the coming year. Finance Minister Caoimhe Archibald of Sinn Féin said the deal was \"the best we could get\" from the Treasury in London, but the DUP warned of cuts to schools in Belfast.",
     [("L", ["Northern Ireland"]), ("O|L", ["Stormont"]), ("P", ["Caoimhe Archibald"]), ("O", ["Sinn Féin"]), ("O", ["Treasury"]), ("L", ["London"]), ("O", ["DUP"]), ("L", ["Belfast"])])
case("pu11", "politics-uk", "Labour's deputy leader Angela Rayner has resigned after an investigation by the government's ethics adviser, Sir Laurie Magnus. Her departure is a blow to the party's efforts in the north of England, where Ms Rayner's constituency of Ashton-under-Lyne is based.",
     [("O", ["Labour"]), ("P", ["Angela Rayner", "Rayner"]), ("P", ["Laurie Magnus"]), ("L", ["England"]), ("L", ["Ashton-under-Lyne"])])

# ---------------- politics: US ----------------
case("pa01", "politics-us", "WASHINGTON (AP) — President Donald Trump signed an executive order on Thursday aimed at cutting the federal workforce, the White House said. Senate Minority Leader Chuck Schumer called the order \"reckless\", while Republicans on Capitol Hill largely backed it.",
     [("L", ["WASHINGTON"]), ("O", ["AP"]), ("P", ["Donald Trump"]), ("O", ["White House"]), ("O", ["Senate"]), ("P", ["Chuck Schumer"]), ("G", ["Republicans"]), ("O|L", ["Capitol Hill"])])
case("pa02", "politics-us", "Vice President JD Vance told a rally in Erie, Pennsylvania, that the administration would bring steel jobs back to the Rust Belt. Vance, a former senator from Ohio, also attacked California Governor Gavin Newsom over his handling of the Los Angeles wildfires.",
     [("P", ["JD Vance", "Vance"]), ("L", ["Erie"]), ("L", ["Pennsylvania"]), ("L", ["Rust Belt"]), ("L", ["Ohio"]), ("L", ["California"]), ("P", ["Gavin Newsom"]), ("L", ["Los Angeles"])])
case("pa03", "politics-us", "The Supreme Court agreed on Monday to hear a challenge to the tariffs imposed under the International Emergency Economic Powers Act. Chief Justice John Roberts set arguments for November, and lawyers for V.O.S. Selections, a New York wine importer, welcomed the decision.",
     [("O", ["Supreme Court"]), ("M", ["International Emergency Economic Powers Act"]), ("P", ["John Roberts"]), ("O", ["V.O.S. Selections"]), ("L", ["New York"])])
case("pa04", "politics-us", "Senator Elizabeth Warren, a Massachusetts Democrat, has written to the Federal Reserve demanding answers over bank mergers. In her letter to Fed Chair Jerome Powell, Warren said lenders such as Capital One and Discover had grown \"too big to supervise\".",
     [("P", ["Elizabeth Warren", "Warren"]), ("L", ["Massachusetts"]), ("G", ["Democrat"]), ("O", ["Federal Reserve", "Fed"]), ("P", ["Jerome Powell"]), ("O", ["Capital One"]), ("O", ["Discover"])])
case("pa05", "politics-us", "New York Mayor Zohran Mamdani unveiled plans for city-run grocery stores in the Bronx and Brooklyn on Tuesday. The democratic socialist, who took office in January, said the first store would open near Yankee Stadium by the summer.",
     [("L", ["New York"]), ("P", ["Zohran Mamdani"]), ("L", ["Bronx"]), ("L", ["Brooklyn"]), ("L", ["Yankee Stadium"])])
case("pa06", "politics-us", "The House Judiciary Committee voted along party lines to subpoena the Justice Department over its handling of the Jeffrey Epstein files. Rep. Jamie Raskin of Maryland, the panel's top Democrat, accused Attorney General Pam Bondi of a cover-up.",
     [("O", ["House Judiciary Committee"]), ("O", ["Justice Department"]), ("P", ["Jeffrey Epstein"]), ("P", ["Jamie Raskin"]), ("L", ["Maryland"]), ("G", ["Democrat"]), ("P", ["Pam Bondi"])])
case("pa07", "politics-us", "Texas Republicans have redrawn the state's congressional map in a bid to gain five seats in next year's midterm elections. Governor Greg Abbott signed the new map into law in Austin, while Democrats who had fled to Illinois to block the vote returned home.",
     [("L", ["Texas"]), ("G", ["Republicans"]), ("P", ["Greg Abbott"]), ("L", ["Austin"]), ("G", ["Democrats"]), ("L", ["Illinois"])])
case("pa08", "politics-us", "Former first lady Michelle Obama said in a podcast interview that she had no plans to run for office. Her husband, former President Barack Obama, campaigned for Democratic candidates in Virginia and New Jersey last month.",
     [("P", ["Michelle Obama"]), ("P", ["Barack Obama"]), ("G", ["Democratic"]), ("L", ["Virginia"]), ("L", ["New Jersey"])])
case("pa09", "politics-us", "Secretary of State Marco Rubio met his Chinese counterpart, Wang Yi, in Kuala Lumpur on the sidelines of an ASEAN summit. The State Department said the two men discussed Taiwan, fentanyl and export controls on Nvidia's most advanced chips.",
     [("P", ["Marco Rubio"]), ("G", ["Chinese"]), ("P", ["Wang Yi"]), ("L", ["Kuala Lumpur"]), ("O", ["ASEAN"]), ("O", ["State Department"]), ("L", ["Taiwan"]), ("O", ["Nvidia"])])
case("pa10", "politics-us", "Elon Musk's Department of Government Efficiency, known as DOGE, claimed to have saved $160bn, but an analysis by the Partnership for Public Service put the cost of its cuts at $135bn. Musk left Washington in May to focus on Tesla and SpaceX.",
     [("P", ["Elon Musk", "Musk"]), ("O", ["Department of Government Efficiency", "DOGE"]), ("O", ["Partnership for Public Service"]), ("L", ["Washington"]), ("O", ["Tesla"]), ("O", ["SpaceX"])])
case("pa11", "politics-us", "Georgia's Republican secretary of state, Brad Raffensperger, has launched a bid for governor. He will face Lt. Gov. Burt Jones in the party primary; the Democratic field includes former Atlanta mayor Keisha Lance Bottoms and state Sen. Jason Esteves.",
     [("L", ["Georgia"]), ("G", ["Republican"]), ("P", ["Brad Raffensperger"]), ("P", ["Burt Jones"]), ("G", ["Democratic"]), ("L", ["Atlanta"]), ("P", ["Keisha Lance Bottoms"]), ("P", ["Jason Esteves"])])

# ---------------- politics: elsewhere ----------------
case("po01", "politics-world", "German Chancellor Friedrich Merz has survived a confidence vote in the Bundestag after the Social Democrats agreed to back his budget. Merz's Christian Democrats and the SPD together hold a narrow majority, while the far-right Alternative for Germany (AfD) has surged in the polls.",
     [("G", ["German"]), ("P", ["Friedrich Merz", "Merz"]), ("O", ["Bundestag"]), ("O|G", ["Social Democrats", "SPD"]), ("O|G", ["Christian Democrats"]), ("O", ["Alternative for Germany", "AfD"])])
case("po02", "politics-world", "French President Emmanuel Macron has appointed Sébastien Lecornu as prime minister, his fifth in under two years. Lecornu, a close ally who served as armed forces minister, must now win over the Socialists and Marine Le Pen's National Rally in the National Assembly.",
     [("G", ["French"]), ("P", ["Emmanuel Macron"]), ("P", ["Sébastien Lecornu", "Lecornu"]), ("O|G", ["Socialists"]), ("P", ["Marine Le Pen"]), ("O", ["National Rally"]), ("O", ["National Assembly"])])
case("po03", "politics-world", "Japan's new prime minister, Sanae Takaichi, has pledged to boost defence spending and strengthen ties with Washington. Takaichi, the first woman to lead the Liberal Democratic Party, met Australian Prime Minister Anthony Albanese in Tokyo on Friday.",
     [("L", ["Japan"]), ("P", ["Sanae Takaichi", "Takaichi"]), ("L", ["Washington"]), ("O", ["Liberal Democratic Party"]), ("G", ["Australian"]), ("P", ["Anthony Albanese"]), ("L", ["Tokyo"])])
case("po04", "politics-world", "Canada's Prime Minister Mark Carney said Ottawa would not retaliate against new US tariffs on lumber. The former Bank of England governor told reporters in Vancouver that he had spoken to premiers from British Columbia and Ontario.",
     [("L", ["Canada"]), ("P", ["Mark Carney"]), ("L", ["Ottawa"]), ("L", ["US"]), ("O", ["Bank of England"]), ("L", ["Vancouver"]), ("L", ["British Columbia"]), ("L", ["Ontario"])])
case("po05", "politics-world", "Polling stations opened across Chile on Sunday for a presidential run-off between José Antonio Kast and the left-wing candidate Jeannette Jara. Kast, who leads the Republican Party of Chile, has promised a crackdown on crime in Santiago and the northern city of Antofagasta.",
     [("L", ["Chile"]), ("P", ["José Antonio Kast", "Kast"]), ("P", ["Jeannette Jara"]), ("O", ["Republican Party of Chile"]), ("L", ["Santiago"]), ("L", ["Antofagasta"])])
case("po06", "politics-world", "Indian Prime Minister Narendra Modi's Bharatiya Janata Party has won a majority in the Bihar state election. Opposition leader Rahul Gandhi of the Congress party alleged irregularities, a claim rejected by the Election Commission of India.",
     [("G", ["Indian"]), ("P", ["Narendra Modi"]), ("O", ["Bharatiya Janata Party"]), ("L", ["Bihar"]), ("P", ["Rahul Gandhi"]), ("O", ["Congress"]), ("O", ["Election Commission of India"])])
case("po07", "politics-world", "South African President Cyril Ramaphosa has dismissed police minister Senzo Mchunu amid allegations of links to organised crime. The ANC's coalition partner, the Democratic Alliance, welcomed the decision, and the inquiry will be led by retired judge Mbuyiseli Madlanga.",
     [("G", ["South African"]), ("P", ["Cyril Ramaphosa"]), ("P", ["Senzo Mchunu"]), ("O", ["ANC"]), ("O", ["Democratic Alliance"]), ("P", ["Mbuyiseli Madlanga"])])
case("po08", "politics-world", "Hungary's opposition leader Péter Magyar has taken a lead over Prime Minister Viktor Orbán's Fidesz party in several polls. Magyar's Tisza party held a rally in Budapest's Heroes' Square attended by tens of thousands of people.",
     [("L", ["Hungary"]), ("P", ["Péter Magyar", "Magyar"]), ("P", ["Viktor Orbán"]), ("O", ["Fidesz"]), ("O", ["Tisza"]), ("L", ["Budapest"]), ("L", ["Heroes' Square"])])
case("po09", "politics-world", "The European Commission has proposed using frozen Russian assets to fund a €140bn loan to Ukraine. Commission President Ursula von der Leyen said the plan had the backing of most EU member states, but Belgium, where the Euroclear depository holds much of the money, has raised objections.",
     [("O", ["European Commission", "Commission"]), ("G", ["Russian"]), ("L", ["Ukraine"]), ("P", ["Ursula von der Leyen"]), ("O|L", ["EU"]), ("L", ["Belgium"]), ("O", ["Euroclear"])])

# ---------------- world ----------------
case("w01", "world", "KYIV, Ukraine (AP) — Russian drones and missiles struck energy facilities across Ukraine overnight, cutting power to hundreds of thousands of homes in Kharkiv and Odesa. Energy Minister Svitlana Hrynchuk said repair crews were working in freezing temperatures, and urged Western allies to send more Patriot air defence systems.",
     [("L", ["KYIV"]), ("L", ["Ukraine"]), ("O", ["AP"]), ("G", ["Russian"]), ("L", ["Kharkiv"]), ("L", ["Odesa"]), ("P", ["Svitlana Hrynchuk"]), ("M", ["Patriot"])],
     ["Western"])
case("w02", "world", "JERUSALEM (Reuters) - Israeli Prime Minister Benjamin Netanyahu said on Sunday that the second phase of the Gaza ceasefire would begin only after Hamas returned the remains of all hostages. Egypt and Qatar, which brokered the deal with the United States, are hosting talks in Cairo.",
     [("L", ["JERUSALEM"]), ("O", ["Reuters"]), ("G", ["Israeli"]), ("P", ["Benjamin Netanyahu"]), ("L", ["Gaza"]), ("O", ["Hamas"]), ("L", ["Egypt"]), ("L", ["Qatar"]), ("L", ["United States"]), ("L", ["Cairo"])])
case("w03", "world", "At least 40 people have died after Typhoon Kalmaegi swept through the central Philippines, officials said. The storm flooded towns on the island of Cebu before moving towards Vietnam, where authorities evacuated residents of Da Nang and Hoi An.",
     [("M", ["Typhoon Kalmaegi"]), ("L", ["Philippines"]), ("L", ["Cebu"]), ("L", ["Vietnam"]), ("L", ["Da Nang"]), ("L", ["Hoi An"])])
case("w04", "world", "Sudan's paramilitary Rapid Support Forces (RSF) have seized the city of El Fasher, the army's last stronghold in Darfur, according to the United Nations. The UN's humanitarian chief, Tom Fletcher, said reports of mass killings in the city were \"horrifying\".",
     [("L", ["Sudan"]), ("O", ["Rapid Support Forces", "RSF"]), ("L", ["El Fasher"]), ("L", ["Darfur"]), ("O", ["United Nations", "UN"]), ("P", ["Tom Fletcher"])])
case("w05", "world", "Pope Leo XIV has made his first foreign trip as pontiff, visiting Turkey and Lebanon. The American-born pope, formerly Cardinal Robert Prevost of Chicago, celebrated Mass in Istanbul and met Ecumenical Patriarch Bartholomew I.",
     [("P", ["Leo XIV", "Robert Prevost"]), ("L", ["Turkey"]), ("L", ["Lebanon"]), ("G", ["American"]), ("L", ["Chicago"]), ("L", ["Istanbul"]), ("P", ["Bartholomew I"])],
     ["Mass"])
case("w06", "world", "Flooding in the central Italian region of Tuscany has forced 3,000 people from their homes. The civil protection agency said the Arno had burst its banks between Florence and Pisa, and Prime Minister Giorgia Meloni promised emergency funds for Italy's worst-hit towns.",
     [("G", ["Italian"]), ("L", ["Tuscany"]), ("L", ["Arno"]), ("L", ["Florence"]), ("L", ["Pisa"]), ("P", ["Giorgia Meloni"]), ("L", ["Italy"])])
case("w07", "world", "NAIROBI, Kenya (AP) — Kenyan police fired tear gas at protesters in Nairobi and Mombasa on Tuesday as thousands marched against a new finance bill. Amnesty International said at least three people had been killed, and President William Ruto called for calm.",
     [("L", ["NAIROBI", "Nairobi"]), ("L", ["Kenya"]), ("O", ["AP"]), ("G", ["Kenyan"]), ("L", ["Mombasa"]), ("O", ["Amnesty International"]), ("P", ["William Ruto"])])
case("w08", "world", "Chinese President Xi Jinping will host leaders from Central Asia at a summit in Xi'an next month, the foreign ministry in Beijing said. Kazakhstan's Kassym-Jomart Tokayev and Uzbekistan's Shavkat Mirziyoyev are among those expected to attend.",
     [("G", ["Chinese"]), ("P", ["Xi Jinping"]), ("L", ["Central Asia"]), ("L", ["Xi'an"]), ("L", ["Beijing"]), ("L", ["Kazakhstan"]), ("P", ["Kassym-Jomart Tokayev"]), ("L", ["Uzbekistan"]), ("P", ["Shavkat Mirziyoyev"])])
case("w09", "world", "Rescuers in Nepal have recovered the bodies of seven climbers killed in an avalanche on Mount Yalung Ri. The group, which included two Italian and one French national, had been led by a local guide, Pasang Sherpa, the Himalayan Database's Billi Bierling said.",
     [("L", ["Nepal"]), ("L", ["Mount Yalung Ri"]), ("G", ["Italian"]), ("G", ["French"]), ("P", ["Pasang Sherpa"]), ("O", ["Himalayan Database"]), ("P", ["Billi Bierling"])])
case("w10", "world", "Iran's foreign minister, Abbas Araghchi, said Tehran was ready to resume talks with the International Atomic Energy Agency. IAEA director general Rafael Grossi is due to visit the country after inspectors were barred from the Fordow and Natanz sites in June.",
     [("L", ["Iran"]), ("P", ["Abbas Araghchi"]), ("L", ["Tehran"]), ("O", ["International Atomic Energy Agency", "IAEA"]), ("P", ["Rafael Grossi"]), ("L", ["Fordow"]), ("L", ["Natanz"])])
case("w11", "world", "Thousands of people gathered in Mexico City's Zócalo square to mark the Day of the Dead, with giant skeleton puppets paraded along Paseo de la Reforma. Mayor Clara Brugada said more than 1.5 million visitors were expected in the capital over the holiday.",
     [("L", ["Mexico City"]), ("L", ["Zócalo"]), ("L", ["Paseo de la Reforma"]), ("P", ["Clara Brugada"])],
     ["Day of the Dead"])
case("w12", "world", "Australia has begun enforcing a ban on social media for under-16s, requiring platforms such as TikTok, Instagram and Snapchat to remove young users. The eSafety Commissioner, Julie Inman Grant, said companies faced fines of up to A$49.5m for failing to comply.",
     [("L", ["Australia"]), ("O|M", ["TikTok"]), ("O|M", ["Instagram"]), ("O|M", ["Snapchat"]), ("P", ["Julie Inman Grant"])],
     ["eSafety Commissioner"])
case("w13", "world", "Brazil hosted the COP30 climate summit in the Amazon city of Belém, where delegates from nearly 200 countries debated a fund to protect tropical forests. Brazilian President Luiz Inácio Lula da Silva told the conference that the world was \"running out of time\".",
     [("L", ["Brazil"]), ("M", ["COP30"]), ("L", ["Amazon"]), ("L", ["Belém"]), ("G", ["Brazilian"]), ("P", ["Luiz Inácio Lula da Silva"])])

# ---------------- business ----------------
case("b01", "business", "Jaguar Land Rover has said a cyber-attack that halted production for five weeks cost the carmaker £196m. The Tata Motors-owned firm restarted its lines at Solihull and Halewood in October, and the government provided a £1.5bn loan guarantee.",
     [("O", ["Jaguar Land Rover"]), ("O", ["Tata Motors"]), ("L", ["Solihull"]), ("L", ["Halewood"])])
case("b02", "business", "Shares in Burberry jumped 8% after the luxury brand said sales in China had stopped falling. Chief executive Joshua Schulman, who joined from Michael Kors last year, said the revival of its trench coats and scarves was \"gaining momentum\".",
     [("O", ["Burberry"]), ("L", ["China"]), ("P", ["Joshua Schulman"]), ("O", ["Michael Kors"])])
case("b03", "business", "Halden Foods, the Yorkshire maker of own-label biscuits, is to close its factory in Castleford with the loss of 240 jobs. The company blamed rising costs and the loss of a contract with Aldi. The GMB union said it would fight the closure.",
     [("O", ["Halden Foods"]), ("L", ["Yorkshire"]), ("L", ["Castleford"]), ("O", ["Aldi"]), ("O", ["GMB"])])
case("b04", "business", "Boeing has agreed to buy Spirit AeroSystems, the Wichita-based maker of fuselages for its 737 Max, in a deal worth $4.7bn. Airbus, which also buys parts from Spirit, will take over its plants in Belfast and Saint-Nazaire.",
     [("O", ["Boeing"]), ("O", ["Spirit AeroSystems", "Spirit"]), ("L", ["Wichita"]), ("M", ["737 Max"]), ("O", ["Airbus"]), ("L", ["Belfast"]), ("L", ["Saint-Nazaire"])])
case("b05", "business", "Unilever has completed the demerger of its ice cream business, which includes Ben & Jerry's and Magnum. The new company, Magnum Ice Cream Co, will be listed in Amsterdam, London and New York, chief executive Peter ter Leek said.",
     [("O", ["Unilever"]), ("O|M", ["Ben & Jerry's"]), ("O|M", ["Magnum"]), ("O", ["Magnum Ice Cream Co"]), ("L", ["Amsterdam"]), ("L", ["London"]), ("L", ["New York"]), ("P", ["Peter ter Leek"])])
case("b06", "business", "Nissan is to cut 20,000 jobs and close seven factories worldwide as it struggles with falling sales in the US and China. The Japanese carmaker's chief executive, Ivan Espinosa, said the Sunderland plant, which builds the Qashqai and Juke, was not among those affected.",
     [("O", ["Nissan"]), ("L", ["US"]), ("L", ["China"]), ("G", ["Japanese"]), ("P", ["Ivan Espinosa"]), ("L", ["Sunderland"]), ("M", ["Qashqai"]), ("M", ["Juke"])])
case("b07", "business", "Corvanta, the Dutch payments start-up, has raised $300m from investors led by Sequoia Capital, valuing it at $4bn. Co-founders Lotte de Vries and Amir Haddad said the money would fund expansion into Germany and Spain.",
     [("O", ["Corvanta"]), ("G", ["Dutch"]), ("O", ["Sequoia Capital"]), ("P", ["Lotte de Vries"]), ("P", ["Amir Haddad"]), ("L", ["Germany"]), ("L", ["Spain"])])
case("b08", "business", "The owner of Primark, Associated British Foods, has confirmed it will split into two separately listed companies. ABF's food business includes Twinings tea and Kingsmill bread, while Primark has more than 400 stores across Europe and the US.",
     [("O", ["Primark"]), ("O", ["Associated British Foods", "ABF"]), ("M|O", ["Twinings"]), ("M|O", ["Kingsmill"]), ("L", ["Europe"]), ("L", ["US"])])
case("b09", "business", "Thames Water's creditors have put forward a rescue plan that would see the company's debts cut by £12bn. The regulator Ofwat is considering the proposal, while KKR, the US private equity firm, withdrew its offer for the business in June.",
     [("O", ["Thames Water"]), ("O", ["Ofwat"]), ("O", ["KKR"]), ("L", ["US"])])
case("b10", "business", "Rolls-Royce has been chosen to build Britain's first small modular nuclear reactors, with the first to be sited at Wylfa on Anglesey. Great British Energy said the project would create 3,000 jobs in north Wales.",
     [("O", ["Rolls-Royce"]), ("L", ["Britain"]), ("L", ["Wylfa"]), ("L", ["Anglesey"]), ("O", ["Great British Energy"]), ("L", ["Wales"])])
case("b11", "business", "Wetherspoon chairman Tim Martin said the pub chain would raise prices after the increase in employers' national insurance contributions. JD Wetherspoon, which runs 800 pubs including the Moon Under Water in Manchester, said costs would rise by £60m.",
     [("O", ["Wetherspoon", "JD Wetherspoon"]), ("P", ["Tim Martin"]), ("O|L", ["Moon Under Water"]), ("L", ["Manchester"])])
case("b12", "business", "Procter & Gamble said it would cut 7,000 office jobs over two years as it tries to offset the cost of tariffs. The maker of Pampers nappies and Gillette razors said sales in North America were flat.",
     [("O", ["Procter & Gamble"]), ("M", ["Pampers"]), ("M", ["Gillette"]), ("L", ["North America"])])
case("b13", "business", "Brightwell Energy, a Glasgow-based supplier with 90,000 customers, has collapsed, the energy regulator Ofgem said. Customers will be moved to Octopus Energy under the supplier of last resort scheme, and Brightwell's founder, Craig McAllister, apologised.",
     [("O", ["Brightwell Energy", "Brightwell"]), ("L", ["Glasgow"]), ("O", ["Ofgem"]), ("O", ["Octopus Energy"]), ("P", ["Craig McAllister"])])

# ---------------- markets ----------------
case("m01", "markets", "NEW YORK (Reuters) - Wall Street's main indexes closed at record highs on Friday, with the S&P 500 rising 0.8% and the Nasdaq Composite adding 1.2%. Shares of Nvidia and Broadcom led the gains after Oracle reported strong demand for cloud computing.",
     [("L", ["NEW YORK"]), ("O", ["Reuters"]), ("O|L", ["Wall Street"]), ("M", ["S&P 500"]), ("M", ["Nasdaq Composite"]), ("O", ["Nvidia"]), ("O", ["Broadcom"]), ("O", ["Oracle"])])
case("m02", "markets", "The pound fell to its lowest level against the dollar in seven months after figures from the Office for National Statistics showed the UK economy shrank by 0.1% in October. The FTSE 250, which is more exposed to the domestic economy, fell 0.6%.",
     [("O", ["Office for National Statistics"]), ("L", ["UK"]), ("M", ["FTSE 250"])])
case("m03", "markets", "Gold rose above $4,000 an ounce for the first time, as investors sought safety amid the US government shutdown. Analysts at Goldman Sachs said central bank buying, led by the People's Bank of China, could push the price to $4,900 by the end of next year.",
     [("L", ["US"]), ("O", ["Goldman Sachs"]), ("O", ["People's Bank of China"])])
case("m04", "markets", "Hong Kong's Hang Seng index slid 2.3% on Monday, dragged down by Alibaba and Tencent, after Beijing announced new curbs on online gaming. In Shanghai, the CSI 300 index of blue-chip stocks fell 1.1%.",
     [("L", ["Hong Kong"]), ("M", ["Hang Seng"]), ("O", ["Alibaba"]), ("O", ["Tencent"]), ("L", ["Beijing"]), ("L", ["Shanghai"]), ("M", ["CSI 300"])])
case("m05", "markets", "Oil prices fell after Opec+ agreed to increase output by 137,000 barrels a day from December. Brent crude, the international benchmark, dropped 1.4% to $64.20 a barrel, while West Texas Intermediate slipped to $60.50.",
     [("O", ["Opec+"]), ("M", ["Brent"]), ("M", ["West Texas Intermediate"])])
case("m06", "markets", "The European Central Bank held its deposit rate at 2% for a third consecutive meeting. ECB President Christine Lagarde said the eurozone economy had proved \"more resilient than expected\", and the euro edged up against the dollar.",
     [("O", ["European Central Bank", "ECB"]), ("P", ["Christine Lagarde"])],
     ["eurozone"])
case("m07", "markets", "Shares in Rightmove tumbled 25% after the property website warned that heavy spending on artificial intelligence would hit profits. The FTSE 100 company said chief executive Johan Svanstrom would set out the plans at its capital markets day.",
     [("O", ["Rightmove"]), ("M", ["FTSE 100"]), ("P", ["Johan Svanstrom"])])
case("m08", "markets", "Shares in Novo Nordisk fell 6% in Copenhagen after the Danish drugmaker cut its sales forecast for the weight-loss jab Wegovy. Rival Eli Lilly, the maker of Mounjaro, has overtaken Novo in the US market.",
     [("O", ["Novo Nordisk", "Novo"]), ("L", ["Copenhagen"]), ("G", ["Danish"]), ("M", ["Wegovy"]), ("O", ["Eli Lilly"]), ("M", ["Mounjaro"]), ("L", ["US"])])
case("m09", "markets", "Shares in Kestrel Mining, the Perth-listed lithium producer, surged 40% after it struck a supply deal with South Korea's LG Energy Solution. Kestrel's managing director, Fiona Ng, said the agreement would fund a second mine in the Pilbara.",
     [("O", ["Kestrel Mining", "Kestrel"]), ("L", ["Perth"]), ("L", ["South Korea"]), ("O", ["LG Energy Solution"]), ("P", ["Fiona Ng"]), ("L", ["Pilbara"])])
case("m10", "markets", "The yen weakened past 155 to the dollar after the Bank of Japan kept interest rates on hold. Governor Kazuo Ueda said the BoJ wanted more evidence that wage rises were spreading beyond large firms such as Toyota and Hitachi.",
     [("O", ["Bank of Japan", "BoJ"]), ("P", ["Kazuo Ueda"]), ("O", ["Toyota"]), ("O", ["Hitachi"])])
case("m11", "markets", "Berkshire Hathaway's cash pile hit a record $382bn in the third quarter, as Warren Buffett's company remained a net seller of shares for a 12th straight quarter. The Omaha-based conglomerate, which owns Geico and BNSF Railway, said Greg Abel would take over as chief executive in January.",
     [("O", ["Berkshire Hathaway"]), ("P", ["Warren Buffett"]), ("L", ["Omaha"]), ("O", ["Geico"]), ("O", ["BNSF Railway"]), ("P", ["Greg Abel"])])

# ---------------- technology ----------------
case("t01", "tech", "Apple has unveiled the iPhone 17 Air, its thinnest phone yet, at an event at its Cupertino headquarters. The company's chief executive, Tim Cook, also showed off new versions of the Apple Watch and AirPods Pro.",
     [("O", ["Apple"]), ("M", ["iPhone 17 Air"]), ("L", ["Cupertino"]), ("P", ["Tim Cook"]), ("M", ["Apple Watch"]), ("M", ["AirPods Pro"])])
case("t02", "tech", "OpenAI has signed a $38bn deal to use Amazon Web Services' cloud computing infrastructure, the companies said. The maker of ChatGPT, led by Sam Altman, has also agreed deals with Microsoft, Oracle and the chip designer AMD.",
     [("O", ["OpenAI"]), ("O", ["Amazon Web Services"]), ("M", ["ChatGPT"]), ("P", ["Sam Altman"]), ("O", ["Microsoft"]), ("O", ["Oracle"]), ("O", ["AMD"])])
case("t03", "tech", "Google's parent company Alphabet has become the fourth firm to be valued at more than $3tn. Its shares have risen sharply since the launch of its Gemini 3 artificial intelligence model and a deal to supply its TPU chips to Anthropic.",
     [("O", ["Google"]), ("O", ["Alphabet"]), ("M", ["Gemini 3"]), ("M", ["TPU"]), ("O", ["Anthropic"])])
case("t04", "tech", "Hollowbrook Games, the Dundee studio behind the hit farming game Seedfall, has been bought by Sweden's Embracer Group. Hollowbrook's founders, Ailsa Grant and Tomasz Wierzbicki, said the game would come to the Nintendo Switch 2 next spring.",
     [("O", ["Hollowbrook Games", "Hollowbrook"]), ("L", ["Dundee"]), ("M", ["Seedfall"]), ("L", ["Sweden"]), ("O", ["Embracer Group"]), ("P", ["Ailsa Grant"]), ("P", ["Tomasz Wierzbicki"]), ("M", ["Nintendo Switch 2"])])
case("t05", "tech", "The European Commission has fined X, Elon Musk's social media platform, €120m under the Digital Services Act for misleading users over its blue tick checkmarks. Musk called the ruling \"an attack on free speech\" in a post on the platform.",
     [("O", ["European Commission"]), ("O", ["X"]), ("P", ["Elon Musk", "Musk"]), ("M", ["Digital Services Act"])])
case("t06", "tech", "Microsoft has ended support for Windows 10, leaving hundreds of millions of PCs without security updates unless their owners pay for an extension. Consumer groups including Which? urged the company to reconsider.",
     [("O", ["Microsoft"]), ("M", ["Windows 10"]), ("O", ["Which?"])],
     ["PCs"])
case("t07", "tech", "Samsung Electronics reported a 32% rise in quarterly operating profit, helped by demand for memory chips from AI data centres. The South Korean company said sales of its Galaxy Z Fold7 foldable phone had also beaten expectations.",
     [("O", ["Samsung Electronics"]), ("G", ["South Korean"]), ("M", ["Galaxy Z Fold7"])])
case("t08", "tech", "Cloudflare has apologised after an outage knocked websites including X, ChatGPT and Spotify offline for several hours on Tuesday. The San Francisco company's chief technology officer, Dane Knecht, said a configuration file had grown larger than expected.",
     [("O", ["Cloudflare"]), ("O|M", ["X"]), ("O|M", ["ChatGPT"]), ("O|M", ["Spotify"]), ("L", ["San Francisco"]), ("P", ["Dane Knecht"])])
case("t09", "tech", "The UK's Competition and Markets Authority has designated Apple and Google as having \"strategic market status\" in mobile platforms. The CMA said it could force changes to the App Store and Google Play to make it easier for rivals to reach iPhone and Android users.",
     [("L", ["UK"]), ("O", ["Competition and Markets Authority", "CMA"]), ("O", ["Apple"]), ("O", ["Google"]), ("M", ["App Store"]), ("M", ["Google Play"]), ("M", ["iPhone"]), ("M", ["Android"])])
case("t10", "tech", "Nvidia chief executive Jensen Huang said the company had orders worth $500bn for its Blackwell and Rubin chips through next year. Speaking at the GTC conference in Washington, Huang said Nvidia would build AI supercomputers for the US Department of Energy.",
     [("O", ["Nvidia"]), ("P", ["Jensen Huang", "Huang"]), ("M", ["Blackwell"]), ("M", ["Rubin"]), ("M", ["GTC"]), ("L", ["Washington"]), ("O", ["US Department of Energy"])])
case("t11", "tech", "Pixelmoor, a Cardiff start-up that makes hearing aids controlled by a smartphone app, has won a contract with NHS Wales. Its founder, Dr Rhian Pritchard, a former audiologist at the University Hospital of Wales, said the devices cost a fifth of rival products.",
     [("O", ["Pixelmoor"]), ("L", ["Cardiff"]), ("O", ["NHS Wales"]), ("P", ["Rhian Pritchard"]), ("O", ["University Hospital of Wales"])])
case("t12", "tech", "Meta has launched a pair of smart glasses with a built-in display, made with Ray-Ban owner EssilorLuxottica. Mark Zuckerberg, Meta's founder, said the Meta Ray-Ban Display glasses would cost $799 in the US.",
     [("O", ["Meta"]), ("O|M", ["Ray-Ban"]), ("O", ["EssilorLuxottica"]), ("P", ["Mark Zuckerberg"]), ("M", ["Meta Ray-Ban Display"]), ("L", ["US"])])
case("t13", "tech", "Amazon's Project Kuiper, now rebranded as Amazon Leo, launched another 27 internet satellites from Cape Canaveral on a United Launch Alliance Atlas V rocket. The service is meant to compete with SpaceX's Starlink, which has more than 8,000 satellites in orbit.",
     [("O", ["Amazon"]), ("M", ["Project Kuiper", "Amazon Leo"]), ("L", ["Cape Canaveral"]), ("O", ["United Launch Alliance"]), ("M", ["Atlas V"]), ("O", ["SpaceX"]), ("M|O", ["Starlink"])])

# ---------------- entertainment: films, music, TV, books ----------------
case("e01", "entertainment", "Wicked: For Good topped the North American box office on its opening weekend, taking $150m. The Universal musical, starring Cynthia Erivo and Ariana Grande, is the sequel to last year's Wicked, which won two Oscars.",
     [("M", ["Wicked: For Good"]), ("G|L", ["North American"]), ("O", ["Universal"]), ("P", ["Cynthia Erivo"]), ("P", ["Ariana Grande"]), ("M", ["Wicked"]), ("M", ["Oscars"])])
case("e02", "entertainment", "Director Kathryn Bigelow's nuclear thriller A House of Dynamite premiered at the Venice Film Festival before its release on Netflix. Idris Elba plays the US president, with Rebecca Ferguson as a White House situation room officer.",
     [("P", ["Kathryn Bigelow"]), ("M", ["A House of Dynamite"]), ("M", ["Venice Film Festival"]), ("O", ["Netflix"]), ("P", ["Idris Elba"]), ("L", ["US"]), ("P", ["Rebecca Ferguson"]), ("O|L", ["White House"])])
case("e03", "entertainment", "The Scottish film Harrowgate, about a family of fishermen on the Isle of Lewis, has won the top prize at the London Film Festival. Its first-time director, Morag MacLeod, dedicated the award to the people of Stornoway.",
     [("G", ["Scottish"]), ("M", ["Harrowgate"]), ("L", ["Isle of Lewis"]), ("M", ["London Film Festival"]), ("P", ["Morag MacLeod"]), ("L", ["Stornoway"])])
case("e04", "entertainment", "Daniel Craig returns as detective Benoit Blanc in Wake Up Dead Man: A Knives Out Mystery, which opens in cinemas before arriving on Netflix in December. Rian Johnson's film also stars Josh O'Connor and Glenn Close.",
     [("P", ["Daniel Craig"]), ("P", ["Benoit Blanc"]), ("M", ["Wake Up Dead Man: A Knives Out Mystery"]), ("O", ["Netflix"]), ("P", ["Rian Johnson"]), ("P", ["Josh O'Connor"]), ("P", ["Glenn Close"])])
case("e05", "entertainment", "Taylor Swift's album The Life of a Showgirl has sold more than four million copies in its first week in the US, breaking the record set by Adele's 25. The singer performed the single The Fate of Ophelia on The Tonight Show Starring Jimmy Fallon.",
     [("P", ["Taylor Swift"]), ("M", ["The Life of a Showgirl"]), ("L", ["US"]), ("P", ["Adele"]), ("M", ["25"]), ("M", ["The Fate of Ophelia"]), ("M", ["The Tonight Show Starring Jimmy Fallon"])])
case("e06", "entertainment", "Oasis played the last of seven shows at Wembley Stadium on Sunday, 16 years after Noel and Liam Gallagher fell out backstage in Paris. The band played Wonderwall and Don't Look Back in Anger to 90,000 fans each night.",
     [("O", ["Oasis"]), ("L", ["Wembley Stadium"]), ("P", ["Noel"]), ("P", ["Liam Gallagher"]), ("L", ["Paris"]), ("M", ["Wonderwall"]), ("M", ["Don't Look Back in Anger"])])
case("e07", "entertainment", "Glasgow band Velvet Orchard have been named winners of the Mercury Prize for their debut album, Low Tide Hymns. Singer Eilidh Rae said the £25,000 prize would pay for a van, and thanked their label, Chemikal Underground.",
     [("L", ["Glasgow"]), ("O", ["Velvet Orchard"]), ("M", ["Mercury Prize"]), ("M", ["Low Tide Hymns"]), ("P", ["Eilidh Rae"]), ("O", ["Chemikal Underground"])])
case("e08", "entertainment", "K-pop group BTS will return to the stage next year with a world tour that begins in Goyang, South Korea, their label Hybe said. All seven members, including RM and Jungkook, have now completed military service.",
     [("O", ["BTS"]), ("L", ["Goyang"]), ("L", ["South Korea"]), ("O", ["Hybe"]), ("P", ["RM"]), ("P", ["Jungkook"])],
     ["K-pop"])
case("e09", "entertainment", "The final series of Stranger Things has drawn record audiences for Netflix, with the first four episodes watched 59.6 million times in five days. The Duffer brothers, Matt and Ross, said they had always planned to end the show in Hawkins, the fictional Indiana town.",
     [("M", ["Stranger Things"]), ("O", ["Netflix"]), ("P", ["Duffer"]), ("P", ["Matt"]), ("P", ["Ross"]), ("L", ["Hawkins"]), ("L", ["Indiana"])])
case("e10", "entertainment", "Strictly Come Dancing has been hit by another controversy after a judge, Shirley Ballas, was accused of favouritism. The BBC said it stood by the panel, and host Tess Daly said the show in Blackpool would go ahead next month.",
     [("M", ["Strictly Come Dancing"]), ("P", ["Shirley Ballas"]), ("O", ["BBC"]), ("P", ["Tess Daly"]), ("L", ["Blackpool"])])
case("e11", "entertainment", "ITV has commissioned a second series of the detective drama Marshland, starring Sophie Okonedo as DI Ruth Calloway. Filming will take place in Norfolk, and the series will stream on ITVX.",
     [("O", ["ITV"]), ("M", ["Marshland"]), ("P", ["Sophie Okonedo"]), ("P", ["Ruth Calloway"]), ("L", ["Norfolk"]), ("O|M", ["ITVX"])])
case("e12", "entertainment", "The Traitors host Claudia Winkleman has won the award for best presenter at the National Television Awards. The BBC One show, filmed at Ardross Castle in the Highlands, also won best reality series.",
     [("M", ["The Traitors"]), ("P", ["Claudia Winkleman"]), ("M", ["National Television Awards"]), ("O", ["BBC One"]), ("L", ["Ardross Castle"]), ("L", ["Highlands"])])
case("e13", "entertainment", "Hungarian-British writer David Szalay has won the Booker Prize for his novel Flesh. The chair of the judges, Roddy Doyle, said the book, which follows a man's life from Hungary to London, was \"singular\".",
     [("G", ["Hungarian"]), ("G", ["British"]), ("P", ["David Szalay"]), ("M", ["Booker Prize"]), ("M", ["Flesh"]), ("P", ["Roddy Doyle"]), ("L", ["Hungary"]), ("L", ["London"])])
case("e14", "entertainment", "Penguin Random House has bought the rights to a memoir by former Manchester United manager Sir Alex Ferguson. The book, provisionally titled Last Orders, will be published in the UK and Ireland next autumn.",
     [("O", ["Penguin Random House"]), ("O", ["Manchester United"]), ("P", ["Alex Ferguson"]), ("M", ["Last Orders"]), ("L", ["UK"]), ("L", ["Ireland"])])
case("e15", "entertainment", "A previously unknown short story by J.R.R. Tolkien will be published next year by HarperCollins. The story, found in the Bodleian Library in Oxford, features an early version of the wizard Gandalf, Tolkien's estate said.",
     [("P", ["J.R.R. Tolkien", "Tolkien"]), ("O", ["HarperCollins"]), ("O|L", ["Bodleian Library"]), ("L", ["Oxford"]), ("P", ["Gandalf"])])
case("e16", "entertainment", "Richard Osman's new novel, The Impossible Fortune, the fifth in his Thursday Murder Club series, went straight to number one in the UK charts. A film adaptation of the first book, starring Helen Mirren and Pierce Brosnan, was released on Netflix in August.",
     [("P", ["Richard Osman"]), ("M", ["The Impossible Fortune"]), ("M", ["Thursday Murder Club"]), ("L", ["UK"]), ("P", ["Helen Mirren"]), ("P", ["Pierce Brosnan"]), ("O", ["Netflix"])])

# ---------------- sport ----------------
case("s01", "sport", "England thrashed Serbia 5-0 in their World Cup qualifier in Belgrade, with Harry Kane, Noni Madueke and Marc Guéhi among the scorers. Thomas Tuchel's side need one more win to reach next summer's finals in the United States, Canada and Mexico.",
     [("O", ["England"]), ("O", ["Serbia"]), ("M", ["World Cup"]), ("L", ["Belgrade"]), ("P", ["Harry Kane"]), ("P", ["Noni Madueke"]), ("P", ["Marc Guéhi"]), ("P", ["Thomas Tuchel"]), ("L", ["United States"]), ("L", ["Canada"]), ("L", ["Mexico"])])
case("s02", "sport", "Arsenal moved four points clear at the top of the Premier League after a 4-1 win over Tottenham at the Emirates Stadium, with Eberechi Eze scoring a hat-trick. Spurs manager Thomas Frank said his side had been \"second best\".",
     [("O", ["Arsenal"]), ("O|M", ["Premier League"]), ("O", ["Tottenham", "Spurs"]), ("L", ["Emirates Stadium"]), ("P", ["Eberechi Eze"]), ("P", ["Thomas Frank"])])
case("s03", "sport", "Lando Norris has won the Formula 1 world championship after finishing third at the Abu Dhabi Grand Prix. The McLaren driver edged out Red Bull's Max Verstappen by two points, becoming the first British champion since Lewis Hamilton in 2020.",
     [("P", ["Lando Norris"]), ("M", ["Formula 1"]), ("M", ["Abu Dhabi Grand Prix"]), ("O", ["McLaren"]), ("O", ["Red Bull"]), ("P", ["Max Verstappen"]), ("G", ["British"]), ("P", ["Lewis Hamilton"])])
case("s04", "sport", "Rory McIlroy completed a career Grand Slam by winning the Masters at Augusta National, beating Justin Rose in a play-off. The Northern Irishman, who had waited 11 years for his first green jacket, broke down in tears on the 18th green.",
     [("P", ["Rory McIlroy"]), ("M", ["Grand Slam"]), ("M", ["Masters"]), ("L", ["Augusta National"]), ("P", ["Justin Rose"]), ("G", ["Northern Irishman"])])
case("s05", "sport", "Jannik Sinner beat Carlos Alcaraz in four sets to win his first Wimbledon title. The Italian world number one lost the opening set on Centre Court but dominated the rest of the final against the Spaniard.",
     [("P", ["Jannik Sinner"]), ("P", ["Carlos Alcaraz"]), ("M", ["Wimbledon"]), ("G", ["Italian"]), ("L", ["Centre Court"]), ("G", ["Spaniard"])])
case("s06", "sport", "Harrowfield Town have appointed former Bristol Rovers defender Dean Ackroyd as manager until the end of the season. The National League North side, who sit 19th in the table, sacked Paul Whitcombe last week after a 4-0 home defeat by Chester.",
     [("O", ["Harrowfield Town"]), ("O", ["Bristol Rovers"]), ("P", ["Dean Ackroyd"]), ("O|M", ["National League North"]), ("P", ["Paul Whitcombe"]), ("O", ["Chester"])])
case("s07", "sport", "The Philadelphia Eagles beat the Kansas City Chiefs 40-22 to win the Super Bowl in New Orleans. Quarterback Jalen Hurts was named most valuable player, denying Patrick Mahomes a third straight title.",
     [("O", ["Philadelphia Eagles"]), ("O", ["Kansas City Chiefs"]), ("M", ["Super Bowl"]), ("L", ["New Orleans"]), ("P", ["Jalen Hurts"]), ("P", ["Patrick Mahomes"])])
case("s08", "sport", "The Springboks retained the Rugby Championship after a 29-27 win over Argentina in London, the first Test of the tournament played in Europe. South Africa captain Siya Kolisi said the Twickenham crowd had made it feel \"like a home game\".",
     [("O", ["Springboks"]), ("M", ["Rugby Championship"]), ("O", ["Argentina"]), ("L", ["London"]), ("L", ["Europe"]), ("O|L", ["South Africa"]), ("P", ["Siya Kolisi"]), ("L", ["Twickenham"])])
case("s09", "sport", "Liverpool forward Mohamed Salah has been left out of the squad for Tuesday's Champions League match against Inter Milan after criticising head coach Arne Slot. Salah, 33, said he had been \"thrown under the bus\" by the club.",
     [("O", ["Liverpool"]), ("P", ["Mohamed Salah", "Salah"]), ("O|M", ["Champions League"]), ("O", ["Inter Milan"]), ("P", ["Arne Slot"])])
case("s10", "sport", "Australia regained the Ashes with an eight-wicket win over England in the third Test in Adelaide. Mitchell Starc took ten wickets in the match, while Travis Head's century left Ben Stokes's side facing a 3-0 series deficit.",
     [("O", ["Australia"]), ("M", ["Ashes"]), ("O", ["England"]), ("L", ["Adelaide"]), ("P", ["Mitchell Starc"]), ("P", ["Travis Head"]), ("P", ["Ben Stokes"])])
case("s11", "sport", "Norway's Jakob Ingebrigtsen has withdrawn from the European Indoor Championships in Glasgow with an Achilles injury. The double Olympic champion said on Instagram that he hoped to be fit for the Diamond League season.",
     [("L", ["Norway"]), ("P", ["Jakob Ingebrigtsen"]), ("M", ["European Indoor Championships"]), ("L", ["Glasgow"]), ("M", ["Olympic"]), ("O|M", ["Instagram"]), ("M|O", ["Diamond League"])],
     ["Achilles"])
case("s12", "sport", "Luke Littler beat Michael van Gerwen 7-1 in the final of the World Darts Championship at Alexandra Palace. The 18-year-old from Warrington, known as 'The Nuke', collected the £500,000 first prize.",
     [("P", ["Luke Littler"]), ("P", ["Michael van Gerwen"]), ("M", ["World Darts Championship"]), ("L", ["Alexandra Palace"]), ("L", ["Warrington"])],
     ["The Nuke"])
case("s13", "sport", "The Lionesses beat Spain on penalties to retain the European Championship in Basel. Chloe Kelly scored the winning spot-kick, and manager Sarina Wiegman became the first coach to win three successive Euros.",
     [("O", ["Lionesses"]), ("O", ["Spain"]), ("M", ["European Championship"]), ("L", ["Basel"]), ("P", ["Chloe Kelly"]), ("P", ["Sarina Wiegman"]), ("M", ["Euros"])])

# ---------------- science / health ----------------
case("h01", "science", "Nasa has confirmed that Artemis II, the first crewed flight around the Moon in more than 50 years, will launch from the Kennedy Space Center in Florida in February. The crew includes Canadian astronaut Jeremy Hansen and Nasa's Christina Koch.",
     [("O", ["Nasa"]), ("M", ["Artemis II"]), ("L|M", ["Moon"]), ("L|O", ["Kennedy Space Center"]), ("L", ["Florida"]), ("G", ["Canadian"]), ("P", ["Jeremy Hansen"]), ("P", ["Christina Koch"])])
case("h02", "science", "Scientists at the University of Cambridge have developed a blood test that can detect signs of Parkinson's disease up to seven years before symptoms appear. The research, published in the journal Nature Communications, was funded by Parkinson's UK.",
     [("O", ["University of Cambridge"]), ("O|M", ["Nature Communications"]), ("O", ["Parkinson's UK"])],
     ["Parkinson's disease"])
case("h03", "science", "The World Health Organization has declared the end of the Ebola outbreak in the Democratic Republic of Congo's Kasai province. The WHO's director general, Tedros Adhanom Ghebreyesus, praised health workers who vaccinated more than 40,000 people.",
     [("O", ["World Health Organization", "WHO"]), ("L", ["Democratic Republic of Congo"]), ("L", ["Kasai"]), ("P", ["Tedros Adhanom Ghebreyesus"])],
     ["Ebola"])
case("h04", "science", "Health Secretary Wes Streeting has announced that resident doctors in England will receive a 4% pay rise. The British Medical Association, which represents the doctors, said it would ballot members on further strikes, and its chair, Dr Tom Dolphin, called the offer \"insulting\".",
     [("P", ["Wes Streeting"]), ("L", ["England"]), ("O", ["British Medical Association"]), ("P", ["Tom Dolphin"])])
case("h05", "science", "Astronomers using the James Webb Space Telescope have found water vapour in the atmosphere of a planet orbiting a star 120 light years from Earth. The team, led by Dr Nikku Madhusudhan of the Institute of Astronomy in Cambridge, named the planet K2-18b.",
     [("M", ["James Webb Space Telescope"]), ("L|M", ["Earth"]), ("P", ["Nikku Madhusudhan"]), ("O", ["Institute of Astronomy"]), ("L", ["Cambridge"]), ("L|M", ["K2-18b"])])
case("h06", "science", "Researchers at Great Ormond Street Hospital have used a gene-editing technique called base editing to treat a 13-year-old girl with leukaemia. The girl, Alyssa Tapley from Leicester, has been free of the disease for three years, her doctors told the BBC.",
     [("O", ["Great Ormond Street Hospital"]), ("P", ["Alyssa Tapley"]), ("L", ["Leicester"]), ("O", ["BBC"])])
case("h07", "science", "This year's Nobel Prize for medicine has been awarded to Mary Brunkow, Fred Ramsdell and Shimon Sakaguchi for discoveries about how the immune system is kept in check. Sakaguchi, of Osaka University, said he was \"surprised and honoured\" by the call from Stockholm.",
     [("M", ["Nobel Prize"]), ("P", ["Mary Brunkow"]), ("P", ["Fred Ramsdell"]), ("P", ["Shimon Sakaguchi", "Sakaguchi"]), ("O", ["Osaka University"]), ("L", ["Stockholm"])])
case("h08", "science", "A study of 500,000 people in the UK Biobank has found that those who walked 7,000 steps a day had a lower risk of dementia. The lead author, Prof Ding Ding of the University of Sydney, said the benefits were seen in both men and women.",
     [("O", ["UK Biobank"]), ("P", ["Ding Ding"]), ("O", ["University of Sydney"])])
case("h09", "science", "Sandwell and West Birmingham NHS Trust has apologised after a cyber-attack forced it to cancel 1,400 operations. The trust said patient records held on its Cerner system had not been stolen, and the Information Commissioner's Office is investigating.",
     [("O", ["Sandwell and West Birmingham NHS Trust"]), ("M|O", ["Cerner"]), ("O", ["Information Commissioner's Office"])])
case("h10", "science", "Archaeologists have uncovered a Roman villa beneath a housing estate in Somerset, complete with mosaic floors showing scenes from Homer's Iliad. Historic England said the site near Ilchester was \"of national importance\".",
     [("G", ["Roman"]), ("L", ["Somerset"]), ("P", ["Homer"]), ("M", ["Iliad"]), ("O", ["Historic England"]), ("L", ["Ilchester"])])
case("h11", "science", "Physicists at Cern, the particle physics laboratory near Geneva, said the Large Hadron Collider would shut down next year for a major upgrade. The upgraded LHC is expected to produce ten times more collisions.",
     [("O", ["Cern"]), ("L", ["Geneva"]), ("M", ["Large Hadron Collider", "LHC"])])

# ---------------- courts / crime ----------------
case("c01", "courts", "A man has been charged with murder after a woman was stabbed to death in Croydon, the Metropolitan Police said. Jordan Mensah, 24, of no fixed address, will appear at Croydon Magistrates' Court on Monday.",
     [("L", ["Croydon"]), ("O", ["Metropolitan Police"]), ("P", ["Jordan Mensah"]), ("O", ["Croydon Magistrates' Court"])])
case("c02", "courts", "Sean Combs, the rapper known as Diddy, has been sentenced to 50 months in prison after being convicted on two prostitution-related charges. Judge Arun Subramanian told the music mogul in a Manhattan federal court that he had abused his power.",
     [("P", ["Sean Combs", "Diddy"]), ("P", ["Arun Subramanian"]), ("L", ["Manhattan"])])
case("c03", "courts", "A former Post Office investigator, Stephen Bradshaw, has been interviewed under caution by Operation Olympos, the police inquiry into the Horizon scandal. More than 900 sub-postmasters were wrongly prosecuted on the basis of data from the Fujitsu software.",
     [("O", ["Post Office"]), ("P", ["Stephen Bradshaw"]), ("M|O", ["Operation Olympos"]), ("M", ["Horizon"]), ("O", ["Fujitsu"])])
case("c04", "courts", "Two men have been found guilty at the Old Bailey of plotting to set fire to a Ukrainian-owned warehouse in east London on behalf of the Wagner Group. Dylan Earl, 21, from Leicestershire, was the first person convicted under the National Security Act.",
     [("O|L", ["Old Bailey"]), ("G", ["Ukrainian"]), ("L", ["London"]), ("O", ["Wagner Group"]), ("P", ["Dylan Earl"]), ("L", ["Leicestershire"]), ("M", ["National Security Act"])])
case("c05", "courts", "A Cheshire accountant who stole £2.3m from a children's charity to fund a gambling habit has been jailed for eight years. Gareth Pilling, 52, of Knutsford, took money from the Bright Futures Trust over a decade, Chester Crown Court heard.",
     [("L", ["Cheshire"]), ("P", ["Gareth Pilling"]), ("L", ["Knutsford"]), ("O", ["Bright Futures Trust"]), ("O", ["Chester Crown Court"])])
case("c06", "courts", "Luigi Mangione, the man accused of killing UnitedHealthcare executive Brian Thompson, appeared in a New York court on Monday. His lawyer, Karen Friedman Agnifilo, asked Judge Gregory Carro to suppress evidence found in his backpack at a McDonald's in Altoona, Pennsylvania.",
     [("P", ["Luigi Mangione"]), ("O", ["UnitedHealthcare"]), ("P", ["Brian Thompson"]), ("L", ["New York"]), ("P", ["Karen Friedman Agnifilo"]), ("P", ["Gregory Carro"]), ("O|L", ["McDonald's"]), ("L", ["Altoona"]), ("L", ["Pennsylvania"])])
case("c07", "courts", "Former French President Nicolas Sarkozy has begun a five-year prison sentence at La Santé prison in Paris after being convicted of criminal conspiracy over Libyan funding of his 2007 campaign. He is the first former head of state of a European Union country to be jailed.",
     [("G", ["French"]), ("P", ["Nicolas Sarkozy"]), ("L", ["La Santé"]), ("L", ["Paris"]), ("G", ["Libyan"]), ("O|L", ["European Union"])])
case("c08", "courts", "Greater Manchester Police have arrested 14 people in raids targeting a gang selling counterfeit Nike trainers and Rolex watches. The goods, worth an estimated £5m, were seized from a warehouse in Cheetham Hill, Det Supt Lewis Hughes said.",
     [("O", ["Greater Manchester Police"]), ("M|O", ["Nike"]), ("M|O", ["Rolex"]), ("L", ["Cheetham Hill"]), ("P", ["Lewis Hughes"])])
case("c09", "courts", "The Supreme Court has ruled that the terms \"woman\" and \"sex\" in the Equality Act 2010 refer to biological sex. The case was brought by campaign group For Women Scotland against the Scottish government.",
     [("O", ["Supreme Court"]), ("M", ["Equality Act 2010"]), ("O", ["For Women Scotland"]), ("G", ["Scottish"])])
case("c10", "courts", "A former Ohio State University football coach has pleaded guilty to wire fraud in federal court in Columbus. Prosecutors said Derrick M. Haynes, 47, diverted $1.1m from a booster fund into accounts at Fifth Third Bank and Huntington.",
     [("O", ["Ohio State University"]), ("L", ["Columbus"]), ("P", ["Derrick M. Haynes"]), ("O", ["Fifth Third Bank"]), ("O", ["Huntington"])])
case("c11", "courts", "Paris prosecutor Laure Beccuau said four people had been charged over the theft of crown jewels from the Louvre in October. The thieves used a furniture lift to reach the Apollo Gallery and escaped on scooters in under eight minutes.",
     [("L", ["Paris"]), ("P", ["Laure Beccuau"]), ("O|L", ["Louvre"]), ("L", ["Apollo Gallery"])])

# ---------------- local ----------------
case("l01", "local", "The Met Office has issued an amber warning for snow across northern England and Scotland as Storm Bram moves in from the Atlantic. National Highways said drivers on the A66 and the M62 should avoid travelling unless necessary.",
     [("O", ["Met Office"]), ("L", ["England"]), ("L", ["Scotland"]), ("M", ["Storm Bram"]), ("L", ["Atlantic"]), ("O", ["National Highways"]), ("L", ["A66"]), ("L", ["M62"])])
case("l02", "local", "Residents of Little Haddon in Oxfordshire have won their fight against plans for 1,500 homes on green belt land. Cherwell District Council rejected the application by developer Vistry Group, and the village's parish council chairman, Roger Pell, said people were \"delighted\".",
     [("L", ["Little Haddon"]), ("L", ["Oxfordshire"]), ("O", ["Cherwell District Council"]), ("O", ["Vistry Group"]), ("P", ["Roger Pell"])])
case("l03", "local", "A bus station in Huddersfield has been closed after pieces of concrete fell from the roof. West Yorkshire Combined Authority, which owns the building, said services would leave from stops on Castlegate and Queensgate instead.",
     [("L", ["Huddersfield"]), ("O", ["West Yorkshire Combined Authority"]), ("L", ["Castlegate"]), ("L", ["Queensgate"])])
case("l04", "local", "A 90-year-old woman from Penzance has completed a charity swim across Mount's Bay, raising £12,000 for the RNLI. Doreen Trevaskis, who learned to swim at the age of 70, was accompanied by a lifeboat crew from Newlyn.",
     [("L", ["Penzance"]), ("L", ["Mount's Bay"]), ("O", ["RNLI"]), ("P", ["Doreen Trevaskis"]), ("L", ["Newlyn"])])
case("l05", "local", "Bristol City Council has voted to introduce a 20mph speed limit on all residential roads, despite opposition from the Conservatives and a petition signed by 8,000 people. Green councillor Ani Stafford-Townsend said the change would save lives in areas such as Bedminster and Easton.",
     [("O", ["Bristol City Council"]), ("O|G", ["Conservatives"]), ("O|G", ["Green"]), ("P", ["Ani Stafford-Townsend"]), ("L", ["Bedminster"]), ("L", ["Easton"])])
case("l06", "local", "The last remaining pub in the Cumbrian village of Ravenglass has been bought by its customers. More than 400 people invested in the Ratty Arms, named after the narrow-gauge Ravenglass and Eskdale Railway, which runs past the door.",
     [("G", ["Cumbrian"]), ("L", ["Ravenglass"]), ("O|L", ["Ratty Arms"]), ("O|L", ["Ravenglass and Eskdale Railway"])])
case("l07", "local", "Plymouth's Tinside Lido will reopen in May after a £1.4m refurbishment, Plymouth City Council said. The art deco pool on the Hoe, which first opened in 1935, was closed last summer after cracks were found in its walls.",
     [("L", ["Plymouth"]), ("L", ["Tinside Lido"]), ("O", ["Plymouth City Council"]), ("L", ["Hoe"])])
case("l08", "local", "Firefighters from Lancashire Fire and Rescue Service spent 14 hours tackling a blaze at a recycling plant in Darwen. Smoke could be seen from as far away as Blackburn and Bolton, and residents were told to keep their windows shut.",
     [("O", ["Lancashire Fire and Rescue Service"]), ("L", ["Darwen"]), ("L", ["Blackburn"]), ("L", ["Bolton"])])
case("l09", "local", "A statue of the Brontë sisters has been unveiled outside the parsonage in Haworth, West Yorkshire, where Charlotte, Emily and Anne wrote novels including Jane Eyre and Wuthering Heights. The Brontë Society said the statue was paid for by donations from 30 countries.",
     [("P", ["Brontë"]), ("L", ["Haworth"]), ("L", ["West Yorkshire"]), ("P", ["Charlotte"]), ("P", ["Emily"]), ("P", ["Anne"]), ("M", ["Jane Eyre"]), ("M", ["Wuthering Heights"]), ("O", ["Brontë Society"])])
case("l10", "local", "Edinburgh's trams will run to Newhaven every five minutes from Monday, City of Edinburgh Council said, after a £207m extension along Leith Walk. Lothian Buses, which operates the trams, said passenger numbers had doubled.",
     [("L", ["Edinburgh"]), ("L", ["Newhaven"]), ("O", ["City of Edinburgh Council"]), ("L", ["Leith Walk"]), ("O", ["Lothian Buses"])])
