import { EntityRegistry } from '../../server/resolve/registry';
import type { LocalEntity } from '../../server/resolve/document';
import { nameKey } from '../../server/extract/normalize';
import { edgeKey } from '#model/edge-key';
import { buildGraph } from '../../server/graph/cooccurrence';

function local(type: LocalEntity['type'], ...names: string[]): LocalEntity {
  return { type, label: names[0], keys: new Set(names.map(nameKey)), mentions: [0], reasons: [], canonical: false };
}

describe('EntityRegistry', () => {
  it('links the same name in two documents to one entity, whatever the case and dots', () => {
    const registry = new EntityRegistry();
    const [a] = registry.link([local('LOCATION', 'U.S.')]).ids;
    const [b] = registry.link([local('LOCATION', 'US')]).ids;
    expect(b).toBe(a);
  });

  it('links a lone surname to the one person who carries it', () => {
    const registry = new EntityRegistry();
    const [putin] = registry.link([local('PERSON', 'Vladimir Putin')]).ids;
    const later = registry.link([local('PERSON', 'Putin')]);
    expect(later.ids[0]).toBe(putin);
    expect(later.created).toEqual([]);
  });

  it('merges a surname seen alone first into the full name that comes later', () => {
    const registry = new EntityRegistry();
    const [lone] = registry.link([local('PERSON', 'Putin')]).ids;
    const result = registry.link([local('PERSON', 'Vladimir Putin')]);
    expect(result.merged).toEqual([{ from: lone, into: result.ids[0], reason: 'surname' }]);
    expect(registry.canonicalId(lone)).toBe(result.ids[0]);
  });

  it('does not guess when two people share a surname', () => {
    const registry = new EntityRegistry();
    registry.link([local('PERSON', 'Barack Obama'), local('PERSON', 'Michelle Obama')]);
    const { created } = registry.link([local('PERSON', 'Obama')]);
    expect(created).toHaveLength(1);
  });

  it('keeps names of different types apart', () => {
    const registry = new EntityRegistry();
    const [place] = registry.link([local('LOCATION', 'Jordan')]).ids;
    const [person] = registry.link([local('PERSON', 'Jordan')]).ids;
    expect(person).not.toBe(place);
  });

  it('makes readable, unique ids', () => {
    const registry = new EntityRegistry();
    const ids = registry.link([local('PERSON', 'Bashar al-Assad'), local('LOCATION', 'Bashar al-Assad')]).ids;
    expect(ids).toEqual(['bashar-al-assad', 'bashar-al-assad-2']);
  });

  it("numbers an id that is also a name on Object's prototype, which graphology's links would take for a link", () => {
    const registry = new EntityRegistry();
    const ids = registry.link([local('ORGANIZATION', 'Constructor'), local('PERSON', 'Assad')]).ids;
    expect(ids).toEqual(['constructor-2', 'assad']);
    const graph = buildGraph(
      ids.map((id) => ({ id, label: id, type: 'ORGANIZATION' as const, mentions: 1, documents: 1, reports: 0 })),
      ids.map((entity) => ({ doc: 1, unit: 0, entity })),
    );
    expect(graph.hasEdge(edgeKey('assad', 'constructor-2'))).toBe(true);
  });

  it('finds an entity by any name it is known by, following merges', () => {
    const registry = new EntityRegistry();
    const [isil] = registry.link([local('ORGANIZATION', 'Islamic State of Iraq and the Levant', 'Isis')]).ids;
    const [lone] = registry.link([local('PERSON', 'Putin')]).ids;
    const [putin] = registry.link([local('PERSON', 'Vladimir Putin')]).ids;
    expect(registry.search('isis')).toEqual(new Set([isil]));
    expect(registry.search('putin')).toEqual(new Set([putin]));
    expect(registry.search('putin').has(lone)).toBe(false);
  });
});
