// The sandbox's time: real time plus an offset the admin interface can shift, so tests can make
// tokens expire, rate windows reset and scheduled chats start without waiting.
export interface SandboxClock {
  now(): Date;
  nowMs(): number;
  offsetMs(): number;
  setOffset(offsetMs: number): void;
}

export function createSandboxClock(base: () => number = Date.now): SandboxClock {
  let offset = 0;
  return {
    now: () => new Date(base() + offset),
    nowMs: () => base() + offset,
    offsetMs: () => offset,
    setOffset: (value) => {
      offset = value;
    },
  };
}
