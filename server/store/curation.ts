/**
 * The curation tables: the rules people made (kept as data, in order) and what applying them
 * wrote, namely each mention's entity after curation and the entities the rules change. The plan
 * itself is computed in server/curation/rules.ts; here it is read and written in the store.
 */
import type { CurationPlan } from '../curation/rules';
import type { CurationRequest, CurationRule, EntityType } from '#model/types';
import type { SqlEngine, SqlStatement } from './engine';
import { NEXT_ID } from './sql';

interface RuleRow {
  id: number;
  action: CurationRule['action'];
  entity: string;
  into_id: string | null;
  alias: string | null;
  label: string | null;
  type: EntityType | null;
  created: string | null;
  at: string;
}

function toRule(row: RuleRow): CurationRule {
  const base = { id: row.id, at: row.at, entity: row.entity };
  switch (row.action) {
    case 'merge':
      return { ...base, action: 'merge', into: row.into_id ?? '' };
    case 'split':
      return { ...base, action: 'split', alias: row.alias ?? '', ...(row.created === null ? {} : { created: row.created }) };
    case 'rename':
      return { ...base, action: 'rename', label: row.label ?? '' };
    case 'retype':
      return { ...base, action: 'retype', type: row.type ?? 'PERSON' };
    case 'hide':
      return { ...base, action: 'hide' };
  }
}

export class CurationStore {
  /** Prepared once: the ingest reads the rules for every document. */
  private readonly allRules: SqlStatement;

  constructor(private readonly db: SqlEngine) {
    this.allRules = db.prepare('SELECT * FROM curation_rules ORDER BY id');
  }

  /** Every rule, oldest first: the order in which they apply. */
  rules(): CurationRule[] {
    return (this.allRules.all() as RuleRow[]).map(toRule);
  }

  /** Stores a rule; `created` names the entity a split makes, from the rule's own number. */
  addRule(request: CurationRequest, created?: (id: number) => string): CurationRule {
    const info = this.db
      .prepare(
        `INSERT INTO curation_rules (id, action, entity, into_id, alias, label, type, at) VALUES ((${NEXT_ID('curation_rules')}), ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(
        request.action,
        request.entity,
        request.action === 'merge' ? request.into : null,
        request.action === 'split' ? request.alias : null,
        request.action === 'rename' ? request.label : null,
        request.action === 'retype' ? request.type : null,
        new Date().toISOString(),
      ) as { id: number };
    const id = info.id;
    if (created) this.db.prepare('UPDATE curation_rules SET created = ? WHERE id = ?').run(created(id), id);
    return toRule(this.db.prepare('SELECT * FROM curation_rules WHERE id = ?').get(id) as RuleRow);
  }

  deleteRule(id: number): CurationRule | undefined {
    const row = this.db.prepare('SELECT * FROM curation_rules WHERE id = ?').get(id) as RuleRow | undefined;
    if (row) this.db.prepare('DELETE FROM curation_rules WHERE id = ?').run(id);
    return row && toRule(row);
  }

  lastRule(): CurationRule | undefined {
    const row = this.db.prepare('SELECT * FROM curation_rules ORDER BY id DESC LIMIT 1').get() as RuleRow | undefined;
    return row && toRule(row);
  }

  /**
   * Writes what the plan says: each mention's entity, and the entities it changes. With `doc`,
   * only that document's mentions are visited (a document just ingested, when no older mention
   * can have moved); without, every mention the rules touch now or touched before.
   *
   * A mention written while there were no rules has no resolved_id yet: its entity is the
   * resolver's, which is recorded here before any rule moves it.
   */
  apply(plan: CurationPlan, doc?: number): void {
    const inDoc = doc === undefined ? '' : 'AND doc_id = @doc';
    const params: Record<string, number> = doc === undefined ? {} : { doc };
    this.db.prepare(`UPDATE mentions SET resolved_id = entity_id WHERE resolved_id IS NULL ${inDoc}`).run(params);
    const moved = [...plan.moved];
    const candidates = this.db
      .prepare(
        `SELECT id, resolved_id AS resolved, text, entity_id AS entity FROM mentions
         WHERE (entity_id != resolved_id OR resolved_id IN ${this.db.dialect.jsonStrings('@moved')}) ${inDoc}`,
      )
      .all({ ...params, moved: JSON.stringify(moved) }) as { id: number; resolved: string; text: string; entity: string }[];
    const move = this.db.prepare('UPDATE mentions SET entity_id = ? WHERE id = ?');
    for (const mention of candidates) {
      const entity = plan.entityOf(mention.resolved, mention.text);
      if (entity !== mention.entity) move.run(entity, mention.id);
    }
    this.db.prepare('DELETE FROM curated_entities').run();
    const insert = this.db.prepare('INSERT INTO curated_entities (id, label, type, shown, created) VALUES (?, ?, ?, ?, ?)');
    for (const [id, change] of plan.overrides) {
      const shown = change.hidden !== true && change.mergedInto === undefined;
      insert.run(id, change.label ?? null, change.type ?? null, shown ? 1 : 0, change.created === true ? 1 : 0);
    }
  }
}
