import type { GroupCondition, GroupFigures } from '../graphql/target-group-operations';
import { formatInteger, formatLift, formatPercent, plural } from './format';

/**
 * The written target-group brief, for reading and copying. The server writes it as
 * paragraphs separated by blank lines, each opening with a bold heading ("**How many.**");
 * the page shows the headings in bold without ever rendering the text as HTML.
 */
export interface BriefParagraph {
  heading: string | null;
  body: string;
}

export function briefParagraphs(description: string): BriefParagraph[] {
  return description
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => {
      const match = /^\*\*(.+?)\*\*\s*([\s\S]*)$/.exec(paragraph);
      if (!match) return { heading: null, body: stripBold(paragraph) };
      return { heading: match[1]?.trim() ?? null, body: stripBold(match[2] ?? '') };
    });
}

function stripBold(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1');
}

/** The brief as plain text for an e-mail or a slide: headings kept, markup gone. */
export function plainBrief(description: string): string {
  return briefParagraphs(description)
    .map((paragraph) => (paragraph.heading ? `${paragraph.heading} ${paragraph.body}` : paragraph.body).trim())
    .join('\n\n');
}

/** "about 45 in 100" — how the brief states rates; rare ones in 1,000. */
export function inHundred(rate: number): string {
  if (rate > 0 && rate < 0.01) return `about ${formatInteger(rate * 1000)} in 1,000`;
  return `about ${formatInteger(rate * 100)} in 100`;
}

/** A share as the server's brief writes it (the shared rules): 0.2845 -> "28.5%", tiny ones never "0.0%". */
export function shareOfBase(share: number): string {
  return formatPercent(share);
}

/** A label inside a sentence, as the server's brief writes it: "Amount spent on wines" -> "amount spent on wines"; "RFM score" kept. */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? (label[0]?.toLowerCase() ?? '') + label.slice(1) : label;
}

/** "3.2 times": one decimal, as every lift. */
export { formatLift };

/** "Customers who have bought within the last 30 days and who earn at least 60,000 a year." */
export function whoSentence(conditions: readonly Pick<GroupCondition, 'text' | 'clause'>[]): string {
  const clauses = conditions.map((condition) => condition.clause ?? `who ${condition.text}`);
  if (clauses.length === 0) return 'All customers.';
  if (clauses.length === 1) return `Customers ${clauses[0]}.`;
  return `Customers ${clauses.slice(0, -1).join(', ')} and ${clauses.at(-1) ?? ''}.`;
}

const CAVEAT = 'These are associations in past data, not causes: a campaign aimed at this group is a well-founded bet, not a guarantee.';

/**
 * The text to copy for a group the user edited: the server's brief describes the suggested
 * group, so an edit gets its own short brief, from the exact recounted figures only.
 */
export function editedBrief(figures: GroupFigures): string {
  const paragraphs = [`Who to contact next time. ${figures.who || whoSentence(figures.conditions)}`];
  paragraphs.push(`How many. ${capitalise(plural(figures.matchedCustomers, 'customer'))}, ${shareOfBase(figures.share)} of the base.`);
  if (figures.matchedCustomers > 0) {
    let respond = `${capitalise(formatInteger(figures.responders))} of them responded to the last campaign: ${inHundred(figures.responseRate)}, against ${inHundred(figures.baseRate).replace('about ', '')} across all customers — ${formatLift(figures.lift)} times the base rate.`;
    const h = figures.holdout;
    if (h.matchedCustomers > 0) {
      respond += ` On the ${plural(h.matchedCustomers, 'matching customer')} the model never saw in training: ${inHundred(h.responseRate)} against ${inHundred(h.baseRate).replace('about ', '')} (${formatLift(h.lift)} times).`;
    }
    paragraphs.push(`How they respond. ${respond}`);
  } else {
    paragraphs.push('How they respond. No customer matches all of these conditions.');
  }
  paragraphs.push(`How sure we are. ${CAVEAT}`);
  return paragraphs.join('\n\n');
}

function capitalise(text: string): string {
  return text.length === 0 ? text : (text[0]?.toUpperCase() ?? '') + text.slice(1);
}
