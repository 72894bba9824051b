import { app as enApp } from './en/app';
import { appeals as enAppeals } from './en/appeals';
import { blocks as enBlocks } from './en/blocks';
import { desktop as enDesktop } from './en/desktop';
import { editor as enEditor } from './en/editor';
import { publishing as enPublishing } from './en/publishing';
import { workflow as enWorkflow } from './en/workflow';
import type { EnglishMessages, EnglishPlural, Locale, RussianMessages } from './messages';
import { app as ruApp } from './ru/app';
import { appeals as ruAppeals } from './ru/appeals';
import { blocks as ruBlocks } from './ru/blocks';
import { desktop as ruDesktop } from './ru/desktop';
import { editor as ruEditor } from './ru/editor';
import { publishing as ruPublishing } from './ru/publishing';
import { workflow as ruWorkflow } from './ru/workflow';

/**
 * The interface's one catalogue. English is the source of the message ids; each area is a file per
 * language (shared/i18n/<locale>/<area>.ts), so areas are filled and reviewed independently.
 */
export const ENGLISH = {
  app: enApp,
  publishing: enPublishing,
  appeals: enAppeals,
  desktop: enDesktop,
  workflow: enWorkflow,
  editor: enEditor,
  blocks: enBlocks,
} as const;

type English = typeof ENGLISH;
export type Area = keyof English;

const RUSSIAN: { readonly [A in Area]: RussianMessages<English[A]> } = {
  app: ruApp,
  publishing: ruPublishing,
  appeals: ruAppeals,
  desktop: ruDesktop,
  workflow: ruWorkflow,
  editor: ruEditor,
  blocks: ruBlocks,
};

export const CATALOGUE: Readonly<Record<Locale, { readonly [A in Area]: Readonly<Record<string, string | Readonly<Record<string, string>>>> }>> = {
  en: ENGLISH,
  ru: RUSSIAN,
};

/** A message id: its area, a dot, and its id within the area ("app.sidebar.newDraft"). */
export type MessageKey = { [A in Area]: `${A}.${keyof English[A] & string}` }[Area];

type EnglishMessage<K extends MessageKey> = K extends `${infer A extends Area}.${infer Id}` ? English[A][Id & keyof English[A]] : never;

/** The {names} in a message. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

export type ParamValue = string | number;

type NamesOf<M> = M extends EnglishPlural ? Placeholders<M['one'] | M['other']> | 'count' : Placeholders<M>;
type ParamsOf<M> = M extends EnglishPlural ? { count: number } & Record<Exclude<NamesOf<M>, 'count'>, ParamValue> : Record<NamesOf<M>, ParamValue>;

/** A message's parameters: none for plain text, each {name} for the rest, and `count` for plurals. */
export type ParamsArg<K extends MessageKey> = [NamesOf<EnglishMessage<K>>] extends [never] ? [] : [params: ParamsOf<EnglishMessage<K>>];

export type { EnglishMessages };
