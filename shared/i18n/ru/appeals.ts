import type { appeals as english } from '../en/appeals';
import type { RussianMessages } from '../messages';

export const appeals: RussianMessages<typeof english> = {
  'kind.donation': 'Призыв к пожертвованию',
  'kind.newsletter': 'Подписка на рассылку',
  'kind.banner': 'Баннер',

  'library.back': 'Вернуться к статье',
  'library.list': 'Обращения',
  'library.loadFailed': 'Не удалось загрузить библиотеку: {reason}',
  'library.kind': 'Тип',
  'library.new': 'Новое обращение',
  'library.choose': 'Выберите обращение, чтобы править его тексты, или создайте новое.',
  'library.version': 'версия {version}',

  'history.title': 'Версии',
  'history.loadFailed': 'Не удалось загрузить версии: {reason}',
  'history.entry': 'Версия {version} · {name} · сохранена в',

  'form.edit': 'Изменить «{name}»',
  'form.new': 'Новое обращение',
  'form.version': 'версия {version}',
  'form.unsaved': 'ещё не сохранено',
  'form.name': 'Название',
  'form.saveVersion': 'Сохранить новую версию',
  'form.save': 'Сохранить обращение',
  'form.fixFields': 'Не сохранено: исправьте отмеченные ниже поля.',
  'form.saved': 'Сохранено как версия {version}',
  'form.notSaved': 'Не сохранено: {reason}',
  'form.frequencies': 'Варианты периодичности',
  'form.defaultFrequency': 'Периодичность по умолчанию',

  'field.heading': 'Заголовок',
  'field.body': 'Текст',
  'field.buttonLabel': 'Надпись на кнопке',
  'field.remindLaterLabel': 'Надпись «Напомнить позже»',
  'field.description': 'Описание',
  'field.consent': 'Текст согласия',
  'field.text': 'Текст',
  'field.linkLabel': 'Текст ссылки',
  'field.url': 'Адрес ссылки',

  'problem.chooseOne': 'Выберите хотя бы один вариант.',
  'problem.required': 'Обязательное поле.',
  'problem.tooManyItems': { one: 'Не больше {count} варианта.', few: 'Не больше {count} вариантов.', many: 'Не больше {count} вариантов.', other: 'Не больше {count} варианта.' },
  'problem.tooLong': { one: 'Не больше {count} символа.', few: 'Не больше {count} символов.', many: 'Не больше {count} символов.', other: 'Не больше {count} символа.' },
  'problem.url': 'Укажите веб-адрес, начинающийся с https://.',
};
