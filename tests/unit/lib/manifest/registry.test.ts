import { describe, expect, it } from 'vitest';
import { RULES } from '../../../../src/lib/manifest/index.ts';
import { RULE_REGISTRY } from '../../../../src/lib/manifest/registry.ts';

describe('the rule registry for pages', () => {
  it('lists exactly the rules the validator registers, in the same order', () => {
    expect([...RULE_REGISTRY.keys()]).toEqual([...RULES.keys()]);
    for (const [code, rule] of RULE_REGISTRY) expect(RULES.get(code)).toBe(rule);
  });
});
