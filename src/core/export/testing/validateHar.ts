/**
 * The required fields of HAR 1.2 (W3C draft "HTTP Archive (HAR) format", Jan Odvarko's 1.2
 * spec), checked on parsed JSON. Returns one sentence per problem; empty means valid. Optional
 * fields are checked only for their type when present; `time` must be the sum of the timings that
 * apply (all but -1, and not `ssl`, which `connect` already includes).
 */
type Kind = 'string' | 'number' | 'object' | 'array';
type Shape = Readonly<Record<string, Kind>>;

const LOG: Shape = { version: 'string', creator: 'object', entries: 'array' };
const CREATOR: Shape = { name: 'string', version: 'string' };
const PAGE: Shape = {
  startedDateTime: 'string',
  id: 'string',
  title: 'string',
  pageTimings: 'object',
};
const ENTRY: Shape = {
  startedDateTime: 'string',
  time: 'number',
  request: 'object',
  response: 'object',
  cache: 'object',
  timings: 'object',
};
const REQUEST: Shape = {
  method: 'string',
  url: 'string',
  httpVersion: 'string',
  cookies: 'array',
  headers: 'array',
  queryString: 'array',
  headersSize: 'number',
  bodySize: 'number',
};
const RESPONSE: Shape = {
  status: 'number',
  statusText: 'string',
  httpVersion: 'string',
  cookies: 'array',
  headers: 'array',
  content: 'object',
  redirectURL: 'string',
  headersSize: 'number',
  bodySize: 'number',
};
const CONTENT: Shape = { size: 'number', mimeType: 'string' };
const TIMINGS: Shape = { send: 'number', wait: 'number', receive: 'number' };
const NAME_VALUE: Shape = { name: 'string', value: 'string' };
const OPTIONAL_TIMINGS = ['blocked', 'dns', 'connect', 'ssl'] as const;
/** An ISO 8601 date-time with a time zone, as HAR asks for startedDateTime. */
const ISO_DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;

function kindOf(value: unknown): Kind | 'other' {
  if (Array.isArray(value)) return 'array';
  if (value !== null && typeof value === 'object') return 'object';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number' && Number.isFinite(value)) return 'number';
  return 'other';
}

type Obj = Record<string, unknown>;

function check(value: unknown, shape: Shape, where: string, problems: string[]): Obj {
  if (kindOf(value) !== 'object') {
    problems.push(`${where} is not an object`);
    return {};
  }
  const obj = value as Obj;
  for (const [field, kind] of Object.entries(shape)) {
    if (!(field in obj)) problems.push(`${where}.${field} is missing`);
    else if (kindOf(obj[field]) !== kind) problems.push(`${where}.${field} is not a ${kind}`);
  }
  return obj;
}

function checkList(value: unknown, shape: Shape, where: string, problems: string[]): Obj[] {
  return Array.isArray(value)
    ? value.map((v, k) => check(v, shape, `${where}[${k}]`, problems))
    : [];
}

export function validateHar(doc: unknown): string[] {
  const problems: string[] = [];
  const root = check(doc, { log: 'object' }, 'har', problems);
  const log = check(root['log'], LOG, 'log', problems);
  if (log['version'] !== '1.2') problems.push(`log.version is ${String(log['version'])}, not 1.2`);
  check(log['creator'], CREATOR, 'log.creator', problems);
  const pageIds = new Set<unknown>();
  if ('pages' in log) {
    for (const page of checkList(log['pages'], PAGE, 'log.pages', problems))
      pageIds.add(page['id']);
  }
  checkList(log['entries'], ENTRY, 'log.entries', problems).forEach((entry, k) => {
    const where = `log.entries[${k}]`;
    if ('pageref' in entry && !pageIds.has(entry['pageref'])) {
      problems.push(`${where}.pageref names no page`);
    }
    if (!ISO_DATE_TIME.test(String(entry['startedDateTime']))) {
      problems.push(`${where}.startedDateTime is not an ISO 8601 date-time`);
    }
    const request = check(entry['request'], REQUEST, `${where}.request`, problems);
    for (const list of ['cookies', 'headers', 'queryString']) {
      checkList(request[list], NAME_VALUE, `${where}.request.${list}`, problems);
    }
    const response = check(entry['response'], RESPONSE, `${where}.response`, problems);
    for (const list of ['cookies', 'headers']) {
      checkList(response[list], NAME_VALUE, `${where}.response.${list}`, problems);
    }
    check(response['content'], CONTENT, `${where}.response.content`, problems);
    const timings = check(entry['timings'], TIMINGS, `${where}.timings`, problems);
    let sum = 0;
    for (const name of ['send', 'wait', 'receive', ...OPTIONAL_TIMINGS]) {
      if (!(name in timings)) continue;
      const t = timings[name];
      const optional = (OPTIONAL_TIMINGS as readonly string[]).includes(name);
      if (typeof t !== 'number' || t < (optional ? -1 : 0)) {
        problems.push(`${where}.timings.${name} is ${String(t)}`);
      } else if (t !== -1 && name !== 'ssl') sum += t;
    }
    if (Math.abs(sum - Number(entry['time'])) > 1e-6) {
      problems.push(`${where}.time is ${String(entry['time'])}, but its timings sum to ${sum}`);
    }
  });
  return problems;
}
