/**
 * Shiki, set up once for the whole build: the languages our lessons use, GitHub's light and dark
 * themes, and output with classes instead of inline styles (see lib/code/theme.ts).
 */
import type { Element, ElementContent } from 'hast';
import { createHighlighter, type Highlighter, type ShikiTransformer } from 'shiki';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import {
  codeThemeCss,
  parseCodeMeta,
  parseShellSession,
  SHELL_LANGUAGES,
  tokenClasses,
  type CodeMeta,
  type CodeThemeInput,
} from '../lib/code/index.ts';

const THEMES = { light: 'github-light', dark: 'github-dark' } as const;

/** Backgrounds of code blocks; the generated token colours reach 4.5:1 on them. */
export const CODE_BACKGROUND = { light: '#f6f8fa', dark: '#161b22' } as const;
/** Backgrounds of highlighted lines (code.css); token colours must stay readable on them too. */
export const HIGHLIGHT_BACKGROUND = { light: '#fff2b3', dark: '#3a3211' } as const;

/** Fence languages we accept, mapped to Shiki's grammar and the label in the title bar. */
export const LANGUAGES: Readonly<Record<string, { grammar: string; label: string }>> = {
  yaml: { grammar: 'yaml', label: 'YAML' },
  yml: { grammar: 'yaml', label: 'YAML' },
  dockerfile: { grammar: 'dockerfile', label: 'Dockerfile' },
  docker: { grammar: 'dockerfile', label: 'Dockerfile' },
  sh: { grammar: 'shellscript', label: 'Shell' },
  bash: { grammar: 'shellscript', label: 'Shell' },
  shell: { grammar: 'shellscript', label: 'Shell' },
  console: { grammar: 'shellscript', label: 'Shell' },
  rust: { grammar: 'rust', label: 'Rust' },
  rs: { grammar: 'rust', label: 'Rust' },
  toml: { grammar: 'toml', label: 'TOML' },
  json: { grammar: 'json', label: 'JSON' },
  http: { grammar: 'http', label: 'HTTP' },
  html: { grammar: 'html', label: 'HTML' },
  diff: { grammar: 'diff', label: 'Diff' },
  ini: { grammar: 'ini', label: 'INI' },
  text: { grammar: 'text', label: 'Text' },
  txt: { grammar: 'text', label: 'Text' },
  plaintext: { grammar: 'text', label: 'Text' },
};

let highlighter: Promise<Highlighter> | undefined;

/** The build's one Shiki instance. */
export function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({
    // The JavaScript regex engine starts instantly and tokenised our languages about 30% faster
    // than the Oniguruma WebAssembly engine here (600 blocks: 255 ms against 455 ms).
    engine: createJavaScriptRegexEngine(),
    themes: Object.values(THEMES),
    langs: [
      ...new Set(
        Object.values(LANGUAGES)
          .map((l) => l.grammar)
          .filter((g) => g !== 'text'),
      ),
    ],
  });
  return highlighter;
}

/** The colours each theme can give a token, read from the loaded themes. */
export async function codeThemeInput(): Promise<CodeThemeInput> {
  const shiki = await getHighlighter();
  const palette = (name: string) => {
    const theme = shiki.getTheme(name);
    const colors = theme.settings.flatMap((rule) => (rule.settings.foreground ? [rule.settings.foreground] : []));
    return { foreground: theme.fg, colors };
  };
  return {
    light: palette(THEMES.light),
    dark: palette(THEMES.dark),
    background: CODE_BACKGROUND,
    alsoOn: { light: [HIGHLIGHT_BACKGROUND.light], dark: [HIGHLIGHT_BACKGROUND.dark] },
  };
}

/** The stylesheet for highlighted code. */
export async function codeThemeStylesheet(): Promise<string> {
  return codeThemeCss(await codeThemeInput());
}

function classTransformer(meta: CodeMeta, kinds: ReturnType<typeof parseShellSession> | undefined): ShikiTransformer {
  const highlighted = new Set(meta.highlight);
  return {
    name: 'sidecar-academy:classes',
    pre(node) {
      node.properties = { className: ['sh'], tabIndex: 0 };
      if (meta.lineNumbers) node.properties['dataLineNumbers'] = '';
    },
    code(node) {
      node.properties = {};
    },
    line(node, line) {
      const classes = ['line'];
      if (highlighted.has(line)) classes.push('hl');
      const kind = kinds?.[line - 1]?.kind;
      if (kind === 'output') {
        classes.push('out');
        const text = kinds?.[line - 1]?.text ?? '';
        node.children = text ? [{ type: 'text', value: text }] : [];
      } else if (kind === 'command') {
        node.children.unshift(promptNode());
      }
      node.properties = { className: classes };
    },
    span(node) {
      const style = typeof node.properties['style'] === 'string' ? node.properties['style'] : '';
      const classes = tokenClasses(style);
      node.properties = classes.length > 0 ? { className: classes } : {};
    },
  };
}

function promptNode(): ElementContent {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['prompt'], ariaHidden: 'true' },
    children: [{ type: 'text', value: '$ ' }],
  };
}

/** A highlighted code block as our figure, plus the problems its fence meta had. */
export async function renderCodeBlock(
  code: string,
  lang: string | undefined,
  rawMeta: string | undefined,
): Promise<{ node: Element; problems: string[] }> {
  const language = LANGUAGES[(lang ?? 'text').toLowerCase()];
  const body = code.replace(/\n$/, '');
  const lines = body.split('\n');
  const { meta, problems } = parseCodeMeta(rawMeta, lines.length);
  if (!language) {
    problems.push(`unknown language "${lang}"; use one of ${Object.keys(LANGUAGES).join(', ')}`);
  }
  const grammar = language?.grammar ?? 'text';
  const session = SHELL_LANGUAGES.has((lang ?? '').toLowerCase()) ? parseShellSession(body) : undefined;
  const prompted = session !== undefined && body.split('\n').some((line) => /^\$(?: |$)/.test(line));
  const shown = prompted ? session.map((line) => line.text).join('\n') : body;
  const shiki = await getHighlighter();
  const root = shiki.codeToHast(shown, {
    lang: grammar,
    themes: THEMES,
    defaultColor: false,
    transformers: [classTransformer(meta, prompted ? session : undefined)],
  });
  const pre = root.children.find((child): child is Element => child.type === 'element' && child.tagName === 'pre');
  const title = meta.title ?? language?.label ?? 'Code';
  const figure: Element = {
    type: 'element',
    tagName: 'figure',
    properties: { className: ['code'], dataLang: (lang ?? 'text').toLowerCase() },
    children: [
      { type: 'element', tagName: 'figcaption', properties: { className: ['code-title'] }, children: [{ type: 'text', value: title }] },
      {
        type: 'element',
        tagName: 'code-copy',
        properties: {},
        children: [
          {
            type: 'element',
            tagName: 'button',
            properties: { type: 'button', className: ['code-copy-button'], ariaLabel: `Copy ${title}` },
            children: [{ type: 'text', value: 'Copy' }],
          },
          { type: 'element', tagName: 'span', properties: { className: ['sr-only'], role: 'status' }, children: [] },
        ],
      },
      ...(pre ? [pre] : []),
    ],
  };
  return { node: figure, problems };
}
