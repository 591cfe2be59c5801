/**
 * Whether this window can reach Columns' engine.
 * connecting: the first connection is on its way (calls wait for it).
 * open: calls go through. lost: the engine does not answer; calls fail at once, it keeps trying.
 * refused: the page's server answers but not its token: Columns was started again (new address).
 */
export type ConnectionState = 'connecting' | 'open' | 'lost' | 'refused';
