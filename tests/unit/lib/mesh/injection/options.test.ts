import { describe, expect, it } from 'vitest';
import { DEFAULT_INJECTION_OPTIONS, resolveOptions } from '../../../../../src/lib/mesh/injection/index.ts';

describe('resolveOptions', () => {
  it('defaults to native sidecars without CNI for both meshes', () => {
    expect(resolveOptions()).toEqual({ istio: { native: true, cni: false }, linkerd: { native: true, cni: false } });
    expect(resolveOptions()).toEqual(DEFAULT_INJECTION_OPTIONS);
  });

  it('keeps what the caller gives and fills in the rest', () => {
    expect(resolveOptions({ istio: { cni: true, revision: 'canary' }, linkerd: { native: false } })).toEqual({
      istio: { native: true, cni: true, revision: 'canary' },
      linkerd: { native: false, cni: false },
    });
  });

  it('ignores values of the wrong type and an empty revision', () => {
    const odd = { istio: { native: 'yes', revision: '' }, linkerd: { cni: 1 } } as unknown as Parameters<typeof resolveOptions>[0];
    expect(resolveOptions(odd)).toEqual(DEFAULT_INJECTION_OPTIONS);
  });
});
