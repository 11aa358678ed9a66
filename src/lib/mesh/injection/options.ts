/** Default installation options and the placeholder versions the previews show. */
import type { InjectionOptions, InjectionOptionsInput } from './types.ts';

/** Istio version shown in image tags: a placeholder, real tags follow the control plane. */
export const ISTIO_PLACEHOLDER_VERSION = '1.31.1';
/** Linkerd version shown in image tags and annotations: a placeholder as well. */
export const LINKERD_PLACEHOLDER_VERSION = 'edge-26.7.1';

/**
 * Istio: native sidecar on (the default from Istio 1.27 on Kubernetes 1.33 or later), CNI off.
 * Linkerd: native sidecar on, CNI off. Native is Linkerd's default since linkerd2 PR #15267 (edge
 * releases from May 2026, Linkerd 2.20); on 2.18 and 2.19 it was opt-in, so set it false for those.
 */
export const DEFAULT_INJECTION_OPTIONS: Readonly<InjectionOptions> = Object.freeze({
  istio: Object.freeze({ native: true, cni: false }),
  linkerd: Object.freeze({ native: true, cni: false }),
});

/** Fills the options a caller left out with the defaults. */
export function resolveOptions(input: InjectionOptionsInput = {}): InjectionOptions {
  const istio = input.istio ?? {};
  const linkerd = input.linkerd ?? {};
  const revision = typeof istio.revision === 'string' && istio.revision !== '' ? istio.revision : undefined;
  return {
    istio: {
      native: typeof istio.native === 'boolean' ? istio.native : DEFAULT_INJECTION_OPTIONS.istio.native,
      cni: typeof istio.cni === 'boolean' ? istio.cni : DEFAULT_INJECTION_OPTIONS.istio.cni,
      ...(revision === undefined ? {} : { revision }),
    },
    linkerd: {
      native: typeof linkerd.native === 'boolean' ? linkerd.native : DEFAULT_INJECTION_OPTIONS.linkerd.native,
      cni: typeof linkerd.cni === 'boolean' ? linkerd.cni : DEFAULT_INJECTION_OPTIONS.linkerd.cni,
    },
  };
}
