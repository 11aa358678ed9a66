/** All families of checks, and lookups built once from them. */
import { dockerfileFamily } from './dockerfile/index.ts';
import type { Analyzer, Family, KindSchema } from './family.ts';
import { gatewayFamily } from './gateway/index.ts';
import { istioFamily } from './istio/index.ts';
import { kubernetesFamily } from './kubernetes/index.ts';
import { linkerdFamily } from './linkerd/index.ts';
import { CORE_RULES, type RuleInfo } from './rules.ts';

/** Every family, in the order their checks run. */
export const FAMILIES: readonly Family[] = [kubernetesFamily, istioFamily, linkerdFamily, gatewayFamily, dockerfileFamily];

/** Every rule the validator can emit, by code. */
export const RULES: ReadonlyMap<string, RuleInfo> = new Map(
  [...CORE_RULES, ...FAMILIES.flatMap((f) => f.rules)].map((rule) => [rule.code, rule]),
);

/** Schemas by "group/Kind" ("apps/Deployment", "/Service" for the core group). */
export const SCHEMAS: ReadonlyMap<string, KindSchema> = new Map(
  FAMILIES.flatMap((f) => f.schemas).map((schema) => [`${schema.group}/${schema.kind}`, schema]),
);

/** Every analyzer, in order. */
export const ANALYZERS: readonly Analyzer[] = FAMILIES.flatMap((f) => f.analyzers);
