/**
 * Region names as the offline boundary files spell them, so the map can join on them:
 * countries as in `world-atlas` (Natural Earth, e.g. "United States of America"), US states
 * as in `us-atlas` ("California"). Common codes and short forms are mapped to those names.
 */
import { createRequire } from 'node:module';

export type RegionLevel = 'COUNTRY' | 'STATE' | 'POSTAL_CODE';

const US_STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  PR: 'Puerto Rico',
};

/** Codes and everyday names -> the world-atlas name. */
const COUNTRY_ALIASES: Record<string, string> = {
  US: 'United States of America',
  USA: 'United States of America',
  'U.S.': 'United States of America',
  'U.S.A.': 'United States of America',
  'UNITED STATES': 'United States of America',
  AMERICA: 'United States of America',
  UK: 'United Kingdom',
  GB: 'United Kingdom',
  GBR: 'United Kingdom',
  'GREAT BRITAIN': 'United Kingdom',
  ENGLAND: 'United Kingdom',
  SCOTLAND: 'United Kingdom',
  DE: 'Germany',
  DEU: 'Germany',
  FR: 'France',
  FRA: 'France',
  ES: 'Spain',
  ESP: 'Spain',
  IT: 'Italy',
  ITA: 'Italy',
  PT: 'Portugal',
  PRT: 'Portugal',
  NL: 'Netherlands',
  NLD: 'Netherlands',
  HOLLAND: 'Netherlands',
  BE: 'Belgium',
  CH: 'Switzerland',
  AT: 'Austria',
  SE: 'Sweden',
  NO: 'Norway',
  DK: 'Denmark',
  FI: 'Finland',
  IE: 'Ireland',
  PL: 'Poland',
  POL: 'Poland',
  CZ: 'Czechia',
  'CZECH REPUBLIC': 'Czechia',
  RU: 'Russia',
  'RUSSIAN FEDERATION': 'Russia',
  UA: 'Ukraine',
  TR: 'Turkey',
  TURKIYE: 'Turkey',
  GR: 'Greece',
  HU: 'Hungary',
  RO: 'Romania',
  CA: 'Canada',
  CAN: 'Canada',
  MX: 'Mexico',
  MEX: 'Mexico',
  BR: 'Brazil',
  BRA: 'Brazil',
  AR: 'Argentina',
  CL: 'Chile',
  CO: 'Colombia',
  PE: 'Peru',
  IN: 'India',
  IND: 'India',
  CN: 'China',
  CHN: 'China',
  JP: 'Japan',
  JPN: 'Japan',
  KR: 'South Korea',
  KOREA: 'South Korea',
  AU: 'Australia',
  AUS: 'Australia',
  NZ: 'New Zealand',
  ZA: 'South Africa',
  SA: 'Saudi Arabia',
  AE: 'United Arab Emirates',
  UAE: 'United Arab Emirates',
  IL: 'Israel',
  EG: 'Egypt',
  NG: 'Nigeria',
  KE: 'Kenya',
  ID: 'Indonesia',
  MY: 'Malaysia',
  SG: 'Singapore',
  TH: 'Thailand',
  VN: 'Vietnam',
  PH: 'Philippines',
};

let countryNames: Map<string, string> | null = null;

/** Every country name of the world-atlas boundaries, upper-cased -> as spelled there. */
function atlasCountries(): Map<string, string> {
  if (!countryNames) {
    const atlas = createRequire(import.meta.url)('world-atlas/countries-110m.json') as {
      objects: { countries: { geometries: { properties: { name: string } }[] } };
    };
    countryNames = new Map(atlas.objects.countries.geometries.map((g) => [g.properties.name.toUpperCase(), g.properties.name]));
  }
  return countryNames;
}

const US_STATE_NAMES = new Map(Object.values(US_STATES).map((n) => [n.toUpperCase(), n]));

/** The boundary name of a country or US state written as in a customer file, or null when unknown. */
export function canonicalRegion(level: RegionLevel, value: string): string | null {
  const key = value.trim().toUpperCase();
  if (!key) return null;
  if (level === 'COUNTRY') return COUNTRY_ALIASES[key] ?? atlasCountries().get(key) ?? null;
  if (level === 'STATE') return US_STATES[key] ?? US_STATE_NAMES.get(key) ?? null;
  return null;
}
