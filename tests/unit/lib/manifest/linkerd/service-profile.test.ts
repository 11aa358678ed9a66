import { describe, expect, it } from 'vitest';
import { fullyQualified } from '../../../../../src/lib/manifest/linkerd/checks/service-profile.ts';
import { findings, fixture, messages } from './helpers.ts';

describe('SA4014 ServiceProfile name is not a service FQDN', () => {
  it('reports short names at the name value, with the FQDN to use', () => {
    expect(findings(fixture('sa4014-profile-name.fail.yaml'), 'SA4014')).toEqual([
      { code: 'SA4014', severity: 'warning', line: 5, column: 9 },
      { code: 'SA4014', severity: 'warning', line: 13, column: 9 },
      { code: 'SA4014', severity: 'warning', line: 21, column: 9 },
      { code: 'SA4014', severity: 'warning', line: 30, column: 9 },
      { code: 'SA4014', severity: 'warning', line: 44, column: 9 },
    ]);
    expect(messages(fixture('sa4014-profile-name.fail.yaml'), 'SA4014')).toMatchInlineSnapshot(`
      [
        "5:9 Linkerd looks ServiceProfiles up by the service's fully-qualified name; name it "orders.shop.svc.cluster.local"",
        "13:9 Linkerd looks ServiceProfiles up by the service's fully-qualified name; name it "payments.billing.svc.cluster.local"",
        "21:9 Linkerd looks ServiceProfiles up by the service's fully-qualified name; name it "orders.shop.svc.cluster.local"",
        "30:9 Linkerd looks ServiceProfiles up by the service's fully-qualified name; name it "orders.shop.svc.cluster.local"",
        "44:9 Linkerd looks ServiceProfiles up by the service's fully-qualified name; name it "orders.dev.svc.cluster.local"",
      ]
    `);
  });

  it('accepts cluster FQDNs and external host names, two-label ones such as stripe.com included', () => {
    expect(findings(fixture('sa4014-profile-name.pass.yaml'), 'SA4014')).toEqual([]);
  });
});

describe('fullyQualified', () => {
  it('completes short names with the namespace and the cluster domain', () => {
    expect(fullyQualified('orders', 'shop')).toBe('orders.shop.svc.cluster.local');
    expect(fullyQualified('orders.billing', 'shop')).toBe('orders.billing.svc.cluster.local');
    expect(fullyQualified('orders.shop.svc', 'shop')).toBe('orders.shop.svc.cluster.local');
    expect(fullyQualified('orders.shop.svc.cluster.local', 'shop')).toBeUndefined();
    expect(fullyQualified('api.payments.example.com', 'shop')).toBeUndefined();
  });

  it('leaves names of external hosts alone, unless the second label is a namespace of the input', () => {
    expect(fullyQualified('stripe.com', 'shop')).toBeUndefined();
    expect(fullyQualified('api.example.org', 'shop')).toBeUndefined();
    expect(fullyQualified('orders.dev', 'shop')).toBeUndefined();
    expect(fullyQualified('orders.dev', 'shop', new Set(['dev']))).toBe('orders.dev.svc.cluster.local');
  });

  it('completes names with a svc label that lack the namespace or the cluster domain', () => {
    expect(fullyQualified('orders.svc.cluster.local', 'shop')).toBe('orders.shop.svc.cluster.local');
    expect(fullyQualified('orders.svc.corp.internal', 'shop')).toBe('orders.shop.svc.corp.internal');
    expect(fullyQualified('orders.shop.svc.corp.internal', 'shop')).toBeUndefined();
    expect(fullyQualified('svc', 'shop')).toBe('svc.shop.svc.cluster.local');
  });
});
