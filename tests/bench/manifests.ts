/** A generated multi-document manifest set for the validator bench: about 10,000 lines, 1,000 resources. */

function deployment(i: number): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-${i}
  namespace: shop
  labels:
    app: svc-${i}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: svc-${i}
  template:
    metadata:
      labels:
        app: svc-${i}
        version: v1
    spec:
      containers:
        - name: app
          image: registry.example.com/shop/svc-${i}:1.${i}.0
          ports:
            - name: http
              containerPort: 8080
          readinessProbe:
            httpGet: { path: /ready, port: http }
          livenessProbe:
            httpGet: { path: /live, port: http }
          resources:
            requests: { cpu: 50m, memory: 64Mi }
            limits: { memory: 128Mi }
          securityContext:
            runAsNonRoot: true
            runAsUser: 10001`;
}

/** A Service in front of svc-<i>'s pods, port 80 to their named port http. */
export function service(i: number): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: svc-${i}
  namespace: shop
spec:
  selector:
    app: svc-${i}
  ports:
    - name: http
      port: 80
      targetPort: http`;
}

function configMap(i: number): string {
  return `apiVersion: v1
kind: ConfigMap
metadata:
  name: config-${i}
  namespace: shop
data:
  LOG_LEVEL: info`;
}

function serviceAccount(i: number): string {
  return `apiVersion: v1
kind: ServiceAccount
metadata:
  name: svc-${i}
  namespace: shop`;
}

function virtualService(i: number): string {
  return `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: svc-${i}
  namespace: shop
spec:
  hosts:
    - svc-${i}
  http:
    - route:
        - destination:
            host: svc-${i}
            subset: v1
      timeout: 2s
      retries:
        attempts: 3
        perTryTimeout: 500ms`;
}

function destinationRule(i: number): string {
  return `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: svc-${i}
  namespace: shop
spec:
  host: svc-${i}
  subsets:
    - name: v1
      labels:
        version: v1`;
}

/** The generated YAML and what it holds: 66 groups of 13 resources come to about 10,000 lines. */
export function generateManifests(groups = 66): { text: string; lines: number; resources: number } {
  const docs: string[] = ['apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop'];
  for (let i = 0; i < groups; i++) {
    docs.push(deployment(i), service(i), serviceAccount(i), virtualService(i), destinationRule(i));
    for (let c = 0; c < 8; c++) docs.push(configMap(i * 8 + c));
  }
  const text = `${docs.join('\n---\n')}\n`;
  return { text, lines: text.split('\n').length - 1, resources: docs.length };
}
