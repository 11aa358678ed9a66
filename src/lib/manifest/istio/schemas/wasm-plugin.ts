/** WasmPlugin (extensions.istio.io): a WebAssembly filter added to proxies, after istio/api extensions/v1alpha1/wasm.proto. */
import * as z from 'zod';
import { field, message, port, protoEnum } from './common.ts';
import { exclusiveTargets, targeting } from './security.ts';

const SCHEMES = ['oci', 'https', 'http', 'file'];

// Without a scheme the url is an OCI image reference (ghcr.io/shop/filter:1.0).
const url = z
  .string()
  .min(1, 'must not be empty')
  .refine(
    (value) => {
      const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(value)?.[1];
      return scheme === undefined || SCHEMES.includes(scheme.toLowerCase());
    },
    { message: 'must be an oci://, https://, http:// or file:// URL, or an image reference such as ghcr.io/shop/filter:1.0' },
  );

// HOST copies a variable of the proxy's environment, so a literal value has no place there.
const envVar = message(
  {
    name: z.string().min(1, 'must not be empty').max(256, 'must be at most 256 characters'),
    valueFrom: protoEnum(['INLINE', 'HOST']).optional(),
    value: z.string().max(2048, 'must be at most 2048 characters').optional(),
  },
  (value, ctx) => {
    if (field(value, 'valueFrom') === 'HOST' && field(value, 'value') != null)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'value is only allowed with valueFrom: INLINE (the default)' });
  },
);

const trafficSelector = message({
  mode: protoEnum(['CLIENT_AND_SERVER', 'CLIENT', 'SERVER']).optional(),
  ports: z.array(message({ number: port })).optional(),
});

/** spec of a WasmPlugin. */
export const wasmPluginSpec = message(
  {
    ...targeting,
    url,
    sha256: z
      .string()
      .regex(/^([a-f0-9]{64})?$/, 'must be a SHA-256 checksum: 64 lowercase hexadecimal digits')
      .optional(),
    imagePullPolicy: protoEnum(['UNSPECIFIED_POLICY', 'IfNotPresent', 'Always']).optional(),
    imagePullSecret: z.string().min(1, 'must not be empty').max(253, 'must be at most 253 characters').optional(),
    verificationKey: z.string().optional(),
    // A google.protobuf.Struct handed to the plugin as is.
    pluginConfig: z.record(z.string(), z.unknown()).optional(),
    pluginName: z.string().min(1, 'must not be empty').max(256, 'must be at most 256 characters').optional(),
    phase: protoEnum(['UNSPECIFIED_PHASE', 'AUTHN', 'AUTHZ', 'STATS']).optional(),
    priority: z.int().optional(),
    failStrategy: protoEnum(['FAIL_CLOSE', 'FAIL_OPEN', 'FAIL_RELOAD']).optional(),
    vmConfig: message({ env: z.array(envVar).optional() }).optional(),
    match: z.array(trafficSelector).optional(),
    type: protoEnum(['UNSPECIFIED_PLUGIN_TYPE', 'HTTP', 'NETWORK']).optional(),
  },
  exclusiveTargets,
);
