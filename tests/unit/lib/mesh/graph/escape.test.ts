import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, MAX_LINE, MAX_LINES, mermaidLabel, mermaidText } from '../../../../../src/lib/mesh/graph/index.ts';
import { LABEL } from './fixtures.ts';

const HOSTILE = [
  '"]]; click x call alert(1) %%',
  '<script>alert(1)</script>',
  'a\nb',
  '%%{init: {"theme":"dark"}}%%',
  '#quot;',
  '`**md**`',
  'x|y',
  'a;b',
];
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.constantFrom(...HOSTILE), fc.string({ maxLength: 80 }));

describe('cleanText', () => {
  it('turns line breaks and control characters into single spaces', () => {
    expect(cleanText('orders\r\n  v1\u0000\u202e!\t')).toBe('orders v1 !');
  });

  it('cuts long text with an ellipsis', () => {
    expect(cleanText('payments-'.repeat(10), 12)).toBe('payments-pa…');
    expect(Array.from(cleanText('🦀'.repeat(100))).length).toBe(MAX_LINE);
  });
});

describe('mermaidLabel', () => {
  it('codes quotes, brackets, pipes, markup, comments and statements as entity codes', () => {
    expect(mermaidLabel('"]]; click x call alert(1) %%')).toBe('#quot;#93;#93;#59; #99;lick x call alert#40;1#41; #37;#37;');
    expect(mermaidLabel('<script>a&b</script>')).toBe('#lt;script#gt;a#amp;b#lt;/script#gt;');
    expect(mermaidLabel('x|y`z#w:v{u}')).toBe('x#124;y#96;z#35;w#58;v#123;u#125;');
  });

  it('keeps plain names, paths and a lone percent sign as they are', () => {
    expect(mermaidLabel('orders-v1.shop.svc.cluster.local /api?x=1 90%')).toBe('orders-v1.shop.svc.cluster.local /api?x=1 90%');
  });

  it('gives only safe characters and entity codes for any text, never "%%" or "click"', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const label = mermaidLabel(text);
        expect(label).toMatch(/^(?:[A-Za-z0-9 .,_/+*=@?!'%-]|#[A-Za-z0-9]+;)*$/);
        expect(label).not.toContain('%%');
        expect(label.toLowerCase()).not.toContain('click');
      }),
    );
  });
});

describe('mermaidText', () => {
  it('quotes the lines joined with line breaks, dropping empty ones', () => {
    expect(mermaidText(['subset v1', '', 'version=v1'])).toBe('"subset v1<br/>version=v1"');
  });

  it('shows at most MAX_LINES lines', () => {
    const text = mermaidText(Array.from({ length: 9 }, (_, i) => `line ${i}`));
    expect(text.split('<br/>')).toHaveLength(MAX_LINES);
    expect(text.endsWith('#8230;"')).toBe(true);
  });

  it('stays one quoted label for any lines', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 8 }), (lines) => {
        expect(mermaidText(lines)).toMatch(new RegExp(`^${LABEL}$`));
      }),
    );
  });
});
