/** One playground analysis, shared by the worker and the tests: diagnostics, injection preview and traffic graph from one read of the input. */
import { analyzeWithResources } from '../manifest/analyze.ts';
import { trafficGraph } from '../mesh/graph/index.ts';
import { injectionPreview } from '../mesh/injection/index.ts';
import type { PlaygroundRequest, PlaygroundResponse } from './protocol.ts';

/** Answers a request; never throws (each part degrades to an empty result with a message). */
export function runPlayground(request: PlaygroundRequest, now: () => number = () => performance.now()): PlaygroundResponse {
  const started = now();
  const { result, resources } = analyzeWithResources(request.tabs);
  let injection: PlaygroundResponse['injection'] = [];
  try {
    injection = injectionPreview(resources, request.options);
  } catch {
    // The preview is an extra: its failure must not hide the diagnostics.
    injection = [];
  }
  const graph = trafficGraph(resources);
  return { seq: request.seq, result, injection, graph, took: now() - started };
}
