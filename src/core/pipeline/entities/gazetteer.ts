import { continents, countries } from 'countries-list';
import { LEXICON } from './compromiseInternals';

/**
 * Former names and regions that news uses and neither the package nor compromise has, and the Oval
 * Office, a room that its last word would make an organization.
 */
const REGIONS = [
  'soviet union', 'u.s.', 'u.k.', 'washington', 'europe', 'middle east', 'far east', 'west bank',
  'gaza', 'gaza strip', 'gulf', 'persian gulf', 'midwest', 'balkans', 'caucasus', 'siberia',
  'yugoslavia', 'scandinavia', 'latin america', 'arctic', 'antarctic', 'kashmir', 'tibet', 'kurdistan',
  'crimea', 'donbas', 'oval office',
];

/**
 * Place names from the countries-list package: every country's name, its other names ("Britain",
 * "America") and its capital, and the continents. Compromise adds the cities and regions it knows
 * through its tags. Keys are lower case, so headlines in capitals match too.
 */
let places: ReadonlySet<string> | undefined;

/** Built on first use, so loading the extension does not pay for it. */
function placeNames(): ReadonlySet<string> {
  places ??= buildPlaceNames();
  return places;
}

function buildPlaceNames(): ReadonlySet<string> {
  const names = new Set<string>(Object.values(continents).map((n) => n.toLowerCase()));
  for (const country of Object.values(countries)) {
    for (const name of [country.name, country.capital, ...(country.alias ?? [])]) {
      for (const part of name.split(/,\s*/)) if (part) names.add(part.toLowerCase());
    }
  }
  // Cities and regions compromise's lexicon knows ("new york", "los angeles", "chechnya").
  for (const [word, tags] of Object.entries(LEXICON)) {
    if ([tags].flat().some((t) => t === 'City' || t === 'Country' || t === 'Region' || t === 'Place')) names.add(word);
  }
  for (const name of REGIONS) names.add(name);
  return names;
}


/** A possessive, or spacing other than single spaces: what the look-up's key is cleaned of. */
const NEEDS_CLEANING = /['’]s$|\s\s|[^\S ]/i;

/** A country, capital, continent, or a city or region compromise knows, in any case. */
export function isPlaceName(name: string): boolean {
  const lower = name.toLowerCase();
  // Most names need no cleaning, and the look-up runs for many words of every paragraph.
  return placeNames().has(NEEDS_CLEANING.test(name) ? lower.replace(/['’]s$/, '').replace(/\s+/g, ' ') : lower);
}

/**
 * Places that casual writing spells in lower case ("moved from chicago to california"): the
 * countries, regions and cities compromise knows, and the countries-list package's countries. Not
 * those that are also ordinary words or given names in lower case ("turkey", "china", "chile",
 * "mecca", "phoenix", "jersey"), which an edited text writes in lower case too.
 */
let lowerCasePlaces: ReadonlySet<string> | undefined;

const ORDINARY_IN_LOWER_CASE = new Set([
  'turkey', 'china', 'chile', 'jersey', 'guinea', 'para', 'basque', 'mecca', 'phoenix', 'cork', 'lima', 'kingston',
  'medina', 'guadalupe', 'panama', 'bermuda', 'mobile', 'reading', 'bath', 'nice', 'split', 'male', 'victoria',
  'georgia', 'alberta', 'hidalgo', 'washington', 'oran', 'prato', 'navan', 'homs', 'durango', 'surrey', 'goa', 'pei',
  'sydney', 'florence', 'austin', 'morocco', 'us', 'chad', 'jordan', 'chihuahua', 'cologne', 'wellington', 'manila',
  'guernsey',
]);

function lowerCasePlaceNames(): ReadonlySet<string> {
  if (lowerCasePlaces) return lowerCasePlaces;
  const names = new Set<string>();
  for (const country of Object.values(countries)) for (const name of [country.name, ...(country.alias ?? [])]) names.add(name.toLowerCase());
  for (const [word, tags] of Object.entries(LEXICON)) if ([tags].flat().some((t) => t === 'Country' || t === 'Region' || t === 'City')) names.add(word);
  for (const word of ORDINARY_IN_LOWER_CASE) names.delete(word);
  lowerCasePlaces = names;
  return names;
}

/** Countries that edited prose also writes in lower case as ordinary words: "india rubber", "japan" (lacquer), "reunion". */
const COUNTRIES_ALSO_WORDS = new Set(['india', 'japan', 'reunion']);

let lowerCaseCountries: ReadonlySet<string> | undefined;

/**
 * A country written in lower case that no edited text writes so ("living in malaysia"): a place
 * wherever it stands, unlike the cities and regions that casual writing spells in lower case.
 */
export function isLowerCaseCountry(lower: string): boolean {
  if (!lowerCaseCountries) {
    const names = new Set<string>();
    for (const country of Object.values(countries)) for (const name of [country.name, ...(country.alias ?? [])]) names.add(name.toLowerCase());
    for (const word of [...ORDINARY_IN_LOWER_CASE, ...COUNTRIES_ALSO_WORDS]) names.delete(word);
    lowerCaseCountries = names;
  }
  return lowerCaseCountries.has(lower);
}

/** A place as casual writing spells it, in lower case. */
export function isLowerCasePlace(lower: string): boolean {
  return lowerCasePlaceNames().has(lower);
}
