import { describe, expect, it } from 'vitest';
import { diagnosticsOf, diagnosticsOfText, found, foundIn, messages } from './fixtures.ts';

describe('IST0107', () => {
  it('reports IST0107 at pod annotations written on a Deployment or a Service', () => {
    const diagnostics = diagnosticsOf('ist0107.fail.yaml');
    expect(found(diagnostics, 'IST0107')).toEqual([
      { code: 'IST0107', severity: 'warning', line: 8, column: 5 },
      { code: 'IST0107', severity: 'warning', line: 28, column: 5 },
    ]);
    expect(messages(diagnostics, 'IST0107')).toEqual([
      'Misplaced annotation: sidecar.istio.io/proxyMemory can only be applied to Pod; put it under spec.template.metadata.annotations',
      'Misplaced annotation: proxy.istio.io/config can only be applied to Pod',
    ]);
  });

  it('reports no IST0107 for annotations on the kind that reads them', () => {
    expect(foundIn('ist0107.pass.yaml', 'IST0107')).toEqual([]);
  });
});

describe('IST0108', () => {
  it('reports IST0108 for an unknown istio.io annotation in a pod template, with a suggestion', () => {
    const diagnostics = diagnosticsOf('ist0108.fail.yaml');
    expect(found(diagnostics, 'IST0108')).toEqual([{ code: 'IST0108', severity: 'warning', line: 16, column: 9 }]);
    expect(messages(diagnostics, 'IST0108')).toEqual([
      'Unknown annotation: sidecar.istio.io/proxyCpu; did you mean "sidecar.istio.io/proxyCPU"?',
    ]);
  });

  it('reports no IST0108 for known annotations and other domains', () => {
    expect(foundIn('ist0108.pass.yaml', 'IST0108')).toEqual([]);
  });

  it('skips the annotations Istio sets itself', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: orders\n  annotations:\n    istio.io/rev: canary\n    ambient.istio.io/redirection: enabled\nspec:\n  containers: [{name: orders, image: ghcr.io/rust-shop/orders:1.4.2}]\n';
    expect(diagnosticsOfText(text).filter((d) => d.code.startsWith('IST01'))).toEqual([]);
  });
});

describe('IST0125', () => {
  it('reports IST0125 for annotation values the injector cannot read', () => {
    const diagnostics = diagnosticsOf('ist0125.fail.yaml');
    expect(found(diagnostics, 'IST0125')).toEqual([
      { code: 'IST0125', severity: 'warning', line: 8, column: 5 },
      { code: 'IST0125', severity: 'warning', line: 9, column: 5 },
    ]);
    expect(messages(diagnostics, 'IST0125')[1]).toBe(
      'Invalid annotation sidecar.istio.io/interceptionMode: interceptionMode invalid, use REDIRECT,TPROXY,NONE: TPROXY_MODE',
    );
  });

  it('reports no IST0125 for valid ports, CIDRs, modes and numbers', () => {
    expect(foundIn('ist0125.pass.yaml', 'IST0125')).toEqual([]);
  });
});

describe('IST0135', () => {
  it('reports IST0135 for a deprecated annotation', () => {
    const diagnostics = diagnosticsOf('ist0135.fail.yaml');
    expect(found(diagnostics, 'IST0135')).toEqual([{ code: 'IST0135', severity: 'info', line: 8, column: 5 }]);
    expect(messages(diagnostics, 'IST0135')).toEqual([
      'Annotation "sidecar.istio.io/statsInclusionPrefixes" has been deprecated and may not work in future Istio versions.',
    ]);
  });

  it('reports no IST0135 for the proxy config that replaces it', () => {
    expect(foundIn('ist0135.pass.yaml', 'IST0135')).toEqual([]);
  });
});
