/**
 * Readable labels for column names. Known marketing exports (the iFood campaign data,
 * UCI bank marketing) get hand-written labels and units; anything else is split at
 * camelCase and snake_case boundaries ("NumWebVisitsMonth" -> "Num web visits month").
 */

import type { ColumnUnit } from '../../../domain/units.js';

interface KnownColumn {
  label: string;
  unit?: ColumnUnit;
}

const KNOWN: Record<string, KnownColumn> = {
  // iFood marketing campaign
  id: { label: 'Customer ID' },
  year_birth: { label: 'Year of birth', unit: 'years' },
  education: { label: 'Education' },
  marital_status: { label: 'Marital status' },
  income: { label: 'Yearly household income', unit: 'currency' },
  kidhome: { label: 'Children at home', unit: 'count' },
  teenhome: { label: 'Teenagers at home', unit: 'count' },
  dt_customer: { label: 'Customer since', unit: 'date' },
  recency: { label: 'Days since last purchase', unit: 'days' },
  mntwines: { label: 'Amount spent on wines', unit: 'currency' },
  mntfruits: { label: 'Amount spent on fruits', unit: 'currency' },
  mntmeatproducts: { label: 'Amount spent on meat', unit: 'currency' },
  mntfishproducts: { label: 'Amount spent on fish', unit: 'currency' },
  mntsweetproducts: { label: 'Amount spent on sweets', unit: 'currency' },
  mntgoldprods: { label: 'Amount spent on gold products', unit: 'currency' },
  numdealspurchases: { label: 'Purchases with a discount', unit: 'count' },
  numwebpurchases: { label: 'Purchases on the website', unit: 'count' },
  numcatalogpurchases: { label: 'Purchases from the catalogue', unit: 'count' },
  numstorepurchases: { label: 'Purchases in stores', unit: 'count' },
  numwebvisitsmonth: { label: 'Web visits per month', unit: 'count' },
  complain: { label: 'Complained in the last 2 years' },
  response: { label: 'Accepted the last campaign' },
  z_costcontact: { label: 'Cost per contact', unit: 'currency' },
  z_revenue: { label: 'Revenue per response', unit: 'currency' },
  // UCI bank marketing
  age: { label: 'Age', unit: 'years' },
  job: { label: 'Job' },
  marital: { label: 'Marital status' },
  default: { label: 'Has credit in default' },
  balance: { label: 'Average yearly balance', unit: 'currency' },
  housing: { label: 'Has housing loan' },
  loan: { label: 'Has personal loan' },
  contact: { label: 'Contact channel' },
  day: { label: 'Day of month of last contact' },
  month: { label: 'Month of last contact' },
  duration: { label: 'Last call duration (s)', unit: 'seconds' },
  campaign: { label: 'Contacts in this campaign', unit: 'count' },
  pdays: { label: 'Days since previous campaign contact', unit: 'days' },
  previous: { label: 'Contacts before this campaign', unit: 'count' },
  poutcome: { label: 'Previous campaign outcome' },
  y: { label: 'Subscribed a term deposit' },
};

const ACCEPTED_CMP = /^acceptedcmp(\d+)$/;

function lookup(name: string): KnownColumn | undefined {
  const key = name.trim().toLowerCase();
  if (Object.hasOwn(KNOWN, key)) return KNOWN[key];
  const cmp = ACCEPTED_CMP.exec(key);
  if (cmp) return { label: `Accepted campaign ${Number(cmp[1])}` };
  return undefined;
}

/**
 * Abbreviations exports use, spelled out so no label reads like a column name: "Mnt electronics"
 * -> "Amount spent on electronics", "Num orders" -> "Number of orders", "Discount pct" -> "Discount (%)".
 */
const ABBREVIATIONS: [RegExp, string][] = [
  [/^Mnt (.+)$/, 'Amount spent on $1'],
  [/^(?:Num|No of|Nb|Nr) (.+)$/, 'Number of $1'],
  [/^Avg (.+)$/, 'Average $1'],
  [/^Amt (.+)$/, 'Amount $1'],
  [/^Qty (.+)$/, 'Quantity $1'],
  [/^(.+) (?:pct|perc)$/, '$1 (%)'],
];

/** A label for people: the dictionary's, else the name split into words (first word capitalised), abbreviations spelled out. */
export function columnLabel(name: string): string {
  const known = lookup(name);
  if (known) return known.label;
  const words = humanizeName(name);
  const rule = ABBREVIATIONS.find(([pattern]) => pattern.test(words));
  return rule ? words.replace(rule[0], rule[1]) : words;
}

/** The unit of a known column (for formatting values), else undefined; "Mnt…" names are money. */
export function columnUnit(name: string): ColumnUnit | undefined {
  return lookup(name)?.unit ?? (/^mnt[_\sA-Z]/.test(name.trim()) ? 'currency' : undefined);
}

/** "NumWebVisitsMonth" -> "Num web visits month", "last_call-date" -> "Last call date", "HTMLPage2" -> "HTML page 2". */
export function humanizeName(name: string): string {
  const spaced = name
    .replace(/[_\-.]+/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .replace(/\s+/g, ' ')
    .trim();
  if (!spaced) return name;
  const words = spaced.split(' ').map((w, i) => {
    const acronym = w.length > 1 && w === w.toUpperCase() && /[A-Z]/.test(w);
    if (acronym) return w;
    return i === 0 ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w.toLowerCase();
  });
  return words.join(' ');
}
