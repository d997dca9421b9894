/**
 * Typed errors. Each has a stable `name` that tests assert and the API maps to an HTTP status
 * in one place (server/api/errors.ts); the message says what was wrong and why, for a person.
 */

export class PlexusError extends Error {
  override name = 'PlexusError';
}

/** Input that cannot be accepted: an unsupported, empty, binary or malformed file or request. */
export class InputError extends PlexusError {
  override name = 'InputError';
}

/** Something asked for by id that does not exist. */
export class NotFoundError extends PlexusError {
  override name = 'NotFoundError';
}

/** A setting that cannot be used, found when the configuration is validated at start. */
export class ConfigError extends PlexusError {
  override name = 'ConfigError';
}

/** The ingest queue (PostgreSQL) cannot be used: unreachable, made by a newer Plexus, or holding malformed rows. */
export class QueueError extends PlexusError {
  override name = 'QueueError';
}
