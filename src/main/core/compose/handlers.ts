// The composer's contract methods: measuring, media and drafts.
import type { Handlers } from '../rpc/dispatch';
import { AppError } from '../errors';
import type { DraftsStore } from './drafts-store';
import { measure } from './measure';
import type { MediaStore } from './media-store';

export type ComposeHandlers = Pick<Handlers, 'compose.measure' | 'media.add' | 'media.setAltText' | 'drafts.list' | 'drafts.save' | 'drafts.delete'>;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Buffer.from(…, 'base64') skips what it does not understand; a damaged upload must not become a damaged image. */
function decodeBase64(data: string): Buffer {
  if (data.length % 4 !== 0 || !BASE64.test(data)) throw new AppError('invalid_input', 'dataBase64: is not valid base64.');
  return Buffer.from(data, 'base64');
}

export function composeHandlers(deps: { media: MediaStore; drafts: DraftsStore }): ComposeHandlers {
  return {
    'compose.measure': ({ texts }) => texts.map(measure),
    // The declared mimeType is ignored on purpose: the store sniffs what the bytes really are.
    'media.add': ({ name, dataBase64, altText }) => deps.media.add({ name, bytes: decodeBase64(dataBase64), altText }),
    'media.setAltText': ({ id, altText }) => deps.media.setAltText(id, altText),
    'drafts.list': () => deps.drafts.list(),
    'drafts.save': (draft) => deps.drafts.save(draft),
    'drafts.delete': ({ id }) => deps.drafts.delete(id),
  };
}
