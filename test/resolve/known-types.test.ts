/**
 * What extraction asks of the corpus (knownType), kept alone by an extraction worker and fed with
 * what `link` reported on the writer's registry: it must answer as the writer's registry does.
 */
import { EntityRegistry } from '../../server/resolve/registry';
import { KnownTypes } from '../../server/resolve/known-types';
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

const asked = ['Putin', 'Vladimir Putin', 'Lavrov', 'Sergei Lavrov', 'Kiev', 'Kyiv', 'Gazprom', 'Zelensky', 'Kyiv Post', 'Nobody'];

describe('KnownTypes', () => {
  it('fed with link results, answers knownType as the registry that linked, document after document', () => {
    const writer = new EntityRegistry();
    const worker = new KnownTypes();
    const answers: string[] = [];
    for (const locals of documents) {
      // What crosses to a worker thread is a copy.
      worker.learn(structuredClone(writer.link(locals)));
      for (const name of asked) {
        expect([name, worker.knownType(name)]).toEqual([name, writer.knownType(name)]);
        answers.push(`${name}:${worker.knownType(name)}`);
      }
    }
    // The answers change as the corpus grows: a lone surname becomes a person's, a name of two types has none.
    expect(answers).toContain('Lavrov:PERSON');
    expect(answers).toContain('Gazprom:ORGANIZATION');
    expect(answers).toContain('Gazprom:undefined');
    expect(answers).toContain('Nobody:undefined');
  });

  it('starts from the stored registry as the restored registry does', () => {
    const writer = new EntityRegistry();
    for (const locals of documents) writer.link(locals);
    const entities = [...writer.all()];
    const keys = documents.flatMap((locals) =>
      locals.flatMap((l) => [...l.keys].map((key) => ({ key: `${l.type}|${key}`, entity: '', reason: 'same-name' as const }))),
    );
    const restored = EntityRegistry.from(entities, keys);
    const known = KnownTypes.from(entities, keys);
    for (const name of asked) expect([name, known.knownType(name)]).toEqual([name, restored.knownType(name)]);
    expect(known.knownType('Zelensky')).toBe('PERSON');
  });
});
