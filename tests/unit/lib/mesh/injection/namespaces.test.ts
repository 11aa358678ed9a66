import { describe, expect, it } from 'vitest';
import { namespaceIndex } from '../../../../../src/lib/mesh/injection/index.ts';
import { namespace, resourcesOf, yaml } from './helpers.ts';

describe('namespaceIndex', () => {
  it('indexes the Namespaces of the input by name with their labels and annotations, the first one winning', () => {
    const text = [
      namespace('shop', { 'istio-injection': 'enabled' }, { 'linkerd.io/inject': 'enabled' }),
      namespace('shop', { 'istio-injection': 'disabled' }),
    ];
    const index = namespaceIndex(resourcesOf(yaml(text.join('---\n'))));
    expect([...index.keys()]).toEqual(['shop']);
    expect(index.get('shop')).toMatchObject({
      labels: { 'istio-injection': 'enabled' },
      annotations: { 'linkerd.io/inject': 'enabled' },
      resource: { index: 0 },
    });
  });

  it('leaves out other kinds and Namespaces of other API groups', () => {
    const other = 'apiVersion: example.com/v1\nkind: Namespace\nmetadata:\n  name: shop\n';
    expect(namespaceIndex(resourcesOf(yaml(other))).size).toBe(0);
  });
});
