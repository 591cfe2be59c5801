import { describe, expect, it, vi } from 'vitest';
import { handleBridgeMessage } from '../../src/main/web/bridge-protocol';

describe('bridge frames', () => {
  const dispatch = vi.fn(async () => ({ ok: true as const, value: 'pong' }));

  it.each([
    [null, null],
    ['not json', null],
    ['[]', null],
    ['42', null],
    ['null', null],
    ['{"method":"app.info"}', null],
    ['{"id":-1,"method":"app.info"}', null],
    ['{"id":1.5,"method":"app.info"}', null],
    ['{"id":7}', 7],
    ['{"id":7,"method":42}', 7],
  ])('answers %j with invalid_request', async (text, id) => {
    const frame = await handleBridgeMessage(text, dispatch);
    expect(frame).toEqual({ type: 'result', id, result: { ok: false, error: { code: 'invalid_request', message: expect.any(String) } } });
  });

  it('dispatches a well-formed frame and echoes its id', async () => {
    dispatch.mockClear();
    const frame = await handleBridgeMessage('{"id":3,"method":"app.info","input":{}}', dispatch);
    expect(frame).toEqual({ type: 'result', id: 3, result: { ok: true, value: 'pong' } });
    expect(dispatch).toHaveBeenCalledWith('app.info', {});
  });
});
