import { describe, expect, it } from 'vitest';
import { injectionPreview } from '../../../../../src/lib/mesh/injection/index.ts';
import { fixture, namespace, resourcesOf, yaml } from './helpers.ts';

describe('injectionPreview', () => {
  const enabled = namespace('shop', { 'istio-injection': 'enabled' }, { 'linkerd.io/inject': 'enabled' });
  const deployment = (template: string): string =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: orders\n  template:${template}\n`;
  const unavailable = (text: string): [string | undefined, string | undefined] => {
    const found = injectionPreview(resourcesOf(yaml([enabled, text].join('---\n'))))[0];
    expect(found?.istio.decision.inject).toBe(true);
    expect(found?.istio.preview).toBeUndefined();
    return [found?.istio.unavailable, found?.linkerd.unavailable];
  };

  it('says why there is no preview when the template is not something to inject into', () => {
    expect(unavailable(deployment(' 5'))[0]).toBe(
      'No preview: spec.template is not a mapping, so there is no pod template to inject into.',
    );
    expect(unavailable(deployment('\n    metadata: {}'))[0]).toBe(
      'No preview: spec.template.spec is missing, so there is no pod spec to inject into.',
    );
    expect(unavailable(deployment('\n    spec:\n      containers: web'))[1]).toBe(
      'No preview: spec.template.spec.containers is not a list.',
    );
    expect(unavailable(deployment('\n    spec:\n      containers: []'))[0]).toBe(
      'No preview: spec.template.spec.containers is empty, so there is no container to sit beside.',
    );
    expect(unavailable(deployment('\n    spec:\n      containers:\n        - web'))[0]).toBe(
      'No preview: spec.template.spec.containers[0] is not a mapping with a name.',
    );
    expect(unavailable(deployment('\n    spec:\n      initContainers: {}\n      containers:\n        - name: web'))[0]).toBe(
      'No preview: spec.template.spec.initContainers is not a list.',
    );
    expect(unavailable(deployment('\n    metadata:\n      labels: [app]\n    spec:\n      containers:\n        - name: web'))[0]).toBe(
      'No preview: spec.template.metadata.labels is not a mapping.',
    );
  });

  it('names the pod itself when a Pod has no containers', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: orders\n  namespace: shop\nspec:\n  restartPolicy: Never\n';
    expect(unavailable(pod)[0]).toBe('No preview: spec.containers is missing, so there is no container to sit beside.');
  });

  it('gives neither a preview nor a reason for one when the mesh does not inject', () => {
    const found = injectionPreview(resourcesOf(yaml(deployment(' 5'))))[0];
    expect(found?.istio).toEqual({ decision: expect.objectContaining({ inject: false }) });
  });

  it('leaves the resources it reads as they were', () => {
    const resources = resourcesOf(fixture('shop.yaml'), fixture('kinds.yaml'));
    const before = JSON.stringify(resources.map((r) => r.value));
    injectionPreview(resources, { istio: { native: false } });
    injectionPreview(resources);
    expect(JSON.stringify(resources.map((r) => r.value))).toBe(before);
  });

  it('skips documents that are not workloads', () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: orders\nspec:\n  ports:\n    - port: 80\n';
    expect(injectionPreview(resourcesOf(yaml([enabled, service].join('---\n'))))).toEqual([]);
  });
});
