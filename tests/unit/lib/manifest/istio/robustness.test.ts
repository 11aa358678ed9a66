import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../src/lib/manifest/index.ts';

const KINDS = [
  ['networking.istio.io/v1', 'VirtualService'],
  ['networking.istio.io/v1', 'DestinationRule'],
  ['networking.istio.io/v1', 'Gateway'],
  ['networking.istio.io/v1', 'ServiceEntry'],
  ['networking.istio.io/v1', 'Sidecar'],
  ['security.istio.io/v1', 'AuthorizationPolicy'],
  ['security.istio.io/v1', 'PeerAuthentication'],
  ['security.istio.io/v1', 'RequestAuthentication'],
  ['v1', 'Service'],
  ['v1', 'Pod'],
  ['v1', 'Namespace'],
  ['apps/v1', 'Deployment'],
] as const;

// Values shaped like the fields the checks read, with wrong types mixed in.
const leaf = fc.oneof(
  fc.constantFrom('orders', 'v2', '*', 'shop/gw', '5s', 'SIMPLE', 'app', ''),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 3 }), tie('object')),
  object: fc.dictionary(
    fc.constantFrom(
      'host',
      'hosts',
      'subset',
      'subsets',
      'http',
      'route',
      'destination',
      'match',
      'uri',
      'prefix',
      'port',
      'number',
      'name',
      'labels',
      'selector',
      'matchLabels',
      'workloadSelector',
      'gateways',
      'servers',
      'tls',
      'mode',
      'trafficPolicy',
      'portLevelSettings',
      'rules',
      'from',
      'source',
      'namespaces',
      'ports',
      'template',
      'metadata',
      'spec',
      'containers',
      'image',
      'annotations',
      'exportTo',
      'weight',
      'retries',
      'mirror',
      'mirrors',
      'nodeName',
      'securityContext',
      'runAsUser',
      'timeout',
      'perTryTimeout',
      'endpoints',
      'addresses',
      'targetRef',
      'portLevelMtls',
    ),
    tie('node'),
    { maxKeys: 5 },
  ),
}));

describe('the Istio checks on malformed input', () => {
  it('never fail, whatever the shape of the documents', () => {
    const documents = fc.array(fc.tuple(fc.constantFrom(...KINDS), value.object, fc.option(fc.constantFrom('shop', 'default'))), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(documents, (docs) => {
        const text = docs
          .map(([[apiVersion, kind], spec, namespace]) =>
            JSON.stringify({ apiVersion, kind, metadata: { name: 'x', ...(namespace ? { namespace } : {}) }, spec }),
          )
          .join('\n---\n');
        const failed = analyze([{ name: 'random.yaml', text }])
          .files.flatMap((f) => f.diagnostics)
          .filter((d) => d.code === 'SA1011');
        expect(failed.map((d) => d.message)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
