/**
 * The rules of Istio's ValidateTLS (pkg/config/validation/agent) for a DestinationRule's client TLS
 * settings, which apply to its traffic policy, each port-level setting and each subset's policy.
 * Proto3 treats an empty string as unset, and so do these rules.
 */
import type * as z from 'zod';
import { field, spelling } from './common.ts';

const isSet = (value: unknown): boolean =>
  (typeof value === 'string' && value !== '') || (Array.isArray(value) && value.length > 0) || value === true;

/** Adds an issue for each combination of client TLS fields that Istio rejects. */
export function clientTlsRules(tls: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const mode = field(tls, 'mode');
  if (mode !== 'SIMPLE' && mode !== 'MUTUAL') return;
  const has = (name: string): boolean => isSet(field(tls, name));
  const at = (name: string): string[] => [spelling(tls, name)];
  if (field(tls, 'insecureSkipVerify') === true) {
    // With SIMPLE the CA may come from credentialName; with MUTUAL credentialName also holds the client certificate.
    const verifying = mode === 'SIMPLE' ? ['caCertificates', 'credentialName', 'subjectAltNames'] : ['caCertificates', 'subjectAltNames'];
    for (const name of verifying.filter(has))
      ctx.addIssue({
        code: 'custom',
        path: at(name),
        message: `${name} verifies the server, so it cannot be set with insecureSkipVerify: true`,
      });
  }
  if (has('credentialName')) {
    // The certificates then come from the secret; files given as well are refused rather than merged.
    for (const name of ['clientCertificate', 'privateKey', 'caCertificates', 'caCrl'].filter(has))
      ctx.addIssue({
        code: 'custom',
        path: at(name),
        message: `${name} cannot be set together with credentialName, which supplies the certificates`,
      });
    return;
  }
  if (mode !== 'MUTUAL') return;
  const missing = ['clientCertificate', 'privateKey'].filter((name) => !has(name));
  if (missing.length > 0)
    ctx.addIssue({
      code: 'custom',
      path: ['mode'],
      message: `MUTUAL TLS needs a client certificate: set credentialName (a secret with the certificate and key), or clientCertificate and privateKey (missing ${missing.join(' and ')})`,
    });
}
