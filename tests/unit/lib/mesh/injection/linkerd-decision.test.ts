import { describe, expect, it } from 'vitest';
import { LINKERD_SKIPPED_NAMESPACES, linkerdDecision, namespaceIndex } from '../../../../../src/lib/mesh/injection/index.ts';
import { namespace, orders, resourcesOf, workloadNamed, yaml } from './helpers.ts';

type Pod = Parameters<typeof orders>[0];

/** Linkerd's decision for the orders Deployment, with the given namespaces (and other documents) in the input. */
function decide(documents: string[], pod: Pod = {}) {
  const text = [...documents, orders({ namespace: 'shop', ...pod })].join('---\n');
  const resources = resourcesOf(yaml(text));
  return linkerdDecision(workloadNamed(resources, 'orders'), namespaceIndex(resources));
}

const ENABLED = namespace('shop', {}, { 'linkerd.io/inject': 'enabled' });
const POD_ANNOTATION = ['spec', 'template', 'metadata', 'annotations', 'linkerd.io/inject'];

describe('linkerdDecision', () => {
  it('injects every pod of a namespace annotated linkerd.io/inject: enabled', () => {
    const decision = decide([ENABLED]);
    expect(decision).toMatchObject({ mesh: 'linkerd', inject: true, rule: 'namespace-annotation' });
    expect(decision.source).toMatchObject({ kind: 'Namespace', name: 'shop', path: ['metadata', 'annotations', 'linkerd.io/inject'] });
  });

  it("lets the pod template's disabled annotation override the namespace", () => {
    const decision = decide([ENABLED], { annotations: { 'linkerd.io/inject': 'disabled' } });
    expect(decision).toMatchObject({ inject: false, rule: 'pod-disabled' });
    expect(decision.source?.path).toEqual(POD_ANNOTATION);
  });

  it("lets the pod template's enabled annotation override a disabled namespace", () => {
    const decision = decide([namespace('shop', {}, { 'linkerd.io/inject': 'disabled' })], {
      annotations: { 'linkerd.io/inject': 'enabled' },
    });
    expect(decision).toMatchObject({ inject: true, rule: 'pod-annotation' });
    expect(decision.reason).toContain("overriding namespace shop's linkerd.io/inject: disabled");
  });

  it('injects a pod annotated enabled or ingress in a namespace without the annotation', () => {
    expect(decide([namespace('shop')], { annotations: { 'linkerd.io/inject': 'enabled' } })).toMatchObject({
      inject: true,
      rule: 'pod-annotation',
    });
    const ingress = decide([namespace('shop')], { annotations: { 'linkerd.io/inject': 'ingress' } });
    expect(ingress).toMatchObject({ inject: true, rule: 'pod-annotation' });
    expect(ingress.reason).toContain('ingress mode');
  });

  it('explains that linkerd.io/inject as a label does nothing', () => {
    const decision = decide([namespace('shop')], { labels: { 'linkerd.io/inject': 'enabled' } });
    expect(decision).toMatchObject({ inject: false, rule: 'label-not-annotation' });
    expect(decision.source?.path).toEqual(['spec', 'template', 'metadata', 'labels', 'linkerd.io/inject']);
    expect(decision.reason).toMatchInlineSnapshot(
      `"linkerd.io/inject is set as a label on the pod template. Linkerd reads it from annotations only, so the label does nothing: move it to the template's metadata.annotations."`,
    );
    expect(decide([namespace('shop', { 'linkerd.io/inject': 'enabled' })])).toMatchObject({ inject: false, rule: 'label-not-annotation' });
  });

  it("explains that the annotation on the Deployment's own metadata is not read", () => {
    const text = [
      namespace('shop'),
      orders({ namespace: 'shop' }).replace('  name: orders\n', '  name: orders\n  annotations:\n    linkerd.io/inject: enabled\n'),
    ].join('---\n');
    const resources = resourcesOf(yaml(text));
    const decision = linkerdDecision(workloadNamed(resources, 'orders'), namespaceIndex(resources));
    expect(decision).toMatchObject({
      inject: false,
      rule: 'workload-annotation',
      source: { path: ['metadata', 'annotations', 'linkerd.io/inject'] },
    });
  });

  it('refuses a value other than enabled, ingress or disabled, with a hint', () => {
    const decision = decide([ENABLED], { annotations: { 'linkerd.io/inject': 'true' } });
    expect(decision).toMatchObject({ inject: false, rule: 'invalid-annotation' });
    expect(decision.reason).toContain('did you mean "enabled"?');
    expect(decide([namespace('shop', {}, { 'linkerd.io/inject': 'on' })])).toMatchObject({
      inject: false,
      rule: 'invalid-namespace-annotation',
    });
  });

  it.each(LINKERD_SKIPPED_NAMESPACES)('never injects in %s, which the webhook leaves out', (name) => {
    const text = [
      namespace(name, {}, { 'linkerd.io/inject': 'enabled' }),
      orders({ namespace: name, annotations: { 'linkerd.io/inject': 'enabled' } }),
    ].join('---\n');
    const resources = resourcesOf(yaml(text));
    expect(linkerdDecision(workloadNamed(resources, 'orders'), namespaceIndex(resources))).toMatchObject({
      inject: false,
      rule: 'system-namespace',
    });
  });

  it("skips Linkerd's own namespaces and namespaces with admission webhooks disabled", () => {
    const resources = resourcesOf(yaml(orders({ namespace: 'linkerd', annotations: { 'linkerd.io/inject': 'enabled' } })));
    expect(linkerdDecision(workloadNamed(resources, 'orders'), namespaceIndex(resources))).toMatchObject({
      rule: 'control-plane-namespace',
    });
    const labelled = decide([
      namespace('shop', { 'config.linkerd.io/admission-webhooks': 'disabled' }, { 'linkerd.io/inject': 'enabled' }),
    ]);
    expect(labelled).toMatchObject({ inject: false, rule: 'webhooks-disabled' });
  });

  it('skips pods labelled as Linkerd components', () => {
    expect(decide([ENABLED], { labels: { 'linkerd.io/control-plane-component': 'destination' } })).toMatchObject({
      inject: false,
      rule: 'control-plane-pod',
    });
  });

  it('skips hostNetwork pods before reading annotations', () => {
    const decision = decide([ENABLED], { spec: '      hostNetwork: true' });
    expect(decision).toMatchObject({ inject: false, rule: 'host-network', source: { path: ['spec', 'template', 'spec', 'hostNetwork'] } });
  });

  it('skips a template that already has a proxy, Linkerd or Istio', () => {
    const linkerd = decide([ENABLED], {
      spec: '      initContainers:\n        - name: linkerd-proxy\n          image: cr.l5d.io/linkerd/proxy:edge-26.7.1',
    });
    expect(linkerd).toMatchObject({
      inject: false,
      rule: 'sidecar-exists',
      source: { path: ['spec', 'template', 'spec', 'initContainers', 0] },
    });
    const istio = decide([ENABLED], { spec: '      initContainers:\n        - name: istio-proxy\n          image: auto' });
    expect(istio.reason).toContain('an Istio sidecar');
  });

  it('skips pods that do not mount the service account token', () => {
    expect(decide([ENABLED], { spec: '      automountServiceAccountToken: false' })).toMatchObject({
      inject: false,
      rule: 'automount-disabled',
    });
  });

  it('says the decision depends on the namespace annotations when the Namespace is not in the input', () => {
    const decision = decide([]);
    expect(decision).toMatchObject({ inject: false, rule: 'namespace-unknown' });
    expect(decision.reason).toContain('not in the input');
  });

  it('does not inject when neither the namespace nor the pod asks for it', () => {
    expect(decide([namespace('shop')])).toMatchObject({ inject: false, rule: 'no-annotation' });
    expect(decide([namespace('shop', {}, { 'linkerd.io/inject': 'disabled' })])).toMatchObject({
      inject: false,
      rule: 'namespace-disabled',
    });
  });
});
