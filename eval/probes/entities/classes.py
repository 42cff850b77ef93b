# Failure class of each error seen with /tmp/nl-n2 (key: case id, error type, gold text).
# run.py tallies errors by class; an error not listed here is reported as "new/unclassified".
A = "A one-word company/brand typed person/place/misc or missed (no listed cue)"
B = "B multi-word org shaped like a person/place name"
C = "C work/product title typed org/person/place"
D = "D odd-shaped names missed (lower-case start, digits, dots, &, mixed-case acronyms)"
E = "E sentence-initial one-word name dropped"
F = "F long name with function words/punctuation split or cut"
G = "G name ending in 's / s' cut as a possessive"
H = "H 'A and B' joined into one name / 'Bill and Melinda Gates'"
I = "I title word inside a personal name (King, Major, Judge, Emir)"
J = "J affiliation not separated: name inside a pre-name role dropped, role/place kept in span"
K = "K sport: national teams as places, competitions as orgs"
L = "L place typed org/person (venues, counties, capitals said, place-like)"
M = "M group: demonym adjectives as misc, hyphenated demonym compounds split"
N = "N merges: short/long forms not linked (or wrongly linked)"
O = "O other"
CLS = {}
def put(cls, *keys):
    for k in keys:
        CLS[k] = cls
put(A, ("b04","KIND","Nokia"), ("b08","KIND","Asda"), ("b08","KIND","Wal-Mart"), ("b09","KIND","GM"),
    ("b15","KIND","Nestle"), ("x01","KIND","Gillette"), ("x02","KIND","Waitrose"), ("x13","KIND","Adidas"),
    ("x13","KIND","Reebok"), ("x14","KIND","Safeway"), ("m01","KIND","Vodafone"), ("m06","KIND","Abbey"),
    ("m07","KIND","Asda"), ("t03","KIND","Sony"), ("t03","KIND","Nintendo"), ("t05","KIND","Valve"),
    ("t05","KIND","Bungie"), ("t06","KIND","Lenovo"), ("t06","KIND","Dell"), ("t07","KIND","Skype"),
    ("t08","KIND","Nokia"), ("t15","KIND","Rockstar"), ("c10","KIND","Enron"), ("h02","KIND","Merck"),
    ("h02","KIND","Pfizer"), ("b12","KIND","Boeing"), ("p15","KIND","Boeing"), ("m02","KIND","Compaq"),
    ("x11","KIND","Jaguar"), ("w10","KIND","Gemelli"), ("p13","KIND","Holyrood"),
    ("z01","KIND","Zarvex"), ("z03","KIND","Quorbin"), ("z04","KIND","Nike"), ("z04","KIND","Adidas"),
    ("z05","KIND","Google"), ("z05","KIND","Yahoo"), ("z15","KIND","Sony"))
put(B, ("b05","KIND","Anglo American"), ("x02","KIND","John Lewis"), ("x04","KIND","Johnson & Johnson"),
    ("t08","KIND","Carl Zeiss"), ("e06","KIND","Green Day"), ("e15","KIND","Snow Patrol"),
    ("x16","KIND","South West Trains"), ("c08","KIND","Scotland Yard"), ("e13","KIND","Arctic Monkeys"),
    ("p09","KIND","Islamic Jihad"), ("e09","KIND","Stones"))
put(C, ("e02","KIND","Finding Neverland"), ("e02","KIND","Million Dollar Baby"), ("e06","KIND","American Idiot"),
    ("e11","KIND","Match Point"), ("e10","KIND","Lost"), ("e10","KIND","Desperate Housewives"),
    ("e05","KIND","Doctor Who"), ("t05","KIND","Half-Life 2"), ("e14","KIND","Catwoman"), ("e08","KIND","Ray"),
    ("e06","MISS","Greatest Hits"), ("b15","KIND","KitKat"), ("b15","KIND","Nescafe"), ("x01","KIND","Pampers"),
    ("t03","KIND","PlayStation Portable"), ("t03","KIND","PSP"), ("t03","KIND","DS"), ("t04","KIND","Bropia"),
    ("t04","KIND","Firefox"), ("t14","KIND","BlackBerry"), ("t15","KIND","PSP"), ("h02","KIND","Vioxx"),
    ("h02","KIND","Celebrex"), ("h04","KIND","Cassini"), ("h04","KIND","Huygens"), ("h08","KIND","Seroxat"),
    ("t13","KIND","Sasser"), ("t01","KIND","Macworld"), ("e08","KIND","Oscar"), ("b09","MISS","Explorer"),
    ("s01","KIND","Premiership"), ("s02","KIND","Six Nations"), ("z10","KIND","Beavis"))
put(D, ("e03","MISS","U2"), ("b02","MISS","M&S"), ("t01","MISS","iPods"), ("t01","MISS","Mac mini"), ("t01","MISS","iPod shuffle"),
    ("t10","MISS","Pentium 4"), ("t11","MISS","eBay"), ("t11","MISS","Rent.com"), ("t12","MISS","Xbox 360"),
    ("t05","SPAN","Halo 2"), ("w08","MISS","Zanu-PF"), ("w14","MISS","Opec"), ("t02","MISS","MSN"),
    ("t04","MISS","MSN Messenger"), ("z14","MISS","eBay"), ("z15","MISS","Xbox 360"), ("m03","MISS","Fed"),
    ("p10","MISS","Number 10"))
put(E, ("e07","MISS","Bloomsbury"), ("t09","MISS","BT"), ("t13","MISS","Windows"),
    ("w03","MISS","Shia"), ("z02","MISS","Zarvex"), ("z03","MISS","Zarvex"),
    ("z12","MISS","Bloomsbury"), ("s08","MISS","Renault"))
put(A, ("m07","MISS","Target"), ("x04","MISS","Guidant"))
put(F, ("e03","SPAN","How to Dismantle an Atomic Bomb"), ("e16","SPAN","Sex and the City"),
    ("t15","SPAN","Grand Theft Auto: Liberty City Stories"), ("c06","SPAN","European Convention on Human Rights"),
    ("w08","SPAN","Movement for Democratic Change"), ("w16","SPAN","Gulf of Mexico"), ("e11","SPAN","Palme d'Or"),
    ("t14","SPAN","Research In Motion"), ("w04","SPAN","Tamil Tigers"), ("e02","SPAN","The Aviator"),
    ("w16","SPAN","Hurricane Ivan"))
put(G, ("b08","SPAN","Sainsbury's"), ("x03","SPAN","Ben & Jerry's"), ("s10","SPAN","St James' Park"),
    ("e10","SPAN","Grey's Anatomy"), ("z17","SPAN","McDonald's"), ("z17","SPAN","Sotheby's"), ("z17","SPAN","Christie's"))
put(H, ("p02","SPAN","Tories"), ("p02","SPAN","Labour"), ("t02","SPAN","Yahoo"), ("t02","SPAN","Microsoft"),
    ("x07","MISS","Bill"), ("z06","SPAN","Yahoo"), ("z06","SPAN","Microsoft"))
put(I, ("b07","SPAN","Mervyn King"), ("b08","SPAN","Justin King"), ("e11","SPAN","Emir Kusturica"),
    ("z07","SPAN","John Major"), ("z08","SPAN","Stephen King"), ("z09","SPAN","Larry King"), ("z10","SPAN","Mike Judge"))
put(J, ("e04","MISS","Coldplay"), ("c01","MISS","WorldCom"), ("m05","SPAN","City"), ("t07","SPAN","Niklas Zennstrom"),
    ("m08","SPAN","Conservative"), ("m08","SPAN","Henley"), ("z11","MISS","Zarvex"), ("p03","SPURIOUS","Committee"),
    ("p02","KIND","Lib Dem"))
put(K, ("s02","KIND","England"), ("s02","KIND","Wales"), ("s06","KIND","England"), ("s12","KIND","Brazil"),
    ("s12","KIND","Argentina"))
put(L, ("x11","KIND","Browns Lane"), ("x11","KIND","Castle Bromwich"), ("m05","KIND","City of Manchester Stadium"),
    ("e08","KIND","Kodak Theatre"), ("h07","KIND","Pennines"), ("w07","KIND","Carlisle"), ("w12","KIND","Canberra"),
    ("x08","KIND","Hinds County"), ("x08","KIND","Jackson"), ("m08","KIND","Liverpool"), ("w16","KIND","Grand Cayman"),
    ("h04","KIND","Saturn"), ("h04","KIND","Titan"))
put(M, ("b12","KIND","Irish"), ("m04","KIND","Argentine"), ("p05","KIND","Democratic"), ("x05","SPAN","Franco-German"),
    ("x05","SPAN","Anglo-Dutch"), ("x06","SPAN","Sino-Japanese"), ("z16","KIND","Irish"), ("z16","KIND","Argentine"))
put(N, *[(c, "MERGE-MISSED", t) for c, t in [("b09","GM ~ General Motors"), ("m01","Vodafone ~ Vodafone Group"),
    ("m06","Abbey ~ Abbey National"), ("m06","Banco Santander Central Hispano ~ Santander"),
    ("p02","Lib Dem ~ Liberal Democrats"), ("p03","Ministry of Defence ~ MoD"), ("p05","Democratic ~ Democrats"),
    ("s11","New England Patriots ~ Patriots"), ("e09","Rolling Stones ~ Stones"), ("t03","PSP ~ PlayStation Portable"),
    ("h08","Glaxo ~ GlaxoSmithKline")]], ("e08","MERGE-WRONG","Ray ~ Ray Charles"))
put(O, ("s09","MISS","Woods"), ("z13","MISS","Woods"), ("p14","MISS","Socialists"), ("s09","KIND","Tiger Woods"), ("z18","KIND","Tiger Woods"), ("e04","KIND","Apple"), ("e03","KIND","Bono"),
    ("e07","KIND","JK Rowling"), ("p01","KIND","Commons"))
