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

function authorizationPolicy(i: number): string {
  return `apiVersion: security.istio.io/v1
kind: AuthorizationPolicy
metadata:
  name: svc-${i}
  namespace: shop
spec:
  selector:
    matchLabels:
      app: svc-${i}
  action: ALLOW
  rules:
    - from:
        - source:
            principals: ["cluster.local/ns/shop/sa/svc-${(i + 1) % 1000}"]
      to:
        - operation:
            methods: ["GET", "POST"]`;
}

function podDisruptionBudget(i: number): string {
  return `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: svc-${i}
  namespace: shop
spec:
  minAvailable: 1
  selector:
    matchLabels:
      app: svc-${i}`;
}

function autoscaler(i: number): string {
  return `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: svc-${i}
  namespace: shop
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: svc-${i}
  minReplicas: 2
  maxReplicas: 6
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: { type: Utilization, averageUtilization: 70 }`;
}

function linkerdServer(i: number): string {
  return `apiVersion: policy.linkerd.io/v1beta3
kind: Server
metadata:
  name: svc-${i}-http
  namespace: shop
spec:
  podSelector:
    matchLabels:
      app: svc-${i}
  port: http
  proxyProtocol: HTTP/1`;
}

/** The kinds the generated input holds, for the report. */
export const BENCH_KINDS = [
  'Namespace',
  'Deployment',
  'Service',
  'ServiceAccount',
  'ConfigMap',
  'VirtualService',
  'DestinationRule',
  'AuthorizationPolicy (Istio)',
  'PodDisruptionBudget',
  'HorizontalPodAutoscaler',
  'Server (Linkerd)',
];

/** The generated YAML and what it holds: 77 groups of 13 resources, 1,002 resources in all, over 10,000 lines. */
export function generateManifests(groups = 77): { text: string; lines: number; resources: number } {
  const docs: string[] = ['apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop'];
  for (let i = 0; i < groups; i++) {
    docs.push(deployment(i), service(i), serviceAccount(i), virtualService(i), destinationRule(i));
    docs.push(authorizationPolicy(i), podDisruptionBudget(i), autoscaler(i), linkerdServer(i));
    for (let c = 0; c < 4; c++) docs.push(configMap(i * 4 + c));
  }
  const text = `${docs.join('\n---\n')}\n`;
  return { text, lines: text.split('\n').length - 1, resources: docs.length };
}
