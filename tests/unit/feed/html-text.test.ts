import { describe, expect, it } from 'vitest';
import { htmlToPlainText, libraryHtmlToText, simpleHtmlToText } from '../../../shared/domain/feed/html-text.js';

const tidy = (s: string) => s.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();

// The fast path must say what html-to-text says; these are the shapes feed content takes.
const SAMPLES = [
  '<p>Leaders <a href="https://x">met</a> in <b>Geneva</b>.</p><p>Second &amp; third&nbsp;x.</p>',
  'a<br>b<br/>c',
  '<ul><li>one</li><li>two</li></ul>after',
  '<ol><li>a</li><li>b</li></ol>',
  '<h2>Head</h2>text<div>div1</div><div>div2</div>',
  '<blockquote><p>q1</p><p>q2</p></blockquote>x',
  'x<!-- comment -->y',
  '<p>a</p><script>var x = 1 < 2;</script><p>b</p>',
  '<p>say &ldquo;no&rdquo; &#8212; &#x41;</p>',
  '<div><img src="x.png">caption</div>',
  '<p>a<iframe src="y"></iframe>b</p>',
  'intro <p>para</p> outro',
  'line<br><br>gap',
  '<div><p>x</p></div><div>y</div>',
  '<p>code:</p><pre>a = 1\n  b = 2\n</pre><p>after</p>',
];

describe('Function: htmlToPlainText', () => {
  it.each(SAMPLES)('matches html-to-text on %j', (html) => {
    const fast = simpleHtmlToText(html);
    expect(fast).toBeDefined();
    expect(tidy(fast!)).toBe(tidy(libraryHtmlToText(html)));
    expect(htmlToPlainText(html)).toBe(fast);
  });

  it('hands unknown entities and forms to html-to-text', () => {
    expect(simpleHtmlToText('<p>&infin; loops</p>')).toBeUndefined();
    expect(htmlToPlainText('<p>&infin; loops</p>')).toBe('∞ loops');
    expect(htmlToPlainText('<form><textarea>typed</textarea></form>')).toContain('typed');
  });

  it('leaves plain text alone apart from spacing', () => {
    expect(htmlToPlainText('  Plain   text\n\n\n\nnext  ')).toBe('Plain text\n\nnext');
  });
});
