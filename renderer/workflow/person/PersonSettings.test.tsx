import { act } from 'react';
import { expect, test } from 'vitest';
import { ApiProvider } from '../../api/ApiContext';
import { LocaleProvider } from '../../i18n/LocaleProvider';
import { render, settle, typeInto } from '../../test/render';
import { callsTo, fakeWorkflow, RUSSIAN_UI, type FakeWorkflow } from '../testing/fakeWorkflow';
import { PersonProvider } from './PersonContext';
import { PersonSettings } from './PersonSettings';
import { RoleBadge } from './RoleBadge';

const nameField = () => document.querySelector<HTMLInputElement>('input[type="text"]')!;
const roleRadio = (label: string) =>
  [...document.querySelectorAll('label')].find((candidate) => candidate.querySelector('strong')?.textContent === label)!.querySelector('input')!;
const badge = () => document.querySelector<HTMLButtonElement>('.role-badge');
const click = (element: HTMLElement) => act(async () => element.click());
const save = (name = 'Save') => click([...document.querySelectorAll('button')].find((b) => b.textContent === name)!);

async function mount(fake: FakeWorkflow, opened: string[] = []) {
  await render(
    <ApiProvider api={fake.api}>
      <LocaleProvider>
        <PersonProvider>
          <RoleBadge onOpen={() => opened.push('person')} />
          <PersonSettings onClose={() => {}} />
        </PersonProvider>
      </LocaleProvider>
    </ApiProvider>,
  );
  await settle();
}

test('the role shows beside the app’s name and in the window title, and changes with Settings → You', async () => {
  const fake = fakeWorkflow();
  const opened: string[] = [];
  await mount(fake, opened);
  expect(badge()?.textContent).toBe('Working as Reporter · Анна Смирнова');
  expect(document.title).toBe('Copydesk — Reporter');
  expect(nameField().value).toBe('Анна Смирнова');
  expect(roleRadio('Reporter').checked).toBe(true);
  await click(badge()!);
  expect(opened).toEqual(['person']);

  typeInto(nameField(), '  Мария Иванова  ');
  await click(roleRadio('Editor'));
  await save();
  await settle();
  expect(callsTo(fake, 'setPerson')).toEqual([{ name: 'Мария Иванова', role: 'editor' }]);
  expect(badge()?.textContent).toBe('Working as Editor · Мария Иванова');
  expect(document.title).toBe('Copydesk — Editor');
  expect(document.querySelector('[role="status"]')?.textContent).toBe('Saved: you work as editor, Мария Иванова.');
  expect(nameField().value).toBe('Мария Иванова');
});

test('a refused change says why and leaves the role as it was', async () => {
  const fake = fakeWorkflow({
    handlers: {
      setPerson: () => {
        throw new Error('the name is longer than 200 characters');
      },
    },
  });
  await mount(fake);
  typeInto(nameField(), 'Я'.repeat(200));
  await click(roleRadio('Admin'));
  await save();
  await settle();
  expect(document.querySelector('[role="alert"]')?.textContent).toBe('Not saved: the name is longer than 200 characters');
  expect(badge()?.textContent).toBe('Working as Reporter · Анна Смирнова');
  expect(document.title).toBe('Copydesk — Reporter');
});

test('when main cannot say who you are, the settings say so and no role is claimed', async () => {
  const fake = fakeWorkflow({
    handlers: {
      getPerson: () => {
        throw new Error('the settings file is unreadable');
      },
    },
  });
  await mount(fake);
  expect(document.querySelector('[role="alert"]')?.textContent).toBe('Could not read who you are: the settings file is unreadable');
  expect(badge()).toBeNull();
  expect(document.title).toBe('Copydesk');
  expect(document.querySelector('form')).toBeNull();
});

test('in Russian, roles, the badge, the window title and the saved note are Russian', async () => {
  const fake = fakeWorkflow({ handlers: RUSSIAN_UI });
  await mount(fake);
  expect(badge()?.textContent).toBe('Роль: Корреспондент · Анна Смирнова');
  expect(document.title).toBe('Copydesk — Корреспондент');
  expect(document.querySelector('h1')?.textContent).toBe('Профиль');
  expect([...document.querySelectorAll('.person-role strong')].map((label) => label.textContent)).toEqual([
    'Корреспондент',
    'Редактор',
    'Выпускающий редактор',
    'Администратор',
  ]);
  await click(roleRadio('Выпускающий редактор'));
  await save('Сохранить');
  await settle();
  expect(callsTo(fake, 'setPerson')).toEqual([{ name: 'Анна Смирнова', role: 'publisher' }]);
  expect(document.querySelector('[role="status"]')?.textContent).toBe('Сохранено: Анна Смирнова, ваша роль — выпускающий редактор.');
  expect(document.title).toBe('Copydesk — Выпускающий редактор');
});
