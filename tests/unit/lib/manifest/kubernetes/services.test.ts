import { describe, expect, it } from 'vitest';
import { at, check, checkText, only } from './helpers.ts';

describe('SA3004 Service selects no workload', () => {
  const diagnostics = check('sa3004-service-selects-nothing.fail.yaml');

  it('reports SA3004 at the selector, per namespace, with the closest workload as a hint', () => {
    expect(at(diagnostics, 'SA3004')).toEqual([
      { code: 'SA3004', severity: 'warning', line: 26, column: 3 },
      { code: 'SA3004', severity: 'warning', line: 51, column: 3 },
      { code: 'SA3004', severity: 'warning', line: 71, column: 3 },
    ]);
    expect(only(diagnostics, 'SA3004').map((d) => d.message)).toMatchInlineSnapshot(`
      [
        "selector app=orders, version=v2 matches no workload in namespace "shop"; closest is Deployment shop/orders, whose pods have version=v1, not v2",
        "selector app=orders matches no workload in namespace "checkout"",
        "selector app=payments matches no workload in namespace "default"",
      ]
    `);
  });

  it('stays quiet when the selector matches, and for a Service in a namespace without workloads', () => {
    expect(only(check('sa3004-service-selects-nothing.pass.yaml'), 'SA3004')).toEqual([]);
  });

  it('matches workloads of other files of the same input', () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata: {name: orders}\nspec:\n  selector: {app: orders}\n  ports: [{port: 80}]\n';
    const pod =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: orders, labels: {app: orders}}\nspec:\n  containers: [{name: orders, image: "orders:1.4.2"}]\n';
    expect(only(checkText(`${service}---\n${pod}`), 'SA3004')).toEqual([]);
  });
});

describe('SA3005 Service targetPort not exposed', () => {
  const diagnostics = check('sa3005-target-port.fail.yaml');

  it('reports a named targetPort without a matching port name, and numbers no container declares', () => {
    expect(at(diagnostics, 'SA3005')).toEqual([
      { code: 'SA3005', severity: 'warning', line: 33, column: 19 },
      { code: 'SA3005', severity: 'warning', line: 36, column: 19 },
      { code: 'SA3005', severity: 'warning', line: 38, column: 13 },
    ]);
    expect(only(diagnostics, 'SA3005')[0]).toMatchObject({ endLine: 33, endColumn: 22, path: 'spec.ports[0].targetPort' });
    expect(only(diagnostics, 'SA3005').map((d) => d.message)).toMatchInlineSnapshot(`
      [
        "targetPort "web" names no container port of Deployment orders (named ports: http, metrics)",
        "targetPort 8081 is not a containerPort of Deployment orders (it exposes 8080, 9090)",
        "port (the default targetPort) 9091 is not a containerPort of Deployment orders (it exposes 8080, 9090)",
      ]
    `);
  });

  it('accepts matching names and numbers, and any number when the containers declare no ports', () => {
    expect(only(check('sa3005-target-port.pass.yaml'), 'SA3005')).toEqual([]);
  });

  it('counts the ports of a native sidecar but not of an ordinary init container', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata: {name: orders}\nspec:\n  selector: {app: orders}\n  ports:\n    - {name: http, port: 80, targetPort: proxy}\n    - {name: init, port: 81, targetPort: setup}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: orders, labels: {app: orders}}\nspec:\n  initContainers:\n    - {name: setup, image: "setup:1", ports: [{name: setup, containerPort: 9000}]}\n    - {name: proxy, image: "proxy:1", restartPolicy: Always, ports: [{name: proxy, containerPort: 4143}]}\n  containers:\n    - {name: orders, image: "orders:1.4.2", ports: [{name: http, containerPort: 8080}]}\n';
    expect(at(checkText(text), 'SA3005')).toEqual([{ code: 'SA3005', severity: 'warning', line: 8, column: 42 }]);
  });

  it('leaves an invalid targetPort (a quoted number, a port out of range) to SA2004 alone', () => {
    const text = [
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: orders}',
      'spec:',
      '  selector: {app: orders}',
      '  ports:',
      '    - {name: http, port: 80, targetPort: "8080"}',
      '    - {name: admin, port: 81, targetPort: 70000}',
      '    - {name: web, port: 82, targetPort: 9999}',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: orders, labels: {app: orders}}',
      'spec:',
      '  containers: [{name: orders, image: "orders:1.4.2", ports: [{name: http, containerPort: 8080}]}]',
    ].join('\n');
    const diagnostics = checkText(text);
    expect([...at(diagnostics, 'SA2004'), ...at(diagnostics, 'SA3005')]).toEqual([
      { code: 'SA2004', severity: 'error', line: 7, column: 42 },
      { code: 'SA2004', severity: 'error', line: 8, column: 43 },
      { code: 'SA3005', severity: 'warning', line: 9, column: 41 },
    ]);
    expect(only(diagnostics, 'SA2004')[0]?.message).toBe(
      'spec.ports[0].targetPort: a port number must not be quoted: write 8080, not "8080" (a port name needs a letter)',
    );
  });
});
