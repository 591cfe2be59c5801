// A settings section's first read: calls a method that takes no input once on mount, keeps its
// answer (replaceable after an edit) or the error in words.
import { useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/contract';
import { getApi } from './index';
import { errorMessage } from './error-message';

type NoInputMethod = { [M in MethodName]: Record<string, never> extends MethodInput<M> ? M : never }[MethodName];

export function useLoaded<M extends NoInputMethod>(method: M): [MethodResult<M> | null, (value: MethodResult<M>) => void, string | null] {
  const [value, setValue] = useState<MethodResult<M> | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    (getApi().call as (name: M) => Promise<MethodResult<M>>)(method)
      .then((result) => !cancelled && setValue(result))
      .catch((cause: unknown) => !cancelled && setError(errorMessage(cause)));
    return () => {
      cancelled = true;
    };
  }, [method]);
  return [value, setValue, error];
}
