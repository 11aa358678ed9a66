/** Pairs of fields of which exactly one must be set, as the CRDs' oneOf says (SA4005, SA4015). */
import type { AnalysisContext } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { isObject, valueAt, type Resource } from '../../resource.ts';
import type { DataPath } from '../../yaml/locate.ts';

interface Pair {
  kind: string;
  code: 'SA4005' | 'SA4015';
  /** The mapping that holds the two fields. */
  at: DataPath;
  fields: readonly [string, string];
}

const PAIRS: readonly Pair[] = [
  { kind: 'Server', code: 'SA4005', at: ['spec'], fields: ['podSelector', 'externalWorkloadSelector'] },
  { kind: 'MeshTLSAuthentication', code: 'SA4015', at: ['spec'], fields: ['identities', 'identityRefs'] },
  { kind: 'ServerAuthorization', code: 'SA4015', at: ['spec', 'server'], fields: ['name', 'selector'] },
];

function checkPair(context: AnalysisContext, resource: Resource, pair: Pair): void {
  const holder = valueAt(resource.value, pair.at);
  // A missing or mistyped holder is the schema's to report.
  if (!isObject(holder)) return;
  const [first, second] = pair.fields;
  const where = pair.at.join('.');
  const has = (field: string): boolean => holder[field] !== undefined && holder[field] !== null;
  if (has(first) && has(second)) {
    context.report(resource, {
      code: pair.code,
      path: [...pair.at, second],
      message: `${where} sets both ${first} and ${second}; keep only one`,
    });
  } else if (!has(first) && !has(second)) {
    context.report(resource, {
      code: pair.code,
      path: pair.at,
      message: `${where} needs ${first} or ${second}`,
    });
  }
}

/** SA4005 (Server selectors) and SA4015 (the other exclusive pairs). */
export const oneOfAnalyzer: Analyzer = {
  name: 'linkerd/one-of',
  run(context) {
    for (const resource of context.resources) {
      if (resource.group !== 'policy.linkerd.io') continue;
      for (const pair of PAIRS) if (pair.kind === resource.kind) checkPair(context, resource, pair);
    }
  },
};
