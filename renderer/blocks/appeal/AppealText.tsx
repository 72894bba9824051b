import type { ResolvedAppeal } from '../../../shared/blocks/appeal/resolve';
import { FREQUENCY_LABELS } from '../../../shared/blocks/appeal/labels';

/** A library appeal's text, laid out roughly as readers will see it. */
export function AppealText({ resolved }: { resolved: ResolvedAppeal }) {
  const { language } = resolved;
  switch (resolved.kind) {
    case 'donation': {
      const { text } = resolved;
      return (
        <div className="appeal-text" lang={language}>
          <p className="appeal-heading">{text.heading}</p>
          <p>{text.body}</p>
          <p className="appeal-options">
            {text.frequencies.map((frequency) => (
              <span key={frequency} className={frequency === text.defaultFrequency ? 'appeal-chip appeal-chip-default' : 'appeal-chip'}>
                {FREQUENCY_LABELS[language][frequency]}
              </span>
            ))}
          </p>
          <p className="appeal-actions">
            <span className="appeal-button">{text.buttonLabel}</span>
            <span className="appeal-secondary">{text.remindLaterLabel}</span>
          </p>
        </div>
      );
    }
    case 'newsletter': {
      const { text } = resolved;
      return (
        <div className="appeal-text" lang={language}>
          <p className="appeal-heading">{text.heading}</p>
          <p>{text.description}</p>
          <p className="appeal-actions">
            <span className="appeal-button">{text.buttonLabel}</span>
          </p>
          <p className="appeal-fineprint">{text.consent}</p>
        </div>
      );
    }
    case 'banner': {
      const { text } = resolved;
      return (
        <div className="appeal-text appeal-banner" lang={language}>
          <p>
            {text.text} <span className="appeal-link">{text.linkLabel}</span>
          </p>
          <p className="appeal-fineprint">{text.url}</p>
        </div>
      );
    }
  }
}
