import { describe, expect, it } from 'vitest';
import { diagnosticsOf, findings, fixture, fromLinkerd, messages, yaml } from './helpers.ts';

const fail = fixture('schema.fail.yaml');

describe('SA2001 unknown field in a Linkerd kind', () => {
  it('reports the key, with the field that was meant', () => {
    expect(findings(fail, 'SA2001')).toEqual([{ code: 'SA2001', severity: 'error', line: 9, column: 5 }]);
    expect(messages(fail, 'SA2001')).toMatchInlineSnapshot(`
      [
        "9:5 unknown field "matchLabel" in spec.podSelector; did you mean "matchLabels"?",
      ]
    `);
  });
});

describe('SA2002 required field missing in a Linkerd kind', () => {
  it('reports an AuthorizationPolicy without requiredAuthenticationRefs at its spec', () => {
    expect(findings(fail, 'SA2002')).toEqual([{ code: 'SA2002', severity: 'error', line: 19, column: 1 }]);
  });
});

describe('SA2003 wrong type in a Linkerd kind', () => {
  it('reports a quoted boolean at the value', () => {
    expect(findings(fail, 'SA2003')).toEqual([{ code: 'SA2003', severity: 'error', line: 62, column: 20 }]);
  });
});

describe('SA2004 invalid value in a Linkerd kind', () => {
  it('reports quoted port numbers, unknown protocols, bad CIDRs, path types and redirect codes at the value', () => {
    expect(findings(fail, 'SA2004')).toEqual([
      { code: 'SA2004', severity: 'error', line: 11, column: 9 },
      { code: 'SA2004', severity: 'error', line: 12, column: 18 },
      { code: 'SA2004', severity: 'error', line: 31, column: 13 },
      { code: 'SA2004', severity: 'error', line: 45, column: 19 },
      { code: 'SA2004', severity: 'error', line: 50, column: 25 },
    ]);
    expect(messages(fail, 'SA2004')).toMatchInlineSnapshot(`
      [
        "11:9 spec.port: a port number must not be quoted: write 8080, not "8080"",
        "12:18 spec.proxyProtocol: must be one of "unknown", "HTTP/1", "HTTP/2", "gRPC", "opaque" or "TLS"",
        "31:13 spec.networks[0].cidr: must be an IP address or a CIDR like "10.0.0.0/8"",
        "45:19 spec.rules[0].matches[0].path.type: must be one of "Exact", "PathPrefix" or "RegularExpression"",
        "50:25 spec.rules[0].filters[0].requestRedirect.statusCode: must be 301 or 302",
      ]
    `);
  });
});

describe('the shop', () => {
  it('gives no Linkerd finding for every Linkerd kind written correctly', () => {
    expect(diagnosticsOf(fixture('shop.yaml')).filter(fromLinkerd)).toEqual([]);
  });
});

describe('SA2004 for keys of label maps in a Linkerd kind', () => {
  it('points at the bad key, with the label key rule as the message', () => {
    const text = `apiVersion: policy.linkerd.io/v1beta3
kind: Server
metadata:
  name: orders-http
  namespace: shop
  labels:
    "bad key!": x
spec:
  podSelector:
    matchLabels:
      app/: orders
  port: 8080
`;
    expect(findings(yaml(text), 'SA2004')).toEqual([
      { code: 'SA2004', severity: 'error', line: 7, column: 5 },
      { code: 'SA2004', severity: 'error', line: 11, column: 7 },
    ]);
    expect(messages(yaml(text), 'SA2004')).toEqual([
      `7:5 label key "bad key!" in metadata.labels is not valid: it must be a qualified name: an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`,
      `11:7 label key "app/" in spec.podSelector.matchLabels is not valid: it must be a qualified name: an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`,
    ]);
  });
});
