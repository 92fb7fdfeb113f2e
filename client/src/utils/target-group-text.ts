import { formatLift } from './format';

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

/** A label inside a sentence, as the server's brief writes it: "Amount spent on wines" -> "amount spent on wines"; "RFM score" kept. */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? (label[0]?.toLowerCase() ?? '') + label.slice(1) : label;
}

/** "3.2 times": one decimal, as every lift. */
export { formatLift };
