import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countCompleted,
  emptyProgress,
  parseProgress,
  progressSummary,
  serializeProgress,
  setCompleted,
} from '../../../src/lib/progress/index.ts';

describe('parseProgress', () => {
  it('reads what serializeProgress wrote', () => {
    const progress = setCompleted(emptyProgress(), 'sidecar-pattern', true, new Date('2026-11-25T10:00:00Z'));
    expect(parseProgress(serializeProgress(progress)).completed).toEqual({ 'sidecar-pattern': '2026-11-25T10:00:00.000Z' });
  });

  it('ignores corrupt, foreign and hostile data', () => {
    for (const raw of [null, '', 'not json', '[]', '42', '{"completed":[1,2]}', '{"completed":"x"}']) {
      expect(parseProgress(raw).completed).toEqual({});
    }
    const mixed = parseProgress(
      '{"completed":{"ok-id":"2026-01-01T00:00:00Z","__proto__":"2026-01-01","BAD ID":"2026-01-01","bad-date":"tomorrow"}}',
    );
    expect(Object.keys(mixed.completed)).toEqual(['ok-id']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('never throws, whatever is stored', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (raw) => void parseProgress(raw)));
  });
});

describe('setCompleted and countCompleted', () => {
  it('marks and unmarks without changing the original', () => {
    const original = emptyProgress();
    const done = setCompleted(original, 'a', true);
    expect(countCompleted(done, ['a', 'b'])).toBe(1);
    expect(countCompleted(original, ['a'])).toBe(0);
    expect(countCompleted(setCompleted(done, 'a', false), ['a'])).toBe(0);
  });
});

describe('progressSummary', () => {
  it('counts with the right noun', () => {
    expect(progressSummary(0, 1)).toBe('0 of 1 lesson complete');
    expect(progressSummary(2, 3)).toBe('2 of 3 lessons complete');
  });
});
