/**
 * A registry replica (in an extraction worker) is fed with what `link` reported on the writer's
 * registry, not with the documents: it must then answer what extraction asks (knownType) as the
 * writer's registry does, and follow the same merges.
 */
import { EntityRegistry } from '../../server/resolve/registry';
import type { LocalEntity } from '../../server/resolve/document';
import { nameKey } from '../../server/extract/normalize';

function local(type: LocalEntity['type'], ...names: string[]): LocalEntity {
  return { type, label: names[0], keys: new Set(names.map(nameKey)), mentions: [0], reasons: [], canonical: false };
}

const documents: LocalEntity[][] = [
  [local('PERSON', 'Putin'), local('LOCATION', 'Kyiv', 'Kiev'), local('ORGANIZATION', 'Gazprom')],
  [local('PERSON', 'Vladimir Putin'), local('PERSON', 'Lavrov')],
  [local('PERSON', 'Sergei Lavrov'), local('LOCATION', 'Gazprom'), local('PERSON', 'Zelensky')],
  [local('PERSON', 'Volodymyr Zelensky'), local('ORGANIZATION', 'Kyiv Post')],
];

const asked = ['Putin', 'Vladimir Putin', 'Lavrov', 'Kiev', 'Kyiv', 'Gazprom', 'Zelensky', 'Kyiv Post', 'Nobody'];

describe('EntityRegistry.learn', () => {
  it('makes a replica that answers knownType and follows merges as the registry that linked', () => {
    const writer = new EntityRegistry();
    const replica = new EntityRegistry();
    const merged: string[] = [];
    for (const locals of documents) {
      const result = writer.link(locals);
      merged.push(...result.merged.map((m) => m.from));
      // What crosses to a worker thread is a copy.
      replica.learn(structuredClone(result));
      for (const name of asked) expect([name, replica.knownType(name)]).toEqual([name, writer.knownType(name)]);
    }
    expect(merged.length).toBeGreaterThan(0);
    for (const id of merged) expect(replica.canonicalId(id)).toBe(writer.canonicalId(id));
    expect(replica.size).toBe(writer.size);
    expect([...replica.all()].map((e) => [e.id, e.label])).toEqual([...writer.all()].map((e) => [e.id, e.label]));
  });
});
