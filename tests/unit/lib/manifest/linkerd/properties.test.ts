import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  AnalysisContext,
  loadYaml,
  RULES,
  schemaFindings,
  SCHEMAS,
  toResource,
  type Resource,
} from '../../../../../src/lib/manifest/index.ts';
import { linkerdFamily } from '../../../../../src/lib/manifest/linkerd/index.ts';

// Field names the Linkerd checks read, so random documents reach them with values of every type.
const KEYS = [
  'spec',
  'podSelector',
  'externalWorkloadSelector',
  'matchLabels',
  'matchExpressions',
  'port',
  'targetRef',
  'requiredAuthenticationRefs',
  'parentRefs',
  'rules',
  'backendRefs',
  'timeouts',
  'server',
  'selector',
  'name',
  'kind',
  'group',
  'namespace',
  'identities',
  'identityRefs',
  'template',
  'metadata',
  'annotations',
  'labels',
  'containers',
  'ports',
  'linkerd.io/inject',
  'config.linkerd.io/opaque-ports',
  'config.linkerd.io/proxy-await',
];

const value = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, 0, 8080, 'http', 'enabled', 'orders', '', 'policy.linkerd.io', 'Server'),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const document = fc.record({
  apiVersion: fc.constantFrom(
    'policy.linkerd.io/v1beta3',
    'policy.linkerd.io/v1beta1',
    'policy.linkerd.io/v1alpha1',
    'linkerd.io/v1alpha2',
    'apps/v1',
    'v1',
  ),
  kind: fc.constantFrom(
    'Server',
    'AuthorizationPolicy',
    'ServerAuthorization',
    'MeshTLSAuthentication',
    'HTTPRoute',
    'ServiceProfile',
    'Deployment',
    'Pod',
    'Namespace',
  ),
  metadata: fc.record({
    name: fc.constantFrom('orders', 'payments'),
    namespace: fc.constantFrom('shop', 'billing'),
    annotations: value,
    labels: value,
  }),
  spec: value,
});

// Only the Linkerd schemas and checks run, so a failure here is theirs and shows its stack.
function checkLinkerd(text: string): AnalysisContext {
  const resources: Resource[] = loadYaml(text).flatMap((doc) => {
    const made = toResource('random.yaml', doc.index, doc.value, doc.positions);
    return 'resource' in made ? [made.resource] : [];
  });
  const context = new AnalysisContext(resources, [], RULES);
  for (const resource of resources) {
    const schema = SCHEMAS.get(`${resource.group}/${resource.kind}`);
    if (schema && linkerdFamily.schemas.includes(schema))
      for (const finding of schemaFindings(resource, schema)) context.report(resource, finding);
  }
  for (const analyzer of linkerdFamily.analyzers) analyzer.run(context);
  return context;
}

describe('the Linkerd checks on arbitrary documents', () => {
  it('never throw, and point inside the input', () => {
    fc.assert(
      fc.property(fc.array(document, { minLength: 1, maxLength: 6 }), (docs) => {
        const text = docs.map((doc) => stringify(doc)).join('---\n');
        const lines = text.split('\n').length;
        for (const d of checkLinkerd(text).diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines);
          expect(d.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
