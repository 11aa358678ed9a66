/**
 * Sätteri hast plugins for lessons: highlighted code blocks, Mermaid diagrams as inline SVG, and
 * root-relative links that follow the site's base. Problems stop the build with file:line.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent } from 'hast';
import { htmlToHast, type HastPluginDefinition, type HastVisitorContext } from 'satteri';
import { ContentError, type ContentCode, type ContentDiagnostic } from '../lib/content/index.ts';
import {
  diagramAccessibilityProblems,
  diagramThemeClasses,
  diagramThemeCss,
  fileLineOfDiagramLine,
  readDiagramSource,
} from '../lib/diagram/index.ts';
import { rebaseLink } from '../lib/site/index.ts';
import type { DiagramService } from '../node/diagram-cache.ts';
import { ID_PLACEHOLDER } from '../node/mermaid-renderer.ts';
import type { CodeBlockRenderer } from './code-cache.ts';
import { withPlaygroundLink } from './playground-link.ts';
import { linkTerms } from './glossary-links.ts';
import type { TermMatcher } from '../lib/content/glossary.ts';
import { defaultQuizId, parseQuizAt, quizIdFromMeta } from './quiz-fence.ts';
import { quizHtml } from './quiz-html.ts';
import { embedUrls } from '../lib/embed/index.ts';

function fileOf(ctx: HastVisitorContext): string {
  return ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : '(unknown file)';
}

function codeChild(pre: Readonly<Element>): Element | undefined {
  return pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
}

function fenceInfo(code: Element): { lang: string | undefined; meta: string | undefined } {
  const data = code.data as { lang?: string | null; meta?: string | null } | undefined;
  const className = code.properties['className'];
  const fromClass = Array.isArray(className)
    ? className
        .map(String)
        .find((name) => name.startsWith('language-'))
        ?.slice('language-'.length)
    : undefined;
  return { lang: data?.lang ?? fromClass ?? undefined, meta: data?.meta ?? undefined };
}

function fail(ctx: HastVisitorContext, node: Readonly<Element>, code: ContentCode, messages: string[], lineOffset = 0): never {
  const line = (node.position?.start.line ?? 1) + lineOffset;
  const diagnostics: ContentDiagnostic[] = messages.map((message) => ({
    code,
    severity: 'error',
    file: fileOf(ctx),
    line,
    column: lineOffset === 0 ? (node.position?.start.column ?? 1) : 1,
    message,
  }));
  throw new ContentError(diagnostics);
}

/** A fenced code block (but Mermaid) as our highlighted figure. */
async function codeBlock(
  node: Readonly<Element>,
  code: Element,
  ctx: HastVisitorContext,
  blocks: CodeBlockRenderer,
  base: string,
): Promise<Element> {
  const { lang, meta } = fenceInfo(code);
  const text = ctx.textContent(code);
  const { node: figure, problems } = await blocks.render(text, lang, meta);
  if (problems.length > 0)
    fail(ctx, node, lang && problems.some((p) => p.startsWith('unknown language')) ? 'code-language' : 'code-meta', problems);
  return withPlaygroundLink(figure, text, lang, meta, base);
}

// Mermaid's parser errors are four lines: "Parse error on line N:", an excerpt, a caret, and
// "Expecting ..., got ...". The first and last say what to fix; the excerpt is mangled.
function summariseMermaidError(message: string): string {
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const first = (lines[0] ?? 'syntax error').replace(/:$/, '');
  const last = lines.length > 1 ? lines[lines.length - 1] : undefined;
  return last && /^Expecting /.test(last) ? `${first}: ${last}` : first;
}

function svgElement(svg: string, id: string): ElementContent[] {
  const tree = htmlToHast(svg.replaceAll(ID_PLACEHOLDER, id), { fragment: true });
  return 'children' in tree ? (tree.children as ElementContent[]) : [];
}

type DiagramData = { diagramCount?: number; diagramClasses?: Set<string>; astro?: { frontmatter?: Record<string, unknown> } };

/**
 * A ```mermaid fence as inline SVG. The colours that change with the theme are classes; their CSS
 * goes to the page through the frontmatter (`diagramCss`), which the page inlines with its hash in
 * the Content-Security-Policy.
 */
async function diagram(node: Readonly<Element>, code: Element, ctx: HastVisitorContext, service: DiagramService): Promise<Element> {
  const source = readDiagramSource(ctx.textContent(code));
  const missing = diagramAccessibilityProblems(source);
  if (missing.length > 0) fail(ctx, node, 'diagram-accessibility', missing);
  const outcome = await service.get(source.text);
  if (!outcome.ok) {
    const offset = fileLineOfDiagramLine(0, outcome.line);
    fail(ctx, node, 'diagram-syntax', [`Mermaid: ${summariseMermaidError(outcome.message)}`], offset);
  }
  const data = ctx.data as DiagramData;
  const index = (data.diagramCount = (data.diagramCount ?? 0) + 1);
  data.diagramClasses ??= new Set();
  for (const name of diagramThemeClasses(outcome.diagram.svg)) data.diagramClasses.add(name);
  const figure: Element = {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['diagram'] },
    children: [
      ...svgElement(outcome.diagram.svg, `dg${index}-${outcome.key.slice(0, 6)}`),
      { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: source.title ?? '' }] },
    ],
  };
  return figure;
}

type QuizData = { quizCount?: number; astro?: { frontmatter?: Record<string, unknown> } };

function lessonTitle(ctx: HastVisitorContext): string | undefined {
  const title = (ctx.data as QuizData).astro?.frontmatter?.['title'];
  return typeof title === 'string' ? title : undefined;
}

/** A ```quizdown fence as the quiz itself; a malformed quiz stops the build at the line of the mistake. */
async function quiz(
  node: Readonly<Element>,
  code: Element,
  ctx: HastVisitorContext,
  blocks: CodeBlockRenderer,
  siteUrl: string,
): Promise<Element> {
  const data = ctx.data as QuizData;
  const n = (data.quizCount = (data.quizCount ?? 0) + 1);
  const lessonId = (fileOf(ctx).split('/').pop() ?? 'lesson').replace(/\.mdx?$/, '');
  const id = quizIdFromMeta(fenceInfo(code).meta) ?? defaultQuizId(lessonId, n);
  const fenceLine = node.position?.start.line ?? 1;
  const parsed = parseQuizAt(ctx.textContent(code).replace(/\n$/, ''), fenceLine + 1, id);
  for (const warning of parsed.warnings) console.warn(`${fileOf(ctx)}:${warning.line}:${warning.column} warning: ${warning.message}`);
  if (!parsed.quiz) {
    throw new ContentError(
      parsed.errors.map((e) => ({
        code: 'quiz' as const,
        severity: 'error' as const,
        file: fileOf(ctx),
        line: e.line,
        column: e.column,
        message: `quiz: ${e.message}`,
      })),
    );
  }
  const title = `Quiz: ${lessonTitle(ctx) ?? lessonId}`;
  const html = await quizHtml(id, parsed.quiz, blocks, {
    embed: { urls: embedUrls(siteUrl, id), title },
    teamUrl: `${siteUrl}team/`,
    trainerBase: new URL(siteUrl).pathname,
  });
  const tree = htmlToHast(html, { fragment: true });
  const element = 'children' in tree ? (tree.children as ElementContent[]).find((child) => child.type === 'element') : undefined;
  if (element?.type !== 'element') throw new Error(`quiz ${id} rendered to nothing`);
  return element;
}

/**
 * Wraps a table in a focusable, labelled region: a wide table scrolls sideways on a phone, and a
 * scrolling region must be reachable by keyboard (WCAG 2.1.1) and named for screen readers.
 */
function wrapTable(node: Readonly<Element>, ctx: HastVisitorContext): void {
  const headers: string[] = [];
  const collect = (element: Readonly<Element>): void => {
    for (const child of element.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'th') headers.push(ctx.textContent(child).trim());
      else if (child.tagName !== 'tbody') collect(child);
    }
  };
  collect(node);
  const label = headers.length > 0 ? `Table: ${headers.join(', ')}` : 'Table';
  ctx.wrapNode(node, {
    type: 'element',
    tagName: 'div',
    properties: { className: ['table-scroll'], tabIndex: 0, role: 'region', ariaLabel: label },
    children: [],
  });
}

/** Prefixes a root-relative link or image source written in content with the site's base. */
function rebase(node: Readonly<Element>, ctx: HastVisitorContext, base: string): void {
  const key = node.tagName === 'a' ? 'href' : 'src';
  const value = node.properties[key];
  if (typeof value !== 'string') return;
  const rebased = rebaseLink(base, value);
  if (rebased !== value) ctx.setProperty(node, key, rebased);
}

/**
 * The one Sätteri plugin lessons go through: code blocks, diagrams, tables and links in a single
 * pass over the tree (each pass crosses from Rust to JavaScript, so fewer passes build faster).
 */
export function lessonPlugin({
  diagrams,
  codeBlocks,
  base,
  siteUrl,
  glossary = [],
}: {
  diagrams: DiagramService;
  codeBlocks: CodeBlockRenderer;
  base: string;
  /** The public address of the site (origin and base), for the embed code of quizzes. */
  siteUrl: string;
  /** Glossary terms whose first use in a lesson links to its entry. */
  glossary?: readonly TermMatcher[];
}): HastPluginDefinition {
  return {
    name: 'sidecar-academy:lesson',
    options: { position: true },
    after(_root, ctx) {
      const data = ctx.data as DiagramData;
      if (data.diagramClasses && data.astro?.frontmatter) data.astro.frontmatter['diagramCss'] = diagramThemeCss(data.diagramClasses);
    },
    element: [
      {
        filter: ['pre'],
        visit(node, ctx) {
          const code = codeChild(node);
          if (!code) return undefined;
          const lang = fenceInfo(code).lang;
          if (lang === 'mermaid') return diagram(node, code, ctx, diagrams);
          if (lang === 'quizdown') return quiz(node, code, ctx, codeBlocks, siteUrl);
          return codeBlock(node, code, ctx, codeBlocks, base);
        },
      },
      { filter: ['table'], visit: (node, ctx) => wrapTable(node, ctx) },
      { filter: ['a', 'img'], visit: (node, ctx) => rebase(node, ctx, base) },
    ],
    text(node, ctx) {
      const linked = linkTerms(node, ctx, glossary, base);
      if (linked) ctx.replaceNode(node, linked);
    },
  };
}
