/** Probes (liveness, readiness, startup) and lifecycle hooks, with the handlers they share. */
import * as z from 'zod';
import { choice, intOrPortName, nonNegativeInt, opt, port, positiveInt } from './formats.ts';

const exec = z.object({ command: opt(z.array(z.string())) }).strict();

const httpGet = z
  .object({
    path: opt(z.string()),
    port: intOrPortName,
    host: opt(z.string()),
    scheme: opt(choice(['HTTP', 'HTTPS'])),
    httpHeaders: opt(z.array(z.object({ name: z.string().min(1, 'must not be empty'), value: z.string() }).strict())),
  })
  .strict();

const tcpSocket = z.object({ port: intOrPortName, host: opt(z.string()) }).strict();

const grpc = z
  .object({
    // Unlike httpGet and tcpSocket, a gRPC probe takes a port number only.
    port,
    service: opt(z.string()),
  })
  .strict();

/** The handlers a probe may use; exactly one is required (checked across fields). */
export const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'] as const;

/** The handlers a lifecycle hook may use; exactly one is required (checked across fields). */
export const HOOK_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'] as const;

/** A liveness, readiness or startup probe. */
export const probe = z
  .object({
    exec: opt(exec),
    httpGet: opt(httpGet),
    tcpSocket: opt(tcpSocket),
    grpc: opt(grpc),
    initialDelaySeconds: opt(nonNegativeInt),
    timeoutSeconds: opt(positiveInt),
    periodSeconds: opt(positiveInt),
    successThreshold: opt(positiveInt),
    failureThreshold: opt(positiveInt),
    terminationGracePeriodSeconds: opt(positiveInt),
  })
  .strict();

const hookHandler = z
  .object({
    exec: opt(exec),
    httpGet: opt(httpGet),
    tcpSocket: opt(tcpSocket),
    sleep: opt(z.object({ seconds: nonNegativeInt }).strict()),
  })
  .strict();

/** postStart and preStop hooks. */
export const lifecycle = z
  .object({
    postStart: opt(hookHandler),
    preStop: opt(hookHandler),
    stopSignal: opt(z.string()),
  })
  .strict();
