import { describe, expect, it } from 'vitest';
import { fullyQualified } from '../../../../../src/lib/manifest/linkerd/checks/service-profile.ts';
import { findings, fixture, messages } from './helpers.ts';

describe('SA4014 ServiceProfile name is not a service FQDN', () => {
  it('reports short names at the name value, with the FQDN to use', () => {
    expect(findings(fixture('sa4014-profile-name.fail.yaml'), 'SA4014')).toEqual([
      { code: 'SA4014', severity: 'warning', line: 5, column: 9 },
      { code: 'SA4014', severity: 'warning', line: 13, column: 9 },
      { code: 'SA4014', severity: 'warning', line: 21, column: 9 },
    ]);
    expect(messages(fixture('sa4014-profile-name.fail.yaml'), 'SA4014')).toMatchInlineSnapshot(`
      [
        "5:9 Linkerd looks ServiceProfiles up by the service's fully-qualified name; name it "orders.shop.svc.cluster.local"",
        "13:9 Linkerd looks ServiceProfiles up by the service's fully-qualified name; name it "payments.billing.svc.cluster.local"",
        "21:9 Linkerd looks ServiceProfiles up by the service's fully-qualified name; name it "orders.shop.svc.cluster.local"",
      ]
    `);
  });

  it('accepts cluster FQDNs and external host names', () => {
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
});
