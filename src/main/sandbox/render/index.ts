// The renderer's public face for the sandbox routes: parse fields/expansions, then shape bodies.
export {
  defaultSelection,
  parseFieldSelection,
  type FieldSelection,
  type FieldSelectionResult,
  type PrimaryResource,
  type QueryValues,
} from './fields';
export type { MediaUrls, RenderLookup } from './lookup';
export {
  invalidRequestBody,
  notFoundError,
  notOneOfProblem,
  type InvalidRequestBody,
  type ParameterProblem,
  type PartialError,
} from './problems';
export {
  renderListMeta,
  renderPostPage,
  renderPosts,
  renderPostsByIds,
  renderSinglePost,
  renderSingleUser,
  renderUserPage,
  renderUsers,
  renderUsersByKeys,
  type PageTokens,
} from './response';
export { displayText } from './post';
export type * from './wire';
