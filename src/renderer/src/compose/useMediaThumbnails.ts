// Thumbnails for media the composer did not just read from a file (restored unsaved text, a post
// opened for editing): core sends each image once as a data URL.
import { useEffect, useRef } from 'react';
import { getApi } from '../api';
import type { ComposerAction, ComposerState } from './composer-state';

export function useMediaThumbnails(state: ComposerState, dispatch: (action: ComposerAction) => void): void {
  const asked = useRef(new Set<string>());
  useEffect(() => {
    const missing = [state.shared, ...Object.values(state.variants)]
      .flat()
      .flatMap((part) => part.media)
      .filter((item) => item.previewUrl === null && item.ref.kind !== 'video' && !asked.current.has(item.ref.id));
    for (const item of missing) {
      asked.current.add(item.ref.id);
      getApi()
        .call('media.preview', { id: item.ref.id })
        .then(({ dataUrl }) => {
          if (dataUrl) dispatch({ type: 'setPreview', mediaId: item.ref.id, previewUrl: dataUrl });
        })
        .catch(() => undefined);
    }
  }, [state, dispatch]);
}
