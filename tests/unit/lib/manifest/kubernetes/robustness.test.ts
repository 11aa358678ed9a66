import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../src/lib/manifest/index.ts';
import { fixture } from './helpers.ts';

const SHOP = fixture('shop.yaml').split('\n');
// Values of every shape a field can wrongly hold; the checks must take each without breaking.
const ODD_VALUES = ['null', '0', '-1', '70000', '""', '"x"', 'true', '[]', '{}', '[1, {a: b}]', '{name: 1}', '[[]]', '"$(VAR)"'];
const FIELD = /^(\s*(?:- )?[\w./-]+:)(?:\s.*)?$/;

describe('kubernetesFamily robustness', () => {
  it('never breaks a check, whatever value a field of the shop gets', () => {
    const editable = SHOP.flatMap((line, index) => (FIELD.test(line) ? [index] : []));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...editable), fc.constantFrom(...ODD_VALUES)), { minLength: 1, maxLength: 6 }),
        (edits) => {
          const lines = [...SHOP];
          for (const [index, value] of edits) lines[index] = (lines[index] ?? '').replace(FIELD, `$1 ${value}`);
          const text = lines.join('\n');
          const diagnostics = analyze([{ name: 'shop.yaml', text }]).files.flatMap((file) => file.diagnostics);
          expect(diagnostics.filter((d) => d.code === 'SA1011' && d.message.includes('"kubernetes/'))).toEqual([]);
          for (const d of diagnostics) {
            expect(d.line).toBeLessThanOrEqual(lines.length);
            // A scalar or a list where a mapping belongs is one type error, never "unknown field "0"".
            expect(d.message).not.toMatch(/unknown field "\d+"/);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
