/** A synthetic shop of n Rust services (Deployment, Service, DestinationRule, VirtualService each), for speed tests. */
export function syntheticShop(services: number): string {
  const docs: string[] = [];
  for (let i = 0; i < services; i++) {
    const app = `svc-${i}`;
    docs.push(
      `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${app}-v1, namespace: shop, labels: {app: ${app}}}
spec:
  selector: {matchLabels: {app: ${app}, version: v1}}
  template:
    metadata:
      labels: {app: ${app}, version: v1}
      annotations: {sidecar.istio.io/proxyCPU: 100m}
    spec:
      containers:
        - {name: ${app}, image: "ghcr.io/rust-shop/${app}:1.0.${i}", ports: [{containerPort: 8080}]}`,
      `apiVersion: v1
kind: Service
metadata: {name: ${app}, namespace: shop}
spec:
  selector: {app: ${app}}
  ports: [{name: http, port: 80, targetPort: 8080}]`,
      `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: ${app}, namespace: shop}
spec:
  host: ${app}
  trafficPolicy: {connectionPool: {http: {http1MaxPendingRequests: 100}}}
  subsets: [{name: v1, labels: {version: v1}}]`,
      `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: ${app}, namespace: shop}
spec:
  hosts: [${app}]
  http:
    - match: [{uri: {prefix: /api}}]
      route: [{destination: {host: ${app}, subset: v1, port: {number: 80}}}]
      retries: {attempts: 3, perTryTimeout: 1s, retryOn: "5xx,reset"}
    - route: [{destination: {host: ${app}, subset: v1, port: {number: 80}}}]`,
    );
  }
  return `${docs.join('\n---\n')}\n`;
}
