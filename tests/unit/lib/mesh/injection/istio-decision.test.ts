import { describe, expect, it } from 'vitest';
import {
  ISTIO_IGNORED_NAMESPACES,
  istioDecision,
  namespaceIndex,
  type InjectionOptions,
} from '../../../../../src/lib/mesh/injection/index.ts';
import { namespace, orders, resourcesOf, workloadNamed, yaml } from './helpers.ts';

type Pod = Parameters<typeof orders>[0];

/** Istio's decision for the orders Deployment, with the given namespaces in the input. */
function decide(namespaces: string[], pod: Pod = {}, options: InjectionOptions['istio'] = { native: true, cni: false }) {
  const text = [...namespaces, orders({ namespace: 'shop', ...pod })].join('---\n');
  const resources = resourcesOf(yaml(text));
  return istioDecision(workloadNamed(resources, 'orders'), namespaceIndex(resources), options);
}

const POD_LABEL = ['spec', 'template', 'metadata', 'labels', 'sidecar.istio.io/inject'];

describe('istioDecision', () => {
  it('injects every pod of a namespace labelled istio-injection=enabled', () => {
    const decision = decide([namespace('shop', { 'istio-injection': 'enabled' })]);
    expect(decision).toMatchObject({ mesh: 'istio', inject: true, rule: 'namespace-enabled', revision: 'default' });
    expect(decision.source).toEqual({
      kind: 'Namespace',
      name: 'shop',
      file: 'inline.yaml',
      index: 0,
      path: ['metadata', 'labels', 'istio-injection'],
    });
    expect(decision.reason).toMatchInlineSnapshot(
      `"Namespace shop has the label istio-injection=enabled, so the injector adds a sidecar to every new pod in it."`,
    );
  });

  it('lets the pod label sidecar.istio.io/inject: "false" opt out of an enabled namespace', () => {
    const decision = decide([namespace('shop', { 'istio-injection': 'enabled' })], { labels: { 'sidecar.istio.io/inject': 'false' } });
    expect(decision).toMatchObject({ inject: false, rule: 'pod-opt-out' });
    expect(decision.source).toMatchObject({ kind: 'Deployment', name: 'orders', index: 1, path: POD_LABEL });
  });

  it('honours the deprecated annotation form of the opt-out', () => {
    const decision = decide([namespace('shop', { 'istio-injection': 'enabled' })], { annotations: { 'sidecar.istio.io/inject': 'false' } });
    expect(decision).toMatchObject({ inject: false, rule: 'pod-annotation-opt-out' });
    expect(decision.source?.path).toEqual(['spec', 'template', 'metadata', 'annotations', 'sidecar.istio.io/inject']);
  });

  it('prefers the label over the annotation when both are set', () => {
    const pod = { labels: { 'sidecar.istio.io/inject': 'true' }, annotations: { 'sidecar.istio.io/inject': 'false' } };
    expect(decide([namespace('shop', { 'istio-injection': 'enabled' })], pod)).toMatchObject({ inject: true, rule: 'namespace-enabled' });
  });

  it('keeps a namespace labelled istio-injection=disabled out, even when the pod opts in', () => {
    const decision = decide([namespace('shop', { 'istio-injection': 'disabled' })], { labels: { 'sidecar.istio.io/inject': 'true' } });
    expect(decision).toMatchObject({ inject: false, rule: 'namespace-disabled' });
    expect(decision.reason).toMatchInlineSnapshot(
      `"Namespace shop has the label istio-injection=disabled, which keeps the injector away from every pod in it; the pod's sidecar.istio.io/inject: "true" label cannot override it."`,
    );
  });

  it('reads a value other than enabled or disabled as matching no webhook', () => {
    expect(decide([namespace('shop', { 'istio-injection': 'true' })])).toMatchObject({ inject: false, rule: 'namespace-label-value' });
  });

  it('gives istio-injection precedence over istio.io/rev on the same namespace', () => {
    const decision = decide([namespace('shop', { 'istio-injection': 'enabled', 'istio.io/rev': 'canary' })]);
    expect(decision).toMatchObject({ inject: true, rule: 'namespace-enabled', revision: 'default' });
    expect(decision.reason).toContain('istio.io/rev=canary label is ignored');
    expect(decide([namespace('shop', { 'istio-injection': 'disabled', 'istio.io/rev': 'canary' })])).toMatchObject({
      inject: false,
      rule: 'namespace-disabled',
    });
  });

  it('injects with the revision a namespace names in istio.io/rev', () => {
    const decision = decide([namespace('shop', { 'istio.io/rev': 'canary' })]);
    expect(decision).toMatchObject({ inject: true, rule: 'namespace-revision', revision: 'canary' });
    expect(decision.source?.path).toEqual(['metadata', 'labels', 'istio.io/rev']);
  });

  it('does not inject when the namespace asks for a revision other than the installed one', () => {
    const decision = decide([namespace('shop', { 'istio.io/rev': 'canary' })], {}, { native: true, cni: false, revision: 'stable' });
    expect(decision).toMatchObject({ inject: false, rule: 'revision-mismatch' });
  });

  it('lets a pod opt out of a revision-labelled namespace', () => {
    const decision = decide([namespace('shop', { 'istio.io/rev': 'canary' })], { labels: { 'sidecar.istio.io/inject': 'false' } });
    expect(decision).toMatchObject({ inject: false, rule: 'pod-opt-out' });
  });

  it('injects a pod labelled sidecar.istio.io/inject: "true" in a namespace without injection labels', () => {
    const decision = decide([namespace('shop')], { labels: { 'sidecar.istio.io/inject': 'true' } });
    expect(decision).toMatchObject({ inject: true, rule: 'pod-opt-in', revision: 'default' });
    expect(decision.source?.path).toEqual(POD_LABEL);
  });

  it('selects by the pod label only when it is exactly "true" in an unlabelled namespace', () => {
    expect(decide([namespace('shop')], { labels: { 'sidecar.istio.io/inject': 'yes' } })).toMatchObject({
      inject: false,
      rule: 'pod-label-value',
    });
    expect(decide([namespace('shop', { 'istio-injection': 'enabled' })], { labels: { 'sidecar.istio.io/inject': 'yes' } })).toMatchObject({
      inject: true,
    });
  });

  it('explains that an opt-in annotation is never seen by the webhook selectors', () => {
    const decision = decide([namespace('shop')], { annotations: { 'sidecar.istio.io/inject': 'true' } });
    expect(decision).toMatchObject({ inject: false, rule: 'annotation-not-selected' });
    expect(decision.reason).toContain('make it a label');
  });

  it('injects a pod that names a revision in istio.io/rev in an unlabelled namespace', () => {
    expect(decide([namespace('shop')], { labels: { 'istio.io/rev': 'canary' } })).toMatchObject({
      inject: true,
      rule: 'pod-revision',
      revision: 'canary',
    });
  });

  it('does not inject an unlabelled namespace whose pods do not opt in', () => {
    const decision = decide([namespace('shop')]);
    expect(decision).toMatchObject({ inject: false, rule: 'namespace-not-enabled' });
    expect(decision.source).toMatchObject({ kind: 'Namespace', path: ['metadata', 'name'] });
  });

  it('says the decision depends on the namespace labels when the Namespace is not in the input', () => {
    const decision = decide([]);
    expect(decision).toMatchObject({ inject: false, rule: 'namespace-unknown' });
    expect(decision.source).toMatchObject({ kind: 'Deployment', path: ['metadata', 'namespace'] });
    expect(decision.reason).toMatchInlineSnapshot(
      `"Whether Istio injects depends on the labels of namespace shop, which is not in the input. Assuming it has none, the pod is not injected. It would be with istio-injection=enabled (or istio.io/rev=<revision>) on the namespace, or the label sidecar.istio.io/inject: "true" on the pod."`,
    );
  });

  it('injects an opted-in pod of an unknown namespace, stating the assumption', () => {
    const decision = decide([], { labels: { 'sidecar.istio.io/inject': 'true' } });
    expect(decision).toMatchObject({ inject: true, rule: 'pod-opt-in' });
    expect(decision.reason).toContain('not in the input');
  });

  it('never injects a hostNetwork pod, whatever the namespace says', () => {
    const decision = decide([namespace('shop', { 'istio-injection': 'enabled' })], { spec: '      hostNetwork: true' });
    expect(decision).toMatchObject({ inject: false, rule: 'host-network' });
    expect(decision.source?.path).toEqual(['spec', 'template', 'spec', 'hostNetwork']);
  });

  it.each(ISTIO_IGNORED_NAMESPACES)('never injects the system namespace %s', (name) => {
    const text = [
      namespace(name, { 'istio-injection': 'enabled' }),
      orders({ namespace: name, labels: { 'sidecar.istio.io/inject': 'true' } }),
    ].join('---\n');
    const resources = resourcesOf(yaml(text));
    const decision = istioDecision(workloadNamed(resources, 'orders'), namespaceIndex(resources), { native: true, cni: false });
    expect(decision).toMatchObject({ inject: false, rule: 'system-namespace' });
  });

  it('leaves istio-system alone unless a pod opts in', () => {
    const plain = resourcesOf(yaml(orders({ namespace: 'istio-system' })));
    expect(istioDecision(workloadNamed(plain, 'orders'), namespaceIndex(plain), { native: true, cni: false })).toMatchObject({
      inject: false,
      rule: 'control-plane-namespace',
    });
    const gateway = resourcesOf(yaml(orders({ namespace: 'istio-system', labels: { 'sidecar.istio.io/inject': 'true' } })));
    expect(istioDecision(workloadNamed(gateway, 'orders'), namespaceIndex(gateway), { native: true, cni: false })).toMatchObject({
      inject: true,
      rule: 'pod-opt-in',
    });
  });

  it('adds no sidecar in an ambient namespace', () => {
    const decision = decide([namespace('shop', { 'istio.io/dataplane-mode': 'ambient' })]);
    expect(decision).toMatchObject({ inject: false, rule: 'ambient' });
    expect(decision.source?.path).toEqual(['metadata', 'labels', 'istio.io/dataplane-mode']);
  });

  it('injects a pod that opts in within an ambient namespace, which ambient then leaves alone', () => {
    const decision = decide([namespace('shop', { 'istio.io/dataplane-mode': 'ambient' })], {
      labels: { 'sidecar.istio.io/inject': 'true' },
    });
    expect(decision).toMatchObject({ inject: true, rule: 'pod-opt-in' });
    expect(decision.reason).toContain('ambient leaves pods that have a sidecar alone');
    expect(decide([namespace('shop', { 'istio.io/dataplane-mode': 'ambient', 'istio-injection': 'enabled' })])).toMatchObject({
      inject: true,
      rule: 'namespace-enabled',
    });
  });

  it("explains that the inject label on the Deployment's own metadata is not read", () => {
    const own = (value: string): string =>
      orders({ namespace: 'shop' }).replace('  name: orders\n', `  name: orders\n  labels:\n    sidecar.istio.io/inject: "${value}"\n`);
    const resources = resourcesOf(yaml([namespace('shop'), own('true')].join('---\n')));
    const decision = istioDecision(workloadNamed(resources, 'orders'), namespaceIndex(resources), { native: true, cni: false });
    expect(decision).toMatchObject({
      inject: false,
      rule: 'workload-label',
      source: { path: ['metadata', 'labels', 'sidecar.istio.io/inject'] },
    });
    const enabled = resourcesOf(yaml([namespace('shop', { 'istio-injection': 'enabled' }), own('false')].join('---\n')));
    const still = istioDecision(workloadNamed(enabled, 'orders'), namespaceIndex(enabled), { native: true, cni: false });
    expect(still).toMatchObject({ inject: true, rule: 'namespace-enabled' });
    expect(still.reason).toContain("on the Deployment's own metadata does not count");
  });

  it('uses the default namespace for a workload that names none', () => {
    const resources = resourcesOf(yaml(orders()));
    const decision = istioDecision(workloadNamed(resources, 'orders'), namespaceIndex(resources), { native: true, cni: false });
    expect(decision).toMatchObject({ inject: false, rule: 'namespace-unknown' });
    expect(decision.reason).toContain('namespace default');
    expect(decision.source).toBeUndefined();
  });
});
