/**
 * Whether a campaign can change a column for a customer ("actionable"), as the customer page's
 * smallest-change search needs it. People set it per column on the Data page; until they do,
 * the app suggests it from what the column measures: how recently they bought, how much they
 * spend on something, how often they use a channel (purchases, visits, orders) are actionable;
 * who they are (age, year of birth, children and teenagers at home, income, education,
 * marital status, when they became customers) and past facts (accepted campaign 3,
 * complained) are not.
 */
import type { Phrasing } from './phrasing.js';

/** Counted behaviour a campaign can move: purchases, visits, orders, deals, calls, contacts. */
const BEHAVIOUR = /\b(purchase|visit|order|deal|call|contact|session|login|click|open)s?\b/i;
/** Who the customer is: never suggested, whatever the phrasing says. */
const PERSONAL = /\b(age|birth|born|child|children|kid|kids|teen|teens|teenagers?|income|salary|education|marital|gender|sex)\b/i;

export interface ActionableEvidence {
  name: string;
  label: string;
  kind: string;
  phrasing: Phrasing;
  /** As set on the Data page; null/undefined = not set. */
  actionable?: boolean | null;
}

/** The suggestion for a column nobody has set. */
export function suggestedActionable(column: Omit<ActionableEvidence, 'actionable'>): boolean {
  if (column.kind !== 'NUMERIC') return false;
  if (PERSONAL.test(`${column.name} ${column.label}`.replace(/_/g, ' '))) return false;
  const p = column.phrasing;
  if (p.kind === 'DURATION') return Boolean(p.event);
  if (p.kind === 'MONEY') return Boolean(p.verb && /^spent /.test(p.verb));
  if (p.kind === 'COUNT') return BEHAVIOUR.test(`${p.other ?? ''} ${column.label}`);
  return false;
}

/** As set on the Data page, else suggested. */
export function isActionable(column: ActionableEvidence): boolean {
  return column.actionable ?? suggestedActionable(column);
}
