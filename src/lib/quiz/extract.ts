/** Finds the quizzes in a file: ```quizdown fences, Hugo `{{< quizdown >}}` shortcodes, or else the whole file. */

/** A quiz found in a file: its text, the file line where that text starts, how it was wrapped, and the wrapper's parameters. */
export interface ExtractedQuiz {
  source: string;
  line: number;
  wrapper: 'bare' | 'fence' | 'shortcode';
  meta: string;
}

const fenceOpen = /^( {0,3})(`{3,}|~{3,})(.*)$/;
// Hugo writes `{{< name params >}}` (content not rendered as Markdown) and `{{% name params %}}` (rendered).
const shortcodeOpen = /\{\{(?:<\s*quizdown(?=[\s>])(.*?)\s*>|%\s*quizdown(?=[\s%])(.*?)\s*%)\}\}/;
const shortcodeClose = /\{\{(?:<\s*\/\s*quizdown\s*>|%\s*\/\s*quizdown\s*%)\}\}/g;

function lineOf(lineStarts: readonly number[], offset: number): number {
  let line = 0;
  while (line + 1 < lineStarts.length && (lineStarts[line + 1] ?? Infinity) <= offset) line += 1;
  return line;
}

/** The quizzes in a file: a bare quiz, ```quizdown fences, or Hugo shortcodes; `line` is the file line where the quiz text starts; `meta` is the fence meta or shortcode parameters. */
export function extractQuizzes(text: string): ExtractedQuiz[] {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = normalized.split('\n');
  const lineStarts: number[] = [];
  lines.reduce((offset, line) => (lineStarts.push(offset), offset + line.length + 1), 0);
  const found: ExtractedQuiz[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const fence = fenceOpen.exec(line);
    const marker = fence?.[2] ?? '';
    const info = fence?.[3] ?? '';
    if (fence && !(marker.startsWith('`') && info.includes('`'))) {
      const close = new RegExp(`^ {0,3}${marker.startsWith('`') ? '`' : '~'}{${marker.length},}[ \\t]*$`);
      let end = index + 1;
      while (end < lines.length && !close.test(lines[end] ?? '')) end += 1;
      const [language = '', ...meta] = info.trim().split(/\s+/);
      if (language === 'quizdown') {
        // CommonMark removes the fence's own indentation from each line of its content.
        const indent = new RegExp(`^ {0,${fence[1]?.length ?? 0}}`);
        const source = lines.slice(index + 1, end).map((content) => content.replace(indent, ''));
        found.push({ source: source.join('\n'), line: index + 2, wrapper: 'fence', meta: meta.join(' ') });
      }
      // Other fences are skipped whole, so an example shortcode shown in a code block is not a quiz.
      index = end + 1;
      continue;
    }
    const open = shortcodeOpen.exec(line);
    if (!open) {
      index += 1;
      continue;
    }
    const start = (lineStarts[index] ?? 0) + open.index + open[0].length;
    shortcodeClose.lastIndex = start;
    const close = shortcodeClose.exec(normalized);
    let body = normalized.slice(start, close ? close.index : normalized.length);
    let startLine = index + 1;
    // Tags on lines of their own are the usual form: the quiz starts on the next line and ends before the closing tag.
    const firstBreak = body.indexOf('\n');
    if (firstBreak !== -1 && body.slice(0, firstBreak).trim() === '') {
      body = body.slice(firstBreak + 1);
      startLine += 1;
    }
    const lastBreak = body.lastIndexOf('\n');
    if (close && body.slice(lastBreak + 1).trim() === '') body = lastBreak === -1 ? '' : body.slice(0, lastBreak);
    found.push({ source: body, line: startLine, wrapper: 'shortcode', meta: (open[1] ?? open[2] ?? '').trim() });
    index = close ? lineOf(lineStarts, close.index) + 1 : lines.length;
  }
  if (found.length === 0 && normalized.trim() !== '') return [{ source: normalized, line: 1, wrapper: 'bare', meta: '' }];
  return found;
}
