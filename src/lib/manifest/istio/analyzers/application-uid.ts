/** Application containers running as UID 1337, the sidecar proxy's user (IST0144). */
import type { Analyzer } from '../../family.ts';
import { stringMapAt, valueAt } from '../../resource.ts';
import { containersOf } from '../../workloads.ts';
import { meshOf } from '../mesh.ts';

const PROXY_UID = 1337;
const MESSAGE = 'User ID (UID) 1337 is reserved for the sidecar proxy.';

/** IST0144 for pods and pod templates whose securityContext runs as 1337. */
export const applicationUid: Analyzer = {
  name: 'istio/application-uid',
  run(context) {
    for (const workload of meshOf(context).workloads) {
      const labels = stringMapAt(workload.resource.value, ['metadata', 'labels']) ?? {};
      // The control plane's own pods may run as 1337.
      if (labels['istio'] !== undefined || labels['release'] === 'istio') continue;
      const podLevel = [...workload.podSpecPath, 'securityContext', 'runAsUser'];
      if (valueAt(workload.resource.value, podLevel) === PROXY_UID) {
        context.report(workload.resource, { code: 'IST0144', path: podLevel, target: 'value', message: MESSAGE });
      }
      for (const { container, path, init } of containersOf(workload)) {
        if (init || container['name'] === 'istio-proxy' || container['name'] === 'istio-operator') continue;
        if (valueAt(container, ['securityContext', 'runAsUser']) !== PROXY_UID) continue;
        context.report(workload.resource, {
          code: 'IST0144',
          path: [...path, 'securityContext', 'runAsUser'],
          target: 'value',
          message: MESSAGE,
        });
      }
    }
  },
};
