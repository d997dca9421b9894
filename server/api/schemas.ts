/**
 * The zod schemas of every query, path parameter and body the API accepts: each is the validator
 * and, through z.infer, the type. Messages name no field: the error middleware prefixes the
 * parameter from the issue's path ('minWeight: must be …').
 */

import { TIMELINE_UNITS, type TimelineUnit } from '#model/timeline';
import { z } from 'zod';
import { isWellFormed, MAX_AUTHOR_CHARS, MAX_OUTLET_CHARS, MAX_TITLE_CHARS, MAX_URL_CHARS } from '../ingest/limits';
import { EXPORT_FORMATS, isExportFormat, type ExportFormat } from '#model/export-formats';
import { CURATION_ACTIONS, EDGE_WEIGHTINGS, ENTITY_TYPES, isEdgeWeighting, isEntityType, type EdgeWeighting, type EntityType } from '#model/types';

/** Queries are parsed by Express's simple parser: a repeated parameter arrives as an array. */
function once(what: string): z.ZodString {
  return z.string({
    error: (issue) => (issue.input === undefined ? `is required (${what})` : `must be given once, as ${what}`),
  });
}

/** A whole number ≥ `min` written in decimal digits. */
function integerParam(min: number, what: string): z.ZodType<number, string> {
  return once(what)
    .regex(/^\d+$/, { error: (issue) => `must be ${what}, got ${JSON.stringify(issue.input)}` })
    .transform(Number)
    .refine((value) => Number.isSafeInteger(value) && value >= min, {
      error: (issue) => `must be ${what}, got ${JSON.stringify(String(issue.input))}`,
    });
}

const nonNegativeInteger = (): z.ZodType<number, string> => integerParam(0, 'a non-negative integer');

/** A number ≥ 0 written in decimal ('2', '0.25'): a threshold on a weight that may be PMI. */
const nonNegativeNumber = (): z.ZodType<number, string> =>
  once('a non-negative number')
    .regex(/^\d+(\.\d+)?$/, { error: (issue) => `must be a non-negative number, got ${JSON.stringify(issue.input)}` })
    .transform(Number);

/** 'true' or 'false' (also '1' and '0'). */
const booleanParam = (): z.ZodType<boolean, string> =>
  once('true or false')
    .regex(/^(true|false|1|0)$/, { error: (issue) => `must be true or false, got ${JSON.stringify(issue.input)}` })
    .transform((value) => value === 'true' || value === '1');
const positiveInteger = (): z.ZodType<number, string> => integerParam(1, 'a positive integer');

const entityType = z.custom<EntityType>((value) => typeof value === 'string' && isEntityType(value), {
  error: (issue) => `unknown entity type ${JSON.stringify(issue.input)} (valid types: ${ENTITY_TYPES.join(', ')})`,
});

/** 'PERSON,LOCATION', or the parameter repeated; empty items are ignored. */
const entityTypeList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) =>
    (Array.isArray(value) ? value : [value])
      .flatMap((item) => item.split(','))
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  )
  .pipe(z.array(entityType));

/**
 * A strict object whose unknown keys are refused in one message that names them, so that a typo
 * ('minweight') is reported instead of silently ignored.
 */
function strictParams<Shape extends z.ZodRawShape>(shape: Shape, kind: string): z.ZodObject<Shape, z.core.$strict> {
  const accepted = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue) => {
      if (issue.code === 'unrecognized_keys') {
        const names = issue.keys.map((key) => JSON.stringify(key)).join(', ');
        return `unknown ${kind}${issue.keys.length > 1 ? 's' : ''} ${names} (accepted: ${accepted})`;
      }
      if (issue.code === 'invalid_type') return `expected ${kind}s as a JSON object with ${accepted}`;
      return undefined;
    },
  });
}

/** A day written YYYY-MM-DD that is on the calendar. */
function calendarDay(): z.ZodType<string, string> {
  return once('a day, YYYY-MM-DD').pipe(z.iso.date({ error: (issue) => `must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(issue.input)}` }));
}

/** `from` and `to`: a period of days, both ends inclusive, either left out (see `withPeriod`). */
const periodShape = { from: calendarDay().optional(), to: calendarDay().optional() };

const inOrder = (query: { from?: string | undefined; to?: string | undefined }) => query.from === undefined || query.to === undefined || query.from <= query.to;

/** Query parameters that hold a period: refused when it ends before it starts. */
function withPeriod<Shape extends z.ZodRawShape>(shape: Shape) {
  return strictParams(shape, 'query parameter').refine(inOrder, { error: 'must not come after to', path: ['from'] });
}

const entityId = once('an entity id').min(1, { error: 'must not be empty' }).max(500, { error: 'must be at most 500 characters' });

const edgeWeighting = z.custom<EdgeWeighting>((value) => typeof value === 'string' && isEdgeWeighting(value), {
  error: (issue) =>
    typeof issue.input === 'string'
      ? `unknown weighting ${JSON.stringify(issue.input)} (valid: ${EDGE_WEIGHTINGS.join(', ')})`
      : `must be given once, as one of ${EDGE_WEIGHTINGS.join(', ')}`,
});

/** The filters and options of `GET /api/graph`, shared with `GET /api/export` and `plexus export`. */
const graphShape = {
  types: entityTypeList.optional(),
  minWeight: nonNegativeNumber().optional(),
  minMentions: nonNegativeInteger().optional(),
  q: once('text')
    .max(MAX_OUTLET_CHARS, { error: `must be at most ${MAX_OUTLET_CHARS} characters` })
    .transform((value) => value.trim() || undefined)
    .optional(),
  doc: positiveInteger().optional(),
  ...periodShape,
  weight: edgeWeighting.optional(),
  minCount: positiveInteger().optional(),
  metrics: booleanParam().optional(),
  top: positiveInteger().optional(),
};

/** `GET /api/graph`; the output is a GraphFilter. */
export const graphQuery = withPeriod(graphShape);

const exportFormat = z.custom<ExportFormat>((value) => typeof value === 'string' && isExportFormat(value), {
  error: (issue) =>
    issue.input === undefined
      ? `is required (one of ${EXPORT_FORMATS.join(', ')})`
      : `unknown format ${JSON.stringify(issue.input)} (valid: ${EXPORT_FORMATS.join(', ')})`,
});

/** `GET /api/export`: a format and the same filters as `GET /api/graph` (metrics are always computed). */
export const exportQuery = withPeriod({ format: exportFormat, ...graphShape });
export type ExportQuery = z.infer<typeof exportQuery>;

const coordinate = z.number({ error: 'must be finite numbers' }).finite({ error: 'must be finite numbers' });

/**
 * `POST /api/export`'s and `PUT /api/layout`'s body: where the explorer shows the entities,
 * `{ positions: { id: [x, y] } }` (ids the graph does not hold are ignored).
 */
export const positionsBody = strictParams(
  {
    positions: z.record(entityId, z.tuple([coordinate, coordinate], { error: 'must map entity ids to [x, y] pairs of numbers' }), {
      error: 'is required, as an object mapping entity ids to [x, y]',
    }),
  },
  'field',
);

/** `GET /api/entities/:id`, and its query: a period. */
export const entityParams = z.object({ id: entityId });
export const entityQuery = withPeriod(periodShape);

export const MAX_EVIDENCE = 500;
export const DEFAULT_EVIDENCE = 50;

/** `GET /api/evidence`. */
export const evidenceQuery = withPeriod({
  source: entityId,
  target: entityId,
  limit: integerParam(1, `a whole number from 1 to ${MAX_EVIDENCE}`)
    .refine((value) => value <= MAX_EVIDENCE, { error: `must be at most ${MAX_EVIDENCE}` })
    .default(DEFAULT_EVIDENCE),
  ...periodShape,
});

export const MAX_SEARCH_RESULTS = 100;

const timelineUnit = z.custom<TimelineUnit>((value) => typeof value === 'string' && (TIMELINE_UNITS as readonly string[]).includes(value), {
  error: (issue) => `unknown unit ${JSON.stringify(issue.input)} (valid: ${TIMELINE_UNITS.join(', ')})`,
});

/** `GET /api/timeline?unit=&entity=` or `?unit=&source=&target=` (a link). */
export const timelineQuery = strictParams(
  { unit: timelineUnit.default('month'), entity: entityId.optional(), source: entityId.optional(), target: entityId.optional() },
  'query parameter',
)
  .refine((query) => query.source !== undefined || query.target === undefined, {
    error: 'is required with target (a link is source and target)',
    path: ['source'],
  })
  .refine((query) => query.target !== undefined || query.source === undefined, {
    error: 'is required with source (a link is source and target)',
    path: ['target'],
  })
  .refine((query) => query.entity === undefined || query.source === undefined, {
    error: 'is one entity: ask for an entity or a link, not both',
    path: ['entity'],
  });

export const MAX_CHANGES = 500;

const bounded = (query: { from?: string; to?: string }) => query.from !== undefined || query.to !== undefined;

/** `GET /api/changes`: two periods, each with at least one end, and the length of each list. */
export const changesQuery = withPeriod({
  ...periodShape,
  vs_from: calendarDay().optional(),
  vs_to: calendarDay().optional(),
  limit: integerParam(1, `a whole number from 1 to ${MAX_CHANGES}`)
    .refine((value) => value <= MAX_CHANGES, { error: `must be at most ${MAX_CHANGES}` })
    .default(20),
})
  .refine((query) => query.vs_from === undefined || query.vs_to === undefined || query.vs_from <= query.vs_to, {
    error: 'must not come after vs_to',
    path: ['vs_from'],
  })
  .refine(bounded, { error: 'is required, or to: the period to compare', path: ['from'] })
  .refine((query) => bounded({ from: query.vs_from, to: query.vs_to }), { error: 'is required, or vs_to: the period to compare with', path: ['vs_from'] });

/** `GET /api/search`. */
export const searchQuery = withPeriod({
  q: once('text').max(MAX_OUTLET_CHARS, { error: `must be at most ${MAX_OUTLET_CHARS} characters` }),
  limit: integerParam(1, `a whole number from 1 to ${MAX_SEARCH_RESULTS}`)
    .refine((value) => value <= MAX_SEARCH_RESULTS, { error: `must be at most ${MAX_SEARCH_RESULTS}` })
    .default(12),
  ...periodShape,
});

/** `GET /api/documents/:id`. */
export const documentParams = z.object({ id: positiveInteger() });

const WELL_FORMED = 'must be well-formed Unicode (it holds half of a surrogate pair, such as "\\ud800")';

/** A line of text a document may carry (its outlet, its author): trimmed, of bounded length; empty means none. */
const optionalLine = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .refine(isWellFormed, { error: WELL_FORMED })
    .nullish()
    .transform((value) => (value ? value : undefined));

/** `POST /api/documents` with a JSON body: one text, typed or pasted. */
export const documentBody = strictParams(
  {
    title: z
      .string({ error: 'is required, as text' })
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(MAX_TITLE_CHARS, { error: `must be at most ${MAX_TITLE_CHARS} characters` })
      .refine(isWellFormed, { error: WELL_FORMED }),
    text: z
      .string({ error: 'is required, as text' })
      .refine((value) => value.trim() !== '', { error: 'must not be empty' })
      .refine((value) => !value.includes('\u0000'), { error: 'must not contain NUL characters (is it binary data?)' })
      .refine(isWellFormed, { error: WELL_FORMED }),
    outlet: optionalLine(MAX_OUTLET_CHARS),
    date: z.iso
      .date({ error: (issue) => `must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(issue.input)}` })
      .nullish()
      .transform((value) => value ?? undefined),
    url: z
      .url({ protocol: /^https?$/, error: 'must be an http or https address' })
      .max(MAX_URL_CHARS, { error: `must be at most ${MAX_URL_CHARS} characters` })
      .nullish()
      .transform((value) => value ?? undefined),
    author: optionalLine(MAX_AUTHOR_CHARS),
  },
  'field',
);

const curatedName = (what: string) =>
  z
    .string({ error: `is required, as ${what}` })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(500, { error: 'must be at most 500 characters' })
    .refine(isWellFormed, { error: WELL_FORMED });

/** `POST /api/curation`: one curation action, told apart by `action`. */
export const curationBody = z.discriminatedUnion(
  'action',
  [
    strictParams({ action: z.literal('merge'), entity: curatedName('an entity id'), into: curatedName('an entity id') }, 'field'),
    strictParams({ action: z.literal('split'), entity: curatedName('an entity id'), alias: curatedName('an alias of the entity') }, 'field'),
    strictParams({ action: z.literal('rename'), entity: curatedName('an entity id'), label: curatedName('the new label') }, 'field'),
    strictParams({ action: z.literal('retype'), entity: curatedName('an entity id'), type: entityType }, 'field'),
    strictParams({ action: z.literal('hide'), entity: curatedName('an entity id') }, 'field'),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union' || issue.code === 'invalid_type'
        ? `action must be one of ${CURATION_ACTIONS.join(', ')}, as a JSON object {action, entity, …}`
        : undefined,
  },
);

/** `DELETE /api/curation/:id`. */
export const curationParams = z.object({ id: positiveInteger() });
