// Parses one browser-bridge frame and answers it. Anything malformed gets a structured error, so
// a hostile or buggy page can never crash the core or leave a request unanswered.
import type { BridgeServerFrame } from '../../shared/wire';
import type { Dispatch } from '../core/rpc/dispatch';

function invalid(id: number | null, message: string): BridgeServerFrame {
  return { type: 'result', id, result: { ok: false, error: { code: 'invalid_request', message } } };
}

function isRequestId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export async function handleBridgeMessage(text: string | null, dispatch: Dispatch): Promise<BridgeServerFrame> {
  if (text === null) return invalid(null, 'Frames must be JSON text, not binary.');
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch {
    return invalid(null, 'Frame is not valid JSON.');
  }
  if (typeof frame !== 'object' || frame === null || Array.isArray(frame)) {
    return invalid(null, 'Frame must be an object { id, method, input }.');
  }
  const { id, method, input } = frame as Record<string, unknown>;
  if (!isRequestId(id)) return invalid(null, 'Frame needs a numeric id (a non-negative integer).');
  if (typeof method !== 'string') return invalid(id, 'Frame needs a method name (a string).');
  return { type: 'result', id, result: await dispatch(method, input === undefined ? {} : input) };
}
