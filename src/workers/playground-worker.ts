/**
 * The playground's worker: the validator, the injection preview and the traffic graph run here, so
 * typing in the editor never waits for them. It only ever answers with data.
 */
import type { PlaygroundRequest } from '../lib/playground/protocol.ts';
import { runPlayground } from '../lib/playground/run.ts';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PlaygroundRequest>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const request = event.data;
  if (!request || typeof request.seq !== 'number' || !Array.isArray(request.tabs)) return;
  scope.postMessage(runPlayground(request));
};
