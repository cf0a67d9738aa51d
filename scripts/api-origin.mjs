/**
 * API error origins
 * =================
 * Every API error message starts with its origin, as graphology's do (`graphology-layout/random: …`): the route's
 * resource name (`nodes: unknown node "x"`), the named query's name on /api/queries/:name, `api` for what fails
 * before any route (an unknown path, broken percent-encoding, headers too large). A message that already names a
 * deeper origin keeps it (`lib/store/neo4j: Neo4j is unavailable …`), so there is exactly one prefix. The routes
 * (lib/http.ts), the production server (./serve.mjs) and the explorer's API client all word it here. Plain
 * JavaScript so that `npm start` needs no TypeScript tooling.
 */

/** The origin of what fails before routing, and of a path no route answers. */
export const API_ORIGIN = 'api';

/**
 * The API's routes by resource name, each with the number of path parts after it that it takes (`nodes/:id`: 1).
 * test/unit/scripts/api-origin.test.ts holds this table to the folders of app/api.
 */
export const ROUTE_PARTS = {
  commitments: [0],
  cypher: [0],
  documents: [0, 1],
  edges: [1],
  export: [0],
  graph: [0],
  health: [0],
  matrix: [0],
  nodes: [1],
  queries: [0, 1],
  search: [0],
};

/**
 * The named queries (lib/queries/registry.ts, which plain JavaScript cannot import): on /api/queries/:name each is
 * its own origin, an unknown name is the list's (`queries: unknown query "x"`). Held to the registry by the test.
 */
export const QUERY_NAMES = [
  'actions-for-forum',
  'forums-for-action',
  'shortest-path',
  'neighborhood',
  'commitments-by-modality',
  'central-forums',
];

/**
 * The origin of an API request's errors, from its path as sent (a query string or a trailing slash is ignored).
 * @param {string} path
 * @returns {string}
 */
export function apiOrigin(path) {
  const pathname = path.split(/[?#]/)[0].replace(/(.)\/+$/, '$1');
  const [empty, api, route = '', ...rest] = pathname.split('/');
  if (empty !== '' || api !== 'api' || !Object.hasOwn(ROUTE_PARTS, route)) return API_ORIGIN;
  if (!ROUTE_PARTS[/** @type {keyof typeof ROUTE_PARTS} */ (route)].includes(rest.length)) return API_ORIGIN;
  if (route === 'queries' && rest.length === 1) return QUERY_NAMES.includes(rest[0] ?? '') ? rest[0] : route;
  return route;
}

/** A module path as origin (`lib/store/neo4j: `, `app/api: `): a deeper origin than any route's, kept as it is. */
const MODULE_ORIGIN = /^(?:lib|app|scripts)\/[\w./-]+: /;

/**
 * `message` starting with its origin, exactly once: kept as it is when it already starts with `origin` or with a
 * module path, else `origin: ` is put before it.
 * @param {string} origin
 * @param {string} message
 * @returns {string}
 */
export function withOrigin(origin, message) {
  if (message.startsWith(`${origin}: `) || MODULE_ORIGIN.test(message)) return message;
  return `${origin}: ${message}`;
}

/**
 * `message` without a leading `origin: ` (for a page, which says in its own words what it asked for).
 * @param {string} origin
 * @param {string} message
 * @returns {string}
 */
export function withoutOrigin(origin, message) {
  return message.startsWith(`${origin}: `) ? message.slice(origin.length + 2) : message;
}
