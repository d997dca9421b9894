/** The charset of markup: a byte-order mark, the XML declaration, or a meta tag, as browsers read them. */
import iconv from 'iconv-lite';
import { declaredCharset, decodeMarkup } from '../../server/ingest/charset';
import { onlyDocument, refusalOf } from '../helpers/documents';

const latin = (text: string, charset = 'windows-1252'): Buffer => iconv.encode(text, charset);

describe('decodeMarkup', () => {
  it('decodes a page in Windows-1252 that says so in <meta charset>: curly quotes, dashes, the euro', () => {
    const page = latin('<html><head><meta charset="windows-1252"></head><body><p>“Merkel’s plan” – €6.5bn for Zürich</p></body></html>');
    expect(decodeMarkup(page, 'old.html')).toContain('<p>“Merkel’s plan” – €6.5bn for Zürich</p>');
  });

  it('reads a page labelled ISO-8859-1 in an http-equiv meta as Windows-1252, as browsers do', () => {
    const page = latin('<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"></head><body>Hollande’s café</body></html>');
    expect(decodeMarkup(page, 'old.htm')).toContain('Hollande’s café');
  });

  it('reads the encoding of an XML declaration', () => {
    const feed = latin('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Le Monde – Europe</title></channel></rss>');
    expect(decodeMarkup(feed, 'feed.rss')).toContain('<title>Le Monde – Europe</title>');
  });

  it('lets a byte-order mark win over what the markup declares', () => {
    const page = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<meta charset="windows-1252"><p>Zürich</p>', 'utf8')]);
    expect(decodeMarkup(page, 'bom.html')).toBe('<meta charset="windows-1252"><p>Zürich</p>');
  });

  it('decodes undeclared and UTF-8 markup strictly, refusing bytes that are not UTF-8 with a hint', () => {
    expect(decodeMarkup(Buffer.from('<meta charset="utf-8"><p>Zürich</p>'), 'a.html')).toBe('<meta charset="utf-8"><p>Zürich</p>');
    expect(() => decodeMarkup(latin('<p>Zürich</p>'), 'b.html')).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^b\.html: is not valid UTF-8 text/) }),
    );
  });

  it('refuses a charset it cannot decode, naming it', () => {
    expect(() => decodeMarkup(Buffer.from('<meta charset="x-klingon"><p>Qapla’</p>'), 'k.html')).toThrow(
      expect.objectContaining({ name: 'InputError', message: "k.html: declares the charset 'x-klingon', which Plexus cannot decode" }),
    );
  });
});

describe('declaredCharset', () => {
  it.each([
    ['<?xml version="1.0" encoding="windows-1251"?><rss/>', 'windows-1251'],
    ['<html><head><META CHARSET=ISO-8859-15>', 'iso-8859-15'],
    ['<meta content="text/html; charset=koi8-r" http-equiv="content-type">', 'koi8-r'],
    ['<html><head><title>No charset</title>', undefined],
  ])('finds in %s the charset %s', (markup, charset) => {
    expect(declaredCharset(Buffer.from(markup))).toBe(charset);
  });

  it('looks no further than the first 1024 bytes, as browsers do', () => {
    expect(declaredCharset(Buffer.from(`<html>${' '.repeat(1100)}<meta charset="windows-1252">`))).toBeUndefined();
  });
});

describe('a saved page in Windows-1252', () => {
  it('reads as text, title and entities like any other page', async () => {
    const page = latin(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Sarkozy’s return</title></head>' +
        '<body><p>Nicolas Sarkozy said on Sunday that François Hollande had “failed France”.</p></body></html>',
    );
    expect(await onlyDocument('sarkozy.html', page)).toMatchObject({
      title: 'Sarkozy’s return',
      text: 'Nicolas Sarkozy said on Sunday that François Hollande had “failed France”.',
    });
  });

  it('is refused when it declares nothing, with the hint to save it as UTF-8', async () => {
    expect(await refusalOf('old.html', latin('<p>Hollande’s café</p>'))).toMatch(/^old\.html: is not valid UTF-8 text .*Windows-1252/);
  });
});
