import { describe, expect, it } from 'vitest';
import { findings, fixture, messages } from './helpers.ts';

describe('SA4006 policy target not found', () => {
  const fail = fixture('sa4006-policy-target.fail.yaml');

  it('reports missing Servers, a Server selecting no pods and a ServerAuthorization selecting no Server', () => {
    expect(findings(fail, 'SA4006')).toEqual([
      { code: 'SA4006', severity: 'warning', line: 31, column: 3 },
      { code: 'SA4006', severity: 'warning', line: 56, column: 11 },
      { code: 'SA4006', severity: 'warning', line: 68, column: 11 },
      { code: 'SA4006', severity: 'warning', line: 78, column: 5 },
    ]);
  });

  it('suggests a close name, or says the Server is in another namespace', () => {
    expect(messages(fail, 'SA4006')).toMatchInlineSnapshot(`
      [
        "31:3 podSelector matches none of the 1 workload in namespace "shop"; compare it with their pod template labels",
        "56:11 no Server "orders-htp" in namespace "shop" in the input; did you mean "orders-http"?",
        "68:11 no Server "payments-grpc" in namespace "shop" in the input; there is one in namespace "billing", but a policy applies only to its own namespace",
        "78:5 server.selector matches the labels of none of the 1 Server in namespace "shop"",
      ]
    `);
  });

  it('accepts targets that are in the input, by name and by label', () => {
    expect(findings(fixture('sa4006-policy-target.pass.yaml'), 'SA4006', 'SA4007')).toEqual([]);
  });

  it('stays quiet about a policy checked without any Server in the input', () => {
    expect(findings(fixture('sa4006-policy-alone.yaml'), 'SA4006', 'SA4007')).toEqual([]);
  });

  it('stays quiet about a Server when the input has no workloads in its namespace', () => {
    const servers = fixture('sa4005-server-selector.pass.yaml');
    expect(findings(servers, 'SA4006')).toEqual([]);
  });
});

describe('SA4007 authentication not found', () => {
  it('reports MeshTLS and network authentications missing from the namespace the ref means', () => {
    expect(findings(fixture('sa4007-authentication.fail.yaml'), 'SA4007')).toEqual([
      { code: 'SA4007', severity: 'warning', line: 31, column: 13 },
      { code: 'SA4007', severity: 'warning', line: 34, column: 13 },
    ]);
    expect(messages(fixture('sa4007-authentication.fail.yaml'), 'SA4007')).toMatchInlineSnapshot(`
      [
        "31:13 no MeshTLSAuthentication "order-identity" in namespace "shop" in the input; did you mean "orders-identity"?",
        "34:13 no NetworkAuthentication "office-network" in namespace "shop" in the input; there is one in namespace "ops": add namespace: ops to the reference",
      ]
    `);
  });

  it('accepts authentications in the input, in the namespace named by the ref, and ServiceAccount refs', () => {
    expect(findings(fixture('sa4007-authentication.pass.yaml'), 'SA4007')).toEqual([]);
  });
});

describe('SA4008 route parent or backend not found', () => {
  it('reports a parent Server and a backend Service missing from the input', () => {
    expect(findings(fixture('sa4008-route-refs.fail.yaml'), 'SA4008')).toEqual([
      { code: 'SA4008', severity: 'warning', line: 33, column: 13 },
      { code: 'SA4008', severity: 'warning', line: 54, column: 17 },
    ]);
    expect(messages(fixture('sa4008-route-refs.fail.yaml'), 'SA4008')).toMatchInlineSnapshot(`
      [
        "33:13 no Server "orders-api" in namespace "shop" in the input",
        "54:17 no Service "payment-v2" in namespace "shop" in the input; did you mean "payments"?",
      ]
    `);
  });

  it('accepts parents and backends that are in the input', () => {
    expect(findings(fixture('sa4008-route-refs.pass.yaml'), 'SA4008')).toEqual([]);
  });
});
