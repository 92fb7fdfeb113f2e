/** The shape of a language's translation table (lexicon-es.ts, lexicon-pl.ts, lexicon-ru.ts); apart from lexicon.ts so the tables and their reader do not import each other. */
/** m, f, n; ma = Polish masculine animate; mp / fp = Spanish plural; p = Polish and Russian plural. */
export type Gender = 'm' | 'f' | 'n' | 'ma' | 'mp' | 'fp' | 'p';

/** A counted thing's forms: see each lexicon for what one / few / many / acc / other mean in that language. */
export interface CountNoun {
  one: string;
  few?: string;
  many?: string;
  other?: string;
  acc?: string;
  gender?: Gender;
}

export interface LexiconData {
  labels: Record<string, [text: string, gender: Gender]>;
  counts: Record<string, CountNoun>;
  phrases: Record<string, string>;
  events: Record<string, { event: string; past: string }>;
  /** How a label nobody translated stands in a sentence ({text} is the label as typed). */
  quoted: string;
  quotedGender: Gender;
}
