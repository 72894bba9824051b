import type { editor as english } from '../en/editor';
import type { RussianMessages } from '../messages';

export const editor: RussianMessages<typeof english> = {
  'toolbar.label': 'Инструменты правки',
  'toolbar.paragraph': 'Обычный абзац',
  'toolbar.h2': 'Подзаголовок H2',
  'toolbar.h3': 'Подзаголовок H3',
  'toolbar.bold': 'Полужирный',
  'toolbar.italic': 'Курсив',
  'toolbar.link': 'Ссылка',
  'toolbar.bulletList': 'Маркированный список',
  'toolbar.numberList': 'Нумерованный список',
  'toolbar.undo': 'Отменить',
  'toolbar.redo': 'Повторить',

  'insert.menu': 'Вставить блок',
  'insert.title': 'Вставить блок (или наберите / в пустой строке)',

  'link.add': 'Добавить ссылку',
  'link.edit': 'Изменить ссылку',
  'link.url': 'Адрес ссылки',
  'link.invalid': 'Укажите веб-адрес (https://…) или адрес электронной почты.',
  'link.apply': 'Применить',
  'link.remove': 'Убрать ссылку',

  'photos.choose': 'Выбрать фотографии',
  'photos.adding': 'Фото добавляется…',
  'photos.tooLarge': 'файл больше {size} МБ',
  'photos.notAdded': 'Файл «{name}» не добавлен: {reason}',

  'alerts.dismiss': 'Скрыть',
};
