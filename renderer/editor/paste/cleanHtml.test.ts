import { describe, expect, test } from 'vitest';
import { cleanHtml } from './cleanHtml';

describe('cleanHtml: Google Docs', () => {
  const docs = (inner: string) =>
    `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-aaaa-bbbb-cccccccccccc">${inner}</b><br class="Apple-interchange-newline">`;

  test('drops the not-bold wrapper, the styles and the trailing break', () => {
    const html = docs(
      '<p dir="ltr" style="line-height:1.38;margin-top:0pt"><span style="font-size:11pt;font-family:Arial;font-weight:400">The bridge reopens on Monday.</span></p>',
    );
    expect(cleanHtml(html)).toBe('<p>The bridge reopens on Monday.</p>');
  });

  test('turns styled spans into bold and italic', () => {
    const html = docs(
      '<p><span style="font-weight:400">Tolls are </span><span style="font-weight:700">suspended</span><span> until </span><span style="font-style:italic">further notice</span><span style="font-weight:bold;font-style:italic">!</span></p>',
    );
    expect(cleanHtml(html)).toBe('<p>Tolls are <strong>suspended</strong> until <em>further notice</em><em><strong>!</strong></em></p>');
  });

  test('keeps headings and lists, with the paragraph inside each item unwrapped', () => {
    const html = docs(
      '<h2 dir="ltr"><span style="font-size:16pt">Diversions</span></h2><ul style="padding-inline-start:48px"><li dir="ltr" style="list-style-type:disc" aria-level="1"><p dir="ltr" role="presentation"><span>Ring road</span></p></li><li aria-level="1"><p role="presentation"><span>Old quay</span></p></li></ul>',
    );
    expect(cleanHtml(html)).toBe('<h2>Diversions</h2><ul><li>Ring road</li><li>Old quay</li></ul>');
  });

  test('follows the google.com redirect of a link and drops comment markers and threads', () => {
    const html = docs(
      '<p><a href="https://www.google.com/url?q=https://example.org/tolls&amp;sa=D&amp;ust=1"><span style="color:#1155cc">toll notice</span></a><sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup></p><div style="border:1px solid black"><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>check date</span></p></div>',
    );
    expect(cleanHtml(html)).toBe('<p><a href="https://example.org/tolls">toll notice</a></p>');
  });
});

describe('cleanHtml: Word', () => {
  const word = (body: string) =>
    `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm;} --></style><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--></head><body lang=EN-GB><!--StartFragment-->${body}<!--EndFragment--></body></html>`;
  const item = (text: string, marker: string, level = 1) =>
    `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level${level} lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;</span></span></span><![endif]>${text}<o:p></o:p></p>`;

  test('keeps paragraphs, bold and italic, drops classes, o:p, empty paragraphs and smart tags', () => {
    const html = word(
      `<p class=MsoNormal>Fares rise <b>ten per cent</b> in <i>April</i>.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal><span lang=EN-US style='mso-ansi-language:EN-US'>Meeting at <st1:time Hour="18">6pm</st1:time>.</span></p>`,
    );
    expect(cleanHtml(html)).toBe('<p>Fares rise <b>ten per cent</b> in <i>April</i>.</p><p>Meeting at 6pm.</p>');
  });

  test('turns mso-list paragraphs into real lists, nested by level, without their typed bullets', () => {
    const html = word(item('Buy a ticket', '1.') + item('Validate it', '2.') + item('On the tram', 'o', 2) + `<p class=MsoNormal>After.</p>` + item('Next list', '·'));
    expect(cleanHtml(html)).toBe('<ol><li>Buy a ticket</li><li>Validate it<ul><li>On the tram</li></ul></li></ol><p>After.</p><ul><li>Next list</li></ul>');
  });

  test('drops conditional comments and VML shapes with their file paths', () => {
    const html = word(`<!--[if gte vml 1]><v:shape><v:imagedata src="file:///C:/clip_image001.png"/></v:shape><![endif]--><p class=MsoNormal>Caption below.</p>`);
    expect(cleanHtml(html)).toBe('<p>Caption below.</p>');
  });
});

describe('cleanHtml: hostile markup', () => {
  test.each([
    ['script', '<p>Before</p><script>window.__pwned=1</script><p>After</p>', '<p>Before</p><p>After</p>'],
    ['event handlers', '<p onclick="x()">Tap <b onmouseover="x()">here</b><img src=x onerror="x()"></p>', '<p>Tap <b>here</b></p>'],
    ['javascript: link', '<p><a href="javascript:alert(1)">Results</a> in</p>', '<p>Results in</p>'],
    ['tab-split javascript: link', '<p><a href="jav&#x09;ascript:alert(1)">Turnout</a></p>', '<p>Turnout</p>'],
    ['data: link', '<p><a href="data:text/html;base64,PHNjcmlwdD4=">Open</a></p>', '<p>Open</p>'],
    ['relative link', '<p><a href="/local">Local</a></p>', '<p>Local</p>'],
    ['iframe, object, embed', '<p>A</p><iframe src="https://example.org"></iframe><object data="x"></object><embed src="x"><p>B</p>', '<p>A</p><p>B</p>'],
    ['style element and attribute', '<style>p{color:red}</style><p style="background:url(javascript:x)">Styled</p>', '<p>Styled</p>'],
    ['svg and math', '<svg onload="x()"><circle r="1"/></svg><math><mtext><mglyph><style><img src=x onerror=x()></style></mglyph></mtext></math><p>Text</p>', '<p>Text</p>'],
    ['noscript mutation', '<noscript><p title="</noscript><img src=x onerror=x()>">Hidden</p></noscript><p>Shown</p>', '<p>Hidden</p><p>Shown</p>'],
    ['form, meta, base', '<meta http-equiv="refresh" content="0;url=javascript:x"><base href="javascript:x//"><form action="javascript:x"><button>Vote</button></form><p>End</p>', 'Vote<p>End</p>'],
  ])('%s', (_name, html, expected) => {
    expect(cleanHtml(html)).toBe(expected);
  });

  test('keeps https and mailto links', () => {
    expect(cleanHtml('<p><a href="https://example.org/a?b=1" target="_blank" rel="x">web</a> <a href="mailto:desk@example.org">mail</a></p>')).toBe(
      '<p><a href="https://example.org/a?b=1">web</a> <a href="mailto:desk@example.org">mail</a></p>',
    );
  });

  test('makes text-only divs paragraphs, so lines do not run together', () => {
    expect(cleanHtml('<div>First line</div><div>Second <b>line</b></div>')).toBe('<p>First line</p><p>Second <b>line</b></p>');
  });
});
