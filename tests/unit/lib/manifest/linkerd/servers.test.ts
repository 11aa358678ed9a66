import { describe, expect, it } from 'vitest';
import { findings, fixture, messages } from './helpers.ts';

describe('SA4009 Server port name not declared', () => {
  it('reports a port name no selected container declares, at the value, with the likely name', () => {
    expect(findings(fixture('sa4009-port-name.fail.yaml'), 'SA4009')).toEqual([
      { code: 'SA4009', severity: 'warning', line: 34, column: 9 },
    ]);
    expect(messages(fixture('sa4009-port-name.fail.yaml'), 'SA4009')).toMatchInlineSnapshot(`
      [
        "34:9 no container of Deployment shop/orders declares a port named "htttp"; did you mean "http"?",
      ]
    `);
  });

  it('accepts declared names, and port numbers whether declared or not', () => {
    expect(findings(fixture('sa4009-port-name.pass.yaml'), 'SA4009')).toEqual([]);
  });
});

describe('SA4010 Servers overlap on a pod port', () => {
  it('reports the second Server that claims a port, whether by name or by number', () => {
    expect(findings(fixture('sa4010-overlap.fail.yaml'), 'SA4010')).toEqual([{ code: 'SA4010', severity: 'warning', line: 44, column: 9 }]);
    expect(messages(fixture('sa4010-overlap.fail.yaml'), 'SA4010')).toMatchInlineSnapshot(`
      [
        "44:9 Server "orders-http" already selects this port of Deployment shop/orders; Linkerd applies one Server per pod port",
      ]
    `);
  });

  it('accepts Servers on different ports of the same pods', () => {
    expect(findings(fixture('sa4010-overlap.pass.yaml'), 'SA4010')).toEqual([]);
  });
});
