import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, plainText } from '../../../src/lib/text/index.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('stops early past the limit', () => {
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

describe('closestMatch', () => {
  it('suggests the field a typo was meant to be', () => {
    expect(closestMatch('titel', ['title', 'description', 'order'])).toBe('title');
    expect(closestMatch('Objective', ['objectives', 'order'])).toBe('objectives');
  });

  it('suggests nothing for words that are not close', () => {
    expect(closestMatch('banana', ['title', 'order'])).toBeUndefined();
    expect(closestMatch('id', ['order'])).toBeUndefined();
  });
});

describe('editDistance with swaps', () => {
  it('counts two swapped neighbours as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });
});

describe('plainText', () => {
  it('keeps the words and drops the markup', () => {
    expect(plainText('Which **field** makes an `initContainer` a [native sidecar](https://kubernetes.io)?')).toBe(
      'Which field makes an initContainer a native sidecar?',
    );
    expect(plainText('Look:\n\n```yaml\na: 1\n```\n\nthen _go_')).toBe('Look: then go');
    expect(plainText('x'.repeat(200), 10)).toBe('xxxxxxxxx…');
  });
});
