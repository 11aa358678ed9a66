/**
 * WorkloadEntry and WorkloadGroup (networking.istio.io): a VM or bare-metal workload in the mesh,
 * and the template its entries are made from, after istio/api workload_entry.proto and
 * workload_group.proto.
 */
import * as z from 'zod';
import { field, message, port, stringMap } from './common.ts';

// The CRD's rule for the keys of `ports`: a DNS-label-like service port name.
const portName = z
  .string()
  .max(62, 'must be at most 62 characters')
  .regex(/^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/, 'must be a service port name such as http or grpc-web');

const UNIX = 'unix://';

/** The fields of a WorkloadEntry, shared with a WorkloadGroup's template. */
const entryShape = {
  address: z.string().max(256, 'must be at most 256 characters').optional(),
  ports: z.record(portName, port).optional(),
  labels: stringMap.optional(),
  network: z.string().max(2048, 'must be at most 2048 characters').optional(),
  locality: z.string().max(2048, 'must be at most 2048 characters').optional(),
  weight: z.int().min(0, 'must be 0 or more').optional(),
  serviceAccount: z.string().max(253, 'must be at most 253 characters').optional(),
};

// A Unix domain socket endpoint has no ports, and its path is absolute (or abstract, "@name").
function unixSocket(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const address = field(value, 'address');
  if (typeof address !== 'string' || !address.startsWith(UNIX)) return;
  const path = address.slice(UNIX.length);
  if (!path.startsWith('/') && !path.startsWith('@'))
    ctx.addIssue({
      code: 'custom',
      path: ['address'],
      message: 'a unix:// address needs an absolute path, such as unix:///var/run/app.sock',
    });
  else if (path.endsWith('/'))
    ctx.addIssue({ code: 'custom', path: ['address'], message: 'a unix:// address must name a socket, not a directory' });
  if (field(value, 'ports') != null)
    ctx.addIssue({ code: 'custom', path: ['ports'], message: 'a unix:// address takes no ports; remove them' });
}

/** spec of a WorkloadEntry. */
export const workloadEntrySpec = message(entryShape, (value, ctx) => {
  // Without an address, istiod can only reach the workload through its network's gateway.
  if (field(value, 'address') == null && field(value, 'network') == null)
    ctx.addIssue({
      code: 'custom',
      path: ['address'],
      message: 'set address (an IP such as 10.0.3.7 or a host name) or, for a workload behind a network gateway, network',
    });
  unixSocket(value, ctx);
});

// Each entry of a group gets its own address when its VM registers, so the template has none.
const template = message(entryShape, (value, ctx) => {
  if (field(value, 'address') != null)
    ctx.addIssue({ code: 'custom', path: ['address'], message: 'leave address out of the template; each VM registers its own' });
});

const probePort = z.int().min(1, 'must be a port number, 1-65535').max(65535, 'must be a port number, 1-65535');
const seconds = z.int().min(0, 'must be 0 or more');

const httpGet = message({
  path: z.string().optional(),
  port: probePort,
  host: z.string().optional(),
  scheme: z.enum(['', 'HTTP', 'HTTPS'], { error: 'must be HTTP or HTTPS' }).optional(),
  httpHeaders: z
    .array(
      message({
        name: z
          .string()
          .regex(/^[-_A-Za-z0-9]+$/, 'must be a header name of letters, digits, "-" and "_"')
          .optional(),
        value: z.string().optional(),
      }),
    )
    .optional(),
});

const CHECKS = ['httpGet', 'tcpSocket', 'exec', 'grpc'];

const probe = message(
  {
    initialDelaySeconds: seconds.optional(),
    timeoutSeconds: seconds.optional(),
    periodSeconds: seconds.optional(),
    successThreshold: seconds.optional(),
    failureThreshold: seconds.optional(),
    httpGet: httpGet.optional(),
    tcpSocket: message({ host: z.string().optional(), port: probePort }).optional(),
    exec: message({ command: z.array(z.string().min(1, 'must not be empty')) }).optional(),
    grpc: message({ port: probePort.optional(), service: z.string().optional() }).optional(),
  },
  (value, ctx) => {
    // A oneof in the proto: the probe runs one kind of check.
    const set = CHECKS.filter((name) => field(value, name) != null);
    if (set.length > 1)
      ctx.addIssue({
        code: 'custom',
        path: [set[1] ?? ''],
        message: `set only one of httpGet, tcpSocket, exec or grpc (found ${set.join(' and ')})`,
      });
  },
);

/** spec of a WorkloadGroup. */
export const workloadGroupSpec = message({
  metadata: message({ labels: stringMap.optional(), annotations: stringMap.optional() }).optional(),
  template,
  probe: probe.optional(),
});
