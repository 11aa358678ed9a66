/**
 * Links the first use of each glossary term in a lesson's prose to its entry on /glossary/. Text in
 * headings, links, code, captions, buttons and summaries is left alone, and each term is linked once
 * per lesson, so the prose stays readable.
 */
import type { Element, Text } from 'hast';
import type { HastVisitorContext } from 'satteri';
import { termCandidates, type TermMatcher } from '../lib/content/glossary.ts';
import { withBase } from '../lib/site/index.ts';

const SKIP = new Set([
  'a',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'summary',
  'button',
  'svg',
  'script',
  'style',
  'kbd',
  'th',
]);

interface GlossaryData {
  glossaryLinked?: Set<string>;
}

function insideSkipped(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
  for (let parent = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent as never)) {
    if (parent.type === 'element' && (SKIP.has(parent.tagName) || String(parent.properties?.['className'] ?? '').includes('quiz')))
      return true;
  }
  return false;
}

/** The replacement nodes for a text node, or undefined when it uses no term not linked yet. */
export function linkTerms(
  node: Readonly<Text>,
  ctx: HastVisitorContext,
  matchers: readonly TermMatcher[],
  base: string,
): (Text | Element)[] | undefined {
  if (ctx.sourceFormat !== 'mdx' || matchers.length === 0 || !/\w/.test(node.value)) return undefined;
  const data = ctx.data as GlossaryData;
  const linked = (data.glossaryLinked ??= new Set());
  const open = termCandidates(matchers, node.value, linked);
  if (open.length === 0 || !open.some((m) => m.pattern.test(node.value)) || insideSkipped(node, ctx)) return undefined;
  const out: (Text | Element)[] = [];
  let rest = node.value;
  for (;;) {
    let best: { matcher: TermMatcher; index: number; text: string } | undefined;
    for (const matcher of open) {
      if (linked.has(matcher.id)) continue;
      const found = matcher.pattern.exec(rest);
      if (found && (!best || found.index < best.index)) best = { matcher, index: found.index, text: found[0] };
    }
    if (!best) break;
    linked.add(best.matcher.id);
    if (best.index > 0) out.push({ type: 'text', value: rest.slice(0, best.index) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { href: withBase(base, `glossary/#${best.matcher.id}`), className: ['term'] },
      children: [{ type: 'text', value: best.text }],
    });
    rest = rest.slice(best.index + best.text.length);
  }
  if (rest) out.push({ type: 'text', value: rest });
  return out;
}
