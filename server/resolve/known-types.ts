/**
 * What extraction asks of the corpus: the type it knows a name by (knownType). A person's surname
 * is a person ('Lavrov' once 'Sergei Lavrov' is known); otherwise a name of one type only has that
 * type. The entity registry answers through one of these; an extraction worker keeps one alone,
 * fed with the writer's link results, instead of a replica of the whole registry: it is all the
 * worker needs, a fraction of the memory, and quicker to keep up to date.
 */
import { nameKey } from '../extract/normalize';
import { ENTITY_TYPES, type EntityType } from '#model/types';
import { personHeads } from './head';

/** The entity fields and name keys that knownType depends on. */
export interface TypedEntity {
  label: string;
  type: EntityType;
}

export interface TypedKey {
  /** A name key scoped by type, as the registry stores it ('PERSON|putin'). */
  key: string;
}

export class KnownTypes {
  /** Surnames of persons known by a full name. */
  private readonly surnames = new Set<string>();
  /** Each name with the one type it is known by, or null when it is known by several. */
  private readonly typeOfName = new Map<string, EntityType | null>();

  static from(entities: Iterable<TypedEntity>, keys: Iterable<TypedKey>): KnownTypes {
    const known = new KnownTypes();
    for (const e of entities) known.noteEntity(e);
    for (const k of keys) known.noteKey(k.key);
    return known;
  }

  knownType(name: string): EntityType | undefined {
    const key = nameKey(name);
    if (this.surnames.has(key)) return 'PERSON';
    return this.typeOfName.get(key) ?? undefined;
  }

  /** What linking one document reported (LinkResult): its new and relabelled entities and its new name keys. */
  learn(result: { created: readonly TypedEntity[]; relabelled: readonly TypedEntity[]; keys: readonly TypedKey[] }): void {
    for (const e of result.created) this.noteEntity(e);
    for (const e of result.relabelled) this.noteEntity(e);
    for (const k of result.keys) this.noteKey(k.key);
  }

  /** An entity under its current label: a person named in full makes its surname known. */
  noteEntity(entity: TypedEntity): void {
    if (entity.type === 'PERSON') for (const surname of personHeads(entity.label)) this.noteSurname(surname);
  }

  /** The surname (a name key) of a person known by a full name. */
  noteSurname(surname: string): void {
    this.surnames.add(surname);
  }

  /** A scoped name key ('PERSON|putin'). */
  noteKey(scopedKey: string): void {
    const type = ENTITY_TYPES.find((t) => scopedKey.startsWith(`${t}|`));
    if (type) this.noteType(type, scopedKey.slice(type.length + 1));
  }

  noteType(type: EntityType, name: string): void {
    const known = this.typeOfName.get(name);
    if (known === undefined) this.typeOfName.set(name, type);
    else if (known !== type) this.typeOfName.set(name, null);
  }
}
