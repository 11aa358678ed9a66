/** Gateway (networking.istio.io): the ports, protocols, hosts and TLS of a load balancer at the mesh edge. */
import * as z from 'zod';
import { field, message, port, protocol, protoEnum, stringMap, strings } from './common.ts';

const TLS_VERSION = protoEnum(['TLS_AUTO', 'TLSV1_0', 'TLSV1_1', 'TLSV1_2', 'TLSV1_3']);

/** Server-side TLS settings, shared with Sidecar ingress listeners. */
export const serverTls = message(
  {
    httpsRedirect: z.boolean().optional(),
    mode: protoEnum(['PASSTHROUGH', 'SIMPLE', 'MUTUAL', 'AUTO_PASSTHROUGH', 'ISTIO_MUTUAL', 'OPTIONAL_MUTUAL']).optional(),
    serverCertificate: z.string().optional(),
    privateKey: z.string().optional(),
    caCertificates: z.string().optional(),
    caCrl: z.string().optional(),
    credentialName: z.string().optional(),
    credentialNames: strings.optional(),
    tlsCertificates: z
      .array(
        message({ serverCertificate: z.string().optional(), privateKey: z.string().optional(), caCertificates: z.string().optional() }),
      )
      .optional(),
    subjectAltNames: strings.optional(),
    verifyCertificateSpki: strings.optional(),
    verifyCertificateHash: strings.optional(),
    minProtocolVersion: TLS_VERSION.optional(),
    maxProtocolVersion: TLS_VERSION.optional(),
    cipherSuites: strings.optional(),
  },
  (value, ctx) => {
    const mode = field(value, 'mode');
    if (mode !== 'SIMPLE' && mode !== 'MUTUAL' && mode !== 'OPTIONAL_MUTUAL') return;
    const credentials = ['credentialName', 'credentialNames', 'serverCertificate', 'tlsCertificates'].some(
      (name) => field(value, name) != null,
    );
    if (!credentials)
      ctx.addIssue({ code: 'custom', path: ['mode'], message: `${mode} TLS needs credentialName, or serverCertificate and privateKey` });
  },
);

/** A port a Gateway or Sidecar listens on. */
export const listenerPort = message({
  number: port,
  protocol,
  name: z.string().min(1, 'must not be empty'),
  targetPort: port.optional(),
});

const gatewayHost = z
  .string()
  .regex(
    /^([^\s/]+\/)?[^\s/:]+$/,
    'must be a host such as bookinfo.example.com, *.example.com or "namespace/host", without scheme, port or path',
  );

const server = message(
  {
    port: listenerPort,
    bind: z.string().optional(),
    hosts: z.array(gatewayHost).min(1, 'a server needs at least one host'),
    tls: serverTls.optional(),
    defaultEndpoint: z.string().optional(),
    name: z.string().optional(),
  },
  (value, ctx) => {
    const proto = field(field(value, 'port'), 'protocol');
    const secure = typeof proto === 'string' && ['HTTPS', 'TLS'].includes(proto.toUpperCase());
    const tls = field(value, 'tls');
    if (secure && tls == null)
      ctx.addIssue({ code: 'custom', path: ['port', 'protocol'], message: 'server must have TLS settings for HTTPS/TLS protocols' });
    if (!secure && typeof proto === 'string' && tls != null && field(tls, 'httpsRedirect') !== true && field(tls, 'mode') != null)
      ctx.addIssue({ code: 'custom', path: ['tls'], message: `server cannot have TLS settings for plain text ${proto} ports` });
  },
);

/** spec of a Gateway. */
export const gatewaySpec = message({
  servers: z.array(server).min(1, 'a Gateway needs at least one server'),
  selector: stringMap.optional(),
});
