// The composer's contract methods: measuring, media and unsaved text.
import type { Handlers } from '../rpc/dispatch';
import { AppError } from '../errors';
import { measure } from './measure';
import type { MediaStore } from './media-store';
import type { UnsavedTextStore } from './unsaved-text-store';

export type ComposeHandlers = Pick<Handlers, 'compose.measure' | 'media.add' | 'media.setAltText' | 'media.preview' | 'unsaved.get' | 'unsaved.save' | 'unsaved.clear'>;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Buffer.from(…, 'base64') skips what it does not understand; a damaged upload must not become a damaged image. */
function decodeBase64(data: string): Buffer {
  if (data.length % 4 !== 0 || !BASE64.test(data)) throw new AppError('invalid_input', 'dataBase64: is not valid base64.');
  return Buffer.from(data, 'base64');
}

export function composeHandlers(deps: { media: MediaStore; unsaved: UnsavedTextStore }): ComposeHandlers {
  return {
    'compose.measure': ({ texts }) => texts.map(measure),
    // The declared mimeType is ignored on purpose: the store sniffs what the bytes really are.
    'media.add': ({ name, dataBase64, altText }) => deps.media.add({ name, bytes: decodeBase64(dataBase64), altText }),
    'media.setAltText': ({ id, altText }) => deps.media.setAltText(id, altText),
    // A thumbnail for media restored with unsaved text or opened for editing (the file is core's).
    'media.preview': async ({ id }) => {
      const ref = deps.media.get(id);
      if (!ref || ref.kind === 'video') return { dataUrl: null };
      return { dataUrl: `data:${ref.mimeType};base64,${(await deps.media.read(id)).toString('base64')}` };
    },
    'unsaved.get': ({ scope }) => deps.unsaved.get(scope),
    'unsaved.save': ({ scope, content }) => deps.unsaved.save(scope, content),
    'unsaved.clear': ({ scope }) => deps.unsaved.clear(scope),
  };
}
