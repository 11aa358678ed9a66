/**
 * The glossary (content/glossary.yaml): terms with a plain-language definition, the other names
 * the lessons use for them, and where they are taught. Lessons link the first use of each term to
 * its entry; this module holds the schema and the matching, shared by the build and the tests.
 */
import * as z from 'zod';
import { slugSchema } from './lesson-schema.ts';

/** One glossary entry. */
export const glossaryEntrySchema = z
  .object({
    term: z.string().min(2).max(60).describe('The term as it is written in prose, e.g. "VirtualService" or "data plane".'),
    id: slugSchema.describe('Anchor of the entry on /glossary/, e.g. "virtualservice".'),
    aliases: z
      .array(z.string().min(2).max(60))
      .default([])
      .describe('Other spellings and forms that should link to the entry ("sidecars", "mutual TLS").'),
    definition: z.string().min(40).max(900).describe('Two to four plain sentences; Markdown `code` spans allowed, no links.'),
    lessons: z.array(slugSchema).default([]).describe('Ids of the lessons that teach the term, in course order.'),
    see: z.array(slugSchema).default([]).describe('Ids of related entries.'),
  })
  .strict();

/** The whole glossary file: a list of entries. */
export const glossarySchema = z.array(glossaryEntrySchema).min(1);

/** A glossary entry after parsing. */
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** A compiled matcher for one entry: its forms, longest first, and whether case matters. */
export interface TermMatcher {
  id: string;
  pattern: RegExp;
  /** The first word of each form, lower-cased; empty when a form starts with no word character. */
  firstWords: readonly string[];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One matcher per entry. Forms written with a capital (VirtualService, Envoy) match exactly; lower-case
 * forms (data plane) match in any case. Word boundaries keep "subset" out of "subsets" unless an alias says so.
 */
export function termMatchers(entries: readonly GlossaryEntry[]): TermMatcher[] {
  return entries.map((entry) => {
    const forms = [entry.term, ...entry.aliases].sort((a, b) => b.length - a.length);
    const parts = forms.map((form) => (/[A-Z]/.test(form) ? escape(form) : `(?i:${escape(form)})`));
    const firstWords = forms.map((form) => /^\w+/.exec(form)?.[0].toLowerCase());
    return {
      id: entry.id,
      pattern: new RegExp(`(?<![\\w-])(?:${parts.join('|')})(?![\\w-])`),
      firstWords: firstWords.includes(undefined) ? [] : [...new Set(firstWords as string[])],
    };
  });
}

/** Problems across entries: duplicate ids or forms, unknown lessons or related ids. */
export function glossaryProblems(entries: readonly GlossaryEntry[], lessonIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const forms = new Map<string, string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) problems.push(`${entry.id}: the id is used twice`);
    ids.add(entry.id);
    for (const form of [entry.term, ...entry.aliases]) {
      const key = form.toLowerCase();
      const owner = forms.get(key);
      if (owner && owner !== entry.id) problems.push(`${entry.id}: "${form}" is also a form of ${owner}`);
      forms.set(key, entry.id);
    }
    for (const lesson of entry.lessons) if (!lessonIds.has(lesson)) problems.push(`${entry.id}: unknown lesson ${lesson}`);
  }
  for (const entry of entries)
    for (const other of entry.see) if (!ids.has(other)) problems.push(`${entry.id}: see ${other}, which is not an entry`);
  return problems;
}

/**
 * The matchers that could match in `text`: those with a form whose first word occurs in it. A lesson
 * has thousands of text nodes and the glossary ninety entries; a set lookup per entry settles most
 * of them before any pattern runs. Never misses a matcher whose pattern matches (a match starts and
 * ends its first word at word boundaries, so that word is one of the text's words).
 */
export function termCandidates(matchers: readonly TermMatcher[], text: string, skip?: ReadonlySet<string>): TermMatcher[] {
  const words = new Set(text.toLowerCase().match(/\w+/g));
  return matchers.filter((m) => !skip?.has(m.id) && (m.firstWords.length === 0 || m.firstWords.some((word) => words.has(word))));
}
