import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HostRegistry, hostsMatch, parseFqdn, serviceScopes, toFqdn } from '../../../../../src/lib/manifest/istio/hosts.ts';

describe('toFqdn', () => {
  it('resolves short names in the namespace of the resource that writes them', () => {
    expect(toFqdn('orders', 'shop')).toBe('orders.shop.svc.cluster.local');
    expect(toFqdn('orders.shop.svc.cluster.local', 'edge')).toBe('orders.shop.svc.cluster.local');
    expect(toFqdn('api.stripe.com', 'shop')).toBe('api.stripe.com');
    expect(toFqdn('*.example.com', 'shop')).toBe('*.example.com');
    expect(parseFqdn('orders.shop.svc.cluster.local')).toEqual({ name: 'orders', namespace: 'shop' });
    expect(parseFqdn('api.stripe.com')).toBeUndefined();
  });
});

describe('hostsMatch', () => {
  it('matches equal hosts and wildcards by suffix, in both directions', () => {
    expect(hostsMatch('orders.shop.svc.cluster.local', 'orders.shop.svc.cluster.local')).toBe(true);
    expect(hostsMatch('*.example.com', 'shop.example.com')).toBe(true);
    expect(hostsMatch('shop.example.com', '*.example.com')).toBe(true);
    expect(hostsMatch('*', 'anything.at.all')).toBe(true);
    expect(hostsMatch('*.example.com', '*.shop.example.com')).toBe(true);
    expect(hostsMatch('*.example.com', 'example.org')).toBe(false);
  });

  it('is symmetric', () => {
    const host = fc.oneof(fc.constantFrom('*', '*.example.com', '*.shop.example.com', 'shop.example.com', 'api.example.org', 'orders'));
    fc.assert(fc.property(host, host, (a, b) => hostsMatch(a, b) === hostsMatch(b, a)));
  });
});

describe('HostRegistry', () => {
  it('resolves hosts by export scope, then wildcards visible from the namespace', () => {
    const registry = new HostRegistry<string>();
    for (const scope of serviceScopes('.', 'finance')) registry.add(scope, toFqdn('ledger', 'finance'), 'ledger');
    registry.add('*', 'orders.shop.svc.cluster.local', 'orders');
    registry.add('shop', '*.stripe.com', 'stripe');
    expect(registry.resolve('orders', 'shop')).toBe('orders');
    expect(registry.resolve('orders.shop.svc.cluster.local', 'edge')).toBe('orders');
    expect(registry.resolve('ledger', 'finance')).toBe('ledger');
    expect(registry.resolve('ledger.finance.svc.cluster.local', 'shop')).toBeUndefined();
    expect(registry.resolve('api.stripe.com', 'shop')).toBe('stripe');
    expect(registry.resolve('api.stripe.com', 'edge')).toBeUndefined();
    expect(registry.resolve('ledger.finance.svc.cluster.local', 'shop', ['finance'])).toBe('ledger');
  });
});
