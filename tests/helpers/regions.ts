/** A generated customer file with `Country` and `State` columns, for the regions tests (integration and e2e). */
import { createRng } from '../../server/src/common/random.js';

const PLACES: { country: string; states: string[]; response: number }[] = [
  { country: 'USA', states: ['CA', 'TX', 'NY', 'FL', 'WA'], response: 0.25 },
  { country: 'Spain', states: ['Madrid', 'Catalonia'], response: 0.1 },
  { country: 'Germany', states: ['Bavaria', 'Berlin'], response: 0.15 },
  { country: 'Poland', states: ['Mazovia'], response: 0.05 },
];

export interface RegionRecord {
  ID: string;
  Country: string;
  State: string;
  Response: string;
}

/** `n` customers spread over four countries (US customers in five states); response depends on the country. */
export function regionsCsv(n = 600, seed = 5): { csv: string; records: RegionRecord[] } {
  const rng = createRng(seed);
  const lines = ['ID,Country,State,Recency,NumStorePurchases,NumWebPurchases,MntWines,MntMeatProducts,Response'];
  const records: RegionRecord[] = [];
  for (let i = 0; i < n; i++) {
    const place = PLACES[Math.floor(rng() * PLACES.length * 0.999) % PLACES.length];
    const state = place.states[Math.floor(rng() * place.states.length) % place.states.length];
    const big = rng() < 0.4;
    const recency = Math.floor(rng() * 100);
    const store = Math.floor(rng() * (big ? 12 : 4));
    const web = Math.floor(rng() * (big ? 8 : 3));
    const wine = Math.floor(rng() * (big ? 900 : 80));
    const meat = Math.floor(rng() * (big ? 500 : 60));
    const responded = rng() < place.response + (recency < 30 ? 0.1 : 0) ? 'yes' : 'no';
    const record = { ID: `C${1000 + i}`, Country: place.country, State: state, Response: responded };
    records.push(record);
    lines.push([record.ID, place.country, state, recency, store, web, wine, meat, responded].join(','));
  }
  return { csv: lines.join('\n'), records };
}
