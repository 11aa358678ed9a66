/**
 * Text from the input made safe to show. In Mermaid, a label is written inside double quotes and
 * every character outside a small safe set becomes one of Mermaid's entity codes (`#quot;`,
 * `#35;`), so no input can close the label, start a statement, a comment or a directive (`%%`),
 * or reach the SVG as markup. Mermaid turns the codes back into the characters when it draws.
 */

/** Longest label line, in characters, before it is cut with an ellipsis. */
export const MAX_LINE = 60;

/** Most lines in one label. */
export const MAX_LINES = 5;

// Nothing here has a meaning to Mermaid's flowchart grammar inside a quoted string; `:` is not
// here because Mermaid drops the `;` after a `#` on lines that contain "style" and a colon.
const SAFE = /^[A-Za-z0-9 .,_/+*=@?!'-]$/;
const NAMED: Record<string, string> = { '"': 'quot', '&': 'amp', '<': 'lt', '>': 'gt' };
// Control and format characters (bidirectional overrides included), separators, lone surrogates.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Zl}\p{Zp}\s]+/gu;

/** Input text as one clean line: control characters and line breaks become spaces, cut at `max` characters. */
export function cleanText(text: string, max = MAX_LINE): string {
  const chars = Array.from(String(text).replace(INVISIBLE, ' ').trim());
  return chars.length > max ? `${chars.slice(0, Math.max(1, max - 1)).join('')}…` : chars.join('');
}

/** One label line for Mermaid: cleaned, cut, and every character outside the safe set as an entity code. */
export function mermaidLabel(text: string, max = MAX_LINE): string {
  const chars = Array.from(cleanText(text, max));
  // Inert inside quotes anyway; coded so that no "click" statement can be read anywhere in the text.
  const lower = chars.map((char) => char.toLowerCase());
  const clicks = new Set<number>();
  for (let i = 0; i + 5 <= lower.length; i++) if (lower.slice(i, i + 5).join('') === 'click') clicks.add(i);
  return chars
    .map((char, i) => {
      if (SAFE.test(char) && !clicks.has(i)) return char;
      // A lone "%" reads better than its code; "%%" would start a comment or a directive.
      if (char === '%' && chars[i - 1] !== '%' && chars[i + 1] !== '%') return char;
      return `#${NAMED[char] ?? char.codePointAt(0)};`;
    })
    .join('');
}

/** A quoted Mermaid label of several lines (empty ones dropped, at most MAX_LINES), joined with `<br/>`. */
export function mermaidText(lines: readonly string[]): string {
  const kept = lines.map((line) => mermaidLabel(line)).filter((line) => line !== '');
  const shown = kept.length > MAX_LINES ? [...kept.slice(0, MAX_LINES - 1), mermaidLabel('…')] : kept;
  return `"${shown.length > 0 ? shown.join('<br/>') : mermaidLabel('(empty)')}"`;
}
