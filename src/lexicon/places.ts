/**
 * Countries and capitals that act as sources in news ("Russia said", "Moscow
 * believes", "Washington wants"): a name in this list speaks for its
 * government. Lower-case.
 */
export const COUNTRIES = new Set([
  "afghanistan", "albania", "algeria", "argentina", "armenia", "australia", "austria", "azerbaijan", "bahrain",
  "bangladesh", "belarus", "belgium", "brazil", "britain", "bulgaria", "canada", "chile", "china", "colombia", "croatia",
  "cuba", "cyprus", "czechia", "denmark", "egypt", "estonia", "ethiopia", "finland", "france", "georgia", "germany",
  "greece", "hungary", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan",
  "kazakhstan", "kenya", "kosovo", "kuwait", "latvia", "lebanon", "libya", "lithuania", "malaysia", "mexico",
  "moldova", "morocco", "netherlands", "nigeria", "norway", "oman", "pakistan", "palestine", "poland", "portugal",
  "qatar", "romania", "russia", "serbia", "slovakia", "somalia", "spain", "sudan", "sweden", "switzerland", "syria",
  "taiwan", "tunisia", "turkey", "türkiye", "ukraine", "uae", "uk", "us", "usa", "u.s.", "u.k.", "venezuela",
  "vietnam", "yemen", "washington", "moscow", "kyiv", "kiev", "tehran", "baghdad", "beijing", "london", "paris",
  "berlin", "ankara", "damascus", "beirut", "jerusalem", "cairo", "riyadh", "doha", "amman", "minsk", "brussels",
  "tokyo", "seoul", "pyongyang", "delhi", "islamabad", "kabul", "abu", "dhabi", "sanaa", "gaza", "america",
  // names of several words, looked up joined by one space
  "united states", "united kingdom", "saudi arabia", "north korea", "south korea", "south africa", "new zealand",
  "united arab emirates",
]);

/**
 * US states, lower-case, for datelines and place tails ("in Ames, Iowa, on
 * Sunday"): after a city and a comma, one of these continues the place.
 */
export const US_STATES = new Set([
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia",
  "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland",
  "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
  "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
  "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
  "virginia", "washington", "west virginia", "wisconsin", "wyoming", "d.c.",
]);

/**
 * Adjectives of nationality or region ("Russian", "Ukrainian"). Alone, as in "Ukrainian reports that C" or "Russian
 * claims of C", one names a side, not a source: it resolves to no fuller name ("Ukrainian" is not the "Ukrainian
 * General Staff" mentioned before).
 */
export const DEMONYMS: ReadonlySet<string> = new Set([
  "russian", "ukrainian", "belarusian", "chechen", "georgian", "moldovan", "iranian", "iraqi", "israeli", "palestinian",
  "lebanese", "syrian", "jordanian", "egyptian", "saudi", "emirati", "qatari", "bahraini", "kuwaiti", "omani", "yemeni",
  "turkish", "kurdish", "afghan", "pakistani", "indian", "chinese", "japanese", "korean", "american", "canadian",
  "mexican", "british", "english", "scottish", "irish", "welsh", "french", "german", "italian", "spanish", "polish",
  "dutch", "european", "western", "african", "asian", "arab", "persian", "azerbaijani", "armenian",
]);

/** Nouns that close the name of an administrative division ("Ilam Province", "Tomsk Oblast"): such a name is a place, not a person. */
export const DIVISION_NOUNS: ReadonlySet<string> = new Set([
  "province", "oblast", "region", "county", "district", "krai", "governorate", "prefecture", "municipality", "raion", "hromada", "city", "state",
]);
