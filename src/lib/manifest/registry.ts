/**
 * Every rule the validator can emit, by code, from the families' rule lists alone: pages and tools
 * that only describe rules load this, not the checks and schemas behind them.
 */
import { DOCKERFILE_RULES } from './dockerfile/rules.ts';
import { ISTIO_RULES } from './istio/rules.ts';
import { KUBERNETES_RULES } from './kubernetes/rules.ts';
import { LINKERD_RULES } from './linkerd/rules.ts';
import { CORE_RULES, type RuleInfo } from './rules.ts';

/** Every rule, in the order the families run. */
export const RULE_REGISTRY: ReadonlyMap<string, RuleInfo> = new Map(
  [...CORE_RULES, ...KUBERNETES_RULES, ...ISTIO_RULES, ...LINKERD_RULES, ...DOCKERFILE_RULES].map((rule) => [rule.code, rule]),
);
