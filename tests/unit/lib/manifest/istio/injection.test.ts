import { describe, expect, it } from 'vitest';
import { diagnosticsOf, found, foundIn, messages } from './fixtures.ts';

describe('IST0102', () => {
  it('reports IST0102 at the name of a namespace without an injection label', () => {
    const diagnostics = diagnosticsOf('ist0102.fail.yaml');
    expect(found(diagnostics, 'IST0102')).toEqual([{ code: 'IST0102', severity: 'info', line: 5, column: 9 }]);
    expect(messages(diagnostics, 'IST0102')).toEqual([
      "The namespace is not enabled for Istio injection. Run 'kubectl label namespace shop istio-injection=enabled' to enable it, or 'kubectl label namespace shop istio-injection=disabled' to explicitly mark it as not needing injection.",
    ]);
  });

  it('reports no IST0102 for enabled or explicitly disabled namespaces', () => {
    expect(foundIn('ist0102.pass.yaml', 'IST0102')).toEqual([]);
  });
});

describe('IST0103', () => {
  it('reports IST0103 for a pod without istio-proxy in an injected namespace', () => {
    const diagnostics = diagnosticsOf('ist0103.fail.yaml');
    expect(found(diagnostics, 'IST0103')).toEqual([{ code: 'IST0103', severity: 'warning', line: 12, column: 9 }]);
    expect(messages(diagnostics, 'IST0103')[0]).toMatch(/^The pod shop\/orders-5b8c is missing the Istio proxy\./);
  });

  it('reports no IST0103 for injected pods and pods that opt out', () => {
    expect(foundIn('ist0103.pass.yaml', 'IST0103')).toEqual([]);
  });

  it('checks namespaces labelled only with istio.io/rev, unless istio-injection=disabled is there too', () => {
    const diagnostics = diagnosticsOf('ist0103-revision.fail.yaml');
    expect(found(diagnostics, 'IST0103')).toEqual([{ code: 'IST0103', severity: 'warning', line: 13, column: 9 }]);
    expect(messages(diagnostics, 'IST0103')[0]).toMatch(/^The pod shop\/orders-5b8c is missing the Istio proxy\./);
  });
});

describe('IST0123', () => {
  it('reports IST0123 at the labels of a namespace with two injection labels', () => {
    const diagnostics = diagnosticsOf('ist0123.fail.yaml');
    expect(found(diagnostics, 'IST0123')).toEqual([{ code: 'IST0123', severity: 'warning', line: 6, column: 3 }]);
    expect(messages(diagnostics, 'IST0123')[0]).toContain('[istio-injection=enabled istio.io/rev=canary]');
  });

  it('reports no IST0123 with one injection label per namespace', () => {
    expect(foundIn('ist0123.pass.yaml', 'IST0123')).toEqual([]);
  });
});

describe('IST0146', () => {
  it('reports IST0146 at the image of a Deployment with image: auto that nothing injects', () => {
    const diagnostics = diagnosticsOf('ist0146.fail.yaml');
    expect(found(diagnostics, 'IST0146')).toEqual([{ code: 'IST0146', severity: 'warning', line: 23, column: 18 }]);
    expect(messages(diagnostics, 'IST0146')).toEqual([
      'Deployment shop-ingressgateway contains `image: auto` but does not match any Istio injection webhook selectors.',
    ]);
  });

  it('reports no IST0146 when the pod template asks for injection', () => {
    expect(foundIn('ist0146.pass.yaml', 'IST0146')).toEqual([]);
  });

  it('reports no IST0146 (and no SA3006) when the pod template names a revision and no Namespace is given', () => {
    const diagnostics = diagnosticsOf('ist0146-revision.pass.yaml');
    expect(found(diagnostics, 'IST0146')).toEqual([]);
    expect(found(diagnostics, 'SA3006')).toEqual([]);
  });

  it('reports IST0146 for a revision label on the pods when the namespace has istio-injection=disabled', () => {
    expect(foundIn('ist0146-revision.fail.yaml', 'IST0146')).toEqual([{ code: 'IST0146', severity: 'warning', line: 27, column: 18 }]);
  });
});

describe('IST0147', () => {
  it('reports IST0147 at the image of a Pod with image: auto that nothing injects', () => {
    expect(foundIn('ist0147.fail.yaml', 'IST0147')).toEqual([{ code: 'IST0147', severity: 'error', line: 12, column: 14 }]);
  });

  it('reports no IST0147 when the Pod asks for injection', () => {
    expect(foundIn('ist0147.pass.yaml', 'IST0147')).toEqual([]);
  });
});
