import type { PasteFixture } from './fixture';

// Imitations of Microsoft Word's clipboard HTML: an Office namespace preamble, a <style> block
// of Mso classes, conditional comments, <o:p> elements, and lists written as paragraphs whose
// bullets live in mso-list spans inside [if !supportLists] comments.
const doc = (body: string) =>
  `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} @list l0:level1 {mso-level-number-format:bullet;} --></style><!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]--></head><body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->${body}<!--EndFragment--></body></html>`;
const mso = (inner: string) => `<p class=MsoNormal>${inner}<o:p></o:p></p>`;
const bullet = (text: string, marker = '·') =>
  `<p class=MsoListParagraphCxSpMiddle style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>${marker}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span></span><![endif]>${text}<o:p></o:p></p>`;

export const wordFixtures: PasteFixture[] = [
  {
    name: 'word: normal paragraphs',
    html: doc(mso('The ferry timetable changes on Sunday.') + mso('Passengers should check the harbour notice board.')),
    expect: { paragraphs: ['The ferry timetable changes on Sunday.', 'Passengers should check the harbour notice board.'] },
  },
  {
    name: 'word: bold and italic elements',
    html: doc(mso(`Tickets are <b>half price</b> for <i>students and pensioners</i>.`)),
    expect: { bold: ['half price'], italic: ['students and pensioners'] },
  },
  {
    name: 'word: heading styles',
    html: doc(`<h2>Changes to routes<o:p></o:p></h2>` + mso('Route 4 no longer stops at the market.') + `<h3>Night services<o:p></o:p></h3>`),
    expect: { headings: ['Changes to routes', 'Night services'] },
  },
  {
    name: 'word: pseudo-list bullets are dropped',
    html: doc(bullet('Route 4 moves to Station Road') + bullet('Route 9 runs every twenty minutes')),
    expect: { text: ['Route 4 moves to Station Road', 'Route 9 runs every twenty minutes'], absent: ['mso-list', 'supportLists', 'Symbol'] },
  },
  {
    name: 'word: numbered pseudo-list keeps its text',
    html: doc(bullet('Buy a ticket', '1.') + bullet('Validate it on board', '2.')),
    expect: { text: ['Buy a ticket', 'Validate it on board'], absent: ['mso-list'] },
  },
  {
    name: 'word: span soup with lang and class attributes',
    html: doc(mso(`<span lang=EN-US style='mso-ansi-language:EN-US'>A spokesperson <span class=SpellE>said</span> the change was overdue.</span>`)),
    expect: { text: ['A spokesperson said the change was overdue.'], absent: ['SpellE', 'mso-ansi-language'] },
  },
  {
    name: 'word: hyperlink field',
    html: doc(mso(`See the <a href="https://example.org/timetable"><span style='color:#0563C1'>new timetable</span></a> online.`)),
    expect: { links: [['new timetable', 'https://example.org/timetable']] },
  },
  {
    name: 'word: Russian text with Cyrillic heading',
    html: doc(`<h2>Новое расписание<o:p></o:p></h2>` + mso('Паром будет ходить <b>каждый час</b> до полуночи.')),
    expect: { headings: ['Новое расписание'], bold: ['каждый час'] },
  },
  {
    name: 'word: conditional comments and xml islands vanish',
    html: doc(`<!--[if gte vml 1]><v:shape id="Picture_1" style='width:100pt'><v:imagedata src="file:///C:/Users/desk/clip_image001.png"/></v:shape><![endif]-->` + mso('Text after a floating shape.')),
    expect: { text: ['Text after a floating shape.'], absent: ['clip_image001', 'v:shape', 'file:///'] },
  },
  {
    name: 'word: smart tags and empty paragraphs',
    html: doc(mso('<o:p>&nbsp;</o:p>') + mso(`The meeting is at <st1:time Hour="18" Minute="30">6.30pm</st1:time> in the hall.`)),
    expect: { text: ['The meeting is at 6.30pm in the hall.'], absent: ['st1:time'] },
  },
];
