// Word lists the rules read. All lower case. They hold the closed classes of English news prose
// (titles, institutional head words, reporting verbs), not names: names come from compromise's
// lexicon, the place gazetteer and the shape of the text.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Titles and honorifics written before a name; they become the person's roles. */
export const TITLES = words(`
  mr mrs ms miss mx dr prof sir dame lord lady madam rev fr
  monsieur madame mademoiselle mme mlle herr frau signor signora senor senora don
  countess baroness tsar czar tsarina
  president vice premier vice-premier chancellor minister secretary prime deputy foreign
  king queen prince princess emperor empress sheikh emir sultan duke duchess earl baron count
  pope cardinal archbishop bishop father sister brother rabbi imam ayatollah
  general gen lieutenant lt colonel col major maj captain capt commander admiral sergeant sgt
  marshal brigadier corporal private
  senator senators sen sens representative rep reps congressman congresswoman governor governors
  gov govs mayor messrs
  councilman councilwoman councilmember councillor councilor alderman alderwoman assemblyman assemblywoman
  judge justice chief attorney ambassador envoy commissioner chairman chairwoman chair
  spokesman spokeswoman spokesperson speaker
  coach manager director leader secretary-general professor
`);

/** Words that finish a title begun before them: "Chief Executive", "Chief Financial Officer", "Executive Director". */
export const TITLE_COMPLEMENTS = words('executive officer operating financial technology information marketing director');

/**
 * Honorifics: titles that say only how to address someone, not what they do, so they are never a
 * role by themselves ("Mrs" tells a reader nothing a name does not).
 */
export const HONORIFICS = words(`
  mr mrs ms miss mx messrs sir dame madam
  monsieur madame mademoiselle mme mlle herr frau signor signora senor senora don
`);

/** Forms of address that stand alone without a name ("His Highness", "Your Excellency"): no name by themselves. */
export const STYLES_OF_ADDRESS = words('highness majesty excellency lordship ladyship eminence holiness');

/** What a family calls its members, capitalised as a name ("Look at Papa!"): a person, whatever else a model reads. */
export const KINSHIP_NAMES = words(`
  papa pappa mamma mama mamá mammy mummy mommy mum mom daddy dad granddad grandad grandpapa grandpa
  grandmamma grandmama grandma granny nanny nana auntie uncle aunt grandmother grandfather
`);

/** Feasts and holidays: capitalised like names, but days of the year, never a person, place or organization. */
export const HOLIDAYS = words(`
  christmas christmastide easter thanksgiving halloween hanukkah ramadan michaelmas whitsuntide whitsun
  candlemas epiphany pentecost lent shrovetide martinmas lammas yuletide
`);

/** Words that open a relative clause: what follows a name's comma then is not a role ("for whom"). */
export const RELATIVE_WORDS = words('who whom whose which that where when');

/** Nouns of a role that names a person only with its "to"/"of" ("a top aide to Hillary Clinton"). */
export const ATTACHED_ROLE_NOUNS = words('aide adviser advisor assistant deputy spokesman spokeswoman spokesperson ally friend');

/** Lower-case role nouns that name a person right after them ("leader Xi Jinping"). */
export const PERSON_ROLE_NOUNS = words(`
  leader president premier minister chancellor secretary spokesman spokeswoman spokesperson
  official officials chairman chairwoman chief director executive founder owner
  coach manager captain striker midfielder defender goalkeeper player batsman bowler champion
  singer actor actress author writer poet artist director producer
  lawyer attorney judge prosecutor senator governor mayor ambassador envoy commander general
  opponent rival challenger candidate nominee dissident activist analyst economist
  husband wife son daughter father mother brother sister cousin uncle aunt nephew niece friend
  neighbour neighbor colleague merchant orator servant sailor soldier officer clerk doctor nurse
  teacher professor student priest bishop farmer banker journalist reporter photographer
  historian scientist researcher engineer architect composer musician painter novelist
  playwright filmmaker surgeon physician detective inspector
`);

/** Lower-case nouns that name an organization right after them ("outlet Tass"). */
export const ORGANIZATION_ROLE_NOUNS = words(`
  outlet agency newspaper daily weekly broadcaster network channel magazine
  company firm group carrier maker bank insurer retailer airline conglomerate
  party club side team
`);

/** People's jobs that an employer follows, after "at" ("an analyst at Bernstein", "a fellow at Brookings"). */
export const EMPLOYEE_NOUNS = words(`
  analyst analysts economist economists strategist strategists researcher researchers scientist scientists
  professor professors lecturer lecturers fellow fellows partner partners banker bankers trader traders
  consultant consultants engineer engineers executive executives official officials editor editors
  reporter reporters correspondent correspondents producer producers lawyer lawyers attorney attorneys
  manager managers director directors employee employees staffer staffers
`);

/** Lower-case nouns that name places after them ("territories like Kursk", "the city of Lyon"). */
export const PLACE_ROLE_NOUNS = words(`
  city cities town towns village villages capital province provinces region regions
  territory territories state states country countries island islands district districts
  county counties port republic
`);

/** The last word of a name that makes it an organization. */
export const ORGANIZATION_HEADS = words(`
  agency party ministry army navy force forces council committee commission bank court
  inc corp co ltd plc llc ag sa gmbh nv bv group holdings corporation company companies
  news times post press journal herald tribune gazette telegraph television tv radio
  observer chronicle examiner inquirer courier bulletin
  university college school academy institute foundation association society federation
  union league club united rovers wanderers athletic
  department office bureau authority service services board assembly parliament congress
  senate cabinet government administration organisation organization movement front
  alliance coalition church airlines airways motors industries systems technologies
  partners fund trust exchange newsroom desk studios records pictures entertainment laboratories
  magazine monthly weekly quarterly energy futures tech books publishing publishers media
`);

/**
 * The first word of a place's name in Portuguese, Spanish, Italian or French that makes it a place:
 * a street, a square, a quay, a beach ("Rua Augusta", "Plaza Mayor", "Quai d'Orsay"). Travel
 * writing is full of them, and a capitalised word with a particle after it reads as a person.
 */
export const PLACE_OPENINGS = words(`
  rua praça praca largo avenida calle plaza paseo piazza viale rue quai gare cais bairro barrio
  praia playa isla ilha lago serra sierra
`);

/**
 * Words that open a place's name when a particle follows them ("Campo de Ourique", "Costa da
 * Caparica", "Porto de Galinhas", "Place de la Concorde"), and may be a surname otherwise.
 */
export const PLACE_OPENINGS_BEFORE_PARTICLE = words(`
  costa campo monte porto puerto rio río villa vila quinta ponte puente castelo castillo palácio
  palacio parque torre cabo val vale valle côte mont lac place pont bois
`);

/** The last word of a name that makes it a place ("Red Square", "Gulf of Mexico"). */
export const PLACE_HEADS = words(`
  square street avenue road boulevard lane river mountain mountains mount lake sea ocean
  gulf bay island islands valley desert peninsula strait canal coast province county
  region district park bridge airport harbour harbor heights hills
`);

/**
 * The last word of a building's name, which makes it an organization as the institution there
 * ("Lyceum Theatre", "Trump SoHo New York Hotel"), where two unknown capitalised words would be
 * read as a person.
 */
export const BUILDING_HEADS = words(`theatre theater hotel hospital museum cathedral station`);

/** Heads of names that are neither people, places nor organizations (events, wars, prizes). */
export const OTHER_HEADS = words(`
  day parade festival war cup open championship championships games olympics award awards
  prize trophy series tournament grand prix summit conference treaty accord agreement act
  law bill plan week year month era revolution
`);

/**
 * The head words of a body named "X of Y" ("the University of Paris", "the Bank of England", "the
 * Ministry of Defence"): such a name is the organization, never a place, whatever place follows "of".
 */
export const BODIES_NAMED_OF = words(`
  university college school academy institute ministry department bank court council committee
  commission agency office bureau board foundation association society federation church army
`);

/**
 * Words that end the name of a body and never a place's: "the Tennessee Valley Authority", "the
 * Consumer Financial Protection Bureau", "the Sierra Club", "the Tampa Bay Times". Not "bank",
 * "union", "church", "college", "federation" nor "news", which end places too (the West Bank, the
 * Soviet Union, Falls Church, State College, the Russian Federation, Newport News).
 */
export const BODY_ENDINGS = words(`
  authority agency department ministry university institute commission committee council bureau
  administration corporation company association foundation party club
  times post herald tribune gazette journal chronicle examiner inquirer courier telegraph observer
`);

/** What a minister or a secretary is "of", in words the lexicon may not know: "Secretary of Defense Ash Carter". */
export const DEPARTMENTS = words(`
  state defense defence treasury homeland security health human services education energy commerce
  labor labour agriculture interior justice transportation transport housing urban development
  veterans affairs foreign home finance trade war navy army air environment culture
`);

/**
 * A company's legal form, written after its name, often after a comma: "Google, Inc.", "Acme
 * Holdings, Ltd.", "Blackstone Group L.P.". It ends the name, and names nothing alone.
 */
export const COMPANY_SUFFIXES = words(`inc corp ltd plc llc lp l.p. llp gmbh pty limited`);

/** Institutions and news agencies that act in the news without an organizational head word. */
export const INSTITUTIONS: ReadonlySet<string> = new Set([
  ...words(`
    kremlin pentagon congress parliament senate vatican interpol nato opec fed treasury gop
    reuters interfax xinhua tass itar-tass bloomberg afp dpa ansa kyodo yonhap bernama irna
  `),
  'white house', 'downing street', 'islamic state', 'muslim brotherhood',
]);

/** Words that join the parts of a name. */
export const NAME_PARTICLES = words(`de da del della der den van von le la du al el bin ibn ul bint dos das di ten ter`);

/**
 * Common all-capital words that are not names of organizations: jobs and degrees, formats and
 * devices, business and medical terms, the shorthand of e-mail. Web text is full of them, and the
 * news wire the name model learnt from has too few to teach it. An acronym that is also a common
 * organization's or place's ("AP", "ISO", "PR" for Puerto Rico) is left out.
 */
export const NON_NAME_ACRONYMS = words(`
  wwi wwii gdp gnp ipo vat usd eur gmt utc ii iii iv vi vii viii ix xi xii ad bc ft i a
  ceo cfo coo cto cio svp evp vp mba phd md rn
  tv am pm ok dvd vhs cd pc usb pdf html url gps lcd led atm sms mp3 suv mph rpm hd faq
  rfp rfq roi irr kpi seo llc lp
  hiv aids dna adhd dui dwi icu mri ptsd pcp lgbt lgbtq covid sars mers copd
  ssh vpn api sql css os cpu gpu ram ssd wifi lan
  est edt cst cdt mst mdt pst pdt bst cet cest
  asap fyi rsvp aka diy tba tbd eta ie eg
`);

/** Reporting verbs: the noun phrase before or after them is often a person. */
export const SPEECH_VERBS = words(`
  said says say told tells added adds stated states claimed claims asked asks announced
  announces warned warns insisted insists noted notes explained explains wrote writes
  argued argues declared declares replied replies acknowledged acknowledges
`);

/** Words that qualify a place's name without making it another kind of name ("Central Asia"). */
export const PLACE_QUALIFIERS = words(`
  north south east west northern southern eastern western central greater upper lower new old
  inner outer mainland
`);

/** Party and political labels written before a person's name ("Democrat Walter Mondale"). */
export const PARTY_LABELS = words(`democrat democrats republican conservative liberal labour tory socialist`);

/**
 * Prepositions that compromise may tag as another part of speech ("over" an adjective in "her lead
 * over rival Bernie Sanders"): a description of a name never runs back across one.
 */
export const AMBIGUOUS_PREPOSITIONS = words(`over under against above below behind beyond past around off`);

/** Prepositions after which a name is usually a place. */
export const PLACE_PREPOSITIONS = words(`in at near across outside inside throughout`);

/**
 * Common surnames of names written surname first (Chinese, Korean, Vietnamese), so that "Xi" in a
 * later sentence is taken as "Xi Jinping".
 */
export const SURNAME_FIRST = words(`
  xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng
  liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye
  cheng wei su lu ding ren shen yao jin qin wen bo kim park choi jung kang cho yoon jang lim
  nguyen tran le pham hoang phan vu dang bui do ngo duong ly
`);
