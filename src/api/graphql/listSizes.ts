import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { LIST_FIELDS, type ListSizes } from '../../graph/read/speechReads.js';

/** What a query's cost is computed with: the stored sizes of Speech lists (null: not known). */
export interface KnownListSizes {
  /** The size of the list a Speech field returns at this place in the query (its own speech's size, else the largest of any speech). */
  of(field: FieldNode, name: string): number | null;
}

const isListField = (name: string): boolean => (LIST_FIELDS as readonly string[]).includes(name);

function operationOf(document: DocumentNode, operationName: string | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
}

function idOf(value: ValueNode | undefined, variables: Record<string, unknown>): string | null {
  if (value?.kind === Kind.STRING) return value.value;
  if (value?.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'string' ? v : null;
  }
  return null;
}

/**
 * The speech each Speech list field of an operation belongs to, when the query names it: the list
 * fields selected directly on a root `speech(id: …)`. A field also reached elsewhere (a fragment
 * spread under `speeches` too) belongs to no one speech and maps to null.
 */
export function speechOfListFields(document: DocumentNode, variables: Record<string, unknown>, operationName?: string): Map<FieldNode, string | null> {
  const owner = new Map<FieldNode, string | null>();
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode, speech: string | null, root: boolean): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet, speech, root);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const key = `${selection.name.value}\u0000${speech}\u0000${root}`;
        const fragment = fragments.get(selection.name.value);
        if (fragment && !seen.has(key)) {
          seen.add(key); // also ends fragment cycles, which validation reports
          walk(fragment.selectionSet, speech, root);
        }
      } else {
        if (owner.has(selection) && owner.get(selection) !== speech) owner.set(selection, null);
        else owner.set(selection, speech);
        if (!selection.selectionSet) continue;
        const named = root && selection.name.value === 'speech' ? idOf(selection.arguments?.find((a) => a.name.value === 'id')?.value, variables) : null;
        walk(selection.selectionSet, named, false);
      }
    }
  };
  const operation = operationOf(document, operationName);
  if (operation) walk(operation.selectionSet, null, true);
  return owner;
}

/** Whether an operation selects any Speech list field (by name; the lookup is skipped otherwise). */
export function mayHaveListFields(fields: ReadonlyMap<FieldNode, string | null>): boolean {
  for (const field of fields.keys()) if (isListField(field.name.value)) return true;
  return false;
}

/** Sizes from the stored counts: the named speech's own where the field belongs to one, else the largest. */
export function knownListSizes(owner: ReadonlyMap<FieldNode, string | null>, stored: { largest: ListSizes; bySpeech: ReadonlyMap<string, ListSizes> }): KnownListSizes {
  return {
    of(field, name) {
      if (!isListField(name)) return null;
      const key = name as keyof ListSizes;
      const speech = owner.get(field);
      if (speech) {
        const own = stored.bySpeech.get(speech);
        // A speech that does not exist returns null: its lists cost nothing.
        return own === undefined ? 0 : own[key];
      }
      return stored.largest[key];
    },
  };
}
