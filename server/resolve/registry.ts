/**
 * Resolution across the corpus: the registry of canonical entities and the names they are known
 * by. A document's local entities are linked to existing entities by name (after normalisation)
 * or, for a lone surname, to the one person who carries it; unknown ones become new entities.
 * When a full name arrives for a surname that was seen alone before, the two are merged; a name
 * that is another spelling of a known one of the same type ('Felgenhaeur') joins it (./variants).
 * The registry is plain memory; the store persists what `link` reports as changed.
 */
import type { EntityType, MergeReason } from '#model/types';
import { hasWordPrefix, keyWords, nameKey, slug } from '../extract/normalize';
import type { LocalEntity } from './document';
import { loneSurname, personHeads } from './head';
import { addCounts, mostFrequentFullName } from './labels';
import { KnownTypes } from './known-types';
import { isSpellingVariant, isSpellingVariantWord, MAX_LENGTH_CHANGE, variantKeys } from './variants';

export interface RegisteredEntity {
  id: string;
  label: string;
  type: EntityType;
  /** True when the label is a lexicon's canonical name and should not be replaced by a longer one. */
  canonical: boolean;
}

export interface NameKey {
  key: string;
  entity: string;
  reason: MergeReason;
}

export interface LinkResult {
  /** The entity id of each local entity, in order. */
  ids: string[];
  created: RegisteredEntity[];
  /** Entities whose label changed (a fuller name was seen). */
  relabelled: RegisteredEntity[];
  keys: NameKey[];
  merged: { from: string; into: string; reason: MergeReason }[];
}

const scoped = (type: EntityType, key: string) => `${type}|${key}`;

/** Names on Object's prototype (newId); a Set, since 'in' would intern every new id V8 is asked about. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

function words(name: string): number {
  return keyWords(name).length;
}

/** Where spellings of a surname may be: its first letter and length (see isSpellingVariantWord). */
const surnameShape = (surname: string, length = surname.length) => `${surname[0]}|${length}`;

export class EntityRegistry {
  private readonly entities = new Map<string, RegisteredEntity>();
  private readonly byKey = new Map<string, string>();
  /** What knownType answers from: the surnames of bySurname, and each name of byKey with its type. */
  private readonly known = new KnownTypes();
  /** Surname → persons with a full name ending in it. */
  private readonly bySurname = new Map<string, Set<string>>();
  /** The surnames of bySurname by first letter and length, so that a lone surname's other spellings are found without a scan. */
  private readonly surnamesByShape = new Map<string, string[]>();
  private readonly mergedInto = new Map<string, string>();
  /** Entities by the keys of their names' other spellings (variantKeys), then by the length of the word that may differ. */
  private readonly byVariantKey = new Map<string, Map<number, Set<string>>>();
  /** How often each entity was written under each name, for its label (./labels). */
  private readonly nameCounts = new Map<string, Map<string, number>>();

  /** Restores the registry from stored rows. */
  static from(
    entities: Iterable<RegisteredEntity>,
    keys: Iterable<NameKey>,
    merges: Iterable<{ from: string; into: string }> = [],
    names: Iterable<{ entity: string; name: string; count: number }> = [],
  ): EntityRegistry {
    const registry = new EntityRegistry();
    for (const e of entities) registry.add({ ...e });
    for (const k of keys) registry.restoreKey(k);
    for (const m of merges) registry.mergedInto.set(m.from, m.into);
    for (const n of names) addCounts(registry.countsOf(registry.canonicalId(n.entity)), new Map([[n.name, n.count]]));
    return registry;
  }

  get size(): number {
    return this.entities.size;
  }

  get(id: string): RegisteredEntity | undefined {
    return this.entities.get(this.canonicalId(id));
  }

  all(): IterableIterator<RegisteredEntity> {
    return this.entities.values();
  }

  /** The id an entity has now, following merges ('putin' → 'vladimir-putin'). */
  canonicalId(id: string): string {
    let current = id;
    for (let next = this.mergedInto.get(current); next; next = this.mergedInto.get(current)) current = next;
    return current;
  }

  /** The type the corpus knows a name by: a person's surname, or a name of one type only. */
  knownType(name: string): EntityType | undefined {
    return this.known.knownType(name);
  }

  /**
   * Ids of the entities whose label or any name they are known by contains `q` (a name key).
   * Answered from memory: the registry already holds every name, so a search reads no rows.
   */
  search(q: string): Set<string> {
    const hits = new Set<string>();
    for (const e of this.entities.values()) if (hasWordPrefix(nameKey(e.label), q)) hits.add(e.id);
    for (const [key, id] of this.byKey) if (hasWordPrefix(key.slice(key.indexOf('|') + 1), q)) hits.add(this.canonicalId(id));
    return hits;
  }

  /** The entity known by this name and type, if any. */
  find(type: EntityType, name: string): string | undefined {
    return this.byKey.get(scoped(type, nameKey(name)));
  }

  /**
   * Links a document's local entities; `names` gives, for each, how often each of its names was
   * written (./labels: countNames), from which an entity's label is its most frequent full name.
   */
  link(locals: readonly LocalEntity[], names: readonly ReadonlyMap<string, number>[] = []): LinkResult {
    const result: LinkResult = { ids: [], created: [], relabelled: [], keys: [], merged: [] };
    locals.forEach((local, index) => {
      const [id, reason] = this.match(local);
      let entity = id ? this.entities.get(id) : undefined;
      const counts = names[index];
      if (!entity) {
        entity = { id: this.newId(local.label), label: local.label, type: local.type, canonical: local.canonical };
        this.add(entity);
        if (counts) addCounts(this.countsOf(entity.id), counts);
        const best = local.canonical ? undefined : mostFrequentFullName(this.countsOf(entity.id), entity.label);
        if (best !== undefined) entity.label = best;
        result.created.push(entity);
      } else {
        if (counts) addCounts(this.countsOf(entity.id), counts);
        const label = this.labelFor(entity, local);
        if (label !== undefined) {
          entity.label = label;
          entity.canonical ||= local.canonical;
          this.indexSurname(entity);
          this.indexVariants(entity);
          result.relabelled.push(entity);
        }
      }
      result.ids.push(entity.id);
      for (const key of local.keys) {
        const k = scoped(local.type, key);
        if (this.byKey.get(k) === entity.id) continue;
        if (this.byKey.has(k)) continue;
        this.byKey.set(k, entity.id);
        this.known.noteType(local.type, key);
        const why = local.reasons.find((r) => nameKey(r.name) === key)?.reason ?? reason ?? 'same-name';
        result.keys.push({ key: k, entity: entity.id, reason: why });
      }
      if (entity.type === 'PERSON' && words(entity.label) > 1) this.absorbLoneSurname(entity, result);
    });
    return result;
  }

  /** An entity's new label once a document named it, or undefined to keep it: a lexicon's name stays. */
  private labelFor(entity: RegisteredEntity, local: LocalEntity): string | undefined {
    if (entity.canonical) return undefined;
    if (local.canonical) return local.label;
    const best = mostFrequentFullName(this.countsOf(entity.id), entity.label) ?? (words(local.label) > words(entity.label) ? local.label : undefined);
    return best !== undefined && best !== entity.label ? best : undefined;
  }

  private countsOf(id: string): Map<string, number> {
    let counts = this.nameCounts.get(id);
    if (!counts) this.nameCounts.set(id, (counts = new Map()));
    return counts;
  }

  private match(local: LocalEntity): [string | undefined, MergeReason | undefined] {
    for (const key of local.keys) {
      const id = this.byKey.get(scoped(local.type, key));
      if (id) return [this.canonicalId(id), 'same-name'];
    }
    const surname = local.type === 'PERSON' ? loneSurname(local.label) : undefined;
    if (surname !== undefined) {
      const people = this.peopleNamed(surname);
      if (people && people.size === 1) return [[...people][0], 'surname'];
      // 'Felgenhauer' alone, when the corpus knows one 'Pavel Felgenhaeur'.
      if (!people) {
        const close = this.surnamesLike(surname).filter((known) => isSpellingVariantWord(known, surname));
        const ids = close.length === 1 ? this.peopleNamed(close[0]) : undefined;
        if (ids && ids.size === 1) return [[...ids][0], 'transliteration'];
      }
    }
    const variant = this.spellingVariant(local);
    if (variant) return [variant, 'transliteration'];
    return [undefined, undefined];
  }

  /** The one entity of the same type whose label is another spelling of this name, if exactly one is. */
  private spellingVariant(local: LocalEntity): string | undefined {
    if (local.canonical) return undefined;
    const near = new Set<string>();
    for (const [key, length] of variantKeys(local.type, local.label)) {
      const byLength = this.byVariantKey.get(key);
      if (!byLength) continue;
      for (let other = length - MAX_LENGTH_CHANGE; other <= length + MAX_LENGTH_CHANGE; other++) for (const id of byLength.get(other) ?? []) near.add(id);
    }
    let found: string | undefined;
    for (const id of near) {
      const e = this.entities.get(id);
      if (e === undefined || e.canonical || !isSpellingVariant(e.label, local.label)) continue;
      if (found !== undefined) return undefined;
      found = id;
    }
    return found;
  }

  /** The people known by a full name ending in `surname`, as they are now: merged ones count once. */
  private peopleNamed(surname: string): Set<string> | undefined {
    const ids = this.bySurname.get(surname);
    return ids && new Set([...ids].map((id) => this.canonicalId(id)));
  }

  /** Known surnames with the first letter of `surname` and a length close enough to be another spelling of it. */
  private surnamesLike(surname: string): string[] {
    const like: string[] = [];
    for (let length = surname.length - MAX_LENGTH_CHANGE; length <= surname.length + MAX_LENGTH_CHANGE; length++) {
      const known = this.surnamesByShape.get(surnameShape(surname, length));
      if (known) like.push(...known);
    }
    return like;
  }

  /** 'Putin' seen alone in an earlier document becomes one with 'Vladimir Putin' once he is named in full. */
  private absorbLoneSurname(person: RegisteredEntity, result: LinkResult): void {
    for (const surname of personHeads(person.label)) {
      const people = this.peopleNamed(surname);
      if (!people || people.size !== 1) continue;
      const loneId = this.byKey.get(scoped('PERSON', surname));
      if (!loneId || loneId === person.id) continue;
      const lone = this.entities.get(loneId);
      if (!lone || loneSurname(lone.label) !== surname) continue;
      this.merge(lone.id, person.id);
      result.merged.push({ from: lone.id, into: person.id, reason: 'surname' });
    }
  }

  /** A stored name key: what it leads to, and the type it says the name has. */
  private restoreKey(k: NameKey): void {
    this.byKey.set(k.key, k.entity);
    this.known.noteKey(k.key);
  }

  /** Merges one entity into another: its names then lead to the other. */
  merge(from: string, into: string): void {
    const counts = this.nameCounts.get(from);
    if (counts) addCounts(this.countsOf(into), counts);
    this.nameCounts.delete(from);
    this.entities.delete(from);
    this.mergedInto.set(from, into);
    for (const [key, id] of this.byKey) if (id === from) this.byKey.set(key, into);
  }

  private add(entity: RegisteredEntity): void {
    this.entities.set(entity.id, entity);
    this.indexSurname(entity);
    this.indexVariants(entity);
  }

  private indexVariants(entity: RegisteredEntity): void {
    for (const [key, length] of variantKeys(entity.type, entity.label)) {
      let byLength = this.byVariantKey.get(key);
      if (!byLength) this.byVariantKey.set(key, (byLength = new Map()));
      let set = byLength.get(length);
      if (!set) byLength.set(length, (set = new Set()));
      set.add(entity.id);
    }
  }

  private indexSurname(entity: RegisteredEntity): void {
    if (entity.type !== 'PERSON') return;
    for (const surname of personHeads(entity.label)) this.indexSurnameOf(entity, surname);
  }

  private indexSurnameOf(entity: RegisteredEntity, surname: string): void {
    this.known.noteSurname(surname);
    let set = this.bySurname.get(surname);
    if (!set) {
      this.bySurname.set(surname, (set = new Set()));
      const shape = surnameShape(surname);
      const known = this.surnamesByShape.get(shape);
      if (known) known.push(surname);
      else this.surnamesByShape.set(shape, [surname]);
    }
    set.add(entity.id);
  }

  /**
   * A new entity's id: its label's slug, numbered when taken. A slug that is also a name on Object's
   * prototype ('constructor', from an organisation of that name) is numbered too: graphology files
   * a node's links in plain objects keyed by neighbour id, where that key already answers, and it
   * would refuse every link to the entity from one whose id sorts before it.
   */
  private newId(label: string): string {
    const base = slug(label);
    let id = base;
    for (let n = 2; this.entities.has(id) || this.mergedInto.has(id) || PROTOTYPE_NAMES.has(id); n++) id = `${base}-${n}`;
    return id;
  }
}
