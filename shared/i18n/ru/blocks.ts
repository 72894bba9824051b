import type { blocks as english } from '../en/blocks';
import type { RussianMessages } from '../messages';

export const blocks: RussianMessages<typeof english> = {
  'card.remove': 'Удалить блок «{block}»',

  'text.h2': 'Подзаголовок H2',
  'text.h3': 'Подзаголовок H3',

  'figure.title': 'Фото',
  'figure.caption': 'Подпись',
  'figure.captionPlaceholder': 'Напишите подпись',
  'figure.credit': 'Автор фото',
  'figure.creditPlaceholder': 'Фотограф / агентство',
  'figure.creditUrl': 'Ссылка на автора фото',
  'figure.creditUrlInvalid': 'Укажите полный веб-адрес (https://…).',
  'figure.alt': 'Альтернативный текст',
  'figure.altPlaceholder': 'Опишите снимок для тех, кто не может его увидеть',
  'figure.altMissing': 'Нет альтернативного текста',
  'figure.numbered': 'Фото {number}',

  'quote.title': 'Цитата',
  'quote.text': 'Текст цитаты',
  'quote.textPlaceholder': 'Что было сказано. Каждая строка — отдельный абзац.',
  'quote.citation': 'Кто сказал',
  'quote.citationPlaceholder': 'Имя, должность',

  'pullquote.title': 'Врезка',
  'pullquote.text': 'Текст врезки',
  'pullquote.textPlaceholder': 'Фраза из материала, крупным шрифтом',
  'pullquote.attribution': 'Чьи слова',
  'pullquote.attributionPlaceholder': 'Кто сказал',

  'appeal.option': '{kind}: {name}',
  'appeal.version': 'Версия {version}',
  'appeal.noneYet': 'В библиотеке обращений таких пока нет',
  'appeal.libraryLoading': 'Загрузка библиотеки обращений…',
  'appeal.noneOfKind': 'В библиотеке обращений пока нет блока «{kind}»: добавьте его в разделе «Библиотека обращений».',
  'appeal.locked': 'Только для чтения',
  'appeal.pinned': '{name} · версия {version}',
  'appeal.pinnedUnknown': 'Запись библиотеки «{id}» · версия {version}',
  'appeal.loading': 'Загрузка обращения…',
  'appeal.missing': 'Этой версии нет в библиотеке обращений.',
  'appeal.failed': 'Не удалось загрузить обращение: {reason}',
  'appeal.noText': 'В этой версии нет пригодного текста.',
  'appeal.newer': 'Есть новая версия: {version}',
  'appeal.update': 'Обновить',
};
