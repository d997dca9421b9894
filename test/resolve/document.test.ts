import { extractMentions } from '../../server/extract/mentions';
import { initials, resolveDocument, surnameKey } from '../../server/resolve/document';
import { realLexicon } from '../helpers/fixtures';

function entities(text: string) {
  const { mentions } = extractMentions(text, realLexicon());
  return resolveDocument(text, mentions).map((e) => ({
    label: e.label,
    type: e.type,
    names: [
      ...new Set(
        e.mentions
          .map((i) => mentions[i])
          .filter((m) => m.source === 'text')
          .map((m) => m.text),
      ),
    ],
    reasons: e.reasons.map((r) => r.reason),
  }));
}

describe('resolveDocument', () => {
  it('merges "Mr Putin" and "Putin" into "Vladimir Putin"', () => {
    const people = entities('Vladimir Putin spoke. Mr Putin said more. Putin left.').filter((e) => e.type === 'PERSON');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ label: 'Vladimir Putin', names: ['Vladimir Putin', 'Putin'] });
    expect(people[0].reasons).toContain('surname');
  });

  it('merges a surname written with a particle: "Assad" into "Bashar al-Assad"', () => {
    const people = entities('Bashar al-Assad is in Damascus. Mr Assad stayed.').filter((e) => e.type === 'PERSON');
    expect(people.map((p) => p.label)).toEqual(['Bashar al-Assad']);
  });

  it('joins an acronym defined in brackets to its expansion', () => {
    const orgs = entities('The Shanghai Cooperation Organization (SCO) met. The SCO agreed.').filter((e) => e.type === 'ORGANIZATION');
    expect(orgs).toHaveLength(1);
    expect(orgs[0].names).toEqual(expect.arrayContaining(['Shanghai Cooperation Organization', 'SCO']));
  });

  it('merges lexicon variants (Isis, ISIS, Isil) under the canonical name', () => {
    const [group] = entities('Islamic State of Iraq and the Levant (Isil) fighters. Isis attacked. ISIS retreated.');
    expect(group.label).toBe('Islamic State of Iraq and the Levant');
    expect(group.names).toEqual(expect.arrayContaining(['Isil', 'Isis', 'ISIS', 'Islamic State of Iraq and the Levant']));
  });

  it('links nationality words to their country', () => {
    const [russia] = entities('Russia acted. Russian analysts disagreed.');
    expect(russia).toMatchObject({ label: 'Russia', type: 'LOCATION', names: ['Russia', 'Russian'] });
    expect(russia.reasons).toContain('nationality');
  });

  it('keeps two people with different surnames apart', () => {
    expect(entities('Peter Cook met Khaled Khoja. Cook left.').filter((e) => e.type === 'PERSON')).toHaveLength(2);
  });
});

describe('name keys', () => {
  it('takes the surname after particles and hyphens', () => {
    expect(surnameKey('Bashar al-Assad')).toBe('assad');
  });
  it('takes initials of significant words only', () => {
    expect(initials('Islamic State of Iraq and the Levant')).toBe('isil');
  });
});

describe('resolveDocument with particle names', () => {
  it('joins "al-Rashidi" to "Abu Salim al-Rashidi" named before it', () => {
    const text = 'Abu Salim al-Rashidi ran the cell. Later al-Rashidi left the country.';
    const mentions = extractMentions(text, realLexicon()).mentions;
    const people = resolveDocument(text, mentions).filter((e) => e.type === 'PERSON');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ label: 'Abu Salim al-Rashidi' });
    expect(people[0].reasons.map((r) => r.reason)).toContain('surname');
  });
});
