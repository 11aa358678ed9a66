/**
 * Validator speed: our analyzer on the generated input, beside kubernetes-models (precompiled Ajv)
 * validating the same documents, both in Node, both including YAML parsing.
 */
import { VirtualService, DestinationRule } from '@kubernetes-models/istio/networking.istio.io/v1';
import { AuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Deployment } from 'kubernetes-models/apps/v1';
import { ConfigMap, Namespace, Service, ServiceAccount } from 'kubernetes-models/v1';
import { parseAllDocuments } from 'yaml';
import { analyze } from '../../src/lib/manifest/index.ts';
import { BENCH_KINDS, generateManifests } from './manifests.ts';

/** Timings in milliseconds: every run, and the median. */
export interface ValidatorBench {
  lines: number;
  resources: number;
  kinds: string[];
  ours: { runs: number[]; median: number; diagnostics: number };
  kubernetesModels: { runs: number[]; median: number; failures: number };
}

const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  Deployment: Deployment as never,
  Service: Service as never,
  ServiceAccount: ServiceAccount as never,
  ConfigMap: ConfigMap as never,
  Namespace: Namespace as never,
  VirtualService: VirtualService as never,
  DestinationRule: DestinationRule as never,
  AuthorizationPolicy: AuthorizationPolicy as never,
  PodDisruptionBudget: PodDisruptionBudget as never,
  HorizontalPodAutoscaler: HorizontalPodAutoscaler as never,
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

function timeRuns(runs: number, work: () => void): number[] {
  for (let i = 0; i < 3; i++) work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times;
}

/** Runs both validators `runs` times on the generated input. */
export function benchValidator(runs = 15): ValidatorBench {
  const { text, lines, resources } = generateManifests();
  let diagnostics = 0;
  const ours = timeRuns(runs, () => {
    const result = analyze([{ name: 'bench.yaml', text }]);
    diagnostics = result.files[0]?.diagnostics.length ?? 0;
  });
  let failures = 0;
  const theirs = timeRuns(runs, () => {
    failures = 0;
    for (const doc of parseAllDocuments(text)) {
      const value = (Array.isArray(doc) ? undefined : doc.toJS()) as { kind?: string } | undefined;
      const Model = MODELS[value?.kind ?? ''];
      if (!Model) continue;
      try {
        new Model(value as never).validate();
      } catch {
        failures++;
      }
    }
  });
  return {
    lines,
    resources,
    kinds: BENCH_KINDS,
    ours: { runs: ours, median: median(ours), diagnostics },
    kubernetesModels: { runs: theirs, median: median(theirs), failures },
  };
}

if (import.meta.main) console.log(JSON.stringify(benchValidator(), (key, value: unknown) => (key === 'runs' ? undefined : value), 2));
