// X's "problem" bodies that the renderer produces: the 400 for a bad fields/expansions value, and
// the partial errors a 200 carries when an id (or something an expansion points at) is gone.
// Wording, titles and type URIs are X's own (api.twitter.com hosts the problem URIs even on api.x.com);
// clients match on them, so do not paraphrase.

/** One rejected query-parameter value, as X lists it inside a 400. */
export interface ParameterProblem {
  parameters: Record<string, string[]>;
  message: string;
}

export interface InvalidRequestBody {
  errors: ParameterProblem[];
  title: 'Invalid Request';
  detail: 'One or more parameters to your request was invalid.';
  type: 'https://api.twitter.com/2/problems/invalid-request';
}

export function invalidRequestBody(errors: readonly ParameterProblem[]): InvalidRequestBody {
  return {
    errors: [...errors],
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
    type: 'https://api.twitter.com/2/problems/invalid-request',
  };
}

/** X lists every accepted value, sorted and comma-joined without spaces, in the message. */
export function notOneOfProblem(parameter: string, value: string, allowed: readonly string[]): ParameterProblem {
  return {
    parameters: { [parameter]: [value] },
    message: `The \`${parameter}\` query parameter value [${value}] is not one of [${[...allowed].sort().join(',')}]`,
  };
}

export type ResourceType = 'tweet' | 'user';

/** A partial error inside a 200 (twitter-api-v2's InlineErrorV2). */
export interface PartialError {
  value: string;
  detail: string;
  title: 'Not Found Error';
  resource_type: ResourceType;
  parameter: string;
  resource_id: string;
  type: 'https://api.twitter.com/2/problems/resource-not-found';
}

/**
 * `parameter` is where the id came from: "ids"/"id"/"usernames" for a lookup, or the expansion
 * name ("referenced_tweets.id", "author_id", …) when an expansion points at something deleted.
 */
export function notFoundError(resourceType: ResourceType, parameter: string, value: string): PartialError {
  return {
    value,
    detail: `Could not find ${resourceType} with ${parameter}: [${value}].`,
    title: 'Not Found Error',
    resource_type: resourceType,
    parameter,
    resource_id: value,
    type: 'https://api.twitter.com/2/problems/resource-not-found',
  };
}
