/**
 * Closed word lists used by the stages. All entries are lower-case; callers
 * compare lower-cased tokens. Kept as data so that a reader can see and
 * extend what the rules know without reading the rules.
 */

/** Words that end with a period without ending a sentence. */
export const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "cpt", "gov", "sen", "rep", "reps", "sens", "st", "jr", "sr",
  "prof", "rev", "adm", "maj", "cmdr", "cdr", "brig", "pvt", "cpl", "no", "nos", "vs", "etc", "inc", "corp", "ltd",
  "co", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n",
  "e.g", "i.e", "a.m", "p.m", "d.c", "u.s.a", "ft", "mt", "fig", "approx", "dept", "est", "gov't", "govt", "pres",
  "amb", "atty", "supt", "det", "insp", "ald", "hon", "messrs", "mme", "mlle", "op", "cf", "al", "vol", "pp", "ca",
  "ave", "blvd", "rd", "sq", "univ", "assn", "bros", "nat'l", "int'l", "min", "sec",
  // titles before a name ("said Del. Ana Roe", "Cllr. Jo Poe", "Msgr. Eli Vos"); a word that opens sentences still splits
  "del", "cllr", "msgr", "asst", "dep",
]);

/** Title abbreviations that are also a US state's ("Del.": a delegate, or Delaware after "Dover, "). */
export const PLACE_LIKE_TITLES: ReadonlySet<string> = new Set(["del"]);

/** Capitalised words that usually open a sentence (so "U.S. The ..." splits). */
export const SENTENCE_OPENERS = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "in", "on",
  "at", "but", "and", "however", "meanwhile", "his", "her", "their", "its", "our", "after", "before", "when", "while",
  "if", "as", "some", "many", "most", "both", "one", "two", "three",
]);

/** Personal pronouns that can be a speaker, with their number and gender. */
export const PRONOUNS: Record<string, { plural: boolean; person: boolean | null }> = Object.assign(Object.create(null) as Record<string, { plural: boolean; person: boolean | null }>, {
  he: { plural: false, person: true },
  she: { plural: false, person: true },
  it: { plural: false, person: false },
  they: { plural: true, person: null },
  we: { plural: true, person: null },
  i: { plural: false, person: true },
  him: { plural: false, person: true },
  her: { plural: false, person: true },
  them: { plural: true, person: null },
  his: { plural: false, person: true },
  its: { plural: false, person: false },
  their: { plural: true, person: null },
  our: { plural: true, person: null },
  my: { plural: false, person: true },
}); // no prototype: `w in PRONOUNS` must not be true for "constructor" or "toString"

/**
 * The pronouns, as a Set: test words with `PRONOUN_WORDS.has(w)`, not
 * `w in PRONOUNS`, which makes V8 intern every fresh token string it is asked
 * about (a string-table lookup: the costliest line of mention building).
 */
export const PRONOUN_WORDS: ReadonlySet<string> = new Set(Object.keys(PRONOUNS));

/**
 * Participles that describe the people a poll asked, after the noun they postmodify ("Republicans polled said",
 * "the voters surveyed say"): the participle closes the subject, it is no verb of its own.
 */
export const SURVEY_PARTICIPLES = new Set(["polled", "surveyed", "interviewed", "questioned", "sampled", "contacted"]);

/**
 * Aspectual verbs before an "-ing" cue ("began claiming that C", "kept saying", "continued insisting"): the finite verb
 * of the cue's clause, whose subject speaks, as an auxiliary's is in "was claiming".
 */
export const ASPECTUAL_BEFORE_ING = new Set([
  "begin", "begins", "began", "begun", "start", "starts", "started", "continue", "continues", "continued", "keep", "keeps", "kept",
]);

/**
 * Words before "to" + a cue's base form that leave the act of saying to the subject ("continues to insist",
 * "seemed to confirm", "was quick to point out", "are more likely to say", "is expected to argue", "used to
 * boast"), unlike "declined to say" or "wants to say", which report no saying.
 */
export const RAISING_BEFORE_TO = new Set([
  "continue", "continues", "continued", "continuing", "seem", "seems", "seemed", "appear", "appears", "appeared",
  "quick", "careful", "likely", "expected", "eager", "prompted", "used",
]);

/** Quantifier pronouns that can be a speaker ("some say", "many believe"). */
export const QUANTIFIER_SPEAKERS = new Set(["some", "many", "others", "most", "few", "several", "both", "all", "none", "one", "critics", "supporters", "opponents"]);

/** Auxiliaries, modals and adverbs that may stand between a subject and its cue. */
export const CUE_MODIFIERS = new Set([
  "has", "have", "had", "was", "were", "is", "are", "be", "been", "being", "will", "would", "could", "can", "may", "might",
  "should", "must", "shall", "did", "does", "do", "also", "previously", "reportedly", "later", "earlier", "separately",
  "repeatedly", "again", "then", "now", "recently", "publicly", "privately", "openly", "initially", "first", "further",
  "similarly", "likewise", "already", "still", "often", "frequently", "explicitly", "specifically", "directly",
  "reportedly", "allegedly", "falsely", "wrongly", "correctly", "accurately", "effectively", "simply", "just", "even",
  "officially", "formally", "subsequently", "additionally", "notably", "reiterated", "once", "long", "always", "never",
  "not", "n't", "actually", "quickly", "immediately", "flatly", "firmly", "strongly", "clearly", "bluntly", "candidly",
  "angrily", "emphatically", "confidently", "proudly", "tacitly", "indirectly", "implicitly", "essentially",
  "twice", "soon", "sometimes", "cannot", "neither",
]);

/** Negators: a negated cue reports no proposition ("did not claim"). */
export const NEGATORS = new Set(["not", "n't", "never", "no", "cannot", "neither"]);

/** Lower-case nouns that head a noun phrase naming a source ("officials", "the group"). */
export const SOURCE_NOUNS = new Set([
  "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "people",
  "person", "commander", "commanders", "leader", "leaders", "minister", "ministers", "group", "groups", "analyst",
  "analysts", "expert", "experts", "statement", "statements", "report", "reports", "media", "outlet", "outlets",
  "government", "governments", "ministry", "ministries", "military", "army", "police", "authorities", "authority",
  "agency", "agencies", "office", "department", "council", "committee", "campaign", "spokesmen", "representative",
  "representatives", "president", "prime", "senator", "senators", "lawmaker", "lawmakers", "diplomat", "diplomats",
  "observer", "observers", "critic", "critics", "witness", "witnesses", "resident", "residents", "aide", "aides",
  "adviser", "advisers", "advisor", "advisors", "officer", "officers", "militia", "militias", "movement", "party",
  "parties", "organization", "organisation", "company", "firm", "administration", "court", "judge", "prosecutors",
  "prosecutor", "investigators", "researchers", "scientists", "doctors", "newspaper", "tabloid", "channel", "network",
  "agency", "broadcaster", "daily", "milblogger", "milbloggers", "blogger", "bloggers", "correspondent", "correspondents",
  "journalist", "journalists", "reporter", "reporters", "poll", "survey", "study", "data", "documents", "document",
  "sources", "insiders", "insider", "operative", "operatives", "voters", "voter", "residents", "members", "member",
  "activists", "activist", "protesters", "demonstrators", "negotiators", "mediators", "faction", "factions", "forces",
  "force", "command", "staff", "service", "services", "center", "centre", "headquarters", "bureau", "council",
  "governor", "mayor", "chief", "head", "director", "secretary", "ambassador", "envoy", "general", "colonel",
  "delegation", "team", "regime", "kremlin", "navy", "guard", "guards", "corps", "brigade", "battalion", "unit",
  "founder", "owner", "candidate", "nominee", "chairman", "chairwoman", "chair", "ceo", "executive", "executives",
  "manager", "economists", "economist", "strategist", "strategists", "pollster", "pollsters", "democrats",
  "republicans", "supporters", "opponents", "allies", "ally", "friends", "friend", "family", "wife", "husband",
  "son", "daughter", "mother", "father", "lawyer", "lawyers", "attorney", "attorneys", "counsel", "manager",
  "users", "user", "account", "accounts", "channel", "channels", "post", "posts", "footage", "video", "imagery",
  "website", "site", "article", "tweet", "letter", "memo", "release", "announcement", "readout", "transcript",
  "sign", "signs", "evidence", "assessment", "figures", "records", "findings", "results", "analysis",
  "percent", "majority", "majorities", "plurality", "half", "third", "quarter", "respondents", "ad", "ads",
  "commercial", "families", "civilians", "refugees", "students", "parents", "workers", "citizens", "americans",
  // Kin and close acquaintances name a source as "friend" and "wife" do ("“C,” his nephew Jo Roe added").
  "brother", "sister", "nephew", "niece", "cousin", "uncle", "aunt", "grandson", "granddaughter", "grandfather",
  "grandmother", "widow", "widower", "fiancee", "fiancé", "fiancée", "girlfriend", "boyfriend", "neighbor", "neighbour",
  "colleague", "classmate", "roommate", "stepfather", "stepmother", "sons", "daughters", "brothers", "sisters",
  // Bodies that speak as one: unions, associations, charities, boards and chambers.
  "union", "unions", "association", "associations", "federation", "coalition", "alliance", "charity", "charities",
  "organizations", "organisations", "campaigners", "commission", "panel", "board", "embassy", "institute",
  "foundation", "parliament", "senate", "cabinet", "congress",
]);

/** Heads that make a speaker a media outlet. */
export const MEDIA_WORDS = new Set([
  "media", "newspaper", "news", "agency", "tv", "television", "radio", "channel", "broadcaster", "outlet", "outlets",
  "daily", "times", "post", "journal", "press", "reuters", "ap", "afp", "tass", "ria", "interfax", "bbc", "cnn",
  "nbc", "cbs", "abc", "fox", "msnbc", "npr", "pbs", "axios", "politico", "bloomberg", "ynet", "haaretz", "tasnim",
  "fars", "irna", "isna", "mehr", "sepah", "xinhua", "sana", "anadolu", "aljazeera", "al-jazeera", "jazeera",
  "al-arabiya", "arabiya", "al-ain", "telegram", "milblogger", "milbloggers", "blogger", "bloggers", "correspondent",
  "correspondents", "journalist", "journalists", "reporter", "reporters", "magazine", "gazette", "tribune", "herald",
  "wire", "network", "website", "x", "twitter", "facebook", "instagram", "youtube", "tiktok", "vkontakte", "vk",
  "pravda", "izvestia", "kommersant", "rt", "sputnik", "ukrinform", "unian", "rbc", "meduza", "kan", "i24",
  // Newspapers' common initials.
  "ft", "wsj", "nyt",
]);

/** Words in a name that make it a government body. */
export const GOVERNMENT_WORDS = new Set([
  "ministry", "ministries", "government", "department", "council", "administration", "kremlin", "parliament",
  "congress", "senate", "house", "cabinet", "presidency", "military", "army", "navy", "forces", "police", "command",
  "centcom", "idf", "irgc", "mod", "mfa", "state", "pentagon", "embassy", "office", "authority", "authorities",
  "staff", "general", "guard", "guards", "corps", "service", "services", "fsb", "sbu", "gur", "bureau", "agency",
  "headquarters", "directorate", "municipality", "governorate", "prosecutor", "court", "judiciary", "majlis",
  "duma", "knesset", "regime", "committee", "commission", "un", "nato", "force", "republic", "treasury",
  // Common initials of government bodies, which their letters do not tell (a document that spells one out types it
  // from its full name, see acronymTypes): the EU, US federal agencies, UN agencies, national security councils and
  // the self-proclaimed republics of eastern Ukraine.
  "eu", "fbi", "cia", "nsa", "fcc", "fda", "ftc", "doj", "dhs", "unhcr", "unicef", "unesco", "unrwa", "ohchr", "iaea",
  "nsc", "nsdc", "dnr", "lnr", "dpr", "lpr",
]);

/**
 * Open compound nouns whose first word would read as a verb or cue ("think tank"): "first second" pairs, so a
 * phrase ending in the second word takes the first as its modifier.
 */
export const OPEN_COMPOUNDS: ReadonlySet<string> = new Set(["think tank", "think tanks"]);

/** Words in a name that make it an organization (not a person). */
export const ORGANIZATION_WORDS = new Set([
  "group", "groups", "party", "movement", "front", "company", "corporation", "corp", "inc", "institute", "university",
  "organization", "organisation", "association", "union", "federation", "foundation", "center", "centre", "hezbollah",
  "hamas", "taliban", "brigades", "brigade", "battalion", "resistance", "militia", "militias", "faction", "factions",
  "alliance", "coalition", "network", "campaign", "committee", "league", "society", "watch", "international",
  "amnesty", "bank", "fund", "club", "team", "council", "houthis", "houthi", "jihad", "isis", "isw", "ctp", "wagner",
  // what company names end with ("Veltra Shipping", "Cairn Energy")
  "shipping", "energy", "airlines", "airways", "motors", "holdings", "industries", "technologies", "systems", "guild",
  "partners", "capital", "ltd", "plc", "llc", "gmbh", "co",
  // what describes a company before its name ("the oil firm Veltra", "Danish brewer Kolby", "software giant Omnex")
  "firm", "firms", "airline", "carrier", "carmaker", "drugmaker", "automaker", "chipmaker", "brewer", "retailer",
  "supermarket", "insurer", "lender", "conglomerate", "consultancy", "giant", "manufacturer", "housebuilder",
  "distributor", "publisher", "charity", "think-tank",
]);

/** Titles and roles that precede or describe a person. */
export const PERSON_TITLES = new Set([
  "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "commander", "general", "gen",
  "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "ambassador", "envoy", "chief", "director",
  "adviser", "advisor", "aide", "leader", "chairman", "chairwoman", "deputy", "colonel", "col", "lt", "major", "maj",
  "captain", "capt", "admiral", "adm", "sergeant", "sgt", "mr", "mrs", "ms", "dr", "prof", "professor", "judge",
  "justice", "king", "queen", "prince", "sheikh", "ayatollah", "cleric", "imam", "pope", "candidate", "nominee",
  "politician", "lawmaker", "official", "diplomat", "analyst", "expert", "economist", "journalist", "reporter",
  "correspondent", "milblogger", "blogger", "founder", "ceo", "head", "speaker", "premier", "chancellor", "lawyer",
  "attorney", "strategist", "pollster", "activist", "officer", "soldier", "resident", "director", "manager",
  "professor", "historian", "author", "writer", "host", "anchor", "commentator", "veteran", "businessman", "master",
  "member",
  // church, police and sports ranks ("Jefferson Sheriff Ada Roe", "the Archbishop of Dover", "the national team coach")
  "sheriff", "coach", "archbishop", "bishop", "cardinal", "rabbi", "inspector", "detective", "constable",
  "superintendent", "qc", "mp",
]);

/** Abbreviated titles and the title they stand for ("Gov. Ed Rendell" is a governor). */
export const TITLE_ABBREVIATIONS = new Map([
  ["gen", "general"], ["sen", "senator"], ["rep", "representative"], ["gov", "governor"], ["col", "colonel"],
  ["maj", "major"], ["capt", "captain"], ["adm", "admiral"], ["sgt", "sergeant"], ["prof", "professor"],
  ["amb", "ambassador"], ["supt", "superintendent"], ["insp", "inspector"], ["det", "detective"], ["atty", "attorney"],
  ["pres", "president"], ["sec", "secretary"],
]);

/** Titles of courtesy that say nothing of a role ("Mr Blunkett" may be "the minister"). */
export const HONORIFICS = new Set(["mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady"]);

/** Phrases that mark a source as anonymous. */
export const ANONYMITY_MARKERS = [
  "anonymity", "anonymously", "not authorized", "not authorised", "unnamed", "familiar with", "declined to be named",
  "asked not to be", "requested not to be", "who did not want to be named", "on background", "speaking privately",
];

/** Lower-case heads that on their own (no name) make a speaker anonymous. */
export const ANONYMOUS_HEADS = new Set([
  "source", "sources", "official", "officials", "person", "people", "insider", "insiders", "diplomat", "diplomats",
  "officer", "officers", "operative", "operatives", "aide", "aides", "commander", "commanders",
]);

/** Words that, before a cue, show that no subject noun phrase precedes it. */
export const CLAUSE_BREAKERS = new Set([
  "that", "which", "who", "whom", "whose", "when", "where", "while", "whereas", "because", "since", "although", "though",
  "if", "unless", "but", "so", "than", "as", "after", "before", "until", "once", "whether", "why", "how", "what",
]);

/** Lower-case words a quoted title of a programme or paper may contain ("Fox and Friends", "Meet the Press"). */
export const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set(["and", "the", "of", "a", "an", "in", "on", "for", "to", "with", "at", "&"]);

/** Coordinating conjunctions: after a speaker tag they open a clause of its own ("“C1,” she said, but “C2,” said Roe"). */
export const COORDINATORS: ReadonlySet<string> = new Set(["and", "but", "or", "yet", "nor"]);

/** Words after "as" that make it a comparison or a connective, not a predicative phrase ("as well as", "as part of", "as if"). */
export const AS_NON_PREDICATIVE: ReadonlySet<string> = new Set(["well", "much", "many", "long", "soon", "far", "of", "if", "though", "part", "usual", "to", "for"]);
/** Words after "as" that open no complement of a labelling cue ("as well", "as soon as", "as long as", "as if", "as part of"). */
export const AS_NO_COMPLEMENT: ReadonlySet<string> = new Set(["well", "soon", "long", "much", "many", "far", "if", "though", "part"]);

/** Conjunctions that open a subordinate clause before the main clause ("Though X said C, Y ..."). */
export const SUBORDINATORS = new Set([
  "while", "though", "although", "as", "if", "when", "whereas", "since", "because", "after", "before", "once", "until", "unless",
]);

/** Auxiliaries that, right after "and"/"but", open a verb phrase coordinated with the cue ("claimed X and was acquitted"). */
export const COORDINATED_AUX = new Set([
  "has", "had", "have", "was", "were", "is", "are", "did", "does", "also", "then", "later", "would", "will",
]);

/**
 * Perfect auxiliaries (and "been"), which a coordinated participle shares: "had set up and maintained X". Not the
 * passive "was"/"be": "will not be affected and told them" coordinates an active verb with its own object.
 */
export const PARTICIPLE_AUXILIARIES: ReadonlySet<string> = new Set(["has", "had", "have", "having", "been"]);

/** Cue lemmas whose other sense is seeing or hearing ("saw young men dragged away"); as cues they need "as" ("saw it as"). */
export const PERCEPTION_LEMMAS: ReadonlySet<string> = new Set(["see", "view", "watch", "hear"]);

/** Particles of phrasal verbs that end a verb phrase with no object ("set up", "carried out", "shut down"). */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(["up", "out", "down", "off", "back", "away", "over"]);

/** Prepositions (a noun phrase does not cross them, except "of" and "for" inside names). */
export const PREPOSITIONS = new Set([
  "in", "on", "at", "to", "from", "with", "by", "about", "after", "before", "during", "over", "under", "into", "onto",
  "through", "across", "against", "between", "among", "amid", "without", "within", "toward", "towards", "upon",
  "near", "behind", "beyond", "since", "until", "via", "per", "like", "despite", "following", "including",
]);

/** Prepositions that open a fronted adjunct but are left out of PREPOSITIONS, which bounds noun phrases
 * ("But underneath the criticism, sources said, C", "Beneath the calm, she said, C"). */
export const FRONTED_PREPOSITIONS: ReadonlySet<string> = new Set(["underneath", "beneath", "besides", "beside", "amongst", "unlike", "regarding", "concerning", "above", "below", "except", "instead"]);

/** Words that are adverbs as often as prepositions ("around 40 percent", "went outside"); before a determiner they
 * are prepositions ("observers in Dover and around the state"). */
export const ADVERB_PREPOSITIONS = new Set(["around", "outside", "inside", "throughout", "alongside"]);

/** Determiners and possessives that may open a speaker noun phrase. */
export const DETERMINERS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "many",
  "several", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "one", "other", "another",
  "both", "all", "most", "few", "no", "each", "every", "any",
]);

/** Subject pronouns and auxiliaries that show a clause has started (content, not adjunct). */
export const CLAUSE_STARTERS = new Set([
  "it", "he", "she", "they", "we", "i", "you", "there", "would", "will", "could", "can", "may", "might", "should",
  "must", "was", "were", "is", "are", "has", "have", "had", "did", "does", "do", "not",
]);

/** Words that may not be part of a speaker noun phrase even though lower-case words usually may. */
export const NON_NOMINAL = new Set([
  "and", "or", "but", "nor", "not", "also", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
  "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "it", "he", "she", "they", "we",
  "i", "you", "there", "then", "than", "so", "if", "very", "too", "just", "only", "even", "however", "what",
]);

/**
 * Labels that open a publication's note on its own article ("Editor’s note: ..."): the paragraph is the outlet's
 * comment on the piece, whose reporting verbs characterise (" ... who has repeatedly pledged to ban ...") rather than
 * report anyone's claim. Lower-case, straight apostrophes, without the colon.
 */
export const EDITORS_NOTE_LABELS = new Set(["editor's note", "editors' note", "editors note", "editor note"]);

/** Month names, for dates in titles and URLs. */
export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** Abbreviated month names written with a full stop ("Nov. 8", "Sept. 30"), lower-case, without the stop. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]);

/**
 * Nouns for people with no role of their own, or groups of them, which no agent suffix shows ("a woman asked",
 * "advocates cite", "the crowd chanted"): as subjects of weak cues they are sources.
 */
export const PEOPLE_NOUNS = new Set([
  "man", "men", "woman", "women", "child", "children", "boy", "boys", "girl", "girls", "crowd", "crowds", "attendees",
  "advocate", "advocates", "rival", "rivals", "liberals", "conservatives", "progressives", "moderates", "agents",
  "colleagues", "friends", "fans", "audience", "parents", "students", "veterans", "delegates", "panel",
]);

/** Heads of descriptions that denote people ("the officials", "the sources"). */
export const HUMAN_HEADS = new Set([
  "official", "officials", "source", "sources", "people", "person", "commander", "commanders", "leader", "leaders",
  "spokesman", "spokeswoman", "spokesperson", "analyst", "analysts", "expert", "experts", "diplomat", "diplomats",
  "aide", "aides", "adviser", "advisers", "advisor", "advisors", "officer", "officers", "member", "members",
  "activist", "activists", "resident", "residents", "witness", "witnesses", "minister", "ministers", "president",
  "senator", "senators", "lawmaker", "lawmakers", "representative", "representatives", "insider", "insiders",
  "operative", "operatives", "critic", "critics", "observer", "observers", "politician", "politicians", "journalist",
  "journalists", "reporter", "reporters", "candidate", "nominee", "governor", "mayor", "chief", "director",
  "secretary", "ambassador", "envoy", "general", "investigators", "researchers", "prosecutors", "prosecutor",
  "lawyer", "lawyers", "attorney", "attorneys", "voters", "supporters", "opponents", "negotiators", "mediators",
  "milblogger", "milbloggers", "blogger", "bloggers", "correspondent", "correspondents", "economist", "economists",
  "doctor", "doctors", "physician", "physicians", "nurse", "nurses", "surrogate", "surrogates", "student", "students",
  "teacher", "teachers", "soldier", "soldiers", "veteran", "veterans", "victim", "victims", "survivor", "survivors",
]);

/** Time expressions that may follow a cue without being its content ("said Friday", "added later"). */
export const TIME_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
  "tomorrow", "earlier", "later", "recently", "afterward", "afterwards", "previously", "again", "last", "this",
  "next", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "monday's", "then",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
  "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "privately", "publicly", "separately",
  "repeatedly", "often", "once", "twice", "too", "also", "simply", "flatly", "bluntly", "now", "late", "early",
]);

/**
 * Occasions and channels of speaking: a trailing "in an interview (with X)",
 * "during a news conference", "in a statement" after a content says where the
 * cue happened, not what was said (see `trailingVenue`). Only nouns that are
 * seldom the topic of a content: "debate", "rally", "session", "letter" and
 * "tweets" are as often what the content is about ("a problem with the
 * microphone during the debate", "gets up at 3 a.m. to send angry tweets").
 */
export const SPEECH_VENUES = new Set([
  "interview", "interviews", "statement", "remarks", "conference", "briefing", "appearance", "op-ed", "speech",
  "address", "call", "podcast", "broadcast",
]);

/** Prepositions that open a venue adjunct. */
export const VENUE_PREPOSITIONS = new Set(["in", "during", "at", "on", "via"]);

/**
 * First words of a fronted adjunct ("In an interview", "Over the years", "Rather", "Last week"): a content of a
 * few words that opens with one of these (and is not quoted) is the frame's adjunct, not a proposition.
 * ("to" counts only before a name: "said to People"; "about", "of", "by" introduce topics and agents, kept.)
 */
export const ADJUNCT_HEADS = new Set([
  "in", "on", "at", "from", "with", "during", "over", "under", "into", "through", "across", "against", "between",
  "among", "amid", "within", "toward", "towards", "upon", "near", "behind", "beyond", "since", "until", "via", "per",
  "for", "after", "before", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
  "today", "tonight", "tomorrow", "earlier", "later", "recently", "afterward", "afterwards", "previously", "again",
  "last", "next", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night", "then", "privately",
  "publicly", "separately", "repeatedly", "often", "twice", "simply", "flatly", "bluntly", "now", "rather", "instead",
  "however", "meanwhile", "still", "yet", "indeed", "moreover", "furthermore", "besides", "nevertheless",
  "nonetheless", "additionally", "even",
]);

/**
 * Prepositions that open a phrase of place, time or occasion ("in a column on Yahoo News", "before the panel last
 * fall", "during his appearance on Fox", "while a student at ..."): such a phrase is the setting of a speech act,
 * never its message, however long it is. ("for", "against", "with", "at", "about" are left out: they also take a
 * cue's object, "argued for a ban", "warned against it", "countered with an ad", "hinted at a deal", "estimated at
 * 3,000"; "by" is handled apart, as the agent of a passive participle.)
 */
export const OCCASION_PREPOSITIONS = new Set(["in", "during", "before", "after", "from", "on", "amid", "throughout", "while", "outside", "inside", "following", "since", "near", "aboard"]);

/** Capitalised labels of the publication's own notes ("CORRECTION: ...", "UPDATE: ..."): no speaker's transcript line. */
export const EDITORIAL_LABELS = new Set([
  "correction", "corrections", "clarification", "update", "updated", "email", "e-mail", "note", "editor's", "editor’s",
  "editors", "photo", "photos", "video", "watch", "read", "related", "exclusive", "breaking", "disclosure", "contact",
]);

/**
 * Words that, standing alone as a cue's content, report nothing: a conjunction, preposition or particle the content
 * scan stopped at ("Roe endorsed and campaigned for X", "he tweeted about ...", "applauding along") or a quantity of talk
 * ("said little", "said nothing"). Pro-forms of a proposition ("said so", "said that") are not here: they stand for one;
 * nor are the particles of phrasal verbs ("ruled that out" leaves "out" for a real claim whose "that" the scan dropped).
 */
export const EMPTY_CONTENT_WORDS: ReadonlySet<string> = new Set([
  "and", "or", "but", "nor", "because", "although", "though", "about", "along", "little", "nothing", "anything",
]);

/**
 * A degree word or sentence adverb that, standing alone and unquoted as a content, reports nothing ("Mexico said
 * enough.", "According to MSNBC, basically.", "Essentially, he says, ..."): an adjunct, whose frame still lends its
 * speaker to the quotations after it.
 */
export const LONE_ADVERB_CONTENTS: ReadonlySet<string> = new Set([
  "enough", "basically", "essentially", "apparently", "reportedly", "allegedly", "supposedly", "presumably", "obviously",
]);

/**
 * Adjectives of frequency that double as newspaper nouns ("the daily said"): before a past participle and a bare
 * noun in object position they modify that noun ("lays out the daily observed indicators").
 */
export const FREQUENCY_ADJECTIVES: ReadonlySet<string> = new Set(["daily", "weekly", "monthly", "hourly", "nightly", "annual", "yearly"]);

/**
 * Adjectives and quantifiers that modify a plural noun and are no subject
 * themselves: before a cue's "-s" form they make it a noun ("Subsequent
 * estimates put", "various reports of", "news reports identify").
 */
export const PLURAL_MODIFIERS = new Set([
  "various", "multiple", "numerous", "several", "many", "some", "few", "initial", "subsequent", "earlier",
  "previous", "recent", "early", "later", "conflicting", "unconfirmed", "separate", "similar", "news", "media",
  "press", "preliminary", "widespread", "repeated",
]);

/** Reflexive pronouns ("found themselves in the thick of it": the object of a verb of state, no finding). */
export const REFLEXIVE_PRONOUNS: ReadonlySet<string> = new Set(["myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves", "oneself"]);

/** Social networks a byline's sign-off names ("Follow Jo Roe on Twitter @joroe"). */
export const SOCIAL_NETWORKS: ReadonlySet<string> = new Set(["twitter", "x", "facebook", "instagram", "youtube", "tiktok", "threads", "bluesky", "linkedin", "telegram", "mastodon"]);

/** Words that may stand inside a time phrase before its time word ("just today", "a few days later", "only two weeks ago"). */
export const TIME_PHRASE_MODIFIERS: ReadonlySet<string> = new Set([
  "just", "only", "a", "an", "few", "several", "couple", "of", "some", "many", "the", "same", "following", "previous",
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty",
]);

/** Conjunctions that open a subordinate clause of time only ("said when she resigned", "said while campaigning"). */
export const TIME_SUBORDINATORS: ReadonlySet<string> = new Set(["when", "while", "whenever"]);

/** Words that can head a time phrase after a cue ("said Tuesday ...", "said yesterday ..."). */
export const DAY_WORDS: ReadonlySet<string> = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight"]);

/** Weekday and month names (and "yesterday", "today", "tonight"): they date a phrase and name nobody. */
export const DATE_NAMES: ReadonlySet<string> = new Set([...DAY_WORDS, ...MONTHS]);
/** Time nouns that need a "last"/"this"/"next" before them to be a time phrase ("last week"). */
export const DATED_NOUNS: ReadonlySet<string> = new Set(["week", "weekend", "month", "year", "morning", "afternoon", "evening", "night"]);
/** Parts of a day that may follow a day word ("Sunday night"). */
export const DAY_PARTS: ReadonlySet<string> = new Set(["morning", "afternoon", "evening", "night"]);
/** Subject pronouns that open a clause ("said Tuesday he ..."). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["i", "you", "he", "she", "it", "we", "they", "there"]);
/**
 * Sentence-opening connectives (before a comma) that tie a sentence to the one before it: the writer's
 * words, not the source's ("However, sales fell, he said"). Not "overall", "now", "so": they can scope the claim.
 */
export const DISCOURSE_CONNECTIVES: ReadonlySet<string> = new Set([
  "however", "still", "meanwhile", "instead", "moreover", "furthermore", "nevertheless", "nonetheless", "indeed",
  "additionally", "separately", "consequently", "similarly", "likewise", "in fact", "even so", "in addition",
  "by contrast", "in contrast", "as a result", "of course", "again", "besides",
]);
/**
 * Adverbs and connectives that can stand between a comma and a name without describing it
 * ("…, yet Donald Trump brags", "…, thus Jo Roe said"): no role description.
 */
export const NOT_DESCRIPTIONS: ReadonlySet<string> = new Set([
  "yet", "thus", "hence", "therefore", "nor", "now", "here", "there", "today", "tonight", "yesterday", "also", "soon",
  "later", "earlier", "ago", "already", "again", "first", "next", "last", "finally", "perhaps", "maybe", "otherwise",
]);
/** Adverbs of place or manner that can close a participle postmodifying a subject ("A statement posted online said"). */
export const PARTICIPLE_ADVERBS: ReadonlySet<string> = new Set([
  "online", "overnight", "here", "abroad", "publicly", "jointly", "internally", "locally", "nationally", "anonymously",
]);
/**
 * Objects of "say" that name an utterance but report no proposition ("said a word to the crew",
 * "said a prayer", "said goodbye"), as word sequences.
 */
export const NON_PROPOSITION_OBJECTS: readonly (readonly string[])[] = [
  ["a", "word"], ["a", "few", "words"], ["a", "lot"], ["a", "prayer"], ["a", "few", "prayers"], ["goodbye"], ["hello"], ["grace"], ["farewell"],
];
/** Object pronouns that can be the listener after "told" ("told me we ..."). */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(["me", "us", "you", "him", "them"]);
/** Nouns for an audience that can be told something ("told the crowd he ..."). */
export const LISTENER_NOUNS: ReadonlySet<string> = new Set([
  "crowd", "crowds", "audience", "audiences", "gathering", "rally", "room", "jury", "court", "committee", "panel",
  "congregation", "assembly", "conference", "convention", "meeting", "forum", "summit", "briefing", "hearing",
  "supporters", "reporters", "journalists", "voters", "students", "delegates", "attendees", "members", "guests",
  "lawmakers", "donors", "workers", "residents", "activists", "protesters", "troops", "soldiers", "officials",
  "leaders", "families", "fans", "viewers", "listeners", "readers", "parents", "mayors", "senators", "colleagues",
  "friends", "followers", "crew", "staff", "employees", "investors", "analysts", "diplomats", "parliament",
]);
/**
 * Nouns for a programme or publication spoken to ("told BBC Radio 4's Today programme he ...", "told the paper
 * she ..."): after a cue that takes an addressee they end the outlet, not start the content.
 */
export const PROGRAMME_NOUNS: ReadonlySet<string> = new Set([
  "programme", "programmes", "program", "show", "paper", "newspaper", "magazine", "website", "site", "channel",
  "station", "broadcaster", "podcast", "bulletin", "documentary", "weekly", "tabloid",
]);

/** Modal auxiliaries: a cue under one of them ("could be said to", "might hope that") is conjecture or advice, not a report. */
export const MODALS: ReadonlySet<string> = new Set(["will", "would", "could", "can", "may", "might", "should", "must", "shall"]);

/** Auxiliaries, modals and copulas: a clause has a finite verb when one of these stands in it. */
export const FINITE_MARKERS = new Set([
  "is", "are", "was", "were", "am", "be", "been", "will", "would", "can", "could", "should", "shall", "must", "may", "might",
  "has", "have", "had", "do", "does", "did", "won't", "ca", "wo", "cannot",
]);

/** Roles named by their relation to someone: "to X" after them postmodifies ("a longtime adviser to Trump", "the top aide to the governor"), it is no adjunct of the cue. */
export const RELATIONAL_HEADS: ReadonlySet<string> = new Set([
  "adviser", "advisers", "advisor", "advisors", "aide", "aides", "assistant", "assistants", "counselor", "counsel",
  "consultant", "consultants", "ambassador", "envoy", "envoys", "successor", "predecessor", "heir", "deputy", "deputies",
  "secretary", "spokesman", "spokeswoman", "spokesperson", "confidant", "confidante", "donor", "donors", "adjutant",
]);

/**
 * Bodies and businesses named by a common noun that neither an agent suffix (-er, -or, -ist, -ant, -ent) nor the
 * source, organisation or government lists mark: a named possessor's "board" or "watchdog" may speak
 * ("Manchester United's board"), its "economy" may not (resolve.ts).
 */
export const AGENT_NOUNS: ReadonlySet<string> = new Set([
  "board", "boards", "banks", "clubs", "side", "chain", "subsidiary", "division", "arm", "rival", "rivals", "body", "bodies",
  "panel", "watchdog", "unions",
]);

/** Plural nouns without the "-s" ending, which take a plural verb: "the women say", "congressmen argue", "their children say". */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  "men", "women", "chairmen", "congressmen", "congresswomen", "businessmen", "businesswomen", "policemen", "firemen",
  "spokesmen", "spokeswomen", "gunmen", "servicemen", "servicewomen", "countrymen", "fishermen", "freshmen",
  "councilmen", "aldermen", "salesmen", "middlemen", "laymen", "clergymen", "noblemen", "gentlemen", "children",
  "grandchildren",
]);

/** Nouns ending in "-ly", which the phrase reader would otherwise take for adverbs ("the organizer of the rally said"). */
export const LY_NOUNS: ReadonlySet<string> = new Set(["rally", "ally", "assembly", "anomaly", "monopoly", "family", "homily"]);

/** Nouns of a point in time, which head relative clauses with no "when" ("the moment Roe said", "the day Roe left"). */
export const MOMENT_NOUNS: ReadonlySet<string> = new Set(["moment", "time", "times", "day", "days", "point", "instant", "hour", "hours", "minute", "minutes", "second", "era", "period", "season", "years", "weeks", "months"]);

/** Irregular past forms that open "X put it: “C”", "X went on: “C”", "X struck back: “C”" (regular ones end in -ed). */
export const COLON_IRREGULAR_PASTS: ReadonlySet<string> = new Set(["put", "went", "wrote", "spoke", "made", "gave", "took", "got", "came", "began", "sent", "struck", "drew", "hit", "kept", "left", "summed", "threw", "fired", "shot", "sang", "rang", "set"]);

/** Possessive determiners, which say nothing of who is meant ("his spokesman", "their birth dates"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["his", "her", "its", "their", "our", "my", "your"]);
/** Possessive determiners that name the source of a noun cue ("his claim that", "their insistence that"); not "your", which addresses the reader. */
export const SOURCE_POSSESSIVES: ReadonlySet<string> = new Set([...POSSESSIVE_DETERMINERS].filter((w) => w !== "your"));

/**
 * A lower-case word of three letters or more in "-s" that reads as a plural noun ("officials", "pilots"), not one in
 * "-ss", "-us" or "-is" ("press", "census", "analysis").
 */
export function isPluralNounForm(word: string): boolean {
  return /^\p{Ll}{3,}s$/u.test(word) && !/(?:ss|us|is)$/.test(word);
}

/** Adverbs that may stand in a copula before a noun cue's clause ("has long been that", "still is that"). */
export const COPULA_ADVERBS = new Set(["long", "still", "always", "now", "simply", "also", "really"]);

/** Endings of nationality adjectives ("Russian", "Ukrainian", "Chinese", "Israeli", "Turkish"). */
export const NATIONALITY_ENDING = /^\p{Ll}{3,}(?:ian|an|ese|ish|i)$/u;

/** Transitive light verbs that leave an object gap in a relative clause ("the promise that he made"). */
export const GAP_VERBS = new Set(["made", "make", "makes", "gave", "give", "gives", "had", "has", "have", "offered", "offers", "issued", "issues", "broke", "kept", "repeated", "heard", "dispute", "disputes", "disputed", "reject", "rejects", "rejected"]);

/** Words before a noun cue that leave it without a source ("the claim that", "amid allegations that"). */
export const ARTICLES_FOR_UNSOURCED = new Set(["the", "a", "an", "these", "those", "such"]);

/** Prepositions of a short adjunct between a noun cue and its "that" ("her assertion during the debate that"). */
export const NOMINAL_ADJUNCTS = new Set(["in", "during", "at", "on"]);

/** Irregular simple past forms that may open a verb phrase coordinated with a past-tense cue (regular ones end in "-ed"). */
export const IRREGULAR_PASTS: ReadonlySet<string> = new Set(["said", "told", "wrote", "spoke", "made", "gave", "took", "got", "came", "went", "began", "sent", "struck", "drew", "kept", "left", "threw", "met", "saw", "sought", "swore", "stood", "won", "ran", "led", "paid", "sold", "spent", "found", "lost", "knew", "grew", "broke", "chose", "rose", "fell", "brought", "thought", "felt", "held", "became", "bought", "taught", "fought", "drove", "withdrew", "understood", "withheld", "upheld", "retook", "overtook", "forgave"]);

/** Words that open the object or complement of a verb right after it ("and refused to", "and chided him", "and ordered that"). */
export const VERB_OBJECT_OPENERS = new Set(["to", "that", "about", "on", "with", "at", "for", "against", "up", "out", "back", "over"]);

/** Object pronouns that stand before the name given in "called him a liar", "calls it the nerd prom". */
export const LABEL_PRONOUNS: ReadonlySet<string> = new Set(["him", "her", "them", "it", "this", "that", "me", "us", "you", "himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"]);

/** Determiners that open a noun phrase given as a label ("a liar", "the nerd prom", "her hero"). */
export const LABEL_DETERMINERS: ReadonlySet<string> = new Set(["a", "an", "the", "his", "her", "their", "its", "our", "my", "your"]);

/**
 * Words that, right after the object of "call", show a summons, a phone call or an idiom rather than a label
 * ("called him back", "called them twice", "called it quits", "calling him names", "called it right").
 */
export const NOT_LABEL_WORDS: ReadonlySet<string> = new Set([
  "back", "up", "off", "out", "over", "again", "twice", "once", "repeatedly", "later", "earlier", "today", "tonight", "yesterday",
  "tomorrow", "now", "then", "first", "last", "directly", "personally", "early", "late", "often", "together", "instead", "too",
  "also", "still", "just", "only", "ever", "never", "anyway", "home", "quits", "names", "right", "himself", "herself",
  "themselves", "itself", "all", "both", "each", "every", "several", "many", "some", "any", "no", "not", "and", "or", "but",
  "for", "of", "here", "there", "away", "down", "around", "instead", "immediately", "shortly", "afterward", "afterwards",
]);

/** Endings of adjectives ("divisive", "dangerous", "baseless", "unpatriotic"), for a label read off the end of an object. */
export const LABEL_ADJECTIVE = /^(?:(?:un|anti|pro|non)-?)?\p{Ll}{2,}(?:al|ar|ic|ive|ous|ary|ent|ant|ful|less|able|ible|ish|ist|ile)$|^(?:anti|pro|non)-\p{L}+$|^(?:false|fake|wrong|weak|unfit|corrupt|racist|sexist|absurd|bogus|crazy|stupid|dumb|untrue|evil|insane|unfair|unsafe|naive|silly|bad|good|great|terrible|horrible|true|fair)$/u;

/** Nouns after "a" that count or measure ("a dozen", "a few minutes later"): no label. */
export const LABEL_QUANTITY = /^(?:few|couple|lot|bit|day|night|week|month|year|minute|hour|moment|while|dozen|handful|number|second|third|time|total|series)$/;

/**
 * Words that cannot stand inside the subject of a complement clause after a verb of finding ("found X was ..."): a
 * question or relative word ("show how", "someone who"), "that", a preposition missing from PREPOSITIONS ("for",
 * "as", "than"), "to", and the particles of phrasal verbs ("finding out", "show up").
 */
export const COMPLEMENT_BREAKERS: ReadonlySet<string> = new Set([
  "how", "why", "what", "who", "whom", "whose", "which", "where", "when", "whether", "that", "for", "as", "than", "to",
  "out", "up", "down", "off", "away", "back",
]);

/**
 * Verbs of preventing or refraining, in every form, whose "from" + gerund names what was not done ("barred him
 * from saying that C", "refrained from claiming"): the lemma with any of the endings a text may add.
 */
export const PREVENTING_FORMS: ReadonlySet<string> = new Set(
  ["bar", "ban", "prevent", "stop", "keep", "kept", "refrain", "discourage", "prohibit", "block", "restrain", "deter", "dissuade", "forbid", "forbade", "preclude", "shy", "shied", "abstain"]
    .flatMap((w) => [w, ...["s", "red", "ned", "ped", "ed", "d", "ing", "ring", "ning", "ping"].map((e) => w + e)]),
);

/**
 * Words an approximating "about" stands before ("about 40 percent", "about half", "about one-third of voters", "about a quarter" after its article): a
 * content that opens with "about" and one of these is a clause about a quantity, not the topic of the words.
 */
export const APPROXIMATED = /^(?:\d[\d,.:%]*|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|billion|dozen|dozens|score|quarter|third|fifth|tenth|(?:one|two|three|four)-(?:halfs?|thirds?|quarters?|fifths?|tenths?))$/;

/** Shares of a counted group that hold a position ("a majority of voters", "three-quarters", "54 percent"). */
export const POLL_SHARES = /^(?:majority|minority|plurality|half|percent|\d+%?|(?:one|two|three|four)-(?:thirds?|quarters?|fifths?))$/;

/** A year as text writes one, 1800–2099 ("in 1998", "May 3, 2022"): a number that is a time, not a count. */
export const YEAR = /^(?:1[89]|20)\d\d$/;

/** Heads of descriptions of a business ("the firm", "the bank"), which a tag uses for the company its content is about. */
export const BUSINESS_HEADS: ReadonlySet<string> = new Set(["firm", "company", "bank", "lender", "group", "carrier", "airline", "retailer", "insurer", "maker", "chain", "operator", "club"]);

/** Prepositions whose object may end a source's phrase ("reports in the Post", "aides to the senator"). */
export const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "from", "of", "for", "to", "with"]);

/** Words in "-ing" that are nouns or prepositions more often than verbs after a noun phrase. */
export const ING_NOUNS: ReadonlySet<string> = new Set(["building", "buildings", "training", "housing", "during", "including", "following", "according", "morning", "evening", "thing", "something", "nothing", "anything", "everything", "ceiling", "clothing", "shipping", "funding", "meeting", "landing", "spending", "warning", "parking"]);

/** Connectives that may stand before a coordinated subject that opens the sentence ("But the farmers and ..."). */
export const OPENING_CONNECTIVES: ReadonlySet<string> = new Set(["but", "and", "both", "yet", "also", "meanwhile", "separately"]);
