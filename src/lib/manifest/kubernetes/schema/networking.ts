/** networking.k8s.io/v1 NetworkPolicy and Ingress, after the Kubernetes 1.33 API reference. */
import * as z from 'zod';
import { cidr, documentOf, WILDCARD_HOST } from '../../schema/formats.ts';
import { choice, intOrPortName, labelSelector, metadata, opt, port, protocol, status } from './formats.ts';

const peer = z
  .object({
    podSelector: opt(labelSelector),
    namespaceSelector: opt(labelSelector),
    ipBlock: opt(z.object({ cidr, except: opt(z.array(cidr)) }).strict()),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.ipBlock != null && (p.podSelector != null || p.namespaceSelector != null))
      ctx.addIssue({
        code: 'custom',
        path: ['ipBlock'],
        message: 'ipBlock cannot be combined with podSelector or namespaceSelector in one peer; list it as its own peer',
      });
  });

const policyPort = z.object({ protocol: opt(protocol), port: opt(intOrPortName), endPort: opt(port) }).strict();

/** networking.k8s.io/v1 NetworkPolicy. */
export const networkPolicy = documentOf(['networking.k8s.io/v1'], 'NetworkPolicy', {
  metadata: metadata(),
  spec: z
    .object({
      podSelector: labelSelector,
      policyTypes: opt(z.array(choice(['Ingress', 'Egress']))),
      ingress: opt(z.array(z.object({ from: opt(z.array(peer)), ports: opt(z.array(policyPort)) }).strict())),
      egress: opt(z.array(z.object({ to: opt(z.array(peer)), ports: opt(z.array(policyPort)) }).strict())),
    })
    .strict(),
  status,
});

const backend = z
  .object({
    service: opt(
      z
        .object({
          name: z.string().min(1),
          port: z
            .object({ name: opt(z.string()), number: opt(port) })
            .strict()
            .refine((p) => (p.name == null) !== (p.number == null), { message: 'set exactly one of port.name and port.number' }),
        })
        .strict(),
    ),
    resource: opt(z.object({ apiGroup: opt(z.string()), kind: z.string().min(1), name: z.string().min(1) }).strict()),
  })
  .strict()
  .refine((b) => (b.service == null) !== (b.resource == null), { message: 'set exactly one of service and resource' });

const host = z
  .string()
  .regex(WILDCARD_HOST, 'must be a host name like "shop.example.com" (optionally "*." first), without a port or scheme');

const path = z
  .object({
    path: opt(z.string()),
    pathType: choice(['Exact', 'Prefix', 'ImplementationSpecific']),
    backend,
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.pathType !== 'ImplementationSpecific' && p.path != null && !p.path.startsWith('/'))
      ctx.addIssue({ code: 'custom', path: ['path'], message: `must be an absolute path starting with "/" for pathType ${p.pathType}` });
  });

/** networking.k8s.io/v1 Ingress. */
export const ingress = documentOf(['networking.k8s.io/v1'], 'Ingress', {
  metadata: metadata(),
  spec: z
    .object({
      ingressClassName: opt(z.string()),
      defaultBackend: opt(backend),
      tls: opt(z.array(z.object({ hosts: opt(z.array(host)), secretName: opt(z.string()) }).strict())),
      rules: opt(z.array(z.object({ host: opt(host), http: opt(z.object({ paths: z.array(path).min(1) }).strict()) }).strict())),
    })
    .strict(),
  status,
});
