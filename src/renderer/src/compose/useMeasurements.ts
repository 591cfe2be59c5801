// Exact lengths come from the core (twitter-text stays there). Asked once the typing pauses; until
// the answer arrives each part keeps its last figure, so the counter never blanks or flickers.
import { useEffect, useMemo, useState } from 'react';
import type { Measured } from '../../../shared/compose';
import { getApi } from '../api';
import { useDebounced } from './useDebounced';

const DEBOUNCE_MS = 200;
const PER_CALL = 25;
/** Only until the core's first answer says otherwise. */
const X_LIMIT = 280;
/** More characters than a burst of typing between two answers. */
const STALE_AFTER_CHARS = 12;

export interface Measurements {
  bySlot: Record<string, Measured>;
  /**
   * Slots whose figure is for a quite different text (a draft just restored, a paste): shown dimmed
   * until the answer comes. Ordinary typing never marks a slot, so the counter does not blink.
   */
  stale: ReadonlySet<string>;
  /** Set when the core could not measure (shown once, not per part). */
  unavailable: boolean;
}

export function useMeasurements(texts: Readonly<Record<string, string>>): Measurements {
  // Compare by content so a new object with the same texts asks nothing.
  const signature = JSON.stringify(texts);
  const settled = useDebounced(signature, DEBOUNCE_MS);
  const [result, setResult] = useState<{ bySlot: Record<string, Measured>; measuredText: Record<string, string>; unavailable: boolean }>({
    bySlot: {},
    measuredText: {},
    unavailable: false,
  });

  useEffect(() => {
    let cancelled = false;
    const entries = Object.entries(JSON.parse(settled) as Record<string, string>);
    const unique = [...new Set(entries.map(([, text]) => text))];
    const batches: string[][] = [];
    for (let i = 0; i < unique.length; i += PER_CALL) batches.push(unique.slice(i, i + PER_CALL));
    Promise.all(batches.map((texts) => getApi().call('compose.measure', { texts })))
      .then((answers) => {
        if (cancelled) return;
        const byText = new Map<string, Measured>();
        answers.flat().forEach((measured, index) => {
          const text = unique[index];
          if (text !== undefined) byText.set(text, measured);
        });
        const bySlot: Record<string, Measured> = {};
        const measuredText: Record<string, string> = {};
        for (const [slot, text] of entries) {
          const measured = byText.get(text);
          if (measured) {
            bySlot[slot] = measured;
            measuredText[slot] = text;
          }
        }
        setResult({ bySlot, measuredText, unavailable: false });
      })
      .catch(() => {
        if (!cancelled) setResult((current) => ({ ...current, unavailable: true }));
      });
    return () => {
      cancelled = true;
    };
  }, [settled]);

  // An empty part is known to be empty at once (a new post, a cleared box): no stale figure meanwhile.
  return useMemo(() => {
    const max = Object.values(result.bySlot)[0]?.max ?? X_LIMIT;
    const bySlot = { ...result.bySlot };
    const stale = new Set<string>();
    for (const [slot, text] of Object.entries(texts)) {
      if (text === '') bySlot[slot] = { weightedLength: 0, max, valid: false };
      else if (Math.abs(text.length - (result.measuredText[slot]?.length ?? 0)) > STALE_AFTER_CHARS) stale.add(slot);
    }
    return { bySlot, stale, unavailable: result.unavailable };
  }, [result, texts]);
}
