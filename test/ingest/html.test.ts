import { htmlToDocument, MAX_HTML_DEPTH } from '../../server/ingest/html';

const origin = { name: 'pages/putin-syria.html', sourcePath: 'pages/putin-syria.html' };
const read = (html: string) => htmlToDocument(html, origin);

/** A news page as publishers serve it: metadata, scripts, site chrome around one article. */
const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Putin confirms Russian military involvement | The Telegraph</title>
  <meta property="og:title" content="Vladimir Putin confirms Russian military involvement in Syria&#39;s civil war">
  <meta property="og:site_name" content="The Telegraph">
  <meta name="author" content="Roland Oliphant">
  <meta property="article:published_time" content="2015-09-04T13:45:00+01:00">
  <style>.headline { font-family: "STYLE-PAYLOAD"; }</style>
  <script>window.tracking = "SCRIPT-PAYLOAD"; document.write("<p>written by script</p>");</script>
</head>
<body>
  <header class="site"><a href="/">The Telegraph</a> <span>HEADER-PAYLOAD</span></header>
  <nav><ul><li><a href="/news">News</a></li><li>NAV-PAYLOAD</li></ul></nav>
  <div role="navigation">ROLE-NAV-PAYLOAD</div>
  <div role="banner">ROLE-BANNER-PAYLOAD</div>
  <main>
    <article>
      <h1>Vladimir Putin confirms Russian military involvement</h1>
      <p>Russia is providing &ldquo;serious&rdquo; training and logistical support to the Syrian army,
         <a href="/putin">Vladimir   Putin</a> has said.</p>
      <script type="application/ld+json">{"headline": "LDJSON-PAYLOAD"}</script>
      <aside>ASIDE-PAYLOAD: read more</aside>
      <p>&ldquo;To say we&#8217;re ready to do this today &ndash; so far it&rsquo;s premature,&rdquo; Mr&nbsp;Putin said.</p>
      <form><label>FORM-PAYLOAD</label><input name="email"></form>
      <noscript>NOSCRIPT-PAYLOAD</noscript>
      <template>TEMPLATE-PAYLOAD</template>
      <svg><text>SVG-PAYLOAD</text></svg>
      <iframe src="/ad">IFRAME-PAYLOAD</iframe>
      <!-- COMMENT-PAYLOAD -->
    </article>
  </main>
  <div role="contentinfo">ROLE-CONTENTINFO-PAYLOAD</div>
  <footer>FOOTER-PAYLOAD &copy; Telegraph Media Group</footer>
</body>
</html>`;

describe('htmlToDocument on a news page', () => {
  const document = read(NEWS_PAGE);

  it('keeps the article text, one paragraph per block', () => {
    expect(document.text).toBe(
      [
        'Vladimir Putin confirms Russian military involvement',
        'Russia is providing “serious” training and logistical support to the Syrian army, Vladimir Putin has said.',
        '“To say we’re ready to do this today – so far it’s premature,” Mr Putin said.',
      ].join('\n\n'),
    );
  });

  it.each([
    'SCRIPT',
    'STYLE',
    'LDJSON',
    'HEADER',
    'NAV',
    'ROLE-NAV',
    'ROLE-BANNER',
    'ROLE-CONTENTINFO',
    'ASIDE',
    'FORM',
    'NOSCRIPT',
    'TEMPLATE',
    'SVG',
    'IFRAME',
    'COMMENT',
    'FOOTER',
  ])('drops the %s payload from the text', (payload) => {
    expect(document.text).not.toContain(`${payload}-PAYLOAD`);
  });

  it('never lets text written by a <script> into the document', () => {
    expect(document.text).not.toContain('written by script');
  });

  it('takes the title of an HTML page from og:title', () => {
    expect(document.title).toBe("Vladimir Putin confirms Russian military involvement in Syria's civil war");
  });

  it('takes the outlet from og:site_name', () => {
    expect(document.outlet).toBe('The Telegraph');
  });

  it("takes the date from article:published_time, as written in the publisher's time zone", () => {
    expect(document.date).toBe('2015-09-04');
  });

  it('records the source path', () => {
    expect(document.sourcePath).toBe('pages/putin-syria.html');
  });
});

describe('htmlToDocument titles', () => {
  it('falls back to <title> when there is no og:title', () => {
    expect(read('<title>Putin &amp; Assad\n  meet</title><p>Body</p>').title).toBe('Putin & Assad meet');
  });

  it('falls back to the first <h1> when there is no <title>', () => {
    expect(read('<body><h1>First <em>headline</em></h1><h1>Second</h1><p>Body</p></body>').title).toBe('First headline');
  });

  it('falls back to the file name when the page has no title at all', () => {
    expect(read('<p>Body</p>').title).toBe('putin-syria');
  });

  it('ignores an empty og:title', () => {
    expect(read('<meta property="og:title" content="  "><title>Real title</title><p>Body</p>').title).toBe('Real title');
  });
});

describe('htmlToDocument addresses', () => {
  it('takes the URL from og:url, else from the canonical link', () => {
    expect(
      read('<meta property="og:url" content="https://www.telegraph.co.uk/putin"><link rel="canonical" href="https://example.com/other"><p>Body</p>').url,
    ).toBe('https://www.telegraph.co.uk/putin');
    expect(read('<link rel="canonical" href="https://www.telegraph.co.uk/putin"><p>Body</p>').url).toBe('https://www.telegraph.co.uk/putin');
  });

  it('keeps no address that is not http or https', () => {
    expect(read('<link rel="canonical" href="javascript:alert(1)"><p>Body</p>')).not.toHaveProperty('url');
  });
});

describe('htmlToDocument outlets', () => {
  it('takes the outlet from <meta name="publisher"> when there is no og:site_name', () => {
    expect(read('<meta name="publisher" content="Reuters"><p>Body</p>').outlet).toBe('Reuters');
  });

  it('takes the outlet from application-name as a last resort', () => {
    expect(read('<meta name="application-name" content="IBTimes UK"><p>Body</p>').outlet).toBe('IBTimes UK');
  });

  it('does not take the author for the outlet', () => {
    expect(read('<meta name="author" content="Roland Oliphant"><p>Body</p>')).not.toHaveProperty('outlet');
  });
});

describe('htmlToDocument dates', () => {
  it('takes the date from <meta name="date">', () => {
    expect(read('<meta name="date" content="2015-09-04"><p>Body</p>').date).toBe('2015-09-04');
  });

  it('takes the date from <meta itemprop="datePublished">', () => {
    expect(read('<meta itemprop="datePublished" content="September 4, 2015"><p>Body</p>').date).toBe('2015-09-04');
  });

  it('falls back to the first <time datetime> of the article', () => {
    const html = '<article><time datetime="2015-09-04T10:00">Friday</time><p>Body</p><time datetime="2015-09-05">later</time></article>';
    expect(read(html).date).toBe('2015-09-04');
  });

  it('passes over a date it cannot read for the next source of a date', () => {
    const html = '<meta property="article:published_time" content="last Friday"><meta name="date" content="4 September 2015"><p>Body</p>';
    expect(read(html).date).toBe('2015-09-04');
  });

  it('gives no date when the page has none', () => {
    expect(read('<p>Body</p>')).not.toHaveProperty('date');
  });
});

describe('htmlToDocument text', () => {
  it('prefers <article> to <main> and <main> to <body>', () => {
    expect(read('<body><p>Body only</p><main><p>Main</p><article><p>Article</p></article></main></body>').text).toBe('Article');
    expect(read('<body><p>Body only</p><main><p>Main</p></main></body>').text).toBe('Main');
    expect(read('<body><p>Body only</p></body>').text).toBe('Body only');
  });

  it('takes the longest <article> when a page also lists related stories as articles', () => {
    const html = '<article><p>Related: short</p></article><article><p>The story itself, which is longer.</p></article>';
    expect(read(html).text).toBe('The story itself, which is longer.');
  });

  it('keeps comments marked up as articles inside the story with the story', () => {
    const html = '<article><p>The story.</p><article><p>A reader’s comment.</p></article></article>';
    expect(read(html).text).toBe('The story.\n\nA reader’s comment.');
  });

  it('does not take an <article> inside an <aside>', () => {
    const html = '<body><p>The story itself, which is the page.</p><aside><article>Related story</article></aside></body>';
    expect(read(html).text).toBe('The story itself, which is the page.');
  });

  it('reads a fragment without <html> or <body>', () => {
    expect(read('Putin <b>said</b> so.')).toMatchObject({ text: 'Putin said so.' });
  });

  it('keeps the <title> out of the text even when a fragment has no <head>', () => {
    expect(read('<title>Headline</title><p>Body</p>')).toMatchObject({ title: 'Headline', text: 'Body' });
  });

  it('separates blocks by exactly one blank line, however deep or empty they are', () => {
    const html =
      '<div><div><h2>Heading</h2></div><div></div><p> </p><section><blockquote><p>Quote</p></blockquote></section><ul><li>One</li><li>Two</li></ul></div>';
    expect(read(html).text).toBe('Heading\n\nQuote\n\nOne\n\nTwo');
  });

  it('turns <br> into a paragraph break', () => {
    expect(read('<p>First line<br>second line<br/><br/>third</p>').text).toBe('First line\n\nsecond line\n\nthird');
  });

  it('keeps text around a block as paragraphs of their own', () => {
    expect(read('<div>Before<p>Inside</p>after</div>').text).toBe('Before\n\nInside\n\nafter');
  });

  it('collapses inline whitespace to one space without splitting inline elements', () => {
    expect(read('<p>  Vladimir\n\t <b>Putin</b>   <i>has</i><span> said</span>  </p>').text).toBe('Vladimir Putin has said');
  });

  it('does not add spaces where inline markup splits a word', () => {
    expect(read('<p>Pu<b>tin</b>’s</p>').text).toBe('Putin’s');
  });

  it('decodes named, decimal and hexadecimal entities', () => {
    expect(read('<p>AT&amp;T &lt;b&gt; caf&eacute; &#8220;x&#8221; &#x2014; &euro;5</p>').text).toBe('AT&T <b> café “x” — €5');
  });

  it('reads a no-break space as a space', () => {
    expect(read('<p>Mr&nbsp;Putin&nbsp;&nbsp;said</p>').text).toBe('Mr Putin said');
  });

  it('keeps table rows apart and their cells separated by a space', () => {
    expect(read('<table><tr><th>Name</th><th>Role</th></tr><tr><td>Putin</td><td>President</td></tr></table>').text).toBe('Name Role\n\nPutin President');
  });

  it('drops hidden elements', () => {
    expect(read('<p>Visible</p><div hidden>HIDDEN-PAYLOAD</div><span aria-hidden="true">ICON-PAYLOAD</span>').text).toBe('Visible');
  });

  it('drops an element whose role list includes navigation', () => {
    expect(read('<p>Story</p><ul role="menu navigation"><li>Menu</li></ul>').text).toBe('Story');
  });

  it('reads markup nested as deep as the limit without overflowing the stack', () => {
    const depth = MAX_HTML_DEPTH;
    const html = `${'<div>'.repeat(depth)}Deep${'</div>'.repeat(depth)}`;
    expect(read(html).text).toBe('Deep');
  });

  it('refuses markup nested deeper than the limit, saying so', () => {
    const html = `${'<div>'.repeat(100_000)}Deep${'</div>'.repeat(100_000)}`;
    expect(() => read(html)).toThrow(expect.objectContaining({ name: 'InputError', message: expect.stringMatching(/nested more than 500 elements deep/) }));
  });

  it('refuses a page with no readable text', () => {
    const html = '<html><head><title>Empty</title><script>var x = 1;</script></head><body><nav>Home</nav></body></html>';
    expect(() => read(html)).toThrow(expect.objectContaining({ name: 'InputError', message: 'pages/putin-syria.html: contains no readable text' }));
  });
});
