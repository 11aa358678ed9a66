/** PeerAuthentication, AuthorizationPolicy and RequestAuthentication (security.istio.io). */
import * as z from 'zod';
import { isObject } from '../../resource.ts';
import { duration, field, matchLabelsSelector, message, policyTargetReference, protoEnum, strings } from './common.ts';

const mtls = message({ mode: protoEnum(['UNSET', 'DISABLE', 'PERMISSIVE', 'STRICT']).optional() });

/** spec of a PeerAuthentication. */
export const peerAuthenticationSpec = message(
  {
    selector: matchLabelsSelector.optional(),
    mtls: mtls.optional(),
    portLevelMtls: z.record(z.string().regex(/^[1-9][0-9]{0,4}$/, 'must be a port number'), mtls).optional(),
  },
  (value, ctx) => {
    const ports = field(value, 'portLevelMtls');
    // Refinements also run on unparsed values: only a mapping of ports counts here.
    if (isObject(ports) && Object.keys(ports).length > 0 && field(value, 'selector') == null)
      ctx.addIssue({ code: 'custom', path: ['portLevelMtls'], message: 'portLevelMtls requires a workload selector' });
  },
);

const source = message({
  principals: strings.optional(),
  notPrincipals: strings.optional(),
  requestPrincipals: strings.optional(),
  notRequestPrincipals: strings.optional(),
  namespaces: strings.optional(),
  notNamespaces: strings.optional(),
  ipBlocks: strings.optional(),
  notIpBlocks: strings.optional(),
  remoteIpBlocks: strings.optional(),
  notRemoteIpBlocks: strings.optional(),
  serviceAccounts: strings.optional(),
  notServiceAccounts: strings.optional(),
  // Istio 1.31: the trust domain of the peer's certificate.
  trustDomains: strings.optional(),
  notTrustDomains: strings.optional(),
});

const operation = message({
  hosts: strings.optional(),
  notHosts: strings.optional(),
  ports: strings.optional(),
  notPorts: strings.optional(),
  methods: strings.optional(),
  notMethods: strings.optional(),
  paths: strings.optional(),
  notPaths: strings.optional(),
});

const rule = message({
  from: z.array(message({ source: source.optional() })).optional(),
  to: z.array(message({ operation: operation.optional() })).optional(),
  when: z
    .array(message({ key: z.string().min(1, 'must not be empty'), values: strings.optional(), notValues: strings.optional() }))
    .optional(),
});

/** Where a policy applies: a workload selector or Gateway API style references, one of them. */
export const targeting = {
  selector: matchLabelsSelector.optional(),
  targetRef: policyTargetReference.optional(),
  targetRefs: z.array(policyTargetReference).optional(),
};

/** Reports a policy that sets more than one of selector, targetRef and targetRefs. */
export function exclusiveTargets(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const set = ['selector', 'targetRef', 'targetRefs'].filter((name) => field(value, name) != null);
  if (set.length > 1) ctx.addIssue({ code: 'custom', path: [set[1] ?? ''], message: `set only one of ${set.join(' and ')}` });
}

/** spec of an AuthorizationPolicy. */
export const authorizationPolicySpec = message(
  {
    ...targeting,
    rules: z.array(rule).optional(),
    action: protoEnum(['ALLOW', 'DENY', 'AUDIT', 'CUSTOM']).optional(),
    provider: message({ name: z.string().min(1, 'must not be empty') }).optional(),
  },
  (value, ctx) => {
    exclusiveTargets(value, ctx);
    const custom = field(value, 'action') === 'CUSTOM';
    if (custom && field(value, 'provider') == null)
      ctx.addIssue({ code: 'custom', path: ['action'], message: 'a CUSTOM action needs a provider' });
    if (!custom && field(value, 'provider') != null)
      ctx.addIssue({ code: 'custom', path: ['provider'], message: 'provider is only allowed with action: CUSTOM' });
  },
);

const jwtRule = message({
  issuer: z.string().min(1, 'must not be empty'),
  audiences: strings.optional(),
  jwksUri: z.string().optional(),
  jwks: z.string().optional(),
  fromHeaders: z.array(message({ name: z.string().min(1, 'must not be empty'), prefix: z.string().optional() })).optional(),
  fromParams: strings.optional(),
  fromCookies: strings.optional(),
  outputPayloadToHeader: z.string().optional(),
  forwardOriginalToken: z.boolean().optional(),
  outputClaimToHeaders: z.array(message({ header: z.string(), claim: z.string() })).optional(),
  timeout: duration.optional(),
});

/** spec of a RequestAuthentication. */
export const requestAuthenticationSpec = message({ ...targeting, jwtRules: z.array(jwtRule).optional() }, exclusiveTargets);
