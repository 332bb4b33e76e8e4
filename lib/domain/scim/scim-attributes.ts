import { parseAttributePath } from './scim-path';

/**
 * The `attributes` and `excludedAttributes` query parameters (RFC 7644 §3.4.2.5), as the top-level
 * keys of a resource they name, lowercased: `members.value` names `members`, an extension's
 * `urn:…:Group:department` its extension object.
 */
export interface AttributeSelection {
  /** Only these, besides what is always returned; null: every attribute returned by default. */
  only: Set<string> | null;
  excluded: Set<string>;
}

/** Returned whatever a request asks: a resource's id and the schemas it is read with. */
const ALWAYS = new Set(['id', 'schemas']);

function keysOf(list: string | null): Set<string> | null {
  if (list === null || list.trim() === '') return null;
  return new Set(
    list.split(',').flatMap((name) => {
      const path = parseAttributePath(name.trim());
      // A whole extension is named by its URN, which reads like a path to an attribute of it.
      return [path.schema ?? path.attribute, name.trim().toLowerCase()];
    }),
  );
}

export function attributeSelectionOf(searchParams: URLSearchParams): AttributeSelection {
  return {
    only: keysOf(searchParams.get('attributes')),
    excluded: keysOf(searchParams.get('excludedAttributes')) ?? new Set(),
  };
}

/** Whether the selection returns this top-level attribute (or extension schema URN). */
export function returnsAttribute(selection: AttributeSelection, key: string): boolean {
  const name = key.toLowerCase();
  if (ALWAYS.has(name)) return true;
  if (selection.only) return selection.only.has(name);
  return !selection.excluded.has(name);
}

/** The resource with only the attributes the selection returns. */
export function selectAttributes(resource: Record<string, unknown>, selection: AttributeSelection) {
  return Object.fromEntries(Object.entries(resource).filter(([key]) => returnsAttribute(selection, key)));
}
