const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else is answered "not found" without asking the database (which would fail on the cast). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
