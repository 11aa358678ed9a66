/** ServiceEntry ports that need addresses (IST0134), as istioctl checks them without DNS auto-allocation. */
import type { Analyzer } from '../../family.ts';
import { valueAt } from '../../resource.ts';
import { meshOf } from '../mesh.ts';
import { field, listOf } from '../schemas/common.ts';

/** IST0134 for TCP (or protocol-less) ports of ServiceEntries without addresses. */
export const serviceEntryAddresses: Analyzer = {
  name: 'istio/serviceentry-addresses',
  run(context) {
    for (const entry of meshOf(context).of('ServiceEntry', 'networking.istio.io')) {
      const spec = valueAt(entry.value, ['spec']);
      const addresses = field(spec, 'addresses');
      if (listOf(addresses).length > 0) continue;
      const ports = field(spec, 'ports');
      listOf(ports).forEach((port, index) => {
        const protocol = field(port, 'protocol');
        if (protocol != null && protocol !== '' && protocol !== 'TCP') return;
        context.report(entry, {
          code: 'IST0134',
          path: ['spec', 'ports', index],
          message: 'ServiceEntry addresses are required for this protocol.',
        });
      });
    }
  },
};
