import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/lib/manifest/index.ts';

/** A VirtualService routing to a host and subset nothing defines: IST0101. */
function route(annotation?: string): string {
  const annotations = annotation === undefined ? '' : `  annotations:\n    galley.istio.io/analyze-suppress: "${annotation}"\n`;
  return `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: payments
  namespace: shop
${annotations}spec:
  hosts: [payments]
  http:
    - route:
        - destination:
            host: payments
            subset: v1
`;
}

const codes = (text: string): string[] => analyze([{ name: 'vs.yaml', text }]).files.flatMap((f) => f.diagnostics.map((d) => d.code));

describe('galley.istio.io/analyze-suppress', () => {
  it('drops the listed codes on the resource that carries it, as istioctl analyze does', () => {
    expect(codes(route())).toEqual(['IST0101']);
    expect(codes(route('IST0101'))).toEqual([]);
    expect(codes(route('IST0102, IST0101'))).toEqual([]);
    expect(codes(route('*'))).toEqual([]);
  });

  it('keeps codes it does not list, and findings on other resources', () => {
    expect(codes(route('IST0102'))).toEqual(['IST0101']);
    expect(codes(route('IST010'))).toEqual(['IST0101']);
    const other = route().replace('name: payments\n', 'name: refunds\n');
    expect(codes(`${route('IST0101')}---\n${other}`)).toEqual(['IST0101']);
  });
});
