/** E-mails (.eml): sender, recipients, date and subject as the text's opening and as metadata; attachments not read. */
import { entitiesIn, makeEmail, onlyDocument, refusalOf } from '../helpers/documents';

const HEADERS = [
  'From: Anna Petrova <anna.petrova@example.org>',
  'To: John Smith <john.smith@example.com>, "Lavrov, Sergei" <press@example.ru>',
  'Cc: Maria Zakharova <mz@example.ru>',
  'Date: Tue, 15 Sep 2015 10:02:00 +0300',
  'Subject: Putin and Assad: notes from Dushanbe',
  'Message-ID: <1@example.org>',
];
const BODY = 'John,\r\n\r\nVladimir Putin told the summit in Dushanbe that Russia would keep arming Bashar al-Assad.\r\n\r\nAnna';

describe('an e-mail', () => {
  let email: Awaited<ReturnType<typeof onlyDocument>>;
  beforeAll(async () => {
    email = await onlyDocument('notes.eml', makeEmail({ headers: HEADERS, body: BODY }));
  });

  it('opens its text with the sender, recipients, date and subject, then the body', () => {
    expect(email.text).toBe(
      [
        'From: Anna Petrova <anna.petrova@example.org>',
        'To: John Smith <john.smith@example.com>, Lavrov, Sergei <press@example.ru>',
        'Cc: Maria Zakharova <mz@example.ru>',
        'Date: Tue, 15 Sep 2015 10:02:00 +0300',
        'Subject: Putin and Assad: notes from Dushanbe',
        '',
        'John,',
        '',
        'Vladimir Putin told the summit in Dushanbe that Russia would keep arming Bashar al-Assad.',
        '',
        'Anna',
      ].join('\n'),
    );
  });

  it('takes the subject for its title, the sender for its author and the date as written, from its header', () => {
    expect(email).toMatchObject({
      title: 'Putin and Assad: notes from Dushanbe',
      author: 'Anna Petrova',
      date: '2015-09-15',
      dateSource: 'header',
      sourcePath: 'notes.eml',
    });
  });

  it('yields the people it names, correspondents and body alike', () => {
    expect(entitiesIn(email.text)).toEqual(
      expect.arrayContaining(['PERSON Anna Petrova', 'PERSON John Smith', 'PERSON Vladimir Putin', 'PERSON Bashar al-Assad', 'LOCATION Dushanbe']),
    );
  });
});

describe('attachments', () => {
  it('reads the body of an e-mail with a 50 MB attachment, and not the attachment', async () => {
    const attachment = Buffer.alloc(50 * 1024 * 1024, 'Vladimir Putin ');
    const bytes = makeEmail({ headers: HEADERS, body: 'See the report attached.', attachments: [{ name: 'report.txt', content: attachment }] });
    const document = await onlyDocument('big.eml', bytes);
    expect(document.text.endsWith('Subject: Putin and Assad: notes from Dushanbe\n\nSee the report attached.')).toBe(true);
    expect(document.text.length).toBeLessThan(1000);
  });
});

describe('refused e-mails', () => {
  it('refuses a file with none of the headers of an e-mail', async () => {
    expect(await refusalOf('notes.eml', Buffer.from('Just some text.\r\n\r\nAnd more.'))).toBe(
      'notes.eml: is not an e-mail (it has no From, To, Date or Subject header)',
    );
  });

  it('refuses an e-mail with neither subject nor body', async () => {
    expect(await refusalOf('blank.eml', makeEmail({ headers: ['From: a@example.org'], body: '' }))).toBe('blank.eml: has neither a subject nor a body to read');
  });
});
