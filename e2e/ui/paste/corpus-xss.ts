import type { PasteFixture } from './fixture';

// Hostile clipboard content. Each payload would set window.__pwned (or call it) if any part of it
// ran; the visible words around it must still arrive as text.
const PWN = 'window.__pwned=(window.__pwned||0)+1';

export const xssFixtures: PasteFixture[] = [
  { name: 'xss: script element', html: `<p>Before</p><script>${PWN}</script><p>After</p>`, expect: { text: ['Before', 'After'] } },
  { name: 'xss: img onerror', html: `<p>Photo <img src="x" onerror="${PWN}"> caption</p>`, expect: { text: ['Photo', 'caption'] } },
  { name: 'xss: svg onload', html: `<p>Chart</p><svg onload="${PWN}"><circle r="5"/></svg>`, expect: { text: ['Chart'] } },
  {
    name: 'xss: javascript: link',
    html: `<p>Click <a href="javascript:${PWN}">here</a> for results</p>`,
    expect: { text: ['Click here for results'], absent: ['javascript'] },
  },
  {
    name: 'xss: entity-encoded javascript: link',
    html: `<p><a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${PWN}">Results</a> are in</p>`,
    expect: { text: ['Results are in'] },
  },
  {
    name: 'xss: tab-split javascript: link',
    html: `<p><a href="jav&#x09;ascript:${PWN}">Turnout</a> was high</p>`,
    expect: { text: ['Turnout was high'] },
  },
  {
    name: 'xss: data: URL link',
    html: `<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Open</a> the report</p>`,
    expect: { text: ['Open the report'], absent: ['data:'] },
  },
  { name: 'xss: iframe', html: `<p>Video</p><iframe src="https://example.org/embed" onload="${PWN}"></iframe><p>below</p>`, expect: { text: ['Video', 'below'] } },
  {
    name: 'xss: style element and style attribute',
    html: `<style>body{background:url("javascript:${PWN}")}</style><p style="background-image:url(javascript:${PWN})">Styled text</p>`,
    expect: { text: ['Styled text'] },
  },
  { name: 'xss: object and embed', html: `<p>Plugin</p><object data="x.swf"></object><embed src="x.swf"><p>end</p>`, expect: { text: ['Plugin', 'end'] } },
  {
    name: 'xss: noscript mutation',
    html: `<noscript><p title="</noscript><img src=x onerror=${PWN}>">Fallback</p></noscript><p>Visible</p>`,
    expect: { text: ['Visible'] },
  },
  {
    name: 'xss: math/mglyph namespace confusion',
    html: `<math><mtext><table><mglyph><style><img src=x onerror="${PWN}"></style></mglyph></table></mtext></math><p>Equation</p>`,
    expect: { text: ['Equation'] },
  },
  { name: 'xss: form with formaction button', html: `<form action="javascript:${PWN}"><button formaction="javascript:${PWN}">Vote</button></form><p>Poll closed</p>`, expect: { text: ['Poll closed'] } },
  { name: 'xss: meta refresh', html: `<meta http-equiv="refresh" content="0;url=javascript:${PWN}"><p>Moved</p>`, expect: { text: ['Moved'] } },
  { name: 'xss: details ontoggle', html: `<details open ontoggle="${PWN}"><summary>More</summary><p>Hidden detail</p></details>`, expect: { text: ['Hidden detail'] } },
  { name: 'xss: onmouseover on bold text', html: `<p><b onmouseover="${PWN}">Breaking</b>: storm warning</p>`, expect: { bold: ['Breaking'], text: [': storm warning'] } },
  { name: 'xss: base href hijack', html: `<base href="javascript:${PWN}//"><p><a href="/local">Local</a> link</p>`, expect: { text: ['Local link'] } },
];
