import type { AppealEntry } from '../../../shared/appeals/library';

export interface DefaultAppeal {
  id: string;
  name: string;
  entry: AppealEntry;
}

const SUPPORT_URL = 'https://example.org/support';

/**
 * The appeals a new profile starts with, seeded once when the library is created (migration 3) and
 * never again: from then on they are the newsroom's to edit. Written for a local newsroom; every
 * entry has an English and a Russian text.
 */
export const DEFAULT_APPEALS: readonly DefaultAppeal[] = [
  {
    id: 'donation',
    name: 'Reader donations',
    entry: {
      kind: 'donation',
      variants: {
        en: {
          heading: 'Keep local reporting free for everyone',
          body:
            'We sit through the council meetings, the court lists and the school board so that you don’t have to. ' +
            'There is no paywall and no billionaire owner: this reporting is paid for by readers like you. ' +
            'A regular gift lets us plan ahead and send a reporter wherever the story is.',
          frequencies: ['once', 'monthly', 'annual'],
          defaultFrequency: 'monthly',
          buttonLabel: 'Support our reporting',
          remindLaterLabel: 'Remind me later',
        },
        ru: {
          heading: 'Местные новости должны оставаться бесплатными',
          body:
            'Мы ходим на заседания городского совета, в суды и на родительские собрания, чтобы вам не приходилось. ' +
            'У нас нет платного доступа и нет владельца-миллиардера: нашу работу оплачивают читатели. ' +
            'Регулярная поддержка позволяет планировать наперёд и отправлять корреспондента туда, где происходят события.',
          frequencies: ['once', 'monthly', 'annual'],
          defaultFrequency: 'monthly',
          buttonLabel: 'Поддержать редакцию',
          remindLaterLabel: 'Напомнить позже',
        },
      },
    },
  },
  {
    id: 'newsletter',
    name: 'Morning briefing newsletter',
    entry: {
      kind: 'newsletter',
      variants: {
        en: {
          heading: 'The Morning Briefing',
          description:
            'The five local stories worth knowing before work, in your inbox at 7am every weekday. Chosen by our editors, not by an algorithm.',
          buttonLabel: 'Sign me up',
          consent:
            'We will only use your address to send you this newsletter. Every issue has a one-click unsubscribe link, and we never sell or share your details. Read our privacy policy for more.',
        },
        ru: {
          heading: 'Утренняя сводка',
          description:
            'Пять местных новостей, которые стоит знать до начала рабочего дня, — в вашей почте по будням в 7 утра. Отбирают редакторы, а не алгоритм.',
          buttonLabel: 'Подписаться',
          consent:
            'Мы используем ваш адрес только для этой рассылки. В каждом письме есть ссылка, чтобы отписаться в один клик, а ваши данные мы никому не продаём и не передаём. Подробнее — в нашей политике конфиденциальности.',
        },
      },
    },
  },
  {
    id: 'support-banner',
    name: 'Site-wide “Support us” banner',
    entry: {
      kind: 'banner',
      variants: {
        en: { text: 'Independent local journalism survives because its readers pay for it.', linkLabel: 'Support us', url: SUPPORT_URL },
        ru: { text: 'Независимая местная журналистика живёт, пока её поддерживают читатели.', linkLabel: 'Поддержать нас', url: SUPPORT_URL },
      },
    },
  },
];
