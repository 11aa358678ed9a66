import { describe, expect, it } from 'vitest';
import { diffPaths } from '../../../../../src/lib/mesh/injection/index.ts';

describe('diffPaths', () => {
  it('lists new keys and changed values, not the ones left alone', () => {
    const before = { metadata: { labels: { app: 'orders' } }, spec: { replicas: 1 } };
    const after = { metadata: { labels: { app: 'orders', tier: 'backend' }, annotations: { a: 'b' } }, spec: { replicas: 2 } };
    expect(diffPaths(before, after)).toEqual([
      { path: ['metadata', 'labels', 'tier'], kind: 'added' },
      { path: ['metadata', 'annotations'], kind: 'added' },
      { path: ['spec', 'replicas'], kind: 'changed' },
    ]);
  });

  it('matches named list items by name, so an item added in front is one addition', () => {
    const before = { containers: [{ name: 'orders', image: 'a' }] };
    const after = { containers: [{ name: 'linkerd-proxy' }, { name: 'orders', image: 'b' }] };
    expect(diffPaths(before, after)).toEqual([
      { path: ['containers', 0], kind: 'added' },
      { path: ['containers', 1, 'image'], kind: 'changed' },
    ]);
  });

  it('compares lists without names item by item', () => {
    expect(diffPaths({ args: ['a', 'b'] }, { args: ['a', 'c', 'd'] })).toEqual([
      { path: ['args', 1], kind: 'changed' },
      { path: ['args', 2], kind: 'added' },
    ]);
  });

  it('reports a value whose type changed as changed, and nothing for equal data', () => {
    expect(diffPaths({ a: [1] }, { a: { b: 1 } })).toEqual([{ path: ['a'], kind: 'changed' }]);
    expect(diffPaths({ a: [{ b: Number.NaN }] }, { a: [{ b: Number.NaN }] })).toEqual([]);
  });
});
