/**
 * Large, correct inputs stay clean: about 1,000 resources per generated shop, so a check that
 * misfires on ordinary manifests shows up here, across many namespaces and names. (Speed on the
 * same shapes is measured by `npm run bench`, not here.)
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Diagnostic } from '../../../../src/lib/manifest/index.ts';
import { istioShop, kubernetesShop, linkerdShop } from '../../../fixtures/manifest/shops.ts';

const findings = (text: string): Diagnostic[] => analyze([{ name: 'shop.yaml', text }]).files.flatMap((file) => file.diagnostics);
const summary = (diagnostics: Diagnostic[]): string[] => [...new Set(diagnostics.map((d) => `${d.code} ${d.message}`))].slice(0, 5);

describe('generated shops of about 10,000 lines', () => {
  it('a Kubernetes shop gets no schema or workload findings', () => {
    const text = kubernetesShop(1000);
    expect(text.split('\n').length).toBeGreaterThan(9000);
    expect(summary(findings(text).filter((d) => /^SA[23]/.test(d.code)))).toEqual([]);
  });

  it('a Linkerd shop gets no Linkerd or schema findings', () => {
    const text = linkerdShop(100);
    expect(text.split('\n').length).toBeGreaterThan(10_000);
    expect(summary(findings(text).filter((d) => /^SA(?:2|4)/.test(d.code)))).toEqual([]);
  });

  it('an Istio shop gets no Istio findings above info', () => {
    const text = istioShop(250);
    expect(text.split('\n').length).toBeGreaterThan(9500);
    expect(summary(findings(text).filter((d) => /^(?:IST|SA6)/.test(d.code) && d.severity !== 'info'))).toEqual([]);
  });
});
