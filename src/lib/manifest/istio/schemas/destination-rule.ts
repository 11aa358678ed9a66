/** DestinationRule (networking.istio.io): policies for traffic to a host after routing, and its subsets. */
import * as z from 'zod';
import { clientTlsRules } from './client-tls.ts';
import { duration, exportTo, field, host, matchLabelsSelector, message, port, protoEnum, stringMap, strings } from './common.ts';

const consistentHash = message(
  {
    httpHeaderName: z.string().optional(),
    httpCookie: message({
      name: z.string().min(1, 'must not be empty'),
      path: z.string().optional(),
      ttl: duration.optional(),
      attributes: z.array(message({ name: z.string(), value: z.string().optional() })).optional(),
    }).optional(),
    useSourceIp: z.boolean().optional(),
    httpQueryParameterName: z.string().optional(),
    ringHash: message({ minimumRingSize: z.int().min(0).optional() }).optional(),
    maglev: message({ tableSize: z.int().min(0).optional() }).optional(),
    minimumRingSize: z.int().min(0).optional(),
  },
  (value, ctx) => {
    const keys = ['httpHeaderName', 'httpCookie', 'useSourceIp', 'httpQueryParameterName'].filter((name) => field(value, name) != null);
    if (keys.length > 1)
      ctx.addIssue({ code: 'custom', path: [keys[1] ?? ''], message: `set only one hash key (found ${keys.join(' and ')})` });
  },
);

const localityLbSetting = message({
  enabled: z.boolean().optional(),
  distribute: z.array(message({ from: z.string().optional(), to: z.record(z.string(), z.int().min(0)).optional() })).optional(),
  failover: z.array(message({ from: z.string().optional(), to: z.string().optional() })).optional(),
  failoverPriority: strings.optional(),
});

const loadBalancer = message(
  {
    simple: protoEnum(['UNSPECIFIED', 'LEAST_CONN', 'RANDOM', 'PASSTHROUGH', 'ROUND_ROBIN', 'LEAST_REQUEST']).optional(),
    consistentHash: consistentHash.optional(),
    localityLbSetting: localityLbSetting.optional(),
    warmupDurationSecs: duration.optional(),
    warmup: message({ duration: duration.optional(), minimumPercent: z.number().optional(), aggression: z.number().optional() }).optional(),
  },
  (value, ctx) => {
    if (field(value, 'simple') != null && field(value, 'consistentHash') != null)
      ctx.addIssue({ code: 'custom', path: ['consistentHash'], message: 'set only one of simple or consistentHash' });
  },
);

/** Connection limits, shared with Sidecar's inboundConnectionPool. */
export const connectionPool = message({
  tcp: message({
    maxConnections: z.int().min(0).optional(),
    connectTimeout: duration.optional(),
    tcpKeepalive: message({ probes: z.int().min(0).optional(), time: duration.optional(), interval: duration.optional() }).optional(),
    maxConnectionDuration: duration.optional(),
    idleTimeout: duration.optional(),
  }).optional(),
  http: message({
    http1MaxPendingRequests: z.int().min(0).optional(),
    http2MaxRequests: z.int().min(0).optional(),
    maxRequestsPerConnection: z.int().min(0).optional(),
    maxRetries: z.int().min(0).optional(),
    idleTimeout: duration.optional(),
    h2UpgradePolicy: protoEnum(['DEFAULT', 'DO_NOT_UPGRADE', 'UPGRADE']).optional(),
    useClientProtocol: z.boolean().optional(),
    maxConcurrentStreams: z.int().min(0).optional(),
  }).optional(),
});

const outlierDetection = message({
  splitExternalLocalOriginErrors: z.boolean().optional(),
  consecutiveLocalOriginFailures: z.int().min(0).optional(),
  consecutiveGatewayErrors: z.int().min(0).optional(),
  consecutive5xxErrors: z.int().min(0).optional(),
  interval: duration.optional(),
  baseEjectionTime: duration.optional(),
  maxEjectionPercent: z.int().min(0).max(100, 'must be between 0 and 100').optional(),
  minHealthPercent: z.int().min(0).max(100, 'must be between 0 and 100').optional(),
  consecutiveErrors: z.int().min(0).optional(),
});

/** Client-side TLS towards the destination, with the combinations Istio's ValidateTLS refuses. */
export const clientTls = message(
  {
    mode: protoEnum(['DISABLE', 'SIMPLE', 'MUTUAL', 'ISTIO_MUTUAL']).optional(),
    clientCertificate: z.string().optional(),
    privateKey: z.string().optional(),
    caCertificates: z.string().optional(),
    credentialName: z.string().optional(),
    subjectAltNames: strings.optional(),
    sni: z.string().optional(),
    insecureSkipVerify: z.boolean().optional(),
    caCrl: z.string().optional(),
  },
  clientTlsRules,
);

const policies = {
  loadBalancer: loadBalancer.optional(),
  connectionPool: connectionPool.optional(),
  outlierDetection: outlierDetection.optional(),
  tls: clientTls.optional(),
};

const trafficPolicy = message({
  ...policies,
  portLevelSettings: z.array(message({ port: message({ number: port.optional() }).optional(), ...policies })).optional(),
  tunnel: message({ protocol: z.string().optional(), targetHost: z.string(), targetPort: port }).optional(),
  proxyProtocol: message({ version: protoEnum(['V1', 'V2']).optional() }).optional(),
});

const subset = message({
  name: z.string().min(1, 'must not be empty'),
  labels: stringMap.optional(),
  trafficPolicy: trafficPolicy.optional(),
});

/** spec of a DestinationRule. */
export const destinationRuleSpec = message(
  {
    host,
    trafficPolicy: trafficPolicy.optional(),
    subsets: z.array(subset).optional(),
    exportTo: exportTo.optional(),
    workloadSelector: matchLabelsSelector.optional(),
  },
  (value, ctx) => {
    const subsets = field(value, 'subsets');
    if (!Array.isArray(subsets)) return;
    const seen = new Set<string>();
    subsets.forEach((item, index) => {
      const name = field(item, 'name');
      if (typeof name !== 'string') return;
      if (seen.has(name)) ctx.addIssue({ code: 'custom', path: ['subsets', index, 'name'], message: `duplicate subset names: ${name}` });
      seen.add(name);
    });
  },
);
