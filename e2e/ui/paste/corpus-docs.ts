import type { PasteFixture } from './fixture';

// Imitations of what Google Docs puts on the clipboard: a <b> wrapper with a docs-internal-guid
// id and font-weight:normal, formatting expressed only as inline styles on spans, and
// <meta charset> plus <br class="Apple-interchange-newline"> around the content.
const wrap = (inner: string) =>
  `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-4f2a9c1e-7fff-1b2c-3d4e-5f6a7b8c9d0e">${inner}</b><br class="Apple-interchange-newline">`;
const p = (inner: string) =>
  `<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;vertical-align:baseline;white-space:pre-wrap;">${inner}</span></p>`;
const bold = (text: string) =>
  `</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:700;white-space:pre-wrap;">${text}</span><span style="font-size:11pt;font-weight:400;">`;
const italic = (text: string) =>
  `</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-style:italic;font-weight:400;white-space:pre-wrap;">${text}</span><span style="font-size:11pt;font-weight:400;">`;

export const googleDocsFixtures: PasteFixture[] = [
  {
    name: 'docs: plain paragraphs',
    html: wrap(p('The river rose forty centimetres overnight.') + p('Sandbags were handed out at the fire station.')),
    expect: { paragraphs: ['The river rose forty centimetres overnight.', 'Sandbags were handed out at the fire station.'] },
  },
  {
    name: 'docs: bold by font-weight',
    html: wrap(p(`Residents were told to ${bold('boil their water')} until Thursday.`)),
    expect: { bold: ['boil their water'], text: ['until Thursday.'] },
  },
  {
    name: 'docs: italic by font-style',
    html: wrap(p(`The mayor called it ${italic('a temporary measure')}.`)),
    expect: { italic: ['a temporary measure'] },
  },
  {
    name: 'docs: heading 2 and 3',
    html: wrap(
      `<h2 dir="ltr" style="margin-top:18pt;"><span style="font-size:16pt;font-weight:400;">What happens next</span></h2>` +
        p('The council meets on Monday.') +
        `<h3 dir="ltr"><span style="font-size:13.999999999999998pt;color:#434343;">Who is affected</span></h3>`,
    ),
    expect: { headings: ['What happens next', 'Who is affected'] },
  },
  {
    name: 'docs: heading 1 becomes a body heading',
    html: wrap(`<h1 dir="ltr"><span style="font-size:20pt;">Flood warning lifted</span></h1>`),
    expect: { headings: ['Flood warning lifted'] },
  },
  {
    name: 'docs: bulleted list',
    html: wrap(
      `<ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" role="presentation" style="line-height:1.38;"><span style="font-size:11pt;">Bread</span></p></li><li dir="ltr" style="list-style-type:disc;" aria-level="1"><p dir="ltr" role="presentation"><span style="font-size:11pt;">Bottled water</span></p></li></ul>`,
    ),
    expect: { listItems: ['Bread', 'Bottled water'] },
  },
  {
    name: 'docs: numbered list',
    html: wrap(
      `<ol style="margin-top:0;"><li dir="ltr" style="list-style-type:decimal;" aria-level="1"><p dir="ltr" role="presentation"><span>Close the windows</span></p></li><li dir="ltr" style="list-style-type:decimal;" aria-level="1"><p dir="ltr" role="presentation"><span>Move valuables upstairs</span></p></li></ol>`,
    ),
    expect: { listItems: ['Close the windows', 'Move valuables upstairs'] },
  },
  {
    name: 'docs: link with tracking wrapper',
    html: wrap(
      p(`Read the <a href="https://example.org/flood-map" style="text-decoration:none;"><span style="font-size:11pt;color:#1155cc;text-decoration:underline;">flood map</span></a> before you travel.`),
    ),
    expect: { links: [['flood map', 'https://example.org/flood-map']] },
  },
  {
    name: 'docs: Cyrillic paragraph with bold',
    html: wrap(p(`Жителям советуют ${bold('не выходить из дома')} без необходимости.`)),
    expect: { bold: ['не выходить из дома'], text: ['Жителям советуют'] },
  },
  {
    name: 'docs: comment anchors and suggestion ids are dropped',
    html: wrap(
      p(`Officials<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup> confirmed the closure.`) +
        `<div style="border:1px solid black;padding:5pt;"><p><a href="#cmnt_ref1" id="cmnt1">[a]</a><span>check the name</span></p></div>`,
    ),
    expect: { text: ['confirmed the closure.'], absent: ['#cmnt1'] },
  },
];
