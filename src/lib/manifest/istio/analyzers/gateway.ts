/** Gateways that claim the same hosts on the same port of the same gateway pods (IST0145). */
import type { Analyzer } from '../../family.ts';
import { effectiveNamespace, stringMapAt, valueAt, type Resource } from '../../resource.ts';
import { hostsMatch } from '../hosts.ts';
import { meshOf } from '../mesh.ts';
import { field, listOf, stringsOf } from '../schemas/common.ts';
import { selectorString } from './sidecar.ts';

interface Listener {
  gateway: Resource;
  name: string;
  index: number;
  hosts: string[];
}

/** The servers of the Gateways that share one selector and port, indexed by exact host. */
class Group {
  readonly listeners: Listener[] = [];
  readonly #exact = new Map<string, Listener[]>();
  readonly #wildcard: Listener[] = [];

  add(listener: Listener): void {
    this.listeners.push(listener);
    for (const host of listener.hosts) {
      if (host.startsWith('*')) continue;
      const list = this.#exact.get(host);
      if (list) list.push(listener);
      else this.#exact.set(host, [listener]);
    }
    if (listener.hosts.some((host) => host.startsWith('*'))) this.#wildcard.push(listener);
  }

  /** Listeners of other Gateways with a host that overlaps one of `listener`'s. */
  conflicts(listener: Listener): Set<string> {
    const names = new Set<string>();
    const consider = (other: Listener, host: string): void => {
      if (other.name !== listener.name && other.hosts.some((o) => hostsMatch(host, o))) names.add(other.name);
    };
    for (const host of listener.hosts) {
      // Only a wildcard of ours has to be compared with every server; exact hosts meet through the index.
      const candidates = host.startsWith('*') ? this.listeners : [...(this.#exact.get(host) ?? []), ...this.#wildcard];
      for (const other of candidates) consider(other, host);
    }
    return names;
  }
}

/** IST0145 for Gateways whose servers collide. */
export const conflictingGateways: Analyzer = {
  name: 'istio/conflicting-gateways',
  run(context) {
    const groups = new Map<string, Group>();
    const listeners: [Group, string, string, Listener][] = [];
    for (const gateway of meshOf(context).of('Gateway', 'networking.istio.io')) {
      const selector = selectorString(stringMapAt(gateway.value, ['spec', 'selector']) ?? {});
      const servers = valueAt(gateway.value, ['spec', 'servers']);
      listOf(servers).forEach((server, index) => {
        const number = field(field(server, 'port'), 'number') ?? 0;
        // A port that is not a number is the schema's to report; it cannot collide with anything.
        if (typeof number !== 'number') return;
        const hosts = field(server, 'hosts');
        const listener: Listener = {
          gateway,
          name: `${effectiveNamespace(gateway)}/${gateway.name}`,
          index,
          hosts: stringsOf(hosts),
        };
        const port = String(number);
        const key = `${selector}~${port}`;
        const group = groups.get(key) ?? new Group();
        groups.set(key, group);
        group.add(listener);
        listeners.push([group, selector, port, listener]);
      });
    }
    for (const [group, selector, port, listener] of listeners) {
      const others = group.conflicts(listener);
      if (others.size === 0) continue;
      context.report(listener.gateway, {
        code: 'IST0145',
        path: ['spec', 'servers', listener.index],
        message: `Conflict with gateways ${[...others].join(',')} (workload selector ${selector}, port ${port}, hosts ${listener.hosts.join(',')}).`,
      });
    }
  },
};
