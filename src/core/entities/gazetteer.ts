import { continents, countries } from 'countries-list';

/**
 * Place names from the countries-list package: every country's name, its other names ("Britain",
 * "America") and its capital, and the continents. Compromise adds the cities and regions it knows
 * through its tags. Keys are lower case, so headlines in capitals match too.
 */
const PLACES: ReadonlySet<string> = (() => {
  const names = new Set<string>(Object.values(continents).map((n) => n.toLowerCase()));
  for (const country of Object.values(countries)) {
    for (const name of [country.name, country.capital, ...(country.alias ?? [])]) {
      for (const part of name.split(/,\s*/)) if (part) names.add(part.toLowerCase());
    }
  }
  // Former and short names that news uses and the package leaves out.
  for (const name of ['soviet union', 'u.s.', 'u.k.', 'washington', 'europe', 'middle east', 'west bank', 'gaza']) {
    names.add(name);
  }
  return names;
})();

/** Country abbreviations that are places, not organizations, though written as acronyms. */
export function isPlaceName(name: string): boolean {
  return PLACES.has(name.toLowerCase().replace(/['’]s$/, ''));
}
