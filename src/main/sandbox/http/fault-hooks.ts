// Applies armed faults to X requests (never to /admin/). Status faults answer X's bodies; "reset"
// drops the connection, "timeout" never answers, "slow" trickles the body out over delayMs.
import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FaultQueue } from './faults';
import { creditsDepleted, serverError, tooManyRequests } from './problems';

const slowRequests = new WeakMap<FastifyRequest, number>();

export function registerFaultHooks(app: FastifyInstance, faults: FaultQueue, nowMs: () => number): void {
  app.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    if (path.startsWith('/admin/')) return;
    const fault = faults.take(path);
    if (!fault) return;
    switch (fault.kind) {
      case '429': {
        const reset = String(Math.ceil(nowMs() / 1000) + 900);
        throw tooManyRequests({ 'x-rate-limit-limit': '0', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': reset });
      }
      case '500':
        throw serverError(500);
      case '503':
        throw serverError(503);
      case '402':
        throw creditsDepleted();
      case 'reset':
        reply.hijack();
        request.raw.socket.destroy();
        return;
      case 'timeout':
        // Hold the request open; the client's own timeout (or server shutdown) ends it.
        reply.hijack();
        return;
      case 'slow':
        slowRequests.set(request, fault.delayMs);
        return;
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const delayMs = slowRequests.get(request);
    if (delayMs === undefined || payload === null || payload === undefined) return payload;
    const bytes = Buffer.from(typeof payload === 'string' ? payload : await streamToString(payload));
    reply.removeHeader('content-length');
    return trickle(bytes, delayMs);
  });
}

async function streamToString(payload: unknown): Promise<string> {
  if (Buffer.isBuffer(payload)) return payload.toString('utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of payload as AsyncIterable<Buffer | string>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

/** Sends the body in (up to) ten pieces, the last one delayMs after the start, so the whole body takes at least delayMs. */
function trickle(bytes: Buffer, delayMs: number): PassThrough {
  const out = new PassThrough();
  const size = Math.max(1, Math.ceil(bytes.length / 10));
  const pieces = Math.max(1, Math.ceil(bytes.length / size));
  let sent = 0;
  const step = (): void => {
    if (out.destroyed) return;
    out.write(bytes.subarray(sent, sent + size));
    sent += size;
    if (sent >= bytes.length) out.end();
    else setTimeout(step, delayMs / pieces).unref();
  };
  setTimeout(step, delayMs / pieces).unref();
  return out;
}
