import { describe, expect, it } from 'vitest';
import { check, checkText, only } from './helpers.ts';

const schemaCodes = (names: string[]) => (d: { code: string }) => names.includes(d.code);
const crossField = schemaCodes(['SA2002', 'SA2004']);

const deploymentWith = (podSpec: string): string =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: orders}\nspec:\n  selector: {matchLabels: {app: orders}}\n  template:\n    metadata: {labels: {app: orders}}\n    spec:\n${podSpec}`;

describe('pod-spec cross-field rules (SA2002, SA2004)', () => {
  const diagnostics = check('fields-pod.fail.yaml').filter(crossField);

  it('reports duplicate port names, value with valueFrom, requests over limits, a probe without handler, an undefined volume, duplicate container and volume names', () => {
    expect(diagnostics.map(({ code, line, column, endColumn }) => ({ code, line, column, endColumn }))).toEqual([
      { code: 'SA2004', line: 20, column: 21, endColumn: 25 },
      { code: 'SA2004', line: 25, column: 15, endColumn: 24 },
      { code: 'SA2004', line: 31, column: 23, endColumn: 28 },
      { code: 'SA2002', line: 34, column: 11, endColumn: 24 },
      { code: 'SA2004', line: 37, column: 21, endColumn: 26 },
      { code: 'SA2004', line: 39, column: 17, endColumn: 23 },
      { code: 'SA2004', line: 45, column: 17, endColumn: 23 },
    ]);
  });

  it('says what is wrong and how to fix it', () => {
    expect(diagnostics.map((d) => d.message)).toMatchInlineSnapshot(`
      [
        "port name "http" is already used by another port of this container; port names must be unique",
        "env DATABASE_URL sets both value and valueFrom; keep one",
        "requests.memory (256Mi) is more than limits.memory (128Mi); a request must not exceed its limit",
        "livenessProbe needs one of exec, httpGet, tcpSocket or grpc",
        "no volume named "cache" in this pod (volumes: config); add it under volumes or fix the name",
        "container name "orders" is already used; names must be unique across containers and initContainers",
        "volume name "config" is already used by another volume; names must be unique",
      ]
    `);
  });

  it('reports nothing for the corrected pod, where two containers may both name a port http', () => {
    expect(check('fields-pod.pass.yaml').filter(crossField)).toEqual([]);
  });

  it('reports a probe with two handlers at the second one', () => {
    const text = deploymentWith(
      '      containers:\n        - name: orders\n          image: orders:1.4.2\n          readinessProbe:\n            httpGet: {port: 8080}\n            tcpSocket: {port: 8080}\n',
    );
    expect(only(checkText(text), 'SA2004')).toMatchObject([
      { line: 14, column: 13, message: expect.stringContaining('sets both httpGet and tcpSocket') },
    ]);
  });

  it('lets a StatefulSet mount its volumeClaimTemplates', () => {
    expect(check('shop.yaml').filter(crossField)).toEqual([]);
  });

  it('reports a volume with two sources, and a container name shared with an init container', () => {
    const text = deploymentWith(
      '      initContainers:\n        - name: orders\n          image: migrate:1.0.0\n      containers:\n        - name: orders\n          image: orders:1.4.2\n      volumes:\n        - name: config\n          configMap: {name: orders}\n          secret: {secretName: orders}\n',
    );
    expect(only(checkText(text), 'SA2004').map(({ line, column }) => [line, column])).toEqual([
      [13, 17],
      [18, 11],
    ]);
  });
});

describe('Service cross-field rules (SA2002, SA2004)', () => {
  it('requires names when a Service has several ports, unique names, and externalName for ExternalName', () => {
    const diagnostics = check('fields-service.fail.yaml').filter(crossField);
    expect(diagnostics.map(({ code, severity, line, column }) => ({ code, severity, line, column }))).toEqual([
      { code: 'SA2002', severity: 'error', line: 9, column: 7 },
      { code: 'SA2002', severity: 'error', line: 11, column: 7 },
      { code: 'SA2004', severity: 'error', line: 23, column: 13 },
      { code: 'SA2002', severity: 'error', line: 30, column: 1 },
    ]);
    expect(diagnostics[0]?.message).toMatchInlineSnapshot(
      `"port 80 needs a name: when a Service has several ports, each must be named (http, grpc, ...)"`,
    );
  });

  it('accepts one unnamed port, named ports and an ExternalName with its name', () => {
    expect(check('fields-service.pass.yaml').filter(crossField)).toEqual([]);
  });

  it('rejects a nodePort on a ClusterIP Service', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: orders}\nspec:\n  ports:\n    - port: 80\n      nodePort: 30080\n';
    expect(only(checkText(text), 'SA2004')).toMatchObject([
      { line: 7, column: 7, message: expect.stringContaining('nodePort needs type NodePort') },
    ]);
  });
});

describe('ConfigMap and Secret cross-field rules (SA2002, SA2004)', () => {
  it('requires tls.crt and tls.key in a TLS Secret', () => {
    const text = 'apiVersion: v1\nkind: Secret\nmetadata: {name: payments-tls}\ntype: kubernetes.io/tls\ndata:\n  ca.crt: Y2E=\n';
    expect(only(checkText(text), 'SA2002').map((d) => [d.line, d.message])).toEqual([
      [5, 'a Secret of type kubernetes.io/tls must hold the key "tls.crt" in data or stringData'],
      [5, 'a Secret of type kubernetes.io/tls must hold the key "tls.key" in data or stringData'],
    ]);
  });

  it('rejects a key in both data and binaryData, and a key with a slash', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: orders}\ndata:\n  logo: x\n  conf/app.toml: y\nbinaryData:\n  logo: eA==\n';
    expect(only(checkText(text), 'SA2004').map(({ line, column }) => [line, column])).toEqual([
      [6, 3],
      [8, 3],
    ]);
  });
});
