/** Writing Gateway API documents for the tests and reading back where their findings are. */
import { diagnosticsOf, yaml } from '../linkerd/helpers.ts';

export const GROUP = 'gateway.networking.k8s.io';

/** A document of `kind` whose spec body starts on line 7 (line 6 without a namespace). */
export function doc(kind: string, body: string, version = 'v1', namespaced = true): string {
  const namespace = namespaced ? '  namespace: shop\n' : '';
  return `apiVersion: ${GROUP}/${version}\nkind: ${kind}\nmetadata:\n  name: orders\n${namespace}spec:\n${body}`;
}

/** Every finding as "CODE line:column". */
export function found(text: string): string[] {
  return diagnosticsOf(yaml(text)).map((d) => `${d.code} ${d.line}:${d.column}`);
}

/** The messages of the findings, for checking what they say. */
export function said(text: string): string[] {
  return diagnosticsOf(yaml(text)).map((d) => d.message);
}

/** A YAML flow list of `count` copies of `item`. */
export const many = (count: number, item: (index: number) => string): string =>
  `[${Array.from({ length: count }, (_, i) => item(i)).join(', ')}]`;

/** A Gateway spec with one HTTPS listener, valid as it is. */
export const GATEWAY = `  gatewayClassName: istio
  listeners:
    - name: https
      hostname: shop.example.com
      port: 443
      protocol: HTTPS
      tls:
        certificateRefs:
          - name: shop-example-com-tls
`;

/** An HTTPRoute spec with one rule, valid as it is; its rule's fields are indented by six spaces. */
export const ROUTE = `  parentRefs:
    - name: shop-edge
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: /orders
      backendRefs:
        - name: orders
          port: 8080
`;
