import { blockMarkup, joinBlocks } from './blockMarkup';

// Core blocks as WordPress's editor saves them. Every `html` argument is markup already
// escaped; every `className` is Copydesk's own constant, never text from an article.

const withClass = (base: string, className: string | undefined): string =>
  [base, className].filter(Boolean).join(' ');

const classAttribute = (className: string | undefined): string => (className ? ` class="${className}"` : '');

export const paragraphBlock = (html: string, className?: string): string =>
  blockMarkup('paragraph', { className }, `<p${classAttribute(className)}>${html}</p>`);

/** Level 2 is the block's default, so WordPress leaves it out of the attributes. */
export const headingBlock = (level: number, html: string, className?: string): string =>
  blockMarkup(
    'heading',
    { level: level === 2 ? undefined : level, className },
    `<h${level} class="${withClass('wp-block-heading', className)}">${html}</h${level}>`,
  );

export interface Button {
  html: string;
  className?: string;
}

/** Buttons with no link: appeals are wired up by the site's own script. */
export const buttonsBlock = (buttons: readonly Button[], className?: string): string =>
  blockMarkup(
    'buttons',
    { className },
    `<div class="${withClass('wp-block-buttons', className)}">${joinBlocks(
      buttons.map(({ html, className: buttonClass }) =>
        blockMarkup(
          'button',
          { className: buttonClass },
          `<div class="${withClass('wp-block-button', buttonClass)}"><a class="wp-block-button__link wp-element-button">${html}</a></div>`,
        ),
      ),
    )}</div>`,
  );

export const groupBlock = (tagName: string, className: string, attributes: Record<string, unknown>, innerBlocks: readonly string[]): string =>
  blockMarkup(
    'group',
    { tagName, className, ...attributes },
    `<${tagName} class="${withClass('wp-block-group', className)}">${joinBlocks(innerBlocks)}</${tagName}>`,
  );
